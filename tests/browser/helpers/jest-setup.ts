// Every browser test file: a first admin page load on 2 busy cores can take tens of seconds.
jest.setTimeout(120_000);

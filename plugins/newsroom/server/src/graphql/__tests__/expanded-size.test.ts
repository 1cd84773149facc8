import { parse } from 'graphql';

import { expandedSize } from '../expanded-size';

/** Fragments that each spread the previous one `width` times: 2^depth fields from a tiny document. */
const fragmentBomb = (depth: number, width = 2) => {
  const fragments = [`fragment G0 on NewsroomRelease { title }`];
  for (let level = 1; level <= depth; level += 1) {
    fragments.push(`fragment G${level} on NewsroomRelease { ${Array.from({ length: width }, () => `...G${level - 1}`).join(' ')} }`);
  }
  return `{ newsroomReleases { ...G${depth} } } ${fragments.join(' ')}`;
};

describe('expandedSize', () => {
  it('counts fields, nested fields, inline fragments and fragment spreads', () => {
    const document = parse(`
      query { a: newsroomReleases { title quotes { text } ...F ... on NewsroomRelease { summary } } }
      fragment F on NewsroomRelease { slug quotes { text } }
    `);
    // newsroomReleases, title, quotes, text, slug, quotes, text, summary
    expect(expandedSize(document)).toBe(8);
  });

  it('measures a fragment bomb exactly, at once, without expanding it', () => {
    const document = parse(fragmentBomb(40));
    const started = performance.now();
    expect(expandedSize(document)).toBe(1 + 2 ** 40);
    expect(performance.now() - started).toBeLessThan(50);
    expect(expandedSize(parse(fragmentBomb(10, 6)))).toBe(1 + 6 ** 10);
  });

  it('stops counting past the limit', () => {
    expect(expandedSize(parse(fragmentBomb(40)), 1000)).toBeGreaterThan(1000);
    expect(expandedSize(parse(fragmentBomb(40)), 1000)).toBeLessThan(5000);
  });

  it('treats a fragment cycle as unbounded and an unknown fragment as empty', () => {
    expect(expandedSize(parse('{ a { ...A } } fragment A on T { b ...B } fragment B on T { ...A }'))).toBe(Infinity);
    expect(expandedSize(parse('{ a { ...Missing } }'))).toBe(1);
  });
});

import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Runs an action in a second Strapi process on the same database (see run-other-instance.js). */
export const inOtherInstance = async (action: 'update-and-publish' | 'unpublish', args: Record<string, unknown>) => {
  await run(process.execPath, [path.join(__dirname, 'run-other-instance.js'), action, JSON.stringify(args)], {
    env: { ...process.env },
    timeout: 90_000,
  });
};

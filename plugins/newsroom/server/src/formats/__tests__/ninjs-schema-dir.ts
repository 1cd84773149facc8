import { existsSync } from 'fs';
import { join, resolve } from 'path';

/** The Strapi app at the root of the repository: five levels above this folder. */
const REPO_ROOT = resolve(__dirname, '../../../../../..');

/**
 * The folder holding the official ninjs schemas, read where they are shared, never copied into the
 * repository: $NEWSROOM_SHARED_DIR/schemas/ninjs, then <repo>/../shared/schemas/ninjs, then
 * /work/shared/schemas/ninjs. Throws (so the tests fail, not skip) when none has the 3.1 schema.
 */
export const ninjsSchemaDir = (
  candidates: string[] = [
    ...(process.env.NEWSROOM_SHARED_DIR ? [join(process.env.NEWSROOM_SHARED_DIR, 'schemas', 'ninjs')] : []),
    join(REPO_ROOT, '..', 'shared', 'schemas', 'ninjs'),
    '/work/shared/schemas/ninjs',
  ],
): string => {
  const found = candidates.find((dir) => existsSync(join(dir, 'ninjs-schema_3.1.json')));
  if (!found) {
    throw new Error(
      `ninjs-schema_3.1.json not found; looked in:\n${candidates.map((dir) => `  - ${dir}`).join('\n')}\n` +
        'Set NEWSROOM_SHARED_DIR to the folder holding schemas/ninjs.',
    );
  }
  return found;
};

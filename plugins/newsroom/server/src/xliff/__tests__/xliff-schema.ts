import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

/** The Strapi app at the root of the repository: five levels above this folder. */
const REPO_ROOT = resolve(__dirname, '../../../../../..');

/**
 * The folder holding the OASIS XLIFF schemas, read where they are shared, never copied into the
 * repository: $NEWSROOM_SHARED_DIR/schemas/xliff, then <repo>/../shared/schemas/xliff, then
 * /work/shared/schemas/xliff. Throws (so the tests fail, not skip) when none has them.
 */
export const xliffSchemaDir = (): string => {
  const candidates = [
    ...(process.env.NEWSROOM_SHARED_DIR ? [join(process.env.NEWSROOM_SHARED_DIR, 'schemas', 'xliff')] : []),
    join(REPO_ROOT, '..', 'shared', 'schemas', 'xliff'),
    '/work/shared/schemas/xliff',
  ];
  const found = candidates.find((dir) => existsSync(join(dir, 'xliff-core-1.2-strict.xsd')));
  if (!found) {
    throw new Error(`The XLIFF schemas were not found; looked in:\n${candidates.map((dir) => `  - ${dir}`).join('\n')}`);
  }
  return found;
};

/**
 * Validates a file with `xmllint --nonet --noout --schema` (Debian's libxml2-utils) against the
 * OASIS schema of its version: '' when valid, xmllint's complaints otherwise.
 */
export const schemaErrors = (xml: string, version: '1.2' | '2.0' | '2.1'): string => {
  const schema = join(xliffSchemaDir(), version === '1.2' ? 'xliff-core-1.2-strict.xsd' : 'xliff-core-2.0.xsd');
  const dir = mkdtempSync(join(tmpdir(), 'xliff-'));
  const file = join(dir, 'export.xlf');
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--nonet', '--noout', '--schema', schema, file], { stdio: 'pipe' });
    return '';
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
    return stderr;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

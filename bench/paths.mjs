import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The app's root directory (bench/ is directly under it). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

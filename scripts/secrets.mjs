/**
 * `npm run secrets`: prints fresh secrets for a production .env (`npm run secrets > .env`).
 * Production refuses to start with placeholders, missing or short secrets.
 */
import { secretLines } from './lib/secrets.mjs';

process.stdout.write(['# Fresh secrets (npm run secrets); keep them out of version control.', ...secretLines(), ''].join('\n'));

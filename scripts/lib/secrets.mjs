/** Fresh secrets for Strapi (32 random bytes each, base64): what production requires. */
import { randomBytes } from 'node:crypto';

export const secret = () => randomBytes(32).toString('base64');

/** `NAME=value` lines of every secret the app reads (see src/security/production-settings.ts). */
export const secretLines = () => [
  `APP_KEYS=${[secret(), secret(), secret(), secret()].join(',')}`,
  `API_TOKEN_SALT=${secret()}`,
  `ADMIN_JWT_SECRET=${secret()}`,
  `TRANSFER_TOKEN_SALT=${secret()}`,
  `JWT_SECRET=${secret()}`,
  `ENCRYPTION_KEY=${secret()}`,
];

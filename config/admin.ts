import type { Core } from '@strapi/strapi';

/** Secrets come from .env (written by `npm run newsroom`); the fallbacks serve tests and CI only. */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: { secret: env('ADMIN_JWT_SECRET', 'newsroom-test-admin-jwt-secret') },
  apiToken: { salt: env('API_TOKEN_SALT', 'newsroom-test-api-token-salt') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT', 'newsroom-test-transfer-salt') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY', 'newsroom-test-encryption-key') },
  flags: { nps: false, promoteEE: false },
});

export default config;

import { parseConfig } from '../../config/schema';
import { deriveSigningKey } from '../signing-key';

describe('XLIFF signing key (issue 9 hole 4)', () => {
  it('derives a key from the configured secret, else the app keys, else the admin secret', () => {
    const fromKeys = deriveSigningKey({ appKeys: ['a', 'b'], adminSecret: 'admin' });
    expect(fromKeys).toMatch(/^[0-9a-f]{64}$/);
    expect(fromKeys).not.toContain('a,b');
    expect(deriveSigningKey({ appKeys: ['a', 'b'] })).toBe(fromKeys);
    expect(deriveSigningKey({ appKeys: ['a', 'c'] })).not.toBe(fromKeys);
    expect(deriveSigningKey({ adminSecret: 'admin' })).not.toBe(fromKeys);
    expect(deriveSigningKey({ configured: 'x'.repeat(32), appKeys: ['a', 'b'] })).not.toBe(fromKeys);
  });

  it('fails with what to set when there is no secret', () => {
    expect(() => deriveSigningKey({})).toThrow(/APP_KEYS.*xliffSigningSecret/);
    expect(() => deriveSigningKey({ appKeys: [''], adminSecret: ' ' })).toThrow(/no secret/);
  });

  it('refuses a configured secret shorter than 32 characters', () => {
    expect(() => parseConfig({ translations: { xliffSigningSecret: 'short' } })).toThrow(
      /translations\.xliffSigningSecret: must have at least 32 characters/,
    );
  });
});

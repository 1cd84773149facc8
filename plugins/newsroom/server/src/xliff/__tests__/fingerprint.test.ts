import { fingerprint } from '../fingerprint';

describe('fingerprint', () => {
  it('is 16 lower-case hex digits, the same in every run (pinned value)', () => {
    expect(fingerprint('NATO and EU together for stability')).toBe('790b72a2082da069');
    expect(fingerprint('x')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes when one character changes', () => {
    expect(fingerprint('NATO and EU together for stability')).not.toBe(
      fingerprint('NATO and EU together for stability!'),
    );
    expect(fingerprint('Pristina')).not.toBe(fingerprint('Priština'));
    const blocks = [{ type: 'paragraph', children: [{ type: 'text', text: 'Security' }] }];
    const changed = [{ type: 'paragraph', children: [{ type: 'text', text: 'Securitx' }] }];
    expect(fingerprint(blocks)).not.toBe(fingerprint(changed));
  });

  it('changes when only the formatting of blocks changes', () => {
    const plain = [{ type: 'paragraph', children: [{ type: 'text', text: 'Security' }] }];
    const bold = [{ type: 'paragraph', children: [{ type: 'text', text: 'Security', bold: true }] }];
    expect(fingerprint(plain)).not.toBe(fingerprint(bold));
  });

  it('does not depend on key order inside blocks', () => {
    const a = [{ type: 'heading', level: 2, children: [{ type: 'text', text: 'Joint statement', bold: true }] }];
    const b = [{ children: [{ bold: true, text: 'Joint statement', type: 'text' }], level: 2, type: 'heading' }];
    expect(fingerprint(a)).toBe(fingerprint(b));
  });

  it('does not depend on Unicode normalization (NFC vs NFD)', () => {
    expect(fingerprint('stabilit\u00e9')).toBe(fingerprint('stabilite\u0301'));
    expect(fingerprint([{ type: 'text', text: 'stabilit\u00e9' }])).toBe(
      fingerprint([{ type: 'text', text: 'stabilite\u0301' }]),
    );
  });

  it('tells plain text, blocks and no value apart', () => {
    expect(fingerprint('[]')).not.toBe(fingerprint([]));
    expect(fingerprint(null)).toBe(fingerprint(undefined));
    expect(fingerprint(null)).not.toBe(fingerprint(''));
  });
});

import { ByteBoundedCache } from '../byte-bounded-cache';

const cache = () => new ByteBoundedCache<string>(10, (value) => value.length);

describe('ByteBoundedCache', () => {
  it('keeps values within the byte budget, evicting the least recently used', () => {
    const c = cache();
    c.set('a', 'aaaa');
    c.set('b', 'bbbb');
    expect(c.get('a')).toBe('aaaa'); // a is now the most recent
    c.set('c', 'cccc'); // 12 > 10: b goes
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')).toBe('aaaa');
    expect(c.get('c')).toBe('cccc');
    expect(c.bytes).toBe(8);
  });

  it('never stores a value larger than the whole budget', () => {
    const c = cache();
    c.set('big', 'x'.repeat(11));
    expect(c.get('big')).toBeUndefined();
    expect(c.bytes).toBe(0);
  });

  it('accounts for replaced values and clears', () => {
    const c = cache();
    c.set('a', 'aaaa');
    c.set('a', 'aa');
    expect(c.bytes).toBe(2);
    c.clear();
    expect(c.size).toBe(0);
    expect(c.bytes).toBe(0);
  });

  it('holds nothing with a zero budget', () => {
    const c = new ByteBoundedCache<string>(0, (value) => value.length);
    c.set('a', 'a');
    expect(c.get('a')).toBeUndefined();
  });
});

import { quoteOrderProblem } from '../quote-order';

describe('quoteOrderProblem', () => {
  it('accepts any permutation of the quotes', () => {
    expect(quoteOrderProblem(['a', 'b', 'c'], ['c', 'a', 'b'])).toBeNull();
    expect(quoteOrderProblem([], [])).toBeNull();
  });

  it('names unknown, repeated and missing quotes', () => {
    expect(quoteOrderProblem(['a', 'b'], ['a', 'x'])).toBe(
      'must list every quote of the release exactly once (not quotes of this release in this locale: x; missing: b)',
    );
    expect(quoteOrderProblem(['a', 'b'], ['a', 'b', 'a'])).toMatch(/listed more than once: a/);
    expect(quoteOrderProblem(['a', 'b'], ['b'])).toMatch(/missing: a/);
  });
});

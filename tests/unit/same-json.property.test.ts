import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sameJson } from '../../shared/case-ops/change';

// An edit that changes nothing records no change: sameJson must say exactly what comparing the two
// JSON texts says, though it compares shared values without writing them.
const value = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(undefined, null, 0, -0, 1, Number.NaN, '', 'a', 'a,"b":1', true, false, () => 1),
    fc.integer({ min: -3, max: 3 }),
    fc.string({ maxLength: 3 }),
    fc.array(tie('v'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('v'), { maxKeys: 3 }),
  ),
})).v;
const json = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

describe('sameJson', () => {
  it('agrees with comparing JSON text on any two values', () => {
    fc.assert(fc.property(value, value, (a, b) => sameJson(a, b) === json(a, b)), { numRuns: 5000 });
  });

  it('agrees with comparing JSON text on an object and a copy with one property set', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), value), fc.constantFrom('a', 'b', 'c', 'd'), value, (a, k, x) => {
        const b = { ...a, [k]: x };
        return sameJson(a, b) === json(a, b) && sameJson(b, a) === json(b, a);
      }),
      { numRuns: 5000 },
    );
  });

  it('tells apart values whose texts differ only inside a shared object', () => {
    const target = { quote: { exact: 'قال' } };
    expect(sameJson({ target, review: 'pending' }, { target, review: 'pending' })).toBe(true);
    expect(sameJson({ target, review: 'pending' }, { target, review: 'accepted' })).toBe(false);
    expect(sameJson({ a: undefined, b: 1 }, { b: 1 })).toBe(true);
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseKey } from '../../../shared/analysis/normalise';
import { tokenKey } from '../../../shared/analysis/tokens';

describe('tokenKey: the matching key of one word, without regular expressions', () => {
  it.each([
    ['الرئيس', 'الرئيس'.replace('ئ', 'ي')],
    ['وزارةُ', 'وزاره'],
    ['أحمد', 'احمد'],
    ['إلى', 'الي'],
    ['مؤتمر', 'موتمر'],
    ['لـلصحفيين', 'للصحفيين'],
    ['Élysée', 'elysee'],
    ['Warren’s', "warren's"],
    ['Haftar', 'haftar'],
    ['abc', 'abc'],
    ['مُحَمَّد', 'محمد'],
    ['\u200fغزة', 'غزه'],
  ])('%s → %s', (raw, key) => {
    expect(tokenKey(raw)).toBe(key);
  });

  it('is normaliseKey for any word of Arabic letters, marks and Latin letters', () => {
    const chars = [...'ابتثجحخدذرسشصضطظعغفقكلمنهويءآأؤإئىةٱـًٌٍَُِّْٰ', ...'aBcÉéüÖçİ’', '\u200f', '\u200b'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 12 }), (cs) => {
        const raw = cs.join('');
        expect(tokenKey(raw)).toBe(normaliseKey(raw));
      }),
      { numRuns: 2000 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { describeRange, snapRange } from '../../../shared/anchoring/describe';
import { AppFailure } from '../../../shared/result';
import { SEED_ARTICLE, SEED_MISSING } from './seed';

const isLoneSurrogate = (s: string): boolean => /(?:[\uD800-\uDBFF](?![\uDC00-\uDFFF]))|(?:(?<![\uD800-\uDBFF])[\uDC00-\uDFFF])/.test(s);

describe('describeRange', () => {
  it.skipIf(SEED_MISSING !== null)('keeps the quote and 32 units of context on each side of a phrase in the seed article', () => {
    const quote = 'ستستمر في مساعدة';
    const start = SEED_ARTICLE.indexOf(quote);
    const t = describeRange(SEED_ARTICLE, start, start + quote.length);
    expect(t.position).toEqual({ type: 'TextPositionSelector', start, end: start + quote.length });
    expect(t.quote.exact).toBe(quote);
    expect(t.quote.prefix).toBe(SEED_ARTICLE.slice(start - 32, start));
    expect(t.quote.suffix).toBe(SEED_ARTICLE.slice(start + quote.length, start + quote.length + 32));
  });

  it('shortens the context at the text edges', () => {
    const t = describeRange('خدمة Kremlin Press', 5, 12);
    expect(t.quote).toMatchObject({ exact: 'Kremlin', prefix: 'خدمة ', suffix: ' Press' });
  });

  it.each([
    ['emoji before the quote', `${'x'.repeat(31)}𝒜quote`, 33, 38],
    ['emoji after the quote', `quote${'y'.repeat(31)}👍🏽`, 0, 5],
  ])('never cuts a surrogate pair in the context (%s)', (_name, text, start, end) => {
    const t = describeRange(text, start, end);
    expect(isLoneSurrogate(t.quote.prefix)).toBe(false);
    expect(isLoneSurrogate(t.quote.suffix)).toBe(false);
    expect(t.quote.exact).toBe('quote');
  });

  it.each([
    ['empty', 3, 3],
    ['reversed', 4, 2],
    ['past the end', 0, 99],
    ['negative', -1, 2],
    ['inside a surrogate pair', 2, 4],
  ])('refuses a range that is %s', (_name, start, end) => {
    expect(() => describeRange('a𝒜bc', start, end)).toThrow(AppFailure);
  });
});

describe('snapRange', () => {
  it.each([
    ['trims spaces around a word', ' خدمة  Kremlin ', 0, 15, 'خدمة  Kremlin'],
    ['keeps harakat with their letter', 'قَالَ بوتين', 0, 3, 'قَا'],
    ['widens to the whole emoji with its skin tone', 'ok 👍🏽 yes', 4, 5, '👍🏽'],
    ['never keeps half a surrogate pair', 'a𝒜b', 1, 2, '𝒜'],
    ['accepts reversed ends from a backwards drag', 'Haftar met Putin', 10, 0, 'Haftar met'],
    ['drops bidi marks at the edges', '\u200fبوتين\u200e', 0, 7, 'بوتين'],
  ])('%s', (_name, text, start, end, expected) => {
    const r = snapRange(text, start, end);
    expect(r && text.slice(r.start, r.end)).toBe(expected);
  });

  it('returns null for a selection of blanks only', () => {
    expect(snapRange('a   b', 1, 4)).toBeNull();
  });
});

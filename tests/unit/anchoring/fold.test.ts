import { describe, expect, it } from 'vitest';
import { approxSearch, boundedLevenshtein } from '../../../shared/anchoring/approx';
import { fold, foldedIndexAt, foldWithMap, originalRange } from '../../../shared/anchoring/fold';

describe('fold', () => {
  it.each([
    ['harakat and tatweel vanish', 'قَالَـــتْ', 'قالت'],
    ['alef, ya, ta marbuta and hamza seats unify', 'أإآٱ ى ة ؤ ئ', 'اااا ي ه و ي'],
    ['Latin folds case and accents', 'Élysée KREMLIN', 'elysee kremlin'],
    ['whitespace runs collapse, bidi marks vanish', 'a \u00a0\n b\u200fc', 'a bc'],
    ['emoji and astral letters stay whole', '👍🏽𝒜', '👍🏽𝒜'],
    ['Arabic comma and typographic quotes fold to ASCII', '«نعم»، “yes”', '"نعم", "yes"'],
  ])('%s', (_name, input, expected) => {
    expect(fold(input)).toBe(expected);
    expect(foldWithMap(input).folded).toBe(expected);
  });

  it('maps a folded range back to the original text, taking trailing harakat along', () => {
    const text = 'قال الرَّئِيسُ إن';
    const f = foldWithMap(text);
    const at = f.folded.indexOf('الرييس');
    const r = originalRange(text, f, at, at + 'الرييس'.length);
    expect(text.slice(r.start, r.end)).toBe('الرَّئِيسُ');
    expect(foldedIndexAt(f, r.start)).toBe(at);
  });
});

describe('approximate search', () => {
  it('finds a quote with one letter changed, and not a quote with many', () => {
    const hay = 'قال بوتين ان روسيا ستستمر في نساعده بوركينا';
    const [hit] = approxSearch(hay, 0, hay.length, 'ستستمر في مساعده', 1);
    expect(hit && hay.slice(hit.start, hit.end)).toBe('ستستمر في نساعده');
    expect(hit?.distance).toBe(1);
    expect(approxSearch(hay, 0, hay.length, 'لن تتوقف عن دعم', 1)).toEqual([]);
  });

  it.each([
    ['kitten', 'sitting', 5, 3],
    ['kitten', 'sitting', 2, 3],
    ['', 'abc', 5, 3],
    ['ستستمر', 'ستستمر', 0, 0],
  ])('bounded Levenshtein(%s, %s) with max %i is %i', (a, b, max, expected) => {
    expect(boundedLevenshtein(a, b, max)).toBe(expected);
  });
});

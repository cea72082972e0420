import { describe, expect, it } from 'vitest';
import { bucketSpans, spansInWindow, windowCovers } from '../../../renderer/src/reading/highlightWindow';
import type { PaintSpan } from '../../../renderer/src/reading/highlights';

// Paragraph starts of "aaaa\nbbbb\ncccc\ndddd": 0, 5, 10, 15.
const STARTS = [0, 5, 10, 15];
const span = (start: number, end: number): PaintSpan => ({ start, end, style: 'claim' });

describe('highlight window', () => {
  it('lists a span under each paragraph it covers, and once in a window', () => {
    const inFirst = span(1, 3);
    const across = span(3, 12); // paragraphs 0, 1 and 2
    const endsAtBreak = span(10, 14); // ends at paragraph 2's end, not in 3
    const last = span(15, 19);
    const buckets = bucketSpans([inFirst, across, endsAtBreak, last], STARTS);
    expect(buckets.map((b) => b.length)).toEqual([2, 1, 2, 1]);
    expect(spansInWindow(buckets, { first: 1, last: 2 })).toEqual([across, endsAtBreak]);
    expect(spansInWindow(buckets, { first: 0, last: 3 })).toEqual([inFirst, across, endsAtBreak, last]);
    // A window past either end is clipped, not an error.
    expect(spansInWindow(buckets, { first: -4, last: 0 })).toEqual([inFirst, across]);
    expect(spansInWindow(buckets, { first: 3, last: 99 })).toEqual([last]);
  });

  it('has nothing to bucket in an empty article', () => {
    expect(bucketSpans([span(0, 1)], [])).toEqual([]);
  });

  it('tells when the seen paragraphs are still inside the painted window', () => {
    expect(windowCovers({ first: 10, last: 40 }, { first: 12, last: 20 })).toBe(true);
    expect(windowCovers({ first: 10, last: 40 }, { first: 35, last: 41 })).toBe(false);
    expect(windowCovers({ first: 10, last: 40 }, { first: 9, last: 20 })).toBe(false);
  });
});

import type { AnnotationTarget } from '../domain';
import { fail } from '../result';

/** Default length of the prefix and suffix kept around a quote, in UTF-16 code units. */
export const QUOTE_CONTEXT = 32;

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair (so it cannot be a boundary). */
export function splitsSurrogate(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/**
 * Selectors for text[start, end): a TextPositionSelector and a TextQuoteSelector whose prefix and
 * suffix are up to `context` code units, shortened by one unit where the cut would split a surrogate
 * pair. Throws AppFailure 'invalid-request' unless 0 <= start < end <= text.length and neither end
 * splits a surrogate pair (run a mouse selection through {@link snapRange} first).
 */
export function describeRange(text: string, start: number, end: number, context = QUOTE_CONTEXT): AnnotationTarget {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
    fail('invalid-request', 'The highlighted range is empty or outside the article text.', `start=${start} end=${end} length=${text.length}`);
  }
  if (splitsSurrogate(text, start) || splitsSurrogate(text, end)) {
    fail('invalid-request', 'The highlight cannot begin or end in the middle of a character.', `start=${start} end=${end}`);
  }
  let prefixStart = Math.max(0, start - context);
  if (splitsSurrogate(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + context);
  if (splitsSurrogate(text, suffixEnd)) suffixEnd -= 1;
  return {
    position: { type: 'TextPositionSelector', start, end },
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
  };
}

/** Whitespace plus the invisible marks a selection often catches at its edges (bidi marks, zero-width). */
const EDGE_BLANK = /[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

let segmenter: Intl.Segmenter | null = null;
const graphemes = (): Intl.Segmenter => (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));

/** Grapheme boundaries inside text[from, to) (from and to are known boundaries: paragraph edges). */
function boundariesIn(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (const s of graphemes().segment(text.slice(from, to))) out.push(from + s.index);
  out.push(to);
  return out;
}

/**
 * Cleans up a selection: clamps it to the text, widens each end to a whole grapheme (so a base letter
 * keeps its harakat, an emoji its skin tone, a surrogate pair its two halves), then trims whitespace and
 * invisible marks at both ends. Returns null when nothing but whitespace was selected.
 * Cost is linear in the paragraphs the selection touches, not in the whole text.
 */
export function snapRange(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, Math.min(text.length, Math.floor(Math.min(start, end))));
  let e = Math.max(0, Math.min(text.length, Math.ceil(Math.max(start, end))));
  if (e <= s) return null;
  // "\n" is always a grapheme boundary in canonical text, so segmenting the touched paragraphs suffices.
  const from = s === 0 ? 0 : text.lastIndexOf('\n', s - 1) + 1;
  const nl = text.indexOf('\n', e);
  const to = nl === -1 ? text.length : nl;
  const b = boundariesIn(text, from, to);
  let snappedStart = s;
  let snappedEnd = e;
  for (const x of b) {
    if (x <= s) snappedStart = x;
    if (x >= e) {
      snappedEnd = x;
      break;
    }
  }
  s = Math.max(from, snappedStart);
  e = Math.min(to, Math.max(snappedEnd, s));
  // Trim whole graphemes of blank at both ends.
  while (s < e && EDGE_BLANK.test(text.charAt(s))) s = b.find((x) => x > s) ?? e;
  while (e > s && EDGE_BLANK.test(text.charAt(e - 1))) {
    let prev = s;
    for (const x of b) {
      if (x < e) prev = x;
      else break;
    }
    e = prev;
  }
  return e > s ? { start: s, end: e } : null;
}

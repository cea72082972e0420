/**
 * A spelling-tolerant view of a text for quote matching, with a map back to the original offsets.
 * Folding drops Arabic harakat, tatweel, bidi and zero-width marks and the soft hyphen; unifies
 * alef, ya, ta marbuta and hamza-seat forms, typographic quotes and dashes; lower-cases and strips
 * accents from Latin letters; and collapses runs of whitespace to one space. An edit that only adds
 * or removes diacritics or tatweel therefore leaves the folded text unchanged.
 */

import { ARABIC_LETTER_VARIANTS } from '../arabic-letters';

/** Marks that attach to the letter before them: a folded match that ends on a letter takes these along. */
const TRAILING_MARK = /^[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]$/;

/** Harakat, Quranic marks and tatweel (attached to a letter), then invisible format characters. */
function isDropped(c: number): boolean {
  if (c >= 0x0610 && c <= 0x06ed) {
    return (
      c <= 0x061a || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || (c >= 0x06d6 && c <= 0x06dc) || (c >= 0x06df && c <= 0x06e8) || c >= 0x06ea
    );
  }
  return c === 0x00ad || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff;
}

function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

const SUBSTITUTE = new Map<number, number>(
  Object.entries({
    ...ARABIC_LETTER_VARIANTS,
    '“': '"', '”': '"', '«': '"', '»': '"', '„': '"', '‘': "'", '’': "'", '`': "'",
    '–': '-', '—': '-', '‐': '-', '‑': '-', '،': ',', '؛': ';', '؟': '?',
  }).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]),
);

const foldCache = new Map<number, number>();
/** Folded code unit of one BMP character that is neither dropped nor whitespace. */
function computeFoldUnit(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c === 0x60 ? 0x27 : c;
  const sub = SUBSTITUTE.get(c);
  if (sub !== undefined) return sub;
  if (c >= 0x0600 && c <= 0x06ff) return c;
  const ch = String.fromCharCode(c);
  // Latin letters with accents fold to their base letter; other scripts only lower-case (when that keeps one unit).
  const base = c >= 0xc0 && c < 0x250 ? ch.normalize('NFD').charAt(0) : ch;
  const lower = base.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : base.charCodeAt(0);
}

const DROP = 0;
const SPACE = 0xffff;
/** Precomputed classes of the scripts we read most (Latin, Arabic, punctuation, format marks); 0 = dropped, 0xFFFF = space. */
let table: Uint16Array | null = null;
const TABLE_SIZE = 0x3000;
function foldTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c += 1) t[c] = isSpaceCode(c) ? SPACE : isDropped(c) ? DROP : computeFoldUnit(c);
  table = t;
  return t;
}

/** Class of a BMP code unit: DROP, SPACE, or its folded unit. */
function classify(c: number, t: Uint16Array): number {
  if (c < TABLE_SIZE) return t[c] ?? c;
  if (isSpaceCode(c)) return SPACE;
  if (isDropped(c)) return DROP;
  let out = foldCache.get(c);
  if (out === undefined) {
    out = computeFoldUnit(c);
    if (out === DROP || out === SPACE) out = c;
    foldCache.set(c, out);
  }
  return out;
}

export interface FoldedText {
  /** The folded text. */
  folded: string;
  /** For each folded unit, the original offset of the code point it came from. */
  startOf: Int32Array;
  /** For each folded unit, the original offset just after the code point it came from. */
  endOf: Int32Array;
  /** Length of the original text. */
  length: number;
}

/** Folds a text and keeps the offset map; O(text length), one pass over code units. */
export function foldWithMap(text: string): FoldedText {
  const n = text.length;
  const t = foldTable();
  const out = new Uint16Array(n);
  const startOf = new Int32Array(n);
  const endOf = new Int32Array(n);
  let len = 0;
  let lastWasSpace = false;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        // Astral code points (emoji, mathematical letters) are kept whole, both units mapping to the pair.
        out[len] = c;
        out[len + 1] = d;
        startOf[len] = i;
        startOf[len + 1] = i;
        endOf[len] = i + 2;
        endOf[len + 1] = i + 2;
        len += 2;
        lastWasSpace = false;
        i += 2;
        continue;
      }
    }
    const k = classify(c, t);
    if (k === SPACE) {
      if (!lastWasSpace) {
        out[len] = 0x20;
        startOf[len] = i;
        endOf[len] = i + 1;
        len += 1;
        lastWasSpace = true;
      }
    } else if (k !== DROP) {
      out[len] = k;
      startOf[len] = i;
      endOf[len] = i + 1;
      len += 1;
      lastWasSpace = false;
    }
    i += 1;
  }
  return { folded: unitsToString(out, len), startOf: startOf.subarray(0, len), endOf: endOf.subarray(0, len), length: n };
}

function unitsToString(units: Uint16Array, len: number): string {
  let s = '';
  // apply() takes any array-like: passing the typed array directly avoids a copy per chunk.
  for (let i = 0; i < len; i += 4096) s += String.fromCharCode.apply(null, units.subarray(i, Math.min(len, i + 4096)) as unknown as number[]);
  return s;
}

/** The folded form of a short string (a quote, a prefix), without the map. */
export function fold(s: string): string {
  const t = foldTable();
  const out = new Uint16Array(s.length);
  let len = 0;
  let lastWasSpace = false;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    // Surrogates are outside the table and neither space nor dropped: copied as they are.
    const k = c >= 0xd800 && c <= 0xdfff ? c : classify(c, t);
    if (k === SPACE) {
      if (!lastWasSpace) out[len++] = 0x20;
      lastWasSpace = true;
    } else if (k !== DROP) {
      out[len++] = k;
      lastWasSpace = false;
    }
  }
  return unitsToString(out, len);
}

/** Index in the folded text of the first folded unit at or after original offset `offset`. */
export function foldedIndexAt(f: FoldedText, offset: number): number {
  let lo = 0;
  let hi = f.startOf.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((f.startOf[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Original range of folded[fStart, fEnd). The end takes along harakat and tatweel that follow the last
 * letter (they belong to it); nothing is taken before the start, since marks follow their letter.
 */
export function originalRange(text: string, f: FoldedText, fStart: number, fEnd: number): { start: number; end: number } {
  const start = f.startOf[fStart] ?? f.length;
  let end = fEnd > fStart ? (f.endOf[fEnd - 1] ?? f.length) : start;
  while (end < text.length && TRAILING_MARK.test(text.charAt(end))) end += 1;
  return { start, end };
}

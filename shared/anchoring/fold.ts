/**
 * A spelling-tolerant view of a text for quote matching, with a map back to the original offsets.
 * Folding drops Arabic harakat, tatweel, bidi and zero-width marks and the soft hyphen; unifies
 * alef, ya, ta marbuta and hamza-seat forms, typographic quotes and dashes; lower-cases and strips
 * accents from Latin letters; and collapses runs of whitespace to one space. An edit that only adds
 * or removes diacritics or tatweel therefore leaves the folded text unchanged.
 */

const DROPPED = /^[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640\u00AD\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]$/;
/** Marks that attach to the letter before them: a folded match that ends on a letter takes these along. */
const TRAILING_MARK = /^[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]$/;

const SUBSTITUTE: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي',
  '“': '"', '”': '"', '«': '"', '»': '"', '„': '"', '‘': "'", '’': "'", '`': "'",
  '–': '-', '—': '-', '‐': '-', '‑': '-', '،': ',', '؛': ';', '؟': '?',
};

/** Folds one code point to zero or one UTF-16 unit, or returns it unchanged (astral code points keep both units). */
function foldChar(ch: string): string {
  if (DROPPED.test(ch)) return '';
  const sub = SUBSTITUTE[ch];
  if (sub !== undefined) return sub;
  if (ch.length !== 1) return ch;
  const code = ch.charCodeAt(0);
  if (code >= 0xc0 && code < 0x250) {
    const base = ch.normalize('NFD').charAt(0);
    return base.toLowerCase().length === 1 ? base.toLowerCase() : base;
  }
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch;
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

const isSpace = (ch: string): boolean => /^\s$/.test(ch);

/** Folds a text and keeps the offset map; O(text length). */
export function foldWithMap(text: string): FoldedText {
  const parts: string[] = [];
  const startOf = new Int32Array(text.length);
  const endOf = new Int32Array(text.length);
  let n = 0;
  let lastWasSpace = false;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + width);
    let out: string;
    if (isSpace(ch)) {
      out = lastWasSpace ? '' : ' ';
    } else {
      out = foldChar(ch);
    }
    if (out.length > 0) lastWasSpace = out === ' ';
    for (let u = 0; u < out.length; u += 1) {
      startOf[n] = i;
      endOf[n] = i + width;
      n += 1;
    }
    if (out.length > 0) parts.push(out);
    i += width;
  }
  return { folded: parts.join(''), startOf: startOf.subarray(0, n), endOf: endOf.subarray(0, n), length: text.length };
}

/** The folded form of a short string (a quote, a prefix), without the map. */
export function fold(s: string): string {
  return foldWithMap(s).folded;
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

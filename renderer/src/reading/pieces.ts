/**
 * Splits a long paragraph into pieces that the reading view lays out as separate blocks. Chromium lays
 * out one paragraph as one inline formatting context: a one-paragraph article of 5 MB held the main
 * thread for 47 s, and every later change of width laid all of it out again. Pieces of about
 * PIECE_CHARS characters are laid out one by one, and only those near the screen (content-visibility).
 *
 * A piece ends just after white space, so no word (and no Arabic letter joining) is cut and no
 * grapheme is split; only text with no white space for a long stretch (a URL, Thai, a run of
 * symbols) is cut elsewhere, at a grapheme boundary that does not fall between two Arabic letters.
 * Pieces cover the paragraph exactly, in order: offsets stay those of the article's text.
 */

/** About how many characters (UTF-16 code units) a piece holds. */
export const PIECE_CHARS = 10_000;

export interface Piece {
  /** Offset of the piece's first character in the article's text. */
  start: number;
  text: string;
}

// A character that belongs to the grapheme before it: a piece must not start with one.
const CONTINUES = /[\p{M}\u200C\u200D\uFE00-\uFE0F\u{E0100}-\u{E01EF}\u{1F3FB}-\u{1F3FF}]/u;
const SPACE = /\s/;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** True when a piece may end before `text[at]`: just after white space, before a grapheme's start. */
function spaceBreak(text: string, at: number): boolean {
  const next = text.codePointAt(at);
  return SPACE.test(text[at - 1]!) && (next === undefined || !CONTINUES.test(String.fromCodePoint(next)));
}

let graphemes: Intl.Segmenter | null = null;

/**
 * Where to cut when no white space is near: the last grapheme boundary in (min, to] not between
 * two Arabic letters, else the last grapheme boundary in (from, to], else the first one after `to`
 * (a grapheme longer than a piece stays whole). `from` (the piece's start) is a grapheme boundary.
 */
function graphemeBreak(text: string, from: number, min: number, to: number): number {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let best = -1;
  let bestAny = -1;
  // Segmenting is lazy: only this piece's stretch is read, so the paragraph is segmented once overall.
  for (const { index } of graphemes.segment(text.slice(from))) {
    const at = from + index;
    if (at <= from) continue;
    if (at > to) return best > 0 ? best : bestAny > 0 ? bestAny : at;
    bestAny = at;
    if (at > min && !(ARABIC.test(text[at - 1]!) && ARABIC.test(text[at]!))) best = at;
  }
  return best > 0 ? best : bestAny > 0 ? bestAny : text.length;
}

/**
 * The pieces of one paragraph `text` that starts at `start` in the article. A paragraph of at most
 * `max` characters is one piece; a longer one is cut just after white space as close to `max`
 * characters as it can (looking back to half of `max`, then ahead to twice `max`), so each piece holds
 * between max/2 and 2×max characters except where the text has no white space at all.
 */
export function splitParagraph(text: string, start: number, max = PIECE_CHARS): Piece[] {
  if (text.length <= max) return [{ start, text }];
  const pieces: Piece[] = [];
  let from = 0;
  while (text.length - from > max) {
    const target = from + max;
    let cut = -1;
    for (let at = target; at > from + (max >> 1); at--) {
      if (spaceBreak(text, at)) {
        cut = at;
        break;
      }
    }
    if (cut < 0) {
      const limit = Math.min(text.length - 1, from + 2 * max);
      for (let at = target + 1; at <= limit; at++) {
        if (spaceBreak(text, at)) {
          cut = at;
          break;
        }
      }
    }
    if (cut < 0) cut = graphemeBreak(text, from, from + (max >> 1), target);
    if (cut >= text.length) break;
    pieces.push({ start: start + from, text: text.slice(from, cut) });
    from = cut;
  }
  pieces.push({ start: start + from, text: text.slice(from) });
  return pieces;
}

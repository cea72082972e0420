/**
 * An article's title from its own text when nothing else names it, and the body that remains.
 * A news text often opens with a headline line, or with a dateline alone ("موسكو", "PARIS (AFP) —")
 * before the lede. A dateline is never the title; a headline becomes the title and leaves the body,
 * so it is not read twice. A first line that is a sentence of the article (it ends like one) titles
 * the article but stays in the body: it is the text, not a heading over it.
 */

/** Longest line taken as a title: a longer one is a paragraph, and the caller names the article. */
const MAX_TITLE = 200;
/** A line ending like a sentence or a clause: a sentence of the text, not a headline. */
const SENTENCE_END = /[.!。…:;,،؛]["'”’»)]*$/u;

/**
 * True for a dateline standing alone: a place of one or two words, optionally with a date after a
 * comma, a news agency in brackets and a closing dash or colon ("موسكو", "MOSCOW, Dec 7 (Reuters) -",
 * "Tripoli —"). Two words count only with one of those marks: a bare two-word line may be a headline.
 */
export function isDateline(line: string): boolean {
  const marked = /\([^()]{1,30}\)|[-–—:]\s*$|,/.test(line);
  const place = line
    .replace(/\([^()]{1,30}\)/g, ' ')
    .replace(/[-–—:]\s*$/, '')
    .replace(/,.*$/, '')
    .trim();
  if (!place || place.length > 30 || !/^[\p{L}\p{M}' .-]+$/u.test(place)) return false;
  const words = place.split(/\s+/).length;
  return words === 1 || (words === 2 && marked);
}

/**
 * The title a canonical text gives itself, and its body. Skips datelines at the top; a short first
 * line that does not end like a sentence, with more text after it, is a headline: the title, and
 * the body starts after it. A sentence line titles the article and stays in the body. `title` is
 * null when the text has no line to use or it is over 200 characters (the caller falls back to a
 * file name or a shortened text).
 */
export function titleFromText(text: string): { title: string | null; body: string } {
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length - 1 && isDateline(lines[i]!.trim())) i++;
  const line = lines[i]?.trim() ?? '';
  if (!line || (i === lines.length - 1 && isDateline(line))) return { title: null, body: text };
  if (line.length <= MAX_TITLE && !SENTENCE_END.test(line) && i < lines.length - 1) {
    return { title: line, body: [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n') };
  }
  return { title: line.length <= MAX_TITLE ? line : null, body: text };
}

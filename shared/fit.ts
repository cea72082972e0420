/**
 * Fitting text to the case's limits where it enters (import metadata, publisher links, names from
 * suggestions), so that a case Claimwork writes always reopens. Pure, no DOM.
 */

const ELLIPSIS = '…';

/**
 * `text` trimmed, and when longer than `max` UTF-16 units cut at the last word boundary that fits
 * (else at the last whole character: a surrogate pair is never split) with an ellipsis; the result
 * is at most `max` units. Inner runs of blank space (tabs, newlines) become one space when cutting.
 */
export function fitText(text: string, max: number): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const flat = t.replace(/\s+/g, ' ');
  if (flat.length <= max) return flat;
  let cut = max - ELLIPSIS.length;
  // Never end on the first half of a surrogate pair.
  const code = flat.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  const space = flat.lastIndexOf(' ', cut);
  // A word boundary in the last fifth is worth keeping; a single very long word is cut inside.
  if (space > cut * 0.8) cut = space;
  return flat.slice(0, cut).trimEnd() + ELLIPSIS;
}

/** fitText for an optional field: blank becomes null. */
export function fitOptional(text: string | null | undefined, max: number): string | null {
  const t = text?.trim();
  return t ? fitText(t, max) : null;
}

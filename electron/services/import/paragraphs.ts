/**
 * Hard-wrapped text (lines broken at a fixed width, paragraphs separated by blank lines, as e-mail,
 * plain-text wires and Markdown are written) joined back into one line per paragraph, as Markdown
 * renders it. Only a text that separates paragraphs with blank lines is joined: one without any blank
 * line writes one paragraph per line, and keeps them. Markdown's own blocks keep their lines: headings
 * (# and underlined), list items, quotes, tables and fenced code; a list item also starts a paragraph
 * in a plain text file.
 */

const BLANK = /^[ \t\u00A0]*$/;
/** A list item: "-", "*", "+", "•" or a number with "." or ")" before the text. */
const LIST_ITEM = /^[ \t]{0,3}(?:[-*+•]|\d{1,3}[.)])[ \t]+\S/;
const HEADING = /^[ \t]{0,3}#{1,6}(?:[ \t]|$)/;
const SETEXT_UNDERLINE = /^[ \t]{0,3}(?:=+|-+)[ \t]*$/;
const FENCE = /^[ \t]{0,3}(?:```|~~~)/;
const TABLE_ROW = /^[ \t]*\|/;
const QUOTE = /^[ \t]{0,3}>[ \t]?/;
/** Markdown's hard line break: two spaces or a backslash at the end of the line. */
const HARD_BREAK = / {2,}$|\\$/;

/**
 * `raw` with the lines of each paragraph joined by one space (any line ending normalised to "\n").
 * `markdown`: honour Markdown's blocks and hard breaks; a plain text honours list items only.
 * Pure; the result still goes through canonicalText.
 */
export function joinWrappedLines(raw: string, markdown: boolean): string {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const firstText = lines.findIndex((l) => !BLANK.test(l));
  const lastText = lines.length - 1 - [...lines].reverse().findIndex((l) => !BLANK.test(l));
  if (firstText < 0 || !lines.slice(firstText, lastText + 1).some((l) => BLANK.test(l))) return raw;
  const out: string[] = [];
  let open = false; // the last output line is a paragraph the next line may continue
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (markdown && FENCE.test(line)) {
      fenced = !fenced;
      out.push(line);
      open = false;
      continue;
    }
    if (fenced) {
      out.push(line);
      continue;
    }
    if (BLANK.test(line)) {
      out.push('');
      open = false;
      continue;
    }
    if (markdown && (HEADING.test(line) || TABLE_ROW.test(line) || (SETEXT_UNDERLINE.test(line) && open))) {
      // An underline makes the paragraph above a heading: drop the underline, end the paragraph.
      if (!SETEXT_UNDERLINE.test(line) || !open) out.push(line);
      open = false;
      continue;
    }
    const text = markdown ? line.replace(QUOTE, '') : line;
    if (LIST_ITEM.test(text) || !open) {
      out.push(text);
      open = !(markdown && HARD_BREAK.test(text));
      continue;
    }
    out[out.length - 1] = `${out[out.length - 1]!.replace(/\\$/, '').trimEnd()} ${text.trim()}`;
    open = !(markdown && HARD_BREAK.test(text));
  }
  return out.join('\n');
}

/**
 * Direction of briefing text, shared by the HTML (preview, PDF), Markdown and Word renderers so the
 * three agree. A heading, name or quote takes its direction from its own first strong character
 * (the Unicode Bidirectional Algorithm's rule P2, what `dir="auto"` and `<bdi>` do), never from
 * whether it merely contains Arabic: "Russia–LNA ties … / روسيا وحفتر" is a left-to-right title.
 * Pure; no DOM.
 */
import type { Direction } from '../domain';

const RTL_RANGE = '\\u0590-\\u08FF\\uFB1D-\\uFDFF\\uFE70-\\uFEFF';
/** A letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko…): bidi class R or AL. */
const RTL_LETTER = new RegExp(`(?=\\p{L})[${RTL_RANGE}]`, 'u');
/** Any other letter: bidi class L for every script the app meets. */
const LTR_LETTER = new RegExp(`(?=\\p{L})[^${RTL_RANGE}]`, 'u');
const FIRST_LETTER = /\p{L}/u;

/** True when `text` holds a right-to-left letter. */
export function hasRtlLetter(text: string): boolean {
  return RTL_LETTER.test(text);
}

/** Direction of the first strong (letter) character, or null when there is none (numbers, punctuation). */
export function firstStrongDir(text: string): Direction | null {
  const m = FIRST_LETTER.exec(text);
  if (!m) return null;
  return RTL_LETTER.test(m[0]) ? 'rtl' : 'ltr';
}

/** firstStrongDir, with `fallback` for text without letters. */
export function dirOf(text: string, fallback: Direction = 'ltr'): Direction {
  return firstStrongDir(text) ?? fallback;
}

export interface DirRun {
  text: string;
  /** A left-to-right run inside right-to-left text. */
  ltr: boolean;
  /**
   * For an LTR run: true when the bidi algorithm alone would misplace part of it in right-to-left
   * surroundings (it holds digits, brackets or punctuation not between two letters, e.g. "F-16",
   * "Haftar (LNA)"); false for letters and the spaces or joiners between them ("Russia–LNA ties").
   */
  needsIsolate: boolean;
}

const isLtrLetter = (c: string): boolean => LTR_LETTER.test(c);
const isRtlLetter = (c: string): boolean => RTL_LETTER.test(c);
const isDigit = (c: string): boolean => /[0-9]/.test(c);

/**
 * Splits right-to-left text into its left-to-right runs and the rest. An LTR run starts at a Latin
 * letter and ends at the last Latin letter or digit before the next right-to-left letter, taking a
 * closing bracket that belongs to it; so "Russia–LNA ties after Haftar" is one run, never split
 * inside a word or at a dash. Concatenating the runs gives `text` back.
 */
export function ltrRuns(text: string): DirRun[] {
  const chars = [...text];
  const runs: DirRun[] = [];
  let rest = '';
  let i = 0;
  while (i < chars.length) {
    if (!isLtrLetter(chars[i]!)) {
      rest += chars[i];
      i += 1;
      continue;
    }
    let end = i; // last index inside the run
    let j = i;
    while (j < chars.length && !isRtlLetter(chars[j]!)) {
      if (isLtrLetter(chars[j]!) || isDigit(chars[j]!)) end = j;
      j += 1;
    }
    let start = i;
    let body = chars.slice(start, end + 1).join('');
    // Brackets around or closing inside the run belong to it: "(LNA)", "Haftar (LNA)".
    const opens = (body.match(/[([{]/g) ?? []).length;
    const closes = (body.match(/[)\]}]/g) ?? []).length;
    if (chars[end + 1] && /[)\]}]/.test(chars[end + 1]!) && (opens > closes || (start > 0 && /[([{]/.test(chars[start - 1]!)))) {
      end += 1;
      if (opens <= closes && start > 0) {
        start -= 1;
        rest = rest.slice(0, -1);
      }
      body = chars.slice(start, end + 1).join('');
    }
    if (rest) runs.push({ text: rest, ltr: false, needsIsolate: false });
    rest = '';
    runs.push({ text: body, ltr: true, needsIsolate: needsIsolate(body) });
    i = end + 1;
  }
  if (rest) runs.push({ text: rest, ltr: false, needsIsolate: false });
  return runs;
}

/** Digits, brackets, or punctuation that is not flanked by letters on both sides. */
function needsIsolate(run: string): boolean {
  const chars = [...run];
  return chars.some((c, k) => {
    if (/[\p{L}\p{M}\s]/u.test(c)) return false;
    if (isDigit(c) || /[()[\]{}<>]/.test(c)) return true;
    const before = chars[k - 1] ?? '';
    const after = chars[k + 1] ?? '';
    return !(/\p{L}/u.test(before) && /\p{L}/u.test(after));
  });
}

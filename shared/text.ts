import type { Direction, Lang } from './domain';

/**
 * Canonical article text: Unicode NFC, "\n" line ends, one paragraph per line, paragraphs trimmed,
 * blank lines dropped, no BOM, no NUL. Every offset in a case indexes this form.
 */
export function canonicalText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '').replace(/[ \t\u00A0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** Start offset (UTF-16 units) of each paragraph of a canonical text. */
export function paragraphStarts(text: string): number[] {
  if (text.length === 0) return [];
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Paragraph index (0-based) containing `offset`, by binary search over `starts`. */
export function paragraphAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/g;
const FRENCH_WORDS = /\b(le|la|les|des|du|une|est|et|dans|pour|qui|que|sur|pas|au|aux|été|selon|avec)\b/gi;
const ENGLISH_WORDS = /\b(the|and|of|to|is|was|that|for|with|on|said|are|by|from|have|has)\b/gi;

/** Guess the main language of a text from its letters and common words; 'und' if empty. */
export function detectLang(text: string): Lang {
  const sample = text.slice(0, 20000);
  const arabic = sample.match(ARABIC_LETTER)?.length ?? 0;
  const latin = sample.match(LATIN_LETTER)?.length ?? 0;
  if (arabic === 0 && latin === 0) return 'und';
  if (arabic >= latin) return 'ar';
  const fr = sample.match(FRENCH_WORDS)?.length ?? 0;
  const en = sample.match(ENGLISH_WORDS)?.length ?? 0;
  if (fr === 0 && en === 0) return 'und';
  return fr > en ? 'fr' : 'en';
}

/** Base direction of a language; unknown text follows its first strong character. */
export function directionOf(lang: Lang, text = ''): Direction {
  if (lang === 'ar') return 'rtl';
  if (lang === 'und') {
    const m = /[A-Za-z\u00C0-\u024F\u0590-\u08FF\uFB1D-\uFEFF]/.exec(text);
    return m && /[\u0590-\u08FF\uFB1D-\uFEFF]/.test(m[0]) ? 'rtl' : 'ltr';
  }
  return 'ltr';
}

/** Splits a string into runs of right-to-left script and the rest, for isolating Latin runs in RTL text. */
export function scriptRuns(text: string): { text: string; rtl: boolean }[] {
  const runs: { text: string; rtl: boolean }[] = [];
  const re = /[A-Za-z0-9\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F.,'’&@/:\-_ ]*[A-Za-z0-9\u00C0-\u024F)]?|\([A-Za-z0-9\u00C0-\u024F][^()\u0600-\u06FF]*\)/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const value = m[0].replace(/\s+$/, '');
    if (m.index > last) runs.push({ text: text.slice(last, m.index), rtl: true });
    runs.push({ text: value, rtl: false });
    last = m.index + value.length;
    re.lastIndex = last;
  }
  if (last < text.length) runs.push({ text: text.slice(last), rtl: true });
  return runs;
}

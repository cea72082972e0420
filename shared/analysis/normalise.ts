/**
 * Spelling normalisation for matching names and cues across Arabic, English and French.
 * Everything here is pure string work; nothing depends on a locale database.
 */
import { boundedMemo } from './bounded-memo';
import { foldArabicLetters } from '../arabic-letters';

const HARAKAT = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u08D3-\u08FF]/g;
const TATWEEL = /\u0640/g;
const BIDI_MARKS = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/**
 * Folds Arabic spelling variants that newsrooms and machine translation use interchangeably:
 * drops harakat, tatweel and bidi marks, unifies alef forms (أ إ آ ٱ → ا), ى → ي, ة → ه,
 * ؤ → و, ئ → ي. Length may shrink; use {@link normaliseWithMap} when offsets matter.
 */
export function normaliseArabic(s: string): string {
  return foldArabicLetters(s.replace(HARAKAT, '').replace(TATWEEL, '').replace(BIDI_MARKS, ''));
}

/**
 * Matching key for any script: Arabic normalisation, lower-case Latin without accents, typographic
 * apostrophes folded, whitespace collapsed and trimmed. Used for alias lookups and for the keys of
 * rejected suggestions (RejectedSuggestion.key), so the same text always gives the same key.
 */
export function normaliseKey(s: string): string {
  // Memoised: the engine keys the same names and phrases many times per article (every mention,
  // every candidate group, every propagation pass), and each key costs seven string passes.
  return keyMemo(s);
}

const keyMemo = boundedMemo(50000, keyOf);

function keyOf(s: string): string {
  return normaliseArabic(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036F]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

/** Arabic proclitics, longest first: conjunctions, prepositions and the article, in the order they stack. */
const CLITIC_PREFIXES = ['وبال', 'وكال', 'فبال', 'وللـ', 'ولل', 'فلل', 'وال', 'فال', 'بال', 'كال', 'للـ', 'لل', 'ال', 'و', 'ف', 'ب', 'ل', 'ك'];
/** CLITIC_PREFIXES by the code of their first letter, each list in the order above. */
const PREFIXES_BY_FIRST: ReadonlyMap<number, readonly string[]> = (() => {
  const m = new Map<number, string[]>();
  for (const p of CLITIC_PREFIXES) m.set(p.charCodeAt(0), [...(m.get(p.charCodeAt(0)) ?? []), p]);
  return m;
})();

/**
 * Candidate stems of one normalised Arabic word with its proclitics removed (و ف ب ل ك ال لل and their
 * stacks), longest stem first, the word itself included. Never strips below two letters, so short
 * words are not emptied. Works on normalised input (see {@link normaliseKey}).
 */
export function stripClitics(word: string): string[] {
  // Only the prefixes that begin with the word's first letter can match. By its code: word[0] of an
  // Arabic letter is a new one-letter string each time.
  const prefixes = PREFIXES_BY_FIRST.get(word.charCodeAt(0));
  if (!prefixes) return [word];
  // A word matches at most three prefixes: the stems are kept in locals and the array made at its
  // size (pushing onto [word] grew a backing store for every word with a clitic).
  let a: string | null = null;
  let b: string | null = null;
  let out: string[] | null = null;
  for (const p of prefixes) {
    if (!word.startsWith(p) || word.length - p.length < 2) continue;
    const rest = word.slice(p.length);
    if (out) {
      if (!out.includes(rest)) out.push(rest);
    } else if (a === null) a = rest;
    else if (b === null) {
      if (rest !== a) b = rest;
    } else if (rest !== a && rest !== b) out = [word, a, b, rest];
  }
  return out ?? (a === null ? [word] : b === null ? [word, a] : [word, a, b]);
}

/** True when a string contains an Arabic letter. */
export function hasArabic(s: string): boolean {
  return /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/.test(s);
}

const AR_SKELETON: Record<string, string> = {
  ب: 'b', ت: 't', ث: 't', ج: 'j', ح: 'h', خ: 'k', د: 'd', ذ: 'd', ر: 'r', ز: 'z', س: 's', ش: 's',
  ص: 's', ض: 'd', ط: 't', ظ: 'z', غ: 'j', ف: 'f', ق: 'k', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h',
  پ: 'b', چ: 'j', ڤ: 'f', گ: 'j',
};

/**
 * Consonant skeleton of a name in either script, for spelling-tolerant matching: vowels and
 * vowel letters (ا و ي) dropped, similar consonants merged (v/f, p/b, c/q/k, g/j), doubled letters
 * collapsed. "هافتار", "هفتار" and "Haftar" all give "hftr". Returns '' for non-letters.
 */
export function nameSkeleton(s: string): string {
  return skeletonMemo(s);
}

const skeletonMemo = boundedMemo(20000, (s) => skeletonOfKey(normaliseKey(s).replace(/^(ال)/, '')));

/** {@link nameSkeleton} of a string that is already a normaliseKey (hot path: no regex passes for Arabic). */
export function skeletonOfKey(key: string): string {
  let out = '';
  if (hasArabic(key)) {
    const from = key.startsWith('ال') ? 2 : 0;
    let prev = '';
    for (let i = from; i < key.length; i++) {
      const c = AR_SKELETON[key[i] as string];
      if (c && c !== prev) out += c;
      if (c) prev = c;
    }
    return out;
  }
  out = key
    .replace(/[^a-z]/g, '')
    .replace(/ph/g, 'f')
    .replace(/([kstgdz])h/g, '$1')
    .replace(/ck|c|q|x/g, 'k')
    .replace(/v/g, 'f')
    .replace(/p/g, 'b')
    .replace(/g/g, 'j')
    .replace(/[aeiouyw]/g, '');
  return out.replace(/(.)\1+/g, '$1');
}

/**
 * Tokens for comparing statements across articles: folded text (shared/anchoring/fold: Arabic letter
 * forms, harakat and tatweel, Latin case and accents), digits of every script as ASCII, Arabic
 * conjunctions and the article stripped. Pure string work, no locale database.
 */
import { fold } from '../anchoring/fold';
import { CLITICS, FUNCTION_WORDS } from './lexicon';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits as ASCII digits; other text unchanged. */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

/** One folded word without its Arabic proclitics (at least three letters are kept). */
export function stem(word: string): string {
  for (const p of CLITICS) {
    if (word.startsWith(p) && word.length - p.length >= 3) return word.slice(p.length);
  }
  return word;
}

/** A word of a text with its UTF-16 span in that text. */
export interface Token {
  /** Folded, digits as ASCII, proclitics stripped. */
  key: string;
  start: number;
  end: number;
}

/**
 * The words of `text` with their offsets. Folding is done word by word so offsets stay those of
 * `text` (fold may drop characters such as harakat inside a word).
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const key = keyOf(m[0]);
    if (key.length > 0) out.push({ key, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

// Words repeat heavily across a case; folding each once keeps grouping near one pass over the text.
const KEYS = new Map<string, string>();
const KEYS_MAX = 200_000;

/** The comparison key of one written word (memoised, bounded). */
export function keyOf(word: string): string {
  let key = KEYS.get(word);
  if (key === undefined) {
    key = stem(asciiDigits(fold(word)).replace(/\s+/g, ''));
    if (KEYS.size >= KEYS_MAX) KEYS.clear();
    KEYS.set(word, key);
  }
  return key;
}

/** The keys of a text's words, without offsets (cheaper than {@link tokenize} for whole articles). */
export function keysOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const key = keyOf(m[0]);
    if (key.length > 0) out.push(key);
  }
  return out;
}

/** True when a token carries content: not a function word (in either its stripped or written form), not a lone letter. */
export function isContent(key: string): boolean {
  if (/^\d+$/.test(key)) return true;
  return key.length >= 2 && !FUNCTION_WORDS.has(key);
}

/** 32-bit FNV-1a hash of a string, for shingles and index keys. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i += 1) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Tokens and sentences of a canonical text, with offsets kept. Hand-written scanning (not
 * Intl.Segmenter) because the analysis must run at megabytes per second.
 */
import { stripClitics } from './normalise';

export interface Token {
  start: number;
  end: number;
  raw: string;
  /** normaliseKey of the raw text. */
  key: string;
  word: boolean;
  arabic: boolean;
  latin: boolean;
  /** Latin token starting with an upper-case letter. */
  cap: boolean;
  /** Index of the sentence the token belongs to. */
  sent: number;
  para: number;
  /** Memo of arabicVariants() (for Latin tokens: the key, and the key without "'s"); shared, never changed in place. */
  variants?: readonly string[] | undefined;
  /** Memo of lexiconMask() (lexicon-mask.ts): which lexicons the variants belong to, one bit each; -1 or absent until asked. */
  mask?: number | undefined;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token index range [first, last). */
  first: number;
  last: number;
}

export interface Quote {
  start: number;
  end: number;
}

/*
 * The tokens are those of /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*|\S/gu, found by a
 * scan over character classes instead: the regular expression was a tenth of the analysis.
 */
/** Character classes of UTF-16 code units, filled on first sight: 0 unknown, then the constants below. */
const CLASS = new Uint8Array(65536);
/** A letter or a digit (\p{L}, \p{N}). */
const LETTER = 1;
/** A combining mark only (\p{M}): part of a word, yet no word on its own. */
const MARK = 2;
/** White space as \s reads it. */
const SPACE = 3;
/** Anything else: one token per character. */
const OTHER = 4;
const LETTER_RE = /[\p{L}\p{N}]/u;
const MARK_RE = /\p{M}/u;
const SPACE_RE = /\s/;

function classOf(s: string): number {
  return LETTER_RE.test(s) ? LETTER : MARK_RE.test(s) ? MARK : SPACE_RE.test(s) ? SPACE : OTHER;
}

/** Class of the character (code point) at `i`: a surrogate pair is classed whole. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOf(text.slice(i, i + 2));
  }
  let k = CLASS[c] as number;
  if (k === 0) {
    // A lone surrogate is no letter, mark or space: one token of its own, as \S takes it.
    k = c >= 0xd800 && c <= 0xdfff ? OTHER : classOf(String.fromCharCode(c));
    CLASS[c] = k;
  }
  return k;
}

/** Code units of the character at `i` (2 for a surrogate pair). */
function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** Whether the last word runs scanned held a character outside ASCII, and an ASCII capital. */
let runNonAscii = false;
let runUpper = false;

/** End of the word characters (letters, digits, marks) from `i`; notes runNonAscii and runUpper. */
function wordRunEnd(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      // The only ASCII word characters are letters and digits.
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) i++;
      else if (c >= 65 && c <= 90) {
        runUpper = true;
        i++;
      } else break;
      continue;
    }
    const k = classAt(text, i);
    if (k !== LETTER && k !== MARK) break;
    runNonAscii = true;
    i += widthAt(text, i);
  }
  return i;
}
const ABBREV = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'st', 'jr', 'sr', 'u.s', 'vs', 'no', 'mt', 'sgt', 'capt', 'prof', 'inc', 'corp', 'co', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'm', 'mme', 'etc', 'a.m', 'p.m']);

/** Fast key for one token: same result as normaliseKey for single words, without regex passes. */
export function tokenKey(raw: string): string {
  // Fast paths: plain lower-case ASCII is its own key; other ASCII only needs lower-casing.
  let ascii = true;
  let upper = false;
  for (let i = 0; i < raw.length && ascii; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x80) ascii = false;
    else if (c >= 65 && c <= 90) upper = true;
  }
  if (ascii) return upper ? raw.toLowerCase() : raw;
  // Unchanged stretches are copied whole (most Arabic words change one letter or none, and are then
  // the raw string itself): building the key a character at a time made a string per character.
  let out = '';
  let run = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    let rep: string | null = null;
    if (c < 0x80) {
      if (c >= 65 && c <= 90) rep = String.fromCharCode(c + 32);
    } else if (c >= 0x0600 && c <= 0x06ff) {
      if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || (c >= 0x0610 && c <= 0x061a) || (c >= 0x06d6 && c <= 0x06ed)) rep = '';
      else if (c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671) rep = 'ا';
      else if (c === 0x0649) rep = 'ي';
      else if (c === 0x0629) rep = 'ه';
      else if (c === 0x0624) rep = 'و';
      else if (c === 0x0626) rep = 'ي';
    } else if ((c >= 0x200b && c <= 0x200f) || c === 0xfeff) {
      rep = '';
    } else if (c === 0x2019 || c === 0x2018) {
      rep = "'";
    } else {
      const ch = raw[i] ?? '';
      const folded = c >= 0xc0 && c <= 0x24f ? ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase() : ch.toLowerCase();
      if (folded !== ch) rep = folded;
    }
    if (rep !== null) {
      out += raw.slice(run, i) + rep;
      run = i + 1;
    }
  }
  return run === 0 ? raw : out + raw.slice(run);
}

/** Quotation spans per paragraph, marks included: “…”, «…», „…“ and paired straight quotes. */
export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  const re = /[“«„"]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const open = m[0];
    const close = open === '“' ? '”' : open === '«' ? '»' : open === '„' ? '“' : '"';
    const nl = text.indexOf('\n', m.index);
    const paraEnd = nl === -1 ? text.length : nl;
    let end = text.indexOf(close, m.index + 1);
    if (open === '“' && (end === -1 || end > paraEnd)) {
      // Some texts close “ with a second “ (straight-quote habits): accept it within the paragraph.
      const alt = text.indexOf('“', m.index + 1);
      if (alt !== -1 && alt < paraEnd) end = alt;
    }
    if (end === -1 || end > paraEnd) continue;
    quotes.push({ start: m.index, end: end + 1 });
    re.lastIndex = end + 1;
  }
  return quotes;
}

/** Tokenises and splits into sentences; sentence ends inside a closed quotation do not split. */
export function tokenise(text: string, quotes: readonly Quote[]): { tokens: Token[]; sentences: Sentence[] } {
  const tokens: Token[] = [];
  let para = 0;
  const n = text.length;
  let pos = 0;
  while (pos < n) {
    const k0 = classAt(text, pos);
    if (k0 === SPACE) {
      if (text.charCodeAt(pos) === 10) para++;
      pos++;
      continue;
    }
    const start = pos;
    let wordChars = false;
    runNonAscii = false;
    runUpper = false;
    if (k0 === LETTER || k0 === MARK) {
      pos = wordRunEnd(text, pos);
      // Joined parts: "l'Elysée", "al-Assad", "U.S".
      while (pos + 1 < n) {
        const j = text.charCodeAt(pos);
        if (j !== 39 && j !== 0x2019 && j !== 45 && j !== 46) break;
        const k = classAt(text, pos + 1);
        if (k !== LETTER && k !== MARK) break;
        // The apostrophe ’ is no ASCII: tokenKey folds it.
        if (j === 0x2019) runNonAscii = true;
        pos = wordRunEnd(text, pos + 1);
      }
      wordChars = true;
    } else {
      pos += widthAt(text, pos);
    }
    const lastEnd = pos;
    const raw = text.slice(start, lastEnd);
    const c0 = raw.charCodeAt(0);
    const asciiAlnum = (c0 >= 48 && c0 <= 57) || (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122);
    // Single-character tokens may be punctuation (، ؛ ؟ are in the Arabic block); longer ones are words.
    const word = asciiAlnum || raw.length > 1 || (wordChars && k0 === LETTER);
    const arabic = word && c0 >= 0x0600 && c0 <= 0x08ff;
    const latin = word && !arabic && ((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) || /[A-Za-z\u00C0-\u024F]/.test(raw));
    const cap = latin && ((c0 >= 65 && c0 <= 90) || (c0 >= 0xc0 && raw[0] !== raw[0]?.toLowerCase()));
    // Every field set here, variants too: tokens keep one shape, so the rules' reads stay monomorphic.
    tokens.push({ start, end: lastEnd, raw, key: !word ? raw : wordChars && !runNonAscii ? (runUpper ? raw.toLowerCase() : raw) : tokenKey(raw), word, arabic, latin, cap, sent: 0, para, variants: undefined, mask: -1 });
  }
  const sentences: Sentence[] = [];
  const quoteEnds = new Set(quotes.map((q) => q.end));
  let qi = 0;
  let first = 0;
  const close = (last: number): void => {
    if (last <= first) return;
    const a = tokens[first];
    const b = tokens[last - 1];
    if (!a || !b) return;
    for (let i = first; i < last; i++) (tokens[i] as Token).sent = sentences.length;
    sentences.push({ start: a.start, end: b.end, first, last });
    first = last;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    if (next && next.para !== t.para) {
      close(i + 1);
      continue;
    }
    if (t.word || (t.raw !== '.' && t.raw !== '!' && t.raw !== '?' && t.raw !== '؟' && t.raw !== '…')) continue;
    while (qi < quotes.length && (quotes[qi] as Quote).end <= t.start) qi++;
    const q = quotes[qi];
    if (q && q.start < t.start && t.end < q.end) {
      // "… smart.” Trump was …": a quotation closing on a full stop ends the sentence after the mark.
      const after = tokens[i + 2];
      if (t.raw !== '.' || t.end + 1 !== q.end || !after || !after.cap || after.para !== t.para) continue;
      close(i + 2);
      i += 1;
      continue;
    }
    // "une double (triple !) casquette": a mark inside a parenthesis the sentence goes on after.
    if ((t.raw === '!' || t.raw === '?') && next?.raw === ')' && tokens[i + 2]?.word && !(tokens[i + 2] as Token).cap && (tokens[i + 2] as Token).para === t.para) continue;
    // "Sen. Lindsey Graham (R-S.C.) told", "Rep. Meeks (D-N.Y.), chairman of …": an abbreviation's
    // point closing a parenthesis the sentence goes on after (a comma or a lower-case word next).
    if (t.raw === '.' && next?.raw === ')' && tokens[i + 2] && ((tokens[i + 2] as Token).raw === ',' || ((tokens[i + 2] as Token).latin && !(tokens[i + 2] as Token).cap)) && (tokens[i + 2] as Token).para === t.para) continue;
    const prev = tokens[i - 1];
    if (t.raw === '.' && prev && prev.end === t.start && prev.latin && (ABBREV.has(prev.key) || prev.raw.length === 1)) continue;
    // An Arabic title abbreviated to one letter ("د. كراري التهامي", "م. أحمد علي"): no sentence end.
    if (t.raw === '.' && prev && prev.end === t.start && prev.arabic && prev.raw.length === 1 && next?.arabic && !/\S/.test(text.slice(Math.max(0, prev.start - 1), prev.start))) continue;
    if (next && next.latin && !next.cap && next.start - t.end <= 1) continue;
    let last = i + 1;
    // Closing marks stay with the sentence; a straight quote only when it closes a quotation (one
    // that opens the next sentence, as in 'start. "It was…', belongs to that one).
    const closes = (u: Token): boolean => /^[”»’)\]]$/.test(u.raw) || (/^["']$/.test(u.raw) && quoteEnds.has(u.end));
    while (last < tokens.length && closes(tokens[last] as Token) && (tokens[last] as Token).para === t.para) last++;
    close(last);
    i = last - 1;
  }
  close(tokens.length);
  return { tokens, sentences };
}

/** Clitic-stripped variants of an Arabic token's key (the key itself first). */
export function arabicVariants(t: Token): readonly string[] {
  if (!t.variants) t.variants = t.arabic ? stripClitics(t.key) : t.key.endsWith("'s") ? [t.key, t.key.slice(0, -2)] : [t.key];
  return t.variants;
}

/**
 * Near-identical articles (wire copy republished under another title or by another outlet) are one
 * origin. Each article becomes a set of word shingles. An inverted index over a fixed sample of the
 * shingles (those whose hash is 0 mod SAMPLE: the same shingle is sampled in every article, so the
 * samples estimate the overlap) proposes candidate pairs, never all pairs; a candidate is joined when
 * most of the longer article's shingles are in the other (computed exactly), so a copy with a new
 * title, dateline or credit line is still the same origin and an article quoting a paragraph is not.
 */
import { unionFind } from './union-find';

/** Words per shingle. */
const SHINGLE = 4;
/** One shingle in SAMPLE is indexed. */
const SAMPLE = 8;
/**
 * Share of the longer article's shingles found in the other: most of both texts is the same. A copy
 * with a new title or credit line stays far above it; an article that quotes a few paragraphs of
 * another and adds its own is far below.
 */
export const NEAR_IDENTICAL = 0.7;
/** A sampled shingle in more articles than this is boilerplate (a site's footer) and not indexed. */
const MAX_POSTING = 200;

function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x5bd1e995);
  return (h ^ (h >>> 15)) >>> 0;
}

/** A UTF-16 unit that carries no letter of its own: harakat, tatweel, joiners, direction marks. */
function isMark(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff;
}

/** A UTF-16 unit that ends a word: ASCII other than letters and digits, Latin-1 and general punctuation, Arabic punctuation. */
function isBreak(c: number): boolean {
  if (c < 0x80) return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
  return (c >= 0x80 && c <= 0xbf) || (c >= 0x2000 && c <= 0x206f) || c === 0x060c || c === 0x061b || c === 0x061f || (c >= 0x066a && c <= 0x066d) || c === 0x06d4 || (c >= 0x3000 && c <= 0x303f) || (c >= 0xfe50 && c <= 0xfe6f) || (c >= 0xff00 && c <= 0xff0f);
}

/**
 * Hashes of a text's words in one pass over its code units, ASCII letters lower-cased and marks
 * dropped. Copy detection needs no more folding than that: a republished text keeps its letters.
 */
function wordHashes(text: string): number[] {
  const out: number[] = [];
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    let c = text.charCodeAt(i);
    if (isMark(c)) continue;
    if (isBreak(c)) {
      if (inWord) out.push(h >>> 0);
      h = 0x811c9dc5;
      inWord = false;
      continue;
    }
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
    inWord = true;
  }
  if (inWord) out.push(h >>> 0);
  return out;
}

/**
 * The distinct shingle hashes of a text, sorted (a text shorter than one shingle is one shingle of
 * all its words). Sorted typed arrays, not sets: a case's articles hold millions of shingles.
 */
export function shingles(text: string): Uint32Array {
  const words = wordHashes(text);
  if (words.length === 0) return new Uint32Array(0);
  const n = Math.max(1, words.length - SHINGLE + 1);
  const all = new Uint32Array(n);
  if (words.length < SHINGLE) all[0] = words.reduce(mix, 0x9747b28c);
  else {
    for (let i = 0; i < n; i += 1) {
      let h = 0x9747b28c;
      for (let k = 0; k < SHINGLE; k += 1) h = mix(h, words[i + k] as number);
      all[i] = h;
    }
  }
  all.sort();
  let len = 0;
  for (let i = 0; i < all.length; i += 1) if (i === 0 || all[i] !== all[len - 1]) all[len++] = all[i] as number;
  return all.subarray(0, len);
}

/** Shingles the two sorted sets share, as a share of the longer one; 0 when their sizes alone rule it out. */
function sharedOfLonger(a: Uint32Array, b: Uint32Array): number {
  const big = Math.max(a.length, b.length);
  if (big === 0 || Math.min(a.length, b.length) < NEAR_IDENTICAL * big) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return shared / big;
}

/**
 * Groups texts into origins. Returns, for each input index, the index of its origin's first member
 * (texts that are near-identical to nothing are their own origin).
 */
export function originsOf(texts: readonly string[]): number[] {
  const sets = texts.map(shingles);
  const { find, union } = unionFind(texts.length);
  const index = new Map<number, number[]>();
  const samples: number[] = [];
  const counts = new Int32Array(texts.length);
  const touched: number[] = [];
  sets.forEach((set, i) => {
    // A text too short to have a sampled shingle is indexed by all of its shingles.
    let sample: number[] = [];
    for (const h of set) if (h % SAMPLE === 0) sample.push(h);
    if (sample.length < 2) sample = Array.from(set);
    samples.push(sample.length);
    for (const h of sample) {
      const posting = index.get(h);
      if (!posting || posting.length > MAX_POSTING) continue;
      for (const j of posting) if ((counts[j] = (counts[j] as number) + 1) === 1) touched.push(j);
    }
    for (const j of touched) {
      const n = counts[j] as number;
      counts[j] = 0;
      // Half the samples shared is far below NEAR_IDENTICAL: the exact check decides.
      if (n * 2 < Math.min(sample.length, samples[j] as number) || find(i) === find(j)) continue;
      if (sharedOfLonger(set, sets[j] as Uint32Array) >= NEAR_IDENTICAL) union(i, j);
    }
    touched.length = 0;
    for (const h of sample) {
      const posting = index.get(h);
      if (posting) posting.push(i);
      else index.set(h, [i]);
    }
  });
  return texts.map((_, i) => find(i));
}

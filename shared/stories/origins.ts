/**
 * Near-identical articles (wire copy republished under another title or by another outlet) are one
 * origin. Each article becomes a set of word shingles; MinHash signatures and LSH bands propose
 * candidate pairs (never all pairs), and a candidate is joined when most of the shorter article's
 * shingles are in the other (containment), so a copy with a new title, dateline or credit line is
 * still the same origin.
 */
import { hash32, tokenize } from './tokens';

/** Words per shingle. */
const SHINGLE = 4;
/** MinHash functions: BANDS × ROWS. 16 bands of 4 rows find pairs with Jaccard ≥ ~0.5 almost surely. */
const BANDS = 16;
const ROWS = 4;
/** Share of the shorter article's shingles that the other must hold. */
export const NEAR_IDENTICAL = 0.8;

/** The shingle hashes of a text (a text shorter than one shingle is one shingle of all its words). */
export function shingles(text: string): Set<number> {
  const keys = tokenize(text).map((t) => t.key);
  const out = new Set<number>();
  if (keys.length === 0) return out;
  if (keys.length < SHINGLE) out.add(hash32(keys.join(' ')));
  for (let i = 0; i + SHINGLE <= keys.length; i += 1) out.add(hash32(keys.slice(i, i + SHINGLE).join(' ')));
  return out;
}

// Fixed odd multipliers and offsets (from a seeded LCG) so signatures are the same on every run.
const PERMS: { a: number; b: number }[] = (() => {
  let s = 0x2545f491;
  const next = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s;
  };
  return Array.from({ length: BANDS * ROWS }, () => ({ a: next() | 1, b: next() }));
})();

/** MinHash signature of a shingle set: for each permutation, the least permuted hash. */
export function minhash(set: ReadonlySet<number>): Uint32Array {
  const sig = new Uint32Array(PERMS.length).fill(0xffffffff);
  for (const x of set) {
    for (let k = 0; k < PERMS.length; k += 1) {
      const p = PERMS[k] as { a: number; b: number };
      // A multiply-xorshift mix: cheap and well spread for 32-bit inputs.
      let h = (Math.imul(x ^ p.b, p.a) >>> 0) ^ (x >>> 15);
      h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
      if (h < (sig[k] as number)) sig[k] = h;
    }
  }
  return sig;
}

function containment(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const x of small) if (big.has(x)) shared += 1;
  return shared / small.size;
}

/**
 * Groups texts into origins. Returns, for each input index, the index of its origin's first member
 * (texts that are near-identical to nothing are their own origin). Empty texts are their own origin.
 */
export function originsOf(texts: readonly string[]): number[] {
  const sets = texts.map(shingles);
  const parent = texts.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const buckets = new Map<string, number[]>();
  sets.forEach((set, i) => {
    if (set.size === 0) return;
    const sig = minhash(set);
    for (let b = 0; b < BANDS; b += 1) {
      const key = `${b}:${Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join(',')}`;
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
  });
  const checked = new Set<string>();
  for (const list of buckets.values()) {
    for (let x = 1; x < list.length; x += 1) {
      for (let y = 0; y < x; y += 1) {
        const i = list[x] as number;
        const j = list[y] as number;
        const pair = `${j},${i}`;
        if (checked.has(pair)) continue;
        checked.add(pair);
        if (find(i) !== find(j) && containment(sets[i] as Set<number>, sets[j] as Set<number>) >= NEAR_IDENTICAL) {
          const [ri, rj] = [find(i), find(j)];
          parent[Math.max(ri, rj)] = Math.min(ri, rj);
        }
      }
    }
  }
  return texts.map((_, i) => find(i));
}

/** Helpers shared by crash-safety.test.ts and its child crash-saver.ts (kept apart so importing them runs nothing). */
import type { CaseData } from '../../../shared/domain';

/** Deterministic PRNG (mulberry32): the parent passes a per-round seed so a failing round replays. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The edit counter a case holds: n from its "edit n" title; throws on any other title. */
export function counterOf(data: CaseData): number {
  const match = /^edit (\d+)$/.exec(data.title);
  if (!match) throw new Error(`case title is not "edit <n>": ${JSON.stringify(data.title.slice(0, 80))}`);
  return Number(match[1]);
}

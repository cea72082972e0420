/**
 * Approximate string search (Sellers' algorithm with Ukkonen's cut-off): every place in
 * hay[from, to) where `pattern` occurs with at most `k` edits (insertions, deletions, substitutions).
 * Cost is about O(k · (to - from)) on ordinary text, O(m · (to - from)) at worst.
 */

export interface ApproxMatch {
  start: number;
  end: number;
  distance: number;
}

/** Matches ending at consecutive positions are collapsed to the best of the run; at most `limit` are returned. */
export function approxSearch(hay: string, from: number, to: number, pattern: string, k: number, limit = 64): ApproxMatch[] {
  const m = pattern.length;
  const out: ApproxMatch[] = [];
  if (m === 0 || to <= from) return out;
  const cost = new Int32Array(m + 1);
  const startAt = new Int32Array(m + 1);
  // Rows past the last active one hold k+1: a lower bound that never produces a false value <= k.
  for (let i = 0; i <= m; i += 1) {
    cost[i] = Math.min(i, k + 1);
    startAt[i] = from;
  }
  let lact = Math.min(k, m);
  let lastEnd = -2;
  for (let j = from; j < to; j += 1) {
    const c = hay.charCodeAt(j);
    let diag = cost[0] ?? 0;
    let diagStart = startAt[0] ?? j;
    cost[0] = 0;
    startAt[0] = j + 1;
    const top = Math.min(m, lact + 1);
    for (let i = 1; i <= top; i += 1) {
      const old = cost[i] ?? k + 1;
      const oldStart = startAt[i] ?? j;
      let best = diag + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      let bestStart = diagStart;
      const up = (cost[i - 1] ?? 0) + 1;
      if (up < best) {
        best = up;
        bestStart = startAt[i - 1] ?? j;
      }
      if (old + 1 < best) {
        best = old + 1;
        bestStart = oldStart;
      }
      diag = old;
      diagStart = oldStart;
      cost[i] = best;
      startAt[i] = bestStart;
    }
    lact = top;
    while (lact > 0 && (cost[lact] ?? 0) > k) lact -= 1;
    if (lact === m) {
      const distance = cost[m] ?? 0;
      const match = { start: startAt[m] ?? j, end: j + 1, distance };
      const prev = out[out.length - 1];
      if (prev && lastEnd === j) {
        if (distance < prev.distance) out[out.length - 1] = match;
      } else {
        if (out.length >= limit) break;
        out.push(match);
      }
      lastEnd = j + 1;
    }
  }
  return out;
}

/** Levenshtein distance, giving up (returning max+1) once it must exceed `max`. Banded: O(min(|a|,|b|) · max). */
export function boundedLevenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const over = max + 1;
  const width = b.length + 1;
  let prev = new Int32Array(width).fill(over);
  let cur = new Int32Array(width).fill(over);
  for (let j = 0; j <= Math.min(b.length, max); j += 1) prev[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(b.length, i + max);
    cur.fill(over);
    cur[0] = i <= max ? i : over;
    let rowMin = cur[0] ?? over;
    for (let j = lo; j <= hi; j += 1) {
      const sub = (prev[j - 1] ?? over) + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      const v = Math.min(sub, (prev[j] ?? over) + 1, (cur[j - 1] ?? over) + 1, over);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return over;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[b.length] ?? over, over);
}

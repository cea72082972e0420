/*
 * Edits replace case data, never change it in place, and keep every untouched item's object: an
 * edit to one claim gives a new annotations array with one new object at the same place. Each stage
 * of the claims table (rows, the rows listed, the table's rows, its keys and orders) compares the
 * new array with the one it saw last, place by place, and redoes only the places that differ.
 */

/**
 * The places where `next` holds another object than `prev`, when both have the same length and at
 * most `limit` places differ; null otherwise (a different length, or so many changes that starting
 * over costs no more). O(n) identity compares, no allocation beyond the result.
 */
export function changedPlaces(prev: readonly unknown[], next: readonly unknown[], limit = patchLimit(next.length)): number[] | null {
  if (prev.length !== next.length) return null;
  const changed: number[] = [];
  for (let i = 0; i < next.length; i++) {
    if (prev[i] === next[i]) continue;
    if (changed.length >= limit) return null;
    changed.push(i);
  }
  return changed;
}

/** How many changed places are still worth patching rather than starting over: a sixteenth, at least 64. */
export function patchLimit(length: number): number {
  return Math.max(64, length >> 4);
}

/** A kept-and-mapped copy of an input array, with where each input item went. */
export interface Picked<I, O> {
  input: readonly I[];
  output: O[];
  /** Per input index: the item's index in `output`, or -1 when it was left out. */
  at: Int32Array;
}

/**
 * `input` filtered by `keep` and mapped by `make`, in input order: from `last` (the same for the
 * previous input) when only a few places changed and each changed item is kept or left out as the
 * one before it was, else from scratch. O(changes) plus one O(n) identity scan and array copy in
 * the first case, O(n) calls of `keep` and `make` in the second.
 */
export function pickPatched<I, O>(last: Picked<I, O> | null, input: readonly I[], keep: (item: I) => boolean, make: (item: I) => O): Picked<I, O> {
  if (last) {
    if (last.input === input) return last;
    const changed = changedPlaces(last.input, input);
    if (changed && changed.every((i) => keep(input[i]!) === last.at[i]! >= 0)) {
      const output = last.output.slice();
      for (const i of changed) {
        const k = last.at[i]!;
        if (k >= 0) output[k] = make(input[i]!);
      }
      return { input, output, at: last.at };
    }
  }
  const output: O[] = [];
  const at = new Int32Array(input.length);
  for (let i = 0; i < input.length; i++) {
    const item = input[i]!;
    if (keep(item)) {
      at[i] = output.length;
      output.push(make(item));
    } else at[i] = -1;
  }
  return { input, output, at };
}

/** Disjoint sets over 0..n-1 whose representative is always the smallest member (so results are stable). */
export interface UnionFind {
  find(i: number): number;
  union(i: number, j: number): void;
}

/** A union-find with path halving; `find` is near constant time. */
export function unionFind(n: number): UnionFind {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  return {
    find,
    union(i: number, j: number): void {
      const [a, b] = [find(i), find(j)];
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    },
  };
}

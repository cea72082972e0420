import { describe, expect, it } from 'vitest';
import type { Network } from '../../../shared/stories';
import { FIRST_VIEW_ACTORS, networkBatches, shownNetwork, spiralPositions } from '../../../renderer/src/stories/network-cytoscape';

/** A network of `n` actors: actor i made n - i claims, links from every actor to the next three. */
function chainNetwork(n: number): Network {
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `a${i}`, name: `Actor ${i}`, type: 'person' as const, claims: Array.from({ length: n - i }, (_, k) => `c${i}-${k}`), about: [] }));
  const edges = nodes.flatMap((s, i) => [1, 2, 3].filter((d) => i + d < n).map((d) => ({ id: `${s.id}→a${i + d}`, kind: 'about' as const, relation: null, statement: [], source: s.id, target: `a${i + d}`, claims: [`c${i}-0`], stance: null })));
  return { nodes, edges };
}

describe('Show all in batches (the actor network view)', () => {
  const net = chainNetwork(400);
  const first = shownNetwork(net, FIRST_VIEW_ACTORS);
  const spiral = spiralPositions(net);

  it('adds every actor and link not drawn exactly once, each link after both its actors', () => {
    const batches = networkBatches(net, first, spiral, 100);
    expect(batches.length).toBeGreaterThan(5);
    const present = new Set(first.nodes.map((n) => n.id));
    const added: string[] = [];
    for (const batch of batches) {
      expect(batch.length).toBeLessThanOrEqual(100);
      for (const el of batch.filter((e) => e.group === 'nodes')) present.add(el.data.id!);
      for (const el of batch) {
        added.push(el.data.id!);
        if (el.group === 'edges') expect(present.has(el.data.source as string) && present.has(el.data.target as string)).toBe(true);
      }
    }
    const drawn = new Set([...first.nodes.map((n) => n.id), ...first.edges.map((e) => e.id)]);
    expect(added.sort()).toEqual([...net.nodes, ...net.edges].map((x) => x.id).filter((id) => !drawn.has(id)).sort());
  });

  it('adds the busiest actors first and places each where the spiral put it before the first paint', () => {
    const batches = networkBatches(net, first, spiral, 100);
    const order = batches.flat().filter((e) => e.group === 'nodes').map((e) => e.data.id);
    expect(order.slice(0, 3)).toEqual(['a150', 'a151', 'a152']);
    const a399 = batches.flat().find((e) => e.data.id === 'a399')!;
    expect(a399.position).toEqual(spiral.get('a399'));
    // The busiest actor in the middle, the least busy on the rim.
    const r = (id: string) => Math.hypot(spiral.get(id)!.x, spiral.get(id)!.y);
    expect(r('a0')).toBe(0);
    expect(r('a399')).toBeGreaterThan(r('a150'));
  });

  it('has nothing to add when the whole network is drawn', () => {
    const small = chainNetwork(40);
    expect(networkBatches(small, shownNetwork(small, FIRST_VIEW_ACTORS), spiralPositions(small))).toEqual([]);
  });
});

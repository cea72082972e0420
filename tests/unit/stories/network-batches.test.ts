import { describe, expect, it } from 'vitest';
import type { Network } from '../../../shared/stories';
import { BIG_NETWORK, FIRST_VIEW_ACTORS, SIZE_CLASSES, cytoscapeOptions, networkBatches, shownNetwork, sizeClass, spiralPositions, widthClass } from '../../../renderer/src/stories/network-cytoscape';

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
    // Every actor not drawn comes in the first step, alone; the links follow in batches of at most 100.
    expect(batches[0]!.map((e) => e.group)).toEqual(Array(net.nodes.length - first.nodes.length).fill('nodes'));
    expect(batches.slice(1).every((b) => b.every((e) => e.group === 'edges'))).toBe(true);
    const present = new Set(first.nodes.map((n) => n.id));
    const added: string[] = [];
    for (const batch of batches.slice(1)) expect(batch.length).toBeLessThanOrEqual(100);
    for (const batch of batches) {
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

describe('a big network styled by class (the actor network view)', () => {
  it.each([
    // claims made, most in the network, size class
    [0, 400, 0],
    [1, 400, 0],
    [7, 400, 1],
    [100, 400, 4],
    [399, 400, 7],
    [400, 400, SIZE_CLASSES - 1],
    [3, 1, SIZE_CLASSES - 1],
    [0, 0, 0],
  ])('an actor with %i claims when the busiest made %i is in size class %i', (claims, most, expected) => {
    expect(sizeClass(claims, most)).toBe(expected);
  });

  it.each([
    // claims behind the link, width class
    [1, 1],
    [2, 2],
    [3, 3],
    [5, 3],
    [6, 4],
    [12, 5],
    [100, 6],
  ])('a link standing for %i claims is in width class %i', (claims, expected) => {
    expect(widthClass(claims)).toBe(expected);
  });

  it('styles a big network by type, size, stance and width classes, with no names in the first picture', () => {
    const net = chainNetwork(BIG_NETWORK + 50);
    const options = cytoscapeOptions(shownNetwork(net, FIRST_VIEW_ACTORS), spiralPositions(net));
    const elements = options.elements as unknown as { group: string; data: Record<string, unknown>; classes?: string }[];
    expect(elements.find((e) => e.data.id === 'a0')!.classes).toBe(`type-person size-${SIZE_CLASSES - 1}`);
    expect(elements.find((e) => e.group === 'edges')!.classes).toBe('stance-unknown width-1');
    const styles = options.style as unknown as { selector: string; style: Record<string, unknown> }[];
    // Names only on actors of class `named`: none in the first picture, every one that "Show all" adds.
    expect(styles.filter((s) => 'label' in s.style).map((s) => s.selector)).toEqual(['node.named']);
    expect(elements.some((e) => e.classes?.includes('named'))).toBe(false);
    const added = networkBatches(net, shownNetwork(net, FIRST_VIEW_ACTORS), spiralPositions(net)).flat();
    expect(added.filter((e) => e.group === 'nodes').every((e) => (e.classes as string).split(' ').includes('named'))).toBe(true);
    expect(styles.find((s) => s.selector === '.type-person')!.style['background-color']).toBe('#3b6fb6');
    // A small network keeps its names from the start.
    const small = chainNetwork(20);
    expect((cytoscapeOptions(small, null).style as unknown as { style: Record<string, unknown> }[]).some((s) => s.style.label === 'data(label)')).toBe(true);
  });
});

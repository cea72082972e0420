/**
 * What the actor network view draws and how cytoscape.js is told to draw it, with no React, so the
 * graph bench (tests/bench/graph-paint.ts) runs exactly the view's code. A big network is drawn
 * first as the actors who speak most, with the links between them: building 2,000 actors and
 * 20,000 links takes cytoscape seconds, and an analyst reads the busiest speakers first. "Show all"
 * then adds the rest in batches at idle time (`networkBatches`, `drawInBatches`), every actor at a
 * place fixed before the first paint (`spiralPositions`), so nothing already drawn moves.
 */
import type { Core, CytoscapeOptions, ElementDefinition } from 'cytoscape';
import { ACTOR_TYPE_COLOURS, STANCE_STYLE, type Network, type NetworkEdge, type NetworkNode } from '../../../shared/stories';

/** Actors drawn first when the network has more (by claims made, then claims about them). */
export const FIRST_VIEW_ACTORS = 150;
/** Beyond this many actors: positions on the spiral, straight (haystack) links, labels only when zoomed in. */
export const BIG_NETWORK = 100;
/** Elements (actors and links) added to the picture at most per idle-time batch of "Show all". */
export const BATCH_ELEMENTS = 1_500;
/** Distance between neighbours on the spiral, in cytoscape's model units. */
const SPIRAL_STEP = 16;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Busiest first: claims made, then claims about, then id (stable). */
function byActivity(a: NetworkNode, b: NetworkNode): number {
  return b.claims.length - a.claims.length || b.about.length - a.about.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Every actor's place on a sunflower (Vogel) spiral in order of activity, the busiest in the middle:
 * even density, no layout to run (linear after the sort), the same place whether the actor is
 * drawn in the first view or added later. Pure.
 */
export function spiralPositions(net: Network): Map<string, { x: number; y: number }> {
  const order = [...net.nodes].sort(byActivity);
  return new Map(order.map((n, i) => [n.id, { x: SPIRAL_STEP * Math.sqrt(i) * Math.cos(i * GOLDEN_ANGLE), y: SPIRAL_STEP * Math.sqrt(i) * Math.sin(i * GOLDEN_ANGLE) }]));
}

export interface ShownNetwork extends Network {
  /** Actors and links of the whole network, drawn or not. */
  total: { nodes: number; edges: number };
}

/**
 * The part of `net` to draw: all of it when `limit` is null or not exceeded, else the `limit` actors
 * who made the most claims (then most claimed about, then by id, so the choice is stable) with the
 * links between them. Pure.
 */
export function shownNetwork(net: Network, limit: number | null): ShownNetwork {
  const total = { nodes: net.nodes.length, edges: net.edges.length };
  if (limit === null || net.nodes.length <= limit) return { ...net, total };
  const kept = [...net.nodes].sort(byActivity).slice(0, limit);
  const keep = new Set(kept.map((n) => n.id));
  return { nodes: net.nodes.filter((n) => keep.has(n.id)), edges: net.edges.filter((e) => keep.has(e.source) && keep.has(e.target)), total };
}

type Positions = ReadonlyMap<string, { x: number; y: number }> | null;

/** One actor as a cytoscape element; `most` is the largest count of claims made in the whole network. */
function nodeElement(n: NetworkNode, positions: Positions, most: number): ElementDefinition {
  // A big network's sizes stay within the spacing of the spiral, biggest still the busiest.
  const size = positions ? 8 + 28 * Math.sqrt(n.claims.length / most) : 18 + 8 * Math.sqrt(n.claims.length);
  const position = positions?.get(n.id);
  return { group: 'nodes', data: { id: n.id, label: n.name, size, colour: ACTOR_TYPE_COLOURS[n.type] }, ...(position ? { position: { ...position } } : {}) };
}

function edgeElement(e: NetworkEdge): ElementDefinition {
  return { group: 'edges', data: { id: e.id, kind: e.kind, source: e.source, target: e.target, weight: 1 + Math.log2(e.claims.length), colour: STANCE_STYLE[e.stance ?? 'unknown'].colour } };
}

const mostClaims = (net: Network): number => Math.max(1, ...net.nodes.map((n) => n.claims.length));

/**
 * cytoscape options for drawing `shown` (without the container): the elements as plain objects
 * given to the constructor in one go, styles mapped from their data. `positions` (those of the whole
 * network, from `spiralPositions`) place the actors of a big network; without them a small network
 * is laid out by cose. Serialisable (the bench sends them into a page).
 */
export function cytoscapeOptions(shown: ShownNetwork | Network, positions: Positions): CytoscapeOptions {
  const big = positions !== null;
  // The first view holds the busiest actor, so its sizes match the batches' sizes.
  const most = mostClaims(shown);
  return {
    elements: [...shown.nodes.map((n) => nodeElement(n, positions, most)), ...shown.edges.map(edgeElement)],
    style: [
      {
        selector: 'node',
        // A big network's labels show once zoomed in far enough to read them.
        style: { width: 'data(size)', height: 'data(size)', 'background-color': 'data(colour)', label: 'data(label)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3, 'min-zoomed-font-size': big ? 12 : 0 },
      },
      { selector: 'edge', style: { width: 'data(weight)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'curve-style': big ? 'haystack' : 'bezier' } },
      // Links between actors of one story (network.ts), apart from speaker → subject.
      { selector: 'edge[kind = "story"]', style: { 'line-style': 'dashed' } },
      { selector: ':selected', style: { 'border-width': 3, 'border-color': '#d0342c', 'line-color': '#d0342c' } },
    ],
    layout: big ? { name: 'preset', fit: true, padding: 20 } : { name: 'cose', animate: false, randomize: false },
    wheelSensitivity: 0.3,
    textureOnViewport: big,
    hideEdgesOnViewport: big,
  };
}

/**
 * What "Show all" adds to `drawn` (a part of `net`) to reach the whole: batches of at most about
 * `maxElements` elements, actors in order of activity (the spiral, outwards), each link in the
 * batch of its later end, so a link never arrives before both its actors. Every actor and link
 * not drawn appears in exactly one batch. Pure, linear after the sort.
 */
export function networkBatches(net: Network, drawn: Network, positions: ReadonlyMap<string, { x: number; y: number }>, maxElements = BATCH_ELEMENTS): ElementDefinition[][] {
  const have = new Set(drawn.nodes.map((n) => n.id));
  const haveEdge = new Set(drawn.edges.map((e) => e.id));
  const rest = net.nodes.filter((n) => !have.has(n.id)).sort(byActivity);
  const rank = new Map(rest.map((n, i) => [n.id, i]));
  const owned: NetworkEdge[][] = rest.map(() => []);
  for (const e of net.edges) {
    if (haveEdge.has(e.id)) continue;
    const owner = Math.max(rank.get(e.source) ?? -1, rank.get(e.target) ?? -1);
    // Both ends drawn but the link not: it belongs with the first batch.
    owned[Math.max(0, owner)]?.push(e);
  }
  const most = mostClaims(net);
  const batches: ElementDefinition[][] = [];
  let batch: ElementDefinition[] = [];
  rest.forEach((n, i) => {
    if (batch.length > 0 && batch.length + 1 + owned[i]!.length > maxElements) {
      batches.push(batch);
      batch = [];
    }
    batch.push(nodeElement(n, positions, most), ...owned[i]!.map(edgeElement));
  });
  if (batch.length) batches.push(batch);
  return batches;
}

/**
 * Sets `cy`'s viewport to hold every place in `positions` (with `padding` pixels and room for the
 * biggest actor), before those actors are drawn: "Show all" frames the whole network at once
 * rather than leaving the batches to land outside the first view's frame.
 */
export function fitPlaces(cy: Core, positions: ReadonlyMap<string, { x: number; y: number }>, padding = 20): void {
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  for (const p of positions.values()) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  if (!Number.isFinite(x1)) return;
  const room = 20 + padding;
  const zoom = Math.min(cy.width() / (x2 - x1 + 2 * room), cy.height() / (y2 - y1 + 2 * room));
  const z = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), zoom));
  cy.viewport({ zoom: z, pan: { x: cy.width() / 2 - z * (x1 + x2) / 2, y: cy.height() / 2 - z * (y1 + y2) / 2 } });
}

/** Progress of "Show all": actors and links in the picture. */
export interface DrawProgress {
  actors: number;
  links: number;
  done: boolean;
}

/**
 * Adds `batches` to `cy` one at a time, each when the browser is idle after the previous one has
 * been painted, so pan and zoom stay with the analyst meanwhile; calls `onProgress` after each.
 * Returns a function that stops the batches not yet added (a filter change, "show fewer", unmount).
 */
export function drawInBatches(cy: Core, batches: readonly ElementDefinition[][], onProgress: (p: DrawProgress) => void): () => void {
  let next = 0;
  let stopped = false;
  let idle: number | null = null;
  const schedule = (): void => {
    // The batch before must reach the screen first; then wait for an idle moment (at most 200 ms).
    cy.one('render', () => {
      if (!stopped) idle = requestIdleCallback(step, { timeout: 200 });
    });
  };
  const step = (): void => {
    idle = null;
    if (stopped || cy.destroyed()) return;
    cy.add(batches[next]!);
    next += 1;
    const done = next >= batches.length;
    onProgress({ actors: cy.nodes().length, links: cy.edges().length, done });
    if (!done) schedule();
  };
  if (batches.length === 0) onProgress({ actors: cy.nodes().length, links: cy.edges().length, done: true });
  else idle = requestIdleCallback(step, { timeout: 200 });
  return () => {
    stopped = true;
    if (idle !== null) cancelIdleCallback(idle);
  };
}

/**
 * What the actor network view draws and how cytoscape.js is told to draw it, with no React, so the
 * graph bench (tests/bench/graph-paint.ts) runs exactly the view's code. A big network is drawn
 * first as the actors who speak most, with the links between them: building 2,000 actors and
 * 20,000 links takes cytoscape seconds, and an analyst reads the busiest speakers first. "Show all"
 * then adds every other actor in one step and the links in batches at idle time (`networkBatches`,
 * `drawInBatches`), every actor at a place fixed before the first paint (`spiralPositions`), so
 * nothing already drawn moves.
 */
import type { Core, CytoscapeOptions, ElementDefinition, StylesheetStyle } from 'cytoscape';
import { ACTOR_TYPES } from '../../../shared/domain';
import { ACTOR_TYPE_COLOURS, STANCE_STYLE, type Network, type NetworkEdge, type NetworkNode } from '../../../shared/stories';

/** Actors drawn first when the network has more (by claims made, then claims about them). */
export const FIRST_VIEW_ACTORS = 150;
/** Beyond this many actors: positions on the spiral, straight (haystack) links, labels only when zoomed in. */
export const BIG_NETWORK = 100;
/** Links added to the picture at most per idle-time batch of "Show all" (its first batch holds every actor). */
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

/** Size classes of a big network's actors: a few classes style faster than a size per actor. */
export const SIZE_CLASSES = 8;
/** Width classes of a big network's links (1 claim, 2, 3–5, …). */
const WIDTH_CLASSES = 6;

/**
 * The size class (0 … SIZE_CLASSES - 1) of an actor with `claims` claims made, when the busiest
 * made `most`: by the square root, so the area grows with the claims; the busiest alone in the top
 * class when it stands far above the rest. Pure.
 */
export function sizeClass(claims: number, most: number): number {
  return Math.min(SIZE_CLASSES - 1, Math.floor(SIZE_CLASSES * Math.sqrt(Math.max(0, claims) / Math.max(1, most))));
}

/** Diameter in model units of size class `k`: the middle of its range of 8 + 28 × √(claims / most). */
const classSize = (k: number): number => 8 + (28 * (k + 0.5)) / SIZE_CLASSES;

/** The width class (1 … WIDTH_CLASSES) of a link standing for `claims` claims: 1 + log2, rounded. Pure. */
export function widthClass(claims: number): number {
  return Math.min(WIDTH_CLASSES, Math.max(1, Math.round(1 + Math.log2(Math.max(1, claims)))));
}

/**
 * One actor as a cytoscape element; `most` is the largest count of claims made in the whole network.
 * A big network's actor (`positions` given) carries classes (type, size) rather than data to map:
 * styling 2,000 actors by a dozen class rules takes cytoscape about half the time of per-element mappers.
 */
function nodeElement(n: NetworkNode, positions: Positions, most: number, named = false): ElementDefinition {
  if (!positions) return { group: 'nodes', data: { id: n.id, label: n.name, size: 18 + 8 * Math.sqrt(n.claims.length), colour: ACTOR_TYPE_COLOURS[n.type] } };
  const position = positions.get(n.id);
  return { group: 'nodes', data: { id: n.id, label: n.name }, classes: `type-${n.type} size-${sizeClass(n.claims.length, most)}${named ? ' named' : ''}`, ...(position ? { position: { ...position } } : {}) };
}

function edgeElement(e: NetworkEdge, big: boolean): ElementDefinition {
  const data = { id: e.id, kind: e.kind, source: e.source, target: e.target };
  const stance = e.stance ?? 'unknown';
  if (big) return { group: 'edges', data, classes: `stance-${stance} width-${widthClass(e.claims.length)}${e.kind === 'story' ? ' story' : ''}` };
  return { group: 'edges', data: { ...data, weight: 1 + Math.log2(e.claims.length), colour: STANCE_STYLE[stance].colour } };
}

const mostClaims = (net: Network): number => Math.max(1, ...net.nodes.map((n) => n.claims.length));

/** The actors' names under them; a big network's (class `named`) only once zoomed in far enough to read them. */
function labelStyle(big: boolean): StylesheetStyle {
  return { selector: big ? 'node.named' : 'node', style: { label: 'data(label)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3, 'min-zoomed-font-size': big ? 12 : 0 } };
}

/** A big network's styles: by class (type, size, stance, width), straight links without arrows, names by class. */
function bigNetworkStyle(): StylesheetStyle[] {
  return [
    { selector: 'node', style: { width: classSize(0), height: classSize(0) } },
    ...ACTOR_TYPES.map((t): StylesheetStyle => ({ selector: `.type-${t}`, style: { 'background-color': ACTOR_TYPE_COLOURS[t] } })),
    ...Array.from({ length: SIZE_CLASSES }, (_, k): StylesheetStyle => ({ selector: `.size-${k}`, style: { width: classSize(k), height: classSize(k) } })),
    // Haystack links are straight and draw no arrows: the fastest cytoscape has.
    { selector: 'edge', style: { width: 1, 'curve-style': 'haystack' } },
    ...(Object.keys(STANCE_STYLE) as (keyof typeof STANCE_STYLE)[]).map((k): StylesheetStyle => ({ selector: `.stance-${k}`, style: { 'line-color': STANCE_STYLE[k].colour } })),
    ...Array.from({ length: WIDTH_CLASSES }, (_, i): StylesheetStyle => ({ selector: `.width-${i + 1}`, style: { width: i + 1 } })),
    // Links between actors of one story (network.ts), apart from speaker → subject.
    { selector: 'edge.story', style: { 'line-style': 'dashed' } },
    labelStyle(true),
    { selector: ':selected', style: { 'border-width': 3, 'border-color': '#d0342c', 'line-color': '#d0342c' } },
  ];
}

/**
 * cytoscape options for drawing `shown` (without the container): the elements as plain objects
 * given to the constructor in one go. `positions` (those of the whole network, from
 * `spiralPositions`) place the actors of a big network, styled by class and without names until
 * `showNamesAfterPaint` names them; without positions a small network is laid out by cose, styled
 * from its elements' data, names included. Serialisable (the bench sends them into a page).
 */
export function cytoscapeOptions(shown: ShownNetwork | Network, positions: Positions): CytoscapeOptions {
  const big = positions !== null;
  // The first view holds the busiest actor, so its sizes match the batches' sizes.
  const most = mostClaims(shown);
  return {
    elements: [...shown.nodes.map((n) => nodeElement(n, positions, most)), ...shown.edges.map((e) => edgeElement(e, big))],
    style: big
      ? bigNetworkStyle()
      : [
          { selector: 'node', style: { width: 'data(size)', height: 'data(size)', 'background-color': 'data(colour)' } },
          labelStyle(false),
          { selector: 'edge', style: { width: 'data(weight)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier' } },
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
 * Calls `then` once `cy`'s next render is on screen and the browser is idle (at most 200 ms more):
 * two animation frames after the render, so the work `then` does never delays that paint. Returns
 * a function that cancels the call if it has not happened.
 */
export function afterPaint(cy: Core, then: () => void): () => void {
  let stopped = false;
  let frame: number | null = null;
  let idle: number | null = null;
  const run = (): void => {
    idle = null;
    if (!stopped && !cy.destroyed()) then();
  };
  cy.one('render', () => {
    if (stopped) return;
    frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        frame = null;
        if (!stopped) idle = requestIdleCallback(run, { timeout: 200 });
      });
    });
  });
  return () => {
    stopped = true;
    if (frame !== null) cancelAnimationFrame(frame);
    if (idle !== null) cancelIdleCallback(idle);
  };
}

/**
 * A big network's names (class `named`), given to the actors drawn once their first picture is on
 * screen: measuring their text (hidden until zoomed in, `min-zoomed-font-size`) would delay that
 * picture by about a fifth. The batches of "Show all" come named. Returns a cancel.
 */
export function showNamesAfterPaint(cy: Core): () => void {
  return afterPaint(cy, () => {
    cy.nodes().addClass('named');
  });
}

/**
 * What "Show all" adds to `drawn` (a part of `net`) to reach the whole: first one batch with every
 * actor not drawn (in order of activity, at the places the spiral fixed), so the whole network's
 * actors are on screen after one step; then the links not drawn, in batches of at most
 * `maxElements`, those of the busiest actors first (each link ordered by its later end). A link
 * never arrives before both its actors; every actor and link not drawn appears in exactly one
 * batch. Pure, linear after the sort.
 */
export function networkBatches(net: Network, drawn: Network, positions: ReadonlyMap<string, { x: number; y: number }>, maxElements = BATCH_ELEMENTS): ElementDefinition[][] {
  const have = new Set(drawn.nodes.map((n) => n.id));
  const haveEdge = new Set(drawn.edges.map((e) => e.id));
  const rest = net.nodes.filter((n) => !have.has(n.id)).sort(byActivity);
  const rank = new Map(rest.map((n, i) => [n.id, i]));
  // Links by the rank of their later end; links between two drawn actors come first.
  const owned: NetworkEdge[][] = Array.from({ length: rest.length + 1 }, () => []);
  for (const e of net.edges) {
    if (haveEdge.has(e.id)) continue;
    owned[1 + Math.max(rank.get(e.source) ?? -1, rank.get(e.target) ?? -1)]!.push(e);
  }
  const most = mostClaims(net);
  const batches: ElementDefinition[][] = [];
  // Every actor in one step: the analyst sees the whole network's actors at once; the links are the many.
  if (rest.length) batches.push(rest.map((n) => nodeElement(n, positions, most, true)));
  let batch: ElementDefinition[] = [];
  for (const links of owned) {
    for (const e of links) {
      if (batch.length >= maxElements) {
        batches.push(batch);
        batch = [];
      }
      batch.push(edgeElement(e, true));
    }
  }
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
  let cancel = (): void => {};
  // The picture before (the first one, framed, or the batch before) must reach the screen first.
  const schedule = (): void => {
    cancel = afterPaint(cy, step);
  };
  const step = (): void => {
    if (stopped) return;
    cy.add(batches[next]!);
    next += 1;
    const done = next >= batches.length;
    onProgress({ actors: cy.nodes().length, links: cy.edges().length, done });
    if (!done) schedule();
  };
  if (batches.length === 0) onProgress({ actors: cy.nodes().length, links: cy.edges().length, done: true });
  else schedule();
  return () => {
    stopped = true;
    cancel();
  };
}

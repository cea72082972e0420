/**
 * What the actor network view draws and how cytoscape.js is told to draw it, as plain data (no DOM,
 * no React) so the graph bench (tests/bench/graph-paint.ts) times exactly the view's settings.
 * A big network is drawn first as the actors who speak most, with the links between them: the whole
 * of 2,000 actors and 20,000 links takes seconds to build in the library, and an analyst reads the
 * busiest speakers first; "Show all" draws the rest.
 */
import type { CytoscapeOptions } from 'cytoscape';
import { ACTOR_TYPE_COLOURS, STANCE_STYLE, type Network } from '../../../shared/stories';

/** Actors drawn first when the network has more (by claims made, then claims about them). */
export const FIRST_VIEW_ACTORS = 150;
/** Beyond this many drawn actors: concentric layout, straight (haystack) links, labels only when zoomed in. */
export const BIG_NETWORK = 100;

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
  const kept = [...net.nodes]
    .sort((a, b) => b.claims.length - a.claims.length || b.about.length - a.about.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit);
  const keep = new Set(kept.map((n) => n.id));
  return { nodes: net.nodes.filter((n) => keep.has(n.id)), edges: net.edges.filter((e) => keep.has(e.source) && keep.has(e.target)), total };
}

/**
 * cytoscape options for drawing `net` (without the container): the elements as plain objects given
 * to the constructor in one go, styles mapped from their data. Serialisable (the bench sends them
 * into a page).
 */
export function cytoscapeOptions(net: Network): CytoscapeOptions {
  const big = net.nodes.length > BIG_NETWORK;
  return {
    elements: [
      ...net.nodes.map((n) => ({ data: { id: n.id, label: n.name, size: 18 + 8 * Math.sqrt(n.claims.length), colour: ACTOR_TYPE_COLOURS[n.type] } })),
      ...net.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, weight: 1 + Math.log2(e.claims.length), colour: STANCE_STYLE[e.stance ?? 'unknown'].colour } })),
    ],
    style: [
      {
        selector: 'node',
        // A big network's labels show once zoomed in far enough to read them.
        style: { width: 'data(size)', height: 'data(size)', 'background-color': 'data(colour)', label: 'data(label)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3, 'min-zoomed-font-size': big ? 12 : 0 },
      },
      { selector: 'edge', style: { width: 'data(weight)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'curve-style': big ? 'haystack' : 'bezier' } },
      { selector: ':selected', style: { 'border-width': 3, 'border-color': '#d0342c', 'line-color': '#d0342c' } },
    ],
    layout: big ? { name: 'concentric', animate: false } : { name: 'cose', animate: false, randomize: false },
    wheelSensitivity: 0.3,
    textureOnViewport: big,
    hideEdgesOnViewport: big,
  };
}

/**
 * The graph bench's comparison (issue 15 asks to measure both libraries): the actor network drawn
 * by sigma.js 3 (WebGL) over a graphology graph, with the view's colours, sizes by claims made,
 * arrows by stance, edge clicks on, labels in their own direction, and the view's positions
 * (`spiralPositions`; sigma does not lay out). Measured in tests/bench/graph-paint.ts; sigma and
 * graphology are development dependencies only: under the software WebGL of this machine it did
 * not meet the target (docs/benchmarks.md), so the view draws with cytoscape.js.
 */
import Graph from 'graphology';
import { drawDiscNodeHover, drawDiscNodeLabel } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { ACTOR_TYPE_COLOURS, STANCE_STYLE, type Network } from '../../shared/stories';
import { firstStrongDir } from '../../shared/briefing/direction';
import { neutraliseDirectionControls } from '../../shared/direction-controls';
import { spiralPositions } from '../../renderer/src/stories/network-cytoscape';

export interface NodeAttributes {
  x: number;
  y: number;
  /** Radius in screen pixels at zoom 1. */
  size: number;
  color: string;
  label: string;
}
export interface EdgeAttributes {
  size: number;
  color: string;
}

/**
 * The network as a graphology graph with sigma's attributes: node radius grows with the square root
 * of claims made and shrinks as the network grows (so 2,000 actors fit the canvas), links are
 * arrows coloured by stance and as thick as the log of their claims.
 */
export function sigmaGraph(net: Network): Graph<NodeAttributes, EdgeAttributes> {
  const graph = new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: false, allowSelfLoops: false });
  const pos = spiralPositions(net);
  const most = Math.max(1, ...net.nodes.map((n) => n.claims.length));
  const base = Math.min(7, Math.max(2, 120 / Math.sqrt(Math.max(1, net.nodes.length))));
  for (const n of net.nodes) {
    const p = pos.get(n.id)!;
    graph.addNode(n.id, { x: p.x, y: p.y, size: base * (1 + 1.5 * Math.sqrt(n.claims.length / most)), color: ACTOR_TYPE_COLOURS[n.type], label: neutraliseDirectionControls(n.name) });
  }
  for (const e of net.edges) {
    graph.addDirectedEdgeWithKey(e.id, e.source, e.target, { size: Math.min(4, 0.6 + 0.6 * Math.log2(e.claims.length)), color: STANCE_STYLE[e.stance ?? 'unknown'].colour });
  }
  return graph;
}

/** Runs `draw` with the canvas's base direction from the label's first strong letter, the text still right of the node. */
function inLabelDirection(context: CanvasRenderingContext2D, label: string | null | undefined, draw: () => void): void {
  context.save();
  context.direction = (label ? firstStrongDir(label) : null) ?? 'ltr';
  context.textAlign = 'left';
  try {
    draw();
  } finally {
    context.restore();
  }
}

/** sigma settings: arrows, edge clicks on, labels once big enough on screen, edges hidden while the camera moves. */
export function sigmaSettings(): Partial<Settings<NodeAttributes, EdgeAttributes>> {
  return {
    defaultEdgeType: 'arrow',
    enableEdgeEvents: true,
    renderEdgeLabels: false,
    // Its fastest setting under software WebGL: a full frame of 20,000 arrows takes seconds there.
    hideEdgesOnMove: true,
    hideLabelsOnMove: true,
    labelRenderedSizeThreshold: 7,
    labelSize: 12,
    labelFont: 'system-ui, sans-serif',
    zIndex: false,
    defaultDrawNodeLabel: (context, data, settings) => inLabelDirection(context, data.label, () => drawDiscNodeLabel(context, data, settings)),
    defaultDrawNodeHover: (context, data, settings) => inLabelDirection(context, data.label, () => drawDiscNodeHover(context, data, settings)),
  };
}

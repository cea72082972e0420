/**
 * The briefing's actor network picture: who speaks about whom among the briefing's claims, drawn as
 * a standalone SVG from the same graph data as the Stories view's network (shared/stories/network.ts).
 * Layout is cytoscape.js's force-directed "cose", run headless (no DOM) from a fixed circle so the
 * same briefing gives the same picture; this module only turns positions into SVG shapes. Given the
 * case's stories, links between actors of one story (a denier and the statement it denies, a body and
 * its spokesperson) are drawn dashed, beside the solid speaker → subject arrows.
 */
import cytoscape from 'cytoscape';
import type { ActorType, CaseData } from '../domain';
import { ACTOR_TYPE_COLOURS, STANCE_STYLE, STORY_LINK_LABEL, actorNetwork, type NetworkEdge, type Stance, type Story } from '../stories';
import { dirOf } from './direction';

export interface BriefingNetworkNode {
  id: string;
  name: string;
  type: ActorType;
  /** Claims of the briefing this actor made. */
  claims: number;
}

export interface BriefingNetworkEdge {
  /** 'about': speaker → subject; 'story': actors of one story (network.ts). */
  kind: NetworkEdge['kind'];
  source: string;
  target: string;
  stance: Stance | 'mixed' | null;
  claims: number;
}

export interface BriefingNetwork {
  nodes: BriefingNetworkNode[];
  edges: BriefingNetworkEdge[];
  /** Actors in the whole network before the picture kept the most involved ones. */
  totalNodes: number;
}

/** A picture beyond this many actors is unreadable on a page: the most involved are kept. */
export const MAX_PICTURE_NODES = 60;

/**
 * The network of the briefing's claims (`claimIds`, pending picks counted as accepted), keeping the
 * MAX_PICTURE_NODES actors with most claims made and about them. `stories` (caseStories of the same
 * case and claims) add the story links among the briefing's claims; without them there are none.
 * Null when no claim links two actors.
 */
export function briefingNetwork(data: Pick<CaseData, 'actors' | 'annotations' | 'articles'>, claimIds: ReadonlySet<string>, stories?: readonly Story[]): BriefingNetwork | null {
  const annotations = data.annotations.flatMap((a) => {
    if (a.kind === 'claim') return claimIds.has(a.id) ? [{ ...a, review: 'accepted' as const }] : [];
    return [a];
  });
  const net = actorNetwork({ actors: data.actors, annotations, articles: data.articles, stories: stories ?? null });
  if (net.edges.length === 0) return null;
  const weight = new Map(net.nodes.map((n) => [n.id, n.claims.length + n.about.length]));
  const kept = [...net.nodes]
    .sort((a, b) => (weight.get(b.id) ?? 0) - (weight.get(a.id) ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, MAX_PICTURE_NODES);
  const keep = new Set(kept.map((n) => n.id));
  return {
    nodes: kept.map((n) => ({ id: n.id, name: n.name, type: n.type, claims: n.claims.length })),
    edges: net.edges.filter((e) => keep.has(e.source) && keep.has(e.target)).map((e) => ({ kind: e.kind, source: e.source, target: e.target, stance: e.stance, claims: e.claims.length })),
    totalNodes: net.nodes.length,
  };
}

export interface NetworkSvgOptions {
  /** Picture width in CSS pixels (user units); the height follows the layout. Default 640. */
  width?: number;
  /** font-family for labels. */
  fontFamily?: string;
}

const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

const radius = (claims: number): number => 5 + 3.5 * Math.sqrt(claims);

function shortName(name: string): string {
  const chars = [...name];
  return chars.length > 26 ? `${chars.slice(0, 25).join('')}…` : name;
}

/** Node positions by cytoscape's cose layout, headless and seeded on a circle (deterministic). */
function layout(net: BriefingNetwork): Map<string, { x: number; y: number }> {
  // A story link beside an arrow between the same pair would pull the two onto each other.
  const pair = (e: BriefingNetworkEdge): string => [e.source, e.target].sort().join('\u0000');
  const linked = new Set(net.edges.filter((e) => e.kind === 'about').map(pair));
  const springs = net.edges.filter((e) => e.kind === 'about' || !linked.has(pair(e)));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...net.nodes.map((n) => ({ data: { id: n.id, size: 2 * radius(n.claims) } })),
      ...springs.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target } })),
    ],
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
  });
  try {
    const n = net.nodes.length;
    cy.nodes().forEach((node, i) => {
      node.position({ x: 200 * Math.cos((2 * Math.PI * i) / n), y: 200 * Math.sin((2 * Math.PI * i) / n) });
    });
    cy.layout({ name: 'cose', animate: false, randomize: false, fit: false, nodeRepulsion: () => 60_000, idealEdgeLength: () => 90, numIter: 1000 } as cytoscape.LayoutOptions).run();
    return new Map(cy.nodes().map((node) => [node.id(), { ...node.position() }]));
  } finally {
    // A headless instance keeps a timer alive until destroyed (the CLI would not exit).
    cy.destroy();
  }
}

/**
 * The network as a standalone SVG document (no scripts, no external references): nodes coloured by
 * actor type and sized by claims made, arrows from speaker to subject coloured by stance, names
 * under the nodes in their own direction, and a legend of stance colours and actor types.
 */
export function networkSvg(net: BriefingNetwork, opts: NetworkSvgOptions = {}): string {
  const width = opts.width ?? 640;
  const font = opts.fontFamily ?? "'Noto Sans', 'Amiri', sans-serif";
  const pos = layout(net);
  const xs = [...pos.values()].map((p) => p.x);
  const ys = [...pos.values()].map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const pad = 70;
  const scale = Math.min(1.6, (width - 2 * pad) / Math.max(1, maxX - minX));
  const plotH = Math.max(120, (maxY - minY) * scale);
  const at = (id: string): { x: number; y: number } => {
    const p = pos.get(id) ?? { x: 0, y: 0 };
    const x = maxX === minX ? width / 2 : pad + (p.x - minX) * scale + (width - 2 * pad - (maxX - minX) * scale) / 2;
    return { x, y: 30 + (p.y - minY) * scale };
  };
  const r = new Map(net.nodes.map((n) => [n.id, radius(n.claims)]));
  const round = (v: number): string => v.toFixed(1);
  const out: string[] = [];

  for (const e of net.edges) {
    const a = at(e.source);
    const b = at(e.target);
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const [ux, uy] = [(b.x - a.x) / len, (b.y - a.y) / len];
    const story = e.kind === 'story';
    // A story link runs beside the speaker → subject arrow between the same pair, not over it.
    const [ox, oy] = story ? [-uy * 4, ux * 4] : [0, 0];
    const from = { x: a.x + ux * (r.get(e.source) ?? 5) + ox, y: a.y + uy * (r.get(e.source) ?? 5) + oy };
    const to = { x: b.x - ux * ((r.get(e.target) ?? 5) + 2) + ox, y: b.y - uy * ((r.get(e.target) ?? 5) + 2) + oy };
    const stance = e.stance ?? 'unknown';
    out.push(
      `<line class="edge ${story ? 'story ' : ''}stance-${stance}" x1="${round(from.x)}" y1="${round(from.y)}" x2="${round(to.x)}" y2="${round(to.y)}" stroke="${STANCE_STYLE[stance].colour}" stroke-width="${round(1.2 + Math.log2(e.claims))}"${story ? ' stroke-dasharray="5 3"' : ''} marker-end="url(#arrow-${stance})"/>`,
    );
  }
  for (const n of net.nodes) {
    const p = at(n.id);
    const rad = r.get(n.id) ?? 5;
    const name = shortName(n.name);
    const rtl = dirOf(name) === 'rtl';
    out.push(`<circle class="node" cx="${round(p.x)}" cy="${round(p.y)}" r="${round(rad)}" fill="${ACTOR_TYPE_COLOURS[n.type]}" stroke="#fff" stroke-width="1"><title>${escapeXml(n.name)}</title></circle>`);
    out.push(`<text x="${round(p.x)}" y="${round(p.y + rad + 11)}" text-anchor="middle" paint-order="stroke" stroke="#fff" stroke-width="3"${rtl ? ' direction="rtl" unicode-bidi="embed"' : ''}>${escapeXml(name)}</text>`);
  }

  // Legend: stance colours, then actor types present.
  const legendY = 30 + plotH + 40;
  const legend: string[] = [];
  let x = 10;
  for (const key of ['support', 'deny', 'mixed', 'unknown'] as const) {
    const { colour, label } = STANCE_STYLE[key];
    legend.push(`<line x1="${x}" y1="${legendY}" x2="${x + 22}" y2="${legendY}" stroke="${colour}" stroke-width="2.5"/><text x="${x + 27}" y="${legendY + 4}">${escapeXml(label)}</text>`);
    x += 34 + label.length * 5.6;
  }
  // The dashed line only where the picture has one, on its own row (the stance row is full).
  const storyRow = net.edges.some((e) => e.kind === 'story');
  if (storyRow) {
    legend.push(`<line class="legend-story" x1="10" y1="${legendY + 16}" x2="32" y2="${legendY + 16}" stroke="#555" stroke-width="2" stroke-dasharray="5 3"/><text x="37" y="${legendY + 20}">${escapeXml(STORY_LINK_LABEL)}</text>`);
  }
  let tx = 10;
  const typeY = legendY + (storyRow ? 34 : 18);
  for (const t of [...new Set(net.nodes.map((n) => n.type))].sort()) {
    legend.push(`<circle cx="${tx + 5}" cy="${typeY}" r="5" fill="${ACTOR_TYPE_COLOURS[t]}"/><text x="${tx + 14}" y="${typeY + 4}">${escapeXml(t)}</text>`);
    tx += 24 + t.length * 6;
  }
  const height = Math.ceil(typeY + 14);
  const markers = (['support', 'deny', 'mixed', 'unknown'] as const)
    .map((k) => `<marker id="arrow-${k}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${STANCE_STYLE[k].colour}"/></marker>`)
    .join('');
  const caption = net.totalNodes > net.nodes.length ? `The ${net.nodes.length} actors most involved, of ${net.totalNodes}.` : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="network-picture" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Actor network: who speaks about whom">`,
    `<defs>${markers}</defs>`,
    `<g font-family="${escapeXml(font)}" font-size="10" fill="#222">`,
    ...out,
    `<g class="legend" font-size="9">${legend.join('')}</g>`,
    caption ? `<text x="10" y="${legendY - 14}" font-size="9" fill="#555">${escapeXml(caption)}</text>` : '',
    '</g>',
    '</svg>',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * Graph library bench row: the actor network at 2,000 actors and 20,000 links, drawn in Chromium by
 * cytoscape.js with the Stories view's settings for a big network (haystack edges, texture and
 * hidden edges while the viewport moves, no labels). Measured: first paint (from creating the
 * graph to the second animation frame after the library's first render) and the frame times while
 * the mouse wheel zooms and a drag pans, as a user would.
 *
 * The comparison with sigma + graphology runs the same harness when SIGMA_BUNDLE names a script
 * that puts `Sigma` and `Graph` on window (an IIFE bundle built outside the project, see
 * docs/benchmarks.md): sigma is not a dependency of Claimwork, only measured against.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Page } from '@playwright/test';
import { launchOptions, resolveBrowser } from '../../electron/services/export/browser';
import type { BenchRow } from './renderer';
import os from 'node:os';
import type { CytoscapeOptions } from 'cytoscape';
import { ACTOR_TYPES } from '../../shared/domain';
import type { Network } from '../../shared/stories';
import { FIRST_VIEW_ACTORS, cytoscapeOptions, shownNetwork } from '../../renderer/src/stories/network-cytoscape';

export const GRAPH_NODES = 2_000;
export const GRAPH_EDGES = 20_000;
/** Rounds per drawing (GRAPH_ROUNDS in the environment): the median is reported, the machine being shared. */
const GRAPH_ROUNDS = Math.max(1, Number(process.env.GRAPH_ROUNDS ?? 3));

/** A deterministic graph: a few hubs speak about many (preferential), the rest at random; positions on a spiral. */
export function benchGraph(nodes = GRAPH_NODES, edges = GRAPH_EDGES): { nodes: { id: string; x: number; y: number; size: number }[]; edges: { id: string; source: string; target: string }[] } {
  let seed = 42;
  const rnd = (): number => {
    seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
    return seed / 2 ** 32;
  };
  const ns = Array.from({ length: nodes }, (_, i) => {
    const r = 12 * Math.sqrt(i);
    const a = i * 2.399963;
    return { id: `n${i}`, x: r * Math.cos(a), y: r * Math.sin(a), size: 4 + 6 * rnd() };
  });
  const seen = new Set<string>();
  const es: { id: string; source: string; target: string }[] = [];
  while (es.length < edges) {
    const s = Math.floor(nodes * rnd() ** 2);
    const t = Math.floor(nodes * rnd());
    const key = `${s}→${t}`;
    if (s === t || seen.has(key)) continue;
    seen.add(key);
    es.push({ id: `e${es.length}`, source: `n${s}`, target: `n${t}` });
  }
  return { nodes: ns, edges: es };
}

interface Paint {
  firstPaintMs: number;
  /** Of which building the graph (cytoscape: its elements and styles; sigma: the graphology graph). */
  builtMs: number | null;
  frames: { median: number; p95: number; max: number; count: number };
}

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};

/** Wheel zoom in and out, then a drag, while the page records the time between animation frames. */
async function interact(page: Page): Promise<Paint['frames']> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __rec: boolean };
    w.__frames = [];
    w.__rec = true;
    let last = performance.now();
    const loop = (t: number): void => {
      w.__frames.push(t - last);
      last = t;
      if (w.__rec) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  await page.mouse.move(400, 300);
  for (let i = 0; i < 12; i += 1) {
    await page.mouse.wheel(0, i < 6 ? -120 : 120);
    await page.waitForTimeout(30);
  }
  await page.mouse.down();
  await page.mouse.move(580, 390, { steps: 30 });
  await page.mouse.up();
  await page.waitForTimeout(100);
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __rec: boolean };
    w.__rec = false;
    return w.__frames.slice(1);
  });
  return { median: quantile(frames, 0.5), p95: quantile(frames, 0.95), max: Math.max(...frames), count: frames.length };
}

/** The bench graph as the Stories view's network: claims made = links out, claims about = links in. */
export function benchNetwork(): Network {
  const g = benchGraph();
  const made = new Map<string, string[]>();
  const about = new Map<string, string[]>();
  for (const e of g.edges) {
    made.set(e.source, [...(made.get(e.source) ?? []), e.id]);
    about.set(e.target, [...(about.get(e.target) ?? []), e.id]);
  }
  return {
    nodes: g.nodes.map((n, i) => ({ id: n.id, name: `Actor ${i}`, type: ACTOR_TYPES[i % ACTOR_TYPES.length]!, claims: made.get(n.id) ?? [], about: about.get(n.id) ?? [] })),
    edges: g.edges.map((e) => ({ ...e, claims: [e.id], stance: null })),
  };
}

async function measure(page: Page, lib: 'cytoscape' | 'sigma', script: string, options: CytoscapeOptions | null = null): Promise<Paint> {
  await page.setContent('<!doctype html><html><body style="margin:0"><div id="box" style="width:800px;height:600px;position:relative"></div></body></html>');
  // tsx compiles this file keeping function names through a `__name` helper that the page lacks.
  await page.addScriptTag({ content: `window.__name = (f) => f;\n${script}` });
  const graph = benchGraph();
  const paint = await page.evaluate(
    async ({ lib, graph, optionsJson }) => {
      const box = document.getElementById('box') as HTMLElement;
      const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));
      const t0 = performance.now();
      // The libraries arrive as page scripts, untyped here.
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const w = window as unknown as Record<string, any>;
      if (lib === 'cytoscape') {
        // The Stories view's own options (renderer/src/stories/network-cytoscape.ts), layout included.
        const cy = w.cytoscape({ container: box, ...JSON.parse(optionsJson ?? '{}') });
        (window as unknown as { __built?: number }).__built = performance.now() - t0;
        await new Promise<void>((r) => cy.one('render', () => r()));
      } else {
        const g = new w.Graph();
        for (const n of graph.nodes) g.addNode(n.id, { x: n.x, y: n.y, size: n.size / 2, color: '#3b6fb6' });
        for (const e of graph.edges) g.addEdgeWithKey(e.id, e.source, e.target, { color: '#9aa4b5', size: 0.5 });
        w.__built = performance.now() - t0;
        w.__sigma = new w.Sigma(g, box, { renderLabels: false });
      }
      await frame();
      await frame();
      return { painted: performance.now() - t0, built: (window as unknown as { __built?: number }).__built ?? null };
    },
    // As JSON: cytoscape's option types are too deep for Playwright's serialisable type.
    { lib, graph, optionsJson: options ? JSON.stringify(options) : null },
  );
  return { firstPaintMs: paint.painted, builtMs: paint.built, frames: await interact(page) };
}

/** Rows for cytoscape (and sigma when SIGMA_BUNDLE is set): first paint and pan/zoom frame times. */
export async function graphPaintRows(): Promise<{ rows: BenchRow[]; summary: string }> {
  const require = createRequire(import.meta.url);
  const cytoscapeJs = readFileSync(require.resolve('cytoscape/dist/cytoscape.min.js'), 'utf8');
  const sigmaBundle = process.env.SIGMA_BUNDLE ? readFileSync(process.env.SIGMA_BUNDLE, 'utf8') : null;
  const browser = await chromium.launch(launchOptions(await resolveBrowser(), false));
  const rows: BenchRow[] = [];
  try {
    // The view draws the actors who speak most first; "Show all" draws the whole network.
    const net = benchNetwork();
    const first = shownNetwork(net, FIRST_VIEW_ACTORS);
    const runs: { label: string; lib: 'cytoscape' | 'sigma'; script: string; options: CytoscapeOptions | null }[] = [
      { label: `cytoscape, first view (${first.nodes.length} of ${GRAPH_NODES.toLocaleString('en')} actors, ${first.edges.length.toLocaleString('en')} links)`, lib: 'cytoscape', script: cytoscapeJs, options: cytoscapeOptions(first) },
      { label: `cytoscape, Show all (${GRAPH_NODES.toLocaleString('en')} actors, ${GRAPH_EDGES.toLocaleString('en')} links)`, lib: 'cytoscape', script: cytoscapeJs, options: cytoscapeOptions(net) },
    ];
    if (sigmaBundle) runs.push({ label: `sigma (${GRAPH_NODES.toLocaleString('en')} actors, ${GRAPH_EDGES.toLocaleString('en')} links, preset positions)`, lib: 'sigma', script: sigmaBundle, options: null });
    for (const run of runs) {
      // Each round on a fresh page (nothing cached from the round before); the frames of the last round.
      const paints: Paint[] = [];
      for (let round = 0; round < GRAPH_ROUNDS; round += 1) {
        const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
        try {
          paints.push(await measure(page, run.lib, run.script, run.options));
        } finally {
          await page.close();
        }
      }
      const painted = paints.map((p) => p.firstPaintMs);
      const built = paints.flatMap((p) => (p.builtMs === null ? [] : [p.builtMs]));
      const { frames } = paints[paints.length - 1]!;
      const spread = `n=${paints.length}, ${Math.min(...painted).toFixed(0)}–${Math.max(...painted).toFixed(0)} ms`;
      rows.push([`network ${run.label}: first paint`, `median ${quantile(painted, 0.5).toFixed(0)} ms${built.length ? ` (building ${quantile(built, 0.5).toFixed(0)} ms)` : ''}`, spread, '< 1 s']);
      rows.push([`  pan and zoom frame time`, `median ${frames.median.toFixed(0)} ms, p95 ${frames.p95.toFixed(0)} ms`, `max ${frames.max.toFixed(0)} ms, ${frames.count} frames`, 'smooth: p95 ≤ 33 ms']);
    }
  } finally {
    await browser.close();
  }
  return {
    rows,
    summary: `network: ${GRAPH_NODES} actors and ${GRAPH_EDGES} links with the Stories view's cytoscape options (first view: the ${FIRST_VIEW_ACTORS} who speak most; Show all: every actor), median of ${GRAPH_ROUNDS} rounds, load average ${os.loadavg()[0]!.toFixed(1)} at the end, in headless Chromium (software rendering)${sigmaBundle ? '; sigma from SIGMA_BUNDLE' : '; set SIGMA_BUNDLE to compare sigma'}`,
  };
}

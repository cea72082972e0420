/**
 * Graph library bench rows: the actor network at 2,000 actors and 20,000 links, drawn in Chromium
 * by the actor network view's own code (renderer/src/stories/network-cytoscape.ts: "Show all" as
 * the first view, then idle-time batches), by cytoscape.js all at once, and by sigma.js + graphology
 * (tests/bench/network-sigma.ts, the comparison issue 15 asks for). Measured: first paint (from the
 * network's data to the second animation frame after the library's first render, framed to the
 * whole network for Show all; names and batches wait for that paint), for the batches
 * the time until every actor is on screen and the frame times meanwhile, and the frame times while
 * the mouse wheel zooms and a drag pans, as a user would.
 */
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { launchOptions, resolveBrowser } from '../../electron/services/export/browser';
import type { BenchRow } from './renderer';
import os from 'node:os';
import { ACTOR_TYPES } from '../../shared/domain';
import type { Network } from '../../shared/stories';
import { FIRST_VIEW_ACTORS } from '../../renderer/src/stories/network-cytoscape';

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
  /** Show all in batches: until the last batch is on screen, and the frames meanwhile. */
  completeMs: number | null;
  /** Show all in batches: until every actor is on screen (its first batch painted). */
  actorsMs: number | null;
  during: number[];
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
    edges: g.edges.map((e) => ({ ...e, kind: 'about' as const, relation: null, statement: [], claims: [e.id], stance: null })),
  };
}

/** The view's Show all (first view, then batches), everything at once in cytoscape, or sigma. */
type Drawing = 'batches' | 'cytoscape' | 'sigma';

async function measure(page: Page, drawing: Drawing, script: string, net: Network): Promise<Paint> {
  await page.setContent('<!doctype html><html><body style="margin:0"><div id="box" style="width:800px;height:600px;position:relative"></div></body></html>');
  // tsx compiles this file keeping function names through a `__name` helper that the page lacks.
  await page.addScriptTag({ content: `window.__name = (f) => f;\n${script}` });
  const paint = await page.evaluate(
    async ({ drawing, netJson }) => {
      const box = document.getElementById('box') as HTMLElement;
      const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));
      // The bundle's functions arrive as page globals, untyped here.
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const w = window as unknown as Record<string, any>;
      const network = JSON.parse(netJson);
      const t0 = performance.now();
      let built: number;
      let complete: Promise<number> | null = null;
      let actors: number | null = null;
      if (drawing === 'sigma') {
        const graph = w.sigmaGraph(network);
        built = performance.now() - t0;
        w.__sigma = new w.Sigma(graph, box, w.sigmaSettings());
      } else {
        // The view's own code (renderer/src/stories/network-cytoscape.ts), as NetworkView calls it.
        const spiral = w.spiralPositions(network);
        const first = drawing === 'batches' ? w.shownNetwork(network, w.FIRST_VIEW_ACTORS) : network;
        const cy = w.cytoscape({ container: box, ...w.cytoscapeOptions(first, spiral) });
        // As the view: the names once the first picture is on screen.
        w.showNamesAfterPaint(cy);
        built = performance.now() - t0;
        await new Promise<void>((r) => cy.one('render', () => r()));
        if (drawing === 'batches') {
          w.fitPlaces(cy, spiral);
          const batches = w.networkBatches(network, first, spiral);
          complete = new Promise<number>((resolve) =>
            w.drawInBatches(cy, batches, (p: { done: boolean; actors: number }) => {
              if (actors === null && p.actors === network.nodes.length) cy.one('render', () => void frame().then(() => (actors ??= performance.now() - t0)));
              if (p.done) cy.one('render', () => resolve(performance.now() - t0));
            }),
          );
        }
      }
      await frame();
      await frame();
      const painted = performance.now() - t0;
      // Frames while the batches are added: the pauses an analyst panning meanwhile would feel.
      const during: number[] = [];
      let completed: number | null = null;
      if (complete) {
        let done = false;
        void complete.then((t) => {
          completed = t;
          done = true;
        });
        let last = performance.now();
        while (!done) {
          await frame();
          const now = performance.now();
          during.push(now - last);
          last = now;
        }
      }
      return { painted, built, completed, actors, during };
    },
    { drawing, netJson: JSON.stringify(net) },
  );
  return { firstPaintMs: paint.painted, builtMs: paint.built, completeMs: paint.completed, actorsMs: paint.actors, during: paint.during, frames: await interact(page) };
}

/** The view's drawing code and the sigma comparison as one page script (esbuild, as the app's bundle includes them). */
async function pageScript(): Promise<string> {
  const { build } = await import('esbuild');
  const out = await build({ entryPoints: [fileURLToPath(new URL('./graph-paint-entry.ts', import.meta.url))], bundle: true, format: 'iife', minify: true, write: false, logLevel: 'error' });
  return out.outputFiles[0]!.text;
}

/**
 * Rows for the actor network view (sigma.js + graphology) and, on the same graph, the cytoscape.js
 * drawing it replaced: first paint and pan/zoom frame times. Rounds alternate between the two
 * (sigma, cytoscape, sigma, …) so a change of load touches both.
 */
export async function graphPaintRows(): Promise<{ rows: BenchRow[]; summary: string }> {
  const script = await pageScript();
  const browser = await chromium.launch(launchOptions(await resolveBrowser(), false));
  const rows: BenchRow[] = [];
  const load = os.loadavg()[0]!;
  try {
    const net = benchNetwork();
    const size = `${GRAPH_NODES.toLocaleString('en')} actors, ${GRAPH_EDGES.toLocaleString('en')} links`;
    const runs: { label: string; drawing: Drawing; paints: Paint[] }[] = [
      { label: `the view's Show all (cytoscape 3.34: the ${FIRST_VIEW_ACTORS} who speak most in the whole network's frame; after that paint the names, every other actor in one step, then the links in idle-time batches), ${size}`, drawing: 'batches', paints: [] },
      { label: `cytoscape 3.34, all at once (the view's styles, names after the paint), ${size}`, drawing: 'cytoscape', paints: [] },
      { label: `sigma 3.0.3 + graphology 0.26 (WebGL), all at once, ${size}`, drawing: 'sigma', paints: [] },
    ];
    for (let round = 0; round < GRAPH_ROUNDS; round += 1) {
      for (const run of runs) {
        // Each round on a fresh page (nothing cached from the round before); the frames of the last round.
        const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
        try {
          run.paints.push(await measure(page, run.drawing, script, net));
        } finally {
          await page.close();
        }
      }
    }
    const ms = (x: number): string => `${x.toFixed(0)} ms`;
    for (const { label, paints } of runs) {
      const painted = paints.map((p) => p.firstPaintMs);
      const built = paints.flatMap((p) => (p.builtMs === null ? [] : [p.builtMs]));
      const { frames } = paints[paints.length - 1]!;
      const spread = `n=${paints.length}, ${ms(Math.min(...painted))}–${ms(Math.max(...painted))}`;
      rows.push([`network ${label}: first paint`, `median ${ms(quantile(painted, 0.5))}${built.length ? ` (building ${ms(quantile(built, 0.5))})` : ''}`, spread, '< 1 s']);
      const completed = paints.flatMap((p) => (p.completeMs === null ? [] : [p.completeMs]));
      if (completed.length) {
        const during = paints.flatMap((p) => p.during);
        const actors = paints.flatMap((p) => (p.actorsMs === null ? [] : [p.actorsMs]));
        rows.push([`  every actor on screen (Show all's first batch painted)`, `median ${ms(quantile(actors, 0.5))}`, `${ms(Math.min(...actors))}–${ms(Math.max(...actors))}`, '< 1 s']);
        rows.push([`  every link drawn`, `median ${ms(quantile(completed, 0.5))}`, `${ms(Math.min(...completed))}–${ms(Math.max(...completed))}`, '']);
        rows.push([`  frame time while the batches are added`, `median ${ms(quantile(during, 0.5))}, p95 ${ms(quantile(during, 0.95))}`, `max ${ms(Math.max(...during))}, ${during.length} frames`, 'p95 ≤ 50 ms']);
      }
      rows.push([`  pan and zoom frame time${completed.length ? ', all drawn' : ''}`, `median ${ms(frames.median)}, p95 ${ms(frames.p95)}`, `max ${ms(frames.max)}, ${frames.count} frames`, 'smooth: p95 ≤ 50 ms']);
    }
  } finally {
    await browser.close();
  }
  return {
    rows,
    summary: `network: ${GRAPH_NODES} actors and ${GRAPH_EDGES} links drawn by the actor network view's code (cytoscape) and by sigma for comparison, rounds alternating, median of ${GRAPH_ROUNDS} rounds, load average ${load.toFixed(1)} at the start and ${os.loadavg()[0]!.toFixed(1)} at the end, in headless Chromium (no GPU: canvas in software, WebGL in SwiftShader)`,
  };
}

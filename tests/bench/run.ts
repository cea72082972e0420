/**
 * `npm run bench`: back-end figures on a generated case (fixed seed) of 1,000 articles drawn from
 * ../shared/eval/dev, 20,000 annotations and 2,000 actors. Each figure is also printed as a ratio to
 * a baseline measured in the same run, so it reads the same on a busy machine. Prints a table; never
 * part of `npm test`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { analyzeText } from '../../shared/analysis/analyze';
import { anchorAll } from '../../shared/anchoring/anchor';
import { describeRange } from '../../shared/anchoring/describe';
import { defaultClaim } from '../../shared/case-ops';
import { emptyCase, type Actor, type Annotation, type Article, type CaseData } from '../../shared/domain';
import { canonicalText, detectLang, directionOf, paragraphStarts } from '../../shared/text';
import { CaseStore } from '../../electron/services/case-store';
import { contentHash } from '../../electron/services/import/hash';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const dev = path.resolve(root, '..', 'shared', 'eval', 'dev');

/** Deterministic PRNG (mulberry32) so every run builds the same case. */
function rng(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function corpus(): string[] {
  const texts: string[] = [readFileSync(path.join(root, '..', 'shared', 'fixtures', 'seed-article-ar.txt'), 'utf8')];
  for (const lang of ['en', 'fr']) {
    const dir = path.join(dev, 'articles-plaintext', lang);
    for (const f of readdirSync(dir)) texts.push(readFileSync(path.join(dir, f), 'utf8'));
  }
  const pol = path.join(dev, 'polnear', 'text');
  for (const f of readdirSync(pol).slice(0, 40)) texts.push(readFileSync(path.join(pol, f), 'utf8'));
  return texts.map(canonicalText).filter((t) => t.length > 500);
}

function buildCase(): CaseData {
  const random = rng(20261129);
  const texts = corpus();
  const data = emptyCase('bench', '2026-11-29T00:00:00.000Z', 'Benchmark case');
  const actors: Actor[] = Array.from({ length: 2000 }, (_, i) => ({ id: `actor-${i}`, name: `Actor ${i}`, type: 'person', aliases: [`A${i}`], role: '' }));
  const articles: Article[] = [];
  const annotations: Annotation[] = [];
  for (let i = 0; i < 1000; i++) {
    const text = `${texts[i % texts.length]!}\n(${i})`;
    const lang = detectLang(text);
    articles.push({
      id: `article-${i}`, title: `Article ${i}`, text, lang, dir: directionOf(lang, text), url: null, publisher: null, byline: null,
      publishedAt: null, origin: { fileName: null, format: 'paste', encoding: null }, contentHash: contentHash(text),
      paragraphStarts: paragraphStarts(text), sourceId: null, addedAt: data.createdAt,
    });
    for (let k = 0; k < 20; k++) {
      const start = Math.floor(random() * (text.length - 60));
      const end = start + 10 + Math.floor(random() * 40);
      const claim = k % 2 === 0;
      annotations.push({
        id: randomUUID(), articleId: `article-${i}`, kind: claim ? 'claim' : 'actor', target: describeRange(text, start, end),
        origin: { kind: 'manual' }, review: 'accepted', confidence: 1,
        claim: claim ? { ...defaultClaim(), speakerId: `actor-${Math.floor(random() * 2000)}` } : null,
        actorId: claim ? null : `actor-${Math.floor(random() * 2000)}`, sourceId: null, note: '', createdAt: data.createdAt, updatedAt: data.createdAt,
      });
    }
  }
  return { ...data, articles, actors, annotations };
}

const ms = (t0: number) => performance.now() - t0;
function best(rounds: number, f: () => void): number {
  let b = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    f();
    b = Math.min(b, ms(t0));
  }
  return b;
}
async function bestAsync(rounds: number, f: () => Promise<void>): Promise<number> {
  let b = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    await f();
    b = Math.min(b, ms(t0));
  }
  return b;
}

async function main(): Promise<void> {
  const data = buildCase();
  const rows: [string, string, string, string][] = [];
  const allText = data.articles.map((a) => a.text);
  const bytes = allText.reduce((n, t) => n + Buffer.byteLength(t), 0);

  // Analysis against one Intl.Segmenter sentence pass over the same text (target ≤ 10×).
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const sample = data.articles.slice(0, 200);
  const sampleBytes = sample.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const segMs = best(3, () => {
    for (const a of sample) for (const _ of segmenter.segment(a.text)) void _;
  });
  const anaMs = best(3, () => {
    for (const a of sample) analyzeText(a.text, { lang: a.lang });
  });
  rows.push(['analysis (200 articles)', `${anaMs.toFixed(0)} ms, ${(sampleBytes / 1e6 / (anaMs / 1000)).toFixed(2)} MB/s`, `${(anaMs / segMs).toFixed(1)}× segmenter`, '≤ 10×']);

  // Saving against JSON.stringify + writeFile of the same data (target ≤ 1.5×), and opening.
  const dir = await mkdtemp(path.join(os.tmpdir(), 'claimwork-bench-'));
  try {
    const file = path.join(dir, 'bench.claimwork.json');
    const store = await CaseStore.create(file, data);
    const rawMs = await bestAsync(3, () => writeFile(path.join(dir, 'raw.json'), JSON.stringify(data)));
    const saveMs = await bestAsync(3, async () => {
      store.update({ ...store.data });
      await store.flush();
    });
    rows.push(['save case', `${saveMs.toFixed(0)} ms`, `${(saveMs / rawMs).toFixed(2)}× stringify+write`, '≤ 1.5×']);
    await store.close();
    const parseMs = best(3, () => void JSON.parse(readFileSync(file, 'utf8')));
    const openMs = await bestAsync(3, async () => {
      const s = await CaseStore.open(file);
      await s.close();
    });
    rows.push(['open case (validate)', `${openMs.toFixed(0)} ms`, `${(openMs / parseMs).toFixed(2)}× read+parse`, '']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  // Re-anchoring all 20,000 annotations, as on open.
  const byArticle = new Map<string, Annotation[]>();
  for (const a of data.annotations) byArticle.set(a.articleId, [...(byArticle.get(a.articleId) ?? []), a]);
  const anchorMs = best(3, () => {
    for (const art of data.articles) anchorAll(art.text, byArticle.get(art.id) ?? []);
  });
  rows.push(['re-anchor 20,000 annotations', `${anchorMs.toFixed(0)} ms`, '', '']);
  const heapMb = process.memoryUsage().rss / 1024 / 1024;
  rows.push(['peak RSS with the case loaded', `${heapMb.toFixed(0)} MB`, '', '< 500 MB']);

  console.log(`Claimwork benchmark: ${data.articles.length} articles (${(bytes / 1e6).toFixed(1)} MB of text), ${data.annotations.length} annotations, ${data.actors.length} actors\n`);
  const widths = [32, 26, 26, 10];
  const line = (cells: string[]) => console.log(cells.map((c, i) => c.padEnd(widths[i]!)).join(' | '));
  line(['measure', 'value', 'ratio to baseline', 'target']);
  line(widths.map((w) => '-'.repeat(w)));
  for (const r of rows) line(r);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

/**
 * `npm run bench`: back-end figures on a generated case (fixed seed) of 1,000 articles drawn from
 * ../shared/eval/dev, 20,000 annotations and 2,000 actors. Each figure is also printed as a ratio to
 * a baseline measured in the same run, so it reads the same on a busy machine. Then the renderer
 * (tests/bench/renderer.ts): the same articles with 20,000 claims plus one article of 300 paragraphs
 * and 2,000 highlights, written to a case file and opened in Chromium through the browser host.
 * Last, the warm PDF printer (tests/bench/printer.ts). Prints a table; never part of `npm test`.
 * `--only backend`, `--only renderer`, `--only printer`, `--only stories`, `--only briefing` or `--only open`
 * (the open row alone, `--rounds N` times) runs one part.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { analyzeText } from '../../shared/analysis/analyze';
import { anchorAll } from '../../shared/anchoring/anchor';
import { describeRange } from '../../shared/anchoring/describe';
import { defaultClaim } from '../../shared/case-ops';
import { emptyCase, type Actor, type Annotation, type AnnotationKind, type Article, type CaseData, type Credibility, type Reliability, type Source } from '../../shared/domain';
import { canonicalText, detectLang, directionOf, paragraphStarts } from '../../shared/text';
import { parse as parse5 } from 'parse5';
import { CaseStore } from '../../electron/services/case-store';
import { extractFile } from '../../electron/services/import/extract';
import { buildSuggestions, forgetAnalyses, reviewAll, suggest } from '../../electron/services/suggest';
import { Workspace } from '../../electron/services/workspace';
import { contentHash } from '../../electron/services/import/hash';
import { mulberry32 } from '../support/prng';
import type { BenchRow } from './renderer';
import { writeBigCase } from './big-case';
import { LONG_PARAGRAPH_TITLE, longParagraphCase, oneParagraphText } from '../support/long-paragraph';
import { splitParagraph } from '../../renderer/src/reading/pieces';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const dev = path.resolve(root, '..', 'shared', 'eval', 'dev');

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

/**
 * The generated case: `articleCount` articles (the corpus over and over, each numbered so no two
 * are the same), 20 annotations each and two actors per article. Every size begins with the same
 * articles and spans; the 1,000-article case is the one the figures before the curves were taken on.
 */
function buildCase(articleCount = 1000): CaseData {
  const random = mulberry32(20261129);
  const texts = corpus();
  const data = emptyCase('bench', '2026-11-29T00:00:00.000Z', 'Benchmark case');
  const actors: Actor[] = Array.from({ length: 2 * articleCount }, (_, i) => ({ id: `actor-${i}`, name: `Actor ${i}`, type: 'person', aliases: [`A${i}`], role: '' }));
  const articles: Article[] = [];
  const annotations: Annotation[] = [];
  for (let i = 0; i < articleCount; i++) {
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
        claim: claim ? { ...defaultClaim(), speakerId: `actor-${Math.floor(random() * actors.length)}` } : null,
        actorId: claim ? null : `actor-${Math.floor(random() * actors.length)}`, sourceId: null, note: '', createdAt: data.createdAt, updatedAt: data.createdAt,
      });
    }
  }
  return { ...data, articles, actors, annotations };
}

const BIG_TITLE = 'Benchmark: 300 paragraphs, 2,000 highlights';
const BIG_PARAGRAPHS = 300;
const BIG_HIGHLIGHTS = 2000;
/** Articles of the renderer's second case, for a claims table of 100,000 claims (and the big article's). */
const BIG_TABLE_ARTICLES = 5000;

/** Paragraphs of 150–900 characters from `texts`, in order. */
function paragraphsOf(texts: readonly string[]): string[] {
  return texts.flatMap((t) => t.split('\n')).map((p) => p.trim()).filter((p) => p.length >= 150 && p.length <= 900);
}

/**
 * The renderer's case: the back-end case's articles and actors with every annotation a claim
 * (20,000 claim rows, sources A–F so grades vary), plus one article of 300 paragraphs (Arabic with
 * Latin names every third paragraph, English and French between) carrying 2,000 highlights of all
 * four kinds, overlapping where they fall together. Fixed seed, like the rest.
 */
function rendererCase(base: CaseData): { data: CaseData; claims: number } {
  const random = mulberry32(20261130);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const reliabilities: Reliability[] = ['A', 'B', 'C', 'D', 'E', 'F'];
  const sources: Source[] = Array.from({ length: 60 }, (_, i) => ({ id: `source-${i}`, name: `Source ${i}`, kind: 'outlet', reliability: reliabilities[i % 6]!, aliases: [] }));
  const annotations: Annotation[] = base.annotations.map((a) => ({
    ...a,
    kind: 'claim',
    claim: { ...defaultClaim(), speakerId: a.claim?.speakerId ?? a.actorId, sourceId: pick(sources).id, credibility: (1 + Math.floor(random() * 6)) as Credibility },
    actorId: null,
  }));

  const texts = corpus();
  const arabic = paragraphsOf([texts[0]!]);
  const others = paragraphsOf(texts.slice(1));
  const paras = Array.from({ length: BIG_PARAGRAPHS }, (_, i) => (i % 3 === 0 ? arabic[(i / 3) % arabic.length]! : others[i % others.length]!));
  const text = paras.join('\n');
  const lang = detectLang(text);
  const starts = paragraphStarts(text);
  const big: Article = {
    id: 'article-big', title: BIG_TITLE, text, lang, dir: directionOf(lang, text), url: null, publisher: null, byline: null, publishedAt: null,
    origin: { fileName: null, format: 'paste', encoding: null }, contentHash: contentHash(text), paragraphStarts: starts, sourceId: null, addedAt: base.createdAt,
  };
  const kinds: AnnotationKind[] = ['claim', 'claim', 'claim', 'claim', 'actor', 'actor', 'actor', 'source', 'source', 'note'];
  let claims = annotations.length;
  for (let k = 0; k < BIG_HIGHLIGHTS; k++) {
    const p = Math.floor(random() * starts.length);
    const pStart = starts[p]!;
    const pEnd = (starts[p + 1] ?? text.length + 1) - 1;
    const start = pStart + Math.floor(random() * (pEnd - pStart - 12));
    const end = Math.min(pEnd, start + 8 + Math.floor(random() * 80));
    const kind = kinds[k % kinds.length]!;
    if (kind === 'claim') claims++;
    annotations.push({
      id: randomUUID(), articleId: big.id, kind, target: describeRange(text, start, end), origin: { kind: 'manual' }, review: 'accepted', confidence: 1,
      claim: kind === 'claim' ? { ...defaultClaim(), speakerId: pick(base.actors).id, sourceId: pick(sources).id } : null,
      actorId: kind === 'actor' ? pick(base.actors).id : null, sourceId: kind === 'source' ? pick(sources).id : null,
      note: kind === 'note' ? 'benchmark note' : '', createdAt: base.createdAt, updatedAt: base.createdAt,
    });
  }
  // In the middle of the list, so the case opens on another article and the big one is clicked.
  const articles = [...base.articles.slice(0, 500), big, ...base.articles.slice(500)];
  return { data: { ...base, articles, sources, annotations }, claims };
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

/**
 * Peak memory of a separate back-end process (a Workspace) that opens the case file, as the app does;
 * see tests/bench/backend-memory.ts. Throws with the child's message if it fails.
 */
function backendMemory(caseFile: string, dataDir: string): { peakMb: number; articles: number; annotations: number } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'tests', 'bench', 'backend-memory.ts'), caseFile, dataDir], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`backend-memory failed: ${r.stderr || r.error?.message}`);
  return JSON.parse(r.stdout) as { peakMb: number; articles: number; annotations: number };
}

/** Article counts of the back-end curves (20 annotations and 2 actors per article). */
const SIZES = [100, 1000, 5000] as const;

interface SizeFigures {
  articles: number;
  annotations: number;
  saveMs: number;
  rawMs: number;
  openMs: number;
  parseMs: number;
  anchorMs: number;
  suggestMs: number;
  suggested: number;
  peakMb: number;
}

/**
 * Save, open, re-anchor, suggest-all and the back end's peak memory on a case of `articleCount`
 * articles. Best of three rounds (two at 5,000 articles); Suggest once, from no kept analysis.
 */
async function sizeFigures(articleCount: number): Promise<SizeFigures> {
  const data = buildCase(articleCount);
  const rounds = articleCount > 1000 ? 2 : 3;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'claimwork-bench-'));
  try {
    const file = path.join(dir, 'bench.claimwork.json');
    const store = await CaseStore.create(file, data);
    const rawMs = await bestAsync(rounds, () => writeFile(path.join(dir, 'raw.json'), JSON.stringify(data)));
    const saveMs = await bestAsync(rounds, async () => {
      store.update({ ...store.data });
      await store.flush();
    });
    await store.close();
    await rm(path.join(dir, 'raw.json'), { force: true });
    const parseMs = best(rounds, () => void JSON.parse(readFileSync(file, 'utf8')));
    const openMs = await bestAsync(rounds, async () => {
      const s = await CaseStore.open(file);
      await s.close();
    });
    const mem = backendMemory(file, path.join(dir, 'data'));
    // Re-anchoring every annotation, as on open.
    const byArticle = new Map<string, Annotation[]>();
    for (const a of data.annotations) {
      const list = byArticle.get(a.articleId);
      if (list) list.push(a);
      else byArticle.set(a.articleId, [a]);
    }
    const anchorMs = best(rounds, () => {
      for (const art of data.articles) anchorAll(art.text, byArticle.get(art.id) ?? []);
    });
    forgetAnalyses();
    const t0 = performance.now();
    const suggested = buildSuggestions(data, data.articles.map((a) => a.id)).createdIds.length;
    const suggestMs = ms(t0);
    forgetAnalyses();
    return { articles: articleCount, annotations: data.annotations.length, saveMs, rawMs, openMs, parseMs, anchorMs, suggestMs, suggested, peakMb: mem.peakMb };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Size of the big case the bench opens (issue 14: 200 MB, under the 256 MB limit). */
const BIG_CASE_BYTES = 200 * 1024 * 1024;

/**
 * Opening a 200 MB case in a separate back-end process (tests/bench/big-open.ts) while the event
 * loop is probed: time, longest block (target < 200 ms: other calls are answered meanwhile) and peak
 * memory (target < 3× the file's size). The file is generated first (tests/bench/big-case.ts).
 */
async function bigCaseRows(data: CaseData): Promise<BenchRow[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'claimwork-bench-big-'));
  try {
    const file = path.join(dir, 'big.claimwork.json');
    const t0 = performance.now();
    const made = await writeBigCase(data, file, BIG_CASE_BYTES);
    const madeMs = ms(t0);
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'tests', 'bench', 'big-open.ts'), file, path.join(dir, 'data')], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`big-open failed: ${r.stderr || r.error?.message}`);
    const m = JSON.parse(r.stdout) as { openMs: number; longestGapMs: number; delayMaxMs: number; peakMb: number; rssBeforeMb: number; articles: number; annotations: number };
    const fileMb = made.bytes / 1024 / 1024;
    const block = Math.max(m.longestGapMs, m.delayMaxMs);
    return [
      [`open a ${fileMb.toFixed(0)} MB case (generated in ${(madeMs / 1000).toFixed(1)} s)`, `${(m.openMs / 1000).toFixed(1)} s`, `${m.articles} articles, ${m.annotations} annotations`, ''],
      ['  longest event-loop block meanwhile', `${block.toFixed(0)} ms`, `timer gap ${m.longestGapMs.toFixed(0)}, delay max ${m.delayMaxMs.toFixed(0)}`, `< 200 ms: ${block < 200 ? 'yes' : 'NO'}`],
      ['  back-end peak RSS', `${m.peakMb.toFixed(0)} MB`, `${(m.peakMb / fileMb).toFixed(2)}× the file (${m.rssBeforeMb.toFixed(0)} MB before)`, `< 3×: ${m.peakMb < 3 * fileMb ? 'yes' : 'NO'}`],
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Growth of `t` per tenfold work between two sizes: 1.0 is linear, 2.0 quadratic. */
const growth = (t1: number, t2: number, n1: number, n2: number): string => (Math.log10(Math.max(t2, 0.1) / Math.max(t1, 0.1)) / Math.log10(n2 / n1)).toFixed(2);

/** One curve row: the time at each size and the growth per tenfold work between neighbouring sizes. */
function curveRow(label: string, figures: readonly SizeFigures[], pick: (f: SizeFigures) => number, unit = 'ms', target = ''): BenchRow {
  const at = figures.map((f) => `${f.articles.toLocaleString('en')}: ${pick(f).toFixed(0)} ${unit}`).join(' · ');
  const steps = figures.slice(1).map((f, i) => growth(pick(figures[i]!), pick(f), figures[i]!.annotations, f.annotations));
  return [label, at, `growth ${steps.join(', ')}`, target];
}

/**
 * Importing the nine dev pages (Readability's test pages: decoding, parsing, Readability over
 * linkedom, metadata) against a bare parse5 parse of the same decoded text; interleaved rounds,
 * best of each (target ≤ 4×).
 */
async function importRow(): Promise<BenchRow | null> {
  const dir = path.join(dev, 'readability');
  if (!existsSync(dir)) return null;
  const pages = readdirSync(dir).filter((d) => existsSync(path.join(dir, d, 'source.html'))).map((d) => new Uint8Array(readFileSync(path.join(dir, d, 'source.html'))));
  const texts = pages.map((b) => new TextDecoder().decode(b));
  let importMs = Infinity;
  let parseMs = Infinity;
  for (let r = 0; r < 4; r++) {
    parseMs = Math.min(parseMs, best(1, () => {
      for (const t of texts) parse5(t);
    }));
    const t0 = performance.now();
    for (const b of pages) await extractFile('source.html', b);
    importMs = Math.min(importMs, ms(t0));
  }
  return [`import the ${pages.length} dev pages (HTML)`, `${importMs.toFixed(0)} ms`, `${(importMs / parseMs).toFixed(2)}× bare parse5 (${parseMs.toFixed(0)} ms)`, '≤ 4×'];
}

/**
 * Accepting every suggested claim and actor mention of a long article (the seed ten times over)
 * against suggesting them, through a Workspace as the app does (target ≤ 1×: accepting is
 * bookkeeping, never another analysis). Best of three fresh cases.
 */
async function acceptRow(): Promise<BenchRow> {
  const seed = readFileSync(path.join(root, '..', 'shared', 'fixtures', 'seed-article-ar.txt'), 'utf8');
  const text = Array.from({ length: 10 }, (_, i) => `${seed}\n(${i})`).join('\n');
  let suggestMs = Infinity;
  let acceptMs = Infinity;
  let accepted = 0;
  for (let r = 0; r < 3; r++) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'claimwork-bench-accept-'));
    const ws = await Workspace.start(dir);
    try {
      const outcome = ws.addArticle({ title: 'Seed ×10', text, origin: { fileName: null, format: 'paste', encoding: null } }, 'seed');
      if (outcome.status !== 'imported') throw new Error('seed ×10 not imported');
      const articleId = outcome.article.id;
      forgetAnalyses();
      let t0 = performance.now();
      const counts = suggest(ws, { articleId }).counts;
      suggestMs = Math.min(suggestMs, ms(t0));
      t0 = performance.now();
      reviewAll(ws, { articleId, kind: 'claim', decision: 'accept' });
      reviewAll(ws, { articleId, kind: 'actor', decision: 'accept' });
      acceptMs = Math.min(acceptMs, ms(t0));
      accepted = counts.claim + counts.actor;
    } finally {
      await ws.close();
      await rm(dir, { recursive: true, force: true });
    }
  }
  return [`accept all claims + actors (seed ×10, ${accepted})`, `${acceptMs.toFixed(0)} ms`, `${(acceptMs / suggestMs).toFixed(2)}× suggesting them (${suggestMs.toFixed(0)} ms)`, '≤ 1×'];
}

/** The back-end rows: analysis, import, accepting, then save, open, re-anchor, suggest-all and memory at each size. */
async function backendRows(data: CaseData, sizes: readonly number[]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];

  // Analysis against one Intl.Segmenter sentence pass over the same text (target ≤ 10×).
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const sample = data.articles.slice(0, 200);
  const sampleBytes = sample.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  // Interleaved rounds, best of each: a burst of load on the shared machine hits both sides alike.
  let segMs = Infinity;
  let anaMs = Infinity;
  for (let r = 0; r < 6; r++) {
    segMs = Math.min(segMs, best(1, () => {
      for (const a of sample) for (const _ of segmenter.segment(a.text)) void _;
    }));
    anaMs = Math.min(anaMs, best(1, () => {
      for (const a of sample) analyzeText(a.text, { lang: a.lang });
    }));
  }
  rows.push(['analysis (200 articles)', `${anaMs.toFixed(0)} ms, ${(sampleBytes / 1e6 / (anaMs / 1000)).toFixed(2)} MB/s`, `${(anaMs / segMs).toFixed(1)}× segmenter`, '≤ 10×']);
  const imported = await importRow();
  if (imported) rows.push(imported);
  rows.push(await acceptRow());

  const figures: SizeFigures[] = [];
  for (const n of sizes) figures.push(await sizeFigures(n));
  const at1000 = figures.find((f) => f.articles === 1000);
  const at5000 = figures.find((f) => f.articles === 5000);
  if (at1000) {
    rows.push(['save case (1,000 articles)', `${at1000.saveMs.toFixed(0)} ms`, `${(at1000.saveMs / at1000.rawMs).toFixed(2)}× stringify+write`, '≤ 1.5×']);
    rows.push(['open case (validate, 1,000)', `${at1000.openMs.toFixed(0)} ms`, `${(at1000.openMs / at1000.parseMs).toFixed(2)}× read+parse`, '']);
    rows.push(['back-end peak RSS, case open', `${at1000.peakMb.toFixed(0)} MB`, `${at1000.articles} articles, ${at1000.annotations} annotations`, '< 500 MB']);
  }
  if (at5000) rows.push(['back-end peak RSS, case open', `${at5000.peakMb.toFixed(0)} MB`, `${at5000.articles} articles, ${at5000.annotations} annotations`, '< 1 GB']);
  rows.push(['curves (articles: time)', figures.map((f) => `${f.articles.toLocaleString('en')} = ${f.annotations.toLocaleString('en')} ann.`).join(' · '), 'growth per tenfold, 1.0 linear', '']);
  rows.push(curveRow('  open case', figures, (f) => f.openMs));
  rows.push(curveRow('  save case', figures, (f) => f.saveMs));
  rows.push(curveRow('  re-anchor all annotations', figures, (f) => f.anchorMs));
  rows.push(curveRow('  suggest all articles', figures, (f) => f.suggestMs));
  rows.push(curveRow('  back-end peak RSS', figures, (f) => f.peakMb, 'MB'));
  return rows;
}

/**
 * Writes the renderer's case (`rendererCase(base)`) to a case file in a fresh temporary folder, runs
 * `measure` with it and removes the folder, whether `measure` succeeds or throws.
 */
async function withRendererCaseFile<T>(base: CaseData, measure: (c: { file: string; dir: string; data: CaseData; claims: number }) => Promise<T>): Promise<T> {
  const { data, claims } = rendererCase(base);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'claimwork-bench-case-'));
  try {
    const file = path.join(dir, 'renderer-bench.claimwork.json');
    await (await CaseStore.create(file, data)).close();
    return await measure({ file, dir, data, claims });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Writes the renderer's case to a temporary case file and measures the UI on it in Chromium. */
async function rendererRows(base: CaseData): Promise<{ rows: BenchRow[]; summary: string }> {
  // Loaded only now: Playwright and Vite would otherwise weigh on the back end's memory figure.
  const { measureRenderer } = await import('./renderer');
  return withRendererCaseFile(base, async ({ file, dir, data, claims }) => {
    const bigIndex = data.articles.findIndex((a) => a.title === BIG_TITLE);
    // One paragraph of 5 MB (UTF-8) in a case of its own.
    const paragraph = oneParagraphText(5 * 1024 * 1024);
    const paragraphCaseFile = path.join(dir, 'paragraph-bench.claimwork.json');
    await (await CaseStore.create(paragraphCaseFile, longParagraphCase(paragraph, { start: 0, end: 40 }))).close();
    const rows = await measureRenderer({
      caseFile: file,
      articleCount: data.articles.length,
      bigTitle: BIG_TITLE,
      bigParagraphs: BIG_PARAGRAPHS,
      bigIndex,
      // Its neighbour in the list, so both are in view together.
      smallTitle: data.articles[bigIndex + 1]!.title,
      smallIndex: bigIndex + 1,
      claimCount: claims,
      paragraphCaseFile,
      paragraphTitle: LONG_PARAGRAPH_TITLE,
      paragraphChars: paragraph.length,
      paragraphPieces: splitParagraph(paragraph, 0).length,
    });
    // The same pages on the 5,000-article case: only the claims table, at 100,000 claims.
    const big = rendererCase(buildCase(BIG_TABLE_ARTICLES));
    const bigFile = path.join(dir, 'renderer-bench-100k.claimwork.json');
    await (await CaseStore.create(bigFile, big.data)).close();
    rows.push(
      ...(await measureRenderer({
        caseFile: bigFile,
        articleCount: big.data.articles.length,
        bigTitle: BIG_TITLE,
        bigParagraphs: BIG_PARAGRAPHS,
        bigIndex: -1,
        smallTitle: '',
        smallIndex: -1,
        claimCount: big.claims,
        tableOnly: true,
        paragraphCaseFile,
        paragraphTitle: LONG_PARAGRAPH_TITLE,
        paragraphChars: paragraph.length,
        paragraphPieces: splitParagraph(paragraph, 0).length,
      })),
    );
    const summary = `renderer: ${data.articles.length} articles, ${data.annotations.length} annotations (${claims} claims), one article of ${BIG_PARAGRAPHS} paragraphs with ${BIG_HIGHLIGHTS} highlights; then the claims table alone on ${big.data.articles.length} articles (${big.claims} claims)`;
    return { rows, summary };
  });
}

/** `--only briefing`: the renderer's case opened in the Briefing view, typing in the draft. */
async function briefingOnlyRows(base: CaseData): Promise<{ rows: BenchRow[]; summary: string }> {
  const { measureRenderer } = await import('./renderer');
  return withRendererCaseFile(base, async ({ file, data, claims }) => {
    const rows = await measureRenderer({
      caseFile: file, articleCount: data.articles.length, claimCount: claims, briefingOnly: true,
      // Not used by the briefing pass.
      bigTitle: BIG_TITLE, bigParagraphs: BIG_PARAGRAPHS, bigIndex: -1, smallTitle: '', smallIndex: -1, paragraphCaseFile: '', paragraphTitle: '', paragraphChars: 0, paragraphPieces: 0,
    });
    return { rows, summary: `briefing: ${data.articles.length} articles, ${claims} claims, all accepted claims in the briefing` };
  });
}

/**
 * The open row alone, several rounds (`--only open`, `--rounds N`, default 5): the renderer's
 * 1,000-article case opened with *Open case…* after a small case each time.
 */
async function caseOpenRows(base: CaseData, rounds: number): Promise<{ rows: BenchRow[]; summary: string }> {
  const { measureCaseOpen } = await import('./case-open');
  return withRendererCaseFile(base, async ({ file, dir, data, claims }) => {
    const otherCaseFile = path.join(dir, 'small.claimwork.json');
    await (await CaseStore.create(otherCaseFile, { ...base, articles: base.articles.slice(0, 3), annotations: [] })).close();
    return await measureCaseOpen({ caseFile: file, articleCount: data.articles.length, claimCount: claims, otherCaseFile, otherArticleCount: 3, rounds });
  });
}

async function main(): Promise<void> {
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  const kinds = ['backend', 'renderer', 'bigcase', 'printer', 'stories', 'briefing', 'open'];
  if (only !== undefined && !kinds.includes(only)) throw new Error(`--only takes ${kinds.join(', ')}`);
  const data = buildCase();
  const bytes = data.articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  // `--sizes 100,1000` measures the curves at fewer sizes (a quick run); the default is SIZES.
  const sizes = process.argv.includes('--sizes') ? (process.argv[process.argv.indexOf('--sizes') + 1] ?? '').split(',').map(Number).filter((n) => n > 0) : [...SIZES];
  const rows: BenchRow[] = only === undefined || only === 'backend' ? await backendRows(data, sizes) : [];
  if (only === undefined || only === 'backend' || only === 'bigcase') rows.push(...(await bigCaseRows(data)));
  const notes = [`back end: ${data.articles.length} articles (${(bytes / 1e6).toFixed(1)} MB of text), ${data.annotations.length} annotations, ${data.actors.length} actors`];
  if (only === undefined || only === 'stories') {
    const st = (await import('./stories')).storiesRows(data);
    rows.push(...st.rows);
    notes.push(st.summary);
    const graph = await (await import('./graph-paint')).graphPaintRows();
    rows.push(...graph.rows);
    notes.push(graph.summary);
  }
  if (only === undefined || only === 'renderer') {
    const ui = await rendererRows(data);
    if (rows.length) rows.push(['', '', '', '']);
    rows.push(...ui.rows);
    notes.push(ui.summary);
  }
  if (only === 'briefing') {
    const b = await briefingOnlyRows(data);
    rows.push(...b.rows);
    notes.push(b.summary);
  }
  if (only === 'open') {
    const rounds = process.argv.includes('--rounds') ? Number(process.argv[process.argv.indexOf('--rounds') + 1]) : 5;
    const open = await caseOpenRows(data, rounds > 0 ? rounds : 5);
    rows.push(...open.rows);
    notes.push(open.summary);
  }
  if (only === undefined || only === 'printer') {
    // Loaded only now, like the renderer half: Playwright would weigh on the back end's memory figure.
    const printer = await (await import('./printer')).printerRows();
    if (rows.length) rows.push(['', '', '', '']);
    rows.push(...printer.rows);
    notes.push(printer.summary);
  }

  console.log(`Claimwork benchmark\n${notes.map((n) => `  ${n}`).join('\n')}\n`);
  const head: BenchRow = ['measure', 'value', 'ratio to baseline / n', 'target'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => console.log(cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ').trimEnd());
  line(head);
  line(widths.map((w) => '-'.repeat(w)));
  for (const r of rows) line(r);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

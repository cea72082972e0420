/**
 * Scoring of the suggestion engine against the dev sets: PolNeAR attribution (strict and lenient)
 * and speaker accuracy; Arabic entity mentions (exact token spans) per coarse type; throughput.
 */
import { analyzeText } from '../../shared/analysis/analyze';
import type { SuggestedClaim } from '../../shared/analysis/types';
import type { Lang } from '../../shared/domain';
import { paragraphAt } from '../../shared/text';
import type { Attribution, Coarse, NerSentence, PolnearDoc } from './data';

export interface Prf {
  tp: number;
  predicted: number;
  gold: number;
  p: number;
  r: number;
  f: number;
}

export function prf(tpPred: number, predicted: number, tpGold: number, gold: number): Prf {
  const p = predicted ? tpPred / predicted : 0;
  const r = gold ? tpGold / gold : 0;
  return { tp: tpPred, predicted, gold, p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'him', 'them', 'us', 'me', 'which', 'that', 'whom', 'himself', 'herself', 'themselves']);
const FUNCTION = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'in', 'on', 'at', 'to', 'by', 'from', 'with', 'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', "'s", 's', 'former', 'president', 'secretary', 'senator', 'candidate', 'nominee']);

function contentWords(s: string): string[] {
  return (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !FUNCTION.has(w) && !PRONOUNS.has(w));
}

/** Kind of a gold Source: none, a pronoun, a description (no capitalised word) or a name. */
export function sourceKind(source: string | null): 'none' | 'pronoun' | 'description' | 'name' {
  if (source === null || source.trim() === '') return 'none';
  const words = source.match(/[\p{L}\p{N}']+/gu) ?? [];
  if (words.length <= 2 && words.every((w) => PRONOUNS.has(w.toLowerCase()))) return 'pronoun';
  const caps = words.slice(0).filter((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && FUNCTION.has(w.toLowerCase())) && !PRONOUNS.has(w.toLowerCase()));
  return caps.length ? 'name' : 'description';
}

/** Speaker agreement as specified: named Source shares a content word; pronoun/description: present; none: absent. */
export function speakerAgrees(gold: Attribution, claim: SuggestedClaim): boolean {
  const kind = sourceKind(gold.source);
  if (kind === 'none') return claim.speaker === null;
  if (!claim.speaker) return false;
  if (kind !== 'name') return true;
  const g = new Set(contentWords(gold.source ?? ''));
  const mine = [...contentWords(claim.speaker.text), ...contentWords(claim.speaker.name ?? '')];
  return mine.some((w) => g.has(w));
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export interface PolnearScore {
  strict: Prf;
  lenient: Prf;
  spanOnly: Prf;
  speakerAccuracy: number;
  speakerPairs: number;
  docs: number;
  bytes: number;
}

/** Greedy one-to-one pairing by overlap, largest first. */
function pair(claims: SuggestedClaim[], gold: Attribution[], ok: (c: SuggestedClaim, g: Attribution) => boolean): [number, number][] {
  const cands: [number, number, number][] = [];
  claims.forEach((c, i) =>
    gold.forEach((g, j) => {
      const ov = overlap(c, g.content);
      if (ov > 0 && ov * 2 >= Math.max(c.end - c.start, g.content.end - g.content.start) && ok(c, g)) cands.push([ov, i, j]);
    }),
  );
  cands.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedC = new Set<number>();
  const usedG = new Set<number>();
  const out: [number, number][] = [];
  for (const [, i, j] of cands) {
    if (usedC.has(i) || usedG.has(j)) continue;
    usedC.add(i);
    usedG.add(j);
    out.push([i, j]);
  }
  return out;
}

export function scorePolnear(docs: PolnearDoc[]): PolnearScore {
  let predicted = 0;
  let gold = 0;
  let strictTp = 0;
  let spanTp = 0;
  let lenPred = 0;
  let lenGold = 0;
  let agree = 0;
  let bytes = 0;
  for (const d of docs) {
    bytes += Buffer.byteLength(d.text);
    const claims = analyzeText(d.text, { lang: 'en' }).claims;
    predicted += claims.length;
    gold += d.gold.length;
    strictTp += pair(claims, d.gold, (c, g) => speakerAgrees(g, c)).length;
    const spans = pair(claims, d.gold, () => true);
    spanTp += spans.length;
    for (const [i, j] of spans) if (speakerAgrees(d.gold[j] as Attribution, claims[i] as SuggestedClaim)) agree++;
    lenPred += claims.filter((c) => d.gold.some((g) => overlap(c, g.content) > 0)).length;
    lenGold += d.gold.filter((g) => claims.some((c) => overlap(c, g.content) > 0)).length;
  }
  return {
    strict: prf(strictTp, predicted, strictTp, gold),
    lenient: prf(lenPred, predicted, lenGold, gold),
    spanOnly: prf(spanTp, predicted, spanTp, gold),
    speakerAccuracy: spanTp ? agree / spanTp : 0,
    speakerPairs: spanTp,
    docs: docs.length,
    bytes,
  };
}

const TYPE_OF: Record<string, Coarse | undefined> = { person: 'person', organisation: 'organisation', state: 'place', place: 'place' };

/** A predicted entity over token indices [start, end); `outlet` when it is a news outlet suggested as a source. */
export interface PredictedEntity {
  start: number;
  end: number;
  type: Coarse;
  outlet: boolean;
}

/**
 * Predicted entities of consecutive NER sentences analysed as one document (a sentence per line),
 * the way the app analyses a whole article: names found in one sentence are matched in the others.
 * News outlets suggested as sources come as organisations marked `outlet` (an actor on the same span
 * wins). Returns one entity list per input sentence, over that sentence's token indices.
 */
export function predictEntities(sents: readonly NerSentence[]): PredictedEntity[][] {
  const starts: number[] = [];
  const owner: { sent: number; token: number }[] = [];
  let text = '';
  sents.forEach((sent, si) => {
    if (si > 0) text += '\n';
    sent.tokens.forEach((t, ti) => {
      if (ti > 0) text += ' ';
      starts.push(text.length);
      owner.push({ sent: si, token: ti });
      text += t;
    });
  });
  // Same search as paragraphs: the last token start at or before the offset.
  const tokenAt = (offset: number): { sent: number; token: number } => owner[paragraphAt(starts, offset)] as { sent: number; token: number };
  const out: PredictedEntity[][] = sents.map(() => []);
  const seen = new Set<string>();
  const analysis = analyzeText(text, { lang: 'ar' });
  const found = [
    // Wojood nests entities: a place inside a body's name ("بلدية نابلس") is scored as its own span.
    ...analysis.actors.map((a) => ({ type: TYPE_OF[a.type], mentions: [...a.mentions, ...(a.within ?? [])], outlet: false })),
    // News outlets are organisations: Claimwork suggests them as sources (the case's Sources list,
    // not its actors).
    ...analysis.sources.filter((s) => s.kind === 'outlet').map((s) => ({ type: 'organisation' as const, mentions: s.mentions, outlet: true })),
  ];
  for (const a of found) {
    const type = a.type;
    if (!type) continue;
    for (const m of a.mentions) {
      const first = tokenAt(m.start);
      const last = tokenAt(m.end - 1);
      if (first.sent !== last.sent) continue;
      const k = `${first.sent}:${first.token}:${last.token}`;
      if (seen.has(k)) continue;
      seen.add(k);
      (out[first.sent] as PredictedEntity[]).push({ start: first.token, end: last.token + 1, type, outlet: a.outlet });
    }
  }
  return out;
}

export type NerScore = Record<Coarse | 'person+organisation' | 'person+organisation+place', Prf>;

type Counts = Map<string, { tp: number; pred: number; gold: number }>;
const COARSE: Coarse[] = ['person', 'organisation', 'place'];

function newCounts(): Counts {
  return new Map([...COARSE, 'person+organisation', 'person+organisation+place'].map((t) => [t, { tp: 0, pred: 0, gold: 0 }]));
}

/** Adds one sentence's predictions against its gold entities to `counts`. */
function tally(counts: Counts, pred: readonly PredictedEntity[], s: NerSentence): void {
  const goldKeys = new Set(s.entities.map((e) => `${e.start}:${e.end}:${e.type}`));
  const po = counts.get('person+organisation') as { tp: number; pred: number; gold: number };
  const all = counts.get('person+organisation+place') as { tp: number; pred: number; gold: number };
  for (const t of COARSE) {
    const c = counts.get(t) as { tp: number; pred: number; gold: number };
    const p = pred.filter((e) => e.type === t);
    const g = s.entities.filter((e) => e.type === t);
    const tp = p.filter((e) => goldKeys.has(`${e.start}:${e.end}:${e.type}`)).length;
    c.tp += tp;
    c.pred += p.length;
    c.gold += g.length;
    all.tp += tp;
    all.pred += p.length;
    all.gold += g.length;
    if (t !== 'place') {
      po.tp += tp;
      po.pred += p.length;
      po.gold += g.length;
    }
  }
}

function toScore(counts: Counts): NerScore {
  const out = {} as NerScore;
  for (const [k, c] of counts) out[k as keyof NerScore] = prf(c.tp, c.pred, c.tp, c.gold);
  return out;
}

/**
 * Exact-span scores per coarse type, from one analysis of each run of `docSize` consecutive
 * sentences (analysed together as one article; 1 = every sentence alone, the hardest setting: no
 * name seen elsewhere can help): `all` counts the outlets suggested as sources as organisations,
 * `actorsOnly` the suggested actors alone.
 */
export function scoreNer(sentences: NerSentence[], docSize = 1): { all: NerScore; actorsOnly: NerScore } {
  const all = newCounts();
  const actorsOnly = newCounts();
  for (let d = 0; d < sentences.length; d += docSize) {
    const doc = sentences.slice(d, d + docSize);
    const predicted = predictEntities(doc);
    doc.forEach((s, si) => {
      const pred = predicted[si] ?? [];
      tally(all, pred, s);
      tally(actorsOnly, pred.filter((e) => !e.outlet), s);
    });
  }
  return { all: toScore(all), actorsOnly: toScore(actorsOnly) };
}

/** One token span with two tokens of context either side: "في [نابلس] إلى". */
function inContext(tokens: readonly string[], start: number, end: number): string {
  return `${tokens.slice(Math.max(0, start - 2), start).join(' ')} [${tokens.slice(start, end).join(' ')}] ${tokens.slice(end, end + 2).join(' ')}`.trim();
}

/**
 * The misses of one coarse type, counted by their text in context, most frequent first: gold spans
 * found nowhere (`missed`), gold spans where another span overlaps (`partial`, with what was
 * found), and found spans of the type on no gold span of it (`wrong`, with the gold type there if any).
 */
export function nerMisses(sentences: NerSentence[], type: Coarse, docSize = 1): Record<'missed' | 'partial' | 'wrong', [string, number][]> {
  const out = { missed: new Map<string, number>(), partial: new Map<string, number>(), wrong: new Map<string, number>() };
  const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
  for (let d = 0; d < sentences.length; d += docSize) {
    const doc = sentences.slice(d, d + docSize);
    const predicted = predictEntities(doc);
    doc.forEach((s, si) => {
      const pred = predicted[si] ?? [];
      for (const g of s.entities.filter((e) => e.type === type)) {
        if (pred.some((e) => e.start === g.start && e.end === g.end && e.type === type)) continue;
        const over = pred.find((e) => e.start < g.end && e.end > g.start);
        if (over) bump(out.partial, `${inContext(s.tokens, g.start, g.end)}  ~ found ${over.type}: ${s.tokens.slice(over.start, over.end).join(' ')}`);
        else bump(out.missed, inContext(s.tokens, g.start, g.end));
      }
      for (const e of pred.filter((x) => x.type === type)) {
        if (s.entities.some((g) => g.start === e.start && g.end === e.end && g.type === type)) continue;
        const there = s.entities.filter((g) => g.start === e.start && g.end === e.end).map((g) => g.type);
        bump(out.wrong, `${inContext(s.tokens, e.start, e.end)}${there.length ? `  (gold: ${there.join(', ')})` : ''}`);
      }
    });
  }
  const sorted = (m: Map<string, number>): [string, number][] => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { missed: sorted(out.missed), partial: sorted(out.partial), wrong: sorted(out.wrong) };
}

/**
 * Bytes (UTF-8) analysed per second over the given texts, best of `rounds` runs after two warm-ups.
 * The language is passed as the app does (an article's stored language), so detection is not timed.
 * Reports wall-clock and CPU-time rates: on a shared machine the CPU figure is the fairer one. Each
 * round also times one Intl.Segmenter sentence pass over the same texts (the bench's yardstick,
 * target ≤ 10×), interleaved so that a burst of load hits both alike; `segmenterRatio` compares
 * the best CPU times.
 */
export function throughput(texts: { text: string; lang: Lang }[], rounds = 5): { bytes: number; seconds: number; cpuSeconds: number; mbPerSecond: number; cpuMbPerSecond: number; segmenterRatio: number } {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0);
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const segment = (): void => {
    for (const t of texts) for (const _ of segmenter.segment(t.text)) void _;
  };
  // Two warm-up passes: the first runs are dominated by the JIT compiling the engine.
  for (let r = 0; r < 2; r++) {
    for (const t of texts) analyzeText(t.text, { lang: t.lang });
    segment();
  }
  let best = Infinity;
  let bestCpu = Infinity;
  let bestSegCpu = Infinity;
  const cpuSince = (c0: NodeJS.CpuUsage): number => {
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1e6;
  };
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (const t of texts) analyzeText(t.text, { lang: t.lang });
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
    bestCpu = Math.min(bestCpu, cpuSince(c0));
    const s0 = process.cpuUsage();
    segment();
    bestSegCpu = Math.min(bestSegCpu, cpuSince(s0));
  }
  return { bytes, seconds: best, cpuSeconds: bestCpu, mbPerSecond: bytes / 1e6 / best, cpuMbPerSecond: bytes / 1e6 / bestCpu, segmenterRatio: bestCpu / bestSegCpu };
}

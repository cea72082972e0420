/**
 * The hand-made attribution gold (../shared/eval/dev/attribution: eleven real articles in Arabic,
 * English and French): reading, and scoring as its README says — claims recall and precision (span
 * overlaps an anchor), speaker accuracy, actor recall and alias merge, per article, per language and
 * overall (micro-averaged: counts summed before dividing).
 * The texts are read from ../shared at run time and never copied (the AKEC texts are research-only).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText, type Analysis } from '../../shared/analysis/analyze';
import type { Lang } from '../../shared/domain';
import { extractFile } from '../../electron/services/import/extract';
import { DEV } from './data';

export interface GoldClaim {
  id: string;
  anchor: string;
  speaker: string | null;
  cue: string;
  note?: string;
}

export interface GoldActor {
  type: string;
  aliases: string[];
}

export interface AttributionDoc {
  name: string;
  lang: Lang;
  /** The article as the app's importer reads it (canonical text: BOM gone, "\n" line ends). */
  text: string;
  claims: (GoldClaim & { start: number; end: number })[];
  /** Anchors that could not be located in the text as read (reported, never scored as misses silently). */
  unplaced: GoldClaim[];
  actors: Record<string, GoldActor>;
  mergeTests: [string, string][];
}

/**
 * Folding used on both sides of every comparison (README "Folding"): NFKC, Arabic diacritics and
 * tatweel out, alef/hamza/ya/ta marbuta forms unified, Latin diacritics out, case folded, ’ as ',
 * no-break and thin spaces as spaces, runs of spaces collapsed, ends trimmed.
 */
export function foldGold(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ؤ/g, 'و')
    .replace(/[ئى]/g, 'ي')
    .replace(/ة/g, 'ه')
    .normalize('NFD')
    .replace(/[\u0300-\u036F]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[\u00A0\u2009\u202F\s]+/g, ' ')
    .trim();
}

/** An anchor put in the importer's form: the canonical text turns no-break spaces and tabs into spaces. */
function canonicalAnchor(a: string): string {
  return a.normalize('NFC').replace(/[ \t\u00A0]+/g, ' ');
}

/** Every article of the set with its gold; [] when the folder is missing. */
export async function readAttribution(dir = join(DEV, 'attribution')): Promise<AttributionDoc[]> {
  const goldDir = join(dir, 'gold');
  if (!existsSync(goldDir)) return [];
  const docs: AttributionDoc[] = [];
  for (const f of readdirSync(goldDir).filter((x) => x.endsWith('.json')).sort()) {
    const g = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as {
      article: string;
      lang: Lang;
      claims: GoldClaim[];
      actors: Record<string, GoldActor>;
      alias_merge_tests?: [string, string][];
    };
    const path = join(dir, g.article);
    // Read as the app imports a .txt file: encoding detected, BOM stripped, canonical text.
    const { text } = await extractFile(path, new Uint8Array(readFileSync(path)));
    const claims: AttributionDoc['claims'] = [];
    const unplaced: GoldClaim[] = [];
    for (const c of g.claims) {
      const a = canonicalAnchor(c.anchor);
      const at = text.indexOf(a);
      if (at === -1) unplaced.push(c);
      else claims.push({ ...c, start: at, end: at + a.length });
    }
    docs.push({ name: f.replace(/\.json$/, ''), lang: g.lang, text, claims, unplaced, actors: g.actors, mergeTests: g.alias_merge_tests ?? [] });
  }
  return docs;
}

/** Counts behind the five figures; summed across articles for micro-averages. */
export interface AttributionCounts {
  goldClaims: number;
  foundClaims: number;
  suggested: number;
  suggestedOnGold: number;
  speakerPairs: number;
  speakerRight: number;
  goldActors: number;
  foundActors: number;
  mergeTests: number;
  mergePassed: number;
  /** Pairs passing when a form may also lie inside a longer name of the actor ("Doherty" in "Michael Doherty"). */
  mergeContained: number;
}

export const zeroCounts = (): AttributionCounts => ({ goldClaims: 0, foundClaims: 0, suggested: 0, suggestedOnGold: 0, speakerPairs: 0, speakerRight: 0, goldActors: 0, foundActors: 0, mergeTests: 0, mergePassed: 0, mergeContained: 0 });

export function addCounts(a: AttributionCounts, b: AttributionCounts): AttributionCounts {
  const out = zeroCounts();
  for (const k of Object.keys(out) as (keyof AttributionCounts)[]) out[k] = a[k] + b[k];
  return out;
}

export interface AttributionFigures {
  recall: number;
  precision: number;
  speaker: number;
  actorRecall: number;
  aliasMerge: number;
}

export function figures(c: AttributionCounts): AttributionFigures {
  const r = (n: number, d: number): number => (d ? n / d : 0);
  return {
    recall: r(c.foundClaims, c.goldClaims),
    precision: r(c.suggestedOnGold, c.suggested),
    speaker: r(c.speakerRight, c.speakerPairs),
    actorRecall: r(c.foundActors, c.goldActors),
    aliasMerge: r(c.mergePassed, c.mergeTests),
  };
}

/** One detail line per miss, for reading what went wrong (printed with --verbose). */
export interface AttributionMiss {
  kind: 'claim-missed' | 'speaker-wrong' | 'false-claim' | 'actor-missed' | 'merge-failed';
  text: string;
}

/** Scores one analysis against its article's gold. */
export function scoreAttribution(doc: AttributionDoc, analysis: Analysis): { counts: AttributionCounts; misses: AttributionMiss[] } {
  const c = zeroCounts();
  const misses: AttributionMiss[] = [];
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
  const actorForms = new Map<string, Set<string>>();
  for (const a of analysis.actors) actorForms.set(a.id, new Set([a.name, ...a.aliases, ...a.mentions.map((m) => m.text)].map(foldGold)));
  const goldForms = new Map(Object.entries(doc.actors).map(([id, a]) => [id, new Set(a.aliases.map(foldGold))] as const));

  c.goldClaims = doc.claims.length + doc.unplaced.length;
  for (const u of doc.unplaced) misses.push({ kind: 'claim-missed', text: `(anchor not in text) ${u.id} ${u.anchor}` });
  for (const g of doc.claims) {
    const hits = analysis.claims.filter((s) => overlaps(s, g));
    if (hits.length === 0) {
      misses.push({ kind: 'claim-missed', text: `${g.id} «${g.anchor}» cue ${g.cue}` });
      continue;
    }
    c.foundClaims++;
    if (g.speaker === null) continue;
    const want = goldForms.get(g.speaker) ?? new Set<string>();
    c.speakerPairs++;
    // Right when any suggested claim over the anchor names the speaker: the analyst reviews them all.
    const right = hits.find((h) => {
      const sp = h.speaker;
      if (!sp) return false;
      const forms = [foldGold(sp.text), ...(sp.name ? [foldGold(sp.name)] : []), ...(sp.actorId ? (actorForms.get(sp.actorId) ?? []) : [])];
      return forms.some((f) => want.has(f));
    });
    if (right) c.speakerRight++;
    else {
      const got = hits.map((h) => (h.speaker ? `“${h.speaker.text}” (${h.speaker.name ?? 'no actor'}, ${h.speaker.via}) [${h.rule}]` : `none [${h.rule}]`)).join('; ');
      misses.push({ kind: 'speaker-wrong', text: `${g.id} «${g.anchor}» gold ${g.speaker}, got ${got}` });
    }
  }
  c.suggested = analysis.claims.length;
  for (const s of analysis.claims) {
    if (doc.claims.some((g) => overlaps(s, g))) c.suggestedOnGold++;
    else misses.push({ kind: 'false-claim', text: `«${s.text.slice(0, 90)}» speaker ${s.speaker?.text ?? 'none'} [${s.rule}]` });
  }
  for (const [id, forms] of goldForms) {
    c.goldActors++;
    if ([...actorForms.values()].some((af) => [...af].some((f) => forms.has(f)))) c.foundActors++;
    else misses.push({ kind: 'actor-missed', text: `${id}: ${[...(doc.actors[id]?.aliases ?? [])].slice(0, 4).join(' | ')}` });
  }
  for (const [x, y] of doc.mergeTests) {
    c.mergeTests++;
    const fx = foldGold(x);
    const fy = foldGold(y);
    if ([...actorForms.values()].some((af) => af.has(fx) && af.has(fy))) c.mergePassed++;
    else misses.push({ kind: 'merge-failed', text: `${x} + ${y}` });
    const within = (af: Set<string>, f: string): boolean => [...af].some((a) => a.includes(f));
    if ([...actorForms.values()].some((af) => within(af, fx) && within(af, fy))) c.mergeContained++;
  }
  return { counts: c, misses };
}

export interface AttributionReport {
  perDoc: { name: string; lang: Lang; counts: AttributionCounts; misses: AttributionMiss[] }[];
  perLang: Map<Lang, AttributionCounts>;
  overall: AttributionCounts;
}

/** Analyses every article (language given, as stored on an imported article) and scores it. */
export function evaluateAttribution(docs: readonly AttributionDoc[]): AttributionReport {
  const perDoc: AttributionReport['perDoc'] = [];
  const perLang = new Map<Lang, AttributionCounts>();
  let overall = zeroCounts();
  for (const d of docs) {
    const { counts, misses } = scoreAttribution(d, analyzeText(d.text, { lang: d.lang }));
    perDoc.push({ name: d.name, lang: d.lang, counts, misses });
    perLang.set(d.lang, addCounts(perLang.get(d.lang) ?? zeroCounts(), counts));
    overall = addCounts(overall, counts);
  }
  return { perDoc, perLang, overall };
}

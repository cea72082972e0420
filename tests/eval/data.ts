/**
 * Readers for the dev evaluation sets under ../shared/eval/dev (never copied into the repo):
 * PolNeAR brat standoff, Wojood IOB (nested, space-separated) and NewsFANE IOB (tab, CRLF, U+200E).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DEV = resolve(process.cwd(), '../shared/eval/dev');

export interface Attribution {
  content: { start: number; end: number; text: string };
  source: string | null;
  cue: string | null;
}

export interface PolnearDoc {
  name: string;
  text: string;
  gold: Attribution[];
}

/** PolNeAR dev: every article with its attribution relations (Content span, Source text, Cue text). */
export function readPolnear(dir = join(DEV, 'polnear')): PolnearDoc[] {
  const textDir = join(dir, 'text');
  const annDir = join(dir, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) return [];
  const docs: PolnearDoc[] = [];
  for (const ann of readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort()) {
    const base = ann.replace(/\.ann$/, '');
    const textName = existsSync(join(textDir, `${base}.txt`)) ? `${base}.txt` : `${base.replace(/_[^_]+$/, '')}.txt`;
    if (!existsSync(join(textDir, textName))) continue;
    // brat offsets count code points; keep them by indexing the code-point array.
    const text = readFileSync(join(textDir, textName), 'utf8');
    const cps = [...text];
    const cpToUnit: number[] = [];
    let unit = 0;
    for (const ch of cps) {
      cpToUnit.push(unit);
      unit += ch.length;
    }
    cpToUnit.push(unit);
    const spans = new Map<string, { type: string; start: number; end: number; text: string }>();
    const events: Map<string, string>[] = [];
    for (const line of readFileSync(join(annDir, ann), 'utf8').split('\n')) {
      const cols = line.split('\t');
      if (line.startsWith('T') && cols.length >= 3) {
        const [type, ...rest] = (cols[1] ?? '').split(' ');
        const nums = rest.join(' ').split(';').flatMap((p) => p.trim().split(' ').map(Number));
        const start = Math.min(...nums);
        const end = Math.max(...nums);
        spans.set(cols[0] ?? '', { type: type ?? '', start: cpToUnit[start] ?? start, end: cpToUnit[end] ?? end, text: cols[2] ?? '' });
      } else if (line.startsWith('E') && cols.length >= 2) {
        const roles = new Map<string, string>();
        for (const part of (cols[1] ?? '').split(' ')) {
          const [role, id] = part.split(':');
          if (role && id) roles.set(role.replace(/\d+$/, ''), id);
        }
        events.push(roles);
      }
    }
    const gold: Attribution[] = [];
    for (const roles of events) {
      const c = spans.get(roles.get('Content') ?? '');
      if (!c) continue;
      const s = spans.get(roles.get('Source') ?? '');
      const q = spans.get(roles.get('Cue') ?? '');
      gold.push({ content: { start: c.start, end: c.end, text: c.text }, source: s ? s.text : null, cue: q ? q.text : null });
    }
    docs.push({ name: base, text, gold });
  }
  return docs;
}

export type Coarse = 'person' | 'organisation' | 'place';

export interface NerSentence {
  tokens: string[];
  /** Gold entities over token ranges [start, end). */
  entities: { start: number; end: number; type: Coarse }[];
}

const WOJOOD: Record<string, Coarse> = { PERS: 'person', ORG: 'organisation', GPE: 'place', LOC: 'place' };

function iobSpans(tags: string[], map: (label: string) => Coarse | null): NerSentence['entities'] {
  const out: NerSentence['entities'] = [];
  let cur: { start: number; label: string } | null = null;
  const flush = (end: number): void => {
    if (cur) {
      const type = map(cur.label);
      if (type) out.push({ start: cur.start, end, type });
    }
    cur = null;
  };
  tags.forEach((tag, i) => {
    const m = /^([BI])-(.+)$/.exec(tag);
    if (!m) return flush(i);
    if (m[1] === 'B' || !cur || cur.label !== m[2]) {
      flush(i);
      cur = { start: i, label: m[2] ?? '' };
    }
  });
  flush(tags.length);
  return out;
}

/** Wojood sample (train + val): nested IOB2, each nesting level scored as its own entity. */
export function readWojood(dir = join(DEV, 'wojood')): NerSentence[] {
  const out: NerSentence[] = [];
  for (const f of ['train.txt', 'val.txt']) {
    const path = join(dir, f);
    if (!existsSync(path)) continue;
    let rows: string[][] = [];
    const flush = (): void => {
      if (rows.length === 0) return;
      const tokens = rows.map((r) => r[0] ?? '');
      const depth = Math.max(...rows.map((r) => r.length - 1));
      const entities: NerSentence['entities'] = [];
      for (let level = 0; level < depth; level++) {
        // Nested tags are listed in order on each line; a level is the k-th tag where present.
        const tags = rows.map((r) => r[level + 1] ?? 'O');
        entities.push(...iobSpans(tags, (l) => WOJOOD[l] ?? null));
      }
      const seen = new Set<string>();
      out.push({ tokens, entities: entities.filter((e) => !seen.has(`${e.start}:${e.end}:${e.type}`) && !!seen.add(`${e.start}:${e.end}:${e.type}`)) });
      rows = [];
    };
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      const cols = line.trim().split(' ');
      if (!line.trim() || cols[0] === '$#$') {
        flush();
        continue;
      }
      rows.push(cols);
    }
    flush();
  }
  return out;
}

const FANE_PERSON = new Set(['Politician', 'Athlete', 'Artist', 'Other_PER', 'Religious_PER', 'Scientist', 'Businessperson', 'Lawyer', 'Engineer', 'Police']);
const FANE_ORG = new Set(['Government', 'Non-Governmental', 'Commercial', 'Media', 'Sports', 'Educational', 'Entertainment', 'Medical-Science', 'Religious_ORG']);
const FANE_PLACE = new Set(['Nation', 'Population-Center', 'State-or-Province', 'County-or-District', 'GPE-Cluster', 'Continent', 'Water-Body', 'Land-Region-Natural', 'Celestial']);

/** NewsFANE gold: fine classes folded to person (people, not "Group"), organisation and place. */
export function readNewsfane(dir = join(DEV, 'newsfane')): NerSentence[] {
  const path = join(dir, 'newsfane-part1.txt');
  if (!existsSync(path)) return [];
  const out: NerSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const map = (l: string): Coarse | null => (FANE_PERSON.has(l) ? 'person' : FANE_ORG.has(l) ? 'organisation' : FANE_PLACE.has(l) ? 'place' : null);
  const flush = (): void => {
    if (tokens.length) out.push({ tokens, entities: iobSpans(tags, map) });
    tokens = [];
    tags = [];
  };
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.replace(/[\uFEFF\r\u200E\u200F]/g, '');
    const [tok, tag] = line.split('\t');
    if (!tok || !tok.trim()) {
      flush();
      continue;
    }
    tokens.push(tok.trim());
    tags.push((tag ?? 'O').trim());
  }
  flush();
  return out;
}

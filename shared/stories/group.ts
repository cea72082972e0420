/**
 * Stories: one statement carried by several articles. Claims join when they have the same speaker
 * (a spokesperson counts as the body whose role names it), the same polarity (a denial never joins
 * what it denies), overlapping content tokens and dates within a window. Candidates come from an
 * inverted index keyed by speaker and token, never from all pairs; tokens held by very many claims
 * are left out of the index (they say nothing about which statement it is).
 */
import { RELIABILITY_RANK, type Actor, type Annotation, type Article, type Reliability, type Source } from '../domain';
import { normaliseKey } from '../analysis/normalise';
import { claimFeatures, sentenceStart, type ClaimFeatures, type MentionSpan } from './claim-features';
import { originsOf } from './origins';
import { unionFind } from './union-find';
import { proposeCredibility } from './credibility';
import { named, reasonText, worded, type ReasonPart } from './reason';
import type { Contradiction, Story, StoriesResult, StoryClaim, StoryOrigin } from './types';

export interface StoriesInput {
  articles: readonly Article[];
  actors: readonly Actor[];
  sources: readonly Source[];
  annotations: readonly Annotation[];
}

export interface StoriesOptions {
  /** Also group pending (suggested, not yet reviewed) claims. */
  includePending?: boolean;
  /** Claims whose articles are both dated join only within this many days. Default 7. */
  windowDays?: number;
}

/** Content tokens two claims must share to be one statement. */
const MIN_SHARED = 3;
/** …and the share of the smaller claim's tokens that must be shared. */
const MIN_OVERLAP = 0.5;
/** Looser overlap for a denial or a different figure to be about a story. */
const MIN_SHARED_AGAINST = 2;
const MIN_OVERLAP_AGAINST = 0.3;
/** A token in more claims than this is not indexed. */
const MAX_POSTING = 400;
const DAY_MS = 86_400_000;

interface Item {
  ann: Annotation;
  article: Article;
  articleIndex: number;
  date: number | null;
  speaker: string | null;
  /** The speaker after folding spokespeople into their body. */
  group: string | null;
  f: ClaimFeatures;
}

/**
 * The body a person speaks for: a person whose role names an organisation or group of the case (by its
 * name or an alias, folded: "المتحدث باسم القيادة العامة") speaks for it. A head of state is not folded
 * into the state, nor anyone into a place: they speak for themselves.
 */
export function speakerGroups(actors: readonly Actor[]): Map<string, string> {
  const bodies = actors
    .filter((a) => a.type === 'organisation' || a.type === 'group')
    .flatMap((a) => [a.name, ...a.aliases].map((n) => ({ id: a.id, key: normaliseKey(n) })))
    .filter((b) => b.key.length >= 3)
    .sort((x, y) => y.key.length - x.key.length);
  const out = new Map<string, string>();
  for (const a of actors) {
    out.set(a.id, a.id);
    if (a.type !== 'person' || !a.role) continue;
    const role = ` ${normaliseKey(a.role)} `;
    const body = bodies.find((b) => role.includes(` ${b.key} `) || role.includes(` ال${b.key} `));
    if (body) out.set(a.id, body.id);
  }
  return out;
}

function dateOf(a: Article): number | null {
  if (!a.publishedAt) return null;
  const t = Date.parse(a.publishedAt);
  return Number.isNaN(t) ? null : t;
}


function overlaps(a: ReadonlySet<string>, b: ReadonlySet<string>, minShared: number, minOverlap: number, skip?: (t: string) => boolean): boolean {
  let n = 0;
  let sa = 0;
  let sb = 0;
  for (const t of a) if (!skip?.(t)) sa += 1;
  for (const t of b) if (!skip?.(t)) sb += 1;
  for (const t of a) if (!skip?.(t) && b.has(t)) n += 1;
  return n >= minShared && n / Math.max(1, Math.min(sa, sb)) >= minOverlap;
}

/**
 * Groups the case's claims into stories, with their independent origins, first report,
 * contradictions and a proposed credibility. Every claim is in exactly one story (a claim nothing
 * else repeats is a story of one). Deterministic: the same case gives the same stories in the same order.
 */
export function groupStories(input: StoriesInput, opts: StoriesOptions = {}): StoriesResult {
  const windowMs = (opts.windowDays ?? 7) * DAY_MS;
  const articles = input.articles;
  const articleIndex = new Map(articles.map((a, i) => [a.id, i]));
  const roots = originsOf(articles.map((a) => a.text));
  const originOf: Record<string, string> = {};
  articles.forEach((a, i) => (originOf[a.id] = (articles[roots[i] as number] as Article).id));
  const groups = speakerGroups(input.actors);
  const actorName = new Map(input.actors.map((a) => [a.id, a.name]));
  const sourceById = new Map(input.sources.map((s) => [s.id, s]));

  const mentionsByArticle = new Map<string, MentionSpan[]>();
  for (const a of input.annotations) {
    if (a.kind !== 'actor' || !a.actorId || a.review === 'rejected') continue;
    const list = mentionsByArticle.get(a.articleId) ?? [];
    list.push({ start: a.target.position.start, end: a.target.position.end, actorId: a.actorId });
    mentionsByArticle.set(a.articleId, list);
  }

  const items: Item[] = [];
  for (const ann of input.annotations) {
    if (ann.kind !== 'claim' || !ann.claim) continue;
    if (ann.review !== 'accepted' && !(opts.includePending && ann.review === 'pending')) continue;
    const idx = articleIndex.get(ann.articleId);
    if (idx === undefined) continue;
    const article = articles[idx] as Article;
    const { start, end } = ann.target.position;
    if (!(start >= 0 && end > start && end <= article.text.length)) continue;
    const before = article.text.slice(sentenceStart(article.text, start), start);
    const f = claimFeatures(article.text, start, end, mentionsByArticle.get(article.id) ?? [], ann.claim.subjectIds, before, ann.claim.claimType === 'denial');
    const speaker = ann.claim.speakerId;
    items.push({ ann, article, articleIndex: idx, date: dateOf(article), speaker, group: speaker ? (groups.get(speaker) ?? speaker) : null, f });
  }
  // Reading order: by article, then position, so ids and the first report are stable.
  items.sort((x, y) => x.articleIndex - y.articleIndex || x.ann.target.position.start - y.ann.target.position.start);

  const { find, union } = unionFind(items.length);
  const withinWindow = (a: Item, b: Item): boolean => a.date === null || b.date === null || Math.abs(a.date - b.date) <= windowMs;

  // Same statement: index keyed by speaker group, polarity and token.
  const index = new Map<string, number[]>();
  // Shared-token counts per candidate, in a typed array reset after each claim (no map per claim).
  const counts = new Int32Array(items.length);
  const touched: number[] = [];
  items.forEach((it, i) => {
    if (it.group === null) return;
    const prefix = `${it.group}\u0000${it.f.denial ? 'd' : 's'}\u0000`;
    touched.length = 0;
    for (const t of it.f.tokens) {
      const posting = index.get(prefix + t);
      if (!posting || posting.length > MAX_POSTING) continue;
      for (const j of posting) if ((counts[j] = (counts[j] as number) + 1) === 1) touched.push(j);
    }
    for (const j of touched) {
      const n = counts[j] as number;
      counts[j] = 0;
      if (n < MIN_SHARED || find(i) === find(j)) continue;
      const other = items[j] as Item;
      if (other.article.id === it.article.id || !withinWindow(it, other)) continue;
      if (n / Math.max(1, Math.min(it.f.tokens.size, other.f.tokens.size)) >= MIN_OVERLAP) union(i, j);
    }
    for (const t of it.f.tokens) {
      const key = prefix + t;
      const posting = index.get(key);
      if (posting) posting.push(i);
      else index.set(key, [i]);
    }
  });

  const members = new Map<number, number[]>();
  items.forEach((_, i) => {
    const r = find(i);
    const list = members.get(r) ?? [];
    list.push(i);
    members.set(r, list);
  });

  const toClaim = (it: Item): StoryClaim => ({
    annotationId: it.ann.id,
    articleId: it.article.id,
    start: it.ann.target.position.start,
    end: it.ann.target.position.end,
    quote: it.article.text.slice(it.ann.target.position.start, it.ann.target.position.end),
    speakerId: it.speaker,
    review: it.ann.review === 'accepted' ? 'accepted' : 'pending',
  });
  const publisherKey = (a: Article): string | null => (a.sourceId ? `s:${a.sourceId}` : a.publisher ? `p:${normaliseKey(a.publisher)}` : null);
  const reliabilityOf = (a: Article): Reliability => (a.sourceId ? (sourceById.get(a.sourceId)?.reliability ?? 'F') : 'F');
  const sourceLabel = (a: Article): string => (a.sourceId ? (sourceById.get(a.sourceId)?.name ?? a.publisher ?? a.title) : (a.publisher ?? a.title));

  const storyOf = new Array<number>(items.length);
  const storyItems: number[][] = [];
  for (const list of members.values()) {
    list.sort((x, y) => {
      const a = items[x] as Item;
      const b = items[y] as Item;
      const da = a.date ?? Number.POSITIVE_INFINITY;
      const db = b.date ?? Number.POSITIVE_INFINITY;
      return da - db || x - y;
    });
    for (const i of list) storyOf[i] = storyItems.length;
    storyItems.push(list);
  }

  // Independent origins: near-identical articles are one; articles of one publisher are one.
  const originsFor = (list: readonly number[]): StoryOrigin[] => {
    const byKey = new Map<string, StoryOrigin>();
    const keyOfOrigin = new Map<string, string>();
    for (const i of list) {
      const a = (items[i] as Item).article;
      const origin = originOf[a.id] as string;
      const pub = publisherKey(a);
      const key = keyOfOrigin.get(origin) ?? (pub && byKey.has(pub) ? pub : (pub ?? `o:${origin}`));
      keyOfOrigin.set(origin, key);
      const o = byKey.get(key) ?? { label: sourceLabel(a), articleIds: [] };
      if (!o.articleIds.includes(a.id)) o.articleIds.push(a.id);
      byKey.set(key, o);
    }
    return [...byKey.values()];
  };

  // Contradictions: a second index over tokens alone (any speaker). Only denials and claims with
  // figures can contradict, so only they look up candidates; the rest are only looked up.
  const globalIndex = new Map<string, number[]>();
  items.forEach((it, i) => {
    for (const t of it.f.tokens) {
      const p = globalIndex.get(t);
      if (p) {
        if (p.length <= MAX_POSTING) p.push(i);
      } else globalIndex.set(t, [i]);
    }
  });
  const isNumber = (t: string): boolean => /^\d/.test(t);
  const name = (id: string | null): string => (id ? (actorName.get(id) ?? id) : 'an unnamed speaker');
  const againstOf = storyItems.map(() => new Map<string, Contradiction>());
  const who = (id: string | null): ReasonPart => named(name(id));
  const add = (s: number, d: Item, kind: Contradiction['kind'], reasonParts: ReasonPart[]): void => {
    const m = againstOf[s] as Map<string, Contradiction>;
    if (!m.has(d.ann.id)) m.set(d.ann.id, { ...toClaim(d), kind, reason: reasonText(reasonParts), reasonParts });
  };
  items.forEach((d, j) => {
    if (!d.f.denial && d.f.figures.length === 0) return;
    touched.length = 0;
    for (const t of d.f.tokens) {
      const p = globalIndex.get(t);
      if (!p || p.length > MAX_POSTING) continue;
      for (const i of p) if (i !== j && (counts[i] = (counts[i] as number) + 1) === 1) touched.push(i);
    }
    for (const i of touched) {
      const n = counts[i] as number;
      counts[i] = 0;
      if (n < MIN_SHARED_AGAINST) continue;
      const s = storyOf[i] as number;
      const c = items[i] as Item;
      if (storyOf[j] === s || c.f.denial || !withinWindow(c, d)) continue;
      const first = items[(storyItems[s] as number[])[0] as number] as Item;
      if (first.f.denial) continue;
      const group = first.group;
      if (d.f.denial) {
        if (!overlaps(c.f.tokens, d.f.tokens, MIN_SHARED_AGAINST, MIN_OVERLAP_AGAINST)) continue;
        const cue = d.f.denial;
        const speakerIds = new Set((storyItems[s] as number[]).map((k) => (items[k] as Item).speaker).filter((x): x is string => x !== null));
        if (group) speakerIds.add(group);
        if (group && d.group === group) add(s, d, 'denial', worded`${who(d.speaker)} denied it (“${named(cue)}”)`);
        else if ([...speakerIds].some((id) => d.f.tokens.has(`@${id}`))) add(s, d, 'rebuttal', worded`rebuttal by ${who(d.speaker)} of ${who(group)} (“${named(cue)}”)`);
        else {
          const subject = [...c.f.tokens].find((t) => t.startsWith('@') && d.f.tokens.has(t) && t.slice(1) !== d.speaker);
          if (subject) add(s, d, 'denial', worded`${who(d.speaker)} denied it about ${who(subject.slice(1))} (“${named(cue)}”)`);
        }
      } else if (c.f.figures.length > 0 && overlaps(c.f.tokens, d.f.tokens, MIN_SHARED_AGAINST, 0.5, isNumber)) {
        const clash = d.f.figures.find((fd) => c.f.figures.some((fc) => fc.unit === fd.unit && fc.value !== fd.value));
        if (clash) add(s, d, 'figure', worded`different figure from ${who(d.speaker)}: “${named(clash.text)}” where the story gives ${String(c.f.figures.find((fc) => fc.unit === clash.unit)?.value)}`);
      }
    }
  });

  const stories: Story[] = storyItems.map((list, s) => {
    const first = items[list[0] as number] as Item;
    const group = first.group;
    const contradictions = againstOf[s] as Map<string, Contradiction>;
    // A different figure for the same quantity inside the story: the first report's figure stands.
    const firstFigure = new Map<string, number>();
    for (const i of list) for (const fig of (items[i] as Item).f.figures) if (!firstFigure.has(fig.unit)) firstFigure.set(fig.unit, fig.value);
    for (const i of list) {
      const it = items[i] as Item;
      const other = it.f.figures.find((fig) => firstFigure.get(fig.unit) !== fig.value);
      if (other) add(s, it, 'figure', worded`different figure: “${named(other.text)}” where the first report gives ${String(firstFigure.get(other.unit))}`);
    }
    const origins = originsFor(list);
    const best = Math.min(...list.map((i) => RELIABILITY_RANK[reliabilityOf((items[i] as Item).article)]));
    const against = [...contradictions.values()].map((c) => {
      const a = articles[articleIndex.get(c.articleId) as number] as Article;
      return { ...c, rank: RELIABILITY_RANK[reliabilityOf(a)], label: sourceLabel(a) };
    });
    const storyBest = (Object.keys(RELIABILITY_RANK) as Reliability[]).find((r) => RELIABILITY_RANK[r] === best) as Reliability;
    return {
      id: `story-${first.ann.id}`,
      speaker: group ? { actorId: group, name: name(group) } : null,
      claims: list.map((i) => toClaim(items[i] as Item)),
      origins,
      first: { annotationId: first.ann.id, articleId: first.article.id, publishedAt: first.article.publishedAt },
      contradictions: [...contradictions.values()],
      credibility: proposeCredibility(origins, storyBest, against),
    };
  });
  stories.sort((a, b) => (articleIndex.get(a.first.articleId) as number) - (articleIndex.get(b.first.articleId) as number) || a.claims[0]!.start - b.claims[0]!.start);
  return { originOf, stories };
}

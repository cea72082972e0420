/**
 * The actor network: who speaks about whom. Nodes are the actors that make or are the subject of
 * accepted claims (size: claims made); an "about" edge runs from a claim's speaker to each actor the
 * claim concerns (its subjects and the actors named inside it), carrying the claims it stands for and
 * their stance where the words show one (stance.ts: denies, or backs). Given the case's stories
 * (group.ts), "story" edges join actors of one story: whoever contradicts a story's statement to its
 * speaker, and the speaker to a compatible speaker of the same statement (its spokesperson).
 */
import type { Actor, ActorType, Annotation, Article } from '../domain';
import { claimStance, combinedStance, type Stance } from './stance';
import type { Story } from './types';

/** A node's colour by actor type, the same in the Stories view and the briefing's picture. */
export const ACTOR_TYPE_COLOURS: Record<ActorType, string> = {
  person: '#3b6fb6',
  organisation: '#b6663b',
  state: '#3b9a6f',
  place: '#8a8a8a',
  group: '#8b3bb6',
  other: '#555555',
};

/** An edge's colour by stance (unknown: grey), with the legend's words, in the view and the briefing alike. */
export const STANCE_STYLE: Record<'support' | 'deny' | 'mixed' | 'unknown', { colour: string; label: string }> = {
  support: { colour: '#2e7d32', label: 'backs or helps' },
  deny: { colour: '#c62828', label: 'denies or rebuts' },
  mixed: { colour: '#b26a00', label: 'both' },
  unknown: { colour: '#9aa4b5', label: 'stance not shown in the words' },
};

/** The legend's words for a story link (drawn dashed), in the view and the briefing alike. */
export const STORY_LINK_LABEL = 'same story: contradicts it, or says it too (dashed)';

export interface NetworkNode {
  id: string;
  name: string;
  type: ActorType;
  /** Claims this actor made. */
  claims: string[];
  /** Claims about this actor. */
  about: string[];
}

/**
 * How two actors of one story are related: the source contradicts the target's statement (a denial
 * or a rebuttal), or the source's statement is also made by the target (a
 * compatible speaker, such as its spokesperson).
 */
export type StoryRelation = 'contradicts' | 'same-story';

export interface NetworkEdge {
  id: string;
  /** 'about': from a claim's speaker to an actor the claim concerns; 'story': two actors of one story. */
  kind: 'about' | 'story';
  /** For a story edge, how its ends are related; null for an about edge. */
  relation: StoryRelation | null;
  source: string;
  target: string;
  /** Every claim the edge stands for (for a story edge: the other actor's claims, then `statement`). */
  claims: string[];
  /**
   * A story edge's claims of the statement it concerns: for 'contradicts' the story's claims that are
   * contradicted, for 'same-story' the story's claims by others than the target. Empty for about edges.
   */
  statement: string[];
  /** What the claims show of the speaker towards the target: for, against, both, or null when unknown. */
  stance: Stance | 'mixed' | null;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export interface NetworkFilter {
  articleId?: string | null;
  types?: readonly ActorType[] | null;
  /** First day (YYYY-MM-DD, inclusive) of the articles whose claims count; null or absent: no lower bound. */
  from?: string | null;
  /** Last day (YYYY-MM-DD, inclusive); null or absent: no upper bound. */
  to?: string | null;
  /**
   * With a date range set, also count claims of articles without a (readable) published date.
   * Default true: an undated report is not evidence of being outside the range.
   */
  includeUndated?: boolean;
}

const isDay = (day: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(day));

/** The published day of an article as written (YYYY-MM-DD, the writer's own time zone), or null when it has none. */
export function publishedDay(publishedAt: string | null | undefined): string | null {
  const day = publishedAt ? /^(\d{4}-\d{2}-\d{2})/.exec(publishedAt)?.[1] : undefined;
  return day && isDay(day) ? day : null;
}

/**
 * What is wrong with a network date range, in words for the analyst, or null when it is usable
 * (either end may be missing). A day must be written YYYY-MM-DD; From after To holds nothing.
 */
export function dateRangeProblem(from: string | null | undefined, to: string | null | undefined): string | null {
  for (const [label, day] of [['From', from], ['To', to]] as const) {
    if (day && !isDay(day)) return `The ${label} date “${day}” is not a day (write it as YYYY-MM-DD).`;
  }
  if (from && to && from > to) return `The From date (${from}) is after the To date (${to}), so no claim can be in the range. Change one of them, or show all dates.`;
  return null;
}

/**
 * Builds the network from the case's accepted claims and actor mentions; pure, linear in the
 * annotations and the stories' claims. Without `articles` (their texts) only the analyst's claim type
 * "denial" gives a stance, and a date range counts every claim as undated. Without `stories` there
 * are no story edges. Only claims the filter counts make nodes and edges of either kind; a date range
 * with From after To (see dateRangeProblem) gives an empty network. Throws a RangeError for a date
 * not written YYYY-MM-DD.
 */
export function actorNetwork(
  input: {
    actors: readonly Actor[];
    annotations: readonly Annotation[];
    articles?: readonly (Pick<Article, 'id' | 'text'> & Partial<Pick<Article, 'publishedAt'>>)[];
    stories?: readonly Story[] | null;
  },
  filter: NetworkFilter = {},
): Network {
  for (const day of [filter.from, filter.to]) if (day && !isDay(day)) throw new RangeError(`Network date “${day}” is not a day written YYYY-MM-DD.`);
  // Nothing is in an empty range, undated claims included (they are kept only beside a range).
  if (filter.from && filter.to && filter.from > filter.to) return { nodes: [], edges: [] };
  const actors = new Map(input.actors.map((a) => [a.id, a]));
  const texts = new Map((input.articles ?? []).map((a) => [a.id, a.text]));
  const days = new Map((input.articles ?? []).map((a) => [a.id, publishedDay(a.publishedAt)]));
  const ranged = !!(filter.from || filter.to);
  const inRange = (articleId: string): boolean => {
    if (!ranged) return true;
    const day = days.get(articleId) ?? null;
    if (day === null) return filter.includeUndated !== false;
    return (!filter.from || day >= filter.from) && (!filter.to || day <= filter.to);
  };
  const allowed = (id: string): boolean => {
    const a = actors.get(id);
    return !!a && (!filter.types || filter.types.includes(a.type));
  };
  const mentions = new Map<string, { start: number; end: number; actorId: string }[]>();
  for (const a of input.annotations) {
    if (a.kind !== 'actor' || !a.actorId || a.review !== 'accepted') continue;
    const list = mentions.get(a.articleId) ?? [];
    list.push({ start: a.target.position.start, end: a.target.position.end, actorId: a.actorId });
    mentions.set(a.articleId, list);
  }
  const nodes = new Map<string, NetworkNode>();
  const node = (id: string): NetworkNode => {
    let n = nodes.get(id);
    if (!n) {
      const a = actors.get(id) as Actor;
      n = { id, name: a.name, type: a.type, claims: [], about: [] };
      nodes.set(id, n);
    }
    return n;
  };
  const edges = new Map<string, NetworkEdge & { stances: (Stance | null)[] }>();
  // The claims the filter counts, with their stance (the story edges use both).
  const counted = new Map<string, Stance | null>();
  for (const c of input.annotations) {
    if (c.kind !== 'claim' || !c.claim || c.review !== 'accepted') continue;
    if (filter.articleId && c.articleId !== filter.articleId) continue;
    if (!inRange(c.articleId)) continue;
    const speaker = c.claim.speakerId;
    if (speaker && allowed(speaker)) node(speaker).claims.push(c.id);
    const { start, end } = c.target.position;
    const text = texts.get(c.articleId);
    const stance = text !== undefined && end <= text.length ? claimStance(text, start, end, c.claim.claimType === 'denial') : c.claim.claimType === 'denial' ? 'deny' : null;
    counted.set(c.id, stance);
    const about = new Set([...c.claim.subjectIds, ...(mentions.get(c.articleId) ?? []).filter((m) => m.start >= start && m.end <= end).map((m) => m.actorId)]);
    for (const id of about) {
      if (id === speaker || !allowed(id)) continue;
      node(id).about.push(c.id);
      if (!speaker || !allowed(speaker)) continue;
      const key = `${speaker}→${id}`;
      const e = edges.get(key) ?? { id: key, kind: 'about' as const, relation: null, source: speaker, target: id, claims: [], statement: [], stance: null, stances: [] };
      e.claims.push(c.id);
      e.stances.push(stance);
      edges.set(key, e);
    }
  }
  const story = storyEdges(input.stories ?? [], counted, (id) => {
    if (!allowed(id)) return false;
    node(id);
    return true;
  });
  return {
    nodes: [...nodes.values()],
    edges: [...[...edges.values()].map(({ stances: list, ...e }) => ({ ...e, stance: combinedStance(list) })), ...story],
  };
}

/**
 * The story edges among the `counted` claims (id → stance): per story, the speaker of each denial or
 * rebuttal → the story's speaker ('contradicts', stance deny; a different figure is left out: it
 * disagrees on a number, not with the speaker, and loose figure matches across a big case would
 * join speakers by the thousand), and the story's speaker → each other speaker of its claims ('same-story', when
 * the story has a counted claim by someone else too; stance unknown: repeating a statement says
 * nothing for or against the speaker, a story never joins a denial to what it denies). Edges of one
 * relation between one pair are one edge over all stories. `keep` says whether an actor may be an
 * end (and makes its node).
 */
function storyEdges(stories: readonly Story[], counted: ReadonlyMap<string, Stance | null>, keep: (actorId: string) => boolean): NetworkEdge[] {
  const out = new Map<string, { edge: NetworkEdge; mine: Set<string>; statement: Set<string>; stances: (Stance | null)[] }>();
  const add = (relation: StoryRelation, source: string, target: string, mine: readonly string[], statement: readonly string[], stance: Stance | null): void => {
    if (source === target || !keep(source) || !keep(target)) return;
    const id = `story:${relation}:${source}→${target}`;
    const e = out.get(id) ?? { edge: { id, kind: 'story', relation, source, target, claims: [], statement: [], stance: null }, mine: new Set<string>(), statement: new Set<string>(), stances: [] };
    for (const c of mine) e.mine.add(c);
    for (const c of statement) e.statement.add(c);
    e.stances.push(stance);
    out.set(id, e);
  };
  for (const s of stories) {
    const speaker = s.speaker?.actorId;
    if (!speaker) continue;
    const claims = s.claims.filter((c) => counted.has(c.annotationId));
    if (claims.length === 0) continue;
    const statement = claims.map((c) => c.annotationId);
    const inStory = new Set(statement);
    const against = new Map<string, string[]>();
    for (const d of s.contradictions) {
      if (d.kind === 'figure' || !d.speakerId || !counted.has(d.annotationId) || inStory.has(d.annotationId)) continue;
      against.set(d.speakerId, [...(against.get(d.speakerId) ?? []), d.annotationId]);
    }
    for (const [who, ids] of against) add('contradicts', who, speaker, ids, statement, 'deny');
    const bySpeaker = new Map<string, string[]>();
    for (const c of claims) if (c.speakerId && c.speakerId !== speaker) bySpeaker.set(c.speakerId, [...(bySpeaker.get(c.speakerId) ?? []), c.annotationId]);
    for (const [who, ids] of bySpeaker) {
      const own = new Set(ids);
      const others = statement.filter((id) => !own.has(id));
      if (others.length > 0) add('same-story', speaker, who, ids, others, null);
    }
  }
  return [...out.values()].map(({ edge, mine, statement, stances }) => {
    const stmt = [...statement].filter((c) => !mine.has(c));
    return { ...edge, claims: [...mine, ...stmt], statement: stmt, stance: combinedStance(stances) };
  });
}

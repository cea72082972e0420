/**
 * The actor network: who speaks about whom. Nodes are the actors that make or are the subject of
 * accepted claims (size: claims made); an edge runs from a claim's speaker to each actor the claim
 * concerns (its subjects and the actors named inside it), carrying the claims it stands for and
 * their stance where the words show one (stance.ts: denies, or backs).
 */
import type { Actor, ActorType, Annotation, Article } from '../domain';
import { claimStance, combinedStance, type Stance } from './stance';

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

export interface NetworkNode {
  id: string;
  name: string;
  type: ActorType;
  /** Claims this actor made. */
  claims: string[];
  /** Claims about this actor. */
  about: string[];
}

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  claims: string[];
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
}

/**
 * Builds the network from the case's accepted claims and actor mentions; pure, linear in the
 * annotations. Without `articles` (their texts) only the analyst's claim type "denial" gives a stance.
 */
export function actorNetwork(
  input: { actors: readonly Actor[]; annotations: readonly Annotation[]; articles?: readonly Pick<Article, 'id' | 'text'>[] },
  filter: NetworkFilter = {},
): Network {
  const actors = new Map(input.actors.map((a) => [a.id, a]));
  const texts = new Map((input.articles ?? []).map((a) => [a.id, a.text]));
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
  for (const c of input.annotations) {
    if (c.kind !== 'claim' || !c.claim || c.review !== 'accepted') continue;
    if (filter.articleId && c.articleId !== filter.articleId) continue;
    const speaker = c.claim.speakerId;
    if (speaker && allowed(speaker)) node(speaker).claims.push(c.id);
    const { start, end } = c.target.position;
    const text = texts.get(c.articleId);
    const stance = text !== undefined && end <= text.length ? claimStance(text, start, end, c.claim.claimType === 'denial') : c.claim.claimType === 'denial' ? 'deny' : null;
    const about = new Set([...c.claim.subjectIds, ...(mentions.get(c.articleId) ?? []).filter((m) => m.start >= start && m.end <= end).map((m) => m.actorId)]);
    for (const id of about) {
      if (id === speaker || !allowed(id)) continue;
      node(id).about.push(c.id);
      if (!speaker || !allowed(speaker)) continue;
      const key = `${speaker}→${id}`;
      const e = edges.get(key) ?? { id: key, source: speaker, target: id, claims: [], stance: null, stances: [] };
      e.claims.push(c.id);
      e.stances.push(stance);
      edges.set(key, e);
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()].map(({ stances: list, ...e }) => ({ ...e, stance: combinedStance(list) })) };
}

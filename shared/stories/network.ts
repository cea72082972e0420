/**
 * The actor network: who speaks about whom. Nodes are the actors that make or are the subject of
 * accepted claims (size: claims made); an edge runs from a claim's speaker to each actor the claim
 * concerns (its subjects and the actors named inside it), carrying the claims it stands for.
 */
import type { Actor, ActorType, Annotation } from '../domain';

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
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export interface NetworkFilter {
  articleId?: string | null;
  types?: readonly ActorType[] | null;
}

/** Builds the network from the case's accepted claims and actor mentions; pure, linear in the annotations. */
export function actorNetwork(input: { actors: readonly Actor[]; annotations: readonly Annotation[] }, filter: NetworkFilter = {}): Network {
  const actors = new Map(input.actors.map((a) => [a.id, a]));
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
  const edges = new Map<string, NetworkEdge>();
  for (const c of input.annotations) {
    if (c.kind !== 'claim' || !c.claim || c.review !== 'accepted') continue;
    if (filter.articleId && c.articleId !== filter.articleId) continue;
    const speaker = c.claim.speakerId;
    if (speaker && allowed(speaker)) node(speaker).claims.push(c.id);
    const { start, end } = c.target.position;
    const about = new Set([...c.claim.subjectIds, ...(mentions.get(c.articleId) ?? []).filter((m) => m.start >= start && m.end <= end).map((m) => m.actorId)]);
    for (const id of about) {
      if (id === speaker || !allowed(id)) continue;
      node(id).about.push(c.id);
      if (!speaker || !allowed(speaker)) continue;
      const key = `${speaker}→${id}`;
      const e = edges.get(key) ?? { id: key, source: speaker, target: id, claims: [] };
      e.claims.push(c.id);
      edges.set(key, e);
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

import type { Actor, Article, CaseData, ClaimType, ReviewState, Source } from '../../../shared/domain';
import { admiraltyGrade } from '../../../shared/domain';

/** One claim as the claims table shows it: names already resolved, so the table never looks anything up. */
export interface ClaimRow {
  id: string;
  articleId: string;
  text: string;
  speaker: string;
  subjects: string;
  source: string;
  channel: string;
  grade: string;
  claimType: ClaimType;
  article: string;
  status: ReviewState;
  hedged: boolean;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(item.id, item);
  return map;
}

/**
 * Builds one row per claim annotation (kind 'claim'), in the case's annotation order, resolving
 * actor, source and article names. Grade = the source record's reliability ('F' when the claim has
 * no source or it no longer exists) + the claim's credibility, e.g. "B2". Ids that no longer
 * resolve give empty names rather than failing, so a half-edited case still lists every claim.
 * O(n) in the number of annotations, actors, sources and articles.
 */
export function claimRows(data: Pick<CaseData, 'articles' | 'actors' | 'sources' | 'annotations'>): ClaimRow[] {
  const actors: Map<string, Actor> = byId(data.actors);
  const sources: Map<string, Source> = byId(data.sources);
  const articles: Map<string, Article> = byId(data.articles);
  const rows: ClaimRow[] = [];
  for (const a of data.annotations) {
    if (a.kind !== 'claim') continue;
    const claim = a.claim;
    const source = claim?.sourceId ? sources.get(claim.sourceId) : undefined;
    const subjects: string[] = [];
    for (const id of claim?.subjectIds ?? []) {
      const name = actors.get(id)?.name;
      if (name) subjects.push(name);
    }
    rows.push({
      id: a.id,
      articleId: a.articleId,
      text: a.target.quote.exact,
      speaker: (claim?.speakerId && actors.get(claim.speakerId)?.name) || '',
      subjects: subjects.join(', '),
      source: source?.name ?? '',
      channel: claim?.channel ?? '',
      grade: admiraltyGrade(source?.reliability ?? null, claim?.credibility ?? null),
      claimType: claim?.claimType ?? 'statement',
      article: articles.get(a.articleId)?.title ?? '',
      status: a.review,
      hedged: claim?.hedged ?? false,
    });
  }
  return rows;
}

/**
 * The briefing's tables: the actors and sources its claims involve, and every article of the case.
 */
import { ACTOR_TYPES, DIRECTIONS, RELIABILITIES, SOURCE_KINDS, type Article } from '../domain';
import { compareLabels, oneOf } from './checked';
import { sourceOf, type ClaimContext } from './claims';
import type { Located } from './select';
import type { BriefingActorRow, BriefingArticleRow, BriefingSourceRow } from './types';

/**
 * Actors the claims involve (as speaker or subject) and the sources that carried them, each with
 * its count; most claims first, then (actors) most often the subject, then by name. References to
 * missing actors are skipped; a subject named twice in one claim counts once.
 */
export function involvedTables(ctx: ClaimContext, located: readonly Located[]): { actors: BriefingActorRow[]; sources: BriefingSourceRow[] } {
  const actorRows = new Map<string, BriefingActorRow>();
  const actorRow = (id: string): BriefingActorRow | null => {
    const a = ctx.actors.get(id);
    if (!a) return null;
    const row = actorRows.get(id) ?? { id, name: a.name, type: oneOf(a.type, ACTOR_TYPES, 'other'), role: a.role, claims: 0, subjectOf: 0 };
    actorRows.set(id, row);
    return row;
  };
  const sourceRows = new Map<string, BriefingSourceRow>();
  for (const l of located) {
    const details = l.ann.claim;
    if (details?.speakerId) {
      const row = actorRow(details.speakerId);
      if (row) row.claims += 1;
    }
    for (const id of new Set(details?.subjectIds ?? [])) {
      const row = actorRow(id);
      if (row) row.subjectOf += 1;
    }
    const s = sourceOf(ctx, l);
    if (s) {
      const row = sourceRows.get(s.id) ?? {
        id: s.id,
        name: s.name,
        kind: oneOf(s.kind, SOURCE_KINDS, 'outlet'),
        reliability: oneOf(s.reliability, RELIABILITIES, 'F'),
        claims: 0,
      };
      row.claims += 1;
      sourceRows.set(s.id, row);
    }
  }
  const byWeight = <T extends { name: string; claims: number }>(rows: Iterable<T>, extra: (r: T) => number): T[] =>
    [...rows].sort((x, y) => y.claims - x.claims || extra(y) - extra(x) || compareLabels(x.name, y.name));
  return { actors: byWeight(actorRows.values(), (r) => r.subjectOf), sources: byWeight(sourceRows.values(), () => 0) };
}

/** Every article of the case, cited or not, in case order, with how many of the briefing's claims it holds. */
export function articleRows(articles: readonly Article[], located: readonly Located[]): BriefingArticleRow[] {
  const claimsPerArticle = new Map<string, number>();
  for (const l of located) claimsPerArticle.set(l.article.id, (claimsPerArticle.get(l.article.id) ?? 0) + 1);
  return articles.map((a) => ({
    id: a.id,
    title: a.title,
    publisher: a.publisher,
    publishedAt: a.publishedAt,
    url: a.url,
    dir: oneOf(a.dir, DIRECTIONS, 'ltr'),
    claims: claimsPerArticle.get(a.id) ?? 0,
  }));
}

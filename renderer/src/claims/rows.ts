import type { Actor, Annotation, Article, CaseData, ClaimType, ReviewState, Source } from '../../../shared/domain';
import { admiraltyGrade } from '../../../shared/domain';
import { neutraliseDirectionControls as shown } from '../../../shared/direction-controls';

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

/** The names a row shows, looked up by id. */
interface Lookups {
  actors: Map<string, Actor>;
  sources: Map<string, Source>;
  articles: Map<string, Article>;
}

function claimRow(a: Annotation, { actors, sources, articles }: Lookups): ClaimRow {
  const claim = a.claim;
  const source = claim?.sourceId ? sources.get(claim.sourceId) : undefined;
  const subjects: string[] = [];
  for (const id of claim?.subjectIds ?? []) {
    const name = actors.get(id)?.name;
    if (name) subjects.push(shown(name));
  }
  return {
    id: a.id,
    articleId: a.articleId,
    text: a.target.quote.exact,
    speaker: shown((claim?.speakerId && actors.get(claim.speakerId)?.name) || ''),
    subjects: subjects.join(', '),
    source: shown(source?.name ?? ''),
    channel: claim?.channel ?? '',
    grade: admiraltyGrade(source?.reliability ?? null, claim?.credibility ?? null),
    claimType: claim?.claimType ?? 'statement',
    article: shown(articles.get(a.articleId)?.title ?? ''),
    status: a.review,
    hedged: claim?.hedged ?? false,
  };
}

// Rows made for the current actors, sources and articles, by annotation. Case data is replaced on
// every edit, never changed in place, so an annotation object seen before gives the same row: an
// edit to one claim of 20,000 rebuilds one row, not all (~30–50 ms each edit), and the table's
// per-row keys stay cached. Renaming an actor, grading a source or retitling an article (new
// arrays) starts over.
let made: { actors: readonly Actor[]; sources: readonly Source[]; articles: readonly Article[]; rows: WeakMap<Annotation, ClaimRow>; lookups: Lookups | null } | null = null;

/**
 * Builds one row per claim annotation (kind 'claim'), in the case's annotation order, resolving
 * actor, source and article names. Grade = the source record's reliability ('F' when the claim has
 * no source or it no longer exists) + the claim's credibility, e.g. "B2". Ids that no longer
 * resolve give empty names rather than failing, so a half-edited case still lists every claim.
 * O(n) in the number of annotations; rows of annotations unchanged since the last call (same
 * objects, same actors, sources and articles arrays) are reused, not rebuilt.
 */
export function claimRows(data: Pick<CaseData, 'articles' | 'actors' | 'sources' | 'annotations'>): ClaimRow[] {
  if (!made || made.actors !== data.actors || made.sources !== data.sources || made.articles !== data.articles) {
    made = { actors: data.actors, sources: data.sources, articles: data.articles, rows: new WeakMap(), lookups: null };
  }
  const cache = made;
  const rows: ClaimRow[] = [];
  for (const a of data.annotations) {
    if (a.kind !== 'claim') continue;
    let row = cache.rows.get(a);
    if (!row) {
      cache.lookups ??= { actors: byId(data.actors), sources: byId(data.sources), articles: byId(data.articles) };
      row = claimRow(a, cache.lookups);
      cache.rows.set(a, row);
    }
    rows.push(row);
  }
  return rows;
}

/**
 * The rows the claims table lists: accepted claims (the analyst's own and accepted suggestions);
 * with `includeSuggestions`, pending and rejected suggestions too. Returns `rows` itself when
 * nothing is left out, so an unchanged array keeps the table's sort and filter caches.
 */
export function tableRows(rows: ClaimRow[], includeSuggestions: boolean): ClaimRow[] {
  if (includeSuggestions || rows.every((r) => r.status === 'accepted')) return rows;
  return rows.filter((r) => r.status === 'accepted');
}

/** How many claims the table counts, and how many suggestions it can add. */
export interface ClaimCounts {
  claims: number;
  suggestions: number;
}

/** How many of `rows` are claims (accepted) and how many are suggestions still pending or rejected. */
export function claimCounts(rows: readonly ClaimRow[]): ClaimCounts {
  let claims = 0;
  for (const r of rows) if (r.status === 'accepted') claims++;
  return { claims, suggestions: rows.length - claims };
}

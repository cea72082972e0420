import type { Actor, Annotation, Article, CaseData, ClaimType, ReviewState, Source } from '../../../shared/domain';
import { admiraltyGrade } from '../../../shared/domain';
import { neutraliseDirectionControls as shown } from '../../../shared/direction-controls';
import { pickPatched, type Picked } from './changes';

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

const isClaim = (a: Annotation) => a.kind === 'claim';
const isAccepted = (r: ClaimRow) => r.status === 'accepted';
const same = (r: ClaimRow) => r;

/** How many claims the table counts, and how many suggestions it can add. */
export interface ClaimCounts {
  claims: number;
  suggestions: number;
}

/**
 * The claims table's rows and list, each remembering what it gave last. Case data is
 * replaced on every edit, never changed in place, and keeps every untouched object: an edit to one
 * claim of 20,000 gives a new annotations array with one new object at the same place, so each
 * step compares the new array with the last one place by place (changes.ts) and redoes only that
 * place: one row rebuilt, one row of the list replaced. Renaming an actor,
 * grading a source or retitling an article (new arrays) starts the rows over.
 */
export class ClaimTableRows {
  private made: {
    actors: readonly Actor[];
    sources: readonly Source[];
    articles: readonly Article[];
    rows: WeakMap<Annotation, ClaimRow>;
    lookups: Lookups | null;
    last: Picked<Annotation, ClaimRow> | null;
  } | null = null;
  private list: Picked<ClaimRow, ClaimRow> | null = null;

  /**
   * One row per claim annotation (kind 'claim'), in the case's annotation order, resolving actor,
   * source and article names. Grade = the source record's reliability ('F' when the claim has no
   * source or it no longer exists) + the claim's credibility, e.g. "B2". Ids that no longer resolve
   * give empty names rather than failing, so a half-edited case still lists every claim. The same
   * annotations array gives the same rows array; rows of unchanged annotations are reused.
   * O(changes) plus an O(n) identity scan after an edit; O(n) otherwise.
   */
  rows(data: Pick<CaseData, 'articles' | 'actors' | 'sources' | 'annotations'>): ClaimRow[] {
    let cache = this.made;
    if (!cache || cache.actors !== data.actors || cache.sources !== data.sources || cache.articles !== data.articles) {
      cache = this.made = { actors: data.actors, sources: data.sources, articles: data.articles, rows: new WeakMap(), lookups: null, last: null };
    }
    const made = cache;
    const rowOf = (a: Annotation): ClaimRow => {
      let row = made.rows.get(a);
      if (!row) {
        made.lookups ??= { actors: byId(data.actors), sources: byId(data.sources), articles: byId(data.articles) };
        row = claimRow(a, made.lookups);
        made.rows.set(a, row);
      }
      return row;
    };
    made.last = pickPatched(made.last, data.annotations, isClaim, rowOf);
    return made.last.output;
  }

  /**
   * The rows the claims table lists: accepted claims (the analyst's own and accepted suggestions);
   * with `includeSuggestions`, pending and rejected suggestions too. Returns `rows` itself when
   * nothing is left out, so an unchanged array keeps the table's sort and filter caches; after an
   * edit to a few rows, patches the last list instead of filtering every row again.
   */
  listed(rows: ClaimRow[], includeSuggestions: boolean): ClaimRow[] {
    if (includeSuggestions) return rows;
    this.list = pickPatched(this.list, rows, isAccepted, same);
    return this.list.output.length === rows.length ? rows : this.list.output;
  }
}

// The app's one claims table.
const shared = new ClaimTableRows();

/** ClaimTableRows.rows of the app's claims table. */
export const claimRows = (data: Pick<CaseData, 'articles' | 'actors' | 'sources' | 'annotations'>): ClaimRow[] => shared.rows(data);

/** ClaimTableRows.listed of the app's claims table. */
export const tableRows = (rows: ClaimRow[], includeSuggestions: boolean): ClaimRow[] => shared.listed(rows, includeSuggestions);

/**
 * How many claims the table counts (accepted) and how many suggestions it can add (pending or
 * rejected), from the annotations: one pass and no rows, so the tab's count never waits for them.
 */
export function claimCounts(annotations: readonly Annotation[]): ClaimCounts {
  let claims = 0;
  let suggestions = 0;
  for (const a of annotations) {
    if (!isClaim(a)) continue;
    if (a.review === 'accepted') claims++;
    else suggestions++;
  }
  return { claims, suggestions };
}

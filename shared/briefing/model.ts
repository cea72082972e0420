/**
 * The briefing model: everything a reader of the briefing sees, computed once from a case and
 * rendered to Markdown (markdown.ts), HTML and PDF (html.ts) and Word, so the renderer's live
 * preview and the exporters show exactly the same thing. This module puts the parts together:
 * which claims (select.ts), their groups, numbers and citations (claims.ts), the tables
 * (tables.ts) and the appendix (appendix.ts); the types are in types.ts.
 */
import type { Actor, CaseData, Source } from '../domain';
import { neutraliseDirectionControls, neutraliseNames } from '../direction-controls';
import { appendixArticle } from './appendix';
import { oneOf } from './checked';
import { groupClaims, type ClaimContext } from './claims';
import { anchorers, selectClaims } from './select';
import { articleRows, involvedTables } from './tables';
import type { Briefing, BuildBriefingOptions } from './types';
import { briefingStories } from './stories-section';
import { briefingNetwork } from './network-picture';

export type * from './types';

/**
 * Builds the briefing of a case: the draft's title, marking and texts, the selected claims grouped as
 * the draft says, numbered citations (one per cited article, listing its cited paragraphs), actor and source tables and an
 * appendix with the text of every cited article. Pure; references to missing actors or sources are
 * skipped rather than failing, and a claim whose quote is no longer in its article is kept (anchored=false).
 */
export function buildBriefing(stored: CaseData, opts: BuildBriefingOptions = {}): Briefing {
  // Titles and names are shown with their direction controls as visible tags (see direction-controls.ts).
  const named = neutraliseNames(stored);
  const data: CaseData = {
    ...named,
    title: neutraliseDirectionControls(named.title),
    briefing: { ...named.briefing, title: neutraliseDirectionControls(named.briefing.title), author: neutraliseDirectionControls(named.briefing.author), marking: neutraliseDirectionControls(named.briefing.marking) },
  };
  const draft = data.briefing;
  const generatedAt = opts.generatedAt ?? data.updatedAt;
  const ctx: ClaimContext = {
    actors: new Map<string, Actor>(data.actors.map((a) => [a.id, a])),
    sources: new Map<string, Source>(data.sources.map((s) => [s.id, s])),
  };
  const anchorerOf = anchorers();
  const located = selectClaims(data, opts.claimIds, anchorerOf);
  const { groups, citations, claimNumbers, claimCount } = groupClaims(ctx, draft.groupBy, located);
  const { actors, sources } = involvedTables(ctx, located);

  // Story lines may cite articles that no claim of the briefing is from (added to the citations).
  const stories = briefingStories(data, claimNumbers, citations);
  const citedIds = new Set(citations.map((c) => c.articleId));
  const appendix = data.articles
    .filter((a) => citedIds.has(a.id))
    .map((article) => appendixArticle(article, anchorerOf(article), data.annotations, located, claimNumbers));

  const dayOf = (iso: string): string => (/^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0] ?? iso);
  return {
    meta: {
      title: draft.title.trim() || data.title,
      marking: draft.marking.trim(),
      author: draft.author.trim(),
      date: draft.date.trim() || dayOf(generatedAt),
      generatedAt,
      groupBy: oneOf(draft.groupBy, ['actor', 'source', 'article'] as const, 'actor'),
      pageSize: oneOf(draft.pageSize, ['A4', 'Letter'] as const, 'A4'),
    },
    bluf: draft.bluf,
    keyJudgments: draft.keyJudgments,
    groups,
    claimCount,
    citations,
    actors,
    sources,
    articles: articleRows(data.articles, located),
    appendix,
    stories,
    network: briefingNetwork(data, new Set(claimNumbers.keys())),
  };
}

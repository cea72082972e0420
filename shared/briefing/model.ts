/**
 * The briefing model: everything a reader of the briefing sees, computed once from a case and
 * rendered to Markdown (markdown.ts), HTML and PDF (html.ts) and Word, so the renderer's live
 * preview and the exporters show exactly the same thing. This module puts the parts together:
 * which claims (select.ts), their groups, numbers and citations (claims.ts), the tables
 * (tables.ts) and the appendix (appendix.ts); the types are in types.ts.
 */
import type { Actor, Annotation, CaseData, ClaimDetails, Source } from '../domain';
import { neutraliseDirectionControls, neutraliseNames } from '../direction-controls';
import { appendixArticle } from './appendix';
import { oneOf } from './checked';
import { groupClaims, type ClaimContext } from './claims';
import { anchorers, chosenClaims, selectClaims } from './select';
import { articleRows, involvedTables } from './tables';
import type { Briefing, BriefingBody, BriefingCase, BriefingChoice, BriefingGrouping, BuildBriefingOptions } from './types';
import { briefingStories, caseStories } from './stories-section';
import { briefingNetwork } from './network-picture';
import type { StoriesInput } from '../stories';

export type * from './types';

/**
 * Builds the briefing of a case: the draft's title, marking and texts, the selected claims grouped as
 * the draft says, numbered citations (one per cited article, listing its cited paragraphs), actor and source tables and an
 * appendix with the text of every cited article. Pure; references to missing actors or sources are
 * skipped rather than failing, and a claim whose quote is no longer in its article is kept (anchored=false).
 * The same as briefingHead and briefingBody put together (the Briefing view keeps the body while the analyst types).
 */
export function buildBriefing(stored: CaseData, opts: BuildBriefingOptions = {}): Briefing {
  return { ...briefingHead(stored, opts), ...briefingBody(stored, opts) };
}

/**
 * The briefing's heading and free texts: title (the case's when the draft has none), marking,
 * author, date (the day of generatedAt when the draft has none), layout, bottom line and key judgments.
 */
export function briefingHead(stored: Pick<CaseData, 'title' | 'briefing' | 'updatedAt'>, opts: Pick<BuildBriefingOptions, 'generatedAt'> = {}): Pick<Briefing, 'meta' | 'bluf' | 'keyJudgments'> {
  // Titles and names are shown with their direction controls as visible tags (see direction-controls.ts).
  const draft = stored.briefing;
  const generatedAt = opts.generatedAt ?? stored.updatedAt;
  const dayOf = (iso: string): string => (/^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0] ?? iso);
  return {
    meta: {
      title: neutraliseDirectionControls(draft.title).trim() || neutraliseDirectionControls(stored.title),
      marking: neutraliseDirectionControls(draft.marking).trim(),
      author: neutraliseDirectionControls(draft.author).trim(),
      date: draft.date.trim() || dayOf(generatedAt),
      generatedAt,
      groupBy: oneOf(draft.groupBy, ['actor', 'source', 'article'] as const, 'actor'),
      pageSize: oneOf(draft.pageSize, ['A4', 'Letter'] as const, 'A4'),
    },
    bluf: draft.bluf,
    keyJudgments: draft.keyJudgments,
  };
}

/**
 * The stories and the network of the briefing of `stored` (the slow part at case scale), to be
 * given to briefingBody or buildBriefing as `grouping` while the collections and the choice of
 * claims stay the same.
 */
export function groupBriefing(stored: BriefingChoice, opts: Pick<BuildBriefingOptions, 'claimIds'> = {}): BriefingGrouping {
  const data = neutraliseNames(stored);
  const articles = new Set(data.articles.map((a) => a.id));
  const claimIds = new Set(chosenClaims(data, opts.claimIds).filter((a) => articles.has(a.articleId)).map((a) => a.id));
  const stories = caseStories(data, claimIds);
  return { claimIds, stories, network: briefingNetwork(data, claimIds, stories) };
}

/**
 * True when a grouping made from `made` (groupBriefing) still holds for `now`: the same articles,
 * actors and sources (the same arrays), the same choice of claims, and every annotation either the
 * same object or changed only where no story and no network edge looks: a claim's credibility,
 * comment, tags, hedging or channel, an annotation's note, confidence, origin or timestamps. A change
 * of speaker, subjects, source, claim type, quote, place, kind or review (acceptance) is a change.
 * One identity comparison per annotation, so cheap enough to ask on every edit of a big case.
 */
export function groupingStillHolds(made: BriefingChoice, now: BriefingChoice): boolean {
  if (made.briefing.selection !== now.briefing.selection || !sameList(made.briefing.pickedClaimIds, now.briefing.pickedClaimIds)) return false;
  return storiesStillHold(made, now);
}

/**
 * True when stories grouped from `made` (groupStories over the whole case) still hold for `now`:
 * groupingStillHolds without the briefing's choice of claims (the Stories view's grouping).
 */
export function storiesStillHold(made: StoriesInput, now: StoriesInput): boolean {
  if (made.articles !== now.articles || made.actors !== now.actors || made.sources !== now.sources) return false;
  if (made.annotations === now.annotations) return true;
  if (made.annotations.length !== now.annotations.length) return false;
  return made.annotations.every((a, i) => sameForGrouping(a, now.annotations[i]!));
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}

/**
 * An annotation as grouping reads it (shared/stories, the briefing's network and choice of claims):
 * the fields sameForGrouping compares, of the target only its position (quotes are read from the
 * article's text), and nothing else; what the window sends the grouping worker.
 * The unit tests group reduced and whole annotations to the same result.
 */
export function groupingFields(a: Annotation): Pick<Annotation, 'id' | 'articleId' | 'kind' | 'review' | 'actorId' | 'sourceId'> & {
  target: Pick<Annotation['target'], 'position'>;
  claim: Pick<ClaimDetails, 'speakerId' | 'subjectIds' | 'sourceId' | 'claimType'> | null;
} {
  const c = a.claim;
  return {
    id: a.id,
    articleId: a.articleId,
    kind: a.kind,
    review: a.review,
    actorId: a.actorId,
    sourceId: a.sourceId,
    target: { position: a.target.position },
    claim: c && { speakerId: c.speakerId, subjectIds: c.subjectIds, sourceId: c.sourceId, claimType: c.claimType },
  };
}

/** The annotation as the stories and the network read it (see groupingStillHolds and groupingFields). */
function sameForGrouping(a: Annotation, b: Annotation): boolean {
  if (a === b) return true;
  return (
    a.id === b.id &&
    a.articleId === b.articleId &&
    a.kind === b.kind &&
    a.review === b.review &&
    a.actorId === b.actorId &&
    a.sourceId === b.sourceId &&
    JSON.stringify(a.target) === JSON.stringify(b.target) &&
    sameClaimForGrouping(a.claim, b.claim)
  );
}

function sameClaimForGrouping(a: ClaimDetails | null, b: ClaimDetails | null): boolean {
  if (a === null || b === null) return a === b;
  return a.speakerId === b.speakerId && a.sourceId === b.sourceId && a.claimType === b.claimType && sameList(a.subjectIds, b.subjectIds);
}

/** Everything of the briefing but its heading and free texts (see buildBriefing). */
export function briefingBody(stored: BriefingCase, opts: BuildBriefingOptions = {}): BriefingBody {
  // Names are shown with their direction controls as visible tags (see direction-controls.ts).
  const data = neutraliseNames(stored);
  const ctx: ClaimContext = {
    actors: new Map<string, Actor>(data.actors.map((a) => [a.id, a])),
    sources: new Map<string, Source>(data.sources.map((s) => [s.id, s])),
  };
  const anchorerOf = anchorers();
  const located = selectClaims(data, opts.claimIds, anchorerOf);
  const { groups, citations, claimNumbers, claimCount } = groupClaims(ctx, data.briefing.groupBy, located);
  const { actors, sources } = involvedTables(ctx, located);
  const claimIds = new Set(claimNumbers.keys());
  const made = opts.grouping;
  const grouping = made && made.claimIds.size === claimIds.size && [...claimIds].every((id) => made.claimIds.has(id)) ? made : null;
  const later = opts.groupLater === true && grouping === null;

  // Story lines may cite articles that no claim of the briefing is from (added to the citations).
  // Grouped once for the story lines and the network's story links.
  const grouped = later ? [] : (grouping?.stories ?? caseStories(data, claimIds));
  const stories = later ? [] : briefingStories(data, claimNumbers, citations, grouped);
  const citedIds = new Set(citations.map((c) => c.articleId));
  // Each article is given only its own marks and claims: one pass over the case, not one per article.
  const marksOf = byArticle(data.annotations.filter((a) => a.kind !== 'claim' && citedIds.has(a.articleId)), (a) => a.articleId);
  const claimsOf = byArticle(located, (l) => l.article.id);
  const appendix = data.articles
    .filter((a) => citedIds.has(a.id))
    .map((article) => appendixArticle(article, anchorerOf(article), marksOf.get(article.id) ?? [], claimsOf.get(article.id) ?? [], claimNumbers));

  return {
    groups,
    claimCount,
    citations,
    actors,
    sources,
    articles: articleRows(data.articles, located),
    appendix,
    stories,
    network: grouping ? grouping.network : later ? null : briefingNetwork(data, claimIds, grouped),
  };
}

/**
 * `body` (briefingBody of `stored` made with groupLater, before the grouping was back) with the
 * grouping's stories and network: the same as briefingBody(stored, { grouping }), without building
 * the claims, tables and appendix again (most of a second at 20,000 claims, one long task in the
 * window); only articles that story reports alone cite are added to the appendix. `body` is left as
 * it was (its citations are copied). A grouping made for other claims gives `body` unchanged.
 */
export function withGrouping(stored: BriefingCase, body: BriefingBody, grouping: BriefingGrouping): BriefingBody {
  const claimNumbers = new Map(body.groups.flatMap((g) => g.claims.map((c) => [c.id, c.n] as const)));
  if (grouping.claimIds.size !== claimNumbers.size || ![...claimNumbers.keys()].every((id) => grouping.claimIds.has(id))) return body;
  const data = neutraliseNames(stored);
  const citations = body.citations.map((c) => ({ ...c }));
  const stories = briefingStories(data, claimNumbers, citations, grouping.stories);
  const had = new Set(body.appendix.map((a) => a.articleId));
  const added = new Set(citations.map((c) => c.articleId).filter((id) => !had.has(id)));
  if (added.size === 0) return { ...body, citations, stories, network: grouping.network };
  const anchorerOf = anchorers();
  const marksOf = byArticle(data.annotations.filter((a) => a.kind !== 'claim' && added.has(a.articleId)), (a) => a.articleId);
  const kept = new Map(body.appendix.map((a) => [a.articleId, a]));
  // An article only story reports cite has none of the briefing's claims (it would be cited already).
  const appendix = data.articles
    .filter((a) => kept.has(a.id) || added.has(a.id))
    .map((article) => kept.get(article.id) ?? appendixArticle(article, anchorerOf(article), marksOf.get(article.id) ?? [], [], claimNumbers));
  return { ...body, citations, stories, network: grouping.network, appendix };
}

function byArticle<T>(xs: readonly T[], articleOf: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of xs) {
    const id = articleOf(x);
    const list = out.get(id);
    if (list) list.push(x);
    else out.set(id, [x]);
  }
  return out;
}

/**
 * Which claims the briefing shows, and where each quote is in its article now.
 */
import { Anchorer } from '../anchoring';
import type { Annotation, Article } from '../domain';
import type { BriefingCase, BriefingChoice } from './types';
import { compareLabels } from './checked';

/** A claim (or mark) of the briefing with the place of its quote in the article's current text. */
export interface Located {
  ann: Annotation;
  article: Article;
  /** UTF-16 offsets into the article's text; the stored ones when the quote is no longer found. */
  start: number;
  end: number;
  /** False when the quote could not be found in the article text any more (orphan). */
  anchored: boolean;
}

/**
 * Where an annotation's quote is now, found by the app's anchoring (the same place the reading
 * view highlights). An orphan keeps its stored offsets, which only order it among the claims.
 */
export function locate(anchorer: Anchorer, ann: Annotation): { start: number; end: number; anchored: boolean } {
  const found = anchorer.anchor(ann.target);
  if (found.status === 'orphan') return { start: ann.target.position.start, end: ann.target.position.end, anchored: false };
  return { start: found.start, end: found.end, anchored: true };
}

/** One anchorer per article, made when first asked for: folding an article's text is done once. */
export function anchorers(): (article: Article) => Anchorer {
  const made = new Map<string, Anchorer>();
  return (article) => {
    const anchorer = made.get(article.id) ?? new Anchorer(article.text);
    made.set(article.id, anchorer);
    return anchorer;
  };
}

/**
 * The claims the briefing shows, in the case's order of annotations, not located: the given ids or
 * the draft's picked claims (never rejected ones), else every accepted claim. Claims of missing
 * articles may be among them (selectClaims skips those).
 */
export function chosenClaims(data: BriefingChoice, claimIds: string[] | undefined): Annotation[] {
  if (claimIds !== undefined || data.briefing.selection === 'picked') {
    const wanted = new Set(claimIds ?? data.briefing.pickedClaimIds);
    return data.annotations.filter((a) => a.kind === 'claim' && wanted.has(a.id) && a.review !== 'rejected');
  }
  return data.annotations.filter((a) => a.kind === 'claim' && a.review === 'accepted');
}

/**
 * Claims the briefing shows, in case order (article order, then position in the article): the
 * given ids or the draft's picked claims (never rejected ones), else every accepted claim. Claims
 * of missing articles are skipped.
 */
export function selectClaims(data: BriefingCase, claimIds: string[] | undefined, anchorerOf: (article: Article) => Anchorer): Located[] {
  const articles = new Map(data.articles.map((a, i) => [a.id, { a, i }]));
  const located: (Located & { order: number })[] = [];
  for (const ann of chosenClaims(data, claimIds)) {
    const entry = articles.get(ann.articleId);
    if (!entry) continue;
    located.push({ ann, article: entry.a, order: entry.i, ...locate(anchorerOf(entry.a), ann) });
  }
  located.sort((x, y) => x.order - y.order || x.start - y.start || compareLabels(x.ann.id, y.ann.id));
  return located;
}

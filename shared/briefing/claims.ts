/**
 * The briefing's body: the selected claims grouped as the draft says, then numbered, with one
 * citation per cited article, in the order the reader meets them.
 */
import { admiraltyGrade, CLAIM_TYPES, CREDIBILITIES, LANGS, RELIABILITIES, type Actor, type BriefingDraft, type Direction, type Source } from '../domain';
import { detectLang, directionOf, paragraphAt, paragraphStarts } from '../text';
import { compareLabels, oneOf } from './checked';
import { dirOf } from './direction';
import type { Located } from './select';
import type { BriefingCitation, BriefingClaim, BriefingGroup } from './types';
import { UNTITLED_ARTICLE, UNATTRIBUTED } from '../labels';

/** The case's actors and sources by id, and the source that carried each claim. */
export interface ClaimContext {
  actors: ReadonlyMap<string, Actor>;
  sources: ReadonlyMap<string, Source>;
}

/** The source the analyst named for the claim; null when none (or it no longer exists). */
export function namedSource(ctx: ClaimContext, l: Located): Source | null {
  const id = l.ann.claim?.sourceId;
  return id ? (ctx.sources.get(id) ?? null) : null;
}

/** A claim without a named source is carried by the article's publisher: shown as such, never as a named source. */
export function sourceOf(ctx: ClaimContext, l: Located): Source | null {
  const id = l.article.sourceId;
  return namedSource(ctx, l) ?? (id ? (ctx.sources.get(id) ?? null) : null);
}

/** A label's direction: its own first strong character (as dir="auto" would choose). */
function dirOfText(text: string): Direction {
  return dirOf(text, directionOf(detectLang(text), text));
}

interface Bucket {
  key: string;
  label: string;
  items: Located[];
  first: number;
}

/**
 * The claims in groups by speaker, source or article. Speakers and sources: largest group first,
 * then by label; articles in reading order; the group without one ('' key) always last.
 */
function bucketsOf(ctx: ClaimContext, groupBy: BriefingDraft['groupBy'], located: readonly Located[]): Bucket[] {
  const groupKey = (l: Located): { key: string; label: string } => {
    if (groupBy === 'source') {
      const s = sourceOf(ctx, l);
      return s ? { key: s.id, label: s.name } : { key: '', label: 'Unknown source' };
    }
    if (groupBy === 'article') return { key: l.article.id, label: l.article.title || UNTITLED_ARTICLE };
    const speakerId = l.ann.claim?.speakerId;
    const a = speakerId ? ctx.actors.get(speakerId) : undefined;
    return a ? { key: a.id, label: a.name } : { key: '', label: UNATTRIBUTED };
  };
  const buckets = new Map<string, Bucket>();
  located.forEach((l, i) => {
    const g = groupKey(l);
    const bucket = buckets.get(g.key) ?? { ...g, items: [], first: i };
    bucket.items.push(l);
    buckets.set(g.key, bucket);
  });
  return [...buckets.values()].sort((x, y) => {
    if ((x.key === '') !== (y.key === '')) return x.key === '' ? 1 : -1;
    if (groupBy === 'article') return x.first - y.first;
    return y.items.length - x.items.length || compareLabels(x.label, y.label);
  });
}

/**
 * Groups the located claims, numbers them from 1 in the order of the groups, and lists one
 * citation per cited article with the paragraphs cited (an orphaned quote marks its citation).
 * `claimNumbers` maps each claim's id to its number, for the appendix's highlights.
 */
export function groupClaims(
  ctx: ClaimContext,
  groupBy: BriefingDraft['groupBy'],
  located: readonly Located[],
): { groups: BriefingGroup[]; citations: BriefingCitation[]; claimNumbers: Map<string, number>; claimCount: number } {
  const citations: BriefingCitation[] = [];
  const citationIndex = new Map<string, number>();
  const claimNumbers = new Map<string, number>();
  let n = 0;
  const groups: BriefingGroup[] = bucketsOf(ctx, groupBy, located).map((bucket) => ({
    key: bucket.key,
    label: bucket.label,
    dir: dirOfText(bucket.label),
    claims: bucket.items.map((l): BriefingClaim => {
      n += 1;
      claimNumbers.set(l.ann.id, n);
      const starts = l.article.paragraphStarts.length > 0 ? l.article.paragraphStarts : paragraphStarts(l.article.text);
      const paragraph = l.anchored ? paragraphAt(starts, l.start) + 1 : null;
      let citation = citationIndex.get(l.article.id);
      if (citation === undefined) {
        citation = citations.length + 1;
        citationIndex.set(l.article.id, citation);
        citations.push({
          n: citation,
          articleId: l.article.id,
          title: l.article.title,
          publisher: l.article.publisher,
          publishedAt: l.article.publishedAt,
          url: l.article.url,
          paragraphs: [],
          orphaned: false,
        });
      }
      const cited = citations[citation - 1]!;
      if (paragraph === null) cited.orphaned = true;
      else if (!cited.paragraphs.includes(paragraph)) cited.paragraphs = [...cited.paragraphs, paragraph].sort((x, y) => x - y);
      return briefingClaim(ctx, l, n, citation, paragraph);
    }),
  }));
  return { groups, citations, claimNumbers, claimCount: n };
}

/** One claim as the briefing prints it: the quote as the article has it now, names instead of ids, the grade. */
function briefingClaim(ctx: ClaimContext, l: Located, n: number, citation: number, paragraph: number | null): BriefingClaim {
  const quote = l.anchored ? l.article.text.slice(l.start, l.end) : l.ann.target.quote.exact;
  const detected = detectLang(quote);
  const lang = detected === 'und' ? oneOf(l.article.lang, LANGS, 'und') : detected;
  const details = l.ann.claim;
  const source = sourceOf(ctx, l);
  return {
    id: l.ann.id,
    n,
    quote,
    lang,
    dir: dirOf(quote, directionOf(lang, quote)),
    speaker: details?.speakerId ? (ctx.actors.get(details.speakerId)?.name ?? null) : null,
    subjects: (details?.subjectIds ?? []).flatMap((id) => {
      const a = ctx.actors.get(id);
      return a ? [a.name] : [];
    }),
    source: source?.name ?? null,
    sourceIsPublisher: source !== null && namedSource(ctx, l) === null,
    channel: details?.channel ?? '',
    grade: admiraltyGrade(source ? oneOf(source.reliability, RELIABILITIES, 'F') : null, details ? oneOf(details.credibility, CREDIBILITIES, 6) : null),
    hedged: details?.hedged ?? false,
    claimType: oneOf(details?.claimType, CLAIM_TYPES, 'statement'),
    comment: details?.comment || l.ann.note,
    citation,
    paragraph,
    articleId: l.article.id,
    anchored: l.anchored,
  };
}

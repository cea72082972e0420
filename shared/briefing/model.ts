/**
 * The briefing model: everything a reader of the briefing sees, computed once from a case and
 * rendered to Markdown (markdown.ts), HTML and PDF (html.ts). Plain data, serialisable as JSON,
 * so the renderer's live preview and the exporters show exactly the same thing.
 */
import {
  admiraltyGrade,
  type Actor,
  type ActorType,
  type Annotation,
  type AnnotationKind,
  type Article,
  type CaseData,
  type ClaimType,
  type Credibility,
  type Direction,
  ACTOR_TYPES,
  CLAIM_TYPES,
  SOURCE_KINDS,
  type Lang,
  type Reliability,
  type Source,
  type SourceKind,
} from '../domain';
import { detectLang, directionOf, paragraphAt, paragraphStarts } from '../text';
import { neutraliseDirectionControls, neutraliseNames } from '../direction-controls';
import { dirOf } from './direction';
import { briefingStories, type BriefingStory } from './stories-section';
import { briefingNetwork, type BriefingNetwork } from './network-picture';

export interface BriefingMeta {
  title: string;
  /** Handling marking, printed at the top and bottom of every page; '' when none. */
  marking: string;
  author: string;
  /** The date the analyst gave, else the day part of generatedAt. */
  date: string;
  generatedAt: string;
  groupBy: 'actor' | 'source' | 'article';
  pageSize: 'A4' | 'Letter';
}

export interface BriefingClaim {
  id: string;
  /** 1-based number of the claim in reading order of the briefing. */
  n: number;
  quote: string;
  lang: Lang;
  dir: Direction;
  speaker: string | null;
  subjects: string[];
  /** The source that carried the claim; when the analyst named none, the article's publisher (see sourceIsPublisher). */
  source: string | null;
  /** True when no source was named for the claim and `source` is only the article's publisher. */
  sourceIsPublisher: boolean;
  channel: string;
  /** Admiralty code, source reliability + information credibility, e.g. "B2". */
  grade: string;
  hedged: boolean;
  claimType: ClaimType;
  comment: string;
  /** Number of the citation (see Briefing.citations): one per cited article. */
  citation: number;
  /** 1-based paragraph of the article the quote is in; null for an orphaned quote. */
  paragraph: number | null;
  articleId: string;
  /** False when the quote could not be found in the article text any more (orphan). */
  anchored: boolean;
}

export interface BriefingGroup {
  /** Actor, source or article id; '' for the group of claims without one. */
  key: string;
  label: string;
  dir: Direction;
  claims: BriefingClaim[];
}

export interface BriefingCitation {
  n: number;
  articleId: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
  /** The article's paragraphs the briefing cites (1-based, ascending, each once). */
  paragraphs: number[];
  /** True when a cited quote is no longer found in the article. */
  orphaned: boolean;
}

export interface BriefingActorRow {
  id: string;
  name: string;
  type: ActorType;
  role: string;
  /** Claims in the briefing this actor made. */
  claims: number;
  /** Claims in the briefing about this actor. */
  subjectOf: number;
}

export interface BriefingSourceRow {
  id: string;
  name: string;
  kind: SourceKind;
  reliability: Reliability;
  claims: number;
}

export interface HighlightSpan {
  /** UTF-16 offsets relative to the paragraph text. */
  start: number;
  end: number;
  kind: AnnotationKind;
  /** For a claim highlight: the claim's number in the briefing. */
  claimN: number | null;
}

export interface AppendixParagraph {
  /** 1-based paragraph number, as cited. */
  n: number;
  text: string;
  spans: HighlightSpan[];
}

export interface AppendixArticle {
  articleId: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
  lang: Lang;
  dir: Direction;
  paragraphs: AppendixParagraph[];
}

export interface BriefingArticleRow {
  id: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
  dir: Direction;
  claims: number;
}

export interface Briefing {
  meta: BriefingMeta;
  bluf: string;
  keyJudgments: string;
  groups: BriefingGroup[];
  /** Total number of claims in the groups. */
  claimCount: number;
  citations: BriefingCitation[];
  actors: BriefingActorRow[];
  sources: BriefingSourceRow[];
  /** Every article of the case, cited or not, so a briefing without claims still says what was read. */
  articles: BriefingArticleRow[];
  appendix: AppendixArticle[];
  /** Statements the briefing's claims report across articles (stories-section.ts). */
  stories: BriefingStory[];
  /** Who speaks about whom among the briefing's claims; null when no claim links two actors. */
  network: BriefingNetwork | null;
}

export interface BuildBriefingOptions {
  /** Overrides the draft's selection: exactly these claims, in case order. */
  claimIds?: string[];
  /** Timestamp stamped on the briefing; defaults to the case's updatedAt so the model stays pure. */
  generatedAt?: string;
}

interface Located {
  ann: Annotation;
  article: Article;
  start: number;
  end: number;
  anchored: boolean;
}

/** Where the annotation's quote is now: its stored position if the text still matches, else the nearest exact match. */
function locate(ann: Annotation, article: Article): { start: number; end: number; anchored: boolean } {
  const { start, end } = ann.target.position;
  const exact = ann.target.quote.exact;
  if (article.text.slice(start, end) === exact) return { start, end, anchored: true };
  let best = -1;
  for (let i = article.text.indexOf(exact); i !== -1 && exact.length > 0; i = article.text.indexOf(exact, i + 1)) {
    if (best === -1 || Math.abs(i - start) < Math.abs(best - start)) best = i;
  }
  if (best !== -1) return { start: best, end: best + exact.length, anchored: true };
  return { start, end, anchored: false };
}

/**
 * A case file may be hand-edited: every enum the renderers print or put in an attribute is checked
 * here, so an unexpected value becomes the neutral one instead of reaching the output.
 */
function oneOf<T extends string | number>(value: unknown, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly unknown[]).includes(value) ? (value as T) : fallback;
}
const LANGS: readonly Lang[] = ['ar', 'en', 'fr', 'und'];
const DIRS: readonly Direction[] = ['ltr', 'rtl'];
const RELIABILITIES: readonly Reliability[] = ['A', 'B', 'C', 'D', 'E', 'F'];
const CREDIBILITIES: readonly Credibility[] = [1, 2, 3, 4, 5, 6];

const compareLabels = (a: string, b: string): number => a.localeCompare(b, 'en') || (a < b ? -1 : a > b ? 1 : 0);

/** A label's direction: its own first strong character (as dir="auto" would choose). */
function dirOfText(text: string): Direction {
  return dirOf(text, directionOf(detectLang(text), text));
}

/** Claims the briefing shows, in case order (article order, then position in the article). */
function selectClaims(data: CaseData, claimIds: string[] | undefined): Located[] {
  const articles = new Map(data.articles.map((a, i) => [a.id, { a, i }]));
  let chosen: Annotation[];
  if (claimIds !== undefined || data.briefing.selection === 'picked') {
    const wanted = new Set(claimIds ?? data.briefing.pickedClaimIds);
    chosen = data.annotations.filter((a) => a.kind === 'claim' && wanted.has(a.id) && a.review !== 'rejected');
  } else {
    chosen = data.annotations.filter((a) => a.kind === 'claim' && a.review === 'accepted');
  }
  const located: (Located & { order: number })[] = [];
  for (const ann of chosen) {
    const entry = articles.get(ann.articleId);
    if (!entry) continue;
    located.push({ ann, article: entry.a, order: entry.i, ...locate(ann, entry.a) });
  }
  located.sort((x, y) => x.order - y.order || x.start - y.start || compareLabels(x.ann.id, y.ann.id));
  return located;
}

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
  const actors = new Map<string, Actor>(data.actors.map((a) => [a.id, a]));
  const sources = new Map<string, Source>(data.sources.map((s) => [s.id, s]));
  const located = selectClaims(data, opts.claimIds);

  const namedSource = (l: Located): Source | null => {
    const id = l.ann.claim?.sourceId;
    return id ? (sources.get(id) ?? null) : null;
  };
  // A claim without a named source is carried by the article's publisher: shown as such, never as a named source.
  const sourceOf = (l: Located): Source | null => {
    const id = l.article.sourceId;
    return namedSource(l) ?? (id ? (sources.get(id) ?? null) : null);
  };

  // Group first, then number claims and citations in the order the reader meets them.
  const groupKey = (l: Located): { key: string; label: string } => {
    if (draft.groupBy === 'source') {
      const s = sourceOf(l);
      return s ? { key: s.id, label: s.name } : { key: '', label: 'Unknown source' };
    }
    if (draft.groupBy === 'article') return { key: l.article.id, label: l.article.title || 'Untitled article' };
    const speakerId = l.ann.claim?.speakerId;
    const a = speakerId ? actors.get(speakerId) : undefined;
    return a ? { key: a.id, label: a.name } : { key: '', label: 'Unattributed' };
  };
  const buckets = new Map<string, { key: string; label: string; items: Located[]; first: number }>();
  located.forEach((l, i) => {
    const g = groupKey(l);
    const bucket = buckets.get(g.key) ?? { ...g, items: [], first: i };
    bucket.items.push(l);
    buckets.set(g.key, bucket);
  });
  const ordered = [...buckets.values()].sort((x, y) => {
    if ((x.key === '') !== (y.key === '')) return x.key === '' ? 1 : -1;
    if (draft.groupBy === 'article') return x.first - y.first;
    return y.items.length - x.items.length || compareLabels(x.label, y.label);
  });

  const citations: BriefingCitation[] = [];
  const citationIndex = new Map<string, number>();
  const claimNumbers = new Map<string, number>();
  let n = 0;
  const groups: BriefingGroup[] = ordered.map((bucket) => ({
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
      const quote = l.anchored ? l.article.text.slice(l.start, l.end) : l.ann.target.quote.exact;
      const detected = detectLang(quote);
      const lang = detected === 'und' ? oneOf(l.article.lang, LANGS, 'und') : detected;
      const details = l.ann.claim;
      const source = sourceOf(l);
      return {
        id: l.ann.id,
        n,
        quote,
        lang,
        dir: dirOf(quote, directionOf(lang, quote)),
        speaker: details?.speakerId ? (actors.get(details.speakerId)?.name ?? null) : null,
        subjects: (details?.subjectIds ?? []).flatMap((id) => {
          const a = actors.get(id);
          return a ? [a.name] : [];
        }),
        source: source?.name ?? null,
        sourceIsPublisher: source !== null && namedSource(l) === null,
        channel: details?.channel ?? '',
        grade: admiraltyGrade(
          source ? oneOf(source.reliability, RELIABILITIES, 'F') : null,
          details ? oneOf(details.credibility, CREDIBILITIES, 6) : null,
        ),
        hedged: details?.hedged ?? false,
        claimType: oneOf(details?.claimType, CLAIM_TYPES, 'statement'),
        comment: details?.comment || l.ann.note,
        citation,
        paragraph,
        articleId: l.article.id,
        anchored: l.anchored,
      };
    }),
  }));

  // Actors and sources that the briefing's claims involve.
  const actorRows = new Map<string, BriefingActorRow>();
  const actorRow = (id: string): BriefingActorRow | null => {
    const a = actors.get(id);
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
    const s = sourceOf(l);
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

  const claimsPerArticle = new Map<string, number>();
  for (const l of located) claimsPerArticle.set(l.article.id, (claimsPerArticle.get(l.article.id) ?? 0) + 1);

  // Story lines may cite articles that no claim of the briefing is from (added to the citations).
  const stories = briefingStories(data, claimNumbers, citations);
  const citedIds = new Set(citations.map((c) => c.articleId));
  const appendix = data.articles
    .filter((a) => citedIds.has(a.id))
    .map((article) => appendixArticle(article, data.annotations, located, claimNumbers));

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
    claimCount: n,
    citations,
    actors: byWeight(actorRows.values(), (r) => r.subjectOf),
    sources: byWeight(sourceRows.values(), () => 0),
    articles: data.articles.map((a) => ({
      id: a.id,
      title: a.title,
      publisher: a.publisher,
      publishedAt: a.publishedAt,
      url: a.url,
      dir: oneOf(a.dir, DIRS, 'ltr'),
      claims: claimsPerArticle.get(a.id) ?? 0,
    })),
    appendix,
    stories,
    network: briefingNetwork(data, new Set(claimNumbers.keys())),
  };
}

/**
 * The article split into paragraphs, with the briefing's claims and the accepted actor, source and
 * note marks as spans. A span that crosses a paragraph break is cut at the break.
 */
function appendixArticle(
  article: Article,
  annotations: readonly Annotation[],
  claims: readonly Located[],
  claimNumbers: ReadonlyMap<string, number>,
): AppendixArticle {
  const marks: { start: number; end: number; kind: AnnotationKind; claimN: number | null }[] = [];
  for (const l of claims) {
    if (l.article.id === article.id && l.anchored) marks.push({ start: l.start, end: l.end, kind: 'claim', claimN: claimNumbers.get(l.ann.id) ?? null });
  }
  for (const ann of annotations) {
    if (ann.articleId !== article.id || ann.kind === 'claim' || ann.review !== 'accepted') continue;
    const where = locate(ann, article);
    if (where.anchored) marks.push({ start: where.start, end: where.end, kind: ann.kind, claimN: null });
  }
  const starts = article.paragraphStarts.length > 0 ? article.paragraphStarts : paragraphStarts(article.text);
  const paragraphs: AppendixParagraph[] = starts.map((start, i) => {
    const end = i + 1 < starts.length ? (starts[i + 1] ?? article.text.length) - 1 : article.text.length;
    const text = article.text.slice(start, end);
    const spans = marks
      .filter((m) => m.start < end && m.end > start)
      .map((m) => ({ start: Math.max(m.start, start) - start, end: Math.min(m.end, end) - start, kind: m.kind, claimN: m.claimN }))
      .filter((m) => m.end > m.start)
      .sort((x, y) => x.start - y.start || y.end - x.end);
    return { n: i + 1, text, spans };
  });
  return {
    articleId: article.id,
    title: article.title,
    publisher: article.publisher,
    publishedAt: article.publishedAt,
    url: article.url,
    lang: oneOf(article.lang, LANGS, 'und'),
    dir: oneOf(article.dir, DIRS, 'ltr'),
    paragraphs,
  };
}

/**
 * Cuts a paragraph into pieces at every span edge; each piece lists the kinds that cover it (in
 * ANNOTATION_KINDS order) and the claim numbers. Used by both renderers so highlights agree.
 */
export function highlightPieces(
  text: string,
  spans: readonly HighlightSpan[],
): { text: string; kinds: AnnotationKind[]; claimNs: number[] }[] {
  const edges = new Set<number>([0, text.length]);
  for (const s of spans) {
    edges.add(Math.max(0, Math.min(text.length, s.start)));
    edges.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const cuts = [...edges].sort((a, b) => a - b);
  const order: AnnotationKind[] = ['claim', 'actor', 'source', 'note'];
  const pieces: { text: string; kinds: AnnotationKind[]; claimNs: number[] }[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const a = cuts[i] ?? 0;
    const b = cuts[i + 1] ?? 0;
    if (b <= a) continue;
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    const kinds = order.filter((k) => covering.some((s) => s.kind === k));
    const claimNs = [...new Set(covering.flatMap((s) => (s.claimN === null ? [] : [s.claimN])))].sort((x, y) => x - y);
    pieces.push({ text: text.slice(a, b), kinds, claimNs });
  }
  return pieces;
}

export const HIGHLIGHT_LABELS: Record<AnnotationKind, string> = {
  claim: 'Claim',
  actor: 'Actor',
  source: 'Source',
  note: 'Note',
};

export const CLAIM_TYPE_LABELS: Record<ClaimType, string> = {
  statement: 'Statement',
  allegation: 'Allegation',
  warning: 'Warning',
  call: 'Call',
  promise: 'Promise',
  denial: 'Denial',
  figure: 'Figure',
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  outlet: 'Outlet',
  official: 'Official channel',
  social: 'Social media account',
  document: 'Document',
  person: 'Person',
};

export const ACTOR_TYPE_LABELS: Record<ActorType, string> = {
  person: 'Person',
  organisation: 'Organisation',
  state: 'State',
  place: 'Place',
  group: 'Group',
  other: 'Other',
};

/** What a claim without a named source says next to its publisher, in every format. */
export const PUBLISHER_ONLY = 'the publisher; no source named';

/** The paragraphs a citation lists, e.g. "¶ 5, 12, 20"; an orphaned quote adds that it is no longer found. */
export function citedParagraphsLabel(c: BriefingCitation): string {
  const parts: string[] = [];
  if (c.paragraphs.length > 0) parts.push(`¶ ${c.paragraphs.join(', ')}`);
  if (c.orphaned) parts.push('a quote no longer found in the article');
  return parts.join('; ');
}

/** The paragraphs of an analyst's free text (BLUF, key judgments): one per non-empty line. */
export function textParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

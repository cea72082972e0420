/**
 * The briefing model's types: everything a reader of the briefing sees, as plain data (serialisable
 * as JSON), so the renderer's live preview and the exporters show exactly the same thing.
 * Built by buildBriefing (model.ts).
 */
import type { ActorType, AnnotationKind, BriefingDraft, CaseData, ClaimType, Direction, Lang, Reliability, SourceKind } from '../domain';
import type { Story } from '../stories';
import type { BriefingNetwork } from './network-picture';
import type { BriefingStory } from './stories-section';

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
  /**
   * Stories and network made before by groupBriefing for the same collections and claims (the
   * Briefing view keeps them while the analyst types); used only when its claims are the
   * briefing's, else both are made again.
   */
  grouping?: BriefingGrouping;
  /**
   * Without a grouping that fits, leave the stories empty and the network out instead of making
   * them (seconds at 20,000 claims): the Briefing view shows the claims first and the stories once
   * grouped. Never for an export.
   */
  groupLater?: boolean;
}

/** The case's collections and the draft's choice of claims: what the briefing's stories and network are made from. */
export type BriefingChoice = Pick<CaseData, 'articles' | 'actors' | 'sources' | 'annotations'> & { briefing: Pick<BriefingDraft, 'selection' | 'pickedClaimIds'> };

/** What the briefing's body is built from: the collections and the draft's choice and grouping of claims, not its texts. */
export type BriefingCase = BriefingChoice & { briefing: Pick<BriefingDraft, 'groupBy'> };

/** Everything of the briefing but its heading and free texts: what does not change while the analyst types the draft. */
export type BriefingBody = Omit<Briefing, 'meta' | 'bluf' | 'keyJudgments'>;

/**
 * The slow part of a briefing (about 1 s at 20,000 claims): the stories grouped over the whole
 * case and the network of the briefing's claims. It depends only on the case's collections and
 * which claims are in the briefing.
 */
export interface BriefingGrouping {
  /** The briefing's claims it was made for. */
  claimIds: ReadonlySet<string>;
  stories: Story[];
  network: BriefingNetwork | null;
}

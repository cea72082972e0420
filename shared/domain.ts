/**
 * Claimwork's domain: one case = one JSON file. Offsets are UTF-16 code units into an
 * article's canonical text (NFC, "\n" line ends), in logical order.
 */

export const CASE_SCHEMA = 'claimwork.case';
export const CASE_SCHEMA_VERSION = 1;

export type Direction = 'rtl' | 'ltr';
export const DIRECTIONS: readonly Direction[] = ['ltr', 'rtl'];
export type Lang = 'ar' | 'en' | 'fr' | 'und';
export const LANGS: readonly Lang[] = ['ar', 'en', 'fr', 'und'];

export interface ImportOrigin {
  fileName: string | null;
  /** txt, md, html, pdf, docx, paste */
  format: string;
  /** Encoding label the bytes were decoded with, e.g. "UTF-8", "windows-1256". */
  encoding: string | null;
}

export interface Article {
  id: string;
  title: string;
  text: string;
  lang: Lang;
  dir: Direction;
  url: string | null;
  publisher: string | null;
  byline: string | null;
  /** ISO date (YYYY-MM-DD or full ISO timestamp) as given by the source. */
  publishedAt: string | null;
  origin: ImportOrigin;
  /** SHA-256 hex of the canonical text: duplicates are detected by it. */
  contentHash: string;
  /** Start offset of every paragraph in `text`. */
  paragraphStarts: number[];
  /** Source record created from the publisher, if any. */
  sourceId: string | null;
  addedAt: string;
}

export type AnnotationKind = 'claim' | 'actor' | 'source' | 'note';
export const ANNOTATION_KINDS: readonly AnnotationKind[] = ['claim', 'actor', 'source', 'note'];

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
export interface AnnotationTarget {
  position: TextPositionSelector;
  quote: TextQuoteSelector;
}

export type AnnotationOrigin =
  | { kind: 'manual' }
  | { kind: 'suggested'; rule: string; cue: string | null }
  | { kind: 'learned'; rule: string };

export type ReviewState = 'pending' | 'accepted' | 'rejected';
export const REVIEW_STATES: readonly ReviewState[] = ['pending', 'accepted', 'rejected'];

export type ClaimType =
  | 'statement'
  | 'allegation'
  | 'warning'
  | 'call'
  | 'promise'
  | 'denial'
  | 'figure';
export const CLAIM_TYPES: readonly ClaimType[] = [
  'statement',
  'allegation',
  'warning',
  'call',
  'promise',
  'denial',
  'figure',
];

/** Admiralty information credibility: 1 confirmed … 5 improbable, 6 cannot be judged. */
export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;
export const CREDIBILITIES: readonly Credibility[] = [1, 2, 3, 4, 5, 6];
/** Admiralty source reliability: A completely reliable … E unreliable, F cannot be judged. */
export type Reliability = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
export const RELIABILITIES: readonly Reliability[] = ['A', 'B', 'C', 'D', 'E', 'F'];
/** A reliability's rank, 1 for A (most reliable) to 6 for F: lower is more reliable. */
export const RELIABILITY_RANK: Record<Reliability, number> = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6 };

export interface ClaimDetails {
  speakerId: string | null;
  subjectIds: string[];
  sourceId: string | null;
  channel: string;
  claimType: ClaimType;
  hedged: boolean;
  credibility: Credibility;
  /**
   * True once the analyst has chosen the credibility (any edit of it), so a chosen 6 "cannot be
   * judged" is told from the 6 every new claim starts with. Absent on claims never graded.
   */
  credibilityChosen?: boolean;
  comment: string;
  tags: string[];
}

export interface Annotation {
  id: string;
  articleId: string;
  kind: AnnotationKind;
  target: AnnotationTarget;
  origin: AnnotationOrigin;
  review: ReviewState;
  /** 0..1; 1 for manual marks. */
  confidence: number;
  /** Set for kind = claim. */
  claim: ClaimDetails | null;
  /** Set for kind = actor: the actor this mention refers to. */
  actorId: string | null;
  /** Set for kind = source: the source this mention refers to. */
  sourceId: string | null;
  /** Free text for notes (and any kind's remark). */
  note: string;
  createdAt: string;
  updatedAt: string;
}

export type ActorType = 'person' | 'organisation' | 'state' | 'place' | 'group' | 'other';
export const ACTOR_TYPES: readonly ActorType[] = ['person', 'organisation', 'state', 'place', 'group', 'other'];

export interface Actor {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  role: string;
}

export type SourceKind = 'outlet' | 'official' | 'social' | 'document' | 'person';
export const SOURCE_KINDS: readonly SourceKind[] = ['outlet', 'official', 'social', 'document', 'person'];

export interface Source {
  id: string;
  name: string;
  kind: SourceKind;
  reliability: Reliability;
  aliases: string[];
}

/** A suggestion the analyst rejected: the same text and kind is not suggested again. */
export interface RejectedSuggestion {
  kind: AnnotationKind;
  /** Normalised text (see shared/analysis normalise) of the rejected span. */
  key: string;
}

export interface BriefingDraft {
  title: string;
  marking: string;
  author: string;
  date: string;
  bluf: string;
  keyJudgments: string;
  /** 'accepted' = every accepted claim; 'picked' = the ids in pickedClaimIds. */
  selection: 'accepted' | 'picked';
  pickedClaimIds: string[];
  groupBy: 'actor' | 'source' | 'article';
  pageSize: 'A4' | 'Letter';
}

export type Collection = 'articles' | 'actors' | 'sources' | 'annotations';
export type EntityOf<C extends Collection> = C extends 'articles'
  ? Article
  : C extends 'actors'
    ? Actor
    : C extends 'sources'
      ? Source
      : Annotation;

/** One entity replaced: before=null is a create, after=null a delete. */
export type EntityChange = {
  [C in Collection]: { collection: C; id: string; before: EntityOf<C> | null; after: EntityOf<C> | null; index?: number };
}[Collection];

/** One undoable step: the analyst's action and every entity it changed. */
export interface ChangeSet {
  label: string;
  at: string;
  changes: EntityChange[];
}

export interface CaseData {
  schema: typeof CASE_SCHEMA;
  schemaVersion: typeof CASE_SCHEMA_VERSION;
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  articles: Article[];
  actors: Actor[];
  sources: Source[];
  annotations: Annotation[];
  rejected: RejectedSuggestion[];
  briefing: BriefingDraft;
  history: { undo: ChangeSet[]; redo: ChangeSet[] };
}

export const HISTORY_LIMIT = 500;

export const defaultBriefing = (): BriefingDraft => ({
  title: 'Briefing',
  marking: '',
  author: '',
  date: '',
  bluf: '',
  keyJudgments: '',
  selection: 'accepted',
  pickedClaimIds: [],
  groupBy: 'actor',
  pageSize: 'A4',
});

/** A fresh, empty case. `id` and `now` are passed in so this stays pure and testable. */
export function emptyCase(id: string, now: string, title = 'Untitled case'): CaseData {
  return {
    schema: CASE_SCHEMA,
    schemaVersion: CASE_SCHEMA_VERSION,
    id,
    title,
    createdAt: now,
    updatedAt: now,
    articles: [],
    actors: [],
    sources: [],
    annotations: [],
    rejected: [],
    briefing: defaultBriefing(),
    history: { undo: [], redo: [] },
  };
}

/** Admiralty grade shown for a claim, e.g. "B2"; "?" parts when unknown. */
export function admiraltyGrade(reliability: Reliability | null, credibility: Credibility | null): string {
  return `${reliability ?? 'F'}${credibility ?? 6}`;
}

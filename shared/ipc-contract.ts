import { z } from 'zod';
import type { Annotation, Article, BriefingDraft, CaseData, EntityChange } from './domain';
import type { Result } from './result';
import { articleSchema, briefingDraftSchema, claimDetailsSchema } from './case-schema';
import {
  aliasesSchema,
  actorTypeSchema,
  annotationKindSchema,
  claimPatchSchema,
  entityIdSchema,
  entityNameSchema,
  noteSchema,
  offsetSchema,
  reliabilitySchema,
  reviewStateSchema,
  roleSchema,
  sourceKindSchema,
} from './case-ops/schemas';
import { CALL_NAME_LIST, EVENT_NAME_LIST } from './ipc-calls';
import { LIMITS } from './case-limits';

/**
 * The one contract between the renderer and every back end (Electron IPC, browser host, CLI).
 * Each entry names a call, the zod schema its request must pass (checked in the back end), and the
 * type of its result. Results always arrive as Result<T>: errors are data, never thrown across.
 */

const shortText = (max: number) => z.string().max(max);
// The publisher names a Source, so it is held to a source name's limit.
const optionalMeta = {
  url: shortText(LIMITS.url).nullish(),
  publisher: shortText(LIMITS.name).nullish(),
  publishedAt: shortText(LIMITS.date).nullish(),
};

/** Largest request body the hosts accept: base64 of a 50 MB file plus JSON overhead. */
export const MAX_REQUEST_BYTES = 72 * 1024 * 1024;

export type SaveState = 'saved' | 'saving' | 'failed';
export interface SaveStatus {
  state: SaveState;
  /** Why the last save failed, for the analyst; null when fine. */
  message: string | null;
  /** ISO time of the last successful write, null before the first. */
  lastSavedAt: string | null;
}

/** What the renderer holds of a case: everything but the undo history bodies. */
export interface CaseView {
  path: string;
  data: Omit<CaseData, 'history'>;
  undoLabel: string | null;
  redoLabel: string | null;
  /** Annotations whose quote could not be found in their article's text (re-attach them by hand). */
  orphanIds: string[];
  /** Something the analyst should know about the case just opened (e.g. its undo history was cleared). */
  notice?: string;
  /** Never set on a whole case: see CaseFirstPart. */
  restId?: undefined;
}

/**
 * An article of a case's first part whose text comes with the rest: `text` is null, never '' (an
 * empty article's text is ''), so nothing can take it for an article with no words. Every other field
 * is the article's own. The unit tests hold every article of a first part to this schema.
 */
export const articleWithoutTextSchema = articleSchema.omit({ text: true }).extend({ text: z.null() }).strict();
export type ArticleWithoutText = z.infer<typeof articleWithoutTextSchema>;
/** An article as the page may hold it: whole, or (while a case opens in parts) without its text. */
export type ShownArticle = Article | ArticleWithoutText;
/** True when the article's text is here (always so in the back end; on the page, once the rest came). */
export const hasText = (a: ShownArticle): a is Article => a.text !== null;

/**
 * The first part of a case opened in parts (openCase with `inParts`): its articles (the first one
 * with its text, the others without: ArticleWithoutText), actors, sources and briefing; annotations
 * empty. Its annotations, the other texts, orphans and history labels are still being read and
 * checked: fetch them once with openCaseRest({ id: restId }) and merge with mergeCaseRest. Until that
 * settles the back end still has the previous case open, and a refusal there means the case was not
 * opened at all.
 */
export interface CaseFirstPart extends Omit<CaseView, 'data' | 'restId'> {
  data: Omit<CaseView['data'], 'articles'> & { articles: ShownArticle[] };
  restId: string;
}

/** A case as the page holds it: whole, or a first part until its rest comes (restId tells them apart). */
export type ShownCase = CaseView | CaseFirstPart;

/** What the first part of a case opened in parts left out (openCaseRest); merge it with mergeCaseRest. */
export interface CaseRest {
  /** Every article of the case, whole (with its text), in the case's order. */
  articles: Article[];
  annotations: Annotation[];
  orphanIds: string[];
  undoLabel: string | null;
  redoLabel: string | null;
  /** The case's updatedAt once open (opening may re-anchor annotations, which counts as a change). */
  updatedAt: string;
  notice?: string;
}

/** The case `first` (a first part, restId set) made whole with its `rest`. */
export function mergeCaseRest(first: CaseFirstPart, rest: CaseRest): CaseView {
  return {
    path: first.path,
    data: { ...first.data, articles: rest.articles, annotations: rest.annotations, updatedAt: rest.updatedAt },
    orphanIds: rest.orphanIds,
    undoLabel: rest.undoLabel,
    redoLabel: rest.redoLabel,
    ...(rest.notice ? { notice: rest.notice } : {}),
  };
}

/** Result of a mutation: the entity changes to apply to the renderer's copy, and history labels. */
export interface Delta {
  changes: EntityChange[];
  undoLabel: string | null;
  redoLabel: string | null;
}

export interface HostInfo {
  kind: 'electron' | 'browser' | 'cli';
  /** True where the host can show native open/save dialogs. */
  nativeDialogs: boolean;
  version: string;
  dataDir: string;
}

/** The formats a briefing exports to (the app offers md, pdf and docx; html is the page the PDF prints from). */
export type BriefingExportFormat = 'md' | 'pdf' | 'docx' | 'html';

/** A finished briefing export: where it went, and an id the browser host can serve it under. */
export interface BriefingExportResult {
  path: string;
  format: BriefingExportFormat;
  bytes: number;
  claimCount: number;
  /** Browser host: GET /api/download?token=…&id=<downloadId> serves this file (this session only). */
  downloadId: string;
  /**
   * The downloaded file's name: the export's own, or NAME.zip holding it and the files written
   * beside it (a Markdown briefing's NAME.network.svg), so the download is as complete as the folder.
   */
  downloadName: string;
  /** Files written beside the export that it links to (a Markdown briefing's NAME.network.svg), full paths; [] when none. */
  besidePaths: string[];
}

export type ImportOutcome =
  | { status: 'imported'; name: string; article: Article; delta: Delta }
  | { status: 'duplicate'; name: string; existingId: string; existingTitle: string }
  | { status: 'refused'; name: string; message: string };

const entityId = entityIdSchema;
const offset = offsetSchema;
const newActor = z.object({ name: entityNameSchema, type: actorTypeSchema.optional(), role: roleSchema.optional() }).strict();
const newSource = z.object({ name: entityNameSchema, kind: sourceKindSchema.optional(), reliability: reliabilitySchema.optional() }).strict();

/** Every undoable analyst action on annotations, actors and sources; its fields are declared in case-ops/schemas.ts. */
export const actionSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('annotation.create'),
      articleId: entityId,
      kind: annotationKindSchema,
      start: offset,
      end: offset,
      claim: claimPatchSchema.optional(),
      actorId: entityId.optional(),
      sourceId: entityId.optional(),
      note: noteSchema.optional(),
      /** Create this actor in the same step and link it (the marked text becomes an alias). */
      newActor: newActor.optional(),
      newSource: newSource.optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('annotation.update'),
      id: entityId,
      claim: claimPatchSchema.optional(),
      actorId: entityId.nullable().optional(),
      sourceId: entityId.nullable().optional(),
      note: noteSchema.optional(),
      review: reviewStateSchema.optional(),
      kind: annotationKindSchema.optional(),
    })
    .strict(),
  z.object({ type: z.literal('annotation.delete'), id: entityId }).strict(),
  z.object({ type: z.literal('annotation.reattach'), id: entityId, start: offset, end: offset }).strict(),
  z
    .object({
      type: z.literal('actor.create'),
      name: entityNameSchema,
      actorType: actorTypeSchema.optional(),
      aliases: aliasesSchema.optional(),
      role: roleSchema.optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('actor.update'),
      id: entityId,
      name: entityNameSchema.optional(),
      actorType: actorTypeSchema.optional(),
      aliases: aliasesSchema.optional(),
      role: roleSchema.optional(),
    })
    .strict(),
  z.object({ type: z.literal('actor.delete'), id: entityId, force: z.boolean().optional() }).strict(),
  z.object({ type: z.literal('actor.merge'), keepId: entityId, mergeId: entityId }).strict(),
  z
    .object({
      type: z.literal('source.create'),
      name: entityNameSchema,
      kind: sourceKindSchema.optional(),
      reliability: reliabilitySchema.optional(),
      aliases: aliasesSchema.optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('source.update'),
      id: entityId,
      name: entityNameSchema.optional(),
      kind: sourceKindSchema.optional(),
      reliability: reliabilitySchema.optional(),
      aliases: aliasesSchema.optional(),
    })
    .strict(),
  z.object({ type: z.literal('source.delete'), id: entityId, force: z.boolean().optional() }).strict(),
  /** The analyst's credibility for a story: set on each of its claims (the grade the briefing uses), one undo step. */
  z.object({ type: z.literal('story.credibility'), claimIds: z.array(entityId).min(1).max(100_000), credibility: claimDetailsSchema.shape.credibility }).strict(),
]);
export type Action = z.infer<typeof actionSchema>;

/** A mutation's result plus the ids of entities it created (so the UI can select them). */
export interface ActionResult extends Delta {
  createdIds: string[];
}

/** A suggestion edited before it is accepted: a new span (UTF-16 offsets) or another kind. */
export interface ReviewEdit {
  start?: number;
  end?: number;
  kind?: 'claim' | 'actor' | 'source';
}
/** Result of `suggest`: the pending annotations created, counted by kind. */
export interface SuggestResult extends ActionResult {
  counts: { claim: number; actor: number; source: number };
}
/** What the review queue shows beside a pending suggestion (see electron/services/suggest.ts). */
export interface SuggestionInfo {
  newActor?: { name: string; type: 'person' | 'organisation' | 'state' | 'place' | 'group' | 'other'; role: string };
  newSource?: { name: string; kind: 'outlet' | 'official' | 'social' | 'document' | 'person' };
  /** The case's actor or source accepting links (an actor created since the suggestion, by name). */
  existingActor?: { id: string; name: string };
  existingSource?: { id: string; name: string };
  /**
   * `name`: the actor accepting links (the case's name when `known`, else the new actor's name);
   * `linked`: false when accepting leaves the speaker empty; `rule`: the speaker-resolution rule
   * that chose it; `from`: the mention it was taken from.
   */
  speaker?: { text: string; name: string | null; known: boolean; linked?: boolean; rule?: string; from?: string | null };
  source?: { text: string; name?: string | null; known: boolean; linked?: boolean };
  cue?: string;
}
const reviewKind = z.enum(['claim', 'actor', 'source']);
const briefingExportFormat = z.enum(['md', 'pdf', 'docx', 'html']) satisfies z.ZodType<BriefingExportFormat>;

/** Declares a call: `call<Result>()(requestSchema)`; curried so the request type is inferred. */
function call<Res>() {
  return <Req extends z.ZodTypeAny>(request: Req) => ({ request, result: undefined as unknown as Res });
}

const empty = z.object({}).strict();
const articleId = entityIdSchema;

export const contract = {
  hostInfo: call<HostInfo>()(empty),
  getCase: call<CaseView>()(empty),
  getSaveStatus: call<SaveStatus>()(empty),
  /** Start a new empty case. Without a path, Electron asks with a dialog and the browser host makes one in the data folder. */
  /**
   * A file already at the path is refused ('exists') unless `overwrite` says the analyst confirmed
   * replacing it (a path picked in Electron's save dialog counts as confirmed: the dialog asks).
   * Edits of the open case that could not be saved are refused ('unsaved-edits') unless `discardUnsaved`.
   */
  newCase: call<CaseView>()(z.object({ path: z.string().min(1).max(4096).optional(), overwrite: z.boolean().optional(), discardUnsaved: z.boolean().optional() }).strict()),
  /**
   * Open a case file. Without a path, Electron asks with a dialog. Unsaved edits: as newCase. With
   * `inParts`, a big case is answered as soon as its articles, actors and sources are read and checked:
   * a CaseFirstPart (restId set, annotations empty, only the first article's text); the rest comes
   * from openCaseRest.
   */
  openCase: call<ShownCase>()(z.object({ path: z.string().min(1).max(4096).optional(), discardUnsaved: z.boolean().optional(), inParts: z.boolean().optional() }).strict()),
  /**
   * The rest of a case opened in parts (the first part's restId), once it is read and checked: then
   * that case is the open one. Refused with the file's refusal (e.g. an annotation deep in the file is
   * damaged) when it is not: the previous case stays open, as with any refused open.
   */
  openCaseRest: call<CaseRest>()(z.object({ id: z.string().min(1).max(100) }).strict()),
  /** Write the case to a new file and continue there. An existing file: as newCase. */
  saveCaseAs: call<CaseView>()(z.object({ path: z.string().min(1).max(4096).optional(), overwrite: z.boolean().optional() }).strict()),
  /** Why the last case did not reopen at start-up (the default case opened instead); null when it did. Once. */
  startupNotice: call<string | null>()(empty),
  recentCases: call<string[]>()(empty),
  renameCase: call<CaseView>()(z.object({ title: shortText(LIMITS.caseTitle).min(1) }).strict()),
  /** Add pasted text as a new article. */
  addTextArticle: call<ImportOutcome>()(
    z.object({ title: shortText(LIMITS.title), text: z.string().min(1).max(50 * 1024 * 1024), ...optionalMeta }).strict(),
  ),
  /** Import one file the renderer read (file picker, drag and drop); bytes as base64. */
  importFile: call<ImportOutcome>()(
    z
      .object({ name: shortText(1000).min(1), dataBase64: z.string().max(MAX_REQUEST_BYTES), encoding: shortText(LIMITS.encoding).optional() })
      .strict(),
  ),
  /** Electron only: pick files with the native dialog and import them. */
  importWithDialog: call<ImportOutcome[]>()(empty),
  /** Import HTML pasted from the clipboard: the article body is extracted in the back end, never rendered. */
  importHtml: call<ImportOutcome>()(
    z.object({ html: z.string().min(1).max(50 * 1024 * 1024), ...optionalMeta, title: shortText(LIMITS.title).nullish() }).strict(),
  ),
  /** Read an article's file again with another encoding (the analyst picks the same file); annotations are re-anchored. */
  reimportArticle: call<CaseView>()(
    z.object({ id: articleId, dataBase64: z.string().max(MAX_REQUEST_BYTES), encoding: shortText(LIMITS.encoding).min(1) }).strict(),
  ),
  /** Encodings the analyst can choose from when re-importing a text file. */
  listEncodings: call<string[]>()(empty),
  updateArticle: call<Delta>()(
    z
      .object({ id: articleId, title: shortText(LIMITS.title).min(1).optional(), byline: shortText(LIMITS.byline).nullish(), ...optionalMeta })
      .strict(),
  ),
  deleteArticle: call<Delta>()(z.object({ id: articleId }).strict()),
  /** One undoable analyst action (annotations, actors, sources). */
  applyAction: call<ActionResult>()(z.object({ action: actionSchema }).strict()),
  undo: call<Delta>()(empty),
  redo: call<Delta>()(empty),
  /** Suggest claims, actors and sources (pending annotations) in one article, several, or all. */
  suggest: call<SuggestResult>()(z.object({ articleId: articleId.optional(), articleIds: z.array(articleId).max(100000).optional() }).strict()),
  /** Accept (optionally edited) or reject one pending suggestion; undoable. */
  reviewSuggestion: call<ActionResult>()(
    z
      .object({
        id: entityId,
        decision: z.enum(['accept', 'reject']),
        edit: z.object({ start: offset.optional(), end: offset.optional(), kind: reviewKind.optional() }).strict().optional(),
      })
      .strict(),
  ),
  /** Accept or reject every pending suggestion of one kind in an article; undoable. */
  /** Decides every pending suggestion of a kind in an article, or only those in `ids` (one actor's mentions), as one step. */
  reviewAll: call<ActionResult>()(z.object({ articleId, kind: reviewKind, decision: z.enum(['accept', 'reject']), ids: z.array(z.string().min(1).max(200)).max(100_000).optional() }).strict()),
  /** New actors/sources and speakers the review queue shows for an article's pending suggestions. */
  suggestionInfo: call<Record<string, SuggestionInfo>>()(z.object({ articleId }).strict()),
  /** Saves part of the briefing draft (not undoable); returns the whole draft. With caseId, refused if another case is open. */
  updateBriefing: call<BriefingDraft>()(z.object({ patch: briefingDraftSchema.partial().strict(), caseId: entityId.optional() }).strict()),
  /** The path an export suggests: `<last export folder, else data folder/exports>/<title>.<format>`. */
  briefingExportPath: call<string>()(z.object({ format: briefingExportFormat }).strict()),
  /** Renders the briefing and writes it; without a path Electron asks with a save dialog. One at a time. */
  exportBriefing: call<BriefingExportResult>()(
    z.object({ format: briefingExportFormat, path: z.string().min(1).max(4096).optional() }).strict(),
  ),
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type RequestOf<K extends CallName> = z.input<Contract[K]['request']>;
export type ResultOf<K extends CallName> = Contract[K]['result'];

/** The API every host offers to the renderer: one function per contract entry. */
export type ClaimworkApi = { [K in CallName]: (request: RequestOf<K>) => Promise<Result<ResultOf<K>>> };

/** Events the back end pushes to the renderer. */
export interface HostEvents {
  saveStatus: SaveStatus;
  /** The whole case was replaced (opened, new) from outside the renderer, e.g. the app menu. */
  caseReplaced: CaseView;
  /** A menu command the renderer should carry out (Electron menu → renderer action). */
  command: { name: 'paste-article' | 'undo' | 'redo' | 'open-files' };
  /** A running briefing export: stage for the analyst, percent 0–100. */
  exportProgress: { stage: string; percent: number };
}
export type EventName = keyof HostEvents;

export const CALL_NAMES: readonly CallName[] = CALL_NAME_LIST;

// Both lists must name the same calls and events: a missing or extra name fails to compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const callListsAgree: Same<(typeof CALL_NAME_LIST)[number], CallName> = true;
export const eventListsAgree: Same<(typeof EVENT_NAME_LIST)[number], EventName> = true;
export const isCallName = (name: string): name is CallName => Object.hasOwn(contract, name);

import { z } from 'zod';
import type { Article, CaseData, EntityChange } from './domain';
import type { Result } from './result';
import { actorSchema, claimDetailsSchema, sourceSchema } from './case-schema';
import { CALL_NAME_LIST, EVENT_NAME_LIST } from './ipc-calls';

/**
 * The one contract between the renderer and every back end (Electron IPC, browser host, CLI).
 * Each entry names a call, the zod schema its request must pass (checked in the back end), and the
 * type of its result. Results always arrive as Result<T>: errors are data, never thrown across.
 */

const shortText = (max: number) => z.string().max(max);
const optionalMeta = {
  url: shortText(4000).nullish(),
  publisher: shortText(2000).nullish(),
  publishedAt: shortText(64).nullish(),
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
}

/** Result of a mutation: the entity changes to apply to the renderer's copy, and history labels. */
export interface Delta {
  changes: EntityChange[];
  undoLabel: string | null;
  redoLabel: string | null;
}

export interface HostInfo {
  kind: 'electron' | 'browser';
  /** True where the host can show native open/save dialogs. */
  nativeDialogs: boolean;
  version: string;
  dataDir: string;
}

export type ImportOutcome =
  | { status: 'imported'; name: string; article: Article; delta: Delta }
  | { status: 'duplicate'; name: string; existingId: string; existingTitle: string }
  | { status: 'refused'; name: string; message: string };

/** Declares a call: `call<Result>()(requestSchema)`; curried so the request type is inferred. */
const entityId = z.string().min(1).max(200);
const offset = z.number().int().nonnegative().max(1e9);
const claimPatch = claimDetailsSchema.partial().strict();
const newActor = z.object({ name: z.string().trim().min(1).max(500), type: actorSchema.shape.type.optional(), role: z.string().max(500).optional() }).strict();
const newSource = z.object({ name: z.string().trim().min(1).max(500), kind: sourceSchema.shape.kind.optional(), reliability: sourceSchema.shape.reliability.optional() }).strict();

/** Every undoable analyst action on annotations, actors and sources. */
export const actionSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('annotation.create'),
      articleId: entityId,
      kind: z.enum(['claim', 'actor', 'source', 'note']),
      start: offset,
      end: offset,
      claim: claimPatch.optional(),
      actorId: entityId.optional(),
      sourceId: entityId.optional(),
      note: z.string().max(20000).optional(),
      /** Create this actor in the same step and link it (the marked text becomes an alias). */
      newActor: newActor.optional(),
      newSource: newSource.optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('annotation.update'),
      id: entityId,
      claim: claimPatch.optional(),
      actorId: entityId.nullable().optional(),
      sourceId: entityId.nullable().optional(),
      note: z.string().max(20000).optional(),
      review: z.enum(['pending', 'accepted', 'rejected']).optional(),
      kind: z.enum(['claim', 'actor', 'source', 'note']).optional(),
    })
    .strict(),
  z.object({ type: z.literal('annotation.delete'), id: entityId }).strict(),
  z.object({ type: z.literal('annotation.reattach'), id: entityId, start: offset, end: offset }).strict(),
  z
    .object({
      type: z.literal('actor.create'),
      name: z.string().trim().min(1).max(500),
      actorType: actorSchema.shape.type.optional(),
      aliases: z.array(z.string().trim().min(1).max(500)).max(200).optional(),
      role: z.string().max(500).optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('actor.update'),
      id: entityId,
      name: z.string().trim().min(1).max(500).optional(),
      actorType: actorSchema.shape.type.optional(),
      aliases: z.array(z.string().trim().min(1).max(500)).max(200).optional(),
      role: z.string().max(500).optional(),
    })
    .strict(),
  z.object({ type: z.literal('actor.delete'), id: entityId, force: z.boolean().optional() }).strict(),
  z.object({ type: z.literal('actor.merge'), keepId: entityId, mergeId: entityId }).strict(),
  z
    .object({
      type: z.literal('source.create'),
      name: z.string().trim().min(1).max(500),
      kind: sourceSchema.shape.kind.optional(),
      reliability: sourceSchema.shape.reliability.optional(),
      aliases: z.array(z.string().trim().min(1).max(500)).max(200).optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('source.update'),
      id: entityId,
      name: z.string().trim().min(1).max(500).optional(),
      kind: sourceSchema.shape.kind.optional(),
      reliability: sourceSchema.shape.reliability.optional(),
      aliases: z.array(z.string().trim().min(1).max(500)).max(200).optional(),
    })
    .strict(),
  z.object({ type: z.literal('source.delete'), id: entityId, force: z.boolean().optional() }).strict(),
]);
export type Action = z.infer<typeof actionSchema>;

/** A mutation's result plus the ids of entities it created (so the UI can select them). */
export interface ActionResult extends Delta {
  createdIds: string[];
}

/** Declares a call: `call<Result>()(requestSchema)`; curried so the request type is inferred. */
function call<Res>() {
  return <Req extends z.ZodTypeAny>(request: Req) => ({ request, result: undefined as unknown as Res });
}

const empty = z.object({}).strict();
const articleId = z.string().min(1).max(200);

export const contract = {
  hostInfo: call<HostInfo>()(empty),
  getCase: call<CaseView>()(empty),
  getSaveStatus: call<SaveStatus>()(empty),
  /** Start a new empty case. Without a path, Electron asks with a dialog and the browser host makes one in the data folder. */
  newCase: call<CaseView>()(z.object({ path: z.string().min(1).max(4096).optional() }).strict()),
  /** Open a case file. Without a path, Electron asks with a dialog. */
  openCase: call<CaseView>()(z.object({ path: z.string().min(1).max(4096).optional() }).strict()),
  /** Write the case to a new file and continue there. */
  saveCaseAs: call<CaseView>()(z.object({ path: z.string().min(1).max(4096).optional() }).strict()),
  recentCases: call<string[]>()(empty),
  renameCase: call<CaseView>()(z.object({ title: shortText(500).min(1) }).strict()),
  /** Add pasted text as a new article. */
  addTextArticle: call<ImportOutcome>()(
    z.object({ title: shortText(2000), text: z.string().min(1).max(50 * 1024 * 1024), ...optionalMeta }).strict(),
  ),
  /** Import one file the renderer read (file picker, drag and drop); bytes as base64. */
  importFile: call<ImportOutcome>()(
    z
      .object({ name: shortText(1000).min(1), dataBase64: z.string().max(MAX_REQUEST_BYTES), encoding: shortText(64).optional() })
      .strict(),
  ),
  /** Electron only: pick files with the native dialog and import them. */
  importWithDialog: call<ImportOutcome[]>()(empty),
  updateArticle: call<Delta>()(
    z
      .object({ id: articleId, title: shortText(2000).min(1).optional(), ...optionalMeta })
      .strict(),
  ),
  deleteArticle: call<Delta>()(z.object({ id: articleId }).strict()),
  /** One undoable analyst action (annotations, actors, sources). */
  applyAction: call<ActionResult>()(z.object({ action: actionSchema }).strict()),
  undo: call<Delta>()(empty),
  redo: call<Delta>()(empty),
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
}
export type EventName = keyof HostEvents;

export const CALL_NAMES: readonly CallName[] = CALL_NAME_LIST;

// Both lists must name the same calls and events: a missing or extra name fails to compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const callListsAgree: Same<(typeof CALL_NAME_LIST)[number], CallName> = true;
export const eventListsAgree: Same<(typeof EVENT_NAME_LIST)[number], EventName> = true;
export const isCallName = (name: string): name is CallName => Object.hasOwn(contract, name);

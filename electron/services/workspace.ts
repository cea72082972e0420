import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { anchorAll } from '../../shared/anchoring/anchor';
import { applyChanges, commit, invertChanges, redo as redoStep, undo as undoStep, type PlacedChange } from '../../shared/case-ops';
import { caseWriteProblem, historyProblem, type GateProblem } from '../../shared/case-gate';
import { LIMITS } from '../../shared/case-limits';
import { fitText } from '../../shared/fit';
import { emptyCase, type Annotation, type Article, type CaseData, type EntityChange } from '../../shared/domain';
import type { Action, ActionResult, CaseFirstPart, CaseRest, CaseView, Delta, HostEvents, ImportOutcome, ShownArticle, ShownCase } from '../../shared/ipc-contract';
import { buildAction } from './actions';
import { AppFailure, fail } from '../../shared/result';
import { CaseStore } from './case-store';
import type { CaseHead } from './case-read';
import { articleFromDraft, fitArticleMeta, type ArticleDraft } from './import/article';
import { articleChanges } from './import/publisher-source';
import { SettingsFile } from './settings';
import { pathTaken } from './safe-write';
import { SLICE_MS } from './json-slices';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';

export const CASE_EXTENSION = '.claimwork.json';

/** What a host (Electron, browser, CLI) lends the workspace: native dialogs where it has them. */
export interface HostHooks {
  /** Ask the analyst for a case path; null when cancelled or when the host has no dialogs. */
  pickCasePath?: (mode: 'open' | 'save') => Promise<string | null>;
}

/** How a case switch treats what is already on disk and what is not saved yet. */
export interface CaseSwitchOptions {
  /** The analyst confirmed replacing a file already at the path (New case, Save case as). */
  overwrite?: boolean;
  /** The analyst chose to drop edits of the open case that could not be saved. */
  discardUnsaved?: boolean;
  /**
   * False when the caller hands the returned view to the window itself (a host answering the
   * window's own call): the case is then delivered once, not also through `caseReplaced` (twice was
   * a second serialisation, transfer and full re-render of a 1,000-article case). Switches the
   * window did not ask for (the Electron menu) announce, the default.
   */
  announce?: boolean;
}

/** How an open delivers the case. */
export interface OpenOptions extends CaseSwitchOptions {
  /**
   * Answer with the first part (CaseView.restId set: articles, actors, sources; no annotations) as
   * soon as a big case's head is read and checked; the rest comes from openCaseRest. The case becomes
   * the open one only once all of it is checked, as without.
   */
  inParts?: boolean;
}

type Emit = <E extends keyof HostEvents>(event: E, payload: HostEvents[E]) => void;

/**
 * The back end's state: the data folder, settings, and the one open case. Every host drives it
 * through the handler table; nothing here knows about Electron or HTTP.
 */
export class Workspace {
  private store!: CaseStore;
  private unsubscribe: (() => void) | null = null;
  private readonly listeners = new Set<Emit>();
  /** Annotations whose quote was not found in their article when the case was opened. */
  private orphans = new Set<string>();
  /** Why the last case did not reopen at start-up; shown to the analyst once. */
  private startupProblem: string | null = null;
  /** What the analyst should know about the open case (an undo history dropped on open), or null. */
  private notice: string | null = null;
  /** The case open under way, if any (settled once it is open or refused): see settled(). */
  private opening: Promise<void> = Promise.resolve();
  /** The whole open of a case answered in parts, by its first part's restId, until openCaseRest takes it. */
  private readonly rests = new Map<string, Promise<CaseView>>();

  private constructor(
    public readonly dataDir: string,
    private readonly settings: SettingsFile,
    public readonly hooks: HostHooks,
  ) {}

  /** Opens the last case (or the default case in the data folder, created when missing). */
  static async start(dataDir: string, hooks: HostHooks = {}): Promise<Workspace> {
    await mkdir(path.join(dataDir, 'cases'), { recursive: true });
    const settings = await SettingsFile.load(dataDir);
    const ws = new Workspace(dataDir, settings, hooks);
    const last = settings.current.lastCasePath;
    let lastFailure: string | null = null;
    if (last) {
      try {
        const store = await CaseStore.open(last);
        ws.attach(store, await anchorInSlices(store.data));
      } catch (error) {
        // The last case moved or broke: the default case opens instead, that file is left alone, and
        // the analyst is told (a silent switch reads as "my case is gone").
        lastFailure = error instanceof AppFailure ? error.appError.message : 'It could not be read.';
      }
    }
    if (!ws.store) {
      const store = await ws.openOrCreateDefault();
      ws.attach(store, await anchorInSlices(store.data));
    }
    if (last && lastFailure) {
      ws.startupProblem = `The last case you had open (${last}) could not be opened: ${lastFailure} ${path.basename(ws.store.filePath)} is open instead; ${path.basename(last)} was not changed.`;
    }
    await settings.touchCase(ws.store.filePath);
    return ws;
  }

  private async openOrCreateDefault(): Promise<CaseStore> {
    const defaultPath = path.join(this.dataDir, 'cases', `default${CASE_EXTENSION}`);
    try {
      return await CaseStore.open(defaultPath);
    } catch (error) {
      if (error instanceof AppFailure && error.appError.code === 'not-found') {
        return CaseStore.create(defaultPath, emptyCase(randomUUID(), new Date().toISOString(), 'Default case'));
      }
      // The default file is damaged: keep it untouched for the analyst and start a fresh one beside it.
      const fresh = path.join(this.dataDir, 'cases', `default-${Date.now()}${CASE_EXTENSION}`);
      return CaseStore.create(fresh, emptyCase(randomUUID(), new Date().toISOString(), 'Default case'));
    }
  }

  /** Makes `store` the open case, with the anchoring `anchored` found for its data (anchorInSlices). */
  private attach(store: CaseStore, anchored: Anchored): void {
    this.unsubscribe?.();
    this.store = store;
    this.unsubscribe = store.onStatus((status) => this.emit('saveStatus', status));
    this.notice = null;
    this.checkHistory();
    this.applyAnchors(anchored);
  }

  /**
   * Re-anchors every annotation against its article's current text (design: position, else quote
   * search, else orphan). Moved annotations get their new position; orphans are listed, never dropped.
   */
  private reanchor(): void {
    const anchored = emptyAnchored();
    for (const _ of anchorSteps(this.store.data, anchored)) void _;
    this.applyAnchors(anchored);
  }

  private applyAnchors({ moved, orphans }: Anchored): void {
    const data = this.store.data;
    this.orphans = orphans;
    if (moved.size > 0) {
      this.store.update({
        ...data,
        annotations: data.annotations.map((a) => {
          const m = moved.get(a.id);
          return m ? { ...a, target: { ...a.target, position: { ...a.target.position, start: m.start, end: m.end } } } : a;
        }),
      });
    }
  }

  /**
   * Drops an undo history that does not fit the case (a change that names another entry's id, or
   * expects an entry that is not there): undoing it would break the case. The case itself opens.
   */
  private checkHistory(): void {
    const problem = historyProblem(this.store.data);
    if (!problem) return;
    const { undo, redo } = this.store.data.history;
    this.store.update({ ...this.store.data, history: { undo: [], redo: [] } });
    this.notice = `The undo history of ${path.basename(this.store.filePath)} did not match the case (${problem}), so it was cleared: ${undo.length + redo.length} step${undo.length + redo.length === 1 ? '' : 's'} can no longer be undone or redone. The case itself is whole.`;
  }

  /** Keeps the orphan list right after annotations change (a re-attached one is placed again). */
  private trackOrphans(changes: readonly EntityChange[]): void {
    for (const c of changes) {
      if (c.collection !== 'annotations') continue;
      if (!c.after) {
        this.orphans.delete(c.id);
        continue;
      }
      const article = this.data.articles.find((a) => a.id === c.after!.articleId);
      const { start, end } = c.after.target.position;
      if (article && article.text.slice(start, end) === c.after.target.quote.exact) this.orphans.delete(c.id);
      else this.orphans.add(c.id);
    }
  }

  /** Subscribes to pushed events (save status, case replaced). Returns an unsubscribe function. */
  on(listener: Emit): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit: Emit = (event, payload) => {
    for (const l of this.listeners) l(event, payload);
  };

  get data(): CaseData {
    return this.store.data;
  }

  get casePath(): string {
    return this.store.filePath;
  }

  get saveStatus() {
    return this.store.saveStatus;
  }

  /** The start-up problem (the last case did not reopen), once: null afterwards and when there was none. */
  takeStartupNotice(): string | null {
    const notice = this.startupProblem;
    this.startupProblem = null;
    return notice;
  }

  get recentCases(): string[] {
    return this.settings.current.recentCases;
  }

  /** The folder the analyst last exported a briefing to; null before the first export. */
  get lastExportDir(): string | null {
    return this.settings.current.lastExportDir;
  }

  /** Remembers `dir` as the default folder of the next export (kept in settings.json). */
  async rememberExportDir(dir: string): Promise<void> {
    await this.settings.update({ lastExportDir: dir });
  }

  view(): CaseView {
    const { history, ...data } = this.store.data;
    return {
      path: this.store.filePath,
      data,
      undoLabel: history.undo.at(-1)?.label ?? null,
      redoLabel: history.redo.at(-1)?.label ?? null,
      orphanIds: [...this.orphans],
      ...(this.notice ? { notice: this.notice } : {}),
    };
  }

  /** Runs one analyst action as one undoable step and saves. */
  applyAction(action: Action): ActionResult {
    const { changeSet, createdIds } = buildAction(this.data, action);
    if (changeSet.changes.length === 0) return { ...this.labels(), changes: [], createdIds };
    this.commitData(commit(this.data, changeSet));
    this.trackOrphans(changeSet.changes);
    return { ...this.labels(), changes: changeSet.changes, createdIds };
  }

  /** Undoes the last action (across articles); the delta holds the inverse changes. */
  undo(): Delta {
    const step = undoStep(this.data);
    if (!step) return fail('invalid-request', 'Nothing to undo.');
    this.commitData(step.data);
    const changes = invertChanges(step.changeSet.changes);
    this.trackOrphans(changes);
    return { ...this.labels(), changes };
  }

  redo(): Delta {
    const step = redoStep(this.data);
    if (!step) return fail('invalid-request', 'Nothing to redo.');
    this.commitData(step.data);
    this.trackOrphans(step.changeSet.changes);
    return { ...this.labels(), changes: step.changeSet.changes };
  }

  private labels(): { undoLabel: string | null; redoLabel: string | null } {
    const { history } = this.store.data;
    return { undoLabel: history.undo.at(-1)?.label ?? null, redoLabel: history.redo.at(-1)?.label ?? null };
  }

  /**
   * Replaces the case data and schedules a save, after the write gate: a case that the schema would
   * refuse on reading is never kept or written. Throws AppFailure('refused-input'); the case in
   * memory and on disk stay as they were.
   */
  commitData(next: CaseData): void {
    const problem = caseWriteProblem(next, this.store.data);
    if (problem) refuseWrite(problem);
    this.store.update(next);
  }

  /**
   * The path a case call acts on: the given one, else the host's dialog (whose answer counts as a
   * confirmed overwrite: Electron's save dialog asks before it returns an existing file), else for a
   * save a fresh name in the data folder.
   */
  private async resolvePath(given: string | undefined, mode: 'open' | 'save'): Promise<{ target: string; confirmed: boolean }> {
    const picked = given === undefined ? ((await this.hooks.pickCasePath?.(mode)) ?? null) : null;
    const chosen = given ?? picked;
    if (chosen === null) {
      if (this.hooks.pickCasePath) return fail('cancelled', 'Cancelled.');
      if (mode === 'save') return { target: path.join(this.dataDir, 'cases', `case-${new Date().toISOString().replace(/[:.]/g, '-')}${CASE_EXTENSION}`), confirmed: false };
      return fail('invalid-request', 'Give the path of the case file to open.');
    }
    const resolved = path.resolve(chosen);
    return { target: mode === 'save' && !resolved.endsWith('.json') ? resolved + CASE_EXTENSION : resolved, confirmed: picked !== null };
  }

  /** Refuses ('exists') to write a new case over a file the analyst did not confirm replacing. */
  private async refuseUnconfirmedOverwrite(target: string, confirmed: boolean): Promise<void> {
    if (confirmed || !(await pathTaken(target))) return;
    fail('exists', `${path.basename(target)} already exists. Confirm that it may be replaced (its current content is kept as ${path.basename(target)}.bak), or choose another name.`);
  }

  /**
   * Before the open case is left (switch, close): its edits must be on disk, or the analyst must have
   * chosen to drop them. Throws AppFailure 'unsaved-edits' (the host then asks: Save as… / Discard / Cancel).
   */
  async ensureSaved(discardUnsaved = false): Promise<void> {
    try {
      await this.store.flush();
    } catch (error) {
      if (discardUnsaved) return;
      fail(
        'unsaved-edits',
        `${path.basename(this.store.filePath)} has edits that could not be saved. Save case as… keeps them in another file; Discard drops them; Cancel stays in this case.`,
        error instanceof Error ? error.message : String(error),
      );
    }
  }

  private async switchTo(store: CaseStore, options: CaseSwitchOptions): Promise<CaseView> {
    // Anchored before it becomes the open case: calls answered meanwhile still see the old one.
    const anchored = await anchorInSlices(store.data);
    const old = this.store;
    this.attach(store, anchored);
    await old.close().catch(() => undefined);
    await this.settings.touchCase(store.filePath);
    const view = this.view();
    this.emit('saveStatus', store.saveStatus);
    if (options.announce !== false) this.emit('caseReplaced', view);
    return view;
  }

  /**
   * Starts an empty case at a new file and switches to it. Refuses ('exists') a file already there
   * unless `overwrite`, and ('unsaved-edits') to leave edits that could not be saved unless `discardUnsaved`.
   */
  async newCase(given?: string, options: CaseSwitchOptions = {}): Promise<CaseView> {
    await this.settled();
    await this.ensureSaved(options.discardUnsaved);
    const { target, confirmed } = await this.resolvePath(given, 'save');
    if (target === this.store.filePath) return fail('invalid-request', 'That is the open case; choose another file name.');
    const replace = confirmed || options.overwrite === true;
    await this.refuseUnconfirmedOverwrite(target, replace);
    const store = await CaseStore.create(target, emptyCase(randomUUID(), new Date().toISOString(), path.basename(target).replace(/\.claimwork\.json$|\.json$/, '')), { replace });
    return this.switchTo(store, options);
  }

  /**
   * Opens a case file; on any error the current case stays open and the file is not touched.
   * Refuses ('unsaved-edits') to leave edits that could not be saved unless `discardUnsaved`.
   * With `inParts`, may answer with the first part of the case (see OpenOptions).
   */
  async openCase(given?: string, options: OpenOptions = {}): Promise<ShownCase> {
    await this.settled();
    if (given !== undefined && path.resolve(given) === this.store.filePath) return this.view();
    await this.ensureSaved(options.discardUnsaved);
    const { target } = await this.resolvePath(given, 'open');
    if (target === this.store.filePath) return this.view();
    if (options.inParts) return this.openInParts(target, options);
    return this.switchTo(await CaseStore.open(target), options);
  }

  /**
   * Resolves once no case open is under way, whatever its outcome. Until then the previous case is
   * still the open one while the window may already show the next one's articles: a host holds every
   * call that reads or changes the case until this resolves (handlers.ts).
   */
  async settled(): Promise<void> {
    let seen: Promise<void> | null = null;
    while (seen !== this.opening) {
      seen = this.opening;
      await seen;
    }
  }

  /**
   * Reads `target` and answers with its first part as soon as its head is read and checked (a small
   * or old-version case, or one refused before that, answers whole as without parts). The whole open
   * goes on; openCaseRest(restId) waits for it.
   */
  private openInParts(target: string, options: CaseSwitchOptions): Promise<ShownCase> {
    const restId = randomUUID();
    let answerFirst: (view: CaseFirstPart) => void = () => undefined;
    const first = new Promise<CaseFirstPart>((resolve) => (answerFirst = resolve));
    const whole = CaseStore.open(target, (head) => answerFirst(firstPart(target, head, restId))).then((store) =>
      this.switchTo(store, options),
    );
    // Observed here too: a window that never asks for the rest must not make it an unhandled rejection.
    this.opening = whole.then(
      () => undefined,
      () => undefined,
    );
    this.rests.clear();
    this.rests.set(restId, whole);
    return Promise.race([first, whole]).then(
      (view) => {
        if (view.restId === undefined) this.rests.delete(restId);
        return view;
      },
      (error: unknown) => {
        this.rests.delete(restId);
        throw error;
      },
    );
  }

  /**
   * The rest of the case whose first part carried `restId`, once it is read, checked and open. Throws
   * the file's refusal when it was refused (the previous case is still open, untouched), and
   * 'invalid-request' for an id that is not (or no longer) waiting: each rest is delivered once.
   */
  async openCaseRest(restId: string): Promise<CaseRest> {
    const whole = this.rests.get(restId) ?? fail('invalid-request', 'That case is no longer being opened; open it again.');
    try {
      const view = await whole;
      return { articles: view.data.articles, annotations: view.data.annotations, orphanIds: view.orphanIds, undoLabel: view.undoLabel, redoLabel: view.redoLabel, updatedAt: view.data.updatedAt, ...(view.notice ? { notice: view.notice } : {}) };
    } finally {
      this.rests.delete(restId);
    }
  }

  /** Writes the case to a new file and continues there; refuses ('exists') a file already there unless `overwrite`. */
  async saveCaseAs(given?: string, options: CaseSwitchOptions = {}): Promise<CaseView> {
    await this.settled();
    const { target, confirmed } = await this.resolvePath(given, 'save');
    if (target === this.store.filePath) {
      await this.store.flush();
      return this.view();
    }
    const copy = { ...this.store.data, updatedAt: new Date().toISOString() };
    const problem = caseWriteProblem(copy);
    if (problem) refuseWrite(problem);
    const replace = confirmed || options.overwrite === true;
    await this.refuseUnconfirmedOverwrite(target, replace);
    const store = await CaseStore.create(target, copy, { replace });
    return this.switchTo(store, options);
  }

  renameCase(title: string): CaseView {
    this.commitData({ ...this.data, title: fitText(title, LIMITS.caseTitle) || this.data.title });
    return this.view();
  }

  /** Adds an article unless one with the same text is already in the case. */
  addArticle(draft: ArticleDraft, name: string): ImportOutcome {
    const article = articleFromDraft(draft);
    const existing = this.data.articles.find((a) => a.contentHash === article.contentHash);
    if (existing) return { status: 'duplicate', name, existingId: existing.id, existingTitle: existing.title };
    const linked = articleChanges(this.data, null, article);
    const delta = this.applyUntracked(linked.changes);
    return { status: 'imported', name, article: linked.article, delta };
  }

  /**
   * Replaces an article's text and origin with a new reading of its file (e.g. another encoding),
   * keeping its id, title and metadata, then re-anchors: annotations move with their quote or
   * become orphans, never dropped. Refuses a text another article already has.
   */
  replaceArticleText(id: string, draft: ArticleDraft): CaseView {
    const before = this.data.articles.find((a) => a.id === id) ?? fail('not-found', 'That article is no longer in the case.');
    const fresh = articleFromDraft(draft);
    const other = this.data.articles.find((a) => a.id !== id && a.contentHash === fresh.contentHash);
    if (other) return fail('refused-input', `That text is already in the case as “${other.title}”.`);
    const after: Article = { ...before, text: fresh.text, lang: fresh.lang, dir: fresh.dir, origin: fresh.origin, contentHash: fresh.contentHash, paragraphStarts: fresh.paragraphStarts };
    this.applyUntracked([{ collection: 'articles', id, before, after }]);
    this.reanchor();
    return this.view();
  }

  updateArticle(id: string, patch: Partial<Pick<Article, 'title' | 'url' | 'publisher' | 'publishedAt' | 'byline'>>): Delta {
    const before = this.data.articles.find((a) => a.id === id) ?? fail('not-found', 'That article is no longer in the case.');
    const after: Article = { ...before };
    if (patch.title !== undefined) after.title = fitText(patch.title, LIMITS.title) || before.title;
    const fitted = fitArticleMeta({ url: patch.url ?? null, publisher: patch.publisher ?? null, byline: patch.byline ?? null, publishedAt: patch.publishedAt ?? null });
    for (const key of ['url', 'publisher', 'publishedAt', 'byline'] as const) {
      if (patch[key] !== undefined) after[key] = fitted[key];
    }
    return this.applyUntracked(articleChanges(this.data, before, after).changes);
  }

  /** Deletes an article and every annotation on it, as one undoable step (undo puts them back in place). */
  deleteArticle(id: string): Delta {
    const index = this.data.articles.findIndex((a) => a.id === id);
    const before = this.data.articles[index] ?? fail('not-found', 'That article is no longer in the case.');
    const changes: PlacedChange[] = [{ collection: 'articles', id, before, after: null, index }];
    this.data.annotations.forEach((a, i) => {
      if (a.articleId === id) changes.push({ collection: 'annotations', id: a.id, before: a, after: null, index: i });
    });
    const label = `Delete article “${before.title.length > 40 ? `${before.title.slice(0, 39)}…` : before.title}”`;
    this.commitData(commit(this.data, { label, at: new Date().toISOString(), changes }));
    this.trackOrphans(changes);
    return { changes, ...this.labels() };
  }

  /** Applies changes that are not undoable (article intake and metadata) and saves. */
  private applyUntracked(changes: EntityChange[]): Delta {
    this.commitData(applyChanges(this.data, changes, 'forward'));
    return { changes, ...this.labels() };
  }

  /** Writes pending edits now; rejects when the save fails (the edits stay in memory). */
  async flush(): Promise<void> {
    await this.store.flush();
  }

  async close(): Promise<void> {
    this.unsubscribe?.();
    await this.store.close();
  }
}

/** What re-anchoring found: new positions of annotations whose text moved, and the orphans. */
interface Anchored {
  moved: Map<string, { start: number; end: number }>;
  orphans: Set<string>;
}

const emptyAnchored = (): Anchored => ({ moved: new Map(), orphans: new Set() });

/** Re-anchors the annotations of `data` into `out`, one article per step (a caller may pause between). */
function* anchorSteps(data: CaseData, out: Anchored): Generator<void> {
  const byArticle = new Map<string, Annotation[]>();
  for (const a of data.annotations) {
    const list = byArticle.get(a.articleId);
    if (list) list.push(a);
    else byArticle.set(a.articleId, [a]);
  }
  for (const article of data.articles) {
    const anns = byArticle.get(article.id);
    if (!anns) continue;
    for (const [id, r] of anchorAll(article.text, anns)) {
      if (r.status === 'orphan') out.orphans.add(id);
      else if (r.status !== 'exact-position') out.moved.set(id, { start: r.start, end: r.end });
    }
    byArticle.delete(article.id);
    yield;
  }
  // Annotations of an article that no longer exists are orphans too.
  for (const anns of byArticle.values()) for (const a of anns) out.orphans.add(a.id);
}

/**
 * anchorSteps run to the end, giving the event loop back every SLICE_MS: re-anchoring the 226,000
 * annotations of a 200 MB case took about a second in one piece, during which no call was answered.
 */
async function anchorInSlices(data: CaseData): Promise<Anchored> {
  const out = emptyAnchored();
  let sliceStart = performance.now();
  for (const _ of anchorSteps(data, out)) {
    void _;
    if (performance.now() - sliceStart >= SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  return out;
}

/** Refuses an edit that would leave a case the schema refuses on reading. */
function refuseWrite(problem: GateProblem): never {
  return fail(
    'refused-input',
    `Claimwork did not make this change: the case would no longer open (${problem.where} ${problem.what}). Nothing was changed or saved; shorten what you entered, or undo the step before, and try again.`,
  );
}

/**
 * The first part of a case opened in parts: its head, the first article (the one the page shows on
 * opening) with its text, every other article without (text null), no annotations. The page lists the
 * articles from it; the texts (6.6 MB of the 1,000-article bench case, against 43 KB for the list)
 * come with the rest.
 */
function firstPart(filePath: string, head: CaseHead, restId: string): CaseFirstPart {
  const articles = head.articles.map((a, i): ShownArticle => (i === 0 ? a : { ...a, text: null }));
  return { path: filePath, data: { ...head, articles, annotations: [] }, undoLabel: null, redoLabel: null, orphanIds: [], restId };
}

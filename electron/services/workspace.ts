import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { anchorAll } from '../../shared/anchoring/anchor';
import { applyChanges, commit, invertChanges, redo as redoStep, undo as undoStep } from '../../shared/case-ops';
import { emptyCase, type Annotation, type Article, type CaseData, type EntityChange } from '../../shared/domain';
import type { Action, ActionResult, CaseView, Delta, HostEvents, ImportOutcome } from '../../shared/ipc-contract';
import { buildAction } from './actions';
import { AppFailure, fail } from '../../shared/result';
import { CaseStore } from './case-store';
import { articleFromDraft, type ArticleDraft } from './intake';
import { articleChanges } from './import/publisher-source';
import { SettingsFile } from './settings';

export const CASE_EXTENSION = '.claimwork.json';

/** What a host (Electron, browser, CLI) lends the workspace: native dialogs where it has them. */
export interface HostHooks {
  /** Ask the analyst for a case path; null when cancelled or when the host has no dialogs. */
  pickCasePath?: (mode: 'open' | 'save') => Promise<string | null>;
}

type Emit = <E extends keyof HostEvents>(event: E, payload: HostEvents[E]) => void;

/**
 * How a case switch (new, open, save as) reaches the window. `announce: false` when the caller hands
 * the returned view to the window itself (a host answering the window's own call): the case is then
 * delivered once, not also through `caseReplaced` (twice was a second serialisation, transfer and
 * full re-render of a 1,000-article case). Switches the window did not ask for (the Electron menu)
 * announce, the default.
 */
export interface SwitchOptions {
  announce?: boolean;
}

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
    if (last) {
      try {
        ws.attach(await CaseStore.open(last));
      } catch {
        /* the last case moved or broke: fall back to the default case, leaving that file alone */
      }
    }
    if (!ws.store) ws.attach(await ws.openOrCreateDefault());
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

  private attach(store: CaseStore): void {
    this.unsubscribe?.();
    this.store = store;
    this.unsubscribe = store.onStatus((status) => this.emit('saveStatus', status));
    this.reanchor();
  }

  /**
   * Re-anchors every annotation against its article's current text (design: position, else quote
   * search, else orphan). Moved annotations get their new position; orphans are listed, never dropped.
   */
  private reanchor(): void {
    const data = this.store.data;
    const byArticle = new Map<string, Annotation[]>();
    for (const a of data.annotations) {
      const list = byArticle.get(a.articleId);
      if (list) list.push(a);
      else byArticle.set(a.articleId, [a]);
    }
    const moved = new Map<string, { start: number; end: number }>();
    this.orphans = new Set();
    for (const article of data.articles) {
      const anns = byArticle.get(article.id);
      if (!anns) continue;
      for (const [id, r] of anchorAll(article.text, anns)) {
        if (r.status === 'orphan') this.orphans.add(id);
        else if (r.status !== 'exact-position') moved.set(id, { start: r.start, end: r.end });
      }
      byArticle.delete(article.id);
    }
    // Annotations of an article that no longer exists are orphans too.
    for (const anns of byArticle.values()) for (const a of anns) this.orphans.add(a.id);
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

  /** Replaces the case data and schedules a save. */
  commitData(next: CaseData): void {
    this.store.update(next);
  }

  private async resolvePath(given: string | undefined, mode: 'open' | 'save'): Promise<string> {
    const chosen = given ?? (await this.hooks.pickCasePath?.(mode)) ?? null;
    if (chosen === null) {
      if (this.hooks.pickCasePath) return fail('cancelled', 'Cancelled.');
      if (mode === 'save') return path.join(this.dataDir, 'cases', `case-${new Date().toISOString().replace(/[:.]/g, '-')}${CASE_EXTENSION}`);
      return fail('invalid-request', 'Give the path of the case file to open.');
    }
    const resolved = path.resolve(chosen);
    return mode === 'save' && !resolved.endsWith('.json') ? resolved + CASE_EXTENSION : resolved;
  }

  private async switchTo(store: CaseStore, opts: SwitchOptions): Promise<CaseView> {
    const old = this.store;
    this.attach(store);
    await old.close().catch(() => undefined);
    await this.settings.touchCase(store.filePath);
    const view = this.view();
    this.emit('saveStatus', store.saveStatus);
    if (opts.announce !== false) this.emit('caseReplaced', view);
    return view;
  }

  async newCase(given?: string, opts: SwitchOptions = {}): Promise<CaseView> {
    const target = await this.resolvePath(given, 'save');
    if (target === this.store.filePath) return fail('invalid-request', 'That is the open case; choose another file name.');
    const store = await CaseStore.create(target, emptyCase(randomUUID(), new Date().toISOString(), path.basename(target).replace(/\.claimwork\.json$|\.json$/, '')));
    return this.switchTo(store, opts);
  }

  /** Opens a case file; on any error the current case stays open and the file is not touched. */
  async openCase(given?: string, opts: SwitchOptions = {}): Promise<CaseView> {
    const target = await this.resolvePath(given, 'open');
    if (target === this.store.filePath) return this.view();
    await this.store.flush().catch(() => undefined);
    return this.switchTo(await CaseStore.open(target), opts);
  }

  async saveCaseAs(given?: string, opts: SwitchOptions = {}): Promise<CaseView> {
    const target = await this.resolvePath(given, 'save');
    if (target === this.store.filePath) {
      await this.store.flush();
      return this.view();
    }
    const store = await CaseStore.create(target, { ...this.store.data, updatedAt: new Date().toISOString() });
    return this.switchTo(store, opts);
  }

  renameCase(title: string): CaseView {
    this.commitData({ ...this.data, title });
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
    if (patch.title !== undefined) after.title = patch.title.trim() || before.title;
    for (const key of ['url', 'publisher', 'publishedAt', 'byline'] as const) {
      if (patch[key] !== undefined) after[key] = patch[key]?.trim() || null;
    }
    return this.applyUntracked(articleChanges(this.data, before, after).changes);
  }

  /** Deletes an article and every annotation on it. */
  deleteArticle(id: string): Delta {
    const before = this.data.articles.find((a) => a.id === id) ?? fail('not-found', 'That article is no longer in the case.');
    const changes: EntityChange[] = [{ collection: 'articles', id, before, after: null }];
    for (const a of this.data.annotations) if (a.articleId === id) changes.push({ collection: 'annotations', id: a.id, before: a, after: null });
    return this.applyUntracked(changes);
  }

  /** Applies changes that are not undoable (article intake and removal) and saves. */
  private applyUntracked(changes: EntityChange[]): Delta {
    this.commitData(applyChanges(this.data, changes, 'forward'));
    return { changes, ...this.labels() };
  }

  async close(): Promise<void> {
    this.unsubscribe?.();
    await this.store.close();
  }
}

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import type { CaseData } from '../../shared/domain';
import type { SaveStatus } from '../../shared/ipc-contract';
import { fail } from '../../shared/result';
import { CaseFileAdapter } from './case-file';
import type { CaseHead } from './case-read';
import { removeStaleTemps, writeFileAtomic } from './safe-write';

/** How long edits are gathered before one write (ms): "saved within about a second". */
export const SAVE_DEBOUNCE_MS = 300;
const RETRY_MS = [1000, 2000, 5000, 10000];
/**
 * How long after opening a case its JSON text is prepared for the saves (ms): well after the open's
 * own work (anchoring, the answer to the window: a few seconds for a 21 MB case on a busy machine),
 * while the analyst reads. Without it, the first save serialised the whole case (some 150 ms of CPU
 * at 20,000 claims, in slices) and the edit after it waited behind those slices.
 */
export const PRIME_DELAY_MS = 5000;

export type SaveListener = (status: SaveStatus) => void;

/**
 * The open case: lowdb over one JSON file. Edits replace `data` in memory at once; writes are
 * debounced, never overlap (one at a time), and coalesce (edits during a write cause one more write).
 * A failed write keeps the edit in memory, reports why, and retries with backoff.
 */
export class CaseStore {
  private readonly db: Low<CaseData>;
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> | null = null;
  private dirty = false;
  private failures = 0;
  private closed = false;
  /** A status change is to be announced after the current I/O callbacks (setStatus `later`). */
  private announcing = false;
  private status: SaveStatus = { state: 'saved', message: null, lastSavedAt: null };
  private readonly listeners = new Set<SaveListener>();

  private constructor(
    public readonly filePath: string,
    db: Low<CaseData>,
    private readonly file: CaseFileAdapter,
  ) {
    this.db = db;
  }

  /**
   * Opens an existing case file. Throws AppFailure when the file is missing, foreign, corrupt or newer.
   * `onHead` sees a big case's checked head before the rest is read (readCaseFile).
   */
  static async open(filePath: string, onHead?: (head: CaseHead) => void): Promise<CaseStore> {
    const file = new CaseFileAdapter(filePath, onHead);
    const db = new Low<CaseData>(file, null as unknown as CaseData);
    await db.read();
    if (db.data === null) {
      return fail('not-found', `${path.basename(filePath)} does not exist. Choose another case file.`);
    }
    // Only after the case opened: a refused file's folder is left exactly as it was.
    await removeStaleTemps(filePath);
    const store = new CaseStore(filePath, db, file);
    store.primeLater();
    return store;
  }

  /**
   * Creates a case file with `data` and writes it at once, so the path is valid when this returns.
   * With `replace: false` a file already at the path is left alone and AppFailure 'exists' thrown;
   * a replaced file is kept as its `.bak`.
   */
  static async create(filePath: string, data: CaseData, options: { replace?: boolean } = {}): Promise<CaseStore> {
    await mkdir(path.dirname(filePath), { recursive: true });
    const file = new CaseFileAdapter(filePath);
    const db = new Low<CaseData>(file, data);
    // Through the file's cache: the saves after this one reuse the text of what they did not change.
    await writeFileAtomic(filePath, await file.pieces(data), { keepBackup: true, replace: options.replace ?? true });
    const store = new CaseStore(filePath, db, file);
    store.status = { state: 'saved', message: null, lastSavedAt: new Date().toISOString() };
    return store;
  }

  get data(): CaseData {
    return this.db.data;
  }

  get saveStatus(): SaveStatus {
    return this.status;
  }

  onStatus(listener: SaveListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Replaces the case data in memory and schedules a save. */
  update(next: CaseData): void {
    this.db.data = { ...next, updatedAt: new Date().toISOString() };
    this.dirty = true;
    // Announced once the call that made the edit has answered: the window then shows the edit
    // before it redraws the save indicator (the event used to arrive first, and its redraw of the
    // workbench came before the edit's).
    this.setStatus({ ...this.status, state: this.status.state === 'failed' ? 'failed' : 'saving' }, true);
    this.schedule(SAVE_DEBOUNCE_MS);
  }

  /** Writes pending edits now and waits for every write to finish; rejects if the last write failed. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.writing || this.dirty) {
      if (this.writing) await this.writing;
      else await this.writeOnce();
      if (this.status.state === 'failed') throw new Error(this.status.message ?? 'save failed');
    }
  }

  /** Stops timers after a final flush attempt; the store must not be used afterwards. */
  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      this.closed = true;
      if (this.timer) clearTimeout(this.timer);
      this.listeners.clear();
    }
  }

  /** Prepares the saves' JSON text of the case once the open is over (PRIME_DELAY_MS); skipped after close. */
  private primeLater(): void {
    const timer = setTimeout(() => {
      // A failure here only means the first save serialises what is missing.
      if (!this.closed) void this.file.prime(this.db.data).catch(() => undefined);
    }, PRIME_DELAY_MS);
    timer.unref?.();
  }

  private schedule(delay: number): void {
    if (this.closed || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.writeOnce();
    }, delay);
    this.timer.unref?.();
  }

  private writeOnce(): Promise<void> {
    if (this.writing) {
      return this.writing;
    }
    if (!this.dirty) return Promise.resolve();
    this.dirty = false;
    this.setStatus({ ...this.status, state: 'saving' });
    const snapshot = this.db.data;
    this.writing = this.db.adapter
      .write(snapshot)
      .then(
        () => {
          this.failures = 0;
          this.setStatus({ state: this.dirty ? 'saving' : 'saved', message: null, lastSavedAt: new Date().toISOString() });
        },
        (error: unknown) => {
          this.dirty = true;
          this.failures++;
          const reason = error instanceof Error ? error.message : String(error);
          this.setStatus({
            ...this.status,
            state: 'failed',
            message: `Could not save ${path.basename(this.filePath)}: ${reason}. Your edits are kept and saving is retried; free disk space or use Save case as….`,
          });
        },
      )
      .finally(() => {
        this.writing = null;
        if (this.dirty && !this.closed) {
          const delay = this.status.state === 'failed' ? RETRY_MS[Math.min(this.failures - 1, RETRY_MS.length - 1)]! : SAVE_DEBOUNCE_MS;
          this.schedule(delay);
        }
      });
    return this.writing;
  }

  /** Sets the status and tells the listeners of a change, at once or (`later`) after the current I/O callbacks. */
  private setStatus(next: SaveStatus, later = false): void {
    const same = next.state === this.status.state && next.message === this.status.message && next.lastSavedAt === this.status.lastSavedAt;
    this.status = next;
    if (same) return;
    if (!later) {
      for (const listener of this.listeners) listener(next);
      return;
    }
    if (this.announcing) return;
    this.announcing = true;
    setImmediate(() => {
      this.announcing = false;
      for (const listener of this.listeners) listener(this.status);
    });
  }
}

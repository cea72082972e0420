/**
 * The window's side of the grouping worker: one worker for the window, started on first use, and
 * an asker per view that wants groupings (the Stories view, the Briefing view), each shown only its
 * newest request's result (grouping-protocol.ts). When the worker cannot be used (it failed to load,
 * stopped with an error or answered something malformed) every asker groups in the window instead,
 * after a paint, and says so: the stories still show, the window pauses while they are grouped.
 */
import { afterPaint } from '../after-paint';
import { NewestOnly, readReply, runGrouping, type GroupedIn, type GroupingInput, type GroupingKind, type GroupingOutput, type GroupingReply, type GroupingRequest } from './grouping-protocol';

/** What an asker is told: the grouping of `input` (null when the shared/ code threw), where it was made, and a message to show, if any. */
export interface GroupingDone<K extends GroupingKind> {
  input: GroupingInput<K>;
  result: GroupingOutput<K> | null;
  groupedIn: GroupedIn;
  notice: string | null;
}

let worker: Worker | null = null;
/** Why the worker is not used any more (for the rest of the session), or null. */
let broken: string | null = null;
let lastId = 0;
/** Requests posted and not yet answered: id → what to do with the reply (null: the worker failed). */
const replies = new Map<number, (reply: GroupingReply | null) => void>();

function fail(why: string): void {
  broken = why;
  worker?.terminate();
  worker = null;
  const pending = [...replies.values()];
  replies.clear();
  for (const done of pending) done(null);
}

function theWorker(): Worker | null {
  if (broken !== null) return null;
  if (worker) return worker;
  try {
    // Bundled by Vite as its own chunk beside the window's (same origin: the CSP's script-src 'self').
    worker = new Worker(new URL('./grouping.worker.ts', import.meta.url), { type: 'module', name: 'claimwork-grouping' });
  } catch (error) {
    broken = error instanceof Error ? error.message : String(error);
    return null;
  }
  worker.onmessage = (event: MessageEvent<unknown>) => {
    const reply = readReply(event.data);
    if (reply === null) return fail('it answered something that is not a grouping');
    const done = replies.get(reply.id);
    replies.delete(reply.id);
    done?.(reply);
  };
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    fail(event.message ? `it stopped: ${event.message}` : 'it could not be loaded');
  };
  worker.onmessageerror = () => fail('its answer could not be read');
  return worker;
}

/** The sentence shown when stories were grouped in the window because the worker failed. */
export function fallbackNotice(why: string): string {
  return `Stories were grouped in this window, which pauses it meanwhile: the background grouping failed (${why}).`;
}

/**
 * Asks for groupings of one kind for one view: `ask` as often as the input changes; `onDone` gets
 * only the newest input's grouping. `dispose` when the view goes (a running grouping still ends in
 * the worker, unseen).
 */
export class GroupingAsker<K extends GroupingKind> {
  private readonly queue = new NewestOnly<GroupingInput<K>>(() => (lastId += 1));
  private cancelInWindow: (() => void) | null = null;
  private disposed = false;

  constructor(
    private readonly kind: K,
    private readonly onDone: (done: GroupingDone<K>) => void,
  ) {}

  ask(input: GroupingInput<K>): void {
    if (this.disposed) return;
    this.cancelInWindow?.();
    this.cancelInWindow = null;
    const w = theWorker();
    if (!w) return this.inWindow(input);
    const request = this.queue.ask(input);
    if (request) this.post(w, request);
  }

  dispose(): void {
    this.disposed = true;
    this.cancelInWindow?.();
    this.queue.drop();
  }

  private post(w: Worker, request: { id: number; task: GroupingInput<K> }): void {
    replies.set(request.id, (reply) => this.replied(request.id, reply));
    const message = { id: request.id, task: { kind: this.kind, input: request.task } } as GroupingRequest;
    const start = performance.now();
    try {
      w.postMessage(message);
    } catch (error) {
      // A value that cannot be cloned: nothing reached the worker.
      replies.delete(request.id);
      this.queue.drop();
      return this.inWindow(request.task, error instanceof Error ? error.message : String(error));
    }
    // Copying the case into the message blocks the window: read by the bench beside the long tasks.
    performance.measure('cw:grouping-post', { start });
  }

  private replied(id: number, reply: GroupingReply | null): void {
    if (this.disposed) return;
    if (reply === null) {
      const newest = this.queue.drop();
      if (newest !== null) this.inWindow(newest);
      return;
    }
    const { show, task, post } = this.queue.answered(id);
    if (post) {
      const w = theWorker();
      if (w) this.post(w, post);
      else this.inWindow(this.queue.drop() ?? post.task);
    }
    if (!show || task === null) return;
    if (reply.ok) this.onDone({ input: task, result: reply.result as GroupingOutput<K>, groupedIn: 'worker', notice: null });
    else this.onDone({ input: task, result: null, groupedIn: 'worker', notice: `Stories could not be grouped: ${reply.message}` });
  }

  private inWindow(input: GroupingInput<K>, why: string | null = broken): void {
    this.cancelInWindow = afterPaint(() => {
      this.cancelInWindow = null;
      if (this.disposed) return;
      try {
        this.onDone({ input, result: runGrouping(this.kind, input), groupedIn: 'window', notice: fallbackNotice(why ?? 'no worker') });
      } catch (error) {
        this.onDone({ input, result: null, groupedIn: 'window', notice: `Stories could not be grouped: ${error instanceof Error ? error.message : String(error)}` });
      }
    });
  }
}

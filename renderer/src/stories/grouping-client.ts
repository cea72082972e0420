/**
 * The window's side of the grouping worker: one worker for the window, started on first use, and
 * an asker per view that wants groupings (the Stories view, the Briefing view), each shown only its
 * newest request's result (grouping-protocol.ts). When the worker cannot be used (it failed to load,
 * stopped with an error or answered something malformed) every asker groups in the window instead,
 * after a paint, and says so: the stories still show, the window pauses while they are grouped.
 */
import { afterPaint } from '../after-paint';
import { NewestOnly, buffersOf, packer, readReply, runGrouping, type GroupedIn, type GroupingTask, type GroupingInput, type GroupingKind, type GroupingOutput, type GroupingReply, type GroupingRequest } from './grouping-protocol';

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
/**
 * Requests posted and not yet answered: id → whether its answer would still be shown, and what to
 * do with the reply (null: the worker failed; 'unread': not wanted any more, so never decoded).
 */
const replies = new Map<number, { wanted: () => boolean; done: (reply: GroupingReply | null | 'unread') => void }>();

function fail(why: string): void {
  broken = why;
  worker?.terminate();
  worker = null;
  const pending = [...replies.values()];
  replies.clear();
  for (const { done } of pending) done(null);
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
    // An answer to a request an edit has replaced is dropped unread: decoding a big case's stories
    // would cost the window a long task for nothing.
    const id = (event.data as { id?: unknown } | null)?.id;
    const stale = typeof id === 'number' ? replies.get(id) : undefined;
    if (stale && !stale.wanted()) {
      replies.delete(id as number);
      return stale.done('unread');
    }
    const reply = readReply(event.data);
    if (reply === null) return fail('it answered something that is not a grouping');
    const entry = replies.get(reply.id);
    replies.delete(reply.id);
    entry?.done(reply);
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
  private cancelScheduled: (() => void) | null = null;
  private disposed = false;

  constructor(
    private readonly kind: K,
    private readonly onDone: (done: GroupingDone<K>) => void,
  ) {}

  /**
   * Groups `input` after the next paint (packing and posting it takes the window tens of
   * milliseconds at 20,000 claims: the view's "grouping" state is painted first).
   */
  ask(input: GroupingInput<K>): void {
    if (this.disposed) return;
    this.cancelScheduled?.();
    this.cancelScheduled = afterPaint(() => {
      this.cancelScheduled = null;
      const w = theWorker();
      if (!w) return this.inWindow(input);
      const request = this.queue.ask(input);
      if (request) this.post(w, request);
    });
  }

  dispose(): void {
    this.disposed = true;
    this.cancelScheduled?.();
    this.queue.drop();
  }

  /**
   * Packs `request` a step at a time, yielding to the window between steps, then posts it with its
   * buffers transferred. Packing for a disposed asker, or after the worker failed, stops at the next step.
   */
  private post(w: Worker, request: { id: number; task: GroupingInput<K> }): void {
    replies.set(request.id, { wanted: () => this.queue.wants(request.id), done: (reply) => this.replied(request.id, reply) });
    let packing: ReturnType<typeof packer>;
    const failed = (error: unknown) => {
      // A value that cannot be packed or cloned: nothing reached the worker.
      replies.delete(request.id);
      this.queue.drop();
      this.inWindow(request.task, error instanceof Error ? error.message : String(error));
    };
    const step = () => {
      if (this.disposed) return void replies.delete(request.id);
      if (!replies.has(request.id)) return;
      const start = performance.now();
      try {
        packing ??= packer({ kind: this.kind, input: request.task } as GroupingTask);
        const packed = packing.step();
        if (packed) {
          const message: GroupingRequest = { id: request.id, task: packed };
          w.postMessage(message, buffersOf(packed.parts));
        } else setTimeout(step, 0);
      } catch (error) {
        return failed(error);
      }
      // The window's share of grouping in the worker, step by step: read by the bench.
      performance.measure('cw:grouping-post', { start });
    };
    step();
  }

  private replied(id: number, reply: GroupingReply | null | 'unread'): void {
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
    if (!show || task === null || reply === 'unread') return;
    if (reply.ok) this.onDone({ input: task, result: reply.result as GroupingOutput<K>, groupedIn: 'worker', notice: null });
    else this.onDone({ input: task, result: null, groupedIn: 'worker', notice: `Stories could not be grouped: ${reply.message}` });
  }

  private inWindow(input: GroupingInput<K>, why: string | null = broken): void {
    this.cancelScheduled = afterPaint(() => {
      this.cancelScheduled = null;
      if (this.disposed) return;
      try {
        this.onDone({ input, result: runGrouping(this.kind, input), groupedIn: 'window', notice: fallbackNotice(why ?? 'no worker') });
      } catch (error) {
        this.onDone({ input, result: null, groupedIn: 'window', notice: `Stories could not be grouped: ${error instanceof Error ? error.message : String(error)}` });
      }
    });
  }
}

/**
 * What crosses between the window and the grouping worker (grouping.worker.ts), and the pure rules
 * around it: which task runs what shared/ code, how a reply is checked before it is shown, and which
 * request is still wanted (the newest of each asker). No DOM and no Worker here, so the rules are
 * unit-tested on their own; only plain data crosses: JSON text as UTF-8 bytes whose buffers move.
 */
import { groupBriefing, groupingFields } from '../../../shared/briefing/model';
import type { BriefingChoice, BriefingGrouping } from '../../../shared/briefing/types';
import { groupStories, type StoriesInput, type StoriesResult } from '../../../shared/stories';

/** A grouping to make: the Stories view's stories of the whole case, or the Briefing's stories and network. */
export type GroupingTask = { kind: 'stories'; input: StoriesInput } | { kind: 'briefing'; input: BriefingChoice };
export type GroupingKind = GroupingTask['kind'];
export type GroupingInput<K extends GroupingKind> = Extract<GroupingTask, { kind: K }>['input'];
export type GroupingOutput<K extends GroupingKind> = K extends 'stories' ? StoriesResult : BriefingGrouping;

/**
 * A task as it crosses: one JSON text of the collections (the annotations reduced to the fields
 * grouping reads), written a step at a time and sent as UTF-8 bytes whose buffers are transferred,
 * not copied. Copying 20,000 annotation objects and a thousand articles into a message field by
 * field blocks the window for hundreds of milliseconds; moving buffers costs nothing.
 */
export interface PackedTask {
  kind: GroupingKind;
  /** The pieces of `{"articles":…,"actors":…,"sources":…,"briefing":…,"annotations":…}` in order, each whole characters. */
  parts: Uint8Array[];
}

/** Window → worker. `id` is unique per window, so a reply names the request it answers. */
export interface GroupingRequest {
  id: number;
  task: PackedTask;
}

/** Annotations written per step of packing: a few milliseconds of the window's time each. */
export const PACK_STEP = 2000;
const ARTICLES_STEP = 100;

/** The items of `xs` as pieces of one JSON array's inside, `size` at a time (commas between). */
function arrayPieces<T>(xs: readonly T[], size: number, map: (x: T) => unknown): (() => string)[] {
  const out: (() => string)[] = [];
  for (let at = 0; at < xs.length; at += size) out.push(() => (at === 0 ? '' : ',') + JSON.stringify(xs.slice(at, at + size).map(map)).slice(1, -1));
  return out;
}

/**
 * Packs `task` a step at a time: each call of `step` writes the next piece (a hundred articles,
 * PACK_STEP annotations…) and returns null; the last returns the task to post. The window yields
 * between steps, so no step is a long task.
 */
export function packer(task: GroupingTask, size = PACK_STEP): { step: () => PackedTask | null } {
  const { articles, actors, sources, annotations } = task.input;
  const briefing = task.kind === 'briefing' ? { selection: task.input.briefing.selection, pickedClaimIds: task.input.briefing.pickedClaimIds } : null;
  const pieces: (() => string)[] = [
    () => '{"articles":[',
    ...arrayPieces(articles, ARTICLES_STEP, (a) => a),
    () => `],"actors":${JSON.stringify(actors)},"sources":${JSON.stringify(sources)},"briefing":${JSON.stringify(briefing)},"annotations":[`,
    ...arrayPieces(annotations, size, groupingFields),
    () => ']}',
  ];
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  return {
    step: () => {
      parts.push(encoder.encode(pieces[parts.length]!()));
      return parts.length < pieces.length ? null : { kind: task.kind, parts };
    },
  };
}

/** The task to post for `input` in one go (see PackedTask and packer). */
export function packTask(task: GroupingTask, size = PACK_STEP): PackedTask {
  const { step } = packer(task, size);
  for (;;) {
    const packed = step();
    if (packed) return packed;
  }
}

/** The buffers to transfer with a packed task or a reply (moved, not copied). */
export function buffersOf(parts: readonly Uint8Array[]): ArrayBuffer[] {
  return parts.map((p) => p.buffer as ArrayBuffer);
}

function textOf(parts: readonly Uint8Array[]): string {
  const decoder = new TextDecoder();
  return parts.map((p) => decoder.decode(p)).join('');
}

/** The task a packed one stands for, in the worker (annotations with only the fields grouping reads). */
export function unpackTask(packed: PackedTask): GroupingTask {
  const input = JSON.parse(textOf(packed.parts)) as BriefingChoice & { briefing: BriefingChoice['briefing'] | null };
  if (packed.kind !== 'briefing') return { kind: 'stories', input };
  if (!input.briefing) throw new Error('a briefing grouping was asked without the briefing’s choice of claims');
  return { kind: 'briefing', input: { ...input, briefing: input.briefing } };
}

/** Worker → window: the result, or why the shared/ code threw (a bug: the message is shown). */
export type GroupingReply = { id: number; ok: true; kind: 'stories'; result: StoriesResult } | { id: number; ok: true; kind: 'briefing'; result: BriefingGrouping } | { id: number; ok: false; message: string };

/**
 * A reply as it crosses: the result as JSON in UTF-8 (a Set as its array), its buffer transferred,
 * for the same reason as PackedTask: copying 20,000 story claims object by object into the window
 * would block it for hundreds of milliseconds.
 */
export type WireReply = { id: number; ok: true; kind: GroupingKind; parts: Uint8Array[] } | { id: number; ok: false; message: string };

/** Where a shown grouping was made: in the worker, or in the window after the worker failed. */
export type GroupedIn = 'worker' | 'window';

/** Runs a task with the same pure shared/ code in the worker and, as the fallback, in the window. Throws what that code throws. */
export function runGrouping<K extends GroupingKind>(kind: K, input: GroupingInput<K>): GroupingOutput<K>;
export function runGrouping(kind: GroupingKind, input: StoriesInput | BriefingChoice): StoriesResult | BriefingGrouping {
  return kind === 'stories' ? groupStories(input) : groupBriefing(input as BriefingChoice);
}

/** The worker's answer to `request`: its result, or the thrown error's (or a malformed task's) message. Never throws. */
export function answer(request: GroupingRequest): WireReply {
  try {
    const task = unpackTask(request.task);
    const encoded = (value: unknown) => [new TextEncoder().encode(JSON.stringify(value))];
    if (task.kind === 'stories') return { id: request.id, ok: true, kind: 'stories', parts: encoded(runGrouping('stories', task.input)) };
    const result = runGrouping('briefing', task.input);
    return { id: request.id, ok: true, kind: 'briefing', parts: encoded({ ...result, claimIds: [...result.claimIds] }) };
  } catch (error) {
    return { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** A story as far as the views read it before anything else: an id, claims, origins, a first report and a grade. */
function looksLikeStory(x: unknown): boolean {
  return (
    isObject(x) &&
    typeof x.id === 'string' &&
    Array.isArray(x.claims) &&
    Array.isArray(x.origins) &&
    Array.isArray(x.contradictions) &&
    isObject(x.first) &&
    isObject(x.credibility) &&
    typeof x.credibility.grade === 'number'
  );
}

function looksLikeResult(kind: unknown, x: unknown): boolean {
  if (!isObject(x) || !Array.isArray(x.stories) || !x.stories.every(looksLikeStory)) return false;
  if (kind === 'stories') return isObject(x.originOf);
  if (kind === 'briefing') return x.claimIds instanceof Set && (x.network === null || (isObject(x.network) && Array.isArray(x.network.nodes) && Array.isArray(x.network.edges)));
  return false;
}

/**
 * A message from the worker read and checked for shape (our own worker, but a malformed answer must
 * not break a view): the reply, or null when it is not one (the asker then groups in the window).
 */
export function readReply(data: unknown): GroupingReply | null {
  if (!isObject(data) || typeof data.id !== 'number') return null;
  if (data.ok === false) return typeof data.message === 'string' ? { id: data.id, ok: false, message: data.message } : null;
  if (data.ok !== true || !Array.isArray(data.parts) || !data.parts.every((p) => p instanceof Uint8Array)) return null;
  let result: unknown;
  try {
    result = JSON.parse(textOf(data.parts as Uint8Array[]));
  } catch {
    return null;
  }
  if (data.kind === 'briefing' && isObject(result) && Array.isArray(result.claimIds)) result = { ...result, claimIds: new Set(result.claimIds) };
  if (!looksLikeResult(data.kind, result)) return null;
  return { id: data.id, ok: true, kind: data.kind, result } as GroupingReply;
}

/**
 * One asker's requests, newest wins: at most one in the worker at a time and at most one waiting
 * (a newer request replaces the waiting one, never seen by the worker). An answer is shown only
 * when nothing newer was asked since; otherwise the waiting request goes next. So an edit made
 * while a grouping runs never shows the stories of before the edit.
 */
export class NewestOnly<T> {
  private inFlight: { id: number; task: T } | null = null;
  private waiting: { id: number; task: T } | null = null;

  constructor(private readonly nextId: () => number) {}

  /** Asks for `task`: returns the request to post now, or null when it waits for the one running. */
  ask(task: T): { id: number; task: T } | null {
    const request = { id: this.nextId(), task };
    if (this.inFlight) {
      this.waiting = request;
      return null;
    }
    this.inFlight = request;
    return request;
  }

  /**
   * The worker answered request `id`: `show` is true when its result is the newest asked (else it is
   * dropped), `post` the waiting request to send now. An id not running is ignored (both empty).
   */
  answered(id: number): { show: boolean; task: T | null; post: { id: number; task: T } | null } {
    if (this.inFlight?.id !== id) return { show: false, task: null, post: null };
    const done = this.inFlight;
    this.inFlight = this.waiting;
    this.waiting = null;
    return { show: this.inFlight === null, task: done.task, post: this.inFlight };
  }

  /** True when an answer to request `id` would be shown: it is the one running and nothing newer waits. */
  wants(id: number): boolean {
    return this.inFlight?.id === id && this.waiting === null;
  }

  /** Forgets both requests (the worker failed); returns the newest task, to be made elsewhere. */
  drop(): T | null {
    const newest = this.waiting ?? this.inFlight;
    this.inFlight = this.waiting = null;
    return newest?.task ?? null;
  }

  /** True while a request is running or waiting. */
  get busy(): boolean {
    return this.inFlight !== null;
  }
}

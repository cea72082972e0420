/**
 * What crosses between the window and the grouping worker (grouping.worker.ts), and the pure rules
 * around it: which task runs what shared/ code, how a reply is checked before it is shown, and which
 * request is still wanted (the newest of each asker). No DOM and no Worker here, so the rules are
 * unit-tested on their own; only plain data crosses (structured clone keeps Sets, not functions).
 */
import { groupBriefing } from '../../../shared/briefing/model';
import type { BriefingChoice, BriefingGrouping } from '../../../shared/briefing/types';
import type { Annotation } from '../../../shared/domain';
import { groupStories, type StoriesInput, type StoriesResult } from '../../../shared/stories';

/** A grouping to make: the Stories view's stories of the whole case, or the Briefing's stories and network. */
export type GroupingTask = { kind: 'stories'; input: StoriesInput } | { kind: 'briefing'; input: BriefingChoice };
export type GroupingKind = GroupingTask['kind'];
export type GroupingInput<K extends GroupingKind> = Extract<GroupingTask, { kind: K }>['input'];
export type GroupingOutput<K extends GroupingKind> = K extends 'stories' ? StoriesResult : BriefingGrouping;

/**
 * A task as it crosses: articles, actors and sources as they are (a few thousand objects, copied in
 * milliseconds), the annotations as one JSON string of only the fields grouping reads (copying
 * 20,000 annotation objects field by field takes the window a quarter of a second and more; one
 * string is copied at once, and writing it takes tens of milliseconds).
 */
export interface PackedTask {
  kind: GroupingKind;
  articles: StoriesInput['articles'];
  actors: StoriesInput['actors'];
  sources: StoriesInput['sources'];
  /** JSON of the annotations reduced to what the stories and the network read (see packTask). */
  annotations: string;
  /** The briefing's choice of claims (a 'briefing' task only). */
  briefing?: BriefingChoice['briefing'];
}

/** Window → worker. `id` is unique per window, so a reply names the request it answers. */
export interface GroupingRequest {
  id: number;
  task: PackedTask;
}

/**
 * An annotation as grouping reads it (shared/stories, the briefing's network and choice of claims):
 * what storiesStillHold compares, and nothing else. The rest (quotes, notes, grades, dates) stays in
 * the window; the unit tests group packed and unpacked tasks to the same result.
 */
function forGrouping(a: Annotation): unknown {
  const c = a.claim;
  return {
    id: a.id,
    articleId: a.articleId,
    kind: a.kind,
    review: a.review,
    actorId: a.actorId,
    sourceId: a.sourceId,
    target: { position: a.target.position },
    claim: c && { speakerId: c.speakerId, subjectIds: c.subjectIds, sourceId: c.sourceId, claimType: c.claimType },
  };
}

/** Annotations written per step of packing: a few milliseconds of the window's time each. */
export const PACK_STEP = 2000;

/**
 * Packs `task` a step at a time: each call of `step` writes the next PACK_STEP annotations and
 * returns null, and the last returns the task to post. The window yields between steps, so no
 * step is a long task (writing 20,000 annotations at once is one of a hundred milliseconds).
 */
export function packer(task: GroupingTask, size = PACK_STEP): { step: () => PackedTask | null } {
  const { articles, actors, sources, annotations } = task.input;
  const parts: string[] = [];
  let at = 0;
  return {
    step: () => {
      if (at < annotations.length) {
        const part = JSON.stringify(annotations.slice(at, at + size).map(forGrouping));
        parts.push(part.slice(1, -1));
        at += size;
        if (at < annotations.length) return null;
      }
      const packed: PackedTask = { kind: task.kind, articles, actors, sources, annotations: `[${parts.join(',')}]` };
      if (task.kind === 'briefing') packed.briefing = { selection: task.input.briefing.selection, pickedClaimIds: task.input.briefing.pickedClaimIds };
      return packed;
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

/** The task a packed one stands for, in the worker (annotations with only the fields grouping reads). */
export function unpackTask(packed: PackedTask): GroupingTask {
  const input = { articles: packed.articles, actors: packed.actors, sources: packed.sources, annotations: JSON.parse(packed.annotations) as Annotation[] };
  if (packed.kind === 'briefing') {
    if (!packed.briefing) throw new Error('a briefing grouping was asked without the briefing’s choice of claims');
    return { kind: 'briefing', input: { ...input, articles: [...input.articles], actors: [...input.actors], sources: [...input.sources], briefing: packed.briefing } };
  }
  return { kind: 'stories', input };
}

/** Worker → window: the result, or why the shared/ code threw (a bug: the message is shown). */
export type GroupingReply = { id: number; ok: true; kind: 'stories'; result: StoriesResult } | { id: number; ok: true; kind: 'briefing'; result: BriefingGrouping } | { id: number; ok: false; message: string };

/**
 * A reply as it crosses: the result as one JSON string (a Set as its array), for the same reason as
 * PackedTask: the window reads one string in tens of milliseconds, where copying 20,000 story
 * claims object by object would block it for hundreds.
 */
export type WireReply = { id: number; ok: true; kind: GroupingKind; json: string } | { id: number; ok: false; message: string };

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
    if (task.kind === 'stories') return { id: request.id, ok: true, kind: 'stories', json: JSON.stringify(runGrouping('stories', task.input)) };
    const result = runGrouping('briefing', task.input);
    return { id: request.id, ok: true, kind: 'briefing', json: JSON.stringify({ ...result, claimIds: [...result.claimIds] }) };
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
  if (data.ok !== true || typeof data.json !== 'string') return null;
  let result: unknown;
  try {
    result = JSON.parse(data.json);
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

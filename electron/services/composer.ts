/**
 * Building one undoable change set out of several builder steps (shared/case-ops), for the analyst's
 * actions (actions.ts) and for accepting suggestions (suggest.ts), and what both do when a mention is
 * linked: the marked text becomes an alias.
 */
import { randomUUID } from 'node:crypto';
import { normaliseKey } from '../../shared/analysis/normalise';
import { applyChanges, updateActor, updateSource, type Stamp } from '../../shared/case-ops';
import type { Annotation, CaseData, ChangeSet, EntityChange } from '../../shared/domain';
import { goesBy } from '../../shared/names';

/** The current time as the case stores it (ISO 8601, UTC). */
export const now = (): string => new Date().toISOString();
/** A new entity's id and creation time. */
export const stamp = (): Stamp => ({ id: randomUUID(), at: now() });

/**
 * Several builder steps as one change set; each step sees the data of the steps before. Accepting
 * all of a long article's suggestions is a thousand steps that each edit one annotation: those are
 * written into the composer's own copy of the annotation list, found through an index, instead of
 * rebuilding the case's lists at every step.
 */
export class Composer {
  readonly changes: EntityChange[] = [];
  readonly createdIds: string[] = [];
  /** Position of each annotation in `data.annotations` while that array is this composer's own copy. */
  private own: Map<string, number> | null = null;
  /** Whether `data.annotations` is this composer's own copy (edits may be written into it). */
  private copied = false;
  /** Annotations looked up by a scan of the list so far; past a few, the index pays for itself. */
  private scans = 0;
  constructor(public data: CaseData) {}

  /** The label of the first step that changed anything (an action's default undo label). */
  firstLabel: string | null = null;

  step(cs: ChangeSet, createdId?: string): void {
    if (cs.changes.length === 0) return;
    this.firstLabel ??= cs.label;
    for (const c of cs.changes) this.changes.push(c);
    if (cs.changes.every((c) => c.collection === 'annotations' && c.before !== null && c.after !== null)) {
      if (!this.copied) {
        this.data = { ...this.data, annotations: [...this.data.annotations] };
        this.copied = true;
      }
      for (const c of cs.changes) {
        const i = this.position(c.id);
        if (i >= 0 && c.after) this.data.annotations[i] = c.after as Annotation;
      }
    } else {
      this.data = applyChanges(this.data, cs.changes, 'forward');
      // applyChanges keeps the lists it does not change: a new actor leaves the copy ours.
      if (cs.changes.some((c) => c.collection === 'annotations')) {
        this.own = null;
        this.copied = false;
      }
    }
    if (createdId) this.createdIds.push(createdId);
  }

  /**
   * Where annotation `id` is in `data.annotations`, -1 if absent. The first few are found by a scan
   * (one edit of a 20,000-annotation case need not index them all, ~30 ms); accepting a thousand
   * suggestions builds the index once and looks each up in it.
   */
  private position(id: string): number {
    if (!this.own && this.scans < 8) {
      this.scans++;
      return this.data.annotations.findIndex((a) => a.id === id);
    }
    this.own ??= new Map(this.data.annotations.map((a, i) => [a.id, i]));
    return this.own.get(id) ?? -1;
  }

  private mentionIndex: Map<string, string[]> | null = null;

  /** Ids of the actor mentions that lay on `span` of the article when first asked (check each one's current state). */
  actorMentionsAt(articleId: string, span: { start: number; end: number }): string[] {
    if (!this.mentionIndex) {
      this.mentionIndex = new Map();
      for (const x of this.data.annotations) {
        if (x.kind !== 'actor') continue;
        const key = `${x.articleId}:${x.target.position.start}:${x.target.position.end}`;
        const list = this.mentionIndex.get(key);
        if (list) list.push(x.id);
        else this.mentionIndex.set(key, [x.id]);
      }
    }
    return this.mentionIndex.get(`${articleId}:${span.start}:${span.end}`) ?? [];
  }

  /**
   * The case as far as an edit of annotation `id` is concerned, for updateAnnotation: it looks the
   * annotation up in the list it is given, and the whole list per step made accepting all of a long
   * article's suggestions quadratic. Articles, actors and sources stay whole.
   */
  about(id: string): CaseData {
    const a = this.annotation(id);
    return a ? { ...this.data, annotations: [a] } : this.data;
  }

  /** The annotation with `id` as the steps so far left it. */
  annotation(id: string): Annotation | undefined {
    const i = this.copied ? this.position(id) : this.data.annotations.findIndex((a) => a.id === id);
    return i >= 0 ? this.data.annotations[i] : undefined;
  }

  /** Every step so far as one change set (one undo step) under `label`. */
  changeSet(label: string): ChangeSet {
    return { label, at: new Date().toISOString(), changes: this.changes };
  }
}

/** The marked text becomes an alias of the actor unless a name or alias already matches it. */
export function learnActorAlias(c: Composer, actorId: string, alias: string): void {
  const actor = c.data.actors.find((a) => a.id === actorId);
  const key = normaliseKey(alias);
  if (!actor || !key || goesBy(actor, alias)) return;
  c.step(updateActor(c.data, actorId, { aliases: [...actor.aliases, alias] }, now()));
}

/** The marked text becomes an alias of the source unless a name or alias already matches it. */
export function learnSourceAlias(c: Composer, sourceId: string, alias: string): void {
  const source = c.data.sources.find((s) => s.id === sourceId);
  const key = normaliseKey(alias);
  if (!source || !key || goesBy(source, alias)) return;
  c.step(updateSource(c.data, sourceId, { aliases: [...source.aliases, alias] }, now()));
}

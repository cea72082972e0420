import { normaliseKey } from './analysis/normalise';
import { describeRange } from './anchoring/describe';
import type { ActorInput, ActorPatch, AnnotationInput, AnnotationPatch, DeleteOptions, SourceInput, SourcePatch } from './case-ops-schemas';
import {
  HISTORY_LIMIT,
  type Actor,
  type Annotation,
  type AnnotationKind,
  type CaseData,
  type ChangeSet,
  type ClaimDetails,
  type Collection,
  type EntityChange,
  type EntityOf,
  type Source,
} from './domain';
import { fail } from './result';
import { LIMITS } from './case-limits';
import { fitText } from './fit';

/**
 * Pure, undoable mutations of a case. Every analyst action on annotations, actors and sources is a
 * builder that reads the case and returns a ChangeSet (before/after of each entity touched);
 * {@link commit}, {@link undo} and {@link redo} apply change sets and keep the history with the case.
 * Ids and timestamps come from the caller, so the same inputs always give the same outputs.
 */

/**
 * An EntityChange that also remembers where a deleted entity stood in its collection, so undoing the
 * delete puts it back in the same place. `index` is optional: without it a restored entity is appended.
 */
export type PlacedChange = EntityChange & { index?: number };

const COLLECTIONS: readonly Collection[] = ['articles', 'actors', 'sources', 'annotations'];

/** The same changes, undone: reverse order, before and after swapped, positions kept. */
export function invertChanges(changes: readonly PlacedChange[]): PlacedChange[] {
  return changes
    .slice()
    .reverse()
    .map((c) => ({ ...c, before: c.after, after: c.before }) as PlacedChange);
}

interface Pending {
  after: { id: string } | null;
  index: number | undefined;
}

/**
 * The list with a few entities replaced where they stand, when every pending change replaces an
 * entity that is there (an edit); null otherwise. Finding a few ids by a scan and copying the list
 * costs a fraction of rebuilding it through a lookup per entity (an edit to one claim of 20,000).
 */
function replacedInPlace(list: readonly { id: string }[], pending: ReadonlyMap<string, Pending>): { id: string }[] | null {
  if (pending.size > 16) return null;
  const out = list.slice();
  for (const [id, p] of pending) {
    if (!p.after) return null;
    const i = out.findIndex((e) => e.id === id);
    if (i < 0) return null;
    out[i] = p.after;
  }
  return out;
}

/**
 * Applies changes forward (before → after) or backward (after → before) and returns a copy of `data`
 * (a CaseData, or the renderer's view holding the four collections); `data` is not touched. Entities are replaced in place, deleted, or inserted at their recorded index
 * (else appended), so collection order survives undo. Cost O(changes + size of the touched collections).
 * Lenient on purpose so history stays usable after untracked edits (an article removed with its
 * annotations): an annotation whose article is gone is not re-created; deleting a missing entity is a no-op.
 */
export function applyChanges<T extends Pick<CaseData, Collection>>(data: T, changes: readonly PlacedChange[], direction: 'forward' | 'backward'): T {
  const steps = direction === 'forward' ? changes : invertChanges(changes);
  const next: T = { ...data };
  for (const collection of COLLECTIONS) {
    const pending = new Map<string, Pending>();
    for (const c of steps) {
      if (c.collection !== collection) continue;
      const prev = pending.get(c.id);
      pending.set(c.id, { after: c.after, index: c.index ?? prev?.index });
    }
    if (pending.size === 0) continue;
    const replaced = replacedInPlace(data[collection] as { id: string }[], pending);
    if (replaced) {
      (next as unknown as Record<Collection, unknown>)[collection] = replaced;
      continue;
    }
    const kept: { id: string }[] = [];
    for (const entity of data[collection] as { id: string }[]) {
      const p = pending.get(entity.id);
      if (!p) {
        kept.push(entity);
        continue;
      }
      pending.delete(entity.id);
      if (p.after) kept.push(p.after);
    }
    const articleIds = collection === 'annotations' ? new Set(next.articles.map((a) => a.id)) : null;
    const inserts = [...pending.values()].filter(
      (p): p is { after: { id: string }; index: number | undefined } =>
        p.after !== null && (articleIds === null || articleIds.has((p.after as Annotation).articleId)),
    );
    const placed = inserts.filter((p) => p.index !== undefined).sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    const list: { id: string }[] = [];
    let k = 0;
    for (const entity of kept) {
      while (k < placed.length && (placed[k]?.index ?? 0) <= list.length) list.push((placed[k++] as Pending & { after: { id: string } }).after);
      list.push(entity);
    }
    while (k < placed.length) list.push((placed[k++] as Pending & { after: { id: string } }).after);
    for (const p of inserts) if (p.index === undefined) list.push(p.after);
    (next as unknown as Record<Collection, unknown>)[collection] = list;
  }
  return next;
}

/** Applies a change set forward and records it for undo (dropping the oldest past HISTORY_LIMIT); clears redo. An empty change set changes nothing. */
export function commit(data: CaseData, changeSet: ChangeSet): CaseData {
  if (changeSet.changes.length === 0) return data;
  const next = applyChanges(data, changeSet.changes, 'forward');
  const undoStack = [...data.history.undo, changeSet];
  return { ...next, history: { undo: undoStack.slice(Math.max(0, undoStack.length - HISTORY_LIMIT)), redo: [] } };
}

/** Reverts the latest committed change set; null when there is nothing to undo. */
export function undo(data: CaseData): { data: CaseData; changeSet: ChangeSet } | null {
  const changeSet = data.history.undo.at(-1);
  if (!changeSet) return null;
  const next = applyChanges(data, changeSet.changes, 'backward');
  return {
    data: { ...next, history: { undo: data.history.undo.slice(0, -1), redo: [...data.history.redo, changeSet] } },
    changeSet,
  };
}

/** Re-applies the latest undone change set; null when there is nothing to redo. */
export function redo(data: CaseData): { data: CaseData; changeSet: ChangeSet } | null {
  const changeSet = data.history.redo.at(-1);
  if (!changeSet) return null;
  const next = applyChanges(data, changeSet.changes, 'forward');
  const undoStack = [...data.history.undo, changeSet];
  return {
    data: { ...next, history: { undo: undoStack.slice(Math.max(0, undoStack.length - HISTORY_LIMIT)), redo: data.history.redo.slice(0, -1) } },
    changeSet,
  };
}

// ---------------------------------------------------------------------------------------------
// Builders

/** Id and time for an entity the caller creates (the back end uses crypto.randomUUID and the clock). */
export interface Stamp {
  id: string;
  at: string;
}

function change<C extends Collection>(collection: C, id: string, before: EntityOf<C> | null, after: EntityOf<C> | null, index?: number): PlacedChange {
  const c = { collection, id, before, after } as PlacedChange;
  if (index !== undefined) c.index = index;
  return c;
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function findIndexed<T extends { id: string }>(list: readonly T[], id: string, what: string): { entity: T; index: number } {
  const index = list.findIndex((e) => e.id === id);
  const entity = list[index];
  if (index === -1 || entity === undefined) return fail('not-found', `That ${what} is no longer in the case.`, `id=${id}`);
  return { entity, index };
}

const KIND_LABEL: Record<AnnotationKind, string> = { claim: 'claim', actor: 'actor mention', source: 'source mention', note: 'note' };

/** Details of a new claim: no speaker yet, a plain statement, credibility "cannot be judged". */
export function defaultClaim(): ClaimDetails {
  return { speakerId: null, subjectIds: [], sourceId: null, channel: '', claimType: 'statement', hedged: false, credibility: 6, comment: '', tags: [] };
}

function checkRefs(data: CaseData, a: Annotation): void {
  const actorIds = new Set(data.actors.map((x) => x.id));
  const sourceIds = new Set(data.sources.map((x) => x.id));
  const missingActor = [a.actorId, a.claim?.speakerId ?? null, ...(a.claim?.subjectIds ?? [])].find((x) => x !== null && !actorIds.has(x));
  if (missingActor !== undefined) fail('not-found', 'That actor is no longer in the case.', `actorId=${missingActor}`);
  const missingSource = [a.sourceId, a.claim?.sourceId ?? null].find((x) => x !== null && !sourceIds.has(x));
  if (missingSource !== undefined) fail('not-found', 'That source is no longer in the case.', `sourceId=${missingSource}`);
}

/** Keeps only the fields that belong to the annotation's kind (claim details for claims, actorId for actor mentions...). */
function shapeForKind(a: Annotation): Annotation {
  return {
    ...a,
    claim: a.kind === 'claim' ? (a.claim ?? defaultClaim()) : null,
    actorId: a.kind === 'actor' ? a.actorId : null,
    sourceId: a.kind === 'source' ? a.sourceId : null,
  };
}

function uniqueSubjects(claim: ClaimDetails): ClaimDetails {
  return { ...claim, subjectIds: [...new Set(claim.subjectIds)] };
}

/**
 * A new highlight on an article. Its selectors are described from the article's current text.
 * Fails 'not-found' for an unknown article, actor or source, 'invalid-request' for a bad range.
 */
export function addAnnotation(data: CaseData, input: AnnotationInput, stamp: Stamp): ChangeSet {
  const article = data.articles.find((a) => a.id === input.articleId) ?? fail('not-found', 'That article is no longer in the case.', `articleId=${input.articleId}`);
  if (data.annotations.some((a) => a.id === stamp.id)) fail('invalid-request', 'An annotation with that id already exists.', `id=${stamp.id}`);
  const manual = (input.origin ?? { kind: 'manual' }).kind === 'manual';
  const annotation = shapeForKind({
    id: stamp.id,
    articleId: article.id,
    kind: input.kind,
    target: describeRange(article.text, input.start, input.end),
    origin: input.origin ?? { kind: 'manual' },
    review: input.review ?? (manual ? 'accepted' : 'pending'),
    confidence: input.confidence ?? (manual ? 1 : 0.5),
    claim: input.kind === 'claim' ? uniqueSubjects({ ...defaultClaim(), ...input.claim }) : null,
    actorId: input.actorId ?? null,
    sourceId: input.sourceId ?? null,
    note: input.note ?? '',
    createdAt: stamp.at,
    updatedAt: stamp.at,
  });
  checkRefs(data, annotation);
  return { label: `Add ${KIND_LABEL[annotation.kind]}`, at: stamp.at, changes: [change('annotations', annotation.id, null, annotation)] };
}

/**
 * Edits a highlight: kind, review state, claim details (merged field by field), links, note, or its range
 * (re-described from the article text). A patch that changes nothing gives an empty change set.
 */
export function updateAnnotation(data: CaseData, id: string, patch: AnnotationPatch, at: string): ChangeSet {
  const { entity: before } = findIndexed(data.annotations, id, 'highlight');
  let target = before.target;
  if (patch.start !== undefined || patch.end !== undefined) {
    const article = data.articles.find((a) => a.id === before.articleId) ?? fail('not-found', 'That article is no longer in the case.');
    target = describeRange(article.text, patch.start ?? before.target.position.start, patch.end ?? before.target.position.end);
  }
  const kind = patch.kind ?? before.kind;
  const claim = kind === 'claim' ? uniqueSubjects({ ...defaultClaim(), ...before.claim, ...patch.claim }) : null;
  const after = shapeForKind({
    ...before,
    kind,
    target,
    review: patch.review ?? before.review,
    confidence: patch.confidence ?? before.confidence,
    claim,
    actorId: patch.actorId !== undefined ? patch.actorId : before.actorId,
    sourceId: patch.sourceId !== undefined ? patch.sourceId : before.sourceId,
    note: patch.note ?? before.note,
  });
  if (sameJson(after, before)) return { label: `Edit ${KIND_LABEL[kind]}`, at, changes: [] };
  checkRefs(data, after);
  return { label: `Edit ${KIND_LABEL[kind]}`, at, changes: [change('annotations', id, before, { ...after, updatedAt: at })] };
}

/** Deletes a highlight (undo puts it back where it was). */
export function deleteAnnotation(data: CaseData, id: string, at: string): ChangeSet {
  const { entity, index } = findIndexed(data.annotations, id, 'highlight');
  return { label: `Delete ${KIND_LABEL[entity.kind]}`, at, changes: [change('annotations', id, entity, null, index)] };
}

/**
 * Aliases without blanks, duplicates (by normalised spelling) or the name itself, first spelling kept.
 * An alias longer than a name may be is left out: cut short, it would no longer match the text it
 * was learned from.
 */
export function cleanAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([normaliseKey(name)]);
  const out: string[] = [];
  for (const raw of aliases) {
    const alias = raw.trim();
    const key = normaliseKey(alias);
    if (alias.length === 0 || alias.length > LIMITS.name || seen.has(key)) continue;
    seen.add(key);
    out.push(alias);
  }
  return out;
}

/**
 * An actor or source name as stored: trimmed, and cut at a word boundary with an ellipsis when longer
 * than the case allows (a name taken from a long marked text or a suggestion).
 */
export function fitName(name: string): string {
  return fitText(name, LIMITS.name);
}

/** A new actor. Two actors may share a name (two different "Mohamed"s); the UI warns, the model allows it. */
export function addActor(data: CaseData, input: ActorInput, stamp: Stamp): ChangeSet {
  if (data.actors.some((a) => a.id === stamp.id)) fail('invalid-request', 'An actor with that id already exists.', `id=${stamp.id}`);
  const name = fitName(input.name);
  const actor: Actor = { id: stamp.id, name, type: input.type, aliases: cleanAliases(name, input.aliases ?? []), role: fitText(input.role ?? '', LIMITS.role) };
  return { label: `Add actor “${name}”`, at: stamp.at, changes: [change('actors', actor.id, null, actor)] };
}

/** Renames or retypes an actor, or replaces its aliases or role. */
export function updateActor(data: CaseData, id: string, patch: ActorPatch, at: string): ChangeSet {
  const { entity: before } = findIndexed(data.actors, id, 'actor');
  const name = fitName(patch.name ?? '') || before.name;
  const after: Actor = {
    ...before,
    name,
    type: patch.type ?? before.type,
    aliases: cleanAliases(name, patch.aliases ?? before.aliases),
    role: patch.role !== undefined ? fitText(patch.role, LIMITS.role) : before.role,
  };
  const changes = sameJson(after, before) ? [] : [change('actors', id, before, after)];
  return { label: `Edit actor “${name}”`, at, changes };
}

/** How many highlights refer to an actor: its mentions and the claims it speaks in or is a subject of. */
export function actorUsage(data: CaseData, id: string): { mentions: number; claims: number } {
  let mentions = 0;
  let claims = 0;
  for (const a of data.annotations) {
    if (a.actorId === id) mentions += 1;
    if (a.claim && (a.claim.speakerId === id || a.claim.subjectIds.includes(id))) claims += 1;
  }
  return { mentions, claims };
}

/**
 * Deletes an actor. If highlights still refer to it this fails with 'invalid-request' unless
 * `force` is set; with force its mentions are deleted and claims are detached (speaker cleared,
 * removed from subjects), all in the same undoable step. Merging (see {@link mergeActors}) is the
 * way to keep the mentions.
 */
export function deleteActor(data: CaseData, id: string, at: string, options: DeleteOptions = {}): ChangeSet {
  const { entity: actor, index } = findIndexed(data.actors, id, 'actor');
  const usage = actorUsage(data, id);
  if (usage.mentions + usage.claims > 0 && options.force !== true) {
    fail(
      'invalid-request',
      `“${actor.name}” is used by ${usage.mentions} mention(s) and ${usage.claims} claim(s). Merge it into another actor, or delete it together with its mentions.`,
    );
  }
  const changes: PlacedChange[] = [];
  data.annotations.forEach((a, i) => {
    if (a.actorId === id) {
      changes.push(change('annotations', a.id, a, null, i));
      return;
    }
    if (a.claim && (a.claim.speakerId === id || a.claim.subjectIds.includes(id))) {
      const claim = { ...a.claim, speakerId: a.claim.speakerId === id ? null : a.claim.speakerId, subjectIds: a.claim.subjectIds.filter((s) => s !== id) };
      changes.push(change('annotations', a.id, a, { ...a, claim, updatedAt: at }));
    }
  });
  changes.push(change('actors', id, actor, null, index));
  return { label: `Delete actor “${actor.name}”`, at, changes };
}

/**
 * Merges actor `mergeId` into `keepId` in one undoable step: mentions, speakers and subjects move to
 * keepId (subjects without duplicates), the merged actor's name and aliases become aliases of the kept
 * one, its role fills an empty role, and mergeId is deleted. Fails 'not-found' or 'invalid-request' (same id).
 */
export function mergeActors(data: CaseData, keepId: string, mergeId: string, at: string): ChangeSet {
  if (keepId === mergeId) fail('invalid-request', 'An actor cannot be merged into itself.');
  const { entity: keep } = findIndexed(data.actors, keepId, 'actor');
  const { entity: merged, index: mergedIndex } = findIndexed(data.actors, mergeId, 'actor');
  const changes: PlacedChange[] = [];
  const keptAfter: Actor = {
    ...keep,
    aliases: cleanAliases(keep.name, [...keep.aliases, merged.name, ...merged.aliases]),
    role: keep.role || merged.role,
  };
  if (!sameJson(keptAfter, keep)) changes.push(change('actors', keepId, keep, keptAfter));
  for (const a of data.annotations) {
    const swap = (x: string | null): string | null => (x === mergeId ? keepId : x);
    const claim = a.claim ? { ...a.claim, speakerId: swap(a.claim.speakerId), subjectIds: [...new Set(a.claim.subjectIds.map((s) => swap(s) ?? s))] } : null;
    const after: Annotation = { ...a, actorId: swap(a.actorId), claim };
    if (!sameJson(after, a)) changes.push(change('annotations', a.id, a, { ...after, updatedAt: at }));
  }
  changes.push(change('actors', mergeId, merged, null, mergedIndex));
  return { label: `Merge “${merged.name}” into “${keep.name}”`, at, changes };
}

/** A new source; reliability defaults to F (cannot be judged) until the analyst grades it. */
export function addSource(data: CaseData, input: SourceInput, stamp: Stamp): ChangeSet {
  if (data.sources.some((s) => s.id === stamp.id)) fail('invalid-request', 'A source with that id already exists.', `id=${stamp.id}`);
  const name = fitName(input.name);
  const source: Source = { id: stamp.id, name, kind: input.kind, reliability: input.reliability ?? 'F', aliases: cleanAliases(name, input.aliases ?? []) };
  return { label: `Add source “${name}”`, at: stamp.at, changes: [change('sources', source.id, null, source)] };
}

/** Renames, regrades or retypes a source, or replaces its aliases. */
export function updateSource(data: CaseData, id: string, patch: SourcePatch, at: string): ChangeSet {
  const { entity: before } = findIndexed(data.sources, id, 'source');
  const name = fitName(patch.name ?? '') || before.name;
  const after: Source = {
    ...before,
    name,
    kind: patch.kind ?? before.kind,
    reliability: patch.reliability ?? before.reliability,
    aliases: cleanAliases(name, patch.aliases ?? before.aliases),
  };
  const changes = sameJson(after, before) ? [] : [change('sources', id, before, after)];
  return { label: `Edit source “${name}”`, at, changes };
}

/**
 * Deletes a source. If mentions, claims or articles still refer to it this fails with
 * 'invalid-request' unless `force` is set; with force its mentions are deleted and claims and
 * articles are detached from it, in the same undoable step.
 */
export function deleteSource(data: CaseData, id: string, at: string, options: DeleteOptions = {}): ChangeSet {
  const { entity: source, index } = findIndexed(data.sources, id, 'source');
  const changes: PlacedChange[] = [];
  data.annotations.forEach((a, i) => {
    if (a.sourceId === id) changes.push(change('annotations', a.id, a, null, i));
    else if (a.claim?.sourceId === id) changes.push(change('annotations', a.id, a, { ...a, claim: { ...a.claim, sourceId: null }, updatedAt: at }));
  });
  for (const article of data.articles) {
    if (article.sourceId === id) changes.push(change('articles', article.id, article, { ...article, sourceId: null }));
  }
  if (changes.length > 0 && options.force !== true) {
    fail('invalid-request', `“${source.name}” is used by ${changes.length} highlight(s) or article(s). Delete it together with its mentions, or keep it.`);
  }
  changes.push(change('sources', id, source, null, index));
  return { label: `Delete source “${source.name}”`, at, changes };
}

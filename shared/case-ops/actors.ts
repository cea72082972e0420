/**
 * Builders of the undoable changes to actors: add, edit, delete (with or without its mentions) and
 * merge. Each reads the case and returns a ChangeSet; nothing is changed here.
 */
import { LIMITS } from '../case-limits';
import type { Actor, Annotation, CaseData, ChangeSet } from '../domain';
import { fitText } from '../fit';
import { fail } from '../result';
import { change, findIndexed, sameJson, type Stamp } from './change';
import type { PlacedChange } from './history';
import { cleanAliases, fitName } from '../names';
import type { ActorInput, ActorPatch, DeleteOptions } from './schemas';

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

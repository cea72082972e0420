/**
 * Builders of the undoable changes to sources: add, edit (name, kind, grade, aliases) and delete.
 * Each reads the case and returns a ChangeSet; nothing is changed here.
 */
import type { CaseData, ChangeSet, Source } from '../domain';
import { fail } from '../result';
import { change, findIndexed, sameJson, type Stamp } from './change';
import type { PlacedChange } from './history';
import { cleanAliases, fitName } from '../names';
import type { DeleteOptions, SourceInput, SourcePatch } from './schemas';

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

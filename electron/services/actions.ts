import { randomUUID } from 'node:crypto';
import { normaliseKey } from '../../shared/analysis/normalise';
import {
  addActor,
  addAnnotation,
  addSource,
  applyChanges,
  deleteActor,
  deleteAnnotation,
  deleteSource,
  mergeActors,
  updateActor,
  updateAnnotation,
  updateSource,
  type Stamp,
} from '../../shared/case-ops';
import type { CaseData, ChangeSet } from '../../shared/domain';
import type { Action } from '../../shared/ipc-contract';
import { fail } from '../../shared/result';

/** Drops undefined fields so a patch never overwrites a value with `undefined`. */
function defined<T extends object>(patch: T): T {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as T;
}

const stamp = (): Stamp => ({ id: randomUUID(), at: new Date().toISOString() });

/** Several builder steps as one undoable change set (each step sees the data of the steps before). */
class Composer {
  private readonly changes: ChangeSet['changes'] = [];
  readonly createdIds: string[] = [];
  constructor(public data: CaseData, private label: string) {}

  step(build: (data: CaseData) => ChangeSet, createdId?: string): void {
    const cs = build(this.data);
    if (cs.changes.length === 0) return;
    if (this.changes.length === 0) this.label = cs.label;
    this.changes.push(...cs.changes);
    this.data = applyChanges(this.data, cs.changes, 'forward');
    if (createdId) this.createdIds.push(createdId);
  }

  result(): { changeSet: ChangeSet; createdIds: string[] } {
    return { changeSet: { label: this.label, at: new Date().toISOString(), changes: this.changes }, createdIds: this.createdIds };
  }
}

/** Adds `alias` to an actor when no existing name or alias matches it after normalisation. */
function learnAlias(c: Composer, actorId: string, alias: string): void {
  const actor = c.data.actors.find((a) => a.id === actorId);
  if (!actor) return;
  const key = normaliseKey(alias);
  if (!key || [actor.name, ...actor.aliases].some((n) => normaliseKey(n) === key)) return;
  c.step((d) => updateActor(d, actorId, { aliases: [...actor.aliases, alias] }, new Date().toISOString()));
}

function learnSourceAlias(c: Composer, sourceId: string, alias: string): void {
  const source = c.data.sources.find((s) => s.id === sourceId);
  if (!source) return;
  const key = normaliseKey(alias);
  if (!key || [source.name, ...source.aliases].some((n) => normaliseKey(n) === key)) return;
  c.step((d) => updateSource(d, sourceId, { aliases: [...source.aliases, alias] }, new Date().toISOString()));
}

/**
 * Turns one analyst action into one undoable change set, built by the pure builders in
 * shared/case-ops. Linking an actor (or source) mention teaches the case: the marked text becomes an
 * alias. Throws AppFailure for unknown ids and invalid ranges.
 */
export function buildAction(data: CaseData, action: Action): { changeSet: ChangeSet; createdIds: string[] } {
  const c = new Composer(data, action.type);
  const at = new Date().toISOString();
  switch (action.type) {
    case 'annotation.create': {
      let actorId = action.actorId ?? null;
      let sourceId = action.sourceId ?? null;
      if (action.newActor) {
        const s = stamp();
        c.step((d) => addActor(d, { name: action.newActor!.name, type: action.newActor!.type ?? 'person', role: action.newActor!.role ?? '' }, s), s.id);
        actorId = s.id;
      }
      if (action.newSource) {
        const s = stamp();
        c.step((d) => addSource(d, { name: action.newSource!.name, kind: action.newSource!.kind ?? 'outlet', reliability: action.newSource!.reliability ?? 'F' }, s), s.id);
        sourceId = s.id;
      }
      const s = stamp();
      c.step(
        (d) =>
          addAnnotation(
            d,
            {
              articleId: action.articleId,
              kind: action.kind,
              start: action.start,
              end: action.end,
              ...defined({ claim: action.claim, note: action.note }),
              actorId: action.kind === 'actor' ? actorId : null,
              sourceId: action.kind === 'source' ? sourceId : null,
            },
            s,
          ),
        s.id,
      );
      const created = c.data.annotations.find((a) => a.id === s.id)!;
      if (created.actorId) learnAlias(c, created.actorId, created.target.quote.exact);
      if (created.sourceId) learnSourceAlias(c, created.sourceId, created.target.quote.exact);
      break;
    }
    case 'annotation.update': {
      c.step((d) =>
        updateAnnotation(
          d,
          action.id,
          defined({ claim: action.claim, actorId: action.actorId, sourceId: action.sourceId, note: action.note, review: action.review, kind: action.kind }),
          at,
        ),
      );
      const after = c.data.annotations.find((a) => a.id === action.id)!;
      if (action.actorId && after.kind === 'actor') learnAlias(c, action.actorId, after.target.quote.exact);
      if (action.sourceId && after.kind === 'source') learnSourceAlias(c, action.sourceId, after.target.quote.exact);
      break;
    }
    case 'annotation.delete':
      c.step((d) => deleteAnnotation(d, action.id, at));
      break;
    case 'annotation.reattach':
      c.step((d) => updateAnnotation(d, action.id, { start: action.start, end: action.end }, at));
      break;
    case 'actor.create': {
      const s = stamp();
      c.step((d) => addActor(d, defined({ name: action.name, type: action.actorType ?? 'person', aliases: action.aliases, role: action.role }), s), s.id);
      break;
    }
    case 'actor.update':
      c.step((d) => updateActor(d, action.id, defined({ name: action.name, type: action.actorType, aliases: action.aliases, role: action.role }), at));
      break;
    case 'actor.delete':
      c.step((d) => deleteActor(d, action.id, at, { force: action.force }));
      break;
    case 'actor.merge':
      c.step((d) => mergeActors(d, action.keepId, action.mergeId, at));
      break;
    case 'source.create': {
      const s = stamp();
      c.step((d) => addSource(d, defined({ name: action.name, kind: action.kind ?? 'outlet', reliability: action.reliability, aliases: action.aliases }), s), s.id);
      break;
    }
    case 'source.update':
      c.step((d) => updateSource(d, action.id, defined({ name: action.name, kind: action.kind, reliability: action.reliability, aliases: action.aliases }), at));
      break;
    case 'source.delete':
      c.step((d) => deleteSource(d, action.id, at, { force: action.force }));
      break;
    case 'story.credibility':
      for (const id of new Set(action.claimIds)) {
        const a = c.data.annotations.find((x) => x.id === id);
        if (!a || a.kind !== 'claim') return fail('invalid-request', 'A claim of that story is no longer in the case; reopen the Stories view.');
        c.step((d) => updateAnnotation(d, id, { claim: { credibility: action.credibility } }, at));
      }
      break;
    default:
      return fail('invalid-request', 'Unknown action.');
  }
  return c.result();
}

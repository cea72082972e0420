import { addActor, addAnnotation, addSource, deleteActor, deleteAnnotation, deleteSource, mergeActors, updateActor, updateAnnotation, updateSource } from '../../shared/case-ops';
import type { CaseData, ChangeSet } from '../../shared/domain';
import type { Action } from '../../shared/ipc-contract';
import { fail } from '../../shared/result';
import { Composer, learnActorAlias, learnSourceAlias, now, stamp } from './composer';

/** Drops undefined fields so a patch never overwrites a value with `undefined`. */
function defined<T extends object>(patch: T): T {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Turns one analyst action into one undoable change set, built by the pure builders in
 * shared/case-ops. Linking an actor (or source) mention teaches the case: the marked text becomes an
 * alias. Throws AppFailure for unknown ids and invalid ranges.
 */
export function buildAction(data: CaseData, action: Action): { changeSet: ChangeSet; createdIds: string[] } {
  const c = new Composer(data);
  const at = now();
  switch (action.type) {
    case 'annotation.create': {
      let actorId = action.actorId ?? null;
      let sourceId = action.sourceId ?? null;
      if (action.newActor) {
        const s = stamp();
        c.step(addActor(c.data, { name: action.newActor!.name, type: action.newActor!.type ?? 'person', role: action.newActor!.role ?? '' }, s), s.id);
        actorId = s.id;
      }
      if (action.newSource) {
        const s = stamp();
        c.step(addSource(c.data, { name: action.newSource!.name, kind: action.newSource!.kind ?? 'outlet', reliability: action.newSource!.reliability ?? 'F' }, s), s.id);
        sourceId = s.id;
      }
      const s = stamp();
      c.step(
        addAnnotation(
          c.data,
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
      const created = c.annotation(s.id)!;
      if (created.actorId) learnActorAlias(c, created.actorId, created.target.quote.exact);
      if (created.sourceId) learnSourceAlias(c, created.sourceId, created.target.quote.exact);
      break;
    }
    case 'annotation.update': {
      c.step(
        updateAnnotation(
          c.about(action.id),
          action.id,
          defined({ claim: action.claim, actorId: action.actorId, sourceId: action.sourceId, note: action.note, review: action.review, kind: action.kind }),
          at,
        ),
      );
      const after = c.annotation(action.id)!;
      if (action.actorId && after.kind === 'actor') learnActorAlias(c, action.actorId, after.target.quote.exact);
      if (action.sourceId && after.kind === 'source') learnSourceAlias(c, action.sourceId, after.target.quote.exact);
      break;
    }
    case 'annotation.delete':
      c.step(deleteAnnotation(c.data, action.id, at));
      break;
    case 'annotation.reattach':
      c.step(updateAnnotation(c.data, action.id, { start: action.start, end: action.end }, at));
      break;
    case 'actor.create': {
      const s = stamp();
      c.step(addActor(c.data, defined({ name: action.name, type: action.actorType ?? 'person', aliases: action.aliases, role: action.role }), s), s.id);
      break;
    }
    case 'actor.update':
      c.step(updateActor(c.data, action.id, defined({ name: action.name, type: action.actorType, aliases: action.aliases, role: action.role }), at));
      break;
    case 'actor.delete':
      c.step(deleteActor(c.data, action.id, at, { force: action.force }));
      break;
    case 'actor.merge':
      c.step(mergeActors(c.data, action.keepId, action.mergeId, at));
      break;
    case 'source.create': {
      const s = stamp();
      c.step(addSource(c.data, defined({ name: action.name, kind: action.kind ?? 'outlet', reliability: action.reliability, aliases: action.aliases }), s), s.id);
      break;
    }
    case 'source.update':
      c.step(updateSource(c.data, action.id, defined({ name: action.name, kind: action.kind, reliability: action.reliability, aliases: action.aliases }), at));
      break;
    case 'source.delete':
      c.step(deleteSource(c.data, action.id, at, { force: action.force }));
      break;
    case 'story.credibility':
      for (const id of new Set(action.claimIds)) {
        const a = c.annotation(id);
        if (!a || a.kind !== 'claim') return fail('invalid-request', 'A claim of that story is no longer in the case; reopen the Stories view.');
        c.step(updateAnnotation(c.about(id), id, { claim: { credibility: action.credibility } }, at));
      }
      break;
    default:
      return fail('invalid-request', 'Unknown action.');
  }
  return { changeSet: c.changeSet(c.firstLabel ?? action.type), createdIds: c.createdIds };
}

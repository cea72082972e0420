/**
 * Pure, undoable mutations of a case. Every analyst action on annotations, actors and sources is a
 * builder that reads the case and returns a ChangeSet (before/after of each entity touched);
 * commit, undo and redo (history.ts) apply change sets and keep the history with the case.
 * Ids and timestamps come from the caller, so the same inputs always give the same outputs.
 * The requests' fields are declared in schemas.ts.
 */
export { applyChanges, commit, invertChanges, redo, undo, type PlacedChange } from './history';
export type { Stamp } from './change';
export { addAnnotation, defaultClaim, deleteAnnotation, updateAnnotation } from './annotations';
export { actorUsage, addActor, deleteActor, mergeActors, updateActor } from './actors';
export { addSource, deleteSource, updateSource } from './sources';

import type { useCase } from '../useCase';

type CaseHook = ReturnType<typeof useCase>;

/** Unwraps a call's result: an error becomes a notice and `null` (useCase's `run`). */
export type Run = CaseHook['run'];
/** Shows a notice under the toolbar (useCase's `notify`). */
export type Notify = CaseHook['notify'];
/** Applies a delta from the back end to the renderer's copy of the case (useCase's `applyChanges`). */
export type ApplyChanges = CaseHook['applyChanges'];

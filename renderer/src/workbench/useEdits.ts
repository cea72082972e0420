import { useCallback, useEffect } from 'react';
import type { Action, ActionResult } from '../../../shared/ipc-contract';
import { api } from '../api';
import type { ApplyChanges, Run } from '../case/wiring';

/** Input types in which the analyst types text (Ctrl+Z there undoes the typing). */
const TEXT_INPUTS = new Set(['text', 'search', 'url', 'email', 'tel', 'password', 'number', '']);
/** True for a field that holds text being typed: a textarea, a text input, editable content. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLTextAreaElement || target.isContentEditable) return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type);
}

/**
 * Edits to the case as undoable steps: `act` runs one action, `undoRedo` steps back or forward and
 * shows the article the step touched (through `showArticle`).
 */
export function useEdits(run: Run, applyChanges: ApplyChanges, showArticle: (id: string) => void) {
  /** Runs one undoable action and applies its changes; returns null (after a notice) on failure. */
  const act = useCallback(
    async (action: Action): Promise<ActionResult | null> => {
      const result = await run(api.applyAction({ action }));
      if (result) applyChanges(result);
      return result;
    },
    [applyChanges, run],
  );

  const undoRedo = useCallback(
    async (which: 'undo' | 'redo') => {
      const delta = await run(which === 'undo' ? api.undo({}) : api.redo({}));
      if (!delta) return;
      applyChanges(delta);
      // Follow the change: show the article it touched.
      const touched = delta.changes.find((c) => c.collection === 'annotations');
      const ann = touched ? (touched.after ?? touched.before) : null;
      if (ann && 'articleId' in ann) showArticle(ann.articleId);
    },
    [applyChanges, run, showArticle],
  );

  return { act, undoRedo };
}

/**
 * Ctrl+Z undoes and Ctrl+Shift+Z redoes the last edit anywhere in the workbench, except in text being
 * typed, where the field's own undo runs; a select, checkbox or button gets the app's undo.
 */
export function useUndoShortcuts(undoRedo: (which: 'undo' | 'redo') => Promise<void>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z') return;
      if (isTextEntry(e.target)) return;
      e.preventDefault();
      void undoRedo(e.shiftKey ? 'redo' : 'undo');
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [undoRedo]);
}

import { useCallback, useEffect, useRef } from 'react';
import type { CaseFirstPart, CaseView, HostInfo } from '../../../shared/ipc-contract';
import { api } from '../api';
import type { DialogState } from '../workbench/state';
import type { Notify } from './wiring';

export type CaseMode = 'open' | 'save' | 'new';
export type CaseOutcome = 'done' | 'exists' | 'unsaved' | 'failed';
export interface CaseActionOptions {
  overwrite?: boolean;
  discardUnsaved?: boolean;
  /** Shows a refusal where the analyst is looking (inside the path dialog) instead of as a notice. */
  showError?: (message: string) => void;
}

/**
 * New case, Open case, Save case as. `caseAction` runs one with a path (or the host's native dialog
 * when there is none); `startCaseAction` is the toolbar's button: the native dialog where the host has
 * one, else the path dialog with the recent cases.
 */
export function useCaseFiles(wiring: {
  host: HostInfo | null;
  showCase: (view: CaseView) => void;
  /** Shows a case answered in parts (useCase's showCaseInParts); true once all of it is open. */
  showCaseInParts: (first: CaseFirstPart) => Promise<boolean>;
  /** The article shown now: shown again when a case opened in parts is refused after all. */
  articleId: string | null;
  notify: Notify;
  /** Called with null once another case shows: the workbench goes back to its first article. */
  selectArticle: (id: string | null) => void;
  openDialog: (dialog: DialogState) => void;
  setRecent: (paths: string[]) => void;
}) {
  const { host, showCase, showCaseInParts, notify, selectArticle, openDialog, setRecent } = wiring;
  const articleId = useRef(wiring.articleId);
  useEffect(() => {
    articleId.current = wiring.articleId;
  }, [wiring.articleId]);

  /**
   * 'exists': the file is there and replacing it was not confirmed (the path dialog asks);
   * 'unsaved': the open case's edits cannot be saved, and the Save as… / Discard / Cancel prompt is shown.
   */
  const caseAction = useCallback(
    async (mode: CaseMode, path?: string, options: CaseActionOptions = {}): Promise<CaseOutcome> => {
      const at = path === undefined ? {} : { path };
      const r =
        mode === 'open'
          ? await api.openCase({ ...at, discardUnsaved: options.discardUnsaved, inParts: true })
          : mode === 'new'
            ? await api.newCase({ ...at, overwrite: options.overwrite, discardUnsaved: options.discardUnsaved })
            : await api.saveCaseAs({ ...at, overwrite: options.overwrite });
      if (r.ok) {
        const shown = r.value;
        if (shown.restId !== undefined) {
          // A big case: its article list shows now, its annotations and other texts once read and
          // checked. Done already: the path dialog closes on the list, which can be read meanwhile;
          // a refused rest brings the previous case back with its article.
          const before = articleId.current;
          selectArticle(null);
          void showCaseInParts(shown).then((opened) => opened || selectArticle(before));
          return 'done';
        }
        showCase(shown);
        selectArticle(null);
        return 'done';
      }
      if (r.error.code === 'exists') return 'exists';
      if (r.error.code === 'unsaved-edits' && mode !== 'save') {
        openDialog({ kind: 'unsaved', message: r.error.message, retry: { mode, path, overwrite: options.overwrite } });
        return 'unsaved';
      }
      if (r.error.code !== 'cancelled') {
        if (options.showError) options.showError(r.error.message);
        else notify('error', r.error.message);
      }
      return 'failed';
    },
    [notify, showCase, showCaseInParts, selectArticle, openDialog],
  );

  const startCaseAction = useCallback(
    (mode: CaseMode) => {
      if (host?.nativeDialogs) void caseAction(mode);
      else {
        void api.recentCases({}).then((r) => r.ok && setRecent(r.value));
        openDialog({ kind: 'case', mode });
      }
    },
    [caseAction, host, openDialog, setRecent],
  );

  return { caseAction, startCaseAction };
}

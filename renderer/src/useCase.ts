import { useCallback, useEffect, useRef, useState } from 'react';
import { applyChanges as applyCaseChanges } from '../../shared/case-ops';
import { mergeCaseRest, type CaseFirstPart, type CaseView, type Delta, type SaveStatus, type ShownCase } from '../../shared/ipc-contract';
import type { AppError, Result } from '../../shared/result';
import { api } from './api';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

let noticeId = 0;

/** The renderer's copy of the open case, kept in step with the back end through deltas and events. */
export function useCase() {
  const [view, setView] = useState<ShownCase | null>(null);
  const [saveStatus, setSaveStatus] = useState<SaveStatus>({ state: 'saved', message: null, lastSavedAt: null });
  const [notices, setNotices] = useState<Notice[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);

  const notify = useCallback((kind: Notice['kind'], text: string) => {
    const id = ++noticeId;
    setNotices((n) => [...n.slice(-4), { id, kind, text }]);
    if (kind === 'info') setTimeout(() => setNotices((n) => n.filter((x) => x.id !== id)), 6000);
  }, []);
  const dismiss = useCallback((id: number) => setNotices((n) => n.filter((x) => x.id !== id)), []);

  /** Shows a case the back end opened; what it says about it (a cleared undo history) stays until dismissed. */
  const showCase = useCallback(
    (next: CaseView) => {
      setView(next);
      if (next.notice) notify('error', next.notice);
    },
    [notify],
  );

  useEffect(() => {
    let live = true;
    void api.getCase({}).then((r) => {
      if (!live) return;
      if (r.ok) showCase(r.value);
      else setLoadError(r.error.message);
    });
    // The last case did not reopen (the back end opened another one): say so, once.
    void api.startupNotice({}).then((r) => live && r.ok && r.value && notify('error', r.value));
    void api.getSaveStatus({}).then((r) => live && r.ok && setSaveStatus(r.value));
    // The "Saving…" an edit already shows (applyChanges) comes back from the host just after: kept
    // as it is, so the workbench does not draw again for it.
    const offStatus = api.on('saveStatus', (next) => setSaveStatus((s) => (sameStatus(s, next) ? s : next)));
    const offReplaced = api.on('caseReplaced', showCase);
    return () => {
      live = false;
      offStatus();
      offReplaced();
    };
  }, [notify, showCase]);

  // Closing the tab while saves fail would drop the edits the host still holds: the browser asks first.
  useEffect(() => {
    if (saveStatus.state !== 'failed') return;
    const ask = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [saveStatus.state]);

  // The case shown, for a case opened in parts to go back to when its rest is refused.
  const shown = useRef<ShownCase | null>(null);
  useEffect(() => {
    shown.current = view;
  }, [view]);
  // Deltas answered while a case's rest is awaited: the back end held those calls until the open
  // settled, so they belong to whichever case is shown once it has; applied then, in order.
  const held = useRef<Delta[] | null>(null);

  const recheck = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(recheck.current), []);
  const applyChanges = useCallback((delta: Delta) => {
    // An edit is not saved yet: the badge says so in the render that shows the edit. The host pushes
    // its own "Saving…" only after it answered (CaseStore.update), a turn too late for that render.
    if (delta.changes.length) {
      setSaveStatus(editedStatus);
      // The host's statuses come on another channel than this answer: a save that finished while
      // the page was busy may have been drawn before it, and would leave this "Saving…" standing.
      // Once the host's own statuses must have come, ask where the save stands and show that.
      if (recheck.current) clearTimeout(recheck.current);
      recheck.current = setTimeout(() => {
        recheck.current = undefined;
        void api.getSaveStatus({}).then((r) => r.ok && setSaveStatus((s) => (sameStatus(s, r.value) ? s : r.value)));
      }, STATUS_RECHECK_MS);
    }
    if (held.current) held.current.push(delta);
    else setView((v) => withDelta(v, delta));
  }, []);

  /**
   * Shows the first part of a case opened in parts (its articles, the first one's text; restId set)
   * and fetches the rest: then the whole case shows, every text with it. When the rest is refused (a
   * damaged annotation deep in the file), the case shown before comes back (the back end never left
   * it) and the refusal is shown. Resolves true when the case opened.
   */
  const showCaseInParts = useCallback(
    async (first: CaseFirstPart): Promise<boolean> => {
      const before = shown.current;
      held.current = [];
      setView(first);
      const r = await api.openCaseRest({ id: first.restId });
      const deltas = held.current ?? [];
      held.current = null;
      const next = r.ok ? mergeCaseRest(first, r.value) : before;
      setView(deltas.reduce(withDelta, next));
      if (r.ok) {
        if (r.value.notice) notify('error', r.value.notice);
        return true;
      }
      notify('error', r.error.message);
      return false;
    },
    [notify],
  );

  /** Unwraps a call's result: errors become a notice and `null`. */
  const run = useCallback(
    async <T,>(pending: Promise<Result<T>>, quietCodes: AppError['code'][] = ['cancelled']): Promise<T | null> => {
      const r = await pending;
      if (r.ok) return r.value;
      if (!quietCodes.includes(r.error.code)) notify('error', r.error.message);
      return null;
    },
    [notify],
  );

  return { view, setView, showCase, showCaseInParts, saveStatus, notices, notify, dismiss, applyChanges, run, loadError };
}

/**
 * `v` with the delta's changes. A first part never takes one: every delta answered while its rest is
 * awaited is held (showCaseInParts) and applied to the whole case once it shows.
 */
function withDelta(v: ShownCase | null, delta: Delta): ShownCase | null {
  if (v?.restId !== undefined) return v;
  return v ? { ...v, data: applyCaseChanges(v.data, delta.changes, 'forward'), undoLabel: delta.undoLabel, redoLabel: delta.redoLabel } : v;
}

/** How long after an edit the page asks the host where the save stands (ms): past its 300 ms debounce and a write. */
const STATUS_RECHECK_MS = 2000;

/** The status after an edit: saving, unless saves are failing (then it stays failed, with its reason). */
function editedStatus(s: SaveStatus): SaveStatus {
  return s.state === 'saved' ? { ...s, state: 'saving' } : s;
}

function sameStatus(a: SaveStatus, b: SaveStatus): boolean {
  return a.state === b.state && a.message === b.message && a.lastSavedAt === b.lastSavedAt;
}

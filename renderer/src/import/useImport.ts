import { useCallback, useRef, useState } from 'react';
import type { Delta, ImportOutcome } from '../../../shared/ipc-contract';
import type { Result } from '../../../shared/result';
import { api, fileToBase64 } from '../api';
import type { PendingFile, SkippedFile } from './drop';
import { MAX_FILE_BYTES } from './formats';

/** One line of the results list. */
export interface ImportLine {
  label: string;
  status: 'imported' | 'duplicate' | 'refused' | 'not-imported';
  detail: string;
  articleId?: string;
}

export interface ImportProgress {
  running: boolean;
  done: number;
  total: number;
  current: string | null;
  cancelled: boolean;
  lines: ImportLine[];
}

/** What the hook needs from the app: apply a delta, show a notice, select an article. */
export interface ImportWiring {
  applyChanges: (delta: Delta) => void;
  notify: (kind: 'error' | 'info', text: string) => void;
  select: (articleId: string) => void;
}

/** Turns a back-end outcome into a results line. */
export function lineOf(label: string, o: ImportOutcome): ImportLine {
  if (o.status === 'imported') return { label, status: 'imported', detail: `imported as “${o.article.title}”`, articleId: o.article.id };
  if (o.status === 'duplicate') return { label, status: 'duplicate', detail: `duplicate of “${o.existingTitle}”, not imported again`, articleId: o.existingId };
  return { label, status: 'refused', detail: o.message };
}

/**
 * Multi-file import: one file at a time (each file is atomic on the back end: an article is added
 * whole or not at all), with progress, a results line per file, and Cancel that stops before the
 * next file. A batch where every file was imported closes itself; otherwise the results stay open.
 */
export function useImport(wiring: ImportWiring) {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const cancelRef = useRef(false);
  const { applyChanges, notify, select } = wiring;

  const importFiles = useCallback(
    async (files: PendingFile[], skipped: SkippedFile[] = []) => {
      if (files.length === 0 && skipped.length === 0) return;
      cancelRef.current = false;
      const lines: ImportLine[] = skipped.map((s) => ({ label: s.label, status: 'refused', detail: s.reason }));
      const total = files.length;
      setProgress({ running: true, done: 0, total, current: files[0]?.label ?? null, cancelled: false, lines: [...lines] });
      let lastImported: string | null = null;
      let done = 0;
      for (const { file, label } of files) {
        if (cancelRef.current) break;
        setProgress((p) => p && { ...p, done, current: label });
        let line: ImportLine;
        if (file.size > MAX_FILE_BYTES) {
          line = { label, status: 'refused', detail: `${Math.round(file.size / (1024 * 1024))} MB, over the 50 MB limit. Import the article text only (save it as .txt, .docx or a smaller PDF).` };
        } else {
          let r: Result<ImportOutcome>;
          try {
            r = await api.importFile({ name: file.name, dataBase64: await fileToBase64(file) });
          } catch (error) {
            r = { ok: false, error: { code: 'io-error', message: `the file could not be read (${String(error)}).` } };
          }
          if (r.ok) {
            line = lineOf(label, r.value);
            if (r.value.status === 'imported') {
              applyChanges(r.value.delta);
              lastImported = r.value.article.id;
            }
          } else line = { label, status: 'refused', detail: r.error.message };
        }
        lines.push(line);
        done += 1;
        setProgress((p) => p && { ...p, done, lines: [...lines] });
      }
      const cancelled = cancelRef.current && done < total;
      if (cancelled) for (const f of files.slice(done)) lines.push({ label: f.label, status: 'not-imported', detail: 'not imported: the import was cancelled.' });
      if (lastImported) select(lastImported);
      const imported = lines.filter((l) => l.status === 'imported').length;
      if (!cancelled && imported === lines.length) {
        setProgress(null);
        notify('info', `Imported ${imported} article${imported === 1 ? '' : 's'}.`);
      } else setProgress({ running: false, done, total, current: null, cancelled, lines: [...lines] });
    },
    [applyChanges, notify, select],
  );

  /** Stops the batch before its next file; the file being read finishes (whole or not at all). */
  const cancel = useCallback(() => {
    cancelRef.current = true;
    setProgress((p) => p && { ...p, cancelled: true });
  }, []);

  /** Shows outcomes that arrived in one go (Electron's native dialog, pasted HTML). */
  const report = useCallback(
    (outcomes: { label: string; outcome: ImportOutcome }[]) => {
      const lines = outcomes.map((o) => lineOf(o.label, o.outcome));
      let last: string | null = null;
      for (const { outcome } of outcomes) {
        if (outcome.status === 'imported') {
          applyChanges(outcome.delta);
          last = outcome.article.id;
        }
      }
      if (last) select(last);
      if (lines.length > 0 && lines.every((l) => l.status === 'imported')) notify('info', `Imported ${lines.length} article${lines.length === 1 ? '' : 's'}.`);
      else if (lines.length > 0) setProgress({ running: false, done: lines.length, total: lines.length, current: null, cancelled: false, lines });
    },
    [applyChanges, notify, select],
  );

  const close = useCallback(() => setProgress((p) => (p?.running ? p : null)), []);

  return { progress, importFiles, cancel, report, close };
}

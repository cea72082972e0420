import { Modal } from '../ui/Modal';
import { distinctLabels } from './labels';
import type { ImportLine, ImportProgress } from './useImport';

const STATUS_LABEL: Record<ImportLine['status'], string> = {
  imported: 'Imported',
  duplicate: 'Duplicate',
  refused: 'Refused',
  'not-imported': 'Not imported',
};

/** Progress of a multi-file import (X of N, current file, Cancel) and its result per file. */
export function ImportDialog(props: { progress: ImportProgress; onCancel: () => void; onClose: () => void; onOpen: (articleId: string) => void }) {
  const { progress: p } = props;
  const counts = (status: ImportLine['status']) => p.lines.filter((l) => l.status === status).length;
  // Two files of the same name (source.html from two folders) are told apart by their folders.
  const labels = distinctLabels(p.lines.map((l) => l.label));
  return (
    <Modal title="Import files" onClose={props.onClose} wide>
      {p.running ? (
        <div className="import-progress">
          <progress max={p.total} value={p.done} aria-label="Import progress" />
          <p role="status" aria-live="polite">
            {p.cancelled ? 'Cancelling after this file… ' : ''}
            File {Math.min(p.done + 1, p.total)} of {p.total}: <bdi>{p.current}</bdi>
          </p>
          <p className="muted small">Each file is added whole or not at all. Cancel stops before the next file; articles already imported stay in the case.</p>
        </div>
      ) : (
        <p role="status" data-testid="import-summary">
          {p.cancelled ? 'Import cancelled. ' : 'Import finished. '}
          {counts('imported')} imported, {counts('duplicate')} duplicate, {counts('refused')} refused
          {counts('not-imported') ? `, ${counts('not-imported')} not imported (cancelled)` : ''}.
          {p.cancelled ? ' Articles imported before you cancelled stay in the case.' : ''}
        </p>
      )}
      {p.lines.length > 0 && (
        <ul className="import-results" aria-label="Import results">
          {p.lines.map((l, i) => (
            <li key={i} className={`import-line ${l.status}`} data-status={l.status}>
              <span className="import-status">{STATUS_LABEL[l.status]}</span>
              <bdi className="import-name" title={l.label}>
                {labels[i]}
              </bdi>
              <span className="import-detail" dir="auto">
                {l.detail}
              </span>
              {l.articleId ? (
                <button type="button" className="link" onClick={() => props.onOpen(l.articleId!)}>
                  Open
                </button>
              ) : (
                <span />
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-buttons">
        {p.running ? (
          <button type="button" className="danger" onClick={props.onCancel} disabled={p.cancelled}>
            Cancel import
          </button>
        ) : (
          <button type="button" className="primary" onClick={props.onClose}>
            Close
          </button>
        )}
      </div>
    </Modal>
  );
}

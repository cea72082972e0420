import type { RefObject } from 'react';
import type { SaveStatus } from '../../../shared/ipc-contract';
import type { CaseMode } from '../case/useCaseFiles';
import type { PendingFile } from '../import/drop';
import { ACCEPT_ATTRIBUTE } from '../import';
import { SuggestButton } from '../review/ReviewPanel';
import type { Notice } from '../useCase';
import type { ApplyChanges, Notify, Run } from '../case/wiring';

const SAVE_LABEL = { saved: 'Saved', saving: 'Saving…', failed: 'Save failed' } as const;

/**
 * The case toolbar: the case's title, New / Open / Save case as, Paste article, Open files (through a
 * hidden file input), Suggest for the open article, and the save status.
 */
export function Toolbar(props: {
  title: string;
  path: string;
  saveStatus: SaveStatus;
  onCase: (mode: CaseMode) => void;
  onPaste: () => void;
  onOpenFiles: () => void;
  fileInput: RefObject<HTMLInputElement | null>;
  onFiles: (files: PendingFile[]) => void;
  /** The article Suggest analyses; none in an empty case. */
  articleId: string | null;
  run: Run;
  applyChanges: ApplyChanges;
  notify: Notify;
  /** Suggest finished: the review queue is shown. */
  onSuggested: () => void;
}) {
  const { saveStatus } = props;
  return (
    <header className="toolbar" role="toolbar" aria-label="Case">
      <strong className="brand">Claimwork</strong>
      <span className="case-title" dir="auto" title={props.path}>
        {props.title}
      </span>
      <button type="button" onClick={() => props.onCase('new')}>
        New case
      </button>
      <button type="button" onClick={() => props.onCase('open')}>
        Open case…
      </button>
      <button type="button" onClick={() => props.onCase('save')}>
        Save case as…
      </button>
      <span className="sep" />
      <button type="button" className="primary" onClick={props.onPaste}>
        Paste article…
      </button>
      <button type="button" onClick={props.onOpenFiles}>
        Open files…
      </button>
      <SuggestButton articleId={props.articleId} run={props.run} applyChanges={props.applyChanges} notify={props.notify} onDone={props.onSuggested} />
      <input
        ref={props.fileInput}
        type="file"
        multiple
        hidden
        data-testid="file-input"
        accept={ACCEPT_ATTRIBUTE}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []).map((file) => ({ file, label: file.webkitRelativePath || file.name }));
          e.target.value = '';
          props.onFiles(files);
        }}
      />
      <span className={`save-status ${saveStatus.state}`} role="status" aria-live="polite" title={saveStatus.message ?? props.path} data-testid="save-status">
        {SAVE_LABEL[saveStatus.state]}
      </span>
    </header>
  );
}

/** A failed save's banner, and the notices under the toolbar (each dismissable). */
/** `reading`: what is still being read of the case just opened (its annotations), shown until it is in. */
export function Notices(props: { saveStatus: SaveStatus; notices: Notice[]; dismiss: (id: number) => void; reading?: string | null }) {
  const { saveStatus } = props;
  return (
    <>
      {saveStatus.state === 'failed' && saveStatus.message && (
        <div className="banner error" role="alert">
          {saveStatus.message}
        </div>
      )}
      <div className="notices">
        {props.reading && (
          <div className="notice info case-reading" role="status">
            <span>{props.reading}</span>
          </div>
        )}
        {props.notices.map((n) => (
          <div key={n.id} className={`notice ${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
            <span>{n.text}</span>
            <button type="button" className="icon" aria-label="Dismiss" onClick={() => props.dismiss(n.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </>
  );
}

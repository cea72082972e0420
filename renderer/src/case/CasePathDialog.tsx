import { useState } from 'react';
import { Modal } from '../ui/Modal';

/**
 * Browser host stand-in for the native open/save dialogs: a path on this machine, with the recent
 * cases to pick from. (Electron shows the system dialog instead.) New case and Save case as ask
 * before replacing a file that is already there: the back end refuses it ('exists') until confirmed.
 */
export function CasePathDialog(props: {
  mode: 'open' | 'save' | 'new';
  recent: string[];
  dataDir: string;
  /** `showError` puts a refusal inside this dialog, where the analyst is looking (not behind it). */
  onSubmit: (path: string | undefined, overwrite: boolean | undefined, showError: (message: string) => void) => Promise<'done' | 'exists' | 'unsaved' | 'failed'>;
  onClose: () => void;
}) {
  const [path, setPath] = useState('');
  const [replacing, setReplacing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const title = props.mode === 'open' ? 'Open case' : props.mode === 'new' ? 'New case' : 'Save case as';
  const submit = (p: string | undefined, overwrite?: boolean) =>
    void props.onSubmit(p, overwrite, setError).then((outcome) => {
      if (outcome === 'done') props.onClose();
      else if (outcome === 'exists' && p !== undefined) setReplacing(p);
    });
  if (replacing !== null) {
    return (
      <Modal title={title} onClose={() => setReplacing(null)} wide>
        <p role="alert">
          <bdi dir="ltr">{replacing}</bdi> already exists. Replace it with {props.mode === 'new' ? 'an empty case' : 'this case'}? Its current
          content is kept as a .bak copy beside it until the next save.
        </p>
        <div className="dialog-buttons">
          <button type="button" onClick={() => setReplacing(null)}>
            Choose another name
          </button>
          <button type="button" className="danger" onClick={() => submit(replacing, true)}>
            Replace
          </button>
        </div>
      </Modal>
    );
  }
  return (
    <Modal title={title} onClose={props.onClose} wide>
      <form
        className="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          submit(path.trim() || undefined);
        }}
      >
        <label>
          Case file path
          <input
            name="path"
            dir="ltr"
            value={path}
            onChange={(e) => {
              setPath(e.target.value);
              setError(null);
            }}
            placeholder={props.mode === 'open' ? '/path/to/case.claimwork.json' : `Leave empty for a new file in ${props.dataDir}/cases`}
            required={props.mode === 'open'}
          />
        </label>
        {error && (
          <p className="dialog-error" role="alert" dir="auto">
            {error}
          </p>
        )}
        {props.mode === 'open' && props.recent.length > 0 && (
          <div>
            <div className="muted">Recent cases</div>
            <ul className="recent-list">
              {props.recent.map((p) => (
                <li key={p}>
                  <button type="button" className="link" onClick={() => submit(p)} dir="ltr">
                    {p}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            {props.mode === 'open' ? 'Open' : props.mode === 'new' ? 'Create' : 'Save'}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** Leaving a case whose edits cannot be saved: keep them in another file, drop them, or stay. */
export function UnsavedEditsDialog(props: { message: string; onSaveAs: () => void; onDiscard: () => void; onCancel: () => void }) {
  return (
    <Modal title="Unsaved edits" onClose={props.onCancel}>
      <p>{props.message}</p>
      <div className="dialog-buttons">
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="button" className="danger" onClick={props.onDiscard}>
          Discard
        </button>
        <button type="button" className="primary" onClick={props.onSaveAs}>
          Save as…
        </button>
      </div>
    </Modal>
  );
}

import { useState } from 'react';
import { Modal } from './Modal';

/**
 * Browser host stand-in for the native open/save dialogs: a path on this machine, with the recent
 * cases to pick from. (Electron shows the system dialog instead.)
 */
export function CasePathDialog(props: {
  mode: 'open' | 'save' | 'new';
  recent: string[];
  dataDir: string;
  onSubmit: (path: string | undefined) => Promise<boolean>;
  onClose: () => void;
}) {
  const [path, setPath] = useState('');
  const title = props.mode === 'open' ? 'Open case' : props.mode === 'new' ? 'New case' : 'Save case as';
  const submit = (p: string | undefined) => void props.onSubmit(p).then((done) => done && props.onClose());
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
            onChange={(e) => setPath(e.target.value)}
            placeholder={props.mode === 'open' ? '/path/to/case.claimwork.json' : `Leave empty for a new file in ${props.dataDir}/cases`}
            required={props.mode === 'open'}
          />
        </label>
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

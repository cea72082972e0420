import { useState } from 'react';
import { Modal } from './Modal';

/** Edits one line of text (article title, case title). */
export function RenameDialog(props: { title: string; label: string; initial: string; onSubmit: (value: string) => void; onClose: () => void }) {
  const [value, setValue] = useState(props.initial);
  return (
    <Modal title={props.title} onClose={props.onClose}>
      <form
        className="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          if (value.trim()) props.onSubmit(value.trim());
        }}
      >
        <label>
          {props.label}
          <input name="value" dir="auto" value={value} onChange={(e) => setValue(e.target.value)} />
        </label>
        <div className="dialog-buttons">
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!value.trim()}>
            Rename
          </button>
        </div>
      </form>
    </Modal>
  );
}

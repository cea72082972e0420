import { useState } from 'react';
import { Modal } from './Modal';

export interface PastedArticle {
  title: string;
  text: string;
  url: string;
  publisher: string;
  publishedAt: string;
}

/** Paste an article: title, text, and optional URL, publisher and date. */
export function PasteDialog(props: { onSubmit: (a: PastedArticle) => Promise<boolean>; onClose: () => void }) {
  const [form, setForm] = useState<PastedArticle>({ title: '', text: '', url: '', publisher: '', publishedAt: '' });
  const [busy, setBusy] = useState(false);
  const set = (key: keyof PastedArticle) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const empty = form.text.trim().length === 0;
  return (
    <Modal title="Paste article" onClose={props.onClose} wide>
      <form
        className="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          if (empty || busy) return;
          setBusy(true);
          void props.onSubmit(form).then((done) => {
            setBusy(false);
            if (done) props.onClose();
          });
        }}
      >
        <label>
          Title
          <input name="title" dir="auto" value={form.title} onChange={set('title')} placeholder="Optional: the first line is used otherwise" />
        </label>
        <label>
          Text
          <textarea name="text" dir="auto" rows={14} value={form.text} onChange={set('text')} required />
        </label>
        <div className="form-row">
          <label>
            URL
            <input name="url" dir="ltr" type="url" value={form.url} onChange={set('url')} />
          </label>
          <label>
            Publisher
            <input name="publisher" dir="auto" value={form.publisher} onChange={set('publisher')} />
          </label>
          <label>
            Published
            <input name="publishedAt" type="date" value={form.publishedAt} onChange={set('publishedAt')} />
          </label>
        </div>
        <div className="dialog-buttons">
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={empty || busy}>
            Add article
          </button>
        </div>
      </form>
    </Modal>
  );
}

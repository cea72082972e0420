import { useState } from 'react';
import { Modal } from '../ui/Modal';
import { LIMITS } from '../../../shared/case-limits';

export interface PastedArticle {
  title: string;
  text: string;
  url: string;
  publisher: string;
  publishedAt: string;
  /** HTML from the clipboard, kept as a string for the back end's extractor; never rendered here. */
  html: string | null;
}

/** Paste an article: title, text, and optional URL, publisher and date. */
export function PasteDialog(props: { onSubmit: (a: PastedArticle) => Promise<boolean>; onClose: () => void }) {
  const [form, setForm] = useState<PastedArticle>({ title: '', text: '', url: '', publisher: '', publishedAt: '', html: null });
  const [busy, setBusy] = useState(false);
  const set = (key: keyof PastedArticle) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const empty = form.text.trim().length === 0 && !form.html;
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
          <input name="title" maxLength={LIMITS.title} dir="auto" value={form.title} onChange={set('title')} placeholder="Optional: the first line is used otherwise" />
        </label>
        <label>
          Text
          <textarea
            name="text"
            dir="auto"
            rows={14}
            value={form.text}
            onChange={set('text')}
            onPaste={(e) => {
              const html = e.clipboardData.getData('text/html');
              // The plain text still lands in the box for the analyst to see; the HTML goes only to the extractor.
              if (html.trim()) setForm((f) => ({ ...f, html }));
            }}
            required={!form.html}
          />
        </label>
        {form.html && (
          <p className="paste-html-note" role="status">
            Pasted from a web page: Claimwork will extract the article and its title, author, site and date from the page’s HTML (nothing in it is shown or run). Fields you fill in below win.{' '}
            <button type="button" className="link" onClick={() => setForm((f) => ({ ...f, html: null }))}>
              Use the plain text instead
            </button>
          </p>
        )}
        <div className="form-row">
          <label>
            URL
            <input name="url" maxLength={LIMITS.url} dir="ltr" type="url" value={form.url} onChange={set('url')} />
          </label>
          <label>
            Publisher
            <input name="publisher" maxLength={LIMITS.name} dir="auto" value={form.publisher} onChange={set('publisher')} />
          </label>
          <label>
            Published
            <input name="publishedAt" maxLength={LIMITS.date} type="date" value={form.publishedAt} onChange={set('publishedAt')} />
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

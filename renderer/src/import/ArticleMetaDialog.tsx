import { useEffect, useRef, useState } from 'react';
import type { CaseView, Delta, ShownArticle } from '../../../shared/ipc-contract';
import type { Result } from '../../../shared/result';
import { api, fileToBase64 } from '../api';
import { Modal } from '../ui/Modal';
import { LIMITS } from '../../../shared/case-limits';

interface MetaForm {
  title: string;
  url: string;
  publisher: string;
  byline: string;
  publishedAt: string;
}

/** Formats whose bytes are decoded with a text encoding (PDF and DOCX carry their own). */
const TEXT_FORMATS = new Set(['txt', 'md', 'html']);

/**
 * Edits an article's metadata (title, URL, publisher → Source, byline, published date) and, for
 * text files, re-reads the file with another encoding. The renderer keeps no file bytes, so the
 * analyst picks the same file again; highlights are re-anchored or listed as orphans.
 */
export function ArticleMetaDialog(props: {
  article: ShownArticle;
  run: <T>(pending: Promise<Result<T>>) => Promise<T | null>;
  onSaved: (delta: Delta) => void;
  onReimported: (view: CaseView) => void;
  onClose: () => void;
}) {
  const a = props.article;
  const [form, setForm] = useState<MetaForm>({ title: a.title, url: a.url ?? '', publisher: a.publisher ?? '', byline: a.byline ?? '', publishedAt: a.publishedAt ?? '' });
  const [encodings, setEncodings] = useState<string[]>([]);
  const [encoding, setEncoding] = useState(a.origin.encoding ?? 'UTF-8');
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const canReimport = TEXT_FORMATS.has(a.origin.format) && a.origin.fileName !== null;
  const set = (key: keyof MetaForm) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));

  useEffect(() => {
    if (canReimport) void api.listEncodings({}).then((r) => r.ok && setEncodings(r.value));
  }, [canReimport]);

  const reimport = async (file: File) => {
    setBusy(true);
    const view = await props.run(api.reimportArticle({ id: a.id, dataBase64: await fileToBase64(file), encoding }));
    setBusy(false);
    if (view) {
      props.onReimported(view);
      props.onClose();
    }
  };

  return (
    <Modal title="Article details" onClose={props.onClose} wide>
      <form
        className="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          if (!form.title.trim() || busy) return;
          setBusy(true);
          void props
            .run(api.updateArticle({ id: a.id, title: form.title, url: form.url, publisher: form.publisher, byline: form.byline, publishedAt: form.publishedAt }))
            .then((delta) => {
              setBusy(false);
              if (delta) {
                props.onSaved(delta);
                props.onClose();
              }
            });
        }}
      >
        <label>
          Title
          <input name="title" maxLength={LIMITS.title} dir="auto" value={form.title} onChange={set('title')} required />
        </label>
        <div className="form-row">
          <label>
            Publisher
            <input name="publisher" maxLength={LIMITS.name} dir="auto" value={form.publisher} onChange={set('publisher')} placeholder="Becomes a source (outlet)" />
          </label>
          <label>
            Byline
            <input name="byline" maxLength={LIMITS.byline} dir="auto" value={form.byline} onChange={set('byline')} />
          </label>
        </div>
        <div className="form-row">
          <label>
            URL
            <input name="url" maxLength={LIMITS.url} dir="ltr" value={form.url} onChange={set('url')} />
          </label>
          <label>
            Published
            <input name="publishedAt" maxLength={LIMITS.date} dir="ltr" value={form.publishedAt} onChange={set('publishedAt')} placeholder="YYYY-MM-DD" />
          </label>
        </div>
        <p className="muted small">
          Imported from {a.origin.fileName ? <bdi>{a.origin.fileName}</bdi> : 'the clipboard'} ({a.origin.format}
          {a.origin.encoding ? `, ${a.origin.encoding}` : ''}). The publisher is linked to a source of that name (created as an outlet, reliability F, when the case has none); date and URL appear in the briefing’s citations.
        </p>
        {canReimport && (
          <fieldset className="reimport">
            <legend>Re-import with another encoding</legend>
            <p className="muted small">If the text looks garbled, choose the encoding and pick the same file again. Highlights move with their text; those whose text is gone are listed as orphans, never dropped.</p>
            <div className="form-row">
              <label>
                Encoding
                <select name="encoding" value={encoding} onChange={(e) => setEncoding(e.target.value)}>
                  {[...new Set([encoding, ...encodings])].map((enc) => (
                    <option key={enc} value={enc}>
                      {enc}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" disabled={busy} onClick={() => fileRef.current?.click()}>
                Choose the file again…
              </button>
              <input
                ref={fileRef}
                type="file"
                hidden
                data-testid="reimport-input"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (file) void reimport(file);
                }}
              />
            </div>
          </fieldset>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy || !form.title.trim()}>
            Save details
          </button>
        </div>
      </form>
    </Modal>
  );
}

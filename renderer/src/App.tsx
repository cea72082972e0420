import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article } from '../../shared/domain';
import type { HostInfo, ImportOutcome } from '../../shared/ipc-contract';
import { api, fileToBase64 } from './api';
import { ArticleList } from './components/ArticleList';
import { CasePathDialog } from './components/CasePathDialog';
import { ConfirmDialog } from './components/Modal';
import { PasteDialog } from './components/PasteDialog';
import { ReadingView } from './components/ReadingView';
import { RenameDialog } from './components/RenameDialog';
import { useCase } from './useCase';

type DialogState =
  | { kind: 'paste' }
  | { kind: 'case'; mode: 'open' | 'save' | 'new' }
  | { kind: 'rename-article'; article: Article }
  | { kind: 'delete-article'; article: Article }
  | null;

const SAVE_LABEL = { saved: 'Saved', saving: 'Saving…', failed: 'Save failed' } as const;

export function App() {
  const { view, saveStatus, notices, notify, dismiss, applyChanges, run, loadError, setView } = useCase();
  const [host, setHost] = useState<HostInfo | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<DialogState>(null);
  const [recent, setRecent] = useState<string[]>([]);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void api.hostInfo({}).then((r) => r.ok && setHost(r.value));
  }, []);

  const articles = view?.data.articles ?? [];
  const selected = articles.find((a) => a.id === selectedId) ?? articles[0] ?? null;

  const reportImports = useCallback(
    (outcomes: ImportOutcome[]) => {
      let lastImported: string | null = null;
      for (const o of outcomes) {
        if (o.status === 'imported') {
          applyChanges(o.delta);
          lastImported = o.article.id;
        } else if (o.status === 'duplicate') notify('info', `${o.name} is already in the case as “${o.existingTitle}”; it was not added again.`);
        else notify('error', `${o.name} was not imported: ${o.message}`);
      }
      if (lastImported) setSelectedId(lastImported);
      const count = outcomes.filter((o) => o.status === 'imported').length;
      if (count > 0) notify('info', `Imported ${count} article${count === 1 ? '' : 's'}.`);
    },
    [applyChanges, notify],
  );

  const importFiles = useCallback(
    async (files: File[]) => {
      const outcomes: ImportOutcome[] = [];
      for (const file of files) {
        const dataBase64 = await fileToBase64(file);
        const outcome = await run(api.importFile({ name: file.name, dataBase64 }));
        if (outcome) outcomes.push(outcome);
      }
      reportImports(outcomes);
    },
    [reportImports, run],
  );

  const openFiles = useCallback(async () => {
    if (host?.nativeDialogs) {
      const outcomes = await run(api.importWithDialog({}));
      if (outcomes) reportImports(outcomes);
    } else fileInput.current?.click();
  }, [host, reportImports, run]);

  const caseAction = useCallback(
    async (mode: 'open' | 'save' | 'new', path?: string): Promise<boolean> => {
      const call = mode === 'open' ? api.openCase : mode === 'new' ? api.newCase : api.saveCaseAs;
      const next = await run(call(path === undefined ? {} : { path }));
      if (!next) return false;
      setView(next);
      setSelectedId(null);
      return true;
    },
    [run, setView],
  );

  const startCaseAction = useCallback(
    (mode: 'open' | 'save' | 'new') => {
      if (host?.nativeDialogs) void caseAction(mode);
      else {
        void api.recentCases({}).then((r) => r.ok && setRecent(r.value));
        setDialog({ kind: 'case', mode });
      }
    },
    [caseAction, host],
  );

  useEffect(
    () =>
      api.on('command', ({ name }) => {
        if (name === 'paste-article') setDialog({ kind: 'paste' });
        if (name === 'open-files') void openFiles();
      }),
    [openFiles],
  );

  if (loadError) return <div className="fatal" role="alert">Claimwork could not open its case: {loadError}</div>;
  if (!view) return <div className="loading">Opening case…</div>;

  return (
    <div
      className={dragging ? 'app dragging' : 'app'}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) {
          e.preventDefault();
          setDragging(true);
        }
      }}
      onDragLeave={(e) => e.currentTarget === e.target && setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        void importFiles(Array.from(e.dataTransfer.files));
      }}
    >
      <header className="toolbar" role="toolbar" aria-label="Case">
        <strong className="brand">Claimwork</strong>
        <span className="case-title" dir="auto" title={view.path}>
          {view.data.title}
        </span>
        <button type="button" onClick={() => startCaseAction('new')}>
          New case
        </button>
        <button type="button" onClick={() => startCaseAction('open')}>
          Open case…
        </button>
        <button type="button" onClick={() => startCaseAction('save')}>
          Save case as…
        </button>
        <span className="sep" />
        <button type="button" className="primary" onClick={() => setDialog({ kind: 'paste' })}>
          Paste article…
        </button>
        <button type="button" onClick={() => void openFiles()}>
          Open files…
        </button>
        <input
          ref={fileInput}
          type="file"
          multiple
          hidden
          data-testid="file-input"
          accept=".txt,.md,.html,.htm,.pdf,.docx,text/plain,text/markdown"
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = '';
            void importFiles(files);
          }}
        />
        <span className={`save-status ${saveStatus.state}`} role="status" aria-live="polite" title={saveStatus.message ?? view.path} data-testid="save-status">
          {SAVE_LABEL[saveStatus.state]}
        </span>
      </header>
      {saveStatus.state === 'failed' && saveStatus.message && (
        <div className="banner error" role="alert">
          {saveStatus.message}
        </div>
      )}
      <div className="notices">
        {notices.map((n) => (
          <div key={n.id} className={`notice ${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
            <span>{n.text}</span>
            <button type="button" className="icon" aria-label="Dismiss" onClick={() => dismiss(n.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
      <main className="workbench">
        <aside className="sidebar">
          <h2>Articles ({articles.length})</h2>
          <ArticleList
            articles={articles}
            selectedId={selected?.id ?? null}
            onSelect={setSelectedId}
            onRename={(article) => setDialog({ kind: 'rename-article', article })}
            onDelete={(article) => setDialog({ kind: 'delete-article', article })}
          />
        </aside>
        <section className="center">
          {selected ? <ReadingView article={selected} /> : <p className="muted empty-reading">Add an article to start reading.</p>}
        </section>
      </main>

      {dialog?.kind === 'paste' && (
        <PasteDialog
          onClose={() => setDialog(null)}
          onSubmit={async (form) => {
            const outcome = await run(
              api.addTextArticle({ title: form.title, text: form.text, url: form.url || null, publisher: form.publisher || null, publishedAt: form.publishedAt || null }),
            );
            if (!outcome) return false;
            reportImports([outcome]);
            return outcome.status !== 'refused';
          }}
        />
      )}
      {dialog?.kind === 'case' && (
        <CasePathDialog mode={dialog.mode} recent={recent} dataDir={host?.dataDir ?? ''} onClose={() => setDialog(null)} onSubmit={(p) => caseAction(dialog.mode, p)} />
      )}
      {dialog?.kind === 'rename-article' && (
        <RenameDialog
          title="Rename article"
          label="Title"
          initial={dialog.article.title}
          onClose={() => setDialog(null)}
          onSubmit={(title) => {
            void run(api.updateArticle({ id: dialog.article.id, title })).then((d) => d && applyChanges(d));
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === 'delete-article' && (
        <ConfirmDialog
          title="Delete article"
          message={`Delete “${dialog.article.title}” and every highlight on it? This cannot be undone.`}
          confirmLabel="Delete"
          onCancel={() => setDialog(null)}
          onConfirm={() => {
            void run(api.deleteArticle({ id: dialog.article.id })).then((d) => d && applyChanges(d));
            setDialog(null);
          }}
        />
      )}
    </div>
  );
}

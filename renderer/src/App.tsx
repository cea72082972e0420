import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { admiraltyGrade, type Actor, type Annotation, type AnnotationKind, type Article, type Source } from '../../shared/domain';
import type { Action, HostInfo } from '../../shared/ipc-contract';
import { api } from './api';
import { ArticleMetaDialog, ImportDialog, ACCEPT_ATTRIBUTE, filesFromDrop, useImport, submitPaste } from './import';
import { ArticleList } from './articles/ArticleList';
import { CasePathDialog, UnsavedEditsDialog } from './case/CasePathDialog';
import { ConfirmDialog } from './ui/Modal';
import { PasteDialog } from './import/PasteDialog';
import { ReadingView, type Mark, type ReadingHandle } from './reading/ReadingView';
import { ActorsPanel } from './entities/ActorsPanel';
import { AnnotationPanel } from './annotation/AnnotationPanel';
import { OrphansPanel } from './annotation/OrphansPanel';
import { SourcesPanel } from './entities/SourcesPanel';
import { ClaimsTable } from './claims/ClaimsTable';
import type { ClaimRow } from './claims/rows';
import { useClaimsTable } from './claims/useClaimsTable';
import { useCase } from './useCase';
import { BriefingView } from './briefing/BriefingView';
import { StoriesView } from './stories/StoriesView';
import { ReviewPanel, SuggestButton } from './review/ReviewPanel';
import { pendingCount } from './review/queue';
import { beginInteraction } from './perf';
import { neutraliseDirectionControls } from '../../shared/direction-controls';
import { LAYOUT_KEYS, useLayout } from './workbench/layout';

type DialogState =
  | { kind: 'paste' }
  | { kind: 'case'; mode: 'open' | 'save' | 'new'; then?: CaseSwitch }
  | { kind: 'unsaved'; message: string; retry: CaseSwitch }
  | { kind: 'edit-article'; article: Article }
  | { kind: 'delete-article'; article: Article }
  | { kind: 'delete-actor'; actor: Actor; uses: number }
  | { kind: 'delete-source'; source: Source }
  | null;

/** A case switch to run again once the analyst chose what happens to edits that could not be saved. */
interface CaseSwitch {
  mode: 'open' | 'new';
  path?: string;
  overwrite?: boolean;
}
type CaseOutcome = 'done' | 'exists' | 'unsaved' | 'failed';

type SideTab = 'annotation' | 'actors' | 'sources' | 'review';
type MainView = 'reading' | 'claims' | 'stories' | 'briefing';
const MAIN_VIEWS: { id: MainView; label: string }[] = [
  { id: 'reading', label: 'Reading' },
  { id: 'claims', label: 'Claims table' },
  { id: 'stories', label: 'Stories' },
  { id: 'briefing', label: 'Briefing' },
];

/** Input types in which the analyst types text (Ctrl+Z there undoes the typing). */
const TEXT_INPUTS = new Set(['text', 'search', 'url', 'email', 'tel', 'password', 'number', '']);
/** True for a field that holds text being typed: a textarea, a text input, editable content. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLTextAreaElement || target.isContentEditable) return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type);
}

const SAVE_LABEL = { saved: 'Saved', saving: 'Saving…', failed: 'Save failed' } as const;

export function App() {
  const { view, saveStatus, notices, notify, dismiss, applyChanges, run, loadError, setView, showCase } = useCase();
  const [host, setHost] = useState<HostInfo | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<DialogState>(null);
  const [recent, setRecent] = useState<string[]>([]);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const [selectedAnnotationId, setSelectedAnnotationId] = useState<string | null>(null);
  const [sideTab, setSideTab] = useState<SideTab>('annotation');
  const [flash, setFlash] = useState<{ id: string; nonce: number } | null>(null);
  const [mainView, setMainView] = useState<MainView>('reading');
  const [pickedClaimIds, setPickedClaimIds] = useState<string[]>([]);
  const { layout, toggle: toggleLayout } = useLayout();

  useEffect(() => {
    void api.hostInfo({}).then((r) => r.ok && setHost(r.value));
  }, []);

  const articles = view?.data.articles ?? [];
  const selected = articles.find((a) => a.id === selectedId) ?? articles[0] ?? null;
  const data = view?.data;

  /** Runs one undoable action and applies its changes; returns null (after a notice) on failure. */
  const act = useCallback(
    async (action: Action) => {
      const result = await run(api.applyAction({ action }));
      if (result) applyChanges(result);
      return result;
    },
    [applyChanges, run],
  );

  const undoRedo = useCallback(
    async (which: 'undo' | 'redo') => {
      const delta = await run(which === 'undo' ? api.undo({}) : api.redo({}));
      if (!delta) return;
      applyChanges(delta);
      // Follow the change: show the article it touched.
      const touched = delta.changes.find((c) => c.collection === 'annotations');
      const ann = touched ? (touched.after ?? touched.before) : null;
      if (ann && 'articleId' in ann) setSelectedId(ann.articleId);
    },
    [applyChanges, run],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z') return;
      // Native undo only inside text being typed; a select, checkbox or button gets the app's undo.
      if (isTextEntry(e.target)) return;
      e.preventDefault();
      void undoRedo(e.shiftKey ? 'redo' : 'undo');
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [undoRedo]);

  const orphanIds = useMemo(() => new Set(view?.orphanIds ?? []), [view?.orphanIds]);

  // Per case change, not per article click: the annotations of each article, and the names marks show.
  const byArticle = useMemo(() => {
    const map = new Map<string, Annotation[]>();
    for (const a of data?.annotations ?? []) {
      const list = map.get(a.articleId);
      if (list) list.push(a);
      else map.set(a.articleId, [a]);
    }
    return map;
  }, [data?.annotations]);
  const names = useMemo(
    () => ({ actorName: new Map((data?.actors ?? []).map((a) => [a.id, a.name])), sourceById: new Map((data?.sources ?? []).map((s) => [s.id, s])) }),
    [data?.actors, data?.sources],
  );

  // Labels are made on hover (describeMark), not here: 2,000 label strings took a few ms of each opening.
  const marks = useMemo<Mark[]>(() => {
    if (!data || !selected) return [];
    return (byArticle.get(selected.id) ?? [])
      .filter((a) => a.review !== 'rejected' && !orphanIds.has(a.id))
      .map((a) => ({ id: a.id, start: a.target.position.start, end: a.target.position.end, style: a.review === 'pending' ? (`suggested-${a.kind}` as const) : a.kind }));
  }, [data, selected, orphanIds, byArticle]);
  /** The hover card's line for the open article's annotation `id`: kind and linked names. */
  const describeMark = useCallback(
    (id: string): string => {
      const a = selected ? byArticle.get(selected.id)?.find((x) => x.id === id) : undefined;
      if (!a) return '';
      const { actorName, sourceById } = names;
      if (a.kind === 'claim' && a.claim) {
        const src = a.claim.sourceId ? sourceById.get(a.claim.sourceId) : undefined;
        return `Claim · ${a.claim.speakerId ? actorName.get(a.claim.speakerId) : 'no speaker'} · ${admiraltyGrade(src?.reliability ?? null, a.claim.credibility)}`;
      }
      if (a.kind === 'actor') return `Actor · ${a.actorId ? actorName.get(a.actorId) : 'not linked'}`;
      if (a.kind === 'source') return `Source · ${a.sourceId ? sourceById.get(a.sourceId)?.name : 'not linked'}`;
      if (a.kind === 'claim') return 'claim';
      return `Note${a.note ? ` · ${a.note.slice(0, 60)}` : ''}`;
    },
    [selected, byArticle, names],
  );

  // Over the open article's annotations only: a pass over all 20,000 of a big case on every article
  // click cost a few ms of the opening each.
  const pendingHere = useMemo(() => (selected ? pendingCount(byArticle.get(selected.id) ?? [], selected.id) : 0), [byArticle, selected]);
  const claimsTable = useClaimsTable(data, mainView === 'claims');

  // The reading view's scroller: another article opens at its top. Resetting it here, before React
  // swaps the text, is free; after the swap, reading or setting scrollTop forces a layout of the new
  // text in the middle of the commit.
  const readingScroll = useRef<HTMLDivElement | null>(null);
  const reading = useRef<ReadingHandle | null>(null);
  const showArticle = useCallback((id: string) => {
    if (readingScroll.current) readingScroll.current.scrollTop = 0;
    setSelectedId(id);
  }, []);

  /** Opens an annotation in its article, scrolled to it and flashing. */
  const openAnnotation = useCallback((articleId: string, annotationId: string) => {
    setSelectedId(articleId);
    setSelectedAnnotationId(annotationId);
    setSideTab('annotation');
    setMainView('reading');
    setFlash({ id: annotationId, nonce: Date.now() });
  }, []);
  const openClaimRow = useCallback((row: ClaimRow) => openAnnotation(row.articleId, row.id), [openAnnotation]);

  // Usually in the open article; otherwise (an orphan opened from another article) the whole case.
  const selectedAnnotation = useMemo(() => {
    if (!data || !selectedAnnotationId) return null;
    const here = selected ? byArticle.get(selected.id)?.find((a) => a.id === selectedAnnotationId) : undefined;
    return here ?? data.annotations.find((a) => a.id === selectedAnnotationId) ?? null;
  }, [data, selectedAnnotationId, selected, byArticle]);
  const orphans = useMemo(() => (orphanIds.size ? (data?.annotations ?? []).filter((a) => orphanIds.has(a.id)) : []), [data?.annotations, orphanIds]);

  const markSelection = useCallback(
    async (kind: AnnotationKind, start: number, end: number) => {
      if (!selected) return;
      const result = await act({ type: 'annotation.create', articleId: selected.id, kind, start, end });
      const id = result?.createdIds.find((x) => result.changes.some((c) => c.collection === 'annotations' && c.id === x));
      if (id) {
        setSelectedAnnotationId(id);
        setSideTab('annotation');
      }
    },
    [act, selected],
  );

  const importer = useImport({ applyChanges, notify, select: setSelectedId });
  // The file input works in every host and lets the renderer show progress and cancel per file; a menu
  // command has no user gesture to open it, so Electron's menu uses the native dialog instead.
  const openFiles = useCallback(
    async (fromMenu = false) => {
      if (!fromMenu || !host?.nativeDialogs) return fileInput.current?.click();
      const outcomes = await run(api.importWithDialog({}));
      if (outcomes) importer.report(outcomes.map((outcome) => ({ label: outcome.name, outcome })));
    },
    [host, importer, run],
  );

  /**
   * New case, Open case, Save case as. 'exists': the file is there and replacing it was not
   * confirmed (the path dialog asks); 'unsaved': the open case's edits cannot be saved, and the
   * Save as… / Discard / Cancel prompt is shown.
   */
  const caseAction = useCallback(
    async (
      mode: 'open' | 'save' | 'new',
      path?: string,
      options: { overwrite?: boolean; discardUnsaved?: boolean; showError?: (message: string) => void } = {},
    ): Promise<CaseOutcome> => {
      const at = path === undefined ? {} : { path };
      const r =
        mode === 'open'
          ? await api.openCase({ ...at, discardUnsaved: options.discardUnsaved })
          : mode === 'new'
            ? await api.newCase({ ...at, overwrite: options.overwrite, discardUnsaved: options.discardUnsaved })
            : await api.saveCaseAs({ ...at, overwrite: options.overwrite });
      if (r.ok) {
        showCase(r.value);
        setSelectedId(null);
        return 'done';
      }
      if (r.error.code === 'exists') return 'exists';
      if (r.error.code === 'unsaved-edits' && mode !== 'save') {
        setDialog({ kind: 'unsaved', message: r.error.message, retry: { mode, path, overwrite: options.overwrite } });
        return 'unsaved';
      }
      if (r.error.code !== 'cancelled') {
        if (options.showError) options.showError(r.error.message);
        else notify('error', r.error.message);
      }
      return 'failed';
    },
    [notify, showCase],
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
        if (name === 'open-files') void openFiles(true);
      }),
    [openFiles],
  );

  // Stable, so the memoised article list does not re-render its items on every App render.
  const editArticle = useCallback((article: Article) => setDialog({ kind: 'edit-article', article }), []);
  const deleteArticle = useCallback((article: Article) => setDialog({ kind: 'delete-article', article }), []);

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
        void filesFromDrop(e.dataTransfer).then(({ files, skipped }) => importer.importFiles(files, skipped));
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
        <SuggestButton articleId={selected?.id ?? null} run={run} applyChanges={applyChanges} notify={notify} onDone={() => setSideTab('review')} />
        <input
          ref={fileInput}
          type="file"
          multiple
          hidden
          data-testid="file-input"
          accept={ACCEPT_ATTRIBUTE}
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []).map((file) => ({ file, label: file.webkitRelativePath || file.name }));
            e.target.value = '';
            void importer.importFiles(files);
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
      <main className={`workbench${layout.articles ? '' : ' articles-collapsed'}${layout.side ? '' : ' side-collapsed'}`}>
        {!layout.articles && (
          <CollapsedStrip label={`Show article list (${articles.length})`} shortcut={LAYOUT_KEYS.articles} controls="article-panel" glyph="»" onClick={() => toggleLayout('articles')} />
        )}
        <aside className="sidebar" id="article-panel" hidden={!layout.articles}>
          <div className="column-head">
            <h2>Articles ({articles.length})</h2>
            <CollapseButton label="Hide article list" shortcut={LAYOUT_KEYS.articles} controls="article-panel" glyph="«" onClick={() => toggleLayout('articles')} />
          </div>
          <ArticleList
            articles={articles}
            selectedId={selected?.id ?? null}
            onSelect={showArticle}
            onRename={editArticle}
            onDelete={deleteArticle}
          />
        </aside>
        <section className="center">
          <div className="view-tabs" role="tablist" aria-label="Views">
            {MAIN_VIEWS.map((v) => (
              <button
                key={v.id}
                type="button"
                role="tab"
                aria-selected={mainView === v.id}
                onClick={(e) => {
                  if (v.id === 'claims' && mainView !== 'claims') beginInteraction('cw:table-open', e.timeStamp);
                  setMainView(v.id);
                }}
              >
                {v.label}
                {v.id === 'claims' ? ` (${claimsTable.counts.claims})` : ''}
              </button>
            ))}
          </div>
          {mainView === 'stories' && (
            <div className="view-body fill">
              <StoriesView data={view.data} onOpen={openAnnotation} act={act} />
            </div>
          )}
          {mainView === 'briefing' && (
            <div className="view-body fill">
              <BriefingView
                key={view.path}
                data={view.data}
                host={host}
                pickedClaimIds={pickedClaimIds}
                run={run}
                notify={notify}
                onSaved={(briefing) => setView((v) => (v ? { ...v, data: { ...v.data, briefing } } : v))}
              />
            </div>
          )}
          {(claimsTable.built || mainView === 'claims') && (
            // Parked, not display:none, while another view shows: laid out but invisible (and out of the
            // accessibility tree), so its rows in view are rendered ahead and opening the tab only repaints.
            <div className={mainView === 'claims' ? 'view-body fill' : 'view-body fill parked'} aria-hidden={mainView === 'claims' ? undefined : true}>
              <ClaimsTable
                key={view.path}
                rows={claimsTable.rows}
                onOpen={openClaimRow}
                selectedIds={pickedClaimIds}
                onSelectionChange={setPickedClaimIds}
                activeId={selectedAnnotationId}
                visible={mainView === 'claims'}
                suggestions={claimsTable.counts.suggestions}
                includeSuggestions={claimsTable.includeSuggestions}
                onIncludeSuggestions={claimsTable.setIncludeSuggestions}
              />
            </div>
          )}
          {mainView === 'reading' && (
          <div className="view-body" ref={readingScroll}>
          {selected ? (
            <ReadingView
              ref={reading}
              article={selected}
              marks={marks}
              describeMark={describeMark}
              selectedId={selectedAnnotationId}
              flash={flash}
              onSelectMark={(id) => {
                setSelectedAnnotationId(id);
                if (id) setSideTab('annotation');
              }}
              onMark={(kind, start, end) => void markSelection(kind, start, end)}
            />
          ) : (
            <p className="muted empty-reading">Add an article to start reading.</p>
          )}
          </div>
          )}
        </section>
        {!layout.side && <CollapsedStrip label="Show side panel" shortcut={LAYOUT_KEYS.side} controls="side-panel" glyph="«" onClick={() => toggleLayout('side')} />}
        <aside className="side-panel" id="side-panel" hidden={!layout.side}>
          <div className="side-head">
          <div className="tabs" role="tablist" aria-label="Side panel">
            {(['annotation', 'actors', 'sources', 'review'] as const).map((t) => (
              <button key={t} type="button" role="tab" aria-selected={sideTab === t} onClick={() => setSideTab(t)}>
                {t === 'review' ? `Review (${pendingHere})` : t === 'annotation' ? 'Annotation' : t === 'actors' ? `Actors (${data?.actors.length ?? 0})` : `Sources (${data?.sources.length ?? 0})`}
              </button>
            ))}
          </div>
          <div className="undo-row">
            <button type="button" disabled={!view.undoLabel} onClick={() => void undoRedo('undo')} title={view.undoLabel ? `Undo ${view.undoLabel} (Ctrl+Z)` : 'Nothing to undo'}>
              ↶ Undo
            </button>
            <button type="button" disabled={!view.redoLabel} onClick={() => void undoRedo('redo')} title={view.redoLabel ? `Redo ${view.redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'}>
              ↷ Redo
            </button>
            {view.undoLabel ? (
              // Its own direction (an Arabic quote in an English label), cut with an ellipsis, never wrapped.
              <span className="muted small undo-label" title={view.undoLabel}>
                Last: <bdi dir="auto">{view.undoLabel}</bdi>
              </span>
            ) : null}
            <CollapseButton label="Hide side panel" shortcut={LAYOUT_KEYS.side} controls="side-panel" glyph="»" onClick={() => toggleLayout('side')} />
          </div>
          </div>
          {sideTab === 'annotation' &&
            (selectedAnnotation && data ? (
              <AnnotationPanel
                key={selectedAnnotation.id}
                annotation={selectedAnnotation}
                actors={data.actors}
                sources={data.sources}
                orphan={orphanIds.has(selectedAnnotation.id)}
                act={act}
                onClose={() => setSelectedAnnotationId(null)}
                onReview={(decision) => void run(api.reviewSuggestion({ id: selectedAnnotation.id, decision })).then((r) => r && applyChanges(r))}
              />
            ) : (
              <p className="muted panel-hint">Select text in the article and press C (claim), A (actor), S (source) or N (note), or click a highlight.</p>
            ))}
          {sideTab === 'actors' && data && (
            <ActorsPanel actors={data.actors} annotations={data.annotations} act={act} onConfirmDelete={(actor, uses) => setDialog({ kind: 'delete-actor', actor, uses })} />
          )}
          {sideTab === 'review' && data && selected && (
            <ReviewPanel
              article={selected}
              annotations={data.annotations}
              actors={data.actors}
              sources={data.sources}
              run={run}
              applyChanges={applyChanges}
              reading={reading}
              onShow={(id) => {
                setSelectedAnnotationId(id);
                setMainView('reading');
                setFlash({ id, nonce: Date.now() });
              }}
            />
          )}
          {sideTab === 'sources' && data && <SourcesPanel sources={data.sources} act={act} onConfirmDelete={(source) => setDialog({ kind: 'delete-source', source })} />}
          {data && (
            <OrphansPanel
              orphans={orphans}
              articleTitle={(id) => data.articles.find((a) => a.id === id)?.title ?? '?'}
              canReattach={Boolean(selected)}
              onOpen={(a) => {
                setSelectedId(a.articleId);
                setMainView('reading');
              }}
              onDelete={(a) => void act({ type: 'annotation.delete', id: a.id })}
              onReattach={(a) => {
                const sel = reading.current?.selection() ?? null;
                if (!sel || !selected || selected.id !== a.articleId) {
                  notify('error', 'Open the annotation’s article and select the text to attach it to, then press Re-attach.');
                  return;
                }
                void act({ type: 'annotation.reattach', id: a.id, start: sel.start, end: sel.end });
              }}
            />
          )}
        </aside>
      </main>

      {dialog?.kind === 'paste' && (
        <PasteDialog
          onClose={() => setDialog(null)}
          onSubmit={(form) => submitPaste(form, run, importer.report)}
        />
      )}
      {dialog?.kind === 'case' && (
        <CasePathDialog
          mode={dialog.mode}
          recent={recent}
          dataDir={host?.dataDir ?? ''}
          onClose={() => setDialog(null)}
          onSubmit={async (p, overwrite, showError) => {
            const outcome = await caseAction(dialog.mode, p, { overwrite, showError });
            // Saved elsewhere after "Save as…" in the unsaved-edits prompt: now the switch goes ahead.
            if (outcome === 'done' && dialog.then) void caseAction(dialog.then.mode, dialog.then.path, { overwrite: dialog.then.overwrite });
            return outcome;
          }}
        />
      )}
      {dialog?.kind === 'unsaved' && (
        <UnsavedEditsDialog
          message={dialog.message}
          onCancel={() => setDialog(null)}
          onDiscard={() => {
            const { retry } = dialog;
            setDialog(null);
            void caseAction(retry.mode, retry.path, { overwrite: retry.overwrite, discardUnsaved: true });
          }}
          onSaveAs={() => {
            const { retry } = dialog;
            if (!host?.nativeDialogs) return setDialog({ kind: 'case', mode: 'save', then: retry });
            setDialog(null);
            void caseAction('save').then((outcome) => {
              if (outcome === 'done') void caseAction(retry.mode, retry.path, { overwrite: retry.overwrite });
            });
          }}
        />
      )}
      {dialog?.kind === 'edit-article' && (
        <ArticleMetaDialog article={dialog.article} run={run} onSaved={applyChanges} onReimported={setView} onClose={() => setDialog(null)} />
      )}
      {importer.progress && (
        <ImportDialog progress={importer.progress} onCancel={importer.cancel} onClose={importer.close} onOpen={(id) => {
            showArticle(id);
            setMainView('reading');
            importer.close();
          }} />
      )}
      {dialog?.kind === 'delete-actor' && (
        <ConfirmDialog
          title="Delete actor"
          message={
            dialog.uses > 0
              ? `“${neutraliseDirectionControls(dialog.actor.name)}” is used by ${dialog.uses} annotation${dialog.uses === 1 ? '' : 's'}. Delete it and unlink them? (Undo brings it back.)`
              : `Delete “${neutraliseDirectionControls(dialog.actor.name)}”?`
          }
          confirmLabel="Delete actor"
          onCancel={() => setDialog(null)}
          onConfirm={() => {
            void act({ type: 'actor.delete', id: dialog.actor.id, force: true });
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === 'delete-source' && (
        <ConfirmDialog
          title="Delete source"
          message={`Delete “${neutraliseDirectionControls(dialog.source.name)}” and unlink every claim and mention that cites it? (Undo brings it back.)`}
          confirmLabel="Delete source"
          onCancel={() => setDialog(null)}
          onConfirm={() => {
            void act({ type: 'source.delete', id: dialog.source.id, force: true });
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === 'delete-article' && (
        <ConfirmDialog
          title="Delete article"
          message={`Delete “${neutraliseDirectionControls(dialog.article.title)}” and every highlight on it? (Undo brings them back.)`}
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

/** The button that collapses a column (the article list, the side panel). */
function CollapseButton(props: { label: string; shortcut: string; controls: string; glyph: string; onClick: () => void }) {
  return (
    <button type="button" className="icon collapse-button" aria-label={props.label} aria-expanded={true} aria-controls={props.controls} aria-keyshortcuts={props.shortcut} title={`${props.label} (${props.shortcut})`} onClick={props.onClick}>
      {props.glyph}
    </button>
  );
}

/** What is left of a collapsed column: a strip whose button opens it again. */
function CollapsedStrip(props: { label: string; shortcut: string; controls: string; glyph: string; onClick: () => void }) {
  return (
    <div className="collapsed-strip">
      <button type="button" className="icon" aria-label={props.label} aria-expanded={false} aria-controls={props.controls} aria-keyshortcuts={props.shortcut} title={`${props.label} (${props.shortcut})`} onClick={props.onClick}>
        {props.glyph}
      </button>
    </div>
  );
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnnotationKind } from '../../shared/domain';
import type { HostInfo, ShownArticle } from '../../shared/ipc-contract';
import { api } from './api';
import { useCaseFiles } from './case/useCaseFiles';
import { useClaimsTable } from './claims/useClaimsTable';
import { useImport } from './import';
import { useFileDrop } from './import/useFileDrop';
import { useOpenFiles } from './import/useOpenFiles';
import type { ReadingHandle } from './reading/ReadingView';
import { useCase } from './useCase';
import { ArticleColumn } from './workbench/ArticleColumn';
import { DialogHost } from './workbench/DialogHost';
import { useLayout } from './workbench/layout';
import { MainViews } from './workbench/MainViews';
import { SidePanel } from './workbench/SidePanel';
import { Notices, Toolbar } from './workbench/Toolbar';
import { useCaseIndex } from './workbench/useCaseIndex';
import { useEdits, useUndoShortcuts } from './workbench/useEdits';
import { useWorkbench } from './workbench/useWorkbench';

/**
 * The workbench: the case (useCase), what the analyst is looking at (useWorkbench), and the toolbar,
 * article list, views, side panel and dialogs laid out around them.
 */
export function App() {
  const { view, saveStatus, notices, notify, dismiss, applyChanges, run, loadError, setView, showCase, showCaseInParts } = useCase();
  const [state, actions] = useWorkbench();
  const [host, setHost] = useState<HostInfo | null>(null);
  const { layout, toggle: toggleLayout } = useLayout();
  useEffect(() => {
    void api.hostInfo({}).then((r) => r.ok && setHost(r.value));
  }, []);

  const index = useCaseIndex(view, state.articleId, state.annotationId);
  const { selected } = index;
  // A first part has no annotations yet, so no claim rows either: the table waits for the whole case.
  const claimsTable = useClaimsTable(view?.restId === undefined ? view?.data : undefined, state.mainView === 'claims');
  const { act, undoRedo } = useEdits(run, applyChanges, actions.selectArticle);
  useUndoShortcuts(undoRedo);

  // The reading view's scroller: another article opens at its top. Resetting it here, before React
  // swaps the text, is free; after the swap, reading or setting scrollTop forces a layout of the new
  // text in the middle of the commit.
  const readingScroll = useRef<HTMLDivElement | null>(null);
  const reading = useRef<ReadingHandle | null>(null);
  const showArticle = useCallback(
    (id: string) => {
      if (readingScroll.current) readingScroll.current.scrollTop = 0;
      actions.selectArticle(id);
    },
    [actions],
  );

  const markSelection = useCallback(
    async (kind: AnnotationKind, start: number, end: number) => {
      if (!selected) return;
      const result = await act({ type: 'annotation.create', articleId: selected.id, kind, start, end });
      const id = result?.createdIds.find((x) => result.changes.some((c) => c.collection === 'annotations' && c.id === x));
      if (id) actions.selectAnnotation(id);
    },
    [act, actions, selected],
  );

  const importer = useImport({ applyChanges, notify, select: actions.selectArticle });
  const openPaste = useCallback(() => actions.openDialog({ kind: 'paste' }), [actions]);
  const { fileInput, openFiles } = useOpenFiles({ host, importer, run, onPaste: openPaste });
  const { dragging, dropProps } = useFileDrop(importer.importFiles);
  const { caseAction, startCaseAction } = useCaseFiles({ host, showCase, showCaseInParts, articleId: state.articleId, notify, selectArticle: actions.selectArticle, openDialog: actions.openDialog, setRecent: actions.setRecent });

  // Stable, so the memoised article list does not re-render its items on every App render.
  const editArticle = useCallback((article: ShownArticle) => actions.openDialog({ kind: 'edit-article', article }), [actions]);
  const deleteArticle = useCallback((article: ShownArticle) => actions.openDialog({ kind: 'delete-article', article }), [actions]);

  if (loadError) return <div className="fatal" role="alert">Claimwork could not open its case: {loadError}</div>;
  if (!view) return <div className="loading">Opening case…</div>;

  return (
    <div className={dragging ? 'app dragging' : 'app'} {...dropProps}>
      <Toolbar
        title={view.data.title}
        path={view.path}
        saveStatus={saveStatus}
        onCase={startCaseAction}
        onPaste={openPaste}
        onOpenFiles={() => void openFiles()}
        fileInput={fileInput}
        onFiles={(files) => void importer.importFiles(files)}
        articleId={selected?.id ?? null}
        run={run}
        applyChanges={applyChanges}
        notify={notify}
        onSuggested={() => actions.setSideTab('review')}
      />
      <Notices saveStatus={saveStatus} notices={notices} dismiss={dismiss} reading={view.restId ? 'Reading the highlights and claims of this case…' : null} />
      <main className={`workbench${layout.articles ? '' : ' articles-collapsed'}${layout.side ? '' : ' side-collapsed'}`}>
        <ArticleColumn open={layout.articles} onToggle={() => toggleLayout('articles')} articles={view.data.articles} selectedId={selected?.id ?? null} onSelect={showArticle} onRename={editArticle} onDelete={deleteArticle} />
        <MainViews
          view={view}
          host={host}
          state={state}
          actions={actions}
          index={index}
          claimsTable={claimsTable}
          act={act}
          run={run}
          notify={notify}
          setView={setView}
          readingScroll={readingScroll}
          reading={reading}
          onMark={(kind, start, end) => void markSelection(kind, start, end)}
        />
        <SidePanel open={layout.side} onToggle={() => toggleLayout('side')} view={view} tab={state.sideTab} index={index} actions={actions} act={act} undoRedo={undoRedo} run={run} applyChanges={applyChanges} notify={notify} reading={reading} />
      </main>
      <DialogHost
        dialog={state.dialog}
        recent={state.recent}
        host={host}
        actions={actions}
        caseAction={caseAction}
        importer={importer}
        onOpenImported={(id) => {
          showArticle(id);
          actions.setMainView('reading');
          importer.close();
        }}
        act={act}
        run={run}
        applyChanges={applyChanges}
        setView={setView}
      />
    </div>
  );
}

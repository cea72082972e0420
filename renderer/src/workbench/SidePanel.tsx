import type { RefObject } from 'react';
import type { ShownCase } from '../../../shared/ipc-contract';
import { api } from '../api';
import { AnnotationPanel, type Act } from '../annotation/AnnotationPanel';
import { OrphansPanel } from '../annotation/OrphansPanel';
import { ActorsPanel } from '../entities/ActorsPanel';
import { SourcesPanel } from '../entities/SourcesPanel';
import type { ReadingHandle } from '../reading/ReadingView';
import { ReviewPanel } from '../review/ReviewPanel';
import { CollapseButton, CollapsedStrip } from './Collapse';
import { LAYOUT_KEYS } from './layout';
import type { CaseIndex } from './useCaseIndex';
import type { WorkbenchActions } from './useWorkbench';
import type { SideTab } from './state';
import type { ApplyChanges, Notify, Run } from '../case/wiring';

const SIDE_TABS: readonly SideTab[] = ['annotation', 'actors', 'sources', 'review'];

/**
 * The side panel: tabs for the selected annotation, the actors, the sources and the review queue;
 * Undo and Redo with the last step's label; the orphaned annotations below. Collapses to a strip.
 */
export function SidePanel(props: {
  open: boolean;
  onToggle: () => void;
  view: ShownCase;
  tab: SideTab;
  index: CaseIndex;
  actions: WorkbenchActions;
  act: Act;
  undoRedo: (which: 'undo' | 'redo') => Promise<void>;
  run: Run;
  applyChanges: ApplyChanges;
  notify: Notify;
  /** The reading view, whose selection Re-attach and the review queue's edit take. */
  reading: RefObject<ReadingHandle | null>;
}) {
  const { view, tab, index, actions, act, undoRedo, run, applyChanges, reading } = props;
  const { data } = view;
  const { selected, selectedAnnotation } = index;
  return (
    <>
      {!props.open && <CollapsedStrip label="Show side panel" shortcut={LAYOUT_KEYS.side} controls="side-panel" glyph="«" onClick={props.onToggle} />}
      <aside className="side-panel" id="side-panel" hidden={!props.open}>
        <div className="side-head">
          <div className="tabs" role="tablist" aria-label="Side panel">
            {SIDE_TABS.map((t) => (
              <button key={t} type="button" role="tab" aria-selected={tab === t} onClick={() => actions.setSideTab(t)}>
                {t === 'review' ? `Review (${index.pendingHere})` : t === 'annotation' ? 'Annotation' : t === 'actors' ? `Actors (${data.actors.length})` : `Sources (${data.sources.length})`}
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
            <CollapseButton label="Hide side panel" shortcut={LAYOUT_KEYS.side} controls="side-panel" glyph="»" onClick={props.onToggle} />
          </div>
        </div>
        {tab === 'annotation' &&
          (selectedAnnotation ? (
            <AnnotationPanel
              key={selectedAnnotation.id}
              annotation={selectedAnnotation}
              actors={data.actors}
              sources={data.sources}
              orphan={index.orphanIds.has(selectedAnnotation.id)}
              act={act}
              onClose={() => actions.selectAnnotation(null)}
              onReview={(decision) => void run(api.reviewSuggestion({ id: selectedAnnotation.id, decision })).then((r) => r && applyChanges(r))}
            />
          ) : (
            <p className="muted panel-hint">Select text in the article and press C (claim), A (actor), S (source) or N (note), or click a highlight.</p>
          ))}
        {tab === 'actors' && <ActorsPanel actors={data.actors} annotations={data.annotations} act={act} onConfirmDelete={(actor, uses) => actions.openDialog({ kind: 'delete-actor', actor, uses })} />}
        {tab === 'review' && selected && (
          <ReviewPanel article={selected} annotations={data.annotations} actors={data.actors} sources={data.sources} run={run} applyChanges={applyChanges} reading={reading} onShow={actions.showAnnotation} />
        )}
        {tab === 'sources' && <SourcesPanel sources={data.sources} act={act} onConfirmDelete={(source) => actions.openDialog({ kind: 'delete-source', source })} />}
        <OrphansPanel
          orphans={index.orphans}
          articleTitle={(id) => data.articles.find((a) => a.id === id)?.title ?? '?'}
          canReattach={Boolean(selected)}
          onOpen={(a) => actions.readArticle(a.articleId)}
          onDelete={(a) => void act({ type: 'annotation.delete', id: a.id })}
          onReattach={(a) => {
            const sel = reading.current?.selection() ?? null;
            if (!sel || !selected || selected.id !== a.articleId) {
              props.notify('error', 'Open the annotation’s article and select the text to attach it to, then press Re-attach.');
              return;
            }
            void act({ type: 'annotation.reattach', id: a.id, start: sel.start, end: sel.end });
          }}
        />
      </aside>
    </>
  );
}

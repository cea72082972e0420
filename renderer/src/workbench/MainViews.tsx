import { useCallback, type RefObject } from 'react';
import type { AnnotationKind } from '../../../shared/domain';
import { hasText, type ShownCase, type HostInfo } from '../../../shared/ipc-contract';
import type { Act } from '../annotation/AnnotationPanel';
import { BriefingView } from '../briefing/BriefingView';
import { ClaimsTable } from '../claims/ClaimsTable';
import type { ClaimRow } from '../claims/rows';
import type { ClaimsTableState } from '../claims/useClaimsTable';
import { beginInteraction } from '../perf';
import { ReadingView, type ReadingHandle } from '../reading/ReadingView';
import { StoriesView } from '../stories/StoriesView';
import type { MainView, WorkbenchState } from './state';
import type { CaseIndex } from './useCaseIndex';
import type { WorkbenchActions } from './useWorkbench';
import type { Notify, Run } from '../case/wiring';

const MAIN_VIEWS: { id: MainView; label: string }[] = [
  { id: 'reading', label: 'Reading' },
  { id: 'claims', label: 'Claims table' },
  { id: 'stories', label: 'Stories' },
  { id: 'briefing', label: 'Briefing' },
];

/** The centre of the workbench: the view tabs and the reading view, claims table, stories or briefing. */
export function MainViews(props: {
  view: ShownCase;
  host: HostInfo | null;
  state: WorkbenchState;
  actions: WorkbenchActions;
  index: CaseIndex;
  claimsTable: ClaimsTableState;
  act: Act;
  run: Run;
  notify: Notify;
  setView: (update: (view: ShownCase | null) => ShownCase | null) => void;
  /** The reading view's scroller (another article opens at its top) and the reading view itself. */
  readingScroll: RefObject<HTMLDivElement | null>;
  reading: RefObject<ReadingHandle | null>;
  onMark: (kind: AnnotationKind, start: number, end: number) => void;
}) {
  const { view, state, actions, index, claimsTable } = props;
  // Stories and the briefing read every article's text: they wait for the rest of a case opened in parts.
  const whole = view.restId === undefined ? view : null;
  const { mainView } = state;
  const openClaimRow = useCallback((row: ClaimRow) => actions.openAnnotation(row.articleId, row.id), [actions]);
  return (
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
              actions.setMainView(v.id);
            }}
          >
            {v.label}
            {v.id === 'claims' ? ` (${claimsTable.counts.claims})` : ''}
          </button>
        ))}
      </div>
      {mainView === 'stories' && (
        <div className="view-body fill">
          {whole ? <StoriesView data={whole.data} onOpen={actions.openAnnotation} act={props.act} /> : <TextsLoading />}
        </div>
      )}
      {mainView === 'briefing' && (
        <div className="view-body fill">
          {whole ? (
            <BriefingView
              key={view.path}
              data={whole.data}
              host={props.host}
              pickedClaimIds={state.pickedClaimIds}
              run={props.run}
              notify={props.notify}
              onSaved={(briefing) => props.setView((v) => (v && v.restId === undefined ? { ...v, data: { ...v.data, briefing } } : v))}
              onOpen={actions.openAnnotation}
            />
          ) : (
            <TextsLoading />
          )}
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
            selectedIds={state.pickedClaimIds}
            onSelectionChange={actions.pickClaims}
            activeId={state.annotationId}
            visible={mainView === 'claims'}
            suggestions={claimsTable.counts.suggestions}
            includeSuggestions={claimsTable.includeSuggestions}
            onIncludeSuggestions={claimsTable.setIncludeSuggestions}
          />
        </div>
      )}
      {mainView === 'reading' && (
        <div className="view-body" ref={props.readingScroll}>
          {index.selected && !hasText(index.selected) ? (
            <p className="muted empty-reading" role="status">
              Loading the article text…
            </p>
          ) : index.selected ? (
            <ReadingView
              ref={props.reading}
              article={index.selected}
              marks={index.marks}
              describeMark={index.describeMark}
              selectedId={state.annotationId}
              flash={state.flash}
              onSelectMark={actions.selectAnnotation}
              onMark={props.onMark}
            />
          ) : (
            <p className="muted empty-reading">Add an article to start reading.</p>
          )}
        </div>
      )}
    </section>
  );
}

/** Stories and the briefing of a case still opening: they read every text, which comes with the rest. */
function TextsLoading() {
  return (
    <p className="muted empty-reading" role="status">
      Loading the article texts…
    </p>
  );
}

import type { Actor, Source } from '../../../shared/domain';
import type { ShownArticle } from '../../../shared/ipc-contract';

/** A case switch to run again once the analyst chose what happens to edits that could not be saved. */
export interface CaseSwitch {
  mode: 'open' | 'new';
  path?: string;
  overwrite?: boolean;
}

/** The one dialog over the workbench, if any. */
export type DialogState =
  | { kind: 'paste' }
  | { kind: 'case'; mode: 'open' | 'save' | 'new'; then?: CaseSwitch }
  | { kind: 'unsaved'; message: string; retry: CaseSwitch }
  | { kind: 'edit-article'; article: ShownArticle }
  | { kind: 'delete-article'; article: ShownArticle }
  | { kind: 'delete-actor'; actor: Actor; uses: number }
  | { kind: 'delete-source'; source: Source }
  | null;

export type SideTab = 'annotation' | 'actors' | 'sources' | 'review';
export type MainView = 'reading' | 'claims' | 'stories' | 'briefing';

/** Scroll the reading view to an annotation and flash it; a new nonce flashes the same one again. */
export interface Flash {
  id: string;
  nonce: number;
}

/** What the analyst has chosen to look at in the workbench; the case itself is useCase's. */
export interface WorkbenchState {
  /** The article chosen in the list; null (or one no longer in the case) shows the first. */
  articleId: string | null;
  /** The annotation shown in the Annotation tab and outlined in the reading view and claims table. */
  annotationId: string | null;
  sideTab: SideTab;
  mainView: MainView;
  flash: Flash | null;
  dialog: DialogState;
  /** The recent case paths the browser host's case dialog offers. */
  recent: string[];
  /** Claims ticked in the claims table: the briefing's selection. */
  pickedClaimIds: string[];
}

export const INITIAL_WORKBENCH: WorkbenchState = {
  articleId: null,
  annotationId: null,
  sideTab: 'annotation',
  mainView: 'reading',
  flash: null,
  dialog: null,
  recent: [],
  pickedClaimIds: [],
};

/** Everything that changes the workbench state. Nonces come with the event, so the reducer stays pure. */
export type WorkbenchEvent =
  | { type: 'article'; id: string | null }
  | { type: 'read-article'; id: string }
  | { type: 'open-annotation'; articleId: string; annotationId: string; nonce: number }
  | { type: 'show-annotation'; id: string; nonce: number }
  | { type: 'select-annotation'; id: string | null }
  | { type: 'side-tab'; tab: SideTab }
  | { type: 'main-view'; view: MainView }
  | { type: 'pick-claims'; ids: string[] }
  | { type: 'dialog'; dialog: DialogState }
  | { type: 'recent'; paths: string[] };

/**
 * The workbench's state after one event: the same object when nothing changed (as a state setter given
 * its current value, so that clicking plain text with nothing selected does not render the workbench).
 */
export function workbenchReducer(state: WorkbenchState, event: WorkbenchEvent): WorkbenchState {
  const next = nextState(state, event);
  return (Object.keys(next) as (keyof WorkbenchState)[]).every((k) => Object.is(next[k], state[k])) ? state : next;
}

function nextState(state: WorkbenchState, event: WorkbenchEvent): WorkbenchState {
  switch (event.type) {
    case 'article':
      return { ...state, articleId: event.id };
    case 'read-article':
      // An article opened from elsewhere (an orphan, an import line) is shown in the reading view.
      return { ...state, articleId: event.id, mainView: 'reading' };
    case 'open-annotation':
      // From the claims table or a story: its article, scrolled to it and flashing, its details beside.
      return {
        ...state,
        articleId: event.articleId,
        annotationId: event.annotationId,
        sideTab: 'annotation',
        mainView: 'reading',
        flash: { id: event.annotationId, nonce: event.nonce },
      };
    case 'show-annotation':
      // From the review queue: the side panel stays on the queue.
      return { ...state, annotationId: event.id, mainView: 'reading', flash: { id: event.id, nonce: event.nonce } };
    case 'select-annotation':
      // A click on a highlight (or one just made) shows its details; a click on plain text only deselects.
      return { ...state, annotationId: event.id, sideTab: event.id ? 'annotation' : state.sideTab };
    case 'side-tab':
      return { ...state, sideTab: event.tab };
    case 'main-view':
      return { ...state, mainView: event.view };
    case 'pick-claims':
      return { ...state, pickedClaimIds: event.ids };
    case 'dialog':
      return { ...state, dialog: event.dialog };
    case 'recent':
      return { ...state, recent: event.paths };
  }
}

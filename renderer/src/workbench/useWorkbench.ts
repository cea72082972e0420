import { useMemo, useReducer, type Dispatch } from 'react';
import { INITIAL_WORKBENCH, workbenchReducer, type DialogState, type MainView, type SideTab, type WorkbenchEvent, type WorkbenchState } from './state';

/** The workbench's moves, named; each is stable for the life of the workbench. */
export interface WorkbenchActions {
  /** Shows an article (null: the first) without changing the view. */
  selectArticle: (id: string | null) => void;
  /** Shows an article in the reading view. */
  readArticle: (id: string) => void;
  /** Opens an annotation in its article, scrolled to it and flashing, with its details beside. */
  openAnnotation: (articleId: string, annotationId: string) => void;
  /** Scrolls the reading view to an annotation of the open article and flashes it. */
  showAnnotation: (id: string) => void;
  /** Selects a highlight (its details in the side panel), or none. */
  selectAnnotation: (id: string | null) => void;
  setSideTab: (tab: SideTab) => void;
  setMainView: (view: MainView) => void;
  pickClaims: (ids: string[]) => void;
  openDialog: (dialog: DialogState) => void;
  closeDialog: () => void;
  setRecent: (paths: string[]) => void;
}

function actionsFor(dispatch: Dispatch<WorkbenchEvent>): WorkbenchActions {
  return {
    selectArticle: (id) => dispatch({ type: 'article', id }),
    readArticle: (id) => dispatch({ type: 'read-article', id }),
    openAnnotation: (articleId, annotationId) => dispatch({ type: 'open-annotation', articleId, annotationId, nonce: Date.now() }),
    showAnnotation: (id) => dispatch({ type: 'show-annotation', id, nonce: Date.now() }),
    selectAnnotation: (id) => dispatch({ type: 'select-annotation', id }),
    setSideTab: (tab) => dispatch({ type: 'side-tab', tab }),
    setMainView: (view) => dispatch({ type: 'main-view', view }),
    pickClaims: (ids) => dispatch({ type: 'pick-claims', ids }),
    openDialog: (dialog) => dispatch({ type: 'dialog', dialog }),
    closeDialog: () => dispatch({ type: 'dialog', dialog: null }),
    setRecent: (paths) => dispatch({ type: 'recent', paths }),
  };
}

/**
 * The workbench's own state (which article, annotation, view, tab and dialog), in one reducer
 * (`workbenchReducer` in state.ts), and the named actions that change it.
 */
export function useWorkbench(): [WorkbenchState, WorkbenchActions] {
  const [state, dispatch] = useReducer(workbenchReducer, INITIAL_WORKBENCH);
  const actions = useMemo(() => actionsFor(dispatch), []);
  return [state, actions];
}

import { describe, expect, it } from 'vitest';
import { INITIAL_WORKBENCH, workbenchReducer, type WorkbenchEvent, type WorkbenchState } from '../../../renderer/src/workbench/state';

const run = (events: WorkbenchEvent[], from: WorkbenchState = INITIAL_WORKBENCH) => events.reduce(workbenchReducer, from);

describe('workbench state', () => {
  it('opens a claim from the table in the reading view, with its details and a flash', () => {
    const s = run([{ type: 'main-view', view: 'claims' }, { type: 'side-tab', tab: 'sources' }, { type: 'open-annotation', articleId: 'a2', annotationId: 'n7', nonce: 1 }]);
    expect(s).toMatchObject({ articleId: 'a2', annotationId: 'n7', mainView: 'reading', sideTab: 'annotation', flash: { id: 'n7', nonce: 1 } });
  });

  it('shows a suggestion from the review queue without leaving the queue', () => {
    const s = run([{ type: 'side-tab', tab: 'review' }, { type: 'main-view', view: 'briefing' }, { type: 'show-annotation', id: 's1', nonce: 2 }]);
    expect(s).toMatchObject({ annotationId: 's1', mainView: 'reading', sideTab: 'review', flash: { id: 's1', nonce: 2 } });
  });

  it('a click on a highlight shows its details; a click on plain text only deselects', () => {
    const picked = run([{ type: 'side-tab', tab: 'actors' }, { type: 'select-annotation', id: 'n1' }]);
    expect(picked).toMatchObject({ annotationId: 'n1', sideTab: 'annotation' });
    const cleared = run([{ type: 'side-tab', tab: 'actors' }, { type: 'select-annotation', id: null }], picked);
    expect(cleared).toMatchObject({ annotationId: null, sideTab: 'actors' });
  });

  it('an orphan or an imported article opens in the reading view; undo only selects the article', () => {
    const briefing = run([{ type: 'main-view', view: 'briefing' }]);
    expect(run([{ type: 'read-article', id: 'a3' }], briefing)).toMatchObject({ articleId: 'a3', mainView: 'reading' });
    expect(run([{ type: 'article', id: 'a3' }], briefing)).toMatchObject({ articleId: 'a3', mainView: 'briefing' });
  });

  it('the same flash asked again flashes again', () => {
    const once = run([{ type: 'open-annotation', articleId: 'a', annotationId: 'n', nonce: 1 }]);
    const twice = run([{ type: 'open-annotation', articleId: 'a', annotationId: 'n', nonce: 2 }], once);
    expect(twice.flash).not.toBe(once.flash);
    expect(twice.flash?.nonce).toBe(2);
  });

  it('an event that changes nothing keeps the same state (nothing re-renders)', () => {
    const s = run([{ type: 'side-tab', tab: 'review' }]);
    expect(workbenchReducer(s, { type: 'side-tab', tab: 'review' })).toBe(s);
    expect(workbenchReducer(s, { type: 'select-annotation', id: null })).toBe(s);
    expect(workbenchReducer(s, { type: 'dialog', dialog: null })).toBe(s);
    expect(workbenchReducer(s, { type: 'dialog', dialog: { kind: 'paste' } })).not.toBe(s);
  });
});

/**
 * Issue 14, item 7: an undo history that does not fit its case is dropped on open with a notice
 * (the case opens); undo and redo never produce a case that does not reopen; deleting an article
 * is one undoable step that brings its highlights back.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { historyProblem } from '../../../shared/case-gate';
import type { CaseData, ChangeSet } from '../../../shared/domain';
import type { ActionResult, CaseView, Delta, ImportOutcome } from '../../../shared/ipc-contract';
import type { Result } from '../../../shared/result';
import { parseCaseText } from '../../../electron/services/case-file';
import { dispatch, type HandlerTable } from '../../../electron/services/handlers';
import { Workspace } from '../../../electron/services/workspace';
import { validCase } from '../hostile/make-hostile';
import { startTempWorkspace, stopTempWorkspace } from '../../support/workspace';

let dir: string;
let ws: Workspace;
let handlers: HandlerTable;

beforeEach(async () => {
  ({ dir, ws, handlers } = await startTempWorkspace('cw-history-'));
});
afterEach(() => stopTempWorkspace({ dir, ws }));

async function call<T>(name: string, payload: unknown = {}): Promise<Result<T>> {
  return (await dispatch(handlers, name, payload)) as Result<T>;
}
async function value<T>(name: string, payload: unknown = {}): Promise<T> {
  const r = await call<T>(name, payload);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value;
}
async function reopens(file = ws.casePath): Promise<CaseData> {
  await ws.flush();
  return parseCaseText(await readFile(file, 'utf8'), path.basename(file));
}

/** validCase() with `history` and written to disk. */
async function craftedCase(name: string, history: (data: CaseData) => CaseData['history']): Promise<string> {
  const data = validCase();
  const file = path.join(dir, name);
  await writeFile(file, JSON.stringify({ ...data, history: history(data) }));
  return file;
}
const set = (label: string, changes: ChangeSet['changes']): ChangeSet => ({ label, at: '2026-01-01T00:00:00.000Z', changes });

describe('the undo history is checked on open', () => {
  it('a change whose id differs from its entry’s is dropped with a notice; undo cannot duplicate ids', async () => {
    const file = await craftedCase('crafted.claimwork.json', (d) => ({
      // Undoing this "deletion" of ann-X would put a second ann-1 into the case.
      undo: [set('Delete claim', [{ collection: 'annotations', id: 'ann-X', before: d.annotations[0]!, after: null }])],
      redo: [],
    }));
    const view = await value<CaseView>('openCase', { path: file });
    expect(view.path).toBe(file);
    expect(view.undoLabel).toBeNull();
    expect(view.notice).toMatch(/undo history of crafted\.claimwork\.json did not match the case .*ann-X.*so it was cleared: 1 step can no longer be undone or redone/);
    await call<Delta>('undo');
    const reread = await reopens();
    expect(reread.annotations.map((a) => a.id)).toEqual(['ann-1']);
    expect(reread.history.undo).toEqual([]);
  });

  it('a step that expects an entry the case does not hold is dropped; the case opens', async () => {
    const file = await craftedCase('ghost.claimwork.json', (d) => ({
      undo: [set('Add claim', [{ collection: 'annotations', id: 'ghost', before: null, after: { ...d.annotations[0]!, id: 'ghost' } }])],
      redo: [set('Delete claim', [{ collection: 'annotations', id: 'ann-1', before: { ...d.annotations[0]!, kind: 'note' }, after: null }])],
    }));
    const view = await value<CaseView>('openCase', { path: file });
    expect(view.notice).toMatch(/expects annotations ghost to be there as claim/);
    expect(view.redoLabel).toBeNull();
    await reopens();
  });

  it('a history made by the app is kept, across every kind of step and an untracked import', async () => {
    const a = (await value<ImportOutcome>('addTextArticle', { title: 'One', text: 'The minister said the talks would resume next week.', publisher: 'Libya Observer' })) as Extract<ImportOutcome, { status: 'imported' }>;
    const actor = await value<ActionResult>('applyAction', { action: { type: 'actor.create', name: 'Lavrov' } });
    await value<ActionResult>('applyAction', { action: { type: 'annotation.create', articleId: a.article.id, kind: 'actor', start: 4, end: 12, actorId: actor.createdIds[0] } });
    await value<ActionResult>('applyAction', { action: { type: 'annotation.create', articleId: a.article.id, kind: 'claim', start: 13, end: 40 } });
    await value<ActionResult>('applyAction', { action: { type: 'source.delete', id: ws.data.sources[0]!.id, force: true } });
    await value<Delta>('undo');
    await value<ImportOutcome>('addTextArticle', { title: 'Two', text: 'Another article entirely.' });
    await value<Delta>('deleteArticle', { id: a.article.id });
    await value<Delta>('undo');
    expect(historyProblem(ws.data)).toBeNull();
    const file = ws.casePath;
    await value<CaseView>('newCase', { path: path.join(dir, 'other.claimwork.json') });
    const view = await value<CaseView>('openCase', { path: file });
    expect(view.notice).toBeUndefined();
    expect(view.undoLabel).toBe('Add claim');
    expect(view.redoLabel).toBe('Delete article “One”');
  });
});

describe('deleting an article', () => {
  it('is one undoable step: undo brings the article and its highlights back in place, redo deletes again', async () => {
    const first = (await value<ImportOutcome>('addTextArticle', { title: 'First', text: 'First article text here.' })) as Extract<ImportOutcome, { status: 'imported' }>;
    const a = (await value<ImportOutcome>('addTextArticle', { title: 'Second', text: 'The minister said the talks would resume next week.' })) as Extract<ImportOutcome, { status: 'imported' }>;
    await value<ImportOutcome>('addTextArticle', { title: 'Third', text: 'Third article text here.' });
    await value<ActionResult>('applyAction', { action: { type: 'annotation.create', articleId: first.article.id, kind: 'note', start: 0, end: 5 } });
    await value<ActionResult>('applyAction', { action: { type: 'annotation.create', articleId: a.article.id, kind: 'claim', start: 13, end: 40 } });
    await value<ActionResult>('applyAction', { action: { type: 'annotation.create', articleId: a.article.id, kind: 'note', start: 4, end: 12, note: 'who?' } });
    const before = ws.data;
    const deleted = await value<Delta>('deleteArticle', { id: a.article.id });
    expect(deleted.undoLabel).toBe('Delete article “Second”');
    expect(ws.data.articles.map((x) => x.title)).toEqual(['First', 'Third']);
    expect(ws.data.annotations).toHaveLength(1);
    const undone = await value<Delta>('undo');
    expect(undone.changes.filter((c) => c.after !== null)).toHaveLength(3);
    expect(ws.data.articles).toEqual(before.articles);
    expect(ws.data.annotations).toEqual(before.annotations);
    expect((await reopens()).annotations).toHaveLength(3);
    await value<Delta>('redo');
    expect(ws.data.articles.map((x) => x.title)).toEqual(['First', 'Third']);
    expect((await reopens()).articles).toHaveLength(2);
  });
});

/** The analyst's credibility for a story: one action through the contract, set on every claim, one undo step. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseView, Delta, ActionResult } from '../../../shared/ipc-contract';
import type { Result } from '../../../shared/result';
import { dispatch, type HandlerTable } from '../../../electron/services/handlers';
import type { Workspace } from '../../../electron/services/workspace';
import { groupStories } from '../../../shared/stories';
import { startTempWorkspace, stopTempWorkspace } from '../../support/workspace';
import { storiesCase } from '../../fixtures/stories/case';
import { buildBriefing } from '../../../shared/briefing/model';
import { storyCredibilityLine } from '../../../shared/briefing/stories-section';

let dir: string;
let ws: Workspace;
let handlers: HandlerTable;
beforeEach(async () => {
  ({ dir, ws, handlers } = await startTempWorkspace('cw-story-cred-'));
});
afterEach(() => stopTempWorkspace({ dir, ws }));

const call = async <T,>(name: string, payload: unknown = {}): Promise<Result<T>> => (await dispatch(handlers, name, payload)) as Result<T>;

describe('story.credibility', () => {
  it('sets the grade on each claim of the story in one undoable step', async () => {
    const file = path.join(dir, 'stories.claimwork.json');
    await writeFile(file, JSON.stringify(storiesCase('en')));
    const opened = await call<CaseView>('openCase', { path: file });
    expect(opened.ok).toBe(true);
    const story = groupStories(ws.data).stories[0]!;
    const claimIds = story.claims.map((c) => c.annotationId);
    const r = await call<ActionResult>('applyAction', { action: { type: 'story.credibility', claimIds, credibility: 2 } });
    expect(r.ok).toBe(true);
    const grades = (): number[] => claimIds.map((id) => ws.data.annotations.find((a) => a.id === id)!.claim!.credibility);
    expect(grades()).toEqual([2, 2, 2, 2]);
    expect((await call<Delta>('undo')).ok).toBe(true);
    expect(grades()).toEqual([6, 6, 6, 6]);
    expect((await call<Delta>('redo')).ok).toBe(true);
    expect(grades()).toEqual([2, 2, 2, 2]);
  });

  it('counts a 6 ("cannot be judged") the analyst set on every claim as the analyst’s grade, not as no grade', async () => {
    const file = path.join(dir, 'stories.claimwork.json');
    await writeFile(file, JSON.stringify(storiesCase('en')));
    await call<CaseView>('openCase', { path: file });
    const story = groupStories(ws.data).stories.find((s) => s.speaker?.name === 'Vladimir Putin')!;
    expect(story.credibility.grade).toBe(1);
    const inBriefing = () => buildBriefing(ws.data).stories.find((s) => s.id === story.id)!;
    expect(inBriefing().credibility).toMatchObject({ grade: 1, setBy: 'proposal' });
    const r = await call<ActionResult>('applyAction', { action: { type: 'story.credibility', claimIds: story.claims.map((c) => c.annotationId), credibility: 6 } });
    expect(r.ok).toBe(true);
    expect(inBriefing().credibility).toMatchObject({ grade: 6, setBy: 'analyst', proposed: 1 });
    expect(storyCredibilityLine(inBriefing())[0]).toEqual({ text: 'Credibility 6 (cannot be judged), set by the analyst; Claimwork proposed 1 (confirmed). ' });
    expect((await call<Delta>('undo')).ok).toBe(true);
    expect(inBriefing().credibility).toMatchObject({ grade: 1, setBy: 'proposal' });
  });

  it('refuses a grade outside 1–6 and a claim that is not there, changing nothing', async () => {
    const file = path.join(dir, 'stories.claimwork.json');
    await writeFile(file, JSON.stringify(storiesCase('en')));
    await call<CaseView>('openCase', { path: file });
    const bad = await call<ActionResult>('applyAction', { action: { type: 'story.credibility', claimIds: ['c1'], credibility: 7 } });
    expect(bad.ok).toBe(false);
    const gone = await call<ActionResult>('applyAction', { action: { type: 'story.credibility', claimIds: ['c1', 'nope'], credibility: 1 } });
    expect(gone.ok).toBe(false);
    if (!gone.ok) expect(gone.error.message).toMatch(/no longer in the case/);
    expect(ws.data.annotations.find((a) => a.id === 'c1')!.claim!.credibility).toBe(6);
  });
});

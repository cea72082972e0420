/**
 * A case the window opens reaches it once: as the open call's result, not also as a caseReplaced
 * event (a 1,000-article case serialised, sent and re-rendered twice). A switch the window did not
 * ask for (Electron's File menu calls the workspace directly) is announced by the event.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseView } from '../../../shared/ipc-contract';
import type { Result } from '../../../shared/result';
import { createHandlers, dispatch, type HandlerTable } from '../../../electron/services/handlers';
import { Workspace } from '../../../electron/services/workspace';

let dir: string;
let ws: Workspace;
let table: HandlerTable;
let replaced: string[];

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'claimwork-delivery-'));
  ws = await Workspace.start(dir);
  table = createHandlers(ws, { info: { kind: 'browser', nativeDialogs: false, version: 'test' } });
  replaced = [];
  ws.on((event, payload) => {
    if (event === 'caseReplaced') replaced.push((payload as CaseView).path);
  });
});
afterEach(async () => {
  await ws.close();
  await rm(dir, { recursive: true, force: true });
});

async function call(name: string, payload: unknown): Promise<CaseView> {
  const r = (await dispatch(table, name, payload)) as Result<CaseView>;
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value;
}

describe('delivering a case to the window', () => {
  it('answers the window’s new, save as and open calls with the case and sends no caseReplaced', async () => {
    const first = ws.casePath;
    const created = await call('newCase', { path: path.join(dir, 'second.claimwork.json') });
    expect(created.path).toBe(path.join(dir, 'second.claimwork.json'));
    const copy = await call('saveCaseAs', { path: path.join(dir, 'copy.claimwork.json') });
    expect(copy.path).toBe(path.join(dir, 'copy.claimwork.json'));
    const opened = await call('openCase', { path: first });
    expect(opened.path).toBe(first);
    expect(opened.data.articles).toEqual([]);
    expect(replaced).toEqual([]);
  });

  it('announces a switch made outside the window’s calls (the menu) once', async () => {
    const other = path.join(dir, 'menu.claimwork.json');
    await ws.newCase(other);
    expect(replaced).toEqual([other]);
  });
});

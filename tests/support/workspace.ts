/**
 * A real Workspace on a fresh temporary data folder, with the handler table the browser host serves:
 * the set-up of the service tests that drive the app's own calls. Nothing is mocked.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createHandlers, type HandlerTable } from '../../electron/services/handlers';
import { Workspace } from '../../electron/services/workspace';

export interface TempWorkspace {
  /** The temporary folder; the data folder is `dir/data`, and tests may write their files here. */
  dir: string;
  ws: Workspace;
  handlers: HandlerTable;
}

/** Starts a Workspace in a new folder under the system's temp folder named `prefix…`. */
export async function startTempWorkspace(prefix: string): Promise<TempWorkspace> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  const ws = await Workspace.start(path.join(dir, 'data'));
  const handlers = createHandlers(ws, { info: { kind: 'browser', nativeDialogs: false, version: 'test' } });
  return { dir, ws, handlers };
}

/** Closes the Workspace (its last save included) and removes the folder. */
export async function stopTempWorkspace({ dir, ws }: Pick<TempWorkspace, 'dir' | 'ws'>): Promise<void> {
  await ws.close();
  await rm(dir, { recursive: true, force: true });
}

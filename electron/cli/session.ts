/**
 * The command line's back end: a Workspace over a temporary data folder, driven through the same
 * handler table (and the same contract validation) as the Electron and browser hosts. A case named
 * on the command line is opened from a private copy, so the analyst's file is read exactly as the
 * app reads it (schema, migrations, anchoring) and never written.
 */
import { copyFile, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CallName, ImportOutcome, RequestOf, ResultOf } from '../../shared/ipc-contract';
import { createHandlers, dispatch, type HandlerTable } from '../services/handlers';
import { importPath } from '../services/import';
import { closePdfPrinter } from '../services/export/pdf';
import { CASE_EXTENSION, Workspace } from '../services/workspace';

/** Whether a file named on the command line is a case (by its extension) rather than an article. */
export function isCaseFile(file: string): boolean {
  return ['.json', '.claimwork'].includes(path.extname(file).toLowerCase());
}

/** A refusal or failure to report on stderr: the message is the app's own, for the analyst. */
export class CliFailure extends Error {}

export interface CliSession {
  ws: Workspace;
  /** Calls one contract call through the handler table; throws CliFailure with the app's message on an error. */
  call<K extends CallName>(name: K, request: RequestOf<K>): Promise<ResultOf<K>>;
  /** Imports one file as the app's Import does (size checked first, real importers); a refusal is an outcome. */
  importFile(file: string): Promise<ImportOutcome>;
}

async function openSession(casePath: string | null, dir: string): Promise<CliSession> {
  const ws = await Workspace.start(dir);
  const handlers: HandlerTable = createHandlers(ws, { info: { kind: 'cli', nativeDialogs: false, version: process.env.npm_package_version ?? '0.1.0' } });
  const call = async <K extends CallName>(name: K, request: RequestOf<K>): Promise<ResultOf<K>> => {
    const result = await dispatch(handlers, name, request);
    if (!result.ok) throw new CliFailure(result.error.message);
    return result.value as ResultOf<K>;
  };
  const session: CliSession = { ws, call, importFile: (file) => importPath(ws, file) };
  if (casePath !== null) {
    const info = await stat(casePath).catch((error: NodeJS.ErrnoException) => {
      throw new CliFailure(`${casePath}: ${error.code === 'ENOENT' ? 'no such file' : `cannot be read (${error.code ?? 'error'})`}.`);
    });
    if (!info.isFile()) throw new CliFailure(`${casePath} is not a file; name a case file (*${CASE_EXTENSION}).`);
    const base = path.basename(casePath);
    const copy = path.join(dir, 'opened', base.endsWith('.json') ? base : `${base}${CASE_EXTENSION}`);
    await mkdir(path.dirname(copy), { recursive: true });
    await copyFile(casePath, copy);
    await call('openCase', { path: copy });
  }
  return session;
}

/**
 * Runs `work` with a session on `casePath` (or on a new empty case when null), then closes the
 * workspace, the PDF printer and removes the temporary folder, whatever happened.
 */
export async function withCliSession<T>(casePath: string | null, work: (session: CliSession) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'claimwork-cli-'));
  let session: CliSession | null = null;
  try {
    session = await openSession(casePath, dir);
    return await work(session);
  } finally {
    await session?.ws.close().catch(() => undefined);
    await closePdfPrinter().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}

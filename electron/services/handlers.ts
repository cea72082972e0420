import { contract, isCallName, type CallName, type HostInfo, type RequestOf, type ResultOf } from '../../shared/ipc-contract';
import { AppFailure, err, ok, type Result } from '../../shared/result';
import { issuePath } from '../../shared/case-schema';
import { COMMON_ENCODINGS, importBytes, importPastedHtml, importPastedText, importPaths, reimportArticle } from './import';
import { reviewAll, reviewSuggestion, suggest, suggestionInfo } from './suggest';
import type { Workspace } from './workspace';
import { attachBriefingExports, updateBriefingDraft, type ExportHost } from './export/session';

type Handler<K extends CallName> = (request: RequestOf<K>) => Promise<ResultOf<K>> | ResultOf<K>;
export type HandlerTable = { [K in CallName]: Handler<K> };

/** Host-specific pieces the handler table needs. */
export interface HandlerHost {
  info: Omit<HostInfo, 'dataDir'>;
  /** Electron only: pick article files with a native dialog; returns their paths (read by importPaths in import/). */
  pickArticleFiles?: () => Promise<string[]>;
  /** Electron only: the briefing save dialog and printToPDF (see electron/services/export/session.ts). */
  exports?: ExportHost;
}

/** Every call of the contract, implemented over one workspace. */
export function createHandlers(ws: Workspace, host: HandlerHost): HandlerTable {
  const briefingExports = attachBriefingExports(ws, host.exports);
  return heldWhileOpening(ws, {
    hostInfo: () => ({ ...host.info, dataDir: ws.dataDir }),
    getCase: () => ws.view(),
    getSaveStatus: () => ws.saveStatus,
    // The window gets the case as this call's result: once, not also as a caseReplaced event.
    newCase: (req) => ws.newCase(req.path, { overwrite: req.overwrite, discardUnsaved: req.discardUnsaved, announce: false }),
    openCase: (req) => ws.openCase(req.path, { discardUnsaved: req.discardUnsaved, inParts: req.inParts, announce: false }),
    openCaseRest: (req) => ws.openCaseRest(req.id),
    saveCaseAs: (req) => ws.saveCaseAs(req.path, { overwrite: req.overwrite, announce: false }),
    startupNotice: () => ws.takeStartupNotice(),
    recentCases: () => ws.recentCases,
    renameCase: (req) => ws.renameCase(req.title),
    addTextArticle: (req) => importPastedText(ws, req),
    importFile: (req) => importBytes(ws, req.name, Buffer.from(req.dataBase64, 'base64'), req.encoding),
    importWithDialog: async () => {
      if (!host.pickArticleFiles) throw new AppFailure({ code: 'unsupported', message: 'This host has no file dialog; use the file picker or drag and drop.' });
      return importPaths(ws, await host.pickArticleFiles());
    },
    importHtml: (req) => importPastedHtml(ws, req),
    reimportArticle: (req) => reimportArticle(ws, req.id, Buffer.from(req.dataBase64, 'base64'), req.encoding),
    listEncodings: () => [...COMMON_ENCODINGS],
    updateArticle: (req) => ws.updateArticle(req.id, req),
    deleteArticle: (req) => ws.deleteArticle(req.id),
    applyAction: (req) => ws.applyAction(req.action),
    undo: () => ws.undo(),
    redo: () => ws.redo(),
    updateBriefing: (req) => updateBriefingDraft(ws, req.patch, req.caseId),
    briefingExportPath: (req) => briefingExports.suggestedPath(req.format),
    exportBriefing: (req) => briefingExports.export(req.format, req.path),
    suggest: (req) => suggest(ws, req),
    reviewSuggestion: (req) => reviewSuggestion(ws, req),
    reviewAll: (req) => reviewAll(ws, req),
    suggestionInfo: (req) => suggestionInfo(ws.data, req.articleId),
  });
}

/** Calls that do not touch the open case, or wait for the open themselves: never held. */
const NOT_HELD: ReadonlySet<CallName> = new Set<CallName>(['hostInfo', 'getSaveStatus', 'openCaseRest', 'listEncodings', 'recentCases']);

/**
 * `table` with every other call held until a case open under way has settled (Workspace.settled):
 * while a case is opened in parts the window shows its articles, but the back end still has the
 * previous case open, so an edit made meanwhile must wait for the case it was made in.
 */
function heldWhileOpening(ws: Workspace, table: HandlerTable): HandlerTable {
  const held = Object.entries(table).map(([name, handler]) => {
    const run = handler as (req: unknown) => unknown;
    if (NOT_HELD.has(name as CallName)) return [name, run];
    return [
      name,
      async (req: unknown) => {
        await ws.settled();
        return run(req);
      },
    ];
  });
  return Object.fromEntries(held) as HandlerTable;
}

/**
 * Validates `payload` against the contract entry `name` and runs its handler. Never throws:
 * unknown calls, invalid payloads and failures all come back as an error Result.
 */
export async function dispatch(table: HandlerTable, name: string, payload: unknown): Promise<Result<unknown>> {
  if (!isCallName(name)) return err('invalid-request', `Unknown call "${name}".`);
  const parsed = contract[name].request.safeParse(payload ?? {});
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return err(
      'invalid-request',
      `The request for ${name} was malformed${first ? `: ${issuePath(first.path) || 'body'} ${first.message.toLowerCase()}` : ''}.`,
    );
  }
  try {
    const handler = table[name] as (req: unknown) => Promise<unknown> | unknown;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof AppFailure) return { ok: false, error: error.appError };
    const message = error instanceof Error ? error.message : String(error);
    return err('internal', `Something went wrong in ${name}: ${message}.`);
  }
}

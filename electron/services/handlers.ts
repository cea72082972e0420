import { contract, isCallName, type CallName, type HostInfo, type ImportOutcome, type RequestOf, type ResultOf } from '../../shared/ipc-contract';
import { AppFailure, err, fail, ok, type Result } from '../../shared/result';
import { issuePath } from '../../shared/case-schema';
import { draftFromFile, draftFromHtml, draftFromPath } from './file-intake';
import { COMMON_ENCODINGS } from './import/extract';
import { joinWrappedLines } from './import/paragraphs';
import { reviewAll, reviewSuggestion, suggest, suggestionInfo } from './suggest';
import type { Workspace } from './workspace';
import { attachBriefingExports, updateBriefingDraft, type ExportHost } from './export/session';

type Handler<K extends CallName> = (request: RequestOf<K>) => Promise<ResultOf<K>> | ResultOf<K>;
export type HandlerTable = { [K in CallName]: Handler<K> };

/** Host-specific pieces the handler table needs. */
export interface HandlerHost {
  info: Omit<HostInfo, 'dataDir'>;
  /** Electron only: pick article files with a native dialog; returns their paths (read by importPath). */
  pickArticleFiles?: () => Promise<string[]>;
  /** Electron only: the briefing save dialog and printToPDF (see electron/services/export/session.ts). */
  exports?: ExportHost;
}

/** Imports one file's bytes as an article; refusals become an outcome, not an error. */
export async function importBytes(ws: Workspace, name: string, bytes: Uint8Array, encoding?: string): Promise<ImportOutcome> {
  try {
    const draft = await draftFromFile(name, bytes, encoding);
    return ws.addArticle(draft, name);
  } catch (error) {
    if (error instanceof AppFailure) return { status: 'refused', name, message: error.appError.message };
    throw error;
  }
}

/**
 * Imports one file from disk as an article: its size is checked before it is read, so an oversized
 * file is refused without being loaded. Refusals become an outcome, not an error.
 */
export async function importPath(ws: Workspace, filePath: string, encoding?: string): Promise<ImportOutcome> {
  const name = filePath.split(/[\\/]/).pop() ?? filePath;
  try {
    return ws.addArticle(await draftFromPath(filePath, encoding), name);
  } catch (error) {
    if (error instanceof AppFailure) return { status: 'refused', name, message: error.appError.message };
    throw error;
  }
}

/** Every call of the contract, implemented over one workspace. */
export function createHandlers(ws: Workspace, host: HandlerHost): HandlerTable {
  const briefingExports = attachBriefingExports(ws, host.exports);
  return {
    hostInfo: () => ({ ...host.info, dataDir: ws.dataDir }),
    getCase: () => ws.view(),
    getSaveStatus: () => ws.saveStatus,
    // The window gets the case as this call's result: once, not also as a caseReplaced event.
    newCase: (req) => ws.newCase(req.path, { overwrite: req.overwrite, discardUnsaved: req.discardUnsaved, announce: false }),
    openCase: (req) => ws.openCase(req.path, { discardUnsaved: req.discardUnsaved, announce: false }),
    saveCaseAs: (req) => ws.saveCaseAs(req.path, { overwrite: req.overwrite, announce: false }),
    startupNotice: () => ws.takeStartupNotice(),
    recentCases: () => ws.recentCases,
    renameCase: (req) => ws.renameCase(req.title),
    addTextArticle: (req) => {
      try {
        return ws.addArticle(
          { title: req.title, text: joinWrappedLines(req.text, false), url: req.url ?? null, publisher: req.publisher ?? null, publishedAt: req.publishedAt ?? null, origin: { fileName: null, format: 'paste', encoding: null } },
          req.title || 'Pasted text',
        );
      } catch (error) {
        if (error instanceof AppFailure) return { status: 'refused', name: req.title || 'Pasted text', message: error.appError.message };
        throw error;
      }
    },
    importFile: (req) => importBytes(ws, req.name, Buffer.from(req.dataBase64, 'base64'), req.encoding),
    importWithDialog: async () => {
      if (!host.pickArticleFiles) throw new AppFailure({ code: 'unsupported', message: 'This host has no file dialog; use the file picker or drag and drop.' });
      const files = await host.pickArticleFiles();
      const outcomes: ImportOutcome[] = [];
      // The whole path as the name: the results tell two files of one name apart by their folders.
      for (const f of files) outcomes.push({ ...(await importPath(ws, f)), name: f });
      return outcomes;
    },
    importHtml: (req) => {
      try {
        const draft = draftFromHtml(req.html, req.url);
        const pick = (given: string | null | undefined, found: string | null | undefined) => given?.trim() || found || null;
        return ws.addArticle({ ...draft, title: req.title?.trim() || draft.title, publisher: pick(req.publisher, draft.publisher), publishedAt: pick(req.publishedAt, draft.publishedAt) }, req.title?.trim() || 'Pasted HTML');
      } catch (error) {
        if (error instanceof AppFailure) return { status: 'refused', name: req.title?.trim() || 'Pasted HTML', message: error.appError.message };
        throw error;
      }
    },
    reimportArticle: async (req) => {
      const article = ws.data.articles.find((a) => a.id === req.id) ?? fail('not-found', 'That article is no longer in the case.');
      const name = article.origin.fileName ?? `${article.title}.txt`;
      return ws.replaceArticleText(req.id, await draftFromFile(name, Buffer.from(req.dataBase64, 'base64'), req.encoding));
    },
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
  };
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

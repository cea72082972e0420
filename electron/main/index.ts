/**
 * Electron host: one sandboxed window, the app menu, native dialogs, and the handler table over IPC.
 * Security: contextIsolation, sandbox, no nodeIntegration, CSP in index.html, no navigation,
 * no new windows, every permission denied, IPC answered only for our own window's frame.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell, type IpcMainInvokeEvent, type MenuItemConstructorOptions } from 'electron';
import { CALL_NAMES, type BriefingExportFormat, type HostEvents } from '../../shared/ipc-contract';
import { AppFailure } from '../../shared/result';
import { createHandlers, dispatch } from '../services/handlers';
import { CASE_EXTENSION, Workspace } from '../services/workspace';
import { isOurFrame } from './frame-guard';
import { buildAppMenu } from './menu';
import { printJobWithElectron } from './print';

let mainWindow: BrowserWindow | null = null;
let workspace: Workspace | null = null;

const rendererIndex = path.join(__dirname, '../renderer/index.html');
const rendererUrl = new URL(`file://${rendererIndex.replace(/\\/g, '/')}`).href;

function fromOurFrame(event: IpcMainInvokeEvent): boolean {
  return isOurFrame({ fromMainWindow: Boolean(mainWindow && event.sender === mainWindow.webContents), frameUrl: event.senderFrame?.url ?? null }, rendererUrl);
}

function send<E extends keyof HostEvents>(event: E, payload: HostEvents[E]): void {
  mainWindow?.webContents.send(`claimwork:event:${event}`, payload);
}

async function pickCasePath(mode: 'open' | 'save'): Promise<string | null> {
  if (!mainWindow) return null;
  const filters = [{ name: 'Claimwork case', extensions: ['json'] }];
  if (mode === 'open') {
    const r = await dialog.showOpenDialog(mainWindow, { title: 'Open case', properties: ['openFile'], filters });
    return r.canceled ? null : (r.filePaths[0] ?? null);
  }
  // showOverwriteConfirmation: Linux's dialog does not ask before returning an existing file otherwise;
  // the workspace treats a path from this dialog as a confirmed overwrite.
  const r = await dialog.showSaveDialog(mainWindow, {
    title: 'Save case as',
    defaultPath: `case${CASE_EXTENSION}`,
    filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  return r.canceled ? null : (r.filePath ?? null);
}

async function pickArticleFiles(): Promise<string[]> {
  if (!mainWindow) return [];
  const r = await dialog.showOpenDialog(mainWindow, {
    title: 'Open articles',
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: 'Articles', extensions: ['txt', 'md', 'html', 'htm', 'pdf', 'docx'] }],
  });
  // Paths, not bytes: the importer checks each file's size before reading it (a 3 GB file must not be loaded).
  return r.canceled ? [] : r.filePaths;
}

/** The briefing save dialog, opening in the remembered export folder with the title as file name. */
const EXPORT_FILTERS: Record<BriefingExportFormat, { name: string; extensions: string[] }> = {
  md: { name: 'Markdown', extensions: ['md'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  html: { name: 'Web page', extensions: ['html'] },
  docx: { name: 'Word document', extensions: ['docx'] },
};

async function pickExportPath(defaultPath: string, format: BriefingExportFormat): Promise<string | null> {
  if (!mainWindow) return null;
  const filters = [EXPORT_FILTERS[format]];
  const r = await dialog.showSaveDialog(mainWindow, { title: 'Export briefing', defaultPath, filters, properties: ['createDirectory', 'showOverwriteConfirmation'] });
  return r.canceled ? null : (r.filePath ?? null);
}

/** Asks what happens to edits that could not be saved: Save as… / Discard / Cancel. */
async function askUnsaved(message: string): Promise<'save-as' | 'discard' | 'cancel'> {
  const options = { type: 'warning' as const, message, buttons: ['Save as…', 'Discard', 'Cancel'], defaultId: 0, cancelId: 2, noLink: true };
  const r = mainWindow ? await dialog.showMessageBox(mainWindow, options) : await dialog.showMessageBox(options);
  return (['save-as', 'discard', 'cancel'] as const)[r.response] ?? 'cancel';
}

const unsavedFailure = (error: unknown): AppFailure | null => (error instanceof AppFailure && error.appError.code === 'unsaved-edits' ? error : null);

/** Runs a case switch from the menu; edits that cannot be saved are never dropped without asking. */
async function switchCase(ws: Workspace, go: (discardUnsaved: boolean) => Promise<unknown>): Promise<void> {
  try {
    await go(false);
  } catch (error) {
    const unsaved = unsavedFailure(error);
    if (!unsaved) throw error;
    const choice = await askUnsaved(unsaved.appError.message);
    if (choice === 'save-as') {
      await ws.saveCaseAs();
      await go(false);
    } else if (choice === 'discard') await go(true);
  }
}

/** True when the case may be closed: saved, or the analyst saved it elsewhere or chose to discard. */
async function mayLeave(ws: Workspace): Promise<boolean> {
  try {
    await ws.ensureSaved();
    return true;
  } catch (error) {
    const unsaved = unsavedFailure(error);
    if (!unsaved) return true;
    const choice = await askUnsaved(unsaved.appError.message);
    if (choice !== 'save-as') return choice === 'discard';
    try {
      await ws.saveCaseAs();
      return true;
    } catch {
      return false;
    }
  }
}

let leaveConfirmed = false;

/** The application menu, rebuilt whenever the recent cases change (every case switch). */
function installMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildAppMenu({
        run: async (name) => {
          const ws = workspace;
          if (!ws) return;
          try {
            if (name === 'new-case') await switchCase(ws, (discardUnsaved) => ws.newCase(undefined, { discardUnsaved }));
            else if (name === 'open-case') await switchCase(ws, (discardUnsaved) => ws.openCase(undefined, { discardUnsaved }));
            else if (name === 'save-case-as') await ws.saveCaseAs();
            else if (name.startsWith('recent:')) await switchCase(ws, (discardUnsaved) => ws.openCase(name.slice('recent:'.length), { discardUnsaved }));
            else send('command', { name: name as HostEvents['command']['name'] });
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            if (message !== 'Cancelled.' && mainWindow) await dialog.showMessageBox(mainWindow, { type: 'error', message });
          }
        },
        recent: workspace?.recentCases ?? [],
        openDataFolder: () => void shell.openPath(app.getPath('userData')),
        platform: process.platform,
        dev: !app.isPackaged,
      }) as MenuItemConstructorOptions[],
    ),
  );
}

function createWindow(): BrowserWindow {
  // electronegativity-justified: AUXCLICK_JS_CHECK — a middle-click cannot open or navigate anything:
  // setWindowOpenHandler denies every new window (below, and for all web contents in start()), and
  // will-navigate / will-redirect are cancelled just after this constructor.
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'Claimwork',
    show: false,
    webPreferences: {
      // electronegativity-justified: PRELOAD_JS_CHECK — our own bundled preload, sandboxed and isolated:
      // it exposes one function per contract call (electron/preload/index.ts), never ipcRenderer, and
      // the main process validates every payload with zod and answers only this window's frame.
      preload: path.join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
    },
  });
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.on('will-redirect', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // Shipped builds have no DevTools entry in the menu; a shortcut that opens them anyway closes them.
  if (app.isPackaged) win.webContents.on('devtools-opened', () => win.webContents.closeDevTools());
  win.on('close', (event) => {
    const ws = workspace;
    if (leaveConfirmed || !ws) return;
    event.preventDefault();
    void mayLeave(ws).then((ok) => {
      if (!ok) return;
      leaveConfirmed = true;
      win.close();
    });
  });
  win.once('ready-to-show', () => win.show());
  void win.loadFile(rendererIndex);
  return win;
}

async function start(): Promise<void> {
  await app.whenReady();
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  workspace = await Workspace.start(app.getPath('userData'), { pickCasePath });
  const handlers = createHandlers(workspace, {
    info: { kind: 'electron', nativeDialogs: true, version: app.getVersion() },
    pickArticleFiles,
    exports: { pickExportPath, printPdf: printJobWithElectron },
  });
  for (const name of CALL_NAMES) {
    ipcMain.handle(`claimwork:${name}`, async (event, payload: unknown) => {
      if (!fromOurFrame(event)) return { ok: false, error: { code: 'invalid-request', message: 'Refused: not the Claimwork window.' } };
      const result = await dispatch(handlers, name, payload);
      // A switch the window asked for comes back as this result, not as caseReplaced: the Recent menu moves here.
      if (result.ok && (name === 'newCase' || name === 'openCase' || name === 'openCaseRest' || name === 'saveCaseAs')) installMenu();
      return result;
    });
  }
  workspace.on((event, payload) => {
    send(event, payload as never);
    // Every switch (menu or renderer) moves a case to the front of the recent list.
    if (event === 'caseReplaced') installMenu();
  });

  mainWindow = createWindow();
  installMenu();
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    if (!workspace) return;
    event.preventDefault();
    const ws = workspace;
    void (leaveConfirmed ? Promise.resolve(true) : mayLeave(ws)).then((ok) => {
      if (!ok) return;
      leaveConfirmed = true;
      workspace = null;
      void ws.close().catch(() => undefined).finally(() => app.quit());
    });
  });
}

if (!app.requestSingleInstanceLock()) app.quit();
else void start();

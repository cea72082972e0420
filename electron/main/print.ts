/**
 * Electron's PDF printing of the briefing: the same HTML and header/footer templates as the CLI and
 * browser host (briefingPrintJob), printed by webContents.printToPDF from a hidden window that is
 * sandboxed, isolated, without preload and with JavaScript off, so nothing in the briefing can run.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BrowserWindow } from 'electron';
import type { PrintJob } from '../services/export/briefing';

const MM_PER_INCH = 25.4;

/**
 * Prints `job` to PDF bytes. The HTML goes to a private temporary file (a data: URL of several MB
 * of inlined fonts is slower and length-limited); the file and window are removed in every case.
 * Rejects when the page does not load or printing fails.
 */
export async function printJobWithElectron(job: PrintJob): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'claimwork-print-'));
  const file = path.join(dir, 'briefing.html');
  await writeFile(file, job.html, { mode: 0o600 });
  // electronegativity-justified: AUXCLICK_JS_CHECK — this window is never shown and runs no JavaScript,
  // so nobody can click in it; new windows are denied and navigation cancelled below all the same.
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      // A private in-memory session: the request blocker below must not touch the main window's.
      partition: 'claimwork-print',
    },
  });
  win.webContents.session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  win.webContents.session.setPermissionCheckHandler(() => false);
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // Nothing but the briefing file itself may load (fonts are inlined as data: URLs).
  win.webContents.session.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (_details, callback) =>
    callback({ cancel: true }),
  );
  try {
    await win.loadFile(file);
    await fontsReady(win);
    const m = job.marginsMm;
    const pdf = await win.webContents.printToPDF({
      pageSize: job.pageSize,
      printBackground: true,
      // Same document structure as the CLI's and browser host's PDF (Playwright's tagged and outline).
      generateTaggedPDF: true,
      generateDocumentOutline: true,
      displayHeaderFooter: true,
      headerTemplate: job.headerTemplate,
      footerTemplate: job.footerTemplate,
      margins: { top: m.top / MM_PER_INCH, bottom: m.bottom / MM_PER_INCH, left: m.left / MM_PER_INCH, right: m.right / MM_PER_INCH },
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    win.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Waits until the inlined web fonts have loaded so none falls back to a system font. Page scripts are
 * off; if Electron refuses the evaluation too, a short pause lets the data: URL fonts decode.
 */
async function fontsReady(win: BrowserWindow): Promise<void> {
  const settle = new Promise<void>((resolve) => setTimeout(resolve, 1500));
  try {
    await Promise.race([win.webContents.executeJavaScript('document.fonts.ready.then(() => true)', true), settle]);
  } catch {
    await settle;
  }
}

/**
 * The app's briefing exports: saving the draft, choosing where an export goes (save dialog or the
 * remembered folder), running one export at a time with progress events, and the list of files
 * exported in this session that the browser host may serve back for download.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { BriefingDraft, CaseData } from '../../../shared/domain';
import type { BriefingExportFormat, BriefingExportResult } from '../../../shared/ipc-contract';
import { renderMarkdown } from '../../../shared/briefing/markdown';
import { buildBriefing } from '../../../shared/briefing/model';
import { writeNetworkBeside } from './network-file';
import { fail } from '../../../shared/result';
import type { Workspace } from '../workspace';
import { briefingPrintJob, type PrintJob } from './briefing';
import { printPdfWithChromium } from './pdf';
import { renderDocx } from './word';
import { writeFileAtomic } from '../safe-write';

export type ExportFormat = BriefingExportFormat;

/** What a host lends the exporter: Electron has a save dialog and its own printToPDF. */
export interface ExportHost {
  /** Ask where to save; `defaultPath` is the suggested file. Null when the analyst cancels. */
  pickExportPath?: (defaultPath: string, format: ExportFormat) => Promise<string | null>;
  /** Prints the job to PDF bytes; defaults to Playwright driving the warm Chromium of pdf.ts. */
  printPdf?: (job: PrintJob) => Promise<Uint8Array>;
}

export interface ExportedFile {
  path: string;
  /** The exported file's name. */
  name: string;
  contentType: string;
  /** Files written beside it that it links to (a Markdown briefing's network picture): downloaded together, as one .zip. */
  beside: { path: string; name: string }[];
}

/** The name the browser host's download gets: the file's own, or NAME.zip when files beside it go too. */
export function downloadNameOf(file: Pick<ExportedFile, 'name' | 'beside'>): string {
  return file.beside.length === 0 ? file.name : `${file.name.replace(/\.[^.]+$/, '')}.zip`;
}

const EXTENSION: Record<ExportFormat, string> = { md: '.md', pdf: '.pdf', html: '.html', docx: '.docx' };
const CONTENT_TYPE: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/**
 * A file name from the briefing title: keeps letters of any script, digits, spaces, dots and
 * dashes; drops path separators and control characters; at most 80 characters; "briefing" if empty.
 */
export function exportFileName(title: string, format: ExportFormat): string {
  const base = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N} ._-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 80)
    .trim();
  return `${base || 'briefing'}${EXTENSION[format]}`;
}

/**
 * Saves part of the briefing draft into the case (not an undoable action) and returns the whole draft.
 * With `caseId`, fails ('invalid-request') when another case is open now, so an edit typed just before
 * the case was switched never lands in the new one.
 */
export function updateBriefingDraft(ws: Workspace, patch: Partial<BriefingDraft>, caseId?: string): BriefingDraft {
  if (caseId !== undefined && caseId !== ws.data.id) return fail('invalid-request', 'Another case was opened; that briefing edit was not saved.');
  const briefing: BriefingDraft = { ...ws.data.briefing, ...patch };
  if (patch.pickedClaimIds) briefing.pickedClaimIds = [...new Set(patch.pickedClaimIds)];
  ws.commitData({ ...ws.data, briefing });
  return briefing;
}

/** Runs the exports of one workspace; at most one at a time. */
export class BriefingExports {
  private running = false;
  private readonly files = new Map<string, ExportedFile>();

  constructor(
    private readonly ws: Workspace,
    private readonly host: ExportHost = {},
  ) {}

  /** The folder the next export suggests: the last one used, else `<data folder>/exports`. */
  defaultDir(): string {
    return this.ws.lastExportDir ?? path.join(this.ws.dataDir, 'exports');
  }

  /** Where an export of `format` goes unless the analyst says otherwise: the default folder and the title as file name. */
  suggestedPath(format: ExportFormat): string {
    const data = this.ws.data;
    return path.join(this.defaultDir(), exportFileName(data.briefing.title.trim() || data.title, format));
  }

  /** True while an export runs. */
  get busy(): boolean {
    return this.running;
  }

  /**
   * Renders the case's briefing and writes it atomically. Without `given`, Electron asks with its
   * save dialog and other hosts use the default folder (created when missing). Emits exportProgress
   * events; remembers the folder for the next export. Fails (AppFailure) with 'invalid-request' while
   * another export runs, 'cancelled' when the dialog is closed, 'io-error' when the file cannot be
   * written, 'internal' when Chromium cannot print.
   */
  async export(format: ExportFormat, given?: string): Promise<BriefingExportResult> {
    if (this.running) return fail('invalid-request', 'A briefing export is already running; wait for it to finish.');
    this.running = true;
    try {
      return await this.run(format, given);
    } finally {
      this.running = false;
    }
  }

  private progress(stage: string, percent: number): void {
    this.ws.emit('exportProgress', { stage, percent: Math.max(0, Math.min(100, Math.round(percent))) });
  }

  private async run(format: ExportFormat, given?: string): Promise<BriefingExportResult> {
    const data: CaseData = this.ws.data;
    const suggested = this.suggestedPath(format);
    let target: string;
    if (given !== undefined) target = given;
    else if (this.host.pickExportPath) target = (await this.host.pickExportPath(suggested, format)) ?? fail('cancelled', 'Cancelled.');
    else target = suggested;
    target = path.resolve(target);
    if (path.extname(target).toLowerCase() !== EXTENSION[format]) target += EXTENSION[format];
    const folder = path.dirname(target);
    // The data folder's exports/ is ours to create; any other missing folder is the analyst's typo.
    if (folder === path.join(this.ws.dataDir, 'exports')) await mkdir(folder, { recursive: true });
    const folderInfo = await stat(folder).catch(() => null);
    if (!folderInfo?.isDirectory()) return fail('io-error', `The folder ${folder} does not exist; choose another place to save the briefing.`);

    this.progress('Building the briefing', 5);
    const generatedAt = new Date().toISOString();
    let bytes: Uint8Array;
    let claimCount: number;
    const beside: ExportedFile['beside'] = [];
    if (format === 'md') {
      const briefing = buildBriefing(data, { generatedAt });
      claimCount = briefing.claimCount;
      let networkImage: string | undefined;
      try {
        networkImage = await writeNetworkBeside(briefing, target);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        return fail('io-error', `The actor network picture could not be written beside ${target}${code ? ` (${code})` : ''}; choose another place.`);
      }
      bytes = new TextEncoder().encode(renderMarkdown(briefing, { networkImage }));
      if (networkImage) beside.push({ path: path.join(folder, networkImage), name: networkImage });
    } else if (format === 'docx') {
      const briefing = buildBriefing(data, { generatedAt });
      claimCount = briefing.claimCount;
      this.progress('Writing the Word document', 40);
      try {
        bytes = await renderDocx(briefing);
      } catch (error) {
        return fail('internal', `The Word document could not be made: ${error instanceof Error ? error.message : String(error)}`);
      }
    } else {
      let job: PrintJob;
      try {
        job = briefingPrintJob(data, { generatedAt });
      } catch (error) {
        return fail('internal', error instanceof Error ? error.message : String(error));
      }
      claimCount = job.briefing.claimCount;
      if (format === 'html') return this.finish(target, folder, format, new TextEncoder().encode(job.html), claimCount);
      this.progress('Printing the PDF', 20);
      // Printing takes seconds: keep the bar moving towards 85 % so the analyst sees it is alive.
      let shown = 20;
      const tick = setInterval(() => {
        shown += (85 - shown) * 0.15;
        this.progress('Printing the PDF', shown);
      }, 250);
      try {
        bytes = await (this.host.printPdf ?? defaultPrint)(job);
      } catch (error) {
        return fail('internal', `The PDF could not be printed: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        clearInterval(tick);
      }
    }
    return this.finish(target, folder, format, bytes, claimCount, beside);
  }

  /** Writes the rendered briefing atomically and remembers the folder and the file for download. */
  private async finish(target: string, folder: string, format: ExportFormat, bytes: Uint8Array, claimCount: number, beside: ExportedFile['beside'] = []): Promise<BriefingExportResult> {
    this.progress('Writing the file', 90);
    try {
      await writeFileAtomic(target, bytes);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      return fail('io-error', `The briefing could not be written to ${target}${code ? ` (${code})` : ''}; choose another place.`);
    }
    await this.ws.rememberExportDir(folder).catch(() => undefined);
    const downloadId = randomBytes(16).toString('hex');
    const file: ExportedFile = { path: target, name: path.basename(target), contentType: CONTENT_TYPE[format], beside };
    this.files.set(downloadId, file);
    this.progress('Done', 100);
    return { path: target, format, bytes: bytes.byteLength, claimCount, downloadId, downloadName: downloadNameOf(file), besidePaths: beside.map((b) => b.path) };
  }

  /** A file exported in this session, by the opaque id the export returned; null for any other id. */
  download(id: string): ExportedFile | null {
    return this.files.get(id) ?? null;
  }
}

function defaultPrint(job: PrintJob): Promise<Uint8Array> {
  return printPdfWithChromium(job.html, { pageSize: job.pageSize, headerTemplate: job.headerTemplate, footerTemplate: job.footerTemplate });
}

const registry = new WeakMap<Workspace, BriefingExports>();

/** Makes the exporter of `ws` with the host's hooks (the handler table calls this once). */
export function attachBriefingExports(ws: Workspace, host: ExportHost = {}): BriefingExports {
  const exporter = new BriefingExports(ws, host);
  registry.set(ws, exporter);
  return exporter;
}

/** The exporter of `ws` (the browser host looks downloads up here); made without hooks when missing. */
export function briefingExportsFor(ws: Workspace): BriefingExports {
  return registry.get(ws) ?? attachBriefingExports(ws);
}

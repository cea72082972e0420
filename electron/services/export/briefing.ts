import type { CaseData } from '../../../shared/domain';
import { buildBriefing } from '../../../shared/briefing/model';
import type { Briefing } from '../../../shared/briefing/types';
import { renderMarkdown } from '../../../shared/briefing/markdown';
import { PDF_MARGIN_MM, pdfHeaderFooter, renderHtml } from '../../../shared/briefing/html';
import { briefingFontCss } from './fonts';
import { printPdfWithChromium } from './pdf';
import { renderDocx } from './word';
import { writeFileAtomic } from '../safe-write';
import { writeNetworkBeside } from './network-file';

export type BriefingFormat = 'md' | 'html' | 'pdf' | 'docx';

export interface ExportBriefingOptions {
  format: BriefingFormat;
  /** Defaults to the case's briefing draft. */
  pageSize?: 'A4' | 'Letter';
  claimIds?: string[];
  generatedAt?: string;
  /** Folder holding fonts/ (see briefingFontCss). */
  resourcesDir?: string;
}

/** Format from a file name's extension (.md, .markdown, .html, .htm, .pdf, .docx), or null. */
export function formatOfPath(filePath: string): BriefingFormat | null {
  const ext = /\.([A-Za-z]+)$/.exec(filePath)?.[1]?.toLowerCase();
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'pdf') return 'pdf';
  if (ext === 'docx') return 'docx';
  return null;
}

/**
 * Renders a case's briefing in one format and returns the bytes (UTF-8 for md and html; .docx from
 * the same model, see word.ts). The PDF is
 * printed by the process's warm Chromium (see ChromiumPrinter in pdf.ts) and rejects when none can be
 * found or started.
 */
export async function renderBriefing(data: CaseData, opts: ExportBriefingOptions): Promise<{ briefing: Briefing; bytes: Uint8Array }> {
  if (opts.format === 'md') {
    const briefing = buildBriefing(data, { claimIds: opts.claimIds, generatedAt: opts.generatedAt });
    return { briefing, bytes: new TextEncoder().encode(renderMarkdown(briefing)) };
  }
  if (opts.format === 'docx') {
    const built = buildBriefing(data, { claimIds: opts.claimIds, generatedAt: opts.generatedAt });
    const briefing = opts.pageSize ? { ...built, meta: { ...built.meta, pageSize: opts.pageSize } } : built;
    return { briefing, bytes: await renderDocx(briefing) };
  }
  const job = briefingPrintJob(data, opts);
  if (opts.format === 'html') return { briefing: job.briefing, bytes: new TextEncoder().encode(job.html) };
  const bytes = await printPdfWithChromium(job.html, {
    pageSize: job.pageSize,
    headerTemplate: job.headerTemplate,
    footerTemplate: job.footerTemplate,
  });
  return { briefing: job.briefing, bytes };
}

export interface PrintJob {
  html: string;
  headerTemplate: string;
  footerTemplate: string;
  pageSize: 'A4' | 'Letter';
  /** Page margins in millimetres (Electron's printToPDF wants inches: divide by 25.4). */
  marginsMm: { top: number; bottom: number; left: number; right: number };
  briefing: Briefing;
}

/**
 * Everything a Chromium needs to print the briefing: the Electron app loads `html` into a hidden
 * sandboxed window (JavaScript off) and calls webContents.printToPDF with these templates, size and
 * margins (displayHeaderFooter, printBackground), so the app's PDF matches the CLI's.
 * Throws when the fonts are missing from resources/.
 */
export function briefingPrintJob(data: CaseData, opts: Omit<ExportBriefingOptions, 'format'> = {}): PrintJob {
  const briefing = buildBriefing(data, { claimIds: opts.claimIds, generatedAt: opts.generatedAt });
  const pageSize = opts.pageSize ?? briefing.meta.pageSize;
  const fontCss = briefingFontCss(opts.resourcesDir);
  return {
    html: renderHtml(briefing, { fontCss, pageSize }),
    ...pdfHeaderFooter(briefing.meta.marking, fontCss),
    pageSize,
    marginsMm: { ...PDF_MARGIN_MM },
    briefing,
  };
}

/** Renders and writes the briefing atomically to `filePath`; rejects on render or I/O failure. */
export async function exportBriefing(data: CaseData, filePath: string, opts: ExportBriefingOptions): Promise<Briefing> {
  if (opts.format === 'md') {
    // The Markdown links the network picture written beside it.
    const briefing = buildBriefing(data, { claimIds: opts.claimIds, generatedAt: opts.generatedAt });
    const networkImage = await writeNetworkBeside(briefing, filePath);
    await writeFileAtomic(filePath, new TextEncoder().encode(renderMarkdown(briefing, { networkImage })));
    return briefing;
  }
  const { briefing, bytes } = await renderBriefing(data, opts);
  await writeFileAtomic(filePath, bytes);
  return briefing;
}

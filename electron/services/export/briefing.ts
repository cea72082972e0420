import type { CaseData } from '../../../shared/domain';
import { buildBriefing, type Briefing } from '../../../shared/briefing/model';
import { renderMarkdown } from '../../../shared/briefing/markdown';
import { pdfHeaderFooter, renderHtml } from '../../../shared/briefing/html';
import { briefingFontCss } from './fonts';
import { printPdfWithChromium } from './pdf';
import { writeFileAtomic } from './write';

export type BriefingFormat = 'md' | 'html' | 'pdf';

export interface ExportBriefingOptions {
  format: BriefingFormat;
  /** Defaults to the case's briefing draft. */
  pageSize?: 'A4' | 'Letter';
  claimIds?: string[];
  generatedAt?: string;
  /** Folder holding fonts/ (see briefingFontCss). */
  resourcesDir?: string;
  executablePath?: string;
}

/** Format from a file name's extension (.md, .markdown, .html, .htm, .pdf), or null. */
export function formatOfPath(filePath: string): BriefingFormat | null {
  const ext = /\.([A-Za-z]+)$/.exec(filePath)?.[1]?.toLowerCase();
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'pdf') return 'pdf';
  return null;
}

/**
 * Renders a case's briefing in one format and returns the bytes (UTF-8 for md and html). The PDF is
 * printed by Chromium (see printPdfWithChromium) and rejects when it cannot be launched.
 */
export async function renderBriefing(data: CaseData, opts: ExportBriefingOptions): Promise<{ briefing: Briefing; bytes: Uint8Array }> {
  const briefing = buildBriefing(data, { claimIds: opts.claimIds, generatedAt: opts.generatedAt });
  if (opts.format === 'md') return { briefing, bytes: new TextEncoder().encode(renderMarkdown(briefing)) };
  const pageSize = opts.pageSize ?? briefing.meta.pageSize;
  const fontCss = briefingFontCss(opts.resourcesDir);
  const html = renderHtml(briefing, { fontCss, pageSize });
  if (opts.format === 'html') return { briefing, bytes: new TextEncoder().encode(html) };
  const templates = pdfHeaderFooter(briefing.meta.marking, fontCss);
  const bytes = await printPdfWithChromium(html, { pageSize, ...templates, executablePath: opts.executablePath });
  return { briefing, bytes };
}

/** Renders and writes the briefing atomically to `filePath`; rejects on render or I/O failure. */
export async function exportBriefing(data: CaseData, filePath: string, opts: ExportBriefingOptions): Promise<Briefing> {
  const { briefing, bytes } = await renderBriefing(data, opts);
  await writeFileAtomic(filePath, bytes);
  return briefing;
}

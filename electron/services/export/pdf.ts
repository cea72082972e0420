import { chromium } from 'playwright-core';
import { PDF_MARGIN_MM } from '../../../shared/briefing/html';

/** Flags that keep a headless Chromium quiet on a machine without network or GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface PrintPdfOptions {
  pageSize: 'A4' | 'Letter';
  /** Chromium header/footer templates (see pdfHeaderFooter in shared/briefing/html.ts). */
  headerTemplate?: string;
  footerTemplate?: string;
  /** Defaults to $CHROMIUM_PATH, else /usr/bin/chromium. */
  executablePath?: string;
}

/** The Chromium the exporter will launch. */
export function chromiumPath(explicit?: string): string {
  return explicit ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/**
 * Prints a standalone HTML document to PDF with a headless Chromium driven by Playwright (the browser
 * host and the CLI; the Electron app uses printToPDF with the same HTML and templates). JavaScript is
 * off in the page, so injected text cannot run; the page must not need the network (fonts as data:
 * URLs). Waits for every web font before printing so that no fallback font is embedded.
 * Rejects when Chromium cannot be launched (message names the path) or printing fails; the browser
 * is closed in every case.
 */
export async function printPdfWithChromium(html: string, opts: PrintPdfOptions): Promise<Uint8Array> {
  const executablePath = chromiumPath(opts.executablePath);
  let browser;
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(`Could not start Chromium at ${executablePath} to print the PDF (${why}). Set CHROMIUM_PATH to a Chromium executable.`);
  }
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    // Page scripts are disabled, but Playwright's evaluation still runs: wait until the faces load.
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    const header = opts.headerTemplate ?? '<span></span>';
    const footer = opts.footerTemplate ?? '<span></span>';
    const pdf = await page.pdf({
      format: opts.pageSize,
      printBackground: true,
      displayHeaderFooter: opts.headerTemplate !== undefined || opts.footerTemplate !== undefined,
      headerTemplate: header,
      footerTemplate: footer,
      margin: {
        top: `${PDF_MARGIN_MM.top}mm`,
        bottom: `${PDF_MARGIN_MM.bottom}mm`,
        left: `${PDF_MARGIN_MM.left}mm`,
        right: `${PDF_MARGIN_MM.right}mm`,
      },
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    await browser.close();
  }
}

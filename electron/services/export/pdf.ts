import { chromium, type Browser, type Page } from 'playwright-core';
import { PDF_MARGIN_MM } from '../../../shared/briefing/html';
import { launchOptions, resolveBrowser } from './browser';
import { sandboxChoice, sandboxFailed, sayWhyUnsandboxedOnce, type SandboxChoice } from './sandbox';

export interface PrintPdfOptions {
  pageSize: 'A4' | 'Letter';
  /** Chromium header/footer templates (see pdfHeaderFooter in shared/briefing/html.ts). */
  headerTemplate?: string;
  footerTemplate?: string;
}

/** How long a warm Chromium waits for the next export before it is closed. */
export const PRINTER_IDLE_MS = 60_000;

/**
 * A headless Chromium (see browser.ts for which) that stays up after the first print, with its page
 * open, so the next export skips the launch and the new page (together about two thirds of a first
 * export here); closed after `idleMs` without a print, by close(), and by Playwright when the process
 * exits. Prints run one at a time; each replaces the page's whole document (scripts are off, the
 * context is offline, so a briefing leaves nothing behind that the next could run or fetch). A
 * crashed browser or page is replaced by the next print.
 */
export class ChromiumPrinter {
  private browser: Promise<Browser> | null = null;
  private page: Promise<Page> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private idleTimer: NodeJS.Timeout | null = null;
  private printing = 0;
  /** The sandbox decision of the last launch (null before the first). */
  sandbox: SandboxChoice | null = null;

  constructor(private readonly idleMs = PRINTER_IDLE_MS) {}

  /** True while a Chromium is running or starting. */
  get warm(): boolean {
    return this.browser !== null;
  }

  /**
   * Prints a standalone HTML document to PDF (the browser host and the CLI; the Electron app uses
   * printToPDF with the same HTML and templates). JavaScript is off in the page, so injected text
   * cannot run; the page must not need the network (fonts as data: URLs). Waits for every web font
   * before printing so that no fallback font is embedded. Rejects when no Chromium can be found or
   * started (the message says what to install) or printing fails.
   */
  async print(html: string, opts: PrintPdfOptions): Promise<Uint8Array> {
    this.printing += 1;
    this.stopIdleTimer();
    const turn = this.queue.then(() => this.printNow(html, opts));
    this.queue = turn.catch(() => undefined);
    try {
      return await turn;
    } finally {
      this.printing -= 1;
      if (this.printing === 0) this.startIdleTimer();
    }
  }

  private async printNow(html: string, opts: PrintPdfOptions): Promise<Uint8Array> {
    const page = await this.readyPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      // Page scripts are disabled, but Playwright's evaluation still runs: wait until the faces load.
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      const pdf = await page.pdf({
        format: opts.pageSize,
        printBackground: true,
        // Document structure for screen readers (StructTreeRoot, MarkInfo) and the headings as bookmarks.
        tagged: true,
        outline: true,
        displayHeaderFooter: opts.headerTemplate !== undefined || opts.footerTemplate !== undefined,
        headerTemplate: opts.headerTemplate ?? '<span></span>',
        footerTemplate: opts.footerTemplate ?? '<span></span>',
        margin: {
          top: `${PDF_MARGIN_MM.top}mm`,
          bottom: `${PDF_MARGIN_MM.bottom}mm`,
          left: `${PDF_MARGIN_MM.left}mm`,
          right: `${PDF_MARGIN_MM.right}mm`,
        },
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } catch (error) {
      // A page that failed mid-print is not trusted with the next briefing.
      this.page = null;
      await page.context().close().catch(() => undefined);
      throw error;
    }
  }

  /** The open page of the warm browser, made (in its own offline, script-less context) when missing. */
  private readyPage(): Promise<Page> {
    if (!this.page) {
      const making = this.ready().then(async (browser) => {
        const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
        const page = await context.newPage();
        page.on('close', () => {
          if (this.page === making) this.page = null;
        });
        return page;
      });
      this.page = making;
      making.catch(() => {
        if (this.page === making) this.page = null;
      });
    }
    return this.page;
  }

  /** Closes the browser now (the next print starts a new one). */
  async close(): Promise<void> {
    this.stopIdleTimer();
    const browser = this.browser;
    this.browser = null;
    this.page = null;
    if (browser) await (await browser.catch(() => null))?.close().catch(() => undefined);
  }

  private ready(): Promise<Browser> {
    if (!this.browser) {
      const starting = this.launch();
      this.browser = starting;
      starting.then(
        (b) => b.on('disconnected', () => {
          if (this.browser !== starting) return;
          this.browser = null;
          this.page = null;
        }),
        () => {
          if (this.browser === starting) this.browser = null;
        },
      );
    }
    return this.browser;
  }

  private async launch(): Promise<Browser> {
    const resolved = await resolveBrowser();
    let choice = sandboxChoice();
    const start = (c: SandboxChoice): Promise<Browser> => chromium.launch(launchOptions(resolved, c.sandbox));
    try {
      let browser: Browser;
      try {
        browser = await start(choice);
      } catch (error) {
        if (!choice.sandbox) throw error;
        choice = sandboxFailed(error);
        browser = await start(choice);
      }
      this.sandbox = choice;
      sayWhyUnsandboxedOnce(choice);
      return browser;
    } catch (error) {
      const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new Error(`Could not start ${resolved.summary} to print the PDF (${why}). Set CHROMIUM_PATH to a Chromium that runs here.`);
    }
  }

  private startIdleTimer(): void {
    this.stopIdleTimer();
    if (!this.browser) return;
    this.idleTimer = setTimeout(() => void this.close(), this.idleMs);
    // The timer alone never keeps a process alive; an open browser does until it fires.
    this.idleTimer.unref();
  }

  private stopIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}

const shared = new ChromiumPrinter();

/** Prints with the process's one warm Chromium (see ChromiumPrinter.print). */
export function printPdfWithChromium(html: string, opts: PrintPdfOptions): Promise<Uint8Array> {
  return shared.print(html, opts);
}

/** Closes the process's warm Chromium, if any (the CLI and the browser host call this when they end). */
export function closePdfPrinter(): Promise<void> {
  return shared.close();
}

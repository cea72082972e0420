/**
 * The warm printer with a real Chromium: it stays up between exports, closes itself when idle, comes
 * back for the next export, and survives its browser dying. Skipped, with the reason printed, only
 * when no Chromium can be found at all.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { resolveBrowser } from '../../../electron/services/export/browser';
import { ChromiumPrinter } from '../../../electron/services/export/pdf';
import { readPdfBack, words } from '../../support/pdf-read';

const noChromium = await resolveBrowser().then(
  () => null,
  (error: unknown) => (error instanceof Error ? error.message : String(error)),
);
if (noChromium) console.warn(`Skipping the warm printer tests: ${noChromium}`);

const doc = (text: string): string => `<!doctype html><html lang="ar" dir="rtl"><meta charset="utf-8"><body><p>${text}</p></body></html>`;
const textOf = async (pdf: Uint8Array): Promise<string> => words((await readPdfBack(pdf)).pages.join('\n'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(noChromium !== null)('the warm PDF printer', () => {
  let printer: ChromiumPrinter | null = null;
  afterEach(() => printer?.close());

  it('keeps Chromium between exports, prints each document alone, closes when idle and starts again', async () => {
    printer = new ChromiumPrinter(1500);
    expect(printer.warm).toBe(false);
    const [one, two] = await Promise.all([printer.print(doc('first briefing'), { pageSize: 'A4' }), printer.print(doc('second briefing'), { pageSize: 'Letter' })]);
    expect(printer.warm).toBe(true);
    // Prints one at a time on one page: neither document shows through in the other.
    expect(await textOf(one)).toBe('first briefing');
    expect(await textOf(two)).toBe('second briefing');
    expect((await readPdfBack(two)).sizes[0]!.width).toBeCloseTo(612, 0);
    await sleep(3000);
    expect(printer.warm).toBe(false);
    expect(await textOf(await printer.print(doc('after a rest'), { pageSize: 'A4' }))).toBe('after a rest');
  }, 120000);

  it('starts a new Chromium when the warm one has gone', async () => {
    printer = new ChromiumPrinter();
    await printer.print(doc('before'), { pageSize: 'A4' });
    // What a crash looks like to the printer: the browser disconnects.
    await (printer as unknown as { browser: Promise<{ close(): Promise<void> }> }).browser.then((b) => b.close());
    expect(await textOf(await printer.print(doc('after'), { pageSize: 'A4' }))).toBe('after');
  }, 120000);

  it('runs Chromium sandboxed unless the system does not allow it, and then says why', async () => {
    printer = new ChromiumPrinter();
    await printer.print(doc('sandbox'), { pageSize: 'A4' });
    const choice = printer.sandbox!;
    if (process.getuid?.() === 0) expect(choice).toEqual({ sandbox: false, why: expect.stringMatching(/root/) });
    else expect(choice.sandbox || /namespaces|sandbox/.test(choice.why ?? '')).toBe(true);
  }, 120000);
});

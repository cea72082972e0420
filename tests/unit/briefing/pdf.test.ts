/**
 * The seed briefing printed to PDF by the Chromium the exports use (browser.ts: the system's, else the
 * packaged one), read back with pdfjs-dist: no poppler needed. Skipped, with the reason printed, only
 * when no Chromium can be found at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveBrowser } from '../../../electron/services/export/browser';
import { renderBriefing } from '../../../electron/services/export/briefing';
import { closePdfPrinter } from '../../../electron/services/export/pdf';
import { SEED_MISSING, seedCase } from '../../fixtures/briefing/cases';
import { readPdfBack, readStructure, words, type PdfReadBack, type PdfStructure } from '../../support/pdf-read';

const noChromium = await resolveBrowser().then(
  () => null,
  (error: unknown) => (error instanceof Error ? error.message : String(error)),
);
if (noChromium) console.warn(`Skipping the briefing PDF tests: ${noChromium}`);

describe.skipIf(noChromium !== null || SEED_MISSING !== null)('the seed article briefing printed to PDF by Chromium', () => {
  let a4: PdfReadBack;
  let letter: PdfReadBack;
  let structure: PdfStructure;
  let quotes: string[] = [];

  beforeAll(async () => {
    const seed = seedCase();
    quotes = seed.quotes;
    const data = seed.data;
    const a4Bytes = (await renderBriefing(data, { format: 'pdf', pageSize: 'A4' })).bytes;
    a4 = await readPdfBack(a4Bytes);
    structure = await readStructure(a4Bytes);
    letter = await readPdfBack((await renderBriefing(data, { format: 'pdf', pageSize: 'Letter' })).bytes);
  }, 120000);
  afterAll(() => closePdfPrinter());

  it('extracts every Arabic quote word for word, in logical order, on page 1 (key claims)', () => {
    const page1 = words(a4.pages[0]!);
    for (const q of quotes) expect(page1).toContain(words(q));
  });

  it('extracts the quotes again from the appendix with the cited paragraph', () => {
    const all = words(a4.pages.join('\n'));
    expect(all).toContain(words('وقال بوتين إن روسيا “ستستمر في مساعدة” بوركينا فاسو'));
    expect(all.split(words(quotes[1]!)).length - 1).toBe(2);
  });

  it('embeds every font, and only the bundled Amiri and Noto Sans faces (no system fallback)', () => {
    expect(a4.fonts.length).toBeGreaterThanOrEqual(3);
    for (const font of a4.fonts) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.name).toMatch(/^[A-Z]{6}\+(Amiri|NotoSans)-(Regular|Bold)$/);
    }
    // Real bold Arabic is used (not synthesised from the regular face).
    expect(a4.fonts.some((f) => /\+Amiri-Bold$/.test(f.name))).toBe(true);
  });

  it('has a sane page count and the requested paper size', () => {
    expect(a4.pages.length).toBeGreaterThanOrEqual(2);
    expect(a4.pages.length).toBeLessThanOrEqual(8);
    // Points (1/72 in), within a point and a half: Chromium rounds A4 to whole pixels (595.92 x 842.88).
    const near = (got: number, want: number): boolean => Math.abs(got - want) < 1.5;
    for (const { width, height } of a4.sizes) expect(near(width, 595.3) && near(height, 841.9), `${width} x ${height}`).toBe(true); // 210 x 297 mm
    for (const { width, height } of letter.sizes) expect(near(width, 612) && near(height, 792), `${width} x ${height}`).toBe(true); // 8.5 x 11 in
  });

  it('is a tagged PDF: marked, with a structure tree of headings and paragraphs for screen readers, and an outline', () => {
    expect(structure.marked).toBe(true);
    expect(structure.roles).toEqual(expect.arrayContaining(['H1', 'H2', 'P']));
    expect(structure.outline).toEqual(expect.arrayContaining(['Key claims']));
  });

  it('prints the handling marking at the top and bottom of every page, with page numbers', () => {
    const pages = a4.pages.length;
    a4.pages.forEach((page, i) => {
      const text = words(page);
      expect(text.startsWith('UNCLASSIFIED // FOR TRAINING'), `page ${i + 1}`).toBe(true);
      expect(text.split('UNCLASSIFIED // FOR TRAINING').length - 1, `page ${i + 1}`).toBe(2);
      expect(text).toContain(`Page ${i + 1} of ${pages}`);
    });
  });
});

/**
 * Titles and names of every direction mix printed to PDF by the exports' Chromium and read back in
 * logical order (pdfjs-dist, as the PDF importer reads): what the reader's eye meets must be the
 * typed text, in order. The issue: "Russia–LNA ties after Haftar visit to Moscow / روسيا وحفتر" came
 * out as "روسيا LNA ties after Haftar visit to Moscow /–Russia وحفتر" because the whole title was laid
 * out right to left as soon as it held Arabic. Skipped, with the reason printed, only without Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveBrowser } from '../../../electron/services/export/browser';
import { renderBriefing } from '../../../electron/services/export/briefing';
import { closePdfPrinter } from '../../../electron/services/export/pdf';
import { fixtureCase } from '../../fixtures/briefing/cases';
import { PDF_MARGIN_MM } from '../../../shared/briefing/html';
import { dirOf } from '../../../shared/briefing/direction';
import { alignedSide, readLineAs, readPrintedLines, words, type PrintedLine } from '../../support/pdf-read';

const noChromium = await resolveBrowser().then(
  () => null,
  (error: unknown) => (error instanceof Error ? error.message : String(error)),
);
if (noChromium) console.warn(`Skipping the briefing direction PDF tests: ${noChromium}`);

/** Latin first, Arabic first, numbers and punctuation at either end. */
export const MIXED_TITLES = [
  'Russia–LNA ties after Haftar visit to Moscow / روسيا وحفتر',
  'روسيا وحفتر / Russia–LNA ties after Haftar visit to Moscow',
  '2025: Haftar in Moscow, حفتر في موسكو',
  '«حفتر» في موسكو — Haftar visits Moscow (2025)!',
  '“Putin meets Haftar” (2025).',
  '15 أيار: بوتين يستقبل حفتر في موسكو؟',
];
const MIXED_NAME = 'القيادة العامة لـ LNA';

describe.skipIf(noChromium !== null)('mixed-direction titles and names printed to PDF', () => {
  const firstPages: PrintedLine[][] = [];

  beforeAll(async () => {
    for (const title of MIXED_TITLES) {
      const data = fixtureCase();
      data.briefing.title = title;
      data.briefing.marking = '';
      data.actors.find((a) => a.name === 'Khalifa Haftar')!.name = MIXED_NAME;
      const pages = await readPrintedLines((await renderBriefing(data, { format: 'pdf', pageSize: 'A4', claimIds: ['c1'] })).bytes);
      firstPages.push(pages[0]!);
    }
  }, 120000);
  afterAll(() => closePdfPrinter());

  it.each(MIXED_TITLES.map((t, i) => [t, i] as const))('lays out "%s" in its first strong direction and reads it back as typed', (title, i) => {
    const lines = firstPages[i]!;
    // The title is the first line (more when it wraps): everything above the byline.
    const by = lines.findIndex((l) => /^(Author|Date):/.test(readLineAs(l, 'ltr')));
    const titleLines = lines.slice(0, by);
    const dir = dirOf(title);
    expect(alignedSide(titleLines[titleLines.length - 1]!, PDF_MARGIN_MM)).toBe(dir);
    expect(words(titleLines.map((l) => readLineAs(l, dir)).join(' '))).toBe(words(title));
  });

  it('prints a mixed actor name (Arabic first) as a right-to-left group heading, the name before its count', () => {
    for (const lines of firstPages) {
      const heading = lines.find((l) => l.items.some((i) => i.str === 'القيادة') && !l.items.some((i) => /Claim|Speaker|Person/.test(i.str)))!;
      expect(alignedSide(heading, PDF_MARGIN_MM)).toBe('rtl');
      expect(words(readLineAs(heading, 'rtl'))).toMatch(/^القيادة العامة لـ .*LNA/);
    }
  });
});

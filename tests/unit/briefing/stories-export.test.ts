/**
 * Story lines and the network in the exported files: the PDF printed by Chromium and read back
 * (pdfjs, lines in logical order), the .docx read back with mammoth and its XML, and the Markdown
 * file with the network SVG written beside it.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveBrowser } from '../../../electron/services/export/browser';
import { exportBriefing, renderBriefing } from '../../../electron/services/export/briefing';
import { closePdfPrinter } from '../../../electron/services/export/pdf';
import { storiesCase } from '../../fixtures/stories/case';
import { readDocxBack } from '../../support/docx-read';
import { readPdfBack, words } from '../../support/pdf-read';

const noChromium = await resolveBrowser().then(
  () => null,
  (error: unknown) => (error instanceof Error ? error.message : String(error)),
);
if (noChromium) console.warn(`Skipping the story PDF tests: ${noChromium}`);

describe.skipIf(noChromium !== null)('story lines in the PDF briefing', () => {
  afterAll(() => closePdfPrinter());

  it('prints each story line, the network picture with its legend, English and Arabic', async () => {
    const en = await readPdfBack((await renderBriefing(storiesCase('en'), { format: 'pdf' })).bytes);
    const text = words(en.pages.join('\n'));
    expect(text).toContain(words('Stories across articles'));
    expect(text).toContain(words('Reported by 3 independent sources (Libya Herald, Africa Report, Sahel Monitor); first by Libya Herald on 2025-05-09 claim 1 [1].'));
    expect(text).toContain(words('rebutted by Russian Defence Ministry (The Eastern Post) on 2025-05-10 claim 12 [5].'));
    expect(text).toContain(words('Credibility 1 (confirmed), proposed by Claimwork from corroboration'));
    // The picture's labels and legend are text in the PDF (inline SVG), not an image.
    expect(text).toContain(words('Who speaks about whom'));
    expect(text).toContain(words('denies or rebuts'));
    expect(text).toContain('Russian Defence Ministry');

    const ar = await readPdfBack((await renderBriefing(storiesCase('ar'), { format: 'pdf' })).bytes);
    const page = ar.pages.find((p) => p.includes('Story 1'))!;
    expect(words(page)).toContain(words('روسيا ستستمر في مساعدة بوركينا فاسو في مكافحة الإرهاب وقمع المجموعات الراديكالية'));
    expect(words(page)).toContain(words('Reported by 3 independent sources'));
    // Each outlet's words are printed. Their order inside a left-to-right line is left to the Word
    // test: the packaged Chromium 153's text layer gives a two-word Arabic name inside a Latin line
    // in visual order, Debian's Chromium in logical order. In visual order the closing bracket or
    // comma after an isolated name sticks to its last word ("بوابة);"), so punctuation is set aside.
    const printed = words(page).split(' ').map((w) => w.replace(/[(),;.]/g, ''));
    for (const outlet of ['الوسط', 'ليبيا اليوم', 'بوابة أفريقيا']) {
      for (const word of outlet.split(' ')) expect(printed).toContain(word);
    }
    expect(words(ar.pages.join('\n'))).toContain(words('فلاديمير بوتين'));
  }, 120_000);
});

describe('story lines in the Word briefing', () => {
  it('has the story lines, right-to-left quotes marked, and the network as a table of who speaks about whom', async () => {
    const doc = await readDocxBack((await renderBriefing(storiesCase('ar'), { format: 'docx' })).bytes);
    expect(doc.text).toContain('Stories across articles');
    expect(doc.text).toContain('Reported by 3 independent sources (الوسط, ليبيا اليوم, بوابة أفريقيا); first by الوسط on 2025-05-09 claim 1 [1].');
    expect(doc.text).toContain('rebutted by وزارة الدفاع الروسية (الشرق) on 2025-05-10 claim 12 [5].');
    const quote = doc.paragraphs.find((p) => p.text === 'روسيا ستستمر في مساعدة بوركينا فاسو في مكافحة الإرهاب وقمع المجموعات الراديكالية')!;
    expect(quote.bidi).toBe(true);
    const line = doc.paragraphs.find((p) => p.text.startsWith('Reported by 3'))!;
    expect(line.bidi).toBe(false);
    expect(line.rtlRuns).toContain('الوسط');
    expect(doc.text).toContain('Who speaks about whom');
    expect(doc.html).toMatch(/<td><p>وزارة الدفاع الروسية<\/p><\/td><td><p>جويدو كروسيتو<\/p><\/td><td><p>denies or rebuts<\/p><\/td><td><p>1<\/p><\/td>/);
  });
});

describe('the Markdown briefing file', () => {
  it('is written with the network SVG beside it, linked by its file name', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'claimwork-stories-md-'));
    try {
      await exportBriefing(storiesCase('en'), path.join(dir, 'brief.md'), { format: 'md' });
      expect((await readdir(dir)).sort()).toEqual(['brief.md', 'brief.network.svg']);
      const md = await readFile(path.join(dir, 'brief.md'), 'utf8');
      expect(md).toContain('![Actor network: who speaks about whom](<brief.network.svg>)');
      const svg = await readFile(path.join(dir, 'brief.network.svg'), 'utf8');
      expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg).toContain('>Vladimir Putin</text>');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

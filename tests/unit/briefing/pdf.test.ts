import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../../electron/services/export/pdf';
import { renderBriefing } from '../../../electron/services/export/briefing';
import { seedCase } from '../../fixtures/briefing/cases';

const hasTool = (name: string): boolean => {
  try {
    execFileSync('which', [name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const missing = [
  existsSync(chromiumPath()) ? null : `Chromium (${chromiumPath()}; set CHROMIUM_PATH)`,
  ...['pdftotext', 'pdffonts', 'pdfinfo'].map((t) => (hasTool(t) ? null : `${t} (apt-get install poppler-utils)`)),
].filter((m): m is string => m !== null);
if (missing.length > 0) console.warn(`Skipping the briefing PDF tests: missing ${missing.join(', ')}.`);

/** pdftotext output without the bidi controls it inserts, whitespace collapsed. */
const words = (text: string): string =>
  text
    .replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const run = (cmd: string, args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8' });

describe.skipIf(missing.length > 0)('the seed article briefing printed to PDF by Chromium', () => {
  let dir = '';
  let pdfPath = '';
  let letterPath = '';
  const { data, quotes } = seedCase();

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'claimwork-pdf-'));
    pdfPath = path.join(dir, 'seed.pdf');
    letterPath = path.join(dir, 'seed-letter.pdf');
    writeFileSync(pdfPath, (await renderBriefing(data, { format: 'pdf', pageSize: 'A4' })).bytes);
    writeFileSync(letterPath, (await renderBriefing(data, { format: 'pdf', pageSize: 'Letter' })).bytes);
  }, 120000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('extracts every Arabic quote word for word, in logical order, on page 1 (key claims)', () => {
    const page1 = words(run('pdftotext', ['-f', '1', '-l', '1', pdfPath, '-']));
    for (const q of quotes) expect(page1).toContain(words(q));
  });

  it('extracts the quotes again from the appendix with the cited paragraph', () => {
    const all = words(run('pdftotext', [pdfPath, '-']));
    expect(all).toContain(words('وقال بوتين إن روسيا “ستستمر في مساعدة” بوركينا فاسو'));
    expect(all.split(words(quotes[1]!)).length - 1).toBe(2);
  });

  it('embeds every font, and only the bundled Amiri and Noto Sans faces (no system fallback)', () => {
    const rows = run('pdffonts', [pdfPath]).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      const cols = row.trim().split(/\s+/);
      // name type... encoding emb sub uni objectID gen: "emb" is the 5th column from the end.
      expect(cols[cols.length - 5], row).toBe('yes');
      expect(cols[0], row).toMatch(/^[A-Z]{6}\+(Amiri|NotoSans)-(Regular|Bold)$/);
    }
    // Real bold Arabic is used (not synthesised from the regular face).
    expect(rows.some((r) => /\+Amiri-Bold /.test(r))).toBe(true);
  });

  it('has a sane page count and the requested paper size', () => {
    const info = run('pdfinfo', [pdfPath]);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(8);
    expect(info).toMatch(/Page size:\s+59[56](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    expect(run('pdfinfo', [letterPath])).toMatch(/Page size:\s+612(\.\d+)? x 792(\.\d+)? pts \(letter\)/);
  });

  it('prints the handling marking at the top and bottom of every page, with page numbers', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdfPath]))?.[1]);
    for (let p = 1; p <= pages; p += 1) {
      const text = words(run('pdftotext', ['-f', String(p), '-l', String(p), pdfPath, '-']));
      expect(text.startsWith('UNCLASSIFIED // FOR TRAINING'), `page ${p}`).toBe(true);
      expect(text.split('UNCLASSIFIED // FOR TRAINING').length - 1, `page ${p}`).toBe(2);
      expect(text).toContain(`Page ${p} of ${pages}`);
    }
  });
});

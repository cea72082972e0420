/**
 * Article extraction on real saved pages (Mozilla Readability's own test pages, kept outside the
 * repo in ../shared/eval/dev/readability): the text we extract must match the expected article
 * text with a mean token F1 of at least 0.95, and every title must match.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../../electron/services/import/extract';
import { htmlFragmentText } from '../../../electron/services/import/html';
import { tokenF1 } from './make-files';
import { missing, readabilityDevDir } from '../../support/paths';

const root = readabilityDevDir;
const rootMissing = missing(root, 'the saved news pages');
const pages = rootMissing === null ? fs.readdirSync(root).filter((d) => fs.existsSync(path.join(root, d, 'source.html'))).sort() : [];

describe('readability pages', () => {
  it.skipIf(rootMissing !== null)('extracts the article text (mean token F1 >= 0.95) and the title of every page', async () => {
    expect(pages.length).toBe(9);
    const scores: Record<string, number> = {};
    for (const name of pages) {
      const dir = path.join(root, name);
      const got = await extractFile('source.html', new Uint8Array(fs.readFileSync(path.join(dir, 'source.html'))));
      const expected = htmlFragmentText(fs.readFileSync(path.join(dir, 'expected.html'), 'utf8'));
      const meta = JSON.parse(fs.readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8')) as { title: string; dir: string | null };
      scores[name] = tokenF1(got.text, expected);
      expect(got.title, name).toBe(meta.title);
      if (meta.dir === 'rtl') expect(got.dir, name).toBe('rtl');
      expect(got.text, name).not.toMatch(/<[a-z][^>]*>/i);
    }
    const mean = Object.values(scores).reduce((a, b) => a + b, 0) / pages.length;
    console.log(`readability token F1 per page: ${JSON.stringify(scores)}; mean ${mean.toFixed(4)}`);
    expect(mean).toBeGreaterThanOrEqual(0.95);
  }, 120000);
});

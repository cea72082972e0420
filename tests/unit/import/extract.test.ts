import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, contentHash, extractFile } from '../../../electron/services/import/extract';
import type { AppFailure } from '../../../shared/result';
import { canonicalText } from '../../../shared/text';
import { fixturesDir } from './make-files';

const refused = (pattern: RegExp) => (e: AppFailure) => e.appError.code === 'refused-input' && pattern.test(e.appError.message);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const repo = path.resolve(import.meta.dirname, '../../..');

describe('extractFile refusals', () => {
  it('refuses empty and whitespace-only files', async () => {
    await expect(extractFile('empty.txt', new Uint8Array(0))).rejects.toSatisfy(refused(/empty\.txt is empty \(0 bytes\)/));
    await expect(extractFile('blank.md', utf8(' \n\t\n  '))).rejects.toSatisfy(refused(/contains no text/));
  });

  it('refuses files over 50 MB before reading them, including 200 MB ones', async () => {
    await expect(extractFile('big.txt', new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61))).rejects.toSatisfy(refused(/over the 50 MB limit/));
    await expect(extractFile('huge.pdf', new Uint8Array(200 * 1024 * 1024))).rejects.toSatisfy(refused(/200 MB, over the 50 MB limit/));
  });

  it('accepts a file of exactly 50 MB of text', async () => {
    const line = 'The convoy left Sirte at dawn.\n';
    const bytes = new Uint8Array(MAX_IMPORT_BYTES).fill(0x20);
    bytes.set(utf8(line), 0);
    const result = await extractFile('exact.txt', bytes);
    expect(result.text).toBe(line.trim());
  });

  it('refuses binary data named .txt, and images, programs and old .doc files whatever their name', async () => {
    const binary = new Uint8Array(2048).map((_, i) => (i * 131) % 256);
    await expect(extractFile('data.txt', binary)).rejects.toSatisfy(refused(/binary data/));
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await expect(extractFile('photo.txt', png)).rejects.toSatisfy(refused(/is an image.*OCR/));
    await expect(extractFile('setup.html', utf8('MZ\u0090\u0000 program'))).rejects.toSatisfy(refused(/is a program/));
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]);
    await expect(extractFile('old.doc', doc)).rejects.toSatisfy(refused(/\.doc\).*save it as \.docx/i));
  });

  it('refuses file types it does not read, and a .pdf that is not a PDF', async () => {
    await expect(extractFile('sheet.xlsx.csv', utf8('a,b\n1,2'))).rejects.toSatisfy(refused(/not a file type Claimwork can read.*\.html, \.htm, \.pdf, \.docx, \.md and \.txt/));
    await expect(extractFile('report.pdf', utf8('This is plain text.'))).rejects.toSatisfy(refused(/named \.pdf but is not a PDF/));
  });

  it('stops with "cancelled" when the import is cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(extractFile('a.txt', utf8('Text'), { signal: controller.signal })).rejects.toSatisfy((e: AppFailure) => e.appError.code === 'cancelled');
  });
});

describe('extractFile text and Markdown', () => {
  it('titles a text file with its first line when short, else with the file name', async () => {
    const short = await extractFile('notes/brief.txt', utf8('Moscow hosts Haftar\r\n\r\nThe Libyan commander arrived on Tuesday.\r\n'));
    // The headline titles the article and is not repeated as its first paragraph.
    expect(short).toMatchObject({ title: 'Moscow hosts Haftar', text: 'The Libyan commander arrived on Tuesday.', format: 'txt', encoding: 'UTF-8', lang: 'en', dir: 'ltr' });
    const long = await extractFile('C:\\cases\\long-line.txt', utf8('word '.repeat(60)));
    expect(long.title).toBe('long-line');
  });

  it('strips Markdown heading marks from the title and text', async () => {
    const md = await extractFile('a.md', utf8('# بيان الجيش الوطني الليبي\n\nقال المتحدث إن القوات تقدمت.\n\n## Background\n\nText.'));
    expect(md).toMatchObject({ title: 'بيان الجيش الوطني الليبي', format: 'md', lang: 'ar', dir: 'rtl' });
    expect(md.text).toBe('قال المتحدث إن القوات تقدمت.\nBackground\nText.');
  });

  it('gives the same content hash to the same article in two encodings', async () => {
    const text = 'قال المتحدث إن القوات تقدمت نحو سرت.\nوأضاف أن المعارك مستمرة.';
    const a = await extractFile('a.txt', utf8(text));
    const b = await extractFile('b.txt', iconv.encode(text, 'windows-1256'));
    expect(b.encoding).toBe('windows-1256');
    expect(contentHash(b.text)).toBe(contentHash(a.text));
    expect(contentHash(a.text)).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash(a.text)).not.toBe(contentHash(`${a.text}.`));
  });

  it('returns canonical text', async () => {
    const result = await extractFile('x.txt', utf8('\uFEFF  First  para \u00A0 here. \r\n\n\nSecond\u0007 para  '));
    expect(result.text).toBe(canonicalText(result.text));
    expect(result.text).toBe('First para here.\nSecond para');
  });
});

describe('extractFile HTML', () => {
  it('reads a saved Arabic page: article body, metadata, and the encoding it declared', async () => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(fixturesDir, 'article-ar.html')));
    const result = await extractFile('article-ar.html', bytes);
    expect(result).toMatchObject({
      title: 'موسكو تستقبل حفتر',
      publisher: 'صحيفة المرصد',
      publishedAt: '2024-05-10T08:30:00Z',
      url: 'https://almarsad.example/news/2024/05/haftar-moscow',
      lang: 'ar',
      dir: 'rtl',
      encoding: 'UTF-8',
      format: 'html',
    });
    const paras = result.text.split('\n');
    expect(paras.some((p) => p.startsWith('استقبل الرئيس الروسي'))).toBe(true);
    expect(paras.some((p) => p.startsWith("The Kremlin's statement"))).toBe(true);
    expect(result.text).not.toContain('الرئيسية'); // navigation
    expect(result.text).not.toContain('RAN');
  });

  it('decodes a windows-1256 page by its meta charset', async () => {
    const page = '<html lang="ar"><head><meta charset="windows-1256"><title>خبر</title></head><body><p>قال المتحدث إن الهدنة صامدة.</p></body></html>';
    const result = await extractFile('old.htm', iconv.encode(page, 'windows-1256'));
    expect(result).toMatchObject({ encoding: 'windows-1256', text: 'قال المتحدث إن الهدنة صامدة.', title: 'خبر' });
  });
});

describe('extract CLI', () => {
  const cli = (args: string[]) =>
    promisify(execFile)(process.execPath, [path.join(repo, 'node_modules/tsx/dist/cli.mjs'), path.join(repo, 'electron/cli/main.ts'), 'extract', ...args], { cwd: repo });

  it('prints exactly one JSON object with the promised fields and nothing else', async () => {
    const { stdout } = await cli([path.join(fixturesDir, 'article-ar.html'), '--format', 'json']);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const parsed = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['title', 'byline', 'publisher', 'publishedAt', 'lang', 'dir', 'encoding', 'text']);
    expect(parsed).toMatchObject({ title: 'موسكو تستقبل حفتر', lang: 'ar', dir: 'rtl', encoding: 'UTF-8' });
  }, 30000);

  it('re-imports with --encoding, and reports refusals on stderr with exit status 1', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimwork-extract-'));
    try {
      const file = path.join(dir, 'ar.txt');
      fs.writeFileSync(file, iconv.encode('قال المتحدث إن الهدنة صامدة.', 'windows-1256'));
      const { stdout } = await cli([file, '--encoding', 'windows-1256', '--format', 'json']);
      expect(JSON.parse(stdout)).toMatchObject({ encoding: 'windows-1256', text: 'قال المتحدث إن الهدنة صامدة.' });

      const empty = path.join(dir, 'empty.txt');
      fs.writeFileSync(empty, '');
      const failure = await cli([empty, '--format', 'json']).then(
        () => null,
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
      expect(failure).toMatchObject({ code: 1, stdout: '' });
      expect(failure?.stderr).toMatch(/empty\.txt is empty/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 30000);
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectImportFiles, extractBatch, extractPath } from '../../../electron/services/import/batch';
import { contentHash } from '../../../electron/services/import/hash';
import type { AppFailure } from '../../../shared/result';

let dir: string;
const write = (rel: string, data: string | Uint8Array): string => {
  const full = path.join(dir, rel);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, data);
  return full;
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimwork-batch-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('collectImportFiles', () => {
  it('expands folders recursively to importable files, keeps chosen files, skips hidden and unsupported ones', async () => {
    const a = write('drop/a.txt', 'A');
    const b = write('drop/sub/b.html', '<p>B</p>');
    write('drop/.DS_Store', 'x');
    const c = write('drop/sub/c.xlsx', 'x');
    const single = write('single.csv', 'x');
    const { files, skipped } = await collectImportFiles([path.join(dir, 'drop'), single]);
    expect(files).toEqual([a, b, single]);
    expect(skipped.map((s) => s.path)).toEqual([c]);
  });
});

describe('extractBatch', () => {
  it('gives one result per file: extracted, duplicate (also of an article already in the case) and refused', async () => {
    const text = 'قال المتحدث إن الهدنة صامدة في طرابلس.';
    const first = write('one.txt', text);
    const sameInOtherEncoding = write('two.txt', iconv.encode(text, 'windows-1256'));
    const inCase = write('three.md', 'Already in the case.');
    const empty = write('empty.txt', '');
    const progress: number[] = [];
    const items = await extractBatch([first, sameInOtherEncoding, inCase, empty], {
      known: new Map([[contentHash('Already in the case.'), 'article-17']]),
      onProgress: (p) => progress.push(p.done),
    });
    expect(items.map((i) => i.status)).toEqual(['extracted', 'duplicate', 'duplicate', 'refused']);
    expect(items[1]).toMatchObject({ duplicateOf: first, article: { encoding: 'windows-1256' } });
    expect(items[2]).toMatchObject({ duplicateOf: 'article-17' });
    expect(items[3]).toMatchObject({ error: { code: 'refused-input' } });
    expect(progress).toEqual([0, 1, 2, 3, 4]);
  });

  it('marks the remaining files cancelled once the import is cancelled', async () => {
    const files = ['a', 'b', 'c'].map((n) => write(`${n}.txt`, `Article ${n}`));
    const controller = new AbortController();
    const items = await extractBatch(files, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 1) controller.abort();
      },
    });
    expect(items.map((i) => i.status)).toEqual(['extracted', 'cancelled', 'cancelled']);
  });
});

describe('extractPath', () => {
  it('refuses a 200 MB file from its size, without reading it', async () => {
    const big = path.join(dir, 'big.txt');
    const fd = fs.openSync(big, 'w');
    fs.ftruncateSync(fd, 200 * 1024 * 1024); // sparse: no 200 MB actually written
    fs.closeSync(fd);
    await expect(extractPath(big)).rejects.toSatisfy((e: AppFailure) => e.appError.code === 'refused-input' && /200 MB, over the 50 MB limit/.test(e.appError.message));
  });

  it('refuses a folder or a missing file with a clear message', async () => {
    await expect(extractPath(dir)).rejects.toSatisfy((e: AppFailure) => /not a regular file/.test(e.appError.message));
    await expect(extractPath(path.join(dir, 'gone.txt'))).rejects.toSatisfy((e: AppFailure) => /cannot be read \(ENOENT\)/.test(e.appError.message));
  });
});

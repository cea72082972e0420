import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AppError } from '../../../shared/result';
import { AppFailure } from '../../../shared/result';
import { extractFile, IMPORT_EXTENSIONS, MAX_IMPORT_BYTES } from './extract';
import { contentHash } from './hash';
import { refuse } from './refuse';
import type { Extracted } from './types';

/**
 * Reads and extracts one file from disk. The size is checked before reading, so a 200 MB file is
 * refused without being loaded. Throws AppFailure('refused-input') like extractFile, and for paths
 * that are not readable regular files.
 */
export async function extractPath(filePath: string, opts: { encoding?: string; signal?: AbortSignal } = {}): Promise<Extracted> {
  const name = path.basename(filePath);
  let info;
  try {
    info = await stat(filePath);
  } catch (error) {
    return refuse(`${name} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}). Check that the file still exists and that you may open it.`);
  }
  if (!info.isFile()) return refuse(`${name} is not a regular file. Choose article files or a folder of them.`);
  if (info.size > MAX_IMPORT_BYTES) {
    return refuse(`${name} is ${Math.round(info.size / (1024 * 1024))} MB, over the 50 MB limit. Import the article text only (save it as .txt, .docx or a smaller PDF).`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    return refuse(`${name} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}). Check that you may open it.`);
  }
  return extractFile(filePath, bytes, opts);
}

/** A file left out when folders were expanded, and why. */
export interface SkippedFile {
  path: string;
  reason: string;
}

/**
 * Expands dropped or chosen paths into the files to import: files are kept as given (so unsupported
 * ones get a per-file refusal later), folders are walked recursively and contribute only files with
 * an importable extension. Hidden entries and symbolic links inside folders are skipped (no loops).
 * Order: as given, each folder's files sorted by path.
 */
export async function collectImportFiles(paths: readonly string[]): Promise<{ files: string[]; skipped: SkippedFile[] }> {
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  const seen = new Set<string>();
  const add = (p: string): void => {
    const key = path.resolve(p);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(p);
    }
  };
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (!info?.isDirectory()) {
      add(p);
      continue;
    }
    const found: string[] = [];
    const pending = [p];
    while (pending.length > 0) {
      const dir = pending.pop() as string;
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => null);
      if (!entries) {
        skipped.push({ path: dir, reason: 'This folder cannot be read.' });
        continue;
      }
      for (const entry of entries) {
        const full = path.join(dir, entry.name);
        if (entry.name.startsWith('.')) continue;
        if (entry.isSymbolicLink()) skipped.push({ path: full, reason: 'Links inside folders are not followed.' });
        else if (entry.isDirectory()) pending.push(full);
        else if (entry.isFile()) {
          if (IMPORT_EXTENSIONS[path.extname(entry.name).toLowerCase()]) found.push(full);
          else skipped.push({ path: full, reason: 'Not an article file type (.html, .htm, .pdf, .docx, .md, .txt).' });
        }
      }
    }
    found.sort().forEach(add);
  }
  return { files, skipped };
}

/** Outcome for one file of a batch. `duplicateOf` is the path or known id that has the same content hash. */
export type BatchItem =
  | { path: string; status: 'extracted'; article: Extracted; contentHash: string }
  | { path: string; status: 'duplicate'; article: Extracted; contentHash: string; duplicateOf: string }
  | { path: string; status: 'refused'; error: AppError }
  | { path: string; status: 'cancelled' };

/** Progress after each file: `done` of `total` files finished; `current` is the file now being read. */
export interface BatchProgress {
  done: number;
  total: number;
  current: string | null;
}

/**
 * Extracts many files one after another, reporting progress and one outcome per file. Duplicates
 * (same content hash as an article already in the case, given as hash → id in `known`, or as an
 * earlier file of the batch) are flagged, not extracted twice. Cancelling (`signal`) marks the file
 * in progress and all remaining ones 'cancelled'. Nothing is written: the caller stores the
 * 'extracted' articles, all at once or one by one, so a cancelled batch leaves nothing half-imported.
 * Never throws for a bad file; unexpected errors become a refused item with code 'internal'.
 */
export async function extractBatch(
  paths: readonly string[],
  opts: { signal?: AbortSignal; encoding?: string; known?: ReadonlyMap<string, string>; onProgress?: (p: BatchProgress) => void } = {},
): Promise<BatchItem[]> {
  const items: BatchItem[] = [];
  const hashes = new Map<string, string>(opts.known ?? []);
  for (const [i, filePath] of paths.entries()) {
    if (opts.signal?.aborted) {
      items.push({ path: filePath, status: 'cancelled' });
      continue;
    }
    opts.onProgress?.({ done: i, total: paths.length, current: filePath });
    try {
      const article = await extractPath(filePath, { ...(opts.encoding ? { encoding: opts.encoding } : {}), ...(opts.signal ? { signal: opts.signal } : {}) });
      const hash = contentHash(article.text);
      const earlier = hashes.get(hash);
      if (earlier !== undefined) items.push({ path: filePath, status: 'duplicate', article, contentHash: hash, duplicateOf: earlier });
      else {
        hashes.set(hash, filePath);
        items.push({ path: filePath, status: 'extracted', article, contentHash: hash });
      }
    } catch (error) {
      if (error instanceof AppFailure && error.appError.code === 'cancelled') items.push({ path: filePath, status: 'cancelled' });
      else if (error instanceof AppFailure) items.push({ path: filePath, status: 'refused', error: error.appError });
      else {
        items.push({
          path: filePath,
          status: 'refused',
          error: { code: 'internal', message: `${path.basename(filePath)} could not be read because of an unexpected error. Try again, or save it in another format.`, detail: String(error) },
        });
      }
    }
  }
  opts.onProgress?.({ done: paths.length, total: paths.length, current: null });
  return items;
}

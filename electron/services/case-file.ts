import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Adapter } from 'lowdb';
import { CASE_SCHEMA, CASE_SCHEMA_VERSION, type CaseData } from '../../shared/domain';
import type { ZodIssue } from 'zod';
import { caseSchema, issuePath } from '../../shared/case-schema';
import { AppFailure, fail } from '../../shared/result';
import { repeatedIdProblem } from '../../shared/case-gate';
import { migrateCase } from './case-migrations';
import { jsonPieces, type JsonCache } from './json-slices';
import { writeFileAtomic } from './safe-write';
import { readCaseFile, WORKER_MIN_BYTES, type CaseHead } from './case-read';

export { removeStaleTemps, writeFileAtomic } from './safe-write';

/**
 * Largest case file we will parse, in bytes. The 1,000-article benchmark case is ~30 MB; parsing
 * takes several times the file's size in memory, and V8 strings stop a little under 512 MB.
 */
export const MAX_CASE_BYTES = 256 * 1024 * 1024;

/**
 * Largest case text (characters) whose entities' JSON is kept between saves: the copy costs about
 * the file's size again in memory (twice that for Arabic text), worth it up to cases of this size.
 */
export const CACHE_MAX_CHARS = 64 * 1024 * 1024;

/**
 * A case file's bytes as text. Claimwork writes UTF-8 only; a file hand-edited and saved as UTF-16 or
 * in a legacy encoding is refused ('corrupt-case') rather than read with replacement characters that
 * the next save would write back over the analyst's text.
 */
export function decodeCaseBytes(bytes: Uint8Array, fileName: string): string {
  refuseUtf16(bytes, fileName);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuseNotUtf8(bytes, fileName);
  }
}

/** Refuses a case file that could not be read ('io-error'), with the system's error code. */
export function refuseUnreadable(fileName: string, code: string): never {
  return fail('io-error', `${fileName} cannot be read (${code}). Check that the file is there and that you may open it.`);
}

/** Refuses a case file that starts with a UTF-16 byte order mark ('corrupt-case'). */
export function refuseUtf16(bytes: Uint8Array, fileName: string): void {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail('corrupt-case', `${fileName} was saved as UTF-16; Claimwork case files are UTF-8. Save it again as UTF-8; the file was not changed.`);
  }
}

/** Refuses bytes that are not UTF-8; `head` (the first 64 bytes are enough) tells a case from another file. */
export function refuseNotUtf8(head: Uint8Array, fileName: string): never {
  // An image or a program picked by mistake is not a damaged case: say so.
  const start = Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, 64)).toString('latin1');
  if (!/^(\xEF\xBB\xBF)?\s*\{/.test(start)) return fail('not-a-case', `${fileName} is not a Claimwork case file. Choose a file saved by Claimwork (it ends in .claimwork.json).`);
  return fail('corrupt-case', `${fileName} contains bytes that are not UTF-8 (was it edited and saved in another encoding?). Save it again as UTF-8; the file was not changed.`);
}

/** First repeated id in each collection, as "articles[3].id" and the id, or null. */
/**
 * Refuses text that is not JSON: 'corrupt-case' when it `looksLikeObject` (starts with "{"), else
 * 'not-a-case'. No detail: the parser's message quotes the file's first characters (any file the path names).
 */
export function refuseNotJson(looksLikeObject: boolean, fileName: string): never {
  return fail(
    looksLikeObject ? 'corrupt-case' : 'not-a-case',
    looksLikeObject
      ? `${fileName} is not a readable Claimwork case (it is not valid JSON). It may have been cut off while copied: open another case file; this one was not changed.`
      : `${fileName} is not a readable Claimwork case (it is not valid JSON). Choose a file saved by Claimwork (it ends in .claimwork.json).`,
  );
}

/**
 * Checks a parsed case's tag and schema version and returns the version. Throws AppFailure:
 * 'not-a-case' for other JSON, 'corrupt-case' without a valid version, 'newer-version' for a later one.
 */
export function checkCaseHeader(raw: unknown, fileName: string): number {
  if (typeof raw !== 'object' || raw === null || (raw as { schema?: unknown }).schema !== CASE_SCHEMA) {
    return fail('not-a-case', `${fileName} is not a Claimwork case file. Choose a file saved by Claimwork (it ends in .claimwork.json).`);
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail('corrupt-case', `${fileName} has no valid schema version, so Claimwork cannot read it safely. Fix "schemaVersion" by hand; the file was not changed.`);
  }
  if (version > CASE_SCHEMA_VERSION) {
    return fail(
      'newer-version',
      `${fileName} was saved by a newer Claimwork (case format ${version}; this version reads up to ${CASE_SCHEMA_VERSION}). Update Claimwork to open it; the file was not changed.`,
    );
  }
  return version;
}

/** Refuses a case that fails the schema, naming the first wrong field ('corrupt-case'). */
export function refuseDamaged(issues: readonly ZodIssue[], fileName: string): never {
  const first = issues[0];
  const where = first ? issuePath(first.path) : '';
  return fail(
    'corrupt-case',
    `${fileName} is damaged: ${where || 'the case'} ${first ? first.message.toLowerCase() : 'is invalid'}. Fix the file by hand; it was not changed.`,
    issues.slice(0, 5).map((i) => `${issuePath(i.path)}: ${i.message}`).join('; '),
  );
}

/** Refuses a valid case in which two entries of a collection share an id ('corrupt-case'). */
export function checkRepeatedIds(data: CaseData, fileName: string): void {
  // Every edit, undo and deletion finds its target by id: a repeated id would send it to the wrong one.
  const repeated = repeatedIdProblem(data);
  if (repeated) return fail('corrupt-case', `${fileName} is damaged: ${repeated.where} ${repeated.what}. Fix the file by hand; it was not changed.`);
}

/**
 * Parses and checks a case file's text. Throws AppFailure: 'not-a-case' for JSON that is not a
 * Claimwork case, 'newer-version' for a case from a later Claimwork, 'corrupt-case' otherwise.
 * Blocks for the whole parse: big files go through readCaseFile (case-read.ts) instead.
 */
export function parseCaseText(text: string, fileName: string): CaseData {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuseNotJson(text.trimStart().startsWith('{'), fileName);
  }
  const version = checkCaseHeader(raw, fileName);
  const parsed = caseSchema.safeParse(migrateCase(raw as Record<string, unknown>, version));
  if (!parsed.success) return refuseDamaged(parsed.error.issues, fileName);
  checkRepeatedIds(parsed.data, fileName);
  return parsed.data;
}

/** lowdb adapter for one case file: validated reads, atomic writes that keep `<name>.bak`. */
export class CaseFileAdapter implements Adapter<CaseData> {
  /** JSON text of the entities written so far, by identity; null once the case outgrew CACHE_MAX_CHARS. */
  private cache: JsonCache | null = new WeakMap();

  /** `onHead`: see readCaseFile (only big files are read in parts; a small one comes whole). */
  constructor(
    public readonly filePath: string,
    private readonly onHead?: (head: CaseHead) => void,
  ) {}

  async read(): Promise<CaseData | null> {
    try {
      return await this.readChecked();
    } catch (error) {
      throw await withBackupHint(error, this.filePath);
    }
  }

  private async readChecked(): Promise<CaseData | null> {
    let info;
    try {
      info = await stat(this.filePath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    const name = path.basename(this.filePath);
    if (info.isDirectory()) return fail('not-a-case', `${name} is a folder, not a case file. Choose the .claimwork.json file inside it.`);
    if (!info.isFile()) return fail('not-a-case', `${name} is ${specialFileKind(info)}, not a case file. Choose a .claimwork.json file saved by Claimwork.`);
    if (info.size > MAX_CASE_BYTES) return fail('refused-input', `${name} is larger than ${MAX_CASE_BYTES / 1024 / 1024} MB; Claimwork does not open case files that big. Split it into smaller cases.`);
    // Its text has at least as many bytes as characters: too big a case keeps no copy from the start.
    if (info.size > CACHE_MAX_CHARS) this.cache = null;
    // A big file is read, parsed and checked in a worker and in slices (case-read.ts), so the host
    // keeps answering meanwhile. Measured as "cw:case-read" (perf_hooks) for the bench and the tests.
    const start = performance.now();
    try {
      if (info.size >= WORKER_MIN_BYTES) return await readCaseFile(this.filePath, name, this.onHead);
      let bytes: Uint8Array;
      try {
        bytes = await readFile(this.filePath);
      } catch (error) {
        return refuseUnreadable(name, (error as NodeJS.ErrnoException).code ?? 'error');
      }
      return parseCaseText(decodeCaseBytes(bytes, name), name);
    } finally {
      performance.measure('cw:case-read', { start, end: performance.now() });
    }
  }

  /**
   * Writes `data` as the case file (atomically, keeping the `.bak`). Entities unchanged since the
   * last save reuse their JSON text (jsonPieces' cache), so an edit to one claim of a big case costs
   * that claim's serialisation, not the case's; the pieces go to disk without being joined first.
   */
  async write(data: CaseData): Promise<void> {
    await writeFileAtomic(this.filePath, await this.pieces(data), { keepBackup: true });
  }

  /**
   * Serialises `data` into the cache without writing it, so that the first save after opening a big
   * case is as short as the later ones. Nothing when the case keeps no copy (too big).
   */
  async prime(data: CaseData): Promise<void> {
    if (this.cache) await this.pieces(data);
  }

  /**
   * The case file's text for `data`, in pieces (see jsonPieces), with the text of unchanged entities
   * taken from earlier saves. A case whose text passes CACHE_MAX_CHARS keeps no copy (it would
   * double a big case's memory) and is serialised whole at every save, as before the cache.
   */
  async pieces(data: CaseData): Promise<string[]> {
    const pieces = await jsonPieces(data, { cache: this.cache ?? undefined });
    if (this.cache) {
      let chars = 0;
      for (const p of pieces) chars += p.length;
      if (chars > CACHE_MAX_CHARS) this.cache = null;
    }
    return pieces;
  }
}

/**
 * A damaged case's refusal ('corrupt-case') with where its last good copy is, when the `.bak` the
 * writes keep is there; any other error as it is. Only a damaged case: a file that is not a case
 * at all (or too big) has no copy that would help, and naming one that is not there would mislead.
 */
export async function withBackupHint(error: unknown, filePath: string): Promise<unknown> {
  if (!(error instanceof AppFailure) || error.appError.code !== 'corrupt-case') return error;
  const backup = `${filePath}.bak`;
  const there = await stat(backup).then((b) => b.isFile(), () => false);
  if (!there) return error;
  const { appError } = error;
  return new AppFailure({ ...appError, message: `${appError.message} Its last good copy is ${path.basename(backup)}, in the same folder: open that file to go back to it.` });
}

/** What a path that is neither a file nor a folder is, for the analyst (it is never read). */
function specialFileKind(info: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'a special file';
}

import { constants as fsConstants } from 'node:fs';
import { copyFile, link, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Adapter } from 'lowdb';
import { CASE_SCHEMA, CASE_SCHEMA_VERSION, type CaseData } from '../../shared/domain';
import { caseSchema, issuePath } from '../../shared/case-schema';
import { fail } from '../../shared/result';
import { migrateCase } from './case-migrations';
import { stringifyInSlices } from './json-slices';

/**
 * Largest case file we will parse, in bytes. The 1,000-article benchmark case is ~30 MB; parsing
 * takes several times the file's size in memory, and V8 strings stop a little under 512 MB.
 */
export const MAX_CASE_BYTES = 256 * 1024 * 1024;

let tmpCounter = 0;

/** Writes bytes to `target` atomically: temp file in the same folder, fsync, rename. */
export async function writeFileAtomic(target: string, contents: string | Uint8Array, keepBackup = false): Promise<void> {
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${++tmpCounter}.tmp`);
  const handle = await open(tmp, 'w', 0o600);
  try {
    await handle.writeFile(contents);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    if (keepBackup) await backUp(target);
    await rename(tmp, target);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  await syncDir(dir);
}

/**
 * Removes temp files a crashed save left beside `target` (`.<name>.<pid>.<n>.tmp` whose process is
 * gone). A live process's temp file — another window saving right now — is left alone. Never throws:
 * a temp file that cannot be removed only wastes space.
 */
export async function removeStaleTemps(target: string): Promise<string[]> {
  const dir = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (!Number.isInteger(pid) || pid <= 0 || processAlive(pid)) continue;
    try {
      await rm(path.join(dir, name), { force: true });
      removed.push(name);
    } catch {
      /* leave it */
    }
  }
  return removed;
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Keeps the current file as `<name>.bak` (hard link where possible: O(1), the old inode survives the rename). */
async function backUp(target: string): Promise<void> {
  const bak = `${target}.bak`;
  try {
    await stat(target);
  } catch {
    return; // first save: nothing to keep
  }
  await rm(bak, { force: true });
  try {
    await link(target, bak);
  } catch {
    await copyFile(target, bak, fsConstants.COPYFILE_FICLONE);
  }
}

async function syncDir(dir: string): Promise<void> {
  // Makes the rename durable on POSIX; not supported on Windows, where it is harmless to skip.
  try {
    const handle = await open(dir, 'r');
    await handle.sync().catch(() => undefined);
    await handle.close();
  } catch {
    /* best effort */
  }
}

/**
 * A case file's bytes as text. Claimwork writes UTF-8 only; a file hand-edited and saved as UTF-16 or
 * in a legacy encoding is refused ('corrupt-case') rather than read with replacement characters that
 * the next save would write back over the analyst's text.
 */
export function decodeCaseBytes(bytes: Uint8Array, fileName: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail('corrupt-case', `${fileName} was saved as UTF-16; Claimwork case files are UTF-8. Open its .bak copy, or save it again as UTF-8; the file was not changed.`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // An image or a program picked by mistake is not a damaged case: say so.
    const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 64)).toString('latin1');
    if (!/^(\xEF\xBB\xBF)?\s*\{/.test(head)) return fail('not-a-case', `${fileName} is not a Claimwork case file. Choose a file saved by Claimwork (it ends in .claimwork.json).`);
    return fail('corrupt-case', `${fileName} contains bytes that are not UTF-8 (was it edited and saved in another encoding?). Open its .bak copy, or save it again as UTF-8; the file was not changed.`);
  }
}

/** First repeated id in each collection, as "articles[3].id" and the id, or null. */
function repeatedId(data: CaseData): { where: string; id: string } | null {
  for (const key of ['articles', 'actors', 'sources', 'annotations'] as const) {
    const seen = new Set<string>();
    for (const [i, item] of data[key].entries()) {
      if (seen.has(item.id)) return { where: `${key}[${i}].id`, id: item.id };
      seen.add(item.id);
    }
  }
  return null;
}

/**
 * Parses and checks a case file's text. Throws AppFailure: 'not-a-case' for JSON that is not a
 * Claimwork case, 'newer-version' for a case from a later Claimwork, 'corrupt-case' otherwise.
 */
export function parseCaseText(text: string, fileName: string): CaseData {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // No detail: the parser's message quotes the file's first characters (any file the path names).
    return fail(
      text.trimStart().startsWith('{') ? 'corrupt-case' : 'not-a-case',
      `${fileName} is not a readable Claimwork case (it is not valid JSON). Open its .bak copy, or another case file.`,
    );
  }
  if (typeof raw !== 'object' || raw === null || (raw as { schema?: unknown }).schema !== CASE_SCHEMA) {
    return fail('not-a-case', `${fileName} is not a Claimwork case file. Choose a file saved by Claimwork (it ends in .claimwork.json).`);
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail('corrupt-case', `${fileName} has no valid schema version, so Claimwork cannot read it safely. Open its .bak copy, or fix "schemaVersion" by hand; the file was not changed.`);
  }
  if (version > CASE_SCHEMA_VERSION) {
    return fail(
      'newer-version',
      `${fileName} was saved by a newer Claimwork (case format ${version}; this version reads up to ${CASE_SCHEMA_VERSION}). Update Claimwork to open it; the file was not changed.`,
    );
  }
  const migrated = migrateCase(raw as Record<string, unknown>, version);
  const parsed = caseSchema.safeParse(migrated);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? issuePath(first.path) : '';
    return fail(
      'corrupt-case',
      `${fileName} is damaged: ${where || 'the case'} ${first ? first.message.toLowerCase() : 'is invalid'}. Open its .bak copy, or fix the file by hand.`,
      parsed.error.issues.slice(0, 5).map((i) => `${issuePath(i.path)}: ${i.message}`).join('; '),
    );
  }
  // Every edit, undo and deletion finds its target by id: a repeated id would send it to the wrong one.
  const repeated = repeatedId(parsed.data);
  if (repeated) {
    return fail('corrupt-case', `${fileName} is damaged: ${repeated.where} repeats the id "${repeated.id.slice(0, 60)}" of an earlier entry. Open its .bak copy, or fix the file by hand.`);
  }
  return parsed.data;
}

/** lowdb adapter for one case file: validated reads, atomic writes that keep `<name>.bak`. */
export class CaseFileAdapter implements Adapter<CaseData> {
  constructor(public readonly filePath: string) {}

  async read(): Promise<CaseData | null> {
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
    if (info.size > MAX_CASE_BYTES) return fail('refused-input', `${name} is larger than ${MAX_CASE_BYTES / 1024 / 1024} MB; Claimwork does not open case files that big. Split it into smaller cases, or open its .bak copy if this one grew by accident.`);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(this.filePath);
    } catch (error) {
      return fail('io-error', `${name} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}). Check that the file is there and that you may open it.`);
    }
    return parseCaseText(decodeCaseBytes(bytes, name), name);
  }

  async write(data: CaseData): Promise<void> {
    // In slices: an edit that arrives while a big case is serialised gets its reply in between.
    await writeFileAtomic(this.filePath, await stringifyInSlices(data), true);
  }
}

/** What a path that is neither a file nor a folder is, for the analyst (it is never read). */
function specialFileKind(info: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'a special file';
}

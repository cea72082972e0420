import { randomBytes } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import { copyFile, link, lstat, open, readdir, realpath, rename, rm, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { fail } from '../../shared/result';

/**
 * Safe writes for every file Claimwork saves (cases, their `.bak`, settings, exported briefings).
 * Anyone who can write in a case's folder (a shared or group-writable folder) must not be able to
 * make a save write somewhere else: temporary files get an unpredictable name and are created
 * exclusively, never through a link, readable by the owner only; the `.bak` is put in place by a
 * rename, which replaces a planted link instead of following it.
 */

// Where the OS has no O_NOFOLLOW (Windows), O_EXCL alone already refuses an existing name.
const CREATE_EXCLUSIVE = fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_EXCL | (fsConstants.O_NOFOLLOW ?? 0);

/** `.<name>.<pid>.<16 hex>.tmp`: the pid lets a later open tell a dead process's leftover from a live save. */
function tempNameFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(8).toString('hex')}.tmp`);
}

function tempPattern(target: string): RegExp {
  const escaped = path.basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\.${escaped}\\.(\\d+)\\.[0-9a-f]{16}\\.tmp$`);
}

/**
 * The path a save must write to: the real file behind `target` when `target` is a symlink (so the
 * link keeps pointing at the file that receives the edits), else `target` in its folder's real path.
 * Rejects with the OS error when the folder does not exist.
 */
export async function realWritePath(target: string): Promise<string> {
  try {
    return await realpath(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return path.join(await realpath(path.dirname(target)), path.basename(target));
  }
}

/** True when something (a file, folder or link, even a dangling one) is at `target`. */
export async function pathTaken(target: string): Promise<boolean> {
  try {
    await lstat(target);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

export interface AtomicWriteOptions {
  /** Keep the file being replaced as `<target>.bak` (a hard link, else a copy). */
  keepBackup?: boolean;
  /** false: refuse ('exists') when a file is already at the target instead of replacing it. Default true. */
  replace?: boolean;
}

/**
 * Writes `text` (one string, or pieces to be written one after the other) as UTF-8 at the handle's
 * position, a quarter of a million characters at a time: encoding a 20 MB case in one go held the back
 * end's event loop for tens of milliseconds (more under load), and an edit arriving meanwhile
 * waited; joining a case's pieces into one string (or a string per write) cost more than the
 * encoding itself. Short pieces are encoded straight into one reused buffer; a long one is cut,
 * never inside a surrogate pair (each part is encoded on its own), so a piece must not end in half
 * a pair itself (JSON.stringify's output never does). Rejects with the OS error.
 */
export async function writeTextInPieces(handle: FileHandle, text: string | readonly string[], pieceChars = 1 << 18): Promise<void> {
  const writeAll = async (bytes: Buffer, length: number): Promise<void> => {
    for (let done = 0; done < length; ) done += (await handle.write(bytes, done, length - done)).bytesWritten;
  };
  // A UTF-16 code unit is at most 3 bytes of UTF-8: a piece of n units always fits in 3n bytes.
  const pieces = typeof text === 'string' ? [text] : text;
  let chars = 0;
  for (const piece of pieces) chars += piece.length;
  const buffer = Buffer.allocUnsafe(3 * Math.min(pieceChars, chars) + 4);
  let used = 0;
  for (const piece of pieces) {
    const long = piece.length > pieceChars;
    // A long piece is encoded from the buffer's start, so what waits in it goes out first.
    if (used > 0 && (long || used + 3 * piece.length > buffer.length)) {
      await writeAll(buffer, used);
      used = 0;
    }
    if (!long) {
      used += buffer.write(piece, used, 'utf8');
      continue;
    }
    for (let at = 0; at < piece.length; ) {
      let end = Math.min(piece.length, at + pieceChars);
      const last = piece.charCodeAt(end - 1);
      // A part of one high surrogate takes its pair along instead.
      if (end < piece.length && last >= 0xd800 && last <= 0xdbff) end += end - 1 > at ? -1 : 1;
      const part = piece.slice(at, end);
      if (part.length <= pieceChars) await writeAll(buffer, buffer.write(part, 0, 'utf8'));
      else {
        const bytes = Buffer.from(part, 'utf8');
        await writeAll(bytes, bytes.length);
      }
      at = end;
    }
  }
  await writeAll(buffer, used);
}

/**
 * Writes `contents` to `target` so that readers see the old file or the whole new one: an exclusive
 * temporary file in the same folder, fsync, rename, fsync of the folder. A symlinked target is
 * written through to its real file. Rejects with the OS error (ENOENT for a missing folder, EACCES,
 * ENOSPC…) or AppFailure 'exists' (replace: false), and leaves no temporary file behind.
 */
export async function writeFileAtomic(target: string, contents: string | readonly string[] | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const real = await realWritePath(target);
  const dir = path.dirname(real);
  const tmp = tempNameFor(real);
  const handle = await open(tmp, CREATE_EXCLUSIVE, 0o600);
  try {
    if (contents instanceof Uint8Array) await handle.writeFile(contents);
    else await writeTextInPieces(handle, contents);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    if (options.replace === false) await placeNew(tmp, real);
    else {
      if (options.keepBackup) await backUp(real);
      await rename(tmp, real);
    }
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  await syncDir(dir);
}

/** Puts `tmp` at `target` only if nothing is there: link() never replaces, unlike rename(). */
async function placeNew(tmp: string, target: string): Promise<void> {
  try {
    await link(tmp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return fail('exists', `${path.basename(target)} already exists. Confirm that it may be replaced, or choose another name.`);
    // A file system without hard links (FAT, some network shares): check, then rename.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
    if (await pathTaken(target)) return fail('exists', `${path.basename(target)} already exists. Confirm that it may be replaced, or choose another name.`);
    await rename(tmp, target);
    return;
  }
  await unlink(tmp);
}

/**
 * Keeps the current file as `<name>.bak`: a hard link (O(1); the old inode survives the rename) or a
 * copy made under a fresh exclusive name, then renamed over `.bak`, so a planted `.bak` link is
 * replaced, never followed, and the `.bak` is never missing.
 */
async function backUp(real: string): Promise<void> {
  if (!(await pathTaken(real))) return; // first save: nothing to keep
  const bak = `${real}.bak`;
  const tmp = tempNameFor(real);
  try {
    try {
      await link(real, tmp);
    } catch {
      await copyFile(real, tmp, fsConstants.COPYFILE_EXCL);
    }
    await rename(tmp, bak);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
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
 * Removes temp files a crashed save left beside `target` (`.<name>.<pid>.<hex>.tmp` whose process is
 * gone), looking in the folder of its real file. A live process's temp file — another window saving
 * right now — is left alone. Never throws: a temp file that cannot be removed only wastes space.
 */
export async function removeStaleTemps(target: string): Promise<string[]> {
  let real: string;
  let names: string[];
  try {
    real = await realWritePath(target);
    names = await readdir(path.dirname(real));
  } catch {
    return [];
  }
  const pattern = tempPattern(real);
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1]);
    if (!Number.isInteger(pid) || pid <= 0 || processAlive(pid)) continue;
    try {
      await rm(path.join(path.dirname(real), name), { force: true });
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

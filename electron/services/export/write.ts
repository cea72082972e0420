import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes `bytes` to `filePath` so that readers see either the old file or the complete new one:
 * the bytes go to a temporary file in the same folder (same file system, so rename is atomic),
 * are flushed, then renamed over the target. Rejects with the OS error (ENOENT for a missing folder,
 * EACCES, ENOSPC…) and leaves no temporary file behind.
 */
export async function writeFileAtomic(filePath: string, bytes: Uint8Array | string): Promise<void> {
  const dir = path.dirname(filePath);
  const tmp = path.join(dir, `.${path.basename(filePath)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, bytes, { flush: true });
    await rename(tmp, filePath);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
}

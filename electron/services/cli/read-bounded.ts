/**
 * Reading a file named on the command line without loading an oversized one into memory: the size
 * is checked with stat first, the same limits as the app (import 50 MB, case 256 MB).
 */
import { readFile, stat } from 'node:fs/promises';
import { MAX_CASE_BYTES } from '../case-file';
import { MAX_IMPORT_BYTES } from '../import/extract';

const CASE_EXTENSIONS = ['.json', '.claimwork'];

/**
 * The bytes of `file`, or an Error whose message says what was wrong — missing, a folder, or larger
 * than the limit for its kind (a case file by its extension, else an article). The message does not
 * repeat the path: callers put it in front.
 */
export async function readBounded(file: string): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('a folder, not a file; name the files inside it.');
    size = info.size;
  } catch (error) {
    if (error instanceof Error && !('code' in error)) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(error)}).`);
  }
  const isCase = CASE_EXTENSIONS.some((ext) => file.toLowerCase().endsWith(ext));
  const max = isCase ? MAX_CASE_BYTES : MAX_IMPORT_BYTES;
  if (size > max) {
    throw new Error(`larger than ${Math.round(max / 1024 / 1024)} MB; Claimwork does not read ${isCase ? 'case files' : 'articles'} that big.`);
  }
  return new Uint8Array(await readFile(file));
}

import { inflateRawSync } from 'node:zlib';
import { refuse } from './refuse';

/** One entry of a ZIP central directory, as declared (sizes in bytes). */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** Total uncompressed bytes a document archive may declare; real article DOCX files are a few MB. */
export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
const MAX_ENTRIES = 10000;

const DAMAGED = 'This Word file is damaged (its ZIP structure cannot be read). Open it in Word or LibreOffice, save it again as .docx, and import that.';

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) + u16(b, at + 2) * 0x10000);
const u64 = (b: Uint8Array, at: number): number => u32(b, at) + u32(b, at + 4) * 0x100000000;

/**
 * Reads a ZIP's central directory without inflating anything (ZIP64 included).
 * Throws AppFailure('refused-input') when the directory is missing or inconsistent.
 */
export function readCentralDirectory(b: Uint8Array): ZipEntry[] {
  // End of central directory record: 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
    if (u32(b, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return refuse(DAMAGED, 'no end of central directory record');
  let count = u16(b, eocd + 10);
  let offset = u32(b, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(b, locator) !== 0x07064b50) return refuse(DAMAGED, 'ZIP64 locator missing');
    const rec = u64(b, locator + 8);
    if (rec + 56 > b.length || u32(b, rec) !== 0x06064b50) return refuse(DAMAGED, 'ZIP64 record missing');
    count = u64(b, rec + 32);
    offset = u64(b, rec + 48);
  }
  if (count > MAX_ENTRIES) return refuse(`This Word file holds ${count} parts, far more than a document has. It may be a ZIP bomb; it was not opened. Save the article text as a new .docx or .txt and import that.`);
  const entries: ZipEntry[] = [];
  let at = offset;
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > b.length || u32(b, at) !== 0x02014b50) return refuse(DAMAGED, `central directory entry ${n} missing`);
    const nameLen = u16(b, at + 28);
    const extraLen = u16(b, at + 30);
    const commentLen = u16(b, at + 32);
    let compressedSize = u32(b, at + 20);
    let uncompressedSize = u32(b, at + 24);
    let localHeaderOffset = u32(b, at + 42);
    const name = decoder.decode(b.subarray(at + 46, at + 46 + nameLen));
    // ZIP64 extended information (tag 1) carries the 64-bit values of the fields set to 0xFFFFFFFF, in order.
    for (let e = at + 46 + nameLen; e + 4 <= at + 46 + nameLen + extraLen; ) {
      const tag = u16(b, e);
      const size = u16(b, e + 2);
      if (tag === 0x0001) {
        let p = e + 4;
        if (uncompressedSize === 0xffffffff) { uncompressedSize = u64(b, p); p += 8; }
        if (compressedSize === 0xffffffff) { compressedSize = u64(b, p); p += 8; }
        if (localHeaderOffset === 0xffffffff) { localHeaderOffset = u64(b, p); }
      }
      e += 4 + size;
    }
    entries.push({ name, method: u16(b, at + 10), compressedSize, uncompressedSize, localHeaderOffset });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/**
 * Refuses archives that would expand beyond MAX_UNCOMPRESSED_BYTES, judged from the sizes the central
 * directory declares, before any library inflates them. `what` names the file kind in the message.
 */
export function assertNotZipBomb(b: Uint8Array, what = 'Word file'): ZipEntry[] {
  const entries = readCentralDirectory(b);
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > MAX_UNCOMPRESSED_BYTES) {
    const mb = Math.round(total / (1024 * 1024));
    return refuse(
      `This ${what} would expand to ${mb.toLocaleString('en')} MB when unpacked (a ZIP bomb or a document full of media), more than the 200 MB Claimwork accepts. Save the article text as a smaller .docx or .txt and import that.`,
    );
  }
  return entries;
}

/**
 * Inflates one entry, never producing more than its declared size: an entry whose data expands beyond
 * what the directory says (a lying ZIP bomb) is refused. Returns null if there is no such entry.
 */
export function readZipEntry(b: Uint8Array, entries: readonly ZipEntry[], name: string): Uint8Array | null {
  const entry = entries.find((e) => e.name === name);
  if (!entry) return null;
  const local = entry.localHeaderOffset;
  if (local + 30 > b.length || u32(b, local) !== 0x04034b50) return refuse(DAMAGED, `local header of ${name} missing`);
  const start = local + 30 + u16(b, local + 26) + u16(b, local + 28);
  const data = b.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) return refuse(DAMAGED, `unsupported compression method ${entry.method}`);
  try {
    return new Uint8Array(inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) }));
  } catch (error) {
    return refuse(DAMAGED, `${name}: ${String(error)}`);
  }
}

/** Checks that every deflated entry stays within its declared size, inflating each with that cap. */
export function assertEntriesHonest(b: Uint8Array, entries: readonly ZipEntry[]): void {
  for (const e of entries) if (e.method === 8) readZipEntry(b, entries, e.name);
}

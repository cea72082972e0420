/**
 * Recognises file kinds from their first bytes, so a file is judged by what it is and not only by
 * its name (a ".txt" that is really a PDF, a ZIP or an image).
 */
export type SniffedKind = 'pdf' | 'zip' | 'image' | 'executable' | 'archive' | 'office-legacy' | 'unknown';

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0): boolean =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);

/** Kind of file the leading bytes announce; 'unknown' for anything that may be text. */
export function sniffKind(bytes: Uint8Array): SniffedKind {
  // "%PDF-" may follow a little junk (some generators prepend bytes); look in the first kilobyte.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1');
  if (/%PDF-\d\.\d/.test(head)) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || // PNG
    startsWith(bytes, [0xff, 0xd8, 0xff]) || // JPEG
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) || // GIF
    (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) || // WebP
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]) // TIFF
  ) {
    return 'image';
  }
  if (startsWith(bytes, [0x4d, 0x5a]) || startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46]) || startsWith(bytes, [0xcf, 0xfa, 0xed, 0xfe])) {
    return 'executable';
  }
  if (startsWith(bytes, [0x1f, 0x8b]) || startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf]) || startsWith(bytes, [0x52, 0x61, 0x72, 0x21])) {
    return 'archive';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'office-legacy';
  return 'unknown';
}

/**
 * True when a sample looks like binary data rather than text in any 8-bit encoding: NUL bytes,
 * or more than 5 % C0 control characters other than tab, line feed, form feed and carriage return.
 * UTF-16 text also contains NULs: callers check for it before calling this.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 65536);
  if (sample.length === 0) return false;
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
    else if (b === 0x7f) controls++;
  }
  return controls / sample.length > 0.05;
}

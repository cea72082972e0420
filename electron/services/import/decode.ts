import chardet from 'chardet';
import iconv from 'iconv-lite';
import { looksBinary } from './sniff';
import { refuse } from './refuse';

/** Text decoded from bytes and the label of the encoding used (e.g. "UTF-8", "windows-1256"). */
export interface DecodedText {
  text: string;
  encoding: string;
}

/** Labels the analyst is most likely to pick, spelled the way the app shows them. */
const CANONICAL_LABELS: Record<string, string> = {
  'utf8': 'UTF-8',
  'utf-8': 'UTF-8',
  'utf16le': 'UTF-16LE',
  'utf-16le': 'UTF-16LE',
  'utf16be': 'UTF-16BE',
  'utf-16be': 'UTF-16BE',
  'utf-16': 'UTF-16',
  'windows-1256': 'windows-1256',
  'cp1256': 'windows-1256',
  'win1256': 'windows-1256',
  'iso-8859-6': 'ISO-8859-6',
  'iso88596': 'ISO-8859-6',
  'arabic': 'ISO-8859-6',
  'windows-1252': 'windows-1252',
  'cp1252': 'windows-1252',
  'iso-8859-1': 'ISO-8859-1',
  'latin1': 'ISO-8859-1',
  'iso-8859-15': 'ISO-8859-15',
};

/** Encodings the analyst can choose from when re-importing (all known to the decoder). */
export const COMMON_ENCODINGS: readonly string[] = [
  'UTF-8',
  'UTF-16LE',
  'UTF-16BE',
  'windows-1256',
  'ISO-8859-6',
  'windows-1252',
  'ISO-8859-1',
  'ISO-8859-15',
  'windows-1251',
];

const canonicalLabel = (label: string): string => CANONICAL_LABELS[label.trim().toLowerCase()] ?? label.trim();

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Characters a correct decoding of real text does not produce: U+FFFD, C0 (except whitespace) and C1 controls. */
const BAD_CHARS = /[\uFFFD\u0000-\u0008\u000B\u000E-\u001A\u001C-\u001F\u007F-\u009F]/g;
const badCount = (text: string): number => text.match(BAD_CHARS)?.length ?? 0;

/** Counts well-formed multi-byte UTF-8 sequences and invalid bytes, to tell damaged or mixed UTF-8 from a legacy encoding. */
function utf8Stats(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let good = need > 0 && i + need < bytes.length + 0;
    for (let k = 1; good && k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) good = false;
    }
    if (good) {
      multibyte++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
}

/**
 * UTF-16 without a byte order mark: text uses few 256-character blocks (Arabic text in UTF-16LE is
 * almost all 0x06 and 0x00 high bytes), random binary uses them all; the decoding must be clean.
 */
function guessUtf16(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const n = Math.min(bytes.length, 65536) & ~1;
  const sample = bytes.subarray(0, n);
  if (!sample.includes(0)) return null;
  for (const [label, highAt] of [['UTF-16LE', 1], ['UTF-16BE', 0]] as const) {
    const counts = new Map<number, number>();
    for (let i = highAt; i < n; i += 2) counts.set(sample[i] ?? 0, (counts.get(sample[i] ?? 0) ?? 0) + 1);
    const top = [...counts.values()].sort((a, b) => b - a).slice(0, 3).reduce((a, b) => a + b, 0);
    if (top < (n / 2) * 0.9) continue;
    const text = iconv.decode(asBuffer(sample), label);
    if (badCount(text) === 0 && !/[\p{Co}\p{Cn}]/u.test(text)) return label;
  }
  return null;
}

const BINARY_MESSAGE = 'This file contains binary data, not text. Choose an HTML, PDF, Word (.docx), Markdown or text file.';

/**
 * Decodes article bytes to a string. Order: byte order mark (UTF-8, UTF-16 LE/BE), UTF-16 without
 * a mark, strict UTF-8, then a statistical guess (chardet) checked by decoding (iconv-lite): the first
 * candidate that yields no replacement or control characters wins, which is how windows-1256 and
 * ISO-8859-6 (whose undefined bytes hold common windows-1256 letters) are told apart.
 * `forced` is an encoding label the analyst chose; it is used as is.
 * Throws AppFailure('refused-input') for binary data, unknown labels, UTF-8 that is damaged or mixed
 * with another encoding, and text whose encoding cannot be determined.
 */
export function decodeText(bytes: Uint8Array, forced?: string): DecodedText {
  const buf = asBuffer(bytes);
  if (forced !== undefined && forced.trim() !== '') {
    if (!iconv.encodingExists(forced.trim())) {
      return refuse(`"${forced}" is not an encoding Claimwork knows. Choose one from the list, for Arabic usually windows-1256 or ISO-8859-6.`);
    }
    const wide = /^(utf-?(16|32)|ucs-?2)/i.test(forced.trim());
    if (!wide && looksBinary(bytes)) return refuse(BINARY_MESSAGE);
    const text = iconv.decode(buf, forced.trim(), { stripBOM: true });
    return { text, encoding: canonicalLabel(forced) };
  }

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return strictUtf8(bytes.subarray(3), 'UTF-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'UTF-16BE');

  const utf16Guess = guessUtf16(bytes);
  if (utf16Guess) return utf16(bytes, utf16Guess);
  // NULs anywhere (not only in the sampled head) mean binary data appended to or inside the text.
  if (looksBinary(bytes) || bytes.includes(0)) return refuse(BINARY_MESSAGE);

  const stats = utf8Stats(bytes);
  if (stats.invalid === 0) return strictUtf8(bytes, 'UTF-8');
  // Real legacy-encoded text forms a valid UTF-8 sequence only by accident (a few per cent of its
  // high bytes); many valid sequences next to invalid bytes mean UTF-8 that is damaged or mixed.
  if (stats.multibyte >= 4 && stats.multibyte >= stats.invalid * 0.25) {
    return refuse(
      'This file is UTF-8 with damaged or mixed-in bytes from another encoding. Re-save it as UTF-8, or re-import it choosing the encoding yourself.',
      `${stats.multibyte} valid UTF-8 sequences, ${stats.invalid} invalid bytes`,
    );
  }
  return legacy(buf);
}

function strictUtf8(bytes: Uint8Array, label: string): DecodedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: label };
  } catch {
    return refuse('This file says it is UTF-8 but contains invalid UTF-8 bytes. Re-save it as UTF-8, or re-import it choosing the encoding yourself.');
  }
}

function utf16(bytes: Uint8Array, label: 'UTF-16LE' | 'UTF-16BE'): DecodedText {
  let text: string;
  try {
    text = new TextDecoder(label.toLowerCase(), { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return refuse(`This file is marked as ${label} but its bytes are not valid ${label}. Re-save it as UTF-8 and import it again.`);
  }
  if (/\u0000/.test(text) || badCount(text) > text.length * 0.05) return refuse(BINARY_MESSAGE);
  return { text, encoding: label };
}

/** Encodings chardet may name that are not single legacy text encodings we should try here. */
const SKIP = new Set(['UTF-8', 'UTF-16LE', 'UTF-16BE', 'UTF-32LE', 'UTF-32BE', 'ASCII']);

function legacy(buf: Buffer): DecodedText {
  const ranked = chardet
    .analyse(buf)
    .map((m) => m.name)
    .filter((name) => !SKIP.has(name) && iconv.encodingExists(name));
  // Always give the usual suspects a chance, Arabic first: the analysts' material is mostly Arabic.
  const candidates = [...new Set([...ranked, 'windows-1256', 'windows-1252'])];
  for (const name of candidates) {
    const text = iconv.decode(buf, name);
    if (badCount(text) === 0) return { text, encoding: canonicalLabel(name) };
  }
  return refuse(
    'Claimwork could not tell which encoding this text file uses. Re-import it choosing the encoding (for Arabic usually windows-1256 or ISO-8859-6), or re-save it as UTF-8.',
    `tried ${candidates.join(', ')}`,
  );
}

import iconv from 'iconv-lite';
import { canonicalText } from '../../../shared/text';
import { fail } from '../../../shared/result';
import { decodeText } from './decode';
import { extractHtmlString } from './html';
import { baseName, fallbackTitle, resolveDir, resolveLang } from './lang';
import { joinWrappedLines } from './paragraphs';
import { titleFromText } from './title';
import { refuse } from './refuse';
import { sniffKind } from './sniff';
import type { Extracted, ImportFormat } from './types';
import { readCentralDirectory } from './zip-guard';

export type { Extracted, ImportFormat } from './types';
export { extractHtmlString };
export { decodeText, COMMON_ENCODINGS } from './decode';
export { contentHash } from './hash';

/** Largest file accepted for import, in bytes (50 MiB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** File extensions the importer accepts, with the format each means. */
export const IMPORT_EXTENSIONS: Readonly<Record<string, ImportFormat>> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.md': 'md',
  '.markdown': 'md',
  '.txt': 'txt',
  '.text': 'txt',
};

const SUPPORTED = 'Claimwork imports .html, .htm, .pdf, .docx, .md and .txt files.';

const extensionOf = (name: string): string => {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
};

function checkCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) fail('cancelled', 'The import was cancelled.');
}

/**
 * Decides the format from the file's first bytes and its extension. The bytes win for PDF and
 * ZIP (a .txt that is really a PDF is read as a PDF); images, programs, archives and old binary
 * Office files are refused whatever their name.
 */
function chooseFormat(name: string, bytes: Uint8Array): ImportFormat {
  const ext = extensionOf(name);
  const kind = sniffKind(bytes);
  switch (kind) {
    case 'pdf':
      return 'pdf';
    case 'zip': {
      const isDocx = readCentralDirectory(bytes).some((e) => e.name === 'word/document.xml');
      if (isDocx) return 'docx';
      return refuse(`${baseName(name)}${ext} is a ZIP archive, not an article. Unpack it and import the files inside. ${SUPPORTED}`);
    }
    case 'image':
      return refuse(`${baseName(name)}${ext} is an image. Run OCR on it first, then import the text. ${SUPPORTED}`);
    case 'executable':
      return refuse(`${baseName(name)}${ext} is a program, not an article. ${SUPPORTED}`);
    case 'archive':
      return refuse(`${baseName(name)}${ext} is a compressed archive. Unpack it and import the files inside. ${SUPPORTED}`);
    case 'office-legacy':
      return refuse(`${baseName(name)}${ext} is an old binary Office file (.doc). Save it as .docx in Word or LibreOffice and import that.`);
    case 'unknown':
      break;
  }
  const format = IMPORT_EXTENSIONS[ext] ?? (ext === '' ? 'txt' : null);
  if (!format) return refuse(`${baseName(name)}${ext} is not a file type Claimwork can read. ${SUPPORTED}`);
  if (format === 'pdf') return refuse(`${baseName(name)}${ext} is named .pdf but is not a PDF. Open it to check what it is, or export it to PDF again.`);
  if (format === 'docx') return refuse(`${baseName(name)}${ext} is named .docx but is not a Word document. Open it in Word or LibreOffice and save it as .docx.`);
  return format;
}

/** Charset an HTML page declares in its first 1024 bytes (<meta charset> or http-equiv Content-Type), if iconv knows it. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
  const label = m?.[1];
  // As browsers do (HTML spec, "prescan"): a page whose <meta> could be read byte by byte is not
  // UTF-16 or UTF-32, whatever it says; x-user-defined means windows-1252.
  if (label && /^(utf-?(16|32)(le|be)?|ucs-?2|unicode)$/i.test(label)) return 'utf-8';
  if (label && /^x-user-defined$/i.test(label)) return 'windows-1252';
  return label && iconv.encodingExists(label) ? label : null;
}

/** True when the bytes are valid UTF-8 and contain at least one multi-byte character. */
function isMultibyteUtf8(bytes: Uint8Array): boolean {
  try {
    return /[^\u0000-\u007f]/.test(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return false;
  }
}

function decodeHtml(bytes: Uint8Array, forced: string | undefined): { text: string; encoding: string } {
  if (forced) return decodeText(bytes, forced);
  const declared = declaredCharset(bytes);
  // A declared UTF-8 is validated by the detector; a declared legacy charset is trusted, since its
  // bytes are valid in almost any 8-bit encoding and the page's author knew best. BOMs win over both.
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  // Except when the bytes are valid UTF-8 with non-ASCII letters: a page re-saved as UTF-8 that kept
  // its old <meta charset=windows-1256> would otherwise become mojibake (legacy Arabic text is never
  // valid UTF-8 beyond a word or two).
  if (declared && !hasBom && !/^utf-?8$/i.test(declared) && !isMultibyteUtf8(bytes)) {
    const label = /^(us-ascii|iso-8859-1|latin1)$/i.test(declared) ? 'windows-1252' : declared; // as browsers do
    return decodeText(bytes, label);
  }
  return decodeText(bytes);
}

/**
 * Reads one article file: picks the format (extension and magic bytes), decodes text (detecting the
 * encoding unless `opts.encoding` names one), extracts the article text and metadata.
 * `name` is the file name (only its extension and base name are used); `bytes` its whole content.
 * Throws AppFailure('refused-input') with a sentence for the analyst for every file it will not import
 * (empty, over 50 MB, binary, unsupported type, ZIP bomb, PDF without text...), and
 * AppFailure('cancelled') when `opts.signal` aborts. Nothing is written anywhere.
 */
export async function extractFile(name: string, bytes: Uint8Array, opts: { encoding?: string; signal?: AbortSignal } = {}): Promise<Extracted> {
  checkCancelled(opts.signal);
  const label = `${baseName(name)}${extensionOf(name)}`;
  if (bytes.length === 0) return refuse(`${label} is empty (0 bytes). Choose the file that contains the article.`);
  if (bytes.length > MAX_IMPORT_BYTES) {
    const mb = (bytes.length / (1024 * 1024)).toFixed(0);
    return refuse(`${label} is ${mb} MB, over the 50 MB limit. Import the article text only (save it as .txt, .docx or a smaller PDF).`);
  }
  const format = chooseFormat(name, bytes);
  let result: Extracted;
  switch (format) {
    case 'pdf':
    case 'docx': {
      // Format readers load on first use: pdfjs, jsdom and mammoth are large and most imports need one.
      const doc = format === 'pdf' ? await (await import('./pdf')).readPdf(bytes, opts.signal) : await (await import('./docx')).readDocx(bytes);
      const lang = resolveLang(doc.lang, doc.text);
      result = {
        title: usableTitle(doc.title) ?? fallbackTitle(doc.text, name),
        byline: doc.author,
        publisher: null,
        publishedAt: doc.createdAt,
        url: null,
        lang,
        dir: resolveDir(null, lang, doc.text),
        encoding: null,
        format,
        text: doc.text,
      };
      break;
    }
    case 'html': {
      const decoded = decodeHtml(bytes, opts.encoding);
      result = { ...extractHtmlString(decoded.text), encoding: decoded.encoding };
      break;
    }
    case 'md':
    case 'txt': {
      const decoded = decodeText(bytes, opts.encoding);
      // Hard-wrapped lines join into their paragraphs first, while the blank lines still tell them apart.
      const joined = joinWrappedLines(decoded.text, format === 'md');
      const source = format === 'md' ? joined.replace(/^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/gm, '$1') : joined;
      const whole = canonicalText(source);
      if (!whole) return refuse(`${label} contains no text, only blank space. Choose the file that contains the article.`);
      // A headline line titles the article and is not repeated as its first paragraph.
      const titled = titleFromText(whole);
      const text = titled.body;
      const lang = resolveLang(null, text);
      result = {
        title: titled.title ?? baseName(name),
        byline: null,
        publisher: null,
        publishedAt: null,
        url: null,
        lang,
        dir: resolveDir(null, lang, text),
        encoding: decoded.encoding,
        format,
        text,
      };
      break;
    }
  }
  checkCancelled(opts.signal);
  return result;
}

/** Document titles that are placeholders, not titles. */
function usableTitle(title: string | null): string | null {
  const t = title?.trim();
  if (!t || /^(untitled|document\d*|microsoft word - .*|new document|about:blank)$/i.test(t)) return null;
  return t.length > 300 ? null : t;
}

import mammoth from 'mammoth';
import { canonicalText } from '../../../shared/text';
import { assertEntriesHonest, assertNotZipBomb, readZipEntry } from './zip-guard';
import { refuse } from './refuse';

/** Text and core document properties of a DOCX. */
export interface DocxText {
  text: string;
  title: string | null;
  author: string | null;
  createdAt: string | null;
  lang: string | null;
}

const xmlText = (xml: string, tag: string): string | null => {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
  const value = m?.[1]
    ?.replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
  return value ? value : null;
};

/**
 * Paragraph text of a Word .docx (mammoth's raw text) and its title, author, creation date and
 * language from docProps/core.xml. The ZIP is checked first: declared sizes over 200 MB, or data that
 * inflates beyond its declared size, are refused before mammoth sees the file.
 * Throws AppFailure('refused-input') for ZIP bombs, damaged files and documents without text.
 */
export async function readDocx(bytes: Uint8Array): Promise<DocxText> {
  const entries = assertNotZipBomb(bytes);
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    return refuse('This file is a ZIP archive but not a Word document (it has no word/document.xml). Choose a .docx saved by Word or LibreOffice.');
  }
  assertEntriesHonest(bytes, entries);
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch (error) {
    return refuse('This Word file could not be read. Open it in Word or LibreOffice, save it again as .docx, and import that.', String(error));
  }
  const text = canonicalText(raw);
  if (!text) return refuse('This Word file contains no text. Check that it is the article (text in images needs OCR first).');
  const coreBytes = readZipEntry(bytes, entries, 'docProps/core.xml');
  const core = coreBytes ? new TextDecoder().decode(coreBytes) : '';
  return {
    text,
    title: xmlText(core, 'dc:title'),
    author: xmlText(core, 'dc:creator'),
    createdAt: xmlText(core, 'dcterms:created'),
    lang: xmlText(core, 'dc:language'),
  };
}

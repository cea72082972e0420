/**
 * Reads a PDF back in the tests with pdfjs-dist (no poppler): the text of each page in logical order
 * (lines rebuilt as the PDF importer does, right-to-left lines read from the right), every font the
 * pages use with whether its file is embedded, and the page sizes.
 */
import { getDocument, OPS, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { buildLines, insertsFakeSpaces } from '../../electron/services/import/pdf';

export interface PdfFont {
  /** The font's PostScript name, subset prefix included ("ABCDEF+Amiri-Bold"). */
  name: string;
  embedded: boolean;
}

export interface PdfReadBack {
  /** One string per page: its lines in logical order, one per line. */
  pages: string[];
  /** Every font the pages set, once per font object. */
  fonts: PdfFont[];
  /** Page sizes in PDF points (1/72 inch). */
  sizes: { width: number; height: number }[];
}

/** Reads `bytes` (a whole PDF); rejects when pdfjs cannot open it. */
export async function readPdfBack(bytes: Uint8Array): Promise<PdfReadBack> {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    fontExtraProperties: true,
    verbosity: VerbosityLevel.ERRORS,
  }).promise;
  try {
    const items: TextItem[][] = [];
    const fonts = new Map<string, PdfFont>();
    const sizes: PdfReadBack['sizes'] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      sizes.push({ width: x1 - x0, height: y1 - y0 });
      items.push((await page.getTextContent()).items.filter((i): i is TextItem => 'str' in i));
      const ops = await page.getOperatorList();
      ops.fnArray.forEach((fn, i) => {
        if (fn !== OPS.setFont) return;
        const id = String((ops.argsArray[i] as unknown[])[0]);
        const font = page.commonObjs.get(id) as { name?: string; missingFile?: boolean } | undefined;
        fonts.set(id, { name: font?.name ?? id, embedded: font?.missingFile === false });
      });
    }
    const fakeSpaces = insertsFakeSpaces(items.flat());
    return { pages: items.map((page) => buildLines(page, fakeSpaces).map((l) => l.text).join('\n')), fonts: [...fonts.values()], sizes };
  } finally {
    await pdf.destroy();
  }
}

/** Text without bidi controls, whitespace collapsed: what a quote check compares. */
export const words = (text: string): string =>
  text
    .replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

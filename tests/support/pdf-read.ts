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

/** One text item of a printed line: its string (logical order within the item) and where it is drawn. */
export interface PlacedItem {
  str: string;
  x: number;
  width: number;
  rtl: boolean;
}

/** A printed line: its items left to right and the page's width, for telling which side it is aligned to. */
export interface PrintedLine {
  items: PlacedItem[];
  left: number;
  right: number;
  pageWidth: number;
}

/** Every line of every page, items in visual order (left to right), top of the page first. */
export async function readPrintedLines(bytes: Uint8Array): Promise<PrintedLine[][]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: VerbosityLevel.ERRORS }).promise;
  try {
    const pages: PrintedLine[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const pageWidth = (page.view[2] ?? 0) - (page.view[0] ?? 0);
      const items = (await page.getTextContent()).items
        .filter((i): i is TextItem => 'str' in i && i.str.length > 0)
        .map((i) => ({ str: i.str, x: i.transform[4] ?? 0, y: i.transform[5] ?? 0, width: i.width, size: Math.hypot(i.transform[2] ?? 0, i.transform[3] ?? 0) || 10, rtl: i.dir === 'rtl' }))
        .sort((a, b) => b.y - a.y || a.x - b.x);
      const groups: (typeof items)[] = [];
      for (const it of items) {
        const g = groups[groups.length - 1];
        if (g && Math.abs(g[0]!.y - it.y) <= Math.max(g[0]!.size, it.size) / 3) g.push(it);
        else groups.push([it]);
      }
      pages.push(
        groups.map((g) => {
          const sorted = [...g].sort((a, b) => a.x - b.x).map(({ str, x, width, rtl }) => ({ str, x, width, rtl }));
          const inked = sorted.filter((i) => i.str.trim() !== '');
          return { items: sorted, left: Math.min(...inked.map((i) => i.x)), right: Math.max(...inked.map((i) => i.x + i.width)), pageWidth };
        }),
      );
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

const LATIN_OR_DIGIT = /[\p{L}0-9]/u;
const ARABIC = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const MIRRORED: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '«': '»', '»': '«', '<': '>', '>': '<' };

/**
 * The logical text of a printed line laid out in base direction `base` (the inverse of the bidi
 * algorithm's reordering, for one level of embedding): a left-to-right line reads its items left to
 * right with each right-to-left stretch read from its right end; a right-to-left line the mirror
 * image, its brackets unmirrored. Reading a line in the direction its text was meant to have gives
 * the typed text back only when it was laid out in that direction.
 */
export function readLineAs(line: PrintedLine, base: 'ltr' | 'rtl'): string {
  // pdfjs joins a left-to-right word with the neutrals drawn next to it ("!Haftar" for "Haftar" then "!"
  // in a right-to-left line): those neutrals are pieces of their own.
  const pieces = line.items.flatMap((i): PlacedItem[] => {
    if (ARABIC.test(i.str)) return [i];
    const m = /^([^\p{L}\p{N}([«“]*)(.*?)([^\p{L}\p{N})\]»”]*)$/su.exec(i.str);
    if (!m || !m[2]) return [i];
    return [m[1]!, m[2], m[3]!].filter((t) => t !== '').map((str) => ({ ...i, str }));
  });
  const visual = base === 'ltr' ? pieces : [...pieces].reverse();
  const arabic = (i: PlacedItem): boolean => ARABIC.test(i.str);
  const foreign = (i: PlacedItem): boolean => (base === 'ltr' ? arabic(i) : !arabic(i) && LATIN_OR_DIGIT.test(i.str));
  const native = (i: PlacedItem): boolean => (base === 'ltr' ? !arabic(i) && LATIN_OR_DIGIT.test(i.str) : arabic(i));
  const out: string[] = [];
  for (let k = 0; k < visual.length; ) {
    const item = visual[k]!;
    if (!foreign(item)) {
      // A neutral in a right-to-left line was drawn mirrored and reversed.
      out.push(base === 'rtl' && !native(item) ? [...item.str].reverse().map((c) => MIRRORED[c] ?? c).join('') : item.str);
      k += 1;
      continue;
    }
    // The stretch of foreign items and the neutrals between them reads backwards.
    let end = k;
    // It does not run on across a bracket: "LNA (1)" in Arabic is a name, then a number in brackets.
    for (let j = k; j < visual.length && !native(visual[j]!) && !(j > k && /^[()[\]]$/.test(visual[j]!.str)); j++) if (foreign(visual[j]!)) end = j;
    out.push(...visual.slice(k, end + 1).reverse().map((i) => i.str));
    k = end + 1;
  }
  return out.join('');
}

/** Which side a line is aligned to within the page margins (mm): 'ltr' for the left, 'rtl' for the right, null for both or neither. */
export function alignedSide(line: PrintedLine, marginMm: { left: number; right: number }): 'ltr' | 'rtl' | null {
  const pt = 72 / 25.4;
  const atLeft = Math.abs(line.left - marginMm.left * pt) < 4;
  const atRight = Math.abs(line.right - (line.pageWidth - marginMm.right * pt)) < 4;
  return atLeft === atRight ? null : atLeft ? 'ltr' : 'rtl';
}

export interface PdfStructure {
  /** MarkInfo /Marked: the PDF says it is tagged. */
  marked: boolean;
  /** Every structure role on page 1 (H1, P, Table…), once each. */
  roles: string[];
  /** Titles of the outline's (bookmarks') entries, depth first. */
  outline: string[];
}

/** Reads a PDF's tagging: MarkInfo, the structure tree of page 1 and the outline. */
export async function readStructure(bytes: Uint8Array): Promise<PdfStructure> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: VerbosityLevel.ERRORS }).promise;
  try {
    const mark = (await pdf.getMarkInfo()) as { Marked?: boolean } | null;
    const roles = new Set<string>();
    type Node = { role?: string; children?: Node[] };
    const walk = (n: Node | null | undefined): void => {
      if (!n) return;
      if (n.role) roles.add(n.role);
      for (const c of n.children ?? []) walk(c);
    };
    walk((await (await pdf.getPage(1)).getStructTree()) as Node | null);
    type Entry = { title: string; items: Entry[] };
    const titles: string[] = [];
    const visit = (entries: Entry[] | null): void => {
      for (const e of entries ?? []) {
        titles.push(e.title);
        visit(e.items);
      }
    };
    visit((await pdf.getOutline()) as Entry[] | null);
    return { marked: mark?.Marked === true, roles: [...roles], outline: titles };
  } finally {
    await pdf.destroy();
  }
}

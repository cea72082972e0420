import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { canonicalText } from '../../../shared/text';
import { fail } from '../../../shared/result';
import { refuse } from './refuse';

/** One rebuilt line of a page: its text in logical order, baseline y (PDF units, up is larger) and font size. */
export interface Line {
  text: string;
  y: number;
  x: number;
  size: number;
}

/** Text and document-information metadata of a PDF, paragraphs rebuilt (not yet titled or language-tagged). */
export interface PdfText {
  text: string;
  title: string | null;
  author: string | null;
  /** ISO 8601 from the PDF's CreationDate, if it has one. */
  createdAt: string | null;
  lang: string | null;
}

const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/g;
const LTR_CHAR = /[A-Za-z\u00C0-\u024F]/g;

const SCANNED = 'This PDF has no text layer (is it a scan?). Run OCR first, then import the result.';

/**
 * Reads the text layer of a PDF with pdfjs (no worker thread, no eval, no fonts loaded), rebuilds
 * lines from item positions and paragraphs from vertical gaps, and drops running headers, footers
 * and page numbers (lines repeated at the top or bottom of most pages).
 * Throws AppFailure('refused-input') for damaged, password-protected and text-less PDFs, and
 * AppFailure('cancelled') when `signal` aborts between pages.
 */
export async function readPdf(bytes: Uint8Array, signal?: AbortSignal): Promise<PdfText> {
  // pdfjs may transfer (detach) the buffer it is given and refuses Node Buffers: hand it a plain copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy();
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') return refuse('This PDF is password-protected. Remove the password (print it to a new PDF) and import it again.');
    return refuse('This PDF is damaged or not a PDF. Open it in a PDF reader, save or print it to a new PDF, and import that.', String(error));
  }
  try {
    const pageItems: TextItem[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      if (signal?.aborted) return fail('cancelled', 'The import was cancelled.');
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pageItems.push(content.items.filter((i): i is TextItem => 'str' in i));
      page.cleanup();
    }
    const fakeSpaces = insertsFakeSpaces(pageItems.flat());
    const pages = pageItems.map((items) => buildLines(items, fakeSpaces));
    if (!pages.some((lines) => lines.some((l) => /[\p{L}\p{N}]/u.test(l.text)))) return refuse(SCANNED);
    const text = canonicalText(paragraphs(dropRunningLines(pages)));
    if (!text) return refuse(SCANNED);
    const meta = await pdf.getMetadata().catch(() => null);
    const info = (meta?.info ?? {}) as Record<string, unknown>;
    const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
    return { text, title: str(info.Title), author: str(info.Author), createdAt: pdfDate(str(info.CreationDate)), lang: str(info.Language) };
  } finally {
    await pdf.destroy();
  }
}

/** "D:20240131093000+01'00'" → "2024-01-31T09:30:00+01:00"; null when absent or malformed. */
export function pdfDate(raw: string | null): string | null {
  const m = raw ? /^D?:?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz]|[+-]\d{2}'?\d{2}'?)?/.exec(raw) : null;
  if (!m) return null;
  const [, y, mo = '01', d = '01', h, mi = '00', s = '00', tz] = m;
  if (!h) return `${y}-${mo}-${d}`;
  const zone = !tz || /z/i.test(tz) ? 'Z' : `${tz.slice(0, 3)}:${tz.replace(/'/g, '').slice(3, 5) || '00'}`;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`;
}

/**
 * Chromium writes every space between words as its own text item. When a PDF does that, a space
 * inside a right-to-left item is not in the text: pdfjs inserted it for a wide kerning gap (Amiri
 * leaves one before ya after the non-joining letters ra, zain and waw: "إفر يقيا" for "إفريقيا").
 */
export function insertsFakeSpaces(items: readonly TextItem[]): boolean {
  let standalone = 0;
  let inside = 0;
  for (const i of items) {
    if (i.str === ' ') standalone++;
    else if (i.dir === 'rtl' && i.str.includes(' ')) inside++;
  }
  return standalone >= 20 && standalone >= inside * 5;
}

const KERNING_SPACE = /([\u0631\u0632\u0648\u0698]) (?=\u064A)/g;
const NEUTRAL_ONLY = /^[^\p{L}\p{N}\p{M}]{2,}$/u;
const MARKS_ONLY = /^\p{M}+$/u;

/** Groups text items into lines (same baseline within a third of the font size) in logical order (the tests read exported PDFs back with it too). */
export function buildLines(items: TextItem[], fakeSpaces: boolean): Line[] {
  type Piece = { str: string; x: number; y: number; w: number; size: number; rtl: boolean };
  const pieces: Piece[] = items
    .filter((i) => i.str.length > 0)
    .map((i) => ({
      // A glyph without a Unicode mapping comes out as NUL: keep a visible U+FFFD so the analyst sees a letter is missing.
      str: /^\u0000+$/.test(i.str) ? '\uFFFD' : fakeSpaces && i.dir === 'rtl' ? i.str.replace(KERNING_SPACE, '$1') : i.str,
      x: i.transform[4] ?? 0,
      y: i.transform[5] ?? 0,
      w: i.width,
      size: Math.hypot(i.transform[2] ?? 0, i.transform[3] ?? 0) || i.height || 10,
      rtl: i.dir === 'rtl' || /^\u0000+$/.test(i.str),
    }));
  // A lone Arabic mark (tanween, shadda...) is drawn over a neighbouring letter, so its x says little.
  // Chromium writes right-to-left glyphs left to right with each mark just before its base letter's
  // item: it is placed just inside that next item's left edge, which reads right after that item.
  pieces.forEach((p, k) => {
    const next = pieces[k + 1];
    if (MARKS_ONLY.test(p.str) && next?.rtl && Math.abs(next.y - p.y) < next.size / 3) {
      p.x = next.x + Math.min(0.01, next.w / 2);
      p.w = 0;
    }
  });
  pieces.sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Piece[][] = [];
  for (const p of pieces) {
    const g = groups[groups.length - 1];
    const ref = g?.[0];
    if (g && ref && Math.abs(ref.y - p.y) <= Math.max(ref.size, p.size) / 3) g.push(p);
    else groups.push([p]);
  }
  return groups.map((g) => {
    const joined = g.map((p) => p.str).join('');
    const rtl = (joined.match(RTL_CHAR)?.length ?? 0) > (joined.match(LTR_CHAR)?.length ?? 0);
    // Right-to-left lines read from the right edge: items ordered by descending x are in logical order
    // (each item's own string is already logical); left-to-right lines by ascending x.
    const ordered = [...g].sort((a, b) => (rtl ? b.x + b.w - (a.x + a.w) : a.x - b.x));
    // A run of punctuation only (".”") comes out left to right; in a right-to-left line it reads right to left.
    if (rtl) for (const p of ordered) if (NEUTRAL_ONLY.test(p.str)) p.str = [...p.str].reverse().join('');
    let text = '';
    let prevEdge: number | null = null;
    for (const p of ordered) {
      const start = rtl ? p.x + p.w : p.x;
      const gap = prevEdge === null ? 0 : rtl ? prevEdge - start : start - prevEdge;
      if (prevEdge !== null && gap > p.size * 0.2 && !/\s$/.test(text) && !/^\s/.test(p.str)) text += ' ';
      text += p.str;
      prevEdge = rtl ? p.x : p.x + p.w;
    }
    const size = Math.max(...g.map((p) => p.size));
    text = text.replace(/\s+/g, ' ').trim();
    // Kashida between two joined letters is typographic stretching (Amiri draws lam-kaf with one), not text.
    if (rtl) text = unmirrorBrackets(text).replace(/(?<=[\u0620-\u064A])\u0640+(?=[\u0620-\u064A])/g, '');
    return { text, y: g[0]?.y ?? 0, x: Math.min(...g.map((p) => p.x)), size };
  }).filter((l) => l.text.length > 0);
}

const MIRROR: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '«': '»', '»': '«', '‹': '›', '›': '‹' };
const STRONG_LTR = /[A-Za-z\u00C0-\u024F]/;
const STRONG_OR_NUMBER = /[A-Za-z\u00C0-\u024F\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF0-9\u0660-\u0669\u06F0-\u06F9]/;

/**
 * In a right-to-left line the PDF draws mirrored glyphs for brackets that take the right-to-left
 * direction, and the text layer reports the glyph (")LNA(" for "(LNA)"). Following the bidi rule for
 * neutrals, a bracket is right-to-left unless the nearest strong characters on both sides are
 * left-to-right letters; those are swapped back.
 */
export function unmirrorBrackets(line: string): string {
  const chars = [...line];
  const strongAround = (i: number, step: 1 | -1): string | null => {
    for (let k = i + step; k >= 0 && k < chars.length; k += step) {
      const c = chars[k] ?? '';
      if (STRONG_OR_NUMBER.test(c)) return c;
    }
    return null;
  };
  return chars
    .map((c, i) => {
      const swapped = MIRROR[c];
      if (!swapped) return c;
      const before = strongAround(i, -1);
      const after = strongAround(i, 1);
      return before && after && STRONG_LTR.test(before) && STRONG_LTR.test(after) ? c : swapped;
    })
    .join('');
}

const PAGE_NUMBER = /^[-–—\s]*((page|p\.|صفحة|الصفحة)\s*)?[\d\u0660-\u0669\u06F0-\u06F9ivxlc]+(\s*(of|sur|\/|من)\s*[\d\u0660-\u0669\u06F0-\u06F9]+)?[-–—\s]*$/i;
const shape = (text: string): string => text.replace(/[\d\u0660-\u0669\u06F0-\u06F9]+/g, '#').toLowerCase();

/**
 * Removes bare page numbers and running headers and footers: lines among the top or bottom two of a
 * page that recur on most pages, either verbatim or, for short lines (up to ten words), with only
 * their numbers changed ("Digest, page 3 of 9").
 */
function dropRunningLines(pages: Line[][]): Line[][] {
  const EDGE = 2;
  const edges = (lines: Line[]): Line[] => [...lines.slice(0, EDGE), ...lines.slice(Math.max(EDGE, lines.length - EDGE))];
  const keys = (l: Line): string[] => {
    const out = [`=${l.text.toLowerCase()}`];
    if (l.text.split(/\s+/).length <= 10) out.push(`#${shape(l.text)}`);
    return out;
  };
  const seen = new Map<string, number>();
  for (const lines of pages) {
    for (const key of new Set(edges(lines).flatMap(keys))) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length * 0.6));
  const running = (l: Line): boolean => PAGE_NUMBER.test(l.text) || (pages.length >= 2 && keys(l).some((k) => (seen.get(k) ?? 0) >= needed));
  return pages.map((lines) => {
    const edge = new Set(edges(lines));
    return lines.filter((l) => !(edge.has(l) && running(l)));
  });
}

/** Joins lines into paragraphs: a vertical gap clearly larger than the usual line spacing starts a new one. */
function paragraphs(pages: Line[][]): string {
  const gaps: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const a = lines[i - 1];
      const b = lines[i];
      if (a && b) gaps.push((a.y - b.y) / Math.max(a.size, 1));
    }
  }
  gaps.sort((a, b) => a - b);
  // The smallest common gap is the line spacing inside a paragraph.
  const lineGap = gaps[Math.floor(gaps.length * 0.25)] ?? 1.2;
  const out: string[] = [];
  let current = '';
  const push = (): void => {
    if (current.trim()) out.push(current.trim());
    current = '';
  };
  pages.forEach((lines) => {
    // A page break ends a paragraph unless the sentence clearly runs on.
    if (current && /[.!?؟:»”"]\s*$/.test(current)) push();
    lines.forEach((line, i) => {
      const prev = lines[i - 1];
      if (prev) {
        const gap = (prev.y - line.y) / Math.max(prev.size, 1);
        const sizeChange = Math.abs(prev.size - line.size) > Math.min(prev.size, line.size) * 0.15;
        if (gap > lineGap * 1.35 || gap < 0 || sizeChange) push();
      }
      current = current ? `${current} ${line.text}` : line.text;
    });
  });
  push();
  return out.join('\n');
}

/**
 * Reads a .docx back in the tests: its text as Word shows it (mammoth, the app's own .docx importer
 * library) and the WordprocessingML parts (unzipped with JSZip, which mammoth itself uses), so a test
 * can check which paragraphs are marked right-to-left.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';

export interface DocxParagraph {
  text: string;
  /** <w:bidi/>: a right-to-left paragraph. */
  bidi: boolean;
  /** Texts of the runs marked <w:rtl/>. */
  rtlRuns: string[];
}

export interface DocxReadBack {
  /** mammoth's plain text of the body (footnotes are not in it). */
  text: string;
  /** mammoth's HTML, footnotes at the end. */
  html: string;
  paragraphs: DocxParagraph[];
  headers: string[];
  footers: string[];
  footnotes: string[];
}

const decode = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The paragraphs of one WordprocessingML part, with their direction marks. */
export function paragraphsOf(xml: string): DocxParagraph[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => {
    const runs = [...p.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map(([, r]) => ({ rtl: /<w:rtl\/>|<w:rtl w:val="(true|1)"\/>/.test(r!), text: decode([...r!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')) }));
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(p)?.[1] ?? '';
    return { text: runs.map((r) => r.text).join(''), bidi: /<w:bidi\/>|<w:bidi w:val="(true|1)"\/>/.test(pPr), rtlRuns: runs.filter((r) => r.rtl && r.text).map((r) => r.text) };
  });
}

/** Reads `bytes` (a whole .docx); rejects when it is not a zip or has no document part. */
export async function readDocxBack(bytes: Uint8Array): Promise<DocxReadBack> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string): Promise<string> => (await zip.file(name)?.async('string')) ?? '';
  const document = await part('word/document.xml');
  if (!document) throw new Error('no word/document.xml');
  const names = Object.keys(zip.files);
  const texts = async (re: RegExp): Promise<string[]> =>
    Promise.all(names.filter((n) => re.test(n)).sort().map(async (n) => paragraphsOf(await part(n)).map((p) => p.text).join('\n')));
  const buffer = Buffer.from(bytes);
  return {
    text: (await mammoth.extractRawText({ buffer })).value,
    html: (await mammoth.convertToHtml({ buffer })).value,
    paragraphs: paragraphsOf(document),
    headers: await texts(/^word\/header\d*\.xml$/),
    footers: await texts(/^word\/footer\d*\.xml$/),
    footnotes: paragraphsOf(await part('word/footnotes.xml')).map((p) => p.text).filter((t) => t.trim()),
  };
}

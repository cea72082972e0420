/**
 * Byte-level makers for the hostile input suite: hand-written PDFs (with and without a text layer,
 * encrypted, truncated), DOCX packages built from raw XML (so tests can put entity bombs and
 * external entities inside), and case files that are wrong in one precise way. Everything is made
 * at test time from code; no binary fixture lives in the repository.
 */
import { emptyCase, type Annotation, type Article, type CaseData } from '../../../shared/domain';
import { contentHash } from '../../../electron/services/import/hash';
import { paragraphStarts } from '../../../shared/text';
import { makeZip, type ZipInput } from '../import/make-files';

const latin1 = (s: string): Buffer => Buffer.from(s, 'latin1');

/** Options of a one-page hand-written PDF. */
export interface PdfOptions {
  /** Page content stream (PDF operators). */
  content: string;
  /** Adds a standard-security /Encrypt dictionary whose user password is not empty. */
  encrypted?: boolean;
}

/**
 * A valid one-page PDF (objects, xref table, trailer) with Helvetica as /F1. Text drawn with
 * `BT /F1 12 Tf 72 720 Td (Hello) Tj ET` has a text layer; a content of only path operators
 * (`0 0 m 100 100 l S`) draws a picture with no text, like a scan.
 */
export function makePdf(opts: PdfOptions): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${latin1(opts.content).length} >>\nstream\n${opts.content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  if (opts.encrypted) {
    // Revision 2 RC4 security handler: /U is what the empty user password would have to produce;
    // these bytes do not match, so a reader must ask for a password.
    const hex32 = (seed: number): string => Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) & 0xff).toString(16).padStart(2, '0')).join('');
    objects.push(`<< /Filter /Standard /V 1 /R 2 /O <${hex32(11)}> /U <${hex32(97)}> /P -44 >>`);
  }
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((obj, i) => {
    offsets.push(latin1(body).length);
    body += `${i + 1} 0 obj\n${obj}\nendobj\n`;
  });
  const xrefAt = latin1(body).length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  const encrypt = opts.encrypted ? ` /Encrypt ${objects.length} 0 R /ID [<00112233445566778899aabbccddeeff><00112233445566778899aabbccddeeff>]` : '';
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new Uint8Array(latin1(body));
}

/** Content stream that writes each line with Helvetica, one below the other. */
export function pdfTextContent(lines: readonly string[]): string {
  const esc = (s: string): string => s.replace(/([\\()])/g, '\\$1');
  return `BT /F1 12 Tf 14 TL 72 760 Td ${lines.map((l) => `(${esc(l)}) Tj T*`).join(' ')} ET`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;

/**
 * A minimal DOCX package around `documentXml` (the whole word/document.xml, prolog and DOCTYPE
 * included, so a test can declare entities). `extra` adds or overrides parts (e.g. a lying size).
 */
export function makeRawDocx(documentXml: string, extra: readonly ZipInput[] = []): Uint8Array {
  const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
  const parts: ZipInput[] = [
    { name: '[Content_Types].xml', data: enc(CONTENT_TYPES) },
    { name: '_rels/.rels', data: enc(ROOT_RELS) },
    { name: 'word/document.xml', data: enc(documentXml) },
  ];
  for (const e of extra) {
    const at = parts.findIndex((p) => p.name === e.name);
    if (at >= 0) parts[at] = e;
    else parts.push(e);
  }
  return makeZip(parts);
}

/** word/document.xml with one paragraph per entry; `prolog` goes between the XML declaration and the root. */
export function documentXml(paragraphs: readonly string[], prolog = ''): string {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prolog}
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
}

const NOW = '2026-01-01T00:00:00.000Z';

/** A valid current-version case with one article and one claim on it, as plain JSON-ready data. */
export function validCase(): CaseData {
  const text = 'The minister said the talks would resume next week.\nOfficials confirmed the date.';
  const article: Article = {
    id: 'art-1',
    title: 'Talks resume',
    text,
    lang: 'en',
    dir: 'ltr',
    url: null,
    publisher: null,
    byline: null,
    publishedAt: null,
    origin: { fileName: null, format: 'paste', encoding: null },
    contentHash: contentHash(text),
    paragraphStarts: paragraphStarts(text),
    sourceId: null,
    addedAt: NOW,
  };
  const annotation: Annotation = {
    id: 'ann-1',
    articleId: 'art-1',
    kind: 'claim',
    target: {
      position: { type: 'TextPositionSelector', start: 4, end: 12 },
      quote: { type: 'TextQuoteSelector', exact: 'minister', prefix: 'The ', suffix: ' said the talks would resume next' },
    },
    origin: { kind: 'manual' },
    review: 'accepted',
    confidence: 1,
    claim: null,
    actorId: null,
    sourceId: null,
    note: '',
    createdAt: NOW,
    updatedAt: NOW,
  };
  return { ...emptyCase('case-hostile', NOW, 'Hostile suite'), articles: [article], annotations: [annotation] };
}

/** A deep copy of validCase() with `edit` applied to its plain-JSON form (for wrong types and missing fields). */
export function editedCase(edit: (raw: Record<string, unknown> & { articles: Record<string, unknown>[]; annotations: Record<string, unknown>[] }) => void): string {
  const raw = JSON.parse(JSON.stringify(validCase())) as Record<string, unknown> & { articles: Record<string, unknown>[]; annotations: Record<string, unknown>[] };
  edit(raw);
  return JSON.stringify(raw, null, 2);
}

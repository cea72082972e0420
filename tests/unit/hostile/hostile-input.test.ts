/**
 * Hostile input suite (issue 7): one table of files an analyst might import or open as a case,
 * each made on disk in a temporary folder and driven through the paths the app uses.
 *
 * Import rows go through both back-end routes: the path route (dispatch 'importWithDialog', as
 * Electron's Open files… dialog hands over paths: the size is checked with stat before the file is
 * read) and the bytes route (dispatch 'importFile', as the browser host and drag and drop send a
 * file's bytes; files over the request limit never get there, the window refuses them by their size,
 * so those rows take the path route only). Case rows go through dispatch 'openCase' on a running
 * Workspace.
 *
 * For every refused row: the outcome is a refusal (no exception escapes, no 'internal' error), the
 * message names the problem and what to do, and nothing is written: every file under the data folder
 * (the open case, its settings) and the hostile file's own folder keeps its bytes, size, inode and
 * mtime, and no file appears or disappears. Rows that are read safely instead (hostile HTML, UTF-16
 * without a mark, a case whose annotation lost its article) check what was stored.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, open, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CASE_SCHEMA_VERSION } from '../../../shared/domain';
import type { CaseView, ImportOutcome } from '../../../shared/ipc-contract';
import { MAX_REQUEST_BYTES } from '../../../shared/ipc-contract';
import type { ErrorCode, Result } from '../../../shared/result';
import { createHandlers, dispatch, type HandlerTable } from '../../../electron/services/handlers';
import { importPath } from '../../../electron/services/import';
import { MAX_IMPORT_BYTES } from '../../../electron/services/import/extract';
import { MAX_CASE_BYTES } from '../../../electron/services/case-file';
import { Workspace } from '../../../electron/services/workspace';
import { makeZip } from '../import/make-files';
import { documentXml, editedCase, makePdf, makeRawDocx, pdfTextContent, validCase } from './make-hostile';

declare global {
  var claimworkHostile: number | undefined;
}

/** What a row's maker puts on disk: bytes, a sparse file of that many bytes (nothing allocated), or a folder. */
type Made = Uint8Array | { sparse: number } | { folder: true };

interface ImportRow {
  kind: 'import';
  name: string;
  /** File name on disk (its extension matters). */
  file: string;
  make: () => Made | Promise<Made>;
  expect: 'refused' | 'imported-safely';
  /** Refused: the message must match. Imported: the stored article's text must match. */
  message: RegExp;
  /** An encoding the analyst chose (as when re-importing); detected when absent. */
  encoding?: string;
  /** Imported rows: further checks on the stored article. */
  check?: (article: Extract<ImportOutcome, { status: 'imported' }>['article']) => void;
}

interface CaseRow {
  kind: 'case';
  name: string;
  file: string;
  make: () => Made | Promise<Made>;
  expect: 'refused' | 'opened-safely';
  message: RegExp;
  code?: ErrorCode;
  check?: (view: CaseView) => void;
}

type Row = ImportRow | CaseRow;

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const cat = (...parts: (Uint8Array | string)[]): Uint8Array => new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p)))));

/** Deterministic pseudo-random bytes (xorshift32), so the binary rows are the same on every run. */
function noise(length: number, seed = 0x9e3779b9): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const ARABIC = 'قال المتحدث باسم الحكومة إن المحادثات ستستأنف في موسكو الأسبوع المقبل.';
const ARABIC_2 = 'وأضاف أن الوفد سيضم ممثلين عن الجيش والبرلمان في طرابلس.';
const MB = 1024 * 1024;

const paragraphs = (topic: string): string =>
  Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} on ${topic}: the delegation travelled from Tripoli to Benghazi and met local officials, who said the talks were useful and would continue next month.</p>`).join('\n');

/** A page with every kind of active content: none of it may run, load, or reach the stored text. */
const HOSTILE_PAGE = `<!doctype html><html lang="en"><head>
<meta charset="utf-8">
<title>Ceasefire talks continue</title>
<meta http-equiv="refresh" content="0; url=javascript:globalThis.claimworkHostile=1">
<base href="javascript:globalThis.claimworkHostile=2//">
<meta property="og:url" content="javascript:globalThis.claimworkHostile=3">
<link rel="canonical" href="javascript:globalThis.claimworkHostile=4">
<meta name="author" content="<img src=x onerror=globalThis.claimworkHostile=14>">
<script>globalThis.claimworkHostile = 5; document.write('<p>SCRIPT-RAN</p>');</script>
<style>@import 'javascript:globalThis.claimworkHostile=6'; p { color: red } /* STYLE-TEXT */</style>
</head><body onload="globalThis.claimworkHostile=7">
<article><h1>Ceasefire talks continue</h1>
${paragraphs('the ceasefire')}
<p>Read <a href="javascript:globalThis.claimworkHostile=8">the full statement</a> here.
<img src="x" onerror="globalThis.claimworkHostile=9"></p>
<iframe src="javascript:globalThis.claimworkHostile=10"></iframe>
<iframe srcdoc="<script>parent.claimworkHostile=11</script><p>IFRAME-TEXT</p>"></iframe>
<svg onload="globalThis.claimworkHostile=12"><script>globalThis.claimworkHostile=13</script><text>SVG-TEXT</text></svg>
<form action="javascript:globalThis.claimworkHostile=15"><input value="INPUT-VALUE" autofocus onfocus="globalThis.claimworkHostile=16"><button>BUTTON-TEXT</button></form>
<details open ontoggle="globalThis.claimworkHostile=17"><summary>More</summary>Details text.</details>
<math><mtext><script>globalThis.claimworkHostile=18</script></mtext></math>
<noscript>NOSCRIPT-TEXT</noscript>
<template><p>TEMPLATE-TEXT</p></template>
<script>setTimeout(() => { globalThis.claimworkHostile = 19; }, 0);</script>
</article></body></html>`;

const LEAKS = ['claimworkHostile', 'javascript:', 'SCRIPT-RAN', 'STYLE-TEXT', 'IFRAME-TEXT', 'SVG-TEXT', 'INPUT-VALUE', 'BUTTON-TEXT', 'NOSCRIPT-TEXT', 'TEMPLATE-TEXT', 'onerror', 'onload', '<'];

/** 100,000 nested elements, spelled so that a tag-scanning estimate would see a flat page. */
const deepPage = (open: string, close = '', prefix = '', suffix = ''): Uint8Array =>
  utf8(`<!doctype html><html><head><title>Deep</title></head><body>${prefix}${open.repeat(100_000)}Buried text${close.repeat(100_000)}${suffix}<p>After the pile.</p></body></html>`);

const ENTITY_BOMB = `<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 8 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('')}]>`;

const PDF_LINES = ['The minister said the talks would resume next week.', 'Officials in Tripoli confirmed the date on Tuesday.'];
const textPdf = (): Uint8Array => makePdf({ content: pdfTextContent(PDF_LINES) });

const importRows: ImportRow[] = [
  // Empty, blank and tiny files.
  { kind: 'import', name: 'zero-byte text file', file: 'empty.txt', make: () => new Uint8Array(0), expect: 'refused', message: /empty\.txt is empty \(0 bytes\)/ },
  { kind: 'import', name: 'zero-byte HTML file', file: 'empty.html', make: () => new Uint8Array(0), expect: 'refused', message: /empty\.html is empty \(0 bytes\)/ },
  { kind: 'import', name: 'zero-byte PDF', file: 'empty.pdf', make: () => new Uint8Array(0), expect: 'refused', message: /empty\.pdf is empty \(0 bytes\)/ },
  { kind: 'import', name: 'zero-byte DOCX', file: 'empty.docx', make: () => new Uint8Array(0), expect: 'refused', message: /empty\.docx is empty \(0 bytes\)/ },
  { kind: 'import', name: 'only whitespace', file: 'blank.txt', make: () => utf8('  \n\t \r\n\u00a0\u2003 \n'), expect: 'refused', message: /contains no text, only blank space/ },
  { kind: 'import', name: 'only a UTF-8 byte order mark', file: 'bom.txt', make: () => new Uint8Array([0xef, 0xbb, 0xbf]), expect: 'refused', message: /contains no text, only blank space/ },
  { kind: 'import', name: 'only a UTF-16 byte order mark', file: 'bom16.md', make: () => new Uint8Array([0xff, 0xfe]), expect: 'refused', message: /contains no text, only blank space/ },
  { kind: 'import', name: 'one control character', file: 'bell.txt', make: () => new Uint8Array([0x07]), expect: 'refused', message: /binary data, not text/ },
  { kind: 'import', name: 'one letter (text, however short, is imported)', file: 'x.txt', make: () => utf8('x'), expect: 'imported-safely', message: /^x$/ },
  { kind: 'import', name: 'HTML with only scripts and styles', file: 'scripts-only.html', make: () => utf8('<html><head><script>globalThis.claimworkHostile=1</script><style>p{}</style></head><body><script>globalThis.claimworkHostile=2</script></body></html>'), expect: 'refused', message: /HTML page has no readable text/ },

  // Size: refused from the file's size before it is read.
  { kind: 'import', name: 'one byte over 50 MB', file: 'just-over.txt', make: () => ({ sparse: MAX_IMPORT_BYTES + 1 }), expect: 'refused', message: /just-over\.txt is 50 MB, over the 50 MB limit/ },
  { kind: 'import', name: '200 MB text file', file: 'big.txt', make: () => ({ sparse: 200 * MB }), expect: 'refused', message: /big\.txt is 200 MB, over the 50 MB limit\. Import the article text only/ },
  { kind: 'import', name: '200 MB PDF', file: 'big.pdf', make: () => ({ sparse: 200 * MB }), expect: 'refused', message: /big\.pdf is 200 MB, over the 50 MB limit/ },
  // Node cannot read a file over 2 GB into one buffer: this message proves the size was checked first.
  { kind: 'import', name: '3 GB HTML file (refused without being read)', file: 'huge.html', make: () => ({ sparse: 3 * 1024 * MB }), expect: 'refused', message: /huge\.html is 3072 MB, over the 50 MB limit/ },
  { kind: 'import', name: 'a folder named like an article', file: 'folder.txt', make: () => ({ folder: true }), expect: 'refused', message: /folder\.txt is not a regular file/ },

  // Binary data and files that are something else.
  { kind: 'import', name: 'random bytes named .txt', file: 'noise.txt', make: () => noise(64 * 1024), expect: 'refused', message: /binary data, not text/ },
  { kind: 'import', name: 'random bytes named .html', file: 'noise.html', make: () => noise(16 * 1024, 7), expect: 'refused', message: /binary data, not text/ },
  { kind: 'import', name: 'random bytes named .md', file: 'noise.md', make: () => noise(4096, 99), expect: 'refused', message: /binary data, not text/ },
  { kind: 'import', name: 'a PNG named .txt', file: 'photo.txt', make: () => cat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), noise(512)), expect: 'refused', message: /photo\.txt is an image\. Run OCR on it first/ },
  { kind: 'import', name: 'a JPEG named .html', file: 'scan.html', make: () => cat(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), noise(512)), expect: 'refused', message: /scan\.html is an image/ },
  { kind: 'import', name: 'an ELF program named .txt', file: 'tool.txt', make: () => cat(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), noise(512)), expect: 'refused', message: /tool\.txt is a program, not an article/ },
  { kind: 'import', name: 'a Windows program named .docx', file: 'setup.docx', make: () => cat(utf8('MZ'), noise(512)), expect: 'refused', message: /setup\.docx is a program, not an article/ },
  { kind: 'import', name: 'a gzip archive named .md', file: 'notes.md', make: () => cat(new Uint8Array([0x1f, 0x8b, 8, 0]), noise(256)), expect: 'refused', message: /notes\.md is a compressed archive\. Unpack it/ },
  { kind: 'import', name: 'an old binary Word .doc named .docx', file: 'old.docx', make: () => cat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), noise(512)), expect: 'refused', message: /old binary Office file \(\.doc\)\. Save it as \.docx/ },
  { kind: 'import', name: 'a ZIP that is not a Word file, named .txt', file: 'bundle.txt', make: () => makeZip([{ name: 'a.txt', data: utf8('hello') }]), expect: 'refused', message: /bundle\.txt is a ZIP archive, not an article\. Unpack it/ },
  { kind: 'import', name: 'an unsupported type (.rtf)', file: 'memo.rtf', make: () => utf8('{\\rtf1\\ansi Hello}'), expect: 'refused', message: /memo\.rtf is not a file type Claimwork can read\. Claimwork imports \.html/ },
  { kind: 'import', name: 'HTML named .pdf', file: 'page.pdf', make: () => utf8(`<html><body>${paragraphs('a page')}</body></html>`), expect: 'refused', message: /page\.pdf is named \.pdf but is not a PDF/ },
  { kind: 'import', name: 'text named .docx', file: 'letter.docx', make: () => utf8('Dear editor, this is plain text.'), expect: 'refused', message: /letter\.docx is named \.docx but is not a Word document/ },
  { kind: 'import', name: 'a DOCX that is really a PDF (read as the PDF it is)', file: 'report.docx', make: textPdf, expect: 'imported-safely', message: /^The minister said the talks would resume next week\.\sOfficials in Tripoli confirmed the date on Tuesday\.$/, check: (a) => expect(a.origin.format).toBe('pdf') },

  // PDFs.
  { kind: 'import', name: 'PDF without a text layer', file: 'scan.pdf', make: () => makePdf({ content: '0.2 g 50 50 400 600 re f 1 w 0 0 m 595 842 l S' }), expect: 'refused', message: /This PDF has no text layer \(is it a scan\?\)\. Run OCR first/ },
  { kind: 'import', name: 'password-protected PDF', file: 'locked.pdf', make: () => makePdf({ content: pdfTextContent(['Secret text']), encrypted: true }), expect: 'refused', message: /This PDF is password-protected\. Remove the password/ },
  { kind: 'import', name: 'PDF cut in half', file: 'cut.pdf', make: () => textPdf().subarray(0, 300), expect: 'refused', message: /This PDF is damaged or not a PDF\. Open it in a PDF reader/ },
  { kind: 'import', name: 'PDF header and nothing else', file: 'header.pdf', make: () => utf8('%PDF-1.7\n'), expect: 'refused', message: /This PDF is damaged or not a PDF/ },
  { kind: 'import', name: 'PDF header followed by random bytes', file: 'garbage.pdf', make: () => cat('%PDF-1.4\n', noise(8192, 3)), expect: 'refused', message: /This PDF (is damaged or not a PDF|has no text layer)/ },

  // Word files: ZIP bombs, XML attacks, damage.
  {
    kind: 'import',
    name: 'DOCX whose directory claims 5 GB (ZIP64)',
    file: 'bomb-declared.docx',
    make: () => makeRawDocx(documentXml(['Hello']), [{ name: 'word/media/blob.bin', data: utf8('x'), claimedSize: 5 * 1024 * 1024 * 1024 }]),
    expect: 'refused',
    message: /would expand to 5,1\d\d MB when unpacked \(a ZIP bomb/,
  },
  {
    kind: 'import',
    name: 'DOCX with a real 210 MB highly compressible part',
    file: 'bomb-real.docx',
    make: () => makeRawDocx(documentXml(['Hello']), [{ name: 'word/media/padding.xml', data: Buffer.alloc(210 * MB, 0x20) }]),
    expect: 'refused',
    message: /would expand to 210 MB when unpacked \(a ZIP bomb/,
  },
  {
    kind: 'import',
    name: 'DOCX part that inflates far beyond its declared size',
    file: 'bomb-lying.docx',
    make: () => makeRawDocx(documentXml(['Hello']), [{ name: 'word/document.xml', data: utf8(documentXml([' '.repeat(20 * MB)])), claimedSize: 1024 }]),
    expect: 'refused',
    message: /This Word file is damaged \(its ZIP structure cannot be read\)/,
  },
  { kind: 'import', name: 'DOCX with 10,001 parts (one over the limit)', file: 'many-parts.docx', make: () => makeZip(Array.from({ length: 10_001 }, (_, i) => ({ name: `p${i}`, data: new Uint8Array(0) }))), expect: 'refused', message: /holds 10001 parts.*ZIP bomb; it was not opened\. Save the article text as a new \.docx or \.txt/ },
  { kind: 'import', name: 'DOCX with an XML entity bomb (billion laughs)', file: 'laughs.docx', make: () => makeRawDocx(documentXml(['Start &i; end'], ENTITY_BOMB)), expect: 'refused', message: /This Word file could not be read\. Open it in Word or LibreOffice/ },
  { kind: 'import', name: 'DOCX with an external entity (XXE) to /etc/passwd', file: 'xxe.docx', make: () => makeRawDocx(documentXml(['Start &xxe; end'], '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')), expect: 'refused', message: /This Word file could not be read/ },
  { kind: 'import', name: 'DOCX whose document is not XML', file: 'notxml.docx', make: () => makeRawDocx('<<< this is not XML >>>'), expect: 'refused', message: /This Word file could not be read/ },
  { kind: 'import', name: 'DOCX without text', file: 'blank.docx', make: () => makeRawDocx(documentXml([])), expect: 'refused', message: /This Word file contains no text/ },
  { kind: 'import', name: 'DOCX cut in half', file: 'cut.docx', make: () => makeRawDocx(documentXml([ARABIC, ARABIC_2])).subarray(0, 400), expect: 'refused', message: /This Word file is damaged/ },
  { kind: 'import', name: 'ZIP without word/document.xml named .docx', file: 'nodoc.docx', make: () => makeZip([{ name: 'content.xml', data: utf8('<a/>') }]), expect: 'refused', message: /nodoc\.docx is a ZIP archive, not an article/ },

  // Encodings.
  { kind: 'import', name: 'invalid UTF-8 (stray bytes in Arabic text)', file: 'broken-utf8.txt', make: () => cat(ARABIC, new Uint8Array([0xc3, 0x28, 0xff]), ARABIC_2), expect: 'refused', message: /UTF-8 with damaged or mixed-in bytes.*Re-save it as UTF-8, or re-import it choosing the encoding/ },
  { kind: 'import', name: 'mixed encodings: UTF-8 and windows-1256 paragraphs', file: 'mixed.txt', make: () => cat(ARABIC + '\n', iconv.encode(ARABIC_2 + '\n', 'windows-1256'), ARABIC), expect: 'refused', message: /UTF-8 with damaged or mixed-in bytes/ },
  { kind: 'import', name: 'mixed encodings in Markdown', file: 'mixed.md', make: () => cat('# عنوان\n\n' + ARABIC + '\n', iconv.encode(ARABIC_2, 'windows-1256')), expect: 'refused', message: /UTF-8 with damaged or mixed-in bytes/ },
  { kind: 'import', name: 'mixed encodings in HTML without a charset', file: 'mixed.html', make: () => cat(`<html><body><p>${ARABIC}</p><p>`, iconv.encode(ARABIC_2, 'windows-1256'), '</p></body></html>'), expect: 'refused', message: /UTF-8 with damaged or mixed-in bytes/ },
  { kind: 'import', name: 'UTF-8 byte order mark, then invalid bytes', file: 'bom-bad.txt', make: () => cat(new Uint8Array([0xef, 0xbb, 0xbf]), 'Hello ', new Uint8Array([0xe9]), ' world'), expect: 'refused', message: /says it is UTF-8 but contains invalid UTF-8 bytes/ },
  { kind: 'import', name: 'UTF-16LE mark with a lone surrogate', file: 'bad16.txt', make: () => cat(new Uint8Array([0xff, 0xfe]), iconv.encode('Hello', 'utf16le'), new Uint8Array([0x00, 0xdc]), iconv.encode(' world', 'utf16le')), expect: 'refused', message: /marked as UTF-16LE but its bytes are not valid UTF-16LE/ },
  { kind: 'import', name: 'NUL bytes inside text', file: 'nul.txt', make: () => utf8('The minister\u0000 said\u0000 the talks would resume.'), expect: 'refused', message: /binary data, not text/ },
  { kind: 'import', name: 'NUL bytes after 64 KB of text', file: 'nul-late.txt', make: () => cat('The minister said the talks would resume. '.repeat(2000), new Uint8Array([0, 0, 0, 1, 2, 3])), expect: 'refused', message: /binary data, not text/ },
  { kind: 'import', name: 'an encoding the analyst names that does not exist', file: 'named.txt', encoding: 'klingon-8', make: () => utf8('Plain text.'), expect: 'refused', message: /"klingon-8" is not an encoding Claimwork knows/ },
  {
    kind: 'import',
    name: 'UTF-16LE Arabic without a byte order mark',
    file: 'arabic16.txt',
    make: () => new Uint8Array(iconv.encode(`${ARABIC}\n${ARABIC_2}`, 'utf16le')),
    expect: 'imported-safely',
    message: new RegExp(`^${ARABIC}\n${ARABIC_2}$`),
    check: (a) => expect(a.origin.encoding).toBe('UTF-16LE'),
  },
  { kind: 'import', name: 'UTF-16BE English without a byte order mark', file: 'english16.txt', make: () => new Uint8Array(iconv.encode('Talks resume in Moscow next week.', 'utf16be')), expect: 'imported-safely', message: /^Talks resume in Moscow next week\.$/, check: (a) => expect(a.origin.encoding).toBe('UTF-16BE') },
  { kind: 'import', name: 'HTML of 8-bit bytes declaring charset=utf-16', file: 'says16.html', make: () => utf8(`<html><head><meta charset="utf-16"><title>Says UTF-16</title></head><body>${paragraphs('a mislabelled page')}</body></html>`), expect: 'imported-safely', message: /^Paragraph 1 on a mislabelled page: the delegation/ },
  { kind: 'import', name: 'UTF-8 HTML still declaring windows-1256', file: 'resaved.html', make: () => utf8(`<html lang="ar"><head><meta charset="windows-1256"><title>خبر</title></head><body><p>${ARABIC}</p></body></html>`), expect: 'imported-safely', message: new RegExp(`^${ARABIC}$`), check: (a) => expect(a.origin.encoding).toBe('UTF-8') },

  // Active and pathological HTML.
  {
    kind: 'import',
    name: 'HTML with scripts, iframes, event handlers and javascript: URLs',
    file: 'hostile.html',
    make: () => utf8(HOSTILE_PAGE),
    expect: 'imported-safely',
    message: /^Paragraph 1 on the ceasefire:[\s\S]*Read the full statement here\./,
    check: (a) => {
      for (const leak of LEAKS) expect(a.text).not.toContain(leak);
      // No javascript: address survives (refresh, base, og:url, canonical); the page has no http(s) one.
      expect(a.url).toBeNull();
      for (const field of [a.title, a.publisher, a.publishedAt]) expect(field ?? '').not.toMatch(/javascript:|claimworkHostile|onerror|</);
      // An attribute value is data: the author is kept as the literal string, shown and exported as escaped text.
      expect(a.byline).toBe('<img src=x onerror=globalThis.claimworkHostile=14>');
      expect(a.title).toBe('Ceasefire talks continue');
    },
  },
  { kind: 'import', name: 'HTML whose visible text shows markup keeps it as text', file: 'escaped.html', make: () => utf8(`<html><body><p>The post read &lt;script&gt;alert(1)&lt;/script&gt; and was removed.</p><script>globalThis.claimworkHostile=1</script></body></html>`), expect: 'imported-safely', message: /^The post read <script>alert\(1\)<\/script> and was removed\.$/ },
  { kind: 'import', name: '100,000 nested divs', file: 'deep.html', make: () => deepPage('<div>', '</div>'), expect: 'refused', message: /This HTML page is nested too deeply to read\. Save the article as text/ },
  { kind: 'import', name: '100,000 nested divs hidden from a tag scan by <!-->', file: 'deep-comment.html', make: () => deepPage('<div>', '</div>', '<!--> ', ' -->'), expect: 'refused', message: /nested too deeply/ },
  { kind: 'import', name: '100,000 "self-closing" <div/> (HTML nests them)', file: 'deep-selfclose.html', make: () => deepPage('<div/>'), expect: 'refused', message: /nested too deeply/ },
  { kind: 'import', name: '100,000 nested divs inside <noscript>', file: 'deep-noscript.html', make: () => deepPage('<div>', '</div>', '<noscript>', '</noscript>'), expect: 'refused', message: /nested too deeply/ },
  { kind: 'import', name: '100,000 unclosed inline elements', file: 'deep-inline.html', make: () => deepPage('<span><b>'), expect: 'refused', message: /nested too deeply/ },
];

const caseRows: CaseRow[] = [
  { kind: 'case', name: 'zero-byte case file', file: 'zero.claimwork.json', make: () => new Uint8Array(0), expect: 'refused', code: 'not-a-case', message: /zero\.claimwork\.json is not a readable Claimwork case \(it is not valid JSON\)\. Choose a file saved by Claimwork/ },
  { kind: 'case', name: 'whitespace-only case file', file: 'blank.claimwork.json', make: () => utf8(' \n\t\n'), expect: 'refused', code: 'not-a-case', message: /not valid JSON/ },
  { kind: 'case', name: 'plain text, not JSON', file: 'notes.claimwork.json', make: () => utf8('These are my notes on the case.'), expect: 'refused', code: 'not-a-case', message: /not valid JSON/ },
  { kind: 'case', name: 'truncated JSON', file: 'cut.claimwork.json', make: () => utf8(JSON.stringify(validCase()).slice(0, 300)), expect: 'refused', code: 'corrupt-case', message: /cut\.claimwork\.json is not a readable Claimwork case \(it is not valid JSON\)/ },
  { kind: 'case', name: 'a JSON array', file: 'array.claimwork.json', make: () => utf8('[1, 2, 3]'), expect: 'refused', code: 'not-a-case', message: /is not a Claimwork case file\. Choose a file saved by Claimwork/ },
  { kind: 'case', name: 'a JSON string', file: 'string.claimwork.json', make: () => utf8('"claimwork.case"'), expect: 'refused', code: 'not-a-case', message: /is not a Claimwork case file/ },
  { kind: 'case', name: 'JSON null', file: 'nothing.claimwork.json', make: () => utf8('null'), expect: 'refused', code: 'not-a-case', message: /is not a Claimwork case file/ },
  { kind: 'case', name: 'foreign JSON (a package.json)', file: 'package.json', make: () => utf8(JSON.stringify({ name: 'claimwork', version: '1.0.0', scripts: { start: 'node .' } })), expect: 'refused', code: 'not-a-case', message: /package\.json is not a Claimwork case file/ },
  { kind: 'case', name: '200,000 nested arrays', file: 'deep.claimwork.json', make: () => utf8('['.repeat(200_000) + ']'.repeat(200_000)), expect: 'refused', code: 'not-a-case', message: /is not a Claimwork case file/ },
  { kind: 'case', name: 'a PNG chosen as a case', file: 'photo.claimwork.json', make: () => cat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), noise(1024)), expect: 'refused', code: 'not-a-case', message: /photo\.claimwork\.json is not a Claimwork case file/ },
  { kind: 'case', name: 'a newer schema version', file: 'future.claimwork.json', make: () => utf8(editedCase((c) => (c.schemaVersion = CASE_SCHEMA_VERSION + 1))), expect: 'refused', code: 'newer-version', message: /was saved by a newer Claimwork \(case format 2; this version reads up to 1\)\. Update Claimwork to open it; the file was not changed\./ },
  { kind: 'case', name: 'a far-future schema version', file: 'far.claimwork.json', make: () => utf8(editedCase((c) => (c.schemaVersion = 1e9))), expect: 'refused', code: 'newer-version', message: /newer Claimwork/ },
  { kind: 'case', name: 'schema version as a string', file: 'ver-string.claimwork.json', make: () => utf8(editedCase((c) => (c.schemaVersion = '1'))), expect: 'refused', code: 'corrupt-case', message: /has no valid schema version, so Claimwork cannot read it safely\. Fix "schemaVersion" by hand/ },
  { kind: 'case', name: 'schema version missing', file: 'ver-missing.claimwork.json', make: () => utf8(editedCase((c) => delete c.schemaVersion)), expect: 'refused', code: 'corrupt-case', message: /has no valid schema version, so Claimwork cannot read it safely\. Fix "schemaVersion" by hand/ },
  { kind: 'case', name: 'schema version 1.5', file: 'ver-frac.claimwork.json', make: () => utf8(editedCase((c) => (c.schemaVersion = 1.5))), expect: 'refused', code: 'corrupt-case', message: /has no valid schema version, so Claimwork cannot read it safely\. Fix "schemaVersion" by hand/ },
  { kind: 'case', name: 'wrong type: title is a number', file: 'title-num.claimwork.json', make: () => utf8(editedCase((c) => (c.title = 42))), expect: 'refused', code: 'corrupt-case', message: /is damaged: title / },
  { kind: 'case', name: 'wrong type: articles is an object', file: 'articles-obj.claimwork.json', make: () => utf8(editedCase((c) => (c.articles = { 0: {} } as never))), expect: 'refused', code: 'corrupt-case', message: /is damaged: articles / },
  { kind: 'case', name: 'wrong type: article text is a number', file: 'text-num.claimwork.json', make: () => utf8(editedCase((c) => (c.articles[0]!.text = 7))), expect: 'refused', code: 'corrupt-case', message: /is damaged: articles\[0\]\.text / },
  { kind: 'case', name: 'wrong value: language "de"', file: 'lang.claimwork.json', make: () => utf8(editedCase((c) => (c.articles[0]!.lang = 'de'))), expect: 'refused', code: 'corrupt-case', message: /is damaged: articles\[0\]\.lang / },
  { kind: 'case', name: 'wrong value: negative highlight offset', file: 'offset.claimwork.json', make: () => utf8(editedCase((c) => ((c.annotations[0]!.target as { position: { start: number } }).position.start = -5))), expect: 'refused', code: 'corrupt-case', message: /is damaged: annotations\[0\]\.target\.position\.start / },
  { kind: 'case', name: 'wrong value: credibility 7', file: 'cred.claimwork.json', make: () => utf8(editedCase((c) => (c.annotations[0]!.claim = { speakerId: null, subjectIds: [], sourceId: null, channel: '', claimType: 'statement', hedged: false, credibility: 7, comment: '', tags: [] }))), expect: 'refused', code: 'corrupt-case', message: /is damaged: annotations\[0\]\.claim\.credibility / },
  { kind: 'case', name: 'wrong type: hedged is "yes"', file: 'hedged.claimwork.json', make: () => utf8(editedCase((c) => (c.annotations[0]!.claim = { speakerId: null, subjectIds: [], sourceId: null, channel: '', claimType: 'statement', hedged: 'yes', credibility: 3, comment: '', tags: [] }))), expect: 'refused', code: 'corrupt-case', message: /is damaged: annotations\[0\]\.claim\.hedged / },
  { kind: 'case', name: 'missing field: annotations', file: 'no-annotations.claimwork.json', make: () => utf8(editedCase((c) => delete (c as Partial<typeof c>).annotations)), expect: 'refused', code: 'corrupt-case', message: /is damaged: annotations / },
  { kind: 'case', name: 'missing field: article id', file: 'no-id.claimwork.json', make: () => utf8(editedCase((c) => delete c.articles[0]!.id)), expect: 'refused', code: 'corrupt-case', message: /is damaged: articles\[0\]\.id / },
  { kind: 'case', name: 'huge string: a 2 MB title', file: 'huge-title.claimwork.json', make: () => utf8(editedCase((c) => (c.title = 'x'.repeat(2 * MB)))), expect: 'refused', code: 'corrupt-case', message: /is damaged: title / },
  { kind: 'case', name: 'deep nesting inside a field', file: 'deep-field.claimwork.json', make: () => utf8(editedCase((c) => (c.title = 'DEEP')).replace('"DEEP"', '['.repeat(100_000) + ']'.repeat(100_000))), expect: 'refused', code: 'corrupt-case', message: /is damaged: title / },
  { kind: 'case', name: 'two articles with the same id', file: 'dup-articles.claimwork.json', make: () => utf8(editedCase((c) => c.articles.push({ ...c.articles[0]!, text: 'Another text.' }))), expect: 'refused', code: 'corrupt-case', message: /is damaged: articles\[1\]\.id repeats the id "art-1"/ },
  { kind: 'case', name: 'two annotations with the same id', file: 'dup-annotations.claimwork.json', make: () => utf8(editedCase((c) => c.annotations.push({ ...c.annotations[0]! }))), expect: 'refused', code: 'corrupt-case', message: /is damaged: annotations\[1\]\.id repeats the id "ann-1"/ },
  { kind: 'case', name: 'invalid UTF-8 inside a case (saved in windows-1256)', file: 'cp1256.claimwork.json', make: () => new Uint8Array(iconv.encode(editedCase((c) => (c.title = 'قضية ليبيا')), 'windows-1256')), expect: 'refused', code: 'corrupt-case', message: /contains bytes that are not UTF-8 \(was it edited and saved in another encoding\?\)\. Save it again as UTF-8/ },
  { kind: 'case', name: 'a case saved as UTF-16', file: 'utf16.claimwork.json', make: () => cat(new Uint8Array([0xff, 0xfe]), new Uint8Array(iconv.encode(JSON.stringify(validCase()), 'utf16le'))), expect: 'refused', code: 'corrupt-case', message: /was saved as UTF-16; Claimwork case files are UTF-8/ },
  { kind: 'case', name: 'a case file over 256 MB', file: 'giant.claimwork.json', make: () => ({ sparse: MAX_CASE_BYTES + MB }), expect: 'refused', code: 'refused-input', message: /giant\.claimwork\.json is larger than 256 MB/ },
  { kind: 'case', name: 'a folder named like a case', file: 'folder.claimwork.json', make: () => ({ folder: true }), expect: 'refused', code: 'not-a-case', message: /folder\.claimwork\.json is a folder, not a case file\. Choose the \.claimwork\.json file inside it\./ },
  {
    kind: 'case',
    name: 'an annotation pointing at a missing article (kept as an orphan)',
    file: 'orphan.claimwork.json',
    make: () => utf8(editedCase((c) => (c.annotations[0]!.articleId = 'art-gone'))),
    expect: 'opened-safely',
    message: /orphan\.claimwork\.json$/,
    check: (v) => {
      expect(v.orphanIds).toEqual(['ann-1']);
      expect(v.data.annotations.map((a) => a.id)).toEqual(['ann-1']);
    },
  },
  {
    kind: 'case',
    name: '__proto__ and constructor keys (no prototype pollution)',
    file: 'proto.claimwork.json',
    make: () => utf8(editedCase(() => undefined).replace('{', '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 2}},')),
    expect: 'opened-safely',
    message: /proto\.claimwork\.json$/,
    check: (v) => {
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.keys(v.data)).not.toContain('__proto__');
    },
  },
];

const rows: Row[] = [...importRows, ...caseRows];

/** Files under `dir` with what identifies their content and identity: size, inode, mtime (ns), and a hash for small files. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (d: string): Promise<void> => {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      const rel = path.relative(dir, full);
      if (entry.isDirectory()) {
        out.set(`${rel}/`, 'dir');
        await walk(full);
        continue;
      }
      const info = await stat(full, { bigint: true });
      const hash = info.size <= 64n * 1024n * 1024n ? createHash('sha256').update(await readFile(full)).digest('hex') : 'large';
      out.set(rel, `${info.size}:${info.ino}:${info.mtimeNs}:${hash}`);
    }
  };
  await walk(dir);
  return out;
}

const ACTION = /\b(choose|import|open|save|re-save|re-import|run|unpack|remove|update|check|fix|print)\b|Claimwork imports/i;

/** A message fit for the analyst: one or two sentences, says what to do, no internals leaking. */
function expectClear(message: string): void {
  expect(message.length).toBeGreaterThan(20);
  expect(message.length).toBeLessThan(400);
  expect(message).toMatch(/\.$/);
  expect(message).toMatch(ACTION);
  expect(message).not.toMatch(/\bundefined\b|\[object |Error:|TypeError|RangeError|SyntaxError|\bat .+:\d+:\d+|ERR_|ENOENT|EISDIR/);
}

let root: string;
let dataDir: string;
let inputs: string;
let ws: Workspace;
let table: HandlerTable;
let electronTable: HandlerTable;
/** What the stubbed native dialog answers. */
let picked: string[] = [];
let mainCase: string;

async function call<T>(name: string, payload: unknown, on: HandlerTable = table): Promise<Result<T>> {
  return (await dispatch(on, name, payload)) as Result<T>;
}

/** Writes pending saves now, so a write caused by the row shows in the snapshot taken after it. */
async function settle(): Promise<void> {
  await ws.saveCaseAs(ws.casePath);
}

/** Puts the row's input on disk in its own folder; returns its path. */
async function materialise(row: Row): Promise<string> {
  const dir = path.join(inputs, String(rows.indexOf(row)));
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, row.file);
  const made = await row.make();
  if (made instanceof Uint8Array) await writeFile(file, made);
  else if ('sparse' in made) {
    const handle = await open(file, 'w');
    await handle.truncate(made.sparse);
    await handle.close();
  } else await mkdir(file);
  return file;
}

/**
 * The path route, as Electron's Open files… dialog takes it (importWithDialog with the dialog's answer
 * stubbed): the importer gets the path and checks the size before reading. A row that names an
 * encoding calls importPath, the same function, directly (the dialog does not ask for one).
 */
async function importByPath(file: string, encoding: string | undefined): Promise<ImportOutcome> {
  if (encoding) return importPath(ws, file, encoding);
  picked = [file];
  const r = await call<ImportOutcome[]>('importWithDialog', {}, electronTable);
  if (!r.ok) throw new Error(`importWithDialog failed with ${r.error.code}: ${r.error.message}`);
  expect(r.value).toHaveLength(1);
  return r.value[0]!;
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'claimwork-hostile-'));
  dataDir = path.join(root, 'data');
  inputs = path.join(root, 'inputs');
  ws = await Workspace.start(dataDir);
  table = createHandlers(ws, { info: { kind: 'browser', nativeDialogs: false, version: 'test' } });
  electronTable = createHandlers(ws, { info: { kind: 'electron', nativeDialogs: true, version: 'test' }, pickArticleFiles: () => Promise.resolve(picked) });
  const seeded = await call<ImportOutcome>('addTextArticle', { title: 'Seed', text: 'A seed article, so the case file on disk is not empty.' });
  expect(seeded.ok && seeded.value.status).toBe('imported');
  await settle();
  mainCase = ws.casePath;
});

// A row that fails by opening a case it should have refused must not make the next rows fail too.
afterEach(async () => {
  if (ws.casePath !== mainCase) await ws.openCase(mainCase);
});

afterAll(async () => {
  await ws.close();
  await rm(root, { recursive: true, force: true });
});

describe('hostile input suite', () => {
  it('has at least 50 cases across imports and case files', () => {
    expect(rows.length).toBeGreaterThanOrEqual(50);
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.file)).size).toBe(rows.length);
  });

  for (const row of importRows) {
    it(`import: ${row.name}`, async () => {
      globalThis.claimworkHostile = undefined;
      const file = await materialise(row);
      const before = await snapshot(dataDir);
      const inputBefore = await snapshot(path.dirname(file));
      const articlesBefore = ws.data.articles.length;
      const info = await stat(file);
      // Hosts send at most MAX_REQUEST_BYTES (the renderer refuses bigger files by their size first).
      const viaHandler = info.isFile() && info.size * (4 / 3) + 1024 < MAX_REQUEST_BYTES;

      const byPath = await importByPath(file, row.encoding);
      let byHandler: ImportOutcome | null = null;
      if (viaHandler) {
        const r = await call<ImportOutcome>('importFile', { name: row.file, dataBase64: (await readFile(file)).toString('base64'), ...(row.encoding ? { encoding: row.encoding } : {}) });
        if (!r.ok) throw new Error(`importFile failed with ${r.error.code}: ${r.error.message}`);
        byHandler = r.value;
      }
      await settle();
      expect(globalThis.claimworkHostile).toBeUndefined();
      expect(await snapshot(path.dirname(file))).toEqual(inputBefore);

      if (row.expect === 'refused') {
        for (const outcome of [byPath, byHandler]) {
          if (!outcome) continue;
          expect(outcome.status, outcome.status === 'refused' ? outcome.message : 'not refused').toBe('refused');
          if (outcome.status !== 'refused') continue;
          expect(outcome.message).toMatch(row.message);
          expectClear(outcome.message);
        }
        expect(ws.data.articles).toHaveLength(articlesBefore);
        expect(await snapshot(dataDir)).toEqual(before);
        return;
      }

      expect(byPath.status, byPath.status === 'refused' ? byPath.message : '').toBe('imported');
      if (byPath.status !== 'imported') return;
      expect(byPath.article.text).toMatch(row.message);
      row.check?.(byPath.article);
      // The same bytes through the handler are the same article: a duplicate, not a second copy.
      if (byHandler) expect(byHandler).toMatchObject({ status: 'duplicate', existingId: byPath.article.id });
      expect(ws.data.articles).toHaveLength(articlesBefore + 1);
      const onDisk = JSON.parse(await readFile(mainCase, 'utf8')) as { articles: { id: string; text: string }[] };
      expect(onDisk.articles.find((a) => a.id === byPath.article.id)?.text).toBe(byPath.article.text);
    });
  }

  it('a refused re-import (another encoding, other bytes) leaves the article and the case file as they were', async () => {
    const seed = ws.data.articles[0]!;
    const before = await snapshot(dataDir);
    const b64 = (bytes: Uint8Array | string): string => Buffer.from(bytes).toString('base64');
    const attempts: { dataBase64: string; encoding: string }[] = [
      { dataBase64: '', encoding: 'windows-1256' },
      { dataBase64: b64(noise(4096)), encoding: 'windows-1256' },
      { dataBase64: b64(noise(4096, 5)), encoding: 'UTF-8' },
      { dataBase64: b64('Plain text.'), encoding: 'klingon-8' },
      { dataBase64: b64(cat(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), noise(64))), encoding: 'UTF-8' },
      { dataBase64: b64(' \n\t '), encoding: 'UTF-8' },
    ];
    for (const attempt of attempts) {
      const r = await call<CaseView>('reimportArticle', { id: seed.id, ...attempt });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('refused-input');
        expectClear(r.error.message);
      }
    }
    await settle();
    expect(ws.data.articles[0]).toEqual(seed);
    expect(await snapshot(dataDir)).toEqual(before);
  });

  for (const row of caseRows) {
    it(`case file: ${row.name}`, async () => {
      const file = await materialise(row);
      const folder = path.dirname(file);
      const dataBefore = await snapshot(dataDir);
      const folderBefore = await snapshot(folder);

      const r = await call<CaseView>('openCase', { path: file });
      await settle();

      if (row.expect === 'refused') {
        expect(r.ok, r.ok ? 'opened' : '').toBe(false);
        if (r.ok) return;
        expect(r.error.code).toBe(row.code);
        expect(r.error.message).toMatch(row.message);
        expectClear(r.error.message);
        // The case that was open stays open, and no file changed anywhere.
        expect(ws.casePath).toBe(mainCase);
        expect(await snapshot(dataDir)).toEqual(dataBefore);
        expect(await snapshot(folder)).toEqual(folderBefore);
        return;
      }

      if (!r.ok) throw new Error(`openCase refused: ${r.error.message}`);
      expect(r.value.path).toMatch(row.message);
      row.check?.(r.value);
      // Opening reads; it does not rewrite the file or leave anything beside it.
      expect(await snapshot(folder)).toEqual(folderBefore);
      const back = await call<CaseView>('openCase', { path: mainCase });
      expect(back.ok).toBe(true);
      expect(await snapshot(folder)).toEqual(folderBefore);
    });
  }
});

/**
 * Builds the binary fixtures the import tests need (PDF by printing HTML in Chromium, DOCX with the
 * `docx` package, crafted ZIPs) at test time, so no binary file lives in the repository.
 */
import fs from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { launchOptions, resolveBrowser, type ResolvedBrowser } from '../../../electron/services/export/browser';

const require = createRequire(import.meta.url);

/**
 * The Chromium used to print test PDFs (the one the app's exports use: see
 * electron/services/export/browser.ts), or the reason there is none (tests then skip and print it).
 */
export async function testChromium(): Promise<ResolvedBrowser | { why: string }> {
  return resolveBrowser().catch((error: unknown) => ({ why: error instanceof Error ? error.message : String(error) }));
}

function amiriFace(weight: 400 | 700): string {
  const file = require.resolve(`@fontsource/amiri/files/amiri-arabic-${weight}-normal.woff2`);
  const latin = require.resolve(`@fontsource/amiri/files/amiri-latin-${weight}-normal.woff2`);
  const url = (f: string): string => `data:font/woff2;base64,${fs.readFileSync(f).toString('base64')}`;
  return `@font-face{font-family:Amiri;font-weight:${weight};src:url(${url(file)}) format('woff2');unicode-range:U+0600-06FF,U+0750-077F,U+08A0-08FF,U+FB50-FDFF,U+FE70-FEFF,U+200C-200F;}
@font-face{font-family:Amiri;font-weight:${weight};src:url(${url(latin)}) format('woff2');unicode-range:U+0000-00FF,U+2000-206F;}`;
}

/** One page to print: body HTML, document title, optional running header and footer (Chromium templates). */
export interface PrintJob {
  body: string;
  title?: string;
  header?: string;
  footer?: string;
}

/**
 * Prints each job to an A4 PDF with Amiri embedded (regular and bold, as the app prints briefings),
 * in one Chromium session. Throws if there is no Chromium: check testChromium() first.
 */
export async function printPdfs(jobs: readonly PrintJob[]): Promise<Uint8Array[]> {
  const browser = await chromium.launch(launchOptions(await resolveBrowser(), false));
  try {
    const out: Uint8Array[] = [];
    const fonts = amiriFace(400) + amiriFace(700);
    for (const job of jobs) {
      const page = await browser.newPage();
      await page.setContent(
        `<!doctype html><html><head><meta charset="utf-8"><title>${job.title ?? 'Test document'}</title><style>${fonts}
body{font-family:Amiri,serif;font-size:14pt;line-height:1.5} p{margin:0 0 1em 0}</style></head><body>${job.body}</body></html>`,
      );
      await page.evaluate(() => document.fonts.ready);
      const running = job.header !== undefined || job.footer !== undefined;
      const pdf = await page.pdf({
        format: 'A4',
        margin: { top: '25mm', bottom: '25mm', left: '20mm', right: '20mm' },
        displayHeaderFooter: running,
        headerTemplate: `<div style="font-size:10pt;width:100%;text-align:center">${job.header ?? ''}</div>`,
        footerTemplate: `<div style="font-size:10pt;width:100%;text-align:center">${job.footer ?? ''}</div>`,
      });
      out.push(new Uint8Array(pdf));
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}

/** A DOCX with one paragraph per entry; Arabic paragraphs are marked right-to-left. */
export async function makeDocx(paragraphs: readonly string[]): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: paragraphs.map((text) => {
          const rtl = /[\u0600-\u06FF]/.test(text);
          return new Paragraph({ bidirectional: rtl, alignment: rtl ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, rightToLeft: rtl })] });
        }),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export const fixturesDir = path.resolve(import.meta.dirname, '../../fixtures/import');

/** One file to put in a hand-made ZIP; `claimedSize` overrides the uncompressed size the directory declares. */
export interface ZipInput {
  name: string;
  data: Uint8Array;
  claimedSize?: number;
}

/**
 * A deflated ZIP written byte by byte, so tests can make archives that lie about their sizes
 * (ZIP bombs). Sizes at or above 4 GiB are written as ZIP64 extra fields. CRCs are left 0: the
 * importer must refuse these files before anything checks a CRC.
 */
export function makeZip(files: readonly ZipInput[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.name, 'utf8');
    const data = deflateRawSync(f.data);
    const size = f.claimedSize ?? f.data.length;
    const big = size >= 0xffffffff;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(big ? 0xffffffff : size, 22);
    local.writeUInt16LE(name.length, 26);
    chunks.push(local, name, data);
    const extra = Buffer.alloc(big ? 12 : 0);
    if (big) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(8, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
    }
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(45, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(data.length, 20);
    cd.writeUInt32LE(big ? 0xffffffff : size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt16LE(extra.length, 30);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name, extra);
    offset += local.length + name.length + data.length;
  }
  const cdBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cdBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, cdBytes, end]));
}

/** Token-level F1 (multiset overlap of lower-cased letter/digit runs) between extracted and expected text. */
export function tokenF1(got: string, expected: string): number {
  const tokens = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const a = tokens(got);
  const b = tokens(expected);
  if (a.length === 0 && b.length === 0) return 1;
  const pool = new Map<string, number>();
  for (const t of b) pool.set(t, (pool.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of a) {
    const n = pool.get(t) ?? 0;
    if (n > 0) {
      common++;
      pool.set(t, n - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / a.length;
  const recall = common / b.length;
  return (2 * precision * recall) / (precision + recall);
}

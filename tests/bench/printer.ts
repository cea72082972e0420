/**
 * The warm printer (issue 19): the seed briefing exported to PDF twice by one ChromiumPrinter, as the
 * browser host and `cli brief` do. The first export starts Chromium, the second finds it running.
 * Three rounds, each with a fresh printer; medians. Target: second ≤ 0.4 × first.
 */
import { resolveBrowser } from '../../electron/services/export/browser';
import { briefingPrintJob } from '../../electron/services/export/briefing';
import { ChromiumPrinter } from '../../electron/services/export/pdf';
import { seedCase } from '../fixtures/briefing/cases';
import type { BenchRow } from './renderer';

const ROUNDS = 3;
const TARGET = 0.4;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Rows for the table, and which Chromium printed (resolved before timing: once per process anyway). */
export async function printerRows(): Promise<{ rows: BenchRow[]; summary: string }> {
  const browser = await resolveBrowser();
  const job = briefingPrintJob(seedCase().data, { generatedAt: '2026-12-07T00:00:00.000Z' });
  const opts = { pageSize: job.pageSize, headerTemplate: job.headerTemplate, footerTemplate: job.footerTemplate };
  const first: number[] = [];
  const second: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const printer = new ChromiumPrinter();
    try {
      for (const into of [first, second]) {
        const t0 = performance.now();
        const pdf = await printer.print(job.html, opts);
        into.push(performance.now() - t0);
        if (pdf.byteLength < 10_000) throw new Error(`the seed briefing printed to only ${pdf.byteLength} bytes`);
      }
    } finally {
      await printer.close();
    }
  }
  const ratio = median(second) / median(first);
  const ms = (xs: number[]) => `median ${median(xs).toFixed(0)} ms (${xs.map((x) => x.toFixed(0)).join(', ')})`;
  return {
    rows: [
      ['PDF export of the seed briefing, first (starts Chromium)', ms(first), `n=${ROUNDS}`, ''],
      ['PDF export, second (warm Chromium)', ms(second), `${ratio.toFixed(2)}× the first`, `≤ ${TARGET}×: ${ratio <= TARGET ? 'met' : 'NOT MET'}`],
    ],
    summary: `printer: ${browser.summary}`,
  };
}

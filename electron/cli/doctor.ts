/**
 * `doctor`: says which Chromium the browser host and the command line print with (and the browser-host
 * tests run in), whether it starts and prints here, and whether its sandbox is on (or why not).
 * Exit status 1 when no Chromium can print.
 */
import { resolveBrowser } from '../services/export/browser';
import { ChromiumPrinter } from '../services/export/pdf';
import { UsageError, type ParsedArgs } from './args';


/** Runs the doctor command; returns the exit status. */
export async function run({ positionals }: ParsedArgs): Promise<number> {
  if (positionals.length > 0) throw new UsageError('doctor takes no arguments.');
  const out = (line: string): boolean => process.stdout.write(`${line}\n`);
  out(`Node ${process.version} (Claimwork needs Node 20.19 or later)`);
  let summary: string;
  try {
    summary = (await resolveBrowser()).summary;
  } catch (error) {
    process.stderr.write(`claimwork doctor: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  out(`Chromium: ${summary}`);
  const printer = new ChromiumPrinter();
  const started = performance.now();
  try {
    const pdf = await printer.print('<!doctype html><meta charset="utf-8"><p>Claimwork doctor</p><p dir="rtl">تقرير</p>', { pageSize: 'A4' });
    const ok = new TextDecoder().decode(pdf.subarray(0, 5)) === '%PDF-';
    out(`Printing: ${ok ? `a test page printed to PDF in ${Math.round(performance.now() - started)} ms` : 'Chromium answered, but not with a PDF'}`);
    const sandbox = printer.sandbox;
    out(`Sandbox: ${sandbox?.sandbox ? 'on' : `off (${sandbox?.why ?? 'unknown'})`}`);
    return ok ? 0 : 1;
  } catch (error) {
    process.stderr.write(`claimwork doctor: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await printer.close();
  }
}

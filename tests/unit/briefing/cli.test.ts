import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { resolveBrowser } from '../../../electron/services/export/browser';
import { analyzeText } from '../../../shared/analysis/analyze';
import { canonicalText, detectLang } from '../../../shared/text';
import { FIXTURE_DIR, SEED_MISSING, SEED_PATH, seedCase } from '../../fixtures/briefing/cases';
import { readPdfBack, words } from '../../support/pdf-read';
import { readDocxBack } from '../../support/docx-read';

const ROOT = path.resolve(FIXTURE_DIR, '../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'claimwork-brief-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The real command line, as an analyst runs it (npm run -s cli -- brief ...). */
function brief(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', 'brief', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The same command run in this process (the error paths need no child process): its stderr is
 * collected by swapping process.stderr.write for the duration of the call.
 */
async function briefInProcess(args: string[]): Promise<{ status: number; stderr: string }> {
  let stderr = '';
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stderr.write;
  try {
    return { status: await runCli(['brief', ...args]), stderr };
  } finally {
    process.stderr.write = write;
  }
}

const noChromium = await resolveBrowser().then(
  () => null,
  (error: unknown) => (error instanceof Error ? error.message : String(error)),
);
if (noChromium) console.warn(`Skipping brief to PDF: ${noChromium}`);

// Each child process loads tsx; on a busy two-core machine that takes seconds.
const SLOW = 120000;

describe.skipIf(SEED_MISSING !== null)('claimwork brief', () => {
  it('turns the fixture case file into exactly the golden Markdown', () => {
    const out = path.join(dir, 'case.md');
    const r = brief(path.join(FIXTURE_DIR, 'case.json'), '--out', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // The case holds 5 accepted claims, one pending and one rejected suggestion: 5 are counted.
    expect(r.stdout).toBe(`${out}: 5 claims from 2 articles\n`);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(path.join(FIXTURE_DIR, 'expected.md'), 'utf8'));
    expect(readFileSync(path.join(dir, 'case.network.svg'), 'utf8')).toContain('aria-label="Actor network: who speaks about whom"');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, SLOW);

  it('writes the fixture case as a Word document with --out X.docx, every quote in it', async () => {
    const out = path.join(dir, 'case.docx');
    const r = brief(path.join(FIXTURE_DIR, 'case.json'), '--out', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const doc = await readDocxBack(readFileSync(out));
    expect(doc.text).toContain('أن Haftar و Belousov ناقشوا “أحدث التطورات الإقليمية”');
    expect(doc.paragraphs.find((p) => p.text.startsWith('أن Haftar'))!.bidi).toBe(true);
  }, SLOW);

  it('--title replaces the title; a bare article gives a briefing that lists it and says no claims were accepted', () => {
    const out = path.join(dir, 'seed.md');
    const r = brief(SEED_PATH, '--out', out, '--title', 'Seed *briefing*');
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/no claims were accepted/);
    const md = readFileSync(out, 'utf8');
    expect(md).toMatch(/^# Seed \\\*briefing\\\*\n/);
    // One article row, no claims (its title comes from the importer or the file name).
    expect(md.split('## Articles')[1]!.match(/^\| .+ \| 0 \|$/gm)).toHaveLength(1);
  }, SLOW);

  it('refuses what is not a case, a newer case, a missing file and a missing --out, with exit status 1', async () => {
    const bogus = path.join(dir, 'bogus.json');
    writeFileSync(bogus, JSON.stringify({ schema: 'something-else' }));
    const newer = path.join(dir, 'newer.json');
    writeFileSync(newer, JSON.stringify({ schema: 'claimwork.case', schemaVersion: 99 }));
    const cases: [string[], RegExp][] = [
      [[bogus, '--out', path.join(dir, 'x.md')], /not a Claimwork case file/],
      [[newer, '--out', path.join(dir, 'x.md')], /newer Claimwork/],
      [[path.join(dir, 'absent.txt'), '--out', path.join(dir, 'x.md')], /absent\.txt cannot be read/],
      [[SEED_PATH], /--out PATH is required/],
      [[SEED_PATH, '--out', path.join(dir, 'x.doc')], /must end in \.md, \.html, \.pdf or \.docx/],
    ];
    for (const [args, message] of cases) {
      const r = await briefInProcess(args);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(message);
    }
    expect(existsSync(path.join(dir, 'x.md'))).toBe(false);
  });

  it('--accept-suggestions briefs the seed article from the analyser suggestions', () => {
    const out = path.join(dir, 'suggested.md');
    const r = brief(SEED_PATH, '--out', out, '--accept-suggestions');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const claims = Number(/: (\d+) claims? from 1 article\n/.exec(r.stdout)?.[1]);
    expect(claims).toBeGreaterThan(0);
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('## Appendix: cited articles');
    expect(md).toContain('[^1]: ');
  }, SLOW);

  it.skipIf(noChromium !== null)('writes several PDFs in one run (one Chromium), each on Letter paper with every quote', async () => {
    const { data, quotes } = seedCase();
    const caseFile = path.join(dir, 'seed.claimwork.json');
    writeFileSync(caseFile, JSON.stringify(data));
    const outs = [path.join(dir, 'seed-1.pdf'), path.join(dir, 'seed-2.pdf')];
    const r = brief(caseFile, '--out', outs[0]!, '--out', outs[1]!, '--page-size', 'Letter');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual(outs.map((o) => `${o}: ${quotes.length} claims from 1 article`));
    for (const out of outs) {
      const pdf = await readPdfBack(readFileSync(out));
      expect(pdf.sizes[0]!.width).toBeCloseTo(612, 0);
      const text = words(pdf.pages.join('\n'));
      for (const q of quotes) expect(text).toContain(words(q));
    }
  }, SLOW);

  it.skipIf(noChromium !== null)('briefs the seed article to PDF with the suggested quotes word for word', async () => {
    const out = path.join(dir, 'seed-suggested.pdf');
    const r = brief(SEED_PATH, '--accept-suggestions', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const text = canonicalText(readFileSync(SEED_PATH, 'utf8'));
    const claims = analyzeText(text, { lang: detectLang(text) }).claims.map((c) => text.slice(c.start, c.end));
    expect(claims.length).toBeGreaterThan(5);
    const pdf = words((await readPdfBack(readFileSync(out))).pages.join('\n'));
    for (const quote of claims) expect(pdf).toContain(words(quote));
  }, SLOW);
});

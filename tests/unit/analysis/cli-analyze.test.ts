import { execFile } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = new URL('../../../', import.meta.url).pathname;

async function cli(args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const r = await run(process.execPath, ['--import', 'tsx', join(root, 'electron/cli/main.ts'), 'analyze', ...args], { cwd: root });
    return { stdout: r.stdout, stderr: r.stderr, code: 0 };
  } catch (e) {
    const x = e as { stdout: string; stderr: string; code: number };
    return { stdout: x.stdout, stderr: x.stderr, code: x.code };
  }
}

describe('analyze command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimwork-analyze-'));
  const ar = join(dir, 'ar.txt');
  const en = join(dir, 'en.txt');
  writeFileSync(ar, 'موسكو\r\nوقال تراور إن بلاده لن تطلب المساعدة.\r\n');
  writeFileSync(en, 'Talks resume\n\nThe troops withdrew overnight, the ministry said.\n');

  it('prints one JSON document per file and nothing else', async () => {
    const r = await cli([ar, en, '--format', 'json']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const doc = JSON.parse(lines[0]!);
    expect(doc.schema).toBe('claimwork.analysis/1');
    // Read as the app imports it: a dateline alone is not a title, the first sentence is (and stays in the text).
    expect(doc.article).toEqual({ title: 'وقال تراور إن بلاده لن تطلب المساعدة.', lang: 'ar', dir: 'rtl' });
    expect(doc.text).toBe('موسكو\nوقال تراور إن بلاده لن تطلب المساعدة.');
    const claim = doc.claims[0];
    expect(doc.text.slice(claim.start, claim.end)).toBe(claim.text);
    expect(doc.text.slice(claim.cue.start, claim.cue.end)).toBe('وقال');
    expect(claim.speaker.text).toBe('تراور');
    expect(JSON.parse(lines[1]!).claims[0].speaker.text).toBe('the ministry');
  }, 30000);

  it('prints a Markdown summary with --format md', async () => {
    const r = await cli([en, '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Talks resume');
    expect(r.stdout).toContain('**the ministry**: The troops withdrew overnight');
  }, 30000);

  it('reports a missing file on stderr, exits 1 and still prints the other files', async () => {
    const r = await cli([join(dir, 'missing.txt'), en]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('missing.txt');
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout).file).toBe(en);
  }, 30000);

  it('refuses a file over the import limit without reading it, and still prints the others', async () => {
    const big = join(dir, 'huge.txt');
    // Sparse: 60 MB on paper, nothing allocated; a read-first CLI would decode 60 MB of NULs.
    truncateSync((writeFileSync(big, ''), big), 60 * 1024 * 1024);
    const r = await cli([big, en, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/huge\.txt is 60 MB, over the 50 MB limit/);
    expect(JSON.parse(r.stdout).file).toBe(en);
  }, 30000);
});

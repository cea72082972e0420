/**
 * The command line's one parser and its help (issue 16, item 1): every command documents every
 * option it takes, accepts `--opt value` and `--opt=value` alike, and refuses what it does not know
 * with the command's usage line; a case given to the command line is read, never written.
 */
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { analyzeSpec, briefSpec, doctorSpec, extractSpec } from '../../../electron/cli/commands';
import { FIXTURE_DIR } from '../../fixtures/briefing/cases';

const dir = mkdtempSync(path.join(tmpdir(), 'claimwork-cli-args-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the command line in this process and collects what it printed. */
async function cli(...argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const writes = { stdout: process.stdout.write.bind(process.stdout), stderr: process.stderr.write.bind(process.stderr) };
  for (const stream of ['stdout', 'stderr'] as const) {
    process[stream].write = ((chunk: string | Uint8Array) => {
      out[stream] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return true;
    }) as typeof process.stdout.write;
  }
  try {
    return { status: await runCli(argv), ...out };
  } finally {
    process.stdout.write = writes.stdout;
    process.stderr.write = writes.stderr;
  }
}

describe('command line help', () => {
  it.each([analyzeSpec, extractSpec, briefSpec, doctorSpec])('$name --help names every option it takes', async (spec) => {
    const r = await cli(spec.name, '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Usage: npm run -s cli -- ${spec.name}`);
    for (const name of Object.keys(spec.options)) expect(r.stdout).toContain(`--${name}`);
  });

  it('the options the issue found missing are documented', async () => {
    expect((await cli('analyze', '--help')).stdout).toMatch(/--lang ar\|en\|fr\|und[\s\S]*--case CASE\.json/);
    expect((await cli('brief', '--help')).stdout).toMatch(/--page-size A4\|Letter/);
    expect((await cli('brief', '--help')).stdout).toMatch(/\.html/);
  });

  it('the command list points to each command’s help', async () => {
    const r = await cli('--help');
    expect(r.status).toBe(0);
    for (const name of ['analyze', 'extract', 'brief', 'doctor']) expect(r.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });
});

describe('command line arguments', () => {
  it('refuses an unknown option and a missing value with the usage line, exit status 1', async () => {
    const unknown = await cli('analyze', 'a.txt', '--bogus');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/^claimwork analyze: unknown option --bogus\.\nUsage: npm run -s cli -- analyze FILE\.\.\./);
    const missing = await cli('brief', 'a.txt', '--out');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/--out needs a value/);
  });

  it('takes --opt=value as --opt value, and counts articles and claims in the right number', async () => {
    const out = path.join(dir, 'two.md');
    const r = await cli('brief', path.join(FIXTURE_DIR, 'case.json'), `--out=${out}`, '--title=Two');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${out}: 5 claims from 2 articles\n`);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Two\n/m);
    const article = path.join(dir, 'one.txt');
    writeFileSync(article, 'A headline\n\nThe ministry said the talks would resume.\n');
    const single = await cli('brief', article, '--out', path.join(dir, 'one.md'));
    expect(single.stdout).toMatch(/: 0 claims from 1 article\n$/);
  });

  it('never writes the case file it was given, even when accepting suggestions', async () => {
    const file = path.join(dir, 'mine.claimwork.json');
    writeFileSync(file, readFileSync(path.join(FIXTURE_DIR, 'case.json')));
    const before = readFileSync(file);
    const r = await cli('brief', file, '--accept-suggestions', '--out', path.join(dir, 'mine.md'));
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

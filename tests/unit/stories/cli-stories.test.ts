import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { storiesCase, reportFiles } from '../../fixtures/stories/case';
import { SEED_PATH } from '../../fixtures/briefing/cases';

const run = promisify(execFile);
const root = new URL('../../../', import.meta.url).pathname;

async function cli(args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const r = await run(process.execPath, ['--import', 'tsx', join(root, 'electron/cli/main.ts'), 'stories', ...args], { cwd: root, maxBuffer: 64 << 20 });
    return { stdout: r.stdout, stderr: r.stderr, code: 0 };
  } catch (e) {
    const x = e as { stdout: string; stderr: string; code: number };
    return { stdout: x.stdout, stderr: x.stderr, code: x.code };
  }
}

interface Doc {
  schema: string;
  articles: { file: string; origin: string }[];
  stories: { id: string; speaker: { actorId: string; name: string } | null; claims: { file: string; start: number; end: number; quote: string }[]; origins: number; contradictions: { file: string; start: number; end: number; quote: string; reason: string }[]; credibility: { grade: number; reason: string } }[];
}

// Each case starts the CLI (tsx) once or twice; on a busy machine that alone takes seconds.
describe('stories command', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimwork-stories-'));

  it('prints the stories of a case as one claimwork.stories/1 document, offsets into each text', async () => {
    const data = storiesCase('en');
    const casePath = join(dir, 'en.claimwork.json');
    writeFileSync(casePath, JSON.stringify(data));
    const r = await cli([casePath, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.schema).toBe('claimwork.stories/1');
    expect(doc.articles).toEqual([
      { file: '1-libya-herald.txt', origin: '1-libya-herald.txt' },
      { file: '2-africa-report.txt', origin: '2-africa-report.txt' },
      { file: '3-wire-digest.txt', origin: '1-libya-herald.txt' },
      { file: '4-sahel-monitor.txt', origin: '4-sahel-monitor.txt' },
      { file: '5-eastern-post.txt', origin: '5-eastern-post.txt' },
    ]);
    expect(doc.stories.map((s) => [s.speaker?.name, s.claims.length, s.origins, s.contradictions.length, s.credibility.grade])).toEqual([
      ['Vladimir Putin', 4, 3, 0, 1],
      ['LNA General Command', 3, 2, 0, 2],
      ['Guido Crosetto', 2, 1, 1, 5],
      ['Ibrahim Traore', 2, 2, 1, 3],
      ['Russian Defence Ministry', 1, 1, 0, 3],
    ]);
    const text = (file: string): string => data.articles.find((a) => a.origin.fileName === file)!.text;
    for (const s of doc.stories) {
      for (const c of [...s.claims, ...s.contradictions]) expect(text(c.file).slice(c.start, c.end)).toBe(c.quote);
    }
    expect(doc.stories[2]!.contradictions[0]).toMatchObject({ file: '5-eastern-post.txt', reason: 'rebuttal by Russian Defence Ministry of Guido Crosetto (“denied”)' });
  });

  it('analyses Arabic report files: the wire copy is the first report’s origin and Putin’s pledge has three origins', async () => {
    const r = await cli([...reportFiles('ar'), '--accept-suggestions']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.articles.map((a) => a.origin.split('/').pop())).toEqual(['1-alwasat.txt', '2-libya-today.txt', '1-alwasat.txt', '4-africa-gate.txt', '5-alsharq.txt']);
    const putin = doc.stories.find((s) => s.claims.some((c) => c.quote.startsWith('روسيا ستستمر')))!;
    expect(putin.speaker?.name).toBe('فلاديمير بوتين');
    // The wire copy differs from the first report only in its headline, which the importer takes as
    // the title: its text is the same, so it is one article (the app's import says "already in the case").
    expect(putin.claims.map((c) => c.file.split('/').pop())).toEqual(['1-alwasat.txt', '2-libya-today.txt', '4-africa-gate.txt']);
    expect(putin.origins).toBe(3);
    expect(putin.credibility.grade).toBe(1);
  });

  it('the seed article and a verbatim copy under another title: every story has one origin', async () => {
    const seed = join(dir, 'seed.txt');
    const copy = join(dir, 'copy.txt');
    const text = readFileSync(SEED_PATH, 'utf8');
    writeFileSync(seed, text);
    writeFileSync(copy, `حفتر في موسكو: الكرملين يستقبل قائد الجيش الليبي\n${text.split('\n').slice(1).join('\n')}`);
    const r = await cli([seed, copy, '--accept-suggestions', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.articles.map((a) => a.origin)).toEqual([seed, seed]);
    expect(doc.stories.length).toBeGreaterThan(5);
    expect(doc.stories.filter((s) => new Set(s.claims.map((c) => c.file)).size === 2).length).toBeGreaterThan(5);
    for (const s of doc.stories) expect(s.origins).toBe(1);
  });

  it('says what is wrong with bad input', async () => {
    const [r, none] = await Promise.all([cli(['--format', 'xml', 'a.txt']), cli([join(dir, 'missing.claimwork.json')])]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--format must be json or md');
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/claimwork stories: .*missing\.claimwork\.json/);
  });
});

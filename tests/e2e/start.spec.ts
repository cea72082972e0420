/**
 * Issue 16, item 8: `npm start` is quiet (one line per stage, the address last), does not build
 * sources that were already built, and leaves nothing running once it is stopped: SIGTERM or SIGINT
 * to npm, or a SIGKILL to the launcher, ends the browser host too, even with a page's event stream
 * open.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { repoRoot } from './host';
// @ts-expect-error: a plain .mjs script without types
import { buildIsCurrent } from '../../scripts/build-if-changed.mjs';

const isCurrent = buildIsCurrent as (root: string) => boolean;

/** Processes whose command line names `marker` (the unique data folder), as pid → args. */
function processesWith(marker: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return out.split('\n').filter((line) => line.includes(marker) && !line.includes('ps -eo'));
}

async function waitUntilGone(marker: string, withinMs: number): Promise<string[]> {
  const deadline = Date.now() + withinMs;
  let left = processesWith(marker);
  while (left.length && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    left = processesWith(marker);
  }
  return left;
}

interface Started {
  npm: ChildProcess;
  output: () => string;
  url: string;
  dataDir: string;
}

async function npmStart(): Promise<Started> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'claimwork-start-'));
  const npm = spawn('npm', ['start', '--', '--no-open', '--data-dir', dataDir], {
    cwd: repoRoot,
    env: { ...process.env, CI: '1', CLAIMWORK_BROWSER: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, as a terminal gives a command: Ctrl+C signals that whole group.
    detached: true,
  });
  let out = '';
  npm.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  npm.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /Claimwork browser host: (\S+)/.exec(out);
      if (m) {
        clearInterval(timer);
        resolve(m[1]!);
      }
    }, 50);
    npm.on('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`npm start exited with ${code}: ${out}`));
    });
  });
  return { npm, output: () => out, url, dataDir };
}

/** Signs in with the launch code and keeps the event stream open, as a page would. */
async function openEventStream(url: string): Promise<AbortController> {
  const res = await fetch(url, { redirect: 'manual' });
  const cookie = /^([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  expect(cookie, 'the launch address gave a cookie').toBeTruthy();
  const abort = new AbortController();
  const events = await fetch(new URL('/api/events', url), { headers: { cookie: cookie! }, signal: abort.signal });
  expect(events.status).toBe(200);
  // Reading keeps the stream open until the server ends it.
  void events.body?.getReader().read().catch(() => undefined);
  return abort;
}

test.describe('npm start', () => {
  test.skip(process.platform !== 'linux', 'reads the process table with ps (Linux)');
  test.beforeAll(() => {
    if (!isCurrent(repoRoot)) console.log('npm start tests: out/ is not the build of these sources; run `npm run build` first');
  });

  // `kill PID` signals npm alone; Ctrl+C in a terminal sends SIGINT to the foreground group.
  for (const [signal, target] of [['SIGTERM', 'npm'], ['SIGINT', 'group']] as const) {
    test(`a ${signal} to the ${target === 'npm' ? 'npm process' : 'process group (Ctrl+C)'} stops the whole tree, event stream open`, async () => {
      test.skip(!isCurrent(repoRoot), 'out/ is not the current build (npm run build records it)');
      const started = await npmStart();
      const abort = await openEventStream(started.url);
      try {
        const lines = started.output().trim().split('\n').filter((l) => l.trim() && !l.startsWith('>'));
        expect(lines[lines.length - 1]).toMatch(/^Claimwork browser host: http:\/\/127\.0\.0\.1:\d+\/\?launch=/);
        expect(lines).toContain('The build is up to date.');
        expect(lines.length, lines.join('\n')).toBeLessThanOrEqual(6);
        expect(processesWith(started.dataDir).length).toBeGreaterThan(0);

        if (target === 'npm') started.npm.kill(signal);
        else process.kill(-started.npm.pid!, signal);
        expect(await waitUntilGone(started.dataDir, 5_000)).toEqual([]);
      } finally {
        abort.abort();
        for (const line of processesWith(started.dataDir)) process.kill(Number(line.trim().split(/\s+/)[0]), 'SIGKILL');
        await rm(started.dataDir, { recursive: true, force: true });
      }
    });
  }

  test('a SIGKILL to the launcher still ends the browser host', async () => {
    test.skip(!isCurrent(repoRoot), 'out/ is not the current build (npm run build records it)');
    const started = await npmStart();
    const abort = await openEventStream(started.url);
    try {
      const launcher = processesWith(started.dataDir).find((l) => l.includes('scripts/start.mjs'));
      expect(launcher, 'the launcher is running').toBeDefined();
      process.kill(Number(launcher!.trim().split(/\s+/)[0]), 'SIGKILL');
      const left = await waitUntilGone(started.dataDir, 5_000);
      expect(left.filter((l) => l.includes('web-host'))).toEqual([]);
    } finally {
      abort.abort();
      started.npm.kill('SIGKILL');
      for (const line of processesWith(started.dataDir)) process.kill(Number(line.trim().split(/\s+/)[0]), 'SIGKILL');
      await rm(started.dataDir, { recursive: true, force: true });
    }
  });
});

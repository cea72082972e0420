/**
 * Issue 14, item 5: the address the browser host hands to the system opener (xdg-open) is readable
 * by every local user in /proc/<pid>/cmdline, so it must not carry the long-lived token. A stand-in
 * xdg-open on PATH records its argv; the test then trades the recorded launch code for the token (as
 * the browser would), checks that no argv holds that token, and that the code cannot be used again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
let dir = '';
let host: ChildProcess | null = null;

afterAll(async () => {
  if (host && host.exitCode === null) {
    const exited = new Promise((r) => host!.once('exit', r));
    host.kill('SIGTERM');
    await exited;
  }
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function waitForFile(file: string, ms: number): Promise<string> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      const text = await readFile(file, 'utf8');
      if (text.endsWith('\n')) return text;
    } catch {
      /* not yet */
    }
    if (Date.now() > until) throw new Error(`${file} was not written within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(process.platform !== 'linux')('the browser host and the system opener', () => {
  it('opens the browser with a one-time launch code, never the token', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'claimwork-opener-'));
    const bin = path.join(dir, 'bin');
    const argvFile = path.join(dir, 'xdg-open.argv');
    await mkdir(bin);
    // The stand-in opener: one argument per line, then exits like xdg-open does.
    await writeFile(path.join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s\\n' "$@" > "${argvFile}.part" && mv "${argvFile}.part" "${argvFile}"\n`);
    await chmod(path.join(bin, 'xdg-open'), 0o755);
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` };
    delete env.CI; // the host does not open a browser under CI
    host = spawn(process.execPath, ['--import', 'tsx', 'electron/web-host/main.ts', '--data-dir', path.join(dir, 'data')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    host.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    host.stderr!.on('data', (c: Buffer) => (out += c.toString()));

    const argv = (await waitForFile(argvFile, 30_000)).trimEnd().split('\n');
    expect(argv).toHaveLength(1);
    const opened = new URL(argv[0]!);
    expect(opened.hostname).toBe('127.0.0.1');
    expect([...opened.searchParams.keys()]).toEqual(['launch']);

    // The browser's first visit: the code becomes an HttpOnly cookie and the address loses it.
    const first = await fetch(opened, { redirect: 'manual' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/');
    const setCookie = first.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const token = /^[^=]+=([^;]+)/.exec(setCookie)![1]!;
    expect(token.length).toBeGreaterThanOrEqual(32);

    // Nowhere in an argv: the opener's, the host's own, what it printed.
    expect(argv.join(' ')).not.toContain(token);
    const cmdline = (await readFile(`/proc/${host.pid}/cmdline`, 'utf8')).split('\0').join(' ');
    expect(cmdline).not.toContain(token);
    expect(out).not.toContain(token);
    expect(out).toContain(argv[0]!);

    // The cookie opens the API; the spent code and a wrong one do not sign anyone in.
    const cookie = setCookie.split(';')[0]!;
    const api = await fetch(new URL('/api/getCase', opened.origin), { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie }, body: '{}' });
    expect(api.status).toBe(200);
    const again = await fetch(opened, { redirect: 'manual' });
    expect(again.status).toBe(403);
    expect(again.headers.get('set-cookie')).toBeNull();
    expect(await again.text()).toContain('already used');
    const wrong = await fetch(`${opened.origin}/?launch=${'A'.repeat(43)}`, { redirect: 'manual' });
    expect(wrong.status).toBe(403);
  }, 60_000);
});

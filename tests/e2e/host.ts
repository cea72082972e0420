import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { CaseStore } from '../../electron/services/case-store';
import type { CaseData } from '../../shared/domain';
import { repoRoot } from '../support/paths';

export { repoRoot, seedArticlePath, seedMissing } from '../support/paths';

export interface BrowserHost {
  /** The bare address (`origin/`): a browser context with `cookie` opens it signed in. */
  url: string;
  /** The one-time launch address the host printed (already spent when `signedIn`). */
  launchUrl: string;
  origin: string;
  /** The long-lived token, as the host set it in its cookie ('' when not signed in). */
  token: string;
  /** The cookie the host set for the launch code, for `context.addCookies` (null when not signed in). */
  cookie: { name: string; value: string; url: string; httpOnly: true; sameSite: 'Strict' } | null;
  dataDir: string;
  process: ChildProcess;
}

/** Trades the one-time launch address for the host's cookie, as the first browser to open it would. */
async function exchangeLaunchCode(launchUrl: string): Promise<{ name: string; value: string }> {
  const res = await fetch(launchUrl, { redirect: 'manual' });
  const setCookie = res.headers.get('set-cookie') ?? '';
  const m = /^([^=;\s]+)=([^;]+)/.exec(setCookie);
  if (res.status !== 303 || !m) throw new Error(`the launch address was not accepted (${res.status})`);
  return { name: m[1]!, value: m[2]! };
}

/**
 * Starts the real browser host (tsx, built renderer in out/) on a random port with its own data folder.
 * `extraArgs` go to the host too (the benchmark passes `--static DIR` to serve its own build). Signs in
 * with the launch code unless `signIn` is false (then the test opens `launchUrl` itself).
 */
export async function startHost(dataDir?: string, extraArgs: readonly string[] = [], options: { signIn?: boolean } = {}): Promise<BrowserHost> {
  const dir = dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'claimwork-e2e-')));
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web-host/main.ts', '--data-dir', dir, '--no-open', ...extraArgs], {
    cwd: repoRoot,
    env: { ...process.env, CI: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      // A host that is only slow must not outlive the test that gave up on it.
      child.kill('SIGTERM');
      reject(new Error(`browser host did not start within 30 s: ${out}`));
    }, 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Claimwork browser host: (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`browser host exited with ${code}: ${out}`)));
  });
  const parsed = new URL(url);
  const base = { url: `${parsed.origin}/`, launchUrl: url, origin: parsed.origin, dataDir: dir, process: child };
  if (options.signIn === false) return { ...base, token: '', cookie: null };
  const cookie = await exchangeLaunchCode(url).catch((error: unknown) => {
    child.kill('SIGTERM');
    throw error;
  });
  return { ...base, token: cookie.value, cookie: { ...cookie, url: parsed.origin, httpOnly: true, sameSite: 'Strict' } };
}

/** Gives a browser context the host's cookie, as if it had opened the launch address. */
export async function signInContext(context: BrowserContext, host: BrowserHost): Promise<void> {
  if (host.cookie) await context.addCookies([host.cookie]);
}

export async function stopHost(host: BrowserHost, removeData = true): Promise<void> {
  if (host.process.exitCode === null) {
    const exited = new Promise((r) => host.process.once('exit', r));
    host.process.kill('SIGTERM');
    await exited;
  }
  if (removeData) await rm(host.dataDir, { recursive: true, force: true });
}

export const test = base.extend<{ host: BrowserHost }>({
  host: async ({ context }, use) => {
    const host = await startHost();
    await signInContext(context, host);
    await use(host);
    await stopHost(host);
  },
});

/** Fails the test on any page error or console error (hostile input must run nothing). */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon/.test(m.location().url)) problems.push(`console: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return problems;
}

/**
 * Writes `data` as a case file in the host's data folder and opens it through *Open case…*, as a
 * reader would; resolves once the dialog has been submitted (the caller waits for what it expects).
 */
export async function openCaseData(page: Page, host: BrowserHost, fileName: string, data: CaseData): Promise<string> {
  const file = path.join(host.dataDir, fileName);
  await (await CaseStore.create(file, data)).close();
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Open case…' }).click();
  const open = page.getByRole('dialog', { name: 'Open case' });
  await open.getByLabel('Case file path').fill(file);
  await open.getByRole('button', { name: 'Open', exact: true }).click();
  return file;
}

/** Text covered by every range of one highlight, read from the CSS highlight registry. */
export async function highlighted(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const h = CSS.highlights.get(n);
    // Highlights hold StaticRanges (not live): read their text through a Range.
    return h
      ? [...h].map((r) => {
          const range = new Range();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return range.toString();
        })
      : [];
  }, name);
}

export { expect };

/**
 * scripts/security-scan.mjs over small generated projects: a MEDIUM finding passes only with a
 * justification naming its check beside the flagged line; whole-app findings and `eng-disable`
 * comments always fail. Runs the real Electronegativity (offline), as CI does.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const script = path.join(repoRoot, 'scripts', 'security-scan.mjs');
const dirs: string[] = [];

const CSP_HTML = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; object-src 'none'; base-uri 'none'"></head><body></body></html>\n`;

const HARDENED = `
session.defaultSession.setPermissionRequestHandler((_wc, _p, cb) => cb(false));
app.on('web-contents-created', (_e, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});
`;

async function project(mainTs: string): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'claimwork-scan-test-'));
  dirs.push(root);
  await mkdir(path.join(root, 'electron'), { recursive: true });
  await mkdir(path.join(root, 'renderer'), { recursive: true });
  await writeFile(path.join(root, 'package.json'), JSON.stringify({ devDependencies: { electron: '45.5.0' } }));
  await writeFile(path.join(root, 'electron', 'main.ts'), `import { app, BrowserWindow, session } from 'electron';\n${mainTs}`);
  await writeFile(path.join(root, 'renderer', 'index.html'), CSP_HTML);
  return root;
}

function scan(root: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [script, '--root', root], { cwd: repoRoot }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, out: stdout + stderr });
    });
  });
}

const row = (out: string, check: string) => out.split('\n').filter((l) => l.startsWith(check));

afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('security scan', () => {
  it('passes justified findings and fails unjustified, mis-named, whole-app and eng-disable ones', async () => {
    const justified = await project(`${HARDENED}
export function open(): BrowserWindow {
  // electronegativity-justified: AUXCLICK_JS_CHECK — new windows are denied and navigation cancelled for all contents.
  return new BrowserWindow({
    webPreferences: {
      // electronegativity-justified: PRELOAD_JS_CHECK — our own preload exposes a fixed, validated API only.
      preload: 'preload.js',
      sandbox: true,
      contextIsolation: true,
    },
  });
}
`);
    const unjustified = await project(`
export function open(): BrowserWindow {
  // electronegativity-justified: AUXCLICK_JS_CHECK — names the wrong check for the preload line below.
  return new BrowserWindow({
    webPreferences: {
      preload: 'preload.js',
      sandbox: true,
      contextIsolation: true,
    },
  });
}
// eng-disable SANDBOX_JS_CHECK
`);
    const [ok, bad] = await Promise.all([scan(justified), scan(unjustified)]);

    expect(ok.out).toContain('No unjustified HIGH or MEDIUM findings.');
    expect(ok.code).toBe(0);
    expect(row(ok.out, 'PRELOAD_JS_CHECK')[0]).toMatch(/electron\/main\.ts:\d+ +\| justified/);
    expect(row(ok.out, 'AUXCLICK_JS_CHECK')[0]).toMatch(/justified \| new windows are denied/);

    expect(bad.code).toBe(1);
    // The AUXCLICK justification covers its own finding, not the preload finding three lines under it.
    expect(row(bad.out, 'AUXCLICK_JS_CHECK')[0]).toMatch(/\| justified/);
    expect(row(bad.out, 'PRELOAD_JS_CHECK')[0]).toMatch(/electron\/main\.ts:7 +\| FAIL/);
    // Electronegativity's own inline disable would hide findings without a reason: the comment itself fails.
    expect(row(bad.out, 'ENG_DISABLE')[0]).toMatch(/electron\/main\.ts:13 +\| FAIL/);
    // No permission handler and no navigation limits: findings about the whole app cannot be justified.
    expect(row(bad.out, 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK')[0]).toMatch(/\(whole app\).*\| FAIL/);
    expect(row(bad.out, 'LIMIT_NAVIGATION_GLOBAL_CHECK')[0]).toMatch(/HIGH .*\(whole app\).*\| FAIL/);
  });
});

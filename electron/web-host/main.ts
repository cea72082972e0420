/**
 * Browser host entry: `npm run web` (or `npm start` where Electron is missing).
 * Options: --port N (default random), --data-dir DIR, --static DIR (built renderer), --no-open.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../services/data-dir';
import { createHandlers } from '../services/handlers';
import { Workspace } from '../services/workspace';
import { startWebHost } from './server';
import { closePdfPrinter } from '../services/export/pdf';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'data-dir': { type: 'string' },
    static: { type: 'string', default: path.resolve('out/renderer') },
    'no-open': { type: 'boolean', default: false },
  },
});

function openInBrowser(url: string): void {
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    const child = spawn(opener, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    /* no browser here: the printed URL is enough */
  }
}

async function main(): Promise<void> {
  const dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : defaultDataDir();
  const workspace = await Workspace.start(dataDir);
  const handlers = createHandlers(workspace, { info: { kind: 'browser', nativeDialogs: false, version: process.env.npm_package_version ?? '0.1.0' } });
  const host = await startWebHost({ workspace, handlers, staticDir: values.static!, port: Number(values.port) });
  // The address carries a one-time launch code, not the token: the first browser to open it gets
  // the token as an HttpOnly cookie, and the address stops working.
  process.stdout.write(`Data folder: ${dataDir}\n`);
  process.stdout.write('The address below works once; the browser that opens it first stays signed in until the host stops.\n');
  process.stdout.write(`Claimwork browser host: ${host.url}\n`);
  if (!values['no-open'] && !process.env.CI) openInBrowser(host.url);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await workspace.close().catch(() => undefined);
    await closePdfPrinter().catch(() => undefined);
    await host.close();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop());
  // Started by `npm start` with an IPC channel: when that launcher goes, however it went, so do we.
  if (process.connected) process.on('disconnect', () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(`Claimwork browser host could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

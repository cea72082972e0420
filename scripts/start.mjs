// `npm start`: the Electron app where its binary is installed; otherwise the browser host.
// Never `import 'electron'` here: on Electron 45 that tries to download the binary.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfChanged } from './build-if-changed.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function electronBinary() {
  const dir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const exe = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}

/** Why the browser host runs instead of Electron, in one line that only names what is true. */
function fallbackReason() {
  if (process.env.CLAIMWORK_BROWSER === '1') return 'Starting the browser host (CLAIMWORK_BROWSER=1, as npm run web sets).';
  const skipped = process.env.ELECTRON_SKIP_BINARY_DOWNLOAD ? ' (ELECTRON_SKIP_BINARY_DOWNLOAD is set)' : '';
  return `Electron's binary is not installed${skipped}: starting the browser host instead.`;
}

/**
 * Runs the app as a child and makes sure nothing outlives `npm start`: a signal is passed on (and
 * turned into SIGKILL if the child has not gone within a second), and when npm itself is killed
 * (this script is then re-parented) the child is stopped too. The browser host also stops when its
 * IPC channel to this script closes, so even a SIGKILL here leaves no server behind.
 */
function runChild(command, args, { ipc }) {
  const stdio = ipc ? ['inherit', 'inherit', 'inherit', 'ipc'] : 'inherit';
  const child = spawn(command, args, { cwd: root, stdio });
  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    child.kill(signal);
    setTimeout(() => child.kill('SIGKILL'), 1000).unref();
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => stop(sig));
  const parent = process.ppid;
  const watch = setInterval(() => {
    if (process.ppid !== parent) stop('SIGTERM');
  }, 250);
  watch.unref();
  child.on('error', (error) => {
    process.stderr.write(`Claimwork could not start: ${error.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

const built = buildIfChanged(root);
if (!built.ok) {
  process.stderr.write(built.output);
  process.stderr.write('Claimwork: the build failed (its output is above).\n');
  process.exit(1);
}
process.stdout.write(built.ran ? `Built the app in ${(built.ms / 1000).toFixed(1)} s.\n` : 'The build is up to date.\n');

const exe = electronBinary();
if (exe && process.env.CLAIMWORK_BROWSER !== '1') {
  process.stdout.write('Starting Claimwork (Electron).\n');
  runChild(exe, ['.'], { ipc: false });
} else {
  process.stdout.write(`${fallbackReason()}\n`);
  runChild(process.execPath, ['--import', 'tsx', 'electron/web-host/main.ts', ...process.argv.slice(2)], { ipc: true });
}

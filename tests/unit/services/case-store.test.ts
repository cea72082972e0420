import { mkdtemp, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CASE_SCHEMA_VERSION, emptyCase } from '../../../shared/domain';
import { AppFailure } from '../../../shared/result';
import { CaseStore } from '../../../electron/services/case-store';
import { parseCaseText, writeFileAtomic } from '../../../electron/services/case-file';
import { Workspace } from '../../../electron/services/workspace';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'claimwork-store-'));
});

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'no error';
  } catch (e) {
    return e instanceof AppFailure ? e.appError.code : String(e);
  }
};

describe('case store', () => {
  it('round-trips a case through the file, keeping Arabic text exact', async () => {
    const file = path.join(dir, 'a.claimwork.json');
    const data = emptyCase('c1', '2026-01-01T00:00:00.000Z', 'قضية ليبيا');
    const store = await CaseStore.create(file, data);
    store.update({ ...store.data, title: 'قضية ليبيا — Haftar' });
    await store.close();
    const reopened = await CaseStore.open(file);
    expect(reopened.data.title).toBe('قضية ليبيا — Haftar');
    expect(reopened.data.schemaVersion).toBe(CASE_SCHEMA_VERSION);
    await reopened.close();
  });

  it('names the .bak copy only for a damaged case that has one', async () => {
    const messageOf = async (p: Promise<unknown>) => {
      try {
        await p;
        return 'no error';
      } catch (e) {
        return e instanceof AppFailure ? e.appError.message : String(e);
      }
    };
    const file = path.join(dir, 'libya.claimwork.json');
    const store = await CaseStore.create(file, emptyCase('c1', '2026-01-01T00:00:00.000Z', 'first'));
    store.update({ ...store.data, title: 'second' });
    await store.close(); // the second save kept the first as libya.claimwork.json.bak
    const good = await readFile(file, 'utf8');
    // Damaged (truncated JSON), with a .bak beside it: the message names it.
    await writeFile(file, good.slice(0, 40));
    expect(await messageOf(CaseStore.open(file))).toMatch(/libya\.claimwork\.json is not a readable Claimwork case .* Its last good copy is libya\.claimwork\.json\.bak, in the same folder/);
    // Damaged, no .bak: no copy is promised.
    await rm(`${file}.bak`);
    expect(await messageOf(CaseStore.open(file))).not.toMatch(/\.bak/);
    // Not a case at all (a package.json), even with a .bak of that name beside it: never the .bak.
    const foreign = path.join(dir, 'package.json');
    await writeFile(foreign, '{"name":"x"}');
    await writeFile(`${foreign}.bak`, '{"name":"y"}');
    const notCase = await messageOf(CaseStore.open(foreign));
    expect(notCase).toMatch(/package\.json is not a Claimwork case file/);
    expect(notCase).not.toMatch(/\.bak/);
    const text = path.join(dir, 'notes.claimwork.json');
    await writeFile(text, 'These are my notes.');
    await writeFile(`${text}.bak`, 'old notes');
    expect(await messageOf(CaseStore.open(text))).not.toMatch(/\.bak/);
  });

  it('keeps the previous good file as .bak on every save', async () => {
    const file = path.join(dir, 'b.claimwork.json');
    const store = await CaseStore.create(file, emptyCase('c1', '2026-01-01T00:00:00.000Z', 'first'));
    store.update({ ...store.data, title: 'second' });
    await store.flush();
    expect(JSON.parse(await readFile(`${file}.bak`, 'utf8')).title).toBe('first');
    store.update({ ...store.data, title: 'third' });
    await store.close();
    expect(JSON.parse(await readFile(`${file}.bak`, 'utf8')).title).toBe('second');
    expect(JSON.parse(await readFile(file, 'utf8')).title).toBe('third');
  });

  it('coalesces many quick edits into few writes and ends with the last edit', async () => {
    const file = path.join(dir, 'c.claimwork.json');
    const store = await CaseStore.create(file, emptyCase('c1', '2026-01-01T00:00:00.000Z'));
    for (let i = 0; i < 50; i++) store.update({ ...store.data, title: `edit ${i}` });
    expect(store.saveStatus.state).toBe('saving');
    await store.close();
    expect(JSON.parse(await readFile(file, 'utf8')).title).toBe('edit 49');
  });

  it('a crash between the temporary write and the rename leaves the old file valid', async () => {
    const file = path.join(dir, 'd.claimwork.json');
    const store = await CaseStore.create(file, emptyCase('c1', '2026-01-01T00:00:00.000Z', 'good'));
    await store.close();
    // Simulate the crash: a temp file was fully written next to the case, but never renamed.
    await writeFile(path.join(dir, '.d.claimwork.json.999.1.tmp'), '{"schema":"claimwork.case", "half');
    const reopened = await CaseStore.open(file);
    expect(reopened.data.title).toBe('good');
    await reopened.close();
  });

  it('a failed save reports why, keeps the edit, leaves the last good file intact, and succeeds on retry', async () => {
    const folder = path.join(dir, 'sub');
    const file = path.join(folder, 'e.claimwork.json');
    const store = await CaseStore.create(file, emptyCase('c1', '2026-01-01T00:00:00.000Z', 'good'));
    const before = await readFile(file, 'utf8');
    // Take the folder away and put a plain file in its place: every write now fails with ENOTDIR.
    await rename(folder, `${folder}-away`);
    await writeFile(folder, 'not a folder');
    store.update({ ...store.data, title: 'unsaved edit' });
    await expect(store.flush()).rejects.toThrow(/Could not save/);
    expect(store.saveStatus.state).toBe('failed');
    expect(store.saveStatus.message).toMatch(/edits are kept/);
    expect(store.data.title).toBe('unsaved edit');
    expect(await readFile(path.join(`${folder}-away`, 'e.claimwork.json'), 'utf8')).toBe(before);
    // The disk comes back: the next attempt writes the kept edit.
    await rm(folder);
    await rename(`${folder}-away`, folder);
    await store.close();
    expect(store.saveStatus.state).toBe('saved');
    expect(JSON.parse(await readFile(file, 'utf8')).title).toBe('unsaved edit');
  });

  it.each([
    ['not JSON at all', 'hello world', 'not-a-case'],
    ['truncated JSON', '{"schema":"claimwork.case","schemaVersion":1,"title":', 'corrupt-case'],
    ['foreign JSON', '{"name":"package","version":"1.0.0"}', 'not-a-case'],
    ['newer version', JSON.stringify({ ...emptyCase('x', 'now'), schemaVersion: 99 }), 'newer-version'],
    ['wrong types', JSON.stringify({ ...emptyCase('x', 'now'), articles: [{ id: 5 }] }), 'corrupt-case'],
  ])('refuses %s with a clear error and leaves the file untouched', async (_label, contents, code) => {
    const file = path.join(dir, 'bad.claimwork.json');
    await writeFile(file, contents);
    const mtime = (await stat(file)).mtimeMs;
    expect(await codeOf(CaseStore.open(file))).toBe(code);
    expect(await readFile(file, 'utf8')).toBe(contents);
    expect((await stat(file)).mtimeMs).toBe(mtime);
    expect((await readdir(dir)).sort()).toEqual(['bad.claimwork.json']);
  });

  it('names the damaged field in the message', () => {
    const text = JSON.stringify({ ...emptyCase('x', 'now'), annotations: [{ id: 'a' }] });
    try {
      parseCaseText(text, 'x.json');
      expect.unreachable();
    } catch (e) {
      expect((e as AppFailure).appError.message).toContain('annotations[0]');
    }
  });

  it('migrates a version-0 case to the current version', () => {
    const { history: _h, rejected: _r, briefing: _b, ...v0 } = { ...emptyCase('x', 'now', 'old'), schemaVersion: 0 };
    const data = parseCaseText(JSON.stringify(v0), 'old.json');
    expect(data.schemaVersion).toBe(CASE_SCHEMA_VERSION);
    expect(data.history).toEqual({ undo: [], redo: [] });
  });

  it('writeFileAtomic leaves no temporary files behind', async () => {
    const file = path.join(dir, 'x.txt');
    await writeFileAtomic(file, 'one');
    await writeFileAtomic(file, 'two');
    expect(await readdir(dir)).toEqual(['x.txt']);
    expect(await readFile(file, 'utf8')).toBe('two');
  });

  it('on open, removes temp files a crashed save left behind, but not a live process\'s', async () => {
    const file = path.join(dir, 'crashed.claimwork.json');
    const store = await CaseStore.create(file, emptyCase('c1', '2026-01-01T00:00:00.000Z', 'crashed'));
    await store.close();
    // A process that has exited: its pid is dead (the OS does not reuse it this quickly).
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    const stale = `.crashed.claimwork.json.${dead}.0123456789abcdef.tmp`;
    const live = `.crashed.claimwork.json.${process.pid}.fedcba9876543210.tmp`;
    await writeFile(path.join(dir, stale), 'half a case');
    await writeFile(path.join(dir, live), 'being written');
    const reopened = await CaseStore.open(file);
    const names = await readdir(dir);
    expect(names).not.toContain(stale);
    expect(names).toContain(live);
    expect(reopened.data.title).toBe('crashed');
    await reopened.close();
  });
});

describe('workspace', () => {
  it('opens the default case, adds articles, flags duplicates and reopens the last case', async () => {
    const ws = await Workspace.start(dir);
    const first = ws.addArticle({ title: '', text: 'قال بوتين إن روسيا ستستمر.\n\nSecond paragraph.', origin: { fileName: null, format: 'paste', encoding: null } }, 'paste');
    expect(first.status).toBe('imported');
    const again = ws.addArticle({ title: 'x', text: 'قال بوتين إن روسيا ستستمر.\nSecond paragraph.', origin: { fileName: null, format: 'paste', encoding: null } }, 'paste');
    expect(again.status).toBe('duplicate');
    expect(ws.data.articles).toHaveLength(1);
    expect(ws.data.articles[0]!.dir).toBe('rtl');
    expect(ws.data.articles[0]!.paragraphStarts).toEqual([0, 'قال بوتين إن روسيا ستستمر.'.length + 1]);
    const other = await ws.saveCaseAs(path.join(dir, 'other'));
    expect(other.path.endsWith('other.claimwork.json')).toBe(true);
    await ws.close();
    const ws2 = await Workspace.start(dir);
    expect(ws2.casePath).toBe(other.path);
    expect(ws2.data.articles).toHaveLength(1);
    await ws2.close();
  });

  it('keeps the current case when opening a bad file fails', async () => {
    const ws = await Workspace.start(dir);
    const bad = path.join(dir, 'bad.json');
    await writeFile(bad, '{"nope":1}');
    const current = ws.casePath;
    expect(await codeOf(ws.openCase(bad))).toBe('not-a-case');
    expect(ws.casePath).toBe(current);
    expect(await readFile(bad, 'utf8')).toBe('{"nope":1}');
    await ws.close();
  });
});

describe('the save indicator after an edit', () => {
  it('announces "saving" once the call that made the edit has answered, and "saved" after the write', async () => {
    const file = path.join(dir, 'status.claimwork.json');
    const store = await CaseStore.create(file, emptyCase('c1', '2026-01-01T00:00:00.000Z', 'first'));
    const heard: string[] = [];
    store.onStatus((s) => heard.push(s.state));
    store.update({ ...store.data, title: 'second' });
    store.update({ ...store.data, title: 'third' });
    // The caller's answer goes out first (same turn); the window hears of the save right after, once.
    expect(store.saveStatus.state).toBe('saving');
    expect(heard).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(heard).toEqual(['saving']);
    await store.flush();
    expect(heard).toEqual(['saving', 'saved']);
    await store.close();
  });
});

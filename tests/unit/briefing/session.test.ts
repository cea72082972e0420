import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionResult, BriefingExportResult, HostEvents } from '../../../shared/ipc-contract';
import type { Result } from '../../../shared/result';
import { createHandlers, dispatch, type HandlerTable } from '../../../electron/services/handlers';
import { Workspace } from '../../../electron/services/workspace';
import { BriefingExports, exportFileName } from '../../../electron/services/export/session';
import type { PrintJob } from '../../../electron/services/export/briefing';

let dataDir: string;
let ws: Workspace;
let table: HandlerTable;

const QUOTE = 'إن موسكو لن تتخلى عن حلفائها';

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'claimwork-brief-session-'));
  ws = await Workspace.start(dataDir);
  table = createHandlers(ws, { info: { kind: 'browser', nativeDialogs: false, version: 'test' } });
  const added = await dispatch(table, 'addTextArticle', { title: 'موسكو', text: `وقال الناطق ${QUOTE} في بيان.\nفقرة ثانية.` });
  expect(added.ok).toBe(true);
  const article = ws.data.articles[0]!;
  const start = article.text.indexOf(QUOTE);
  const made = await dispatch(table, 'applyAction', { action: { type: 'annotation.create', articleId: article.id, kind: 'claim', start, end: start + QUOTE.length } });
  expect(made.ok).toBe(true);
});
afterEach(async () => {
  await ws.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('updateBriefing', () => {
  it('saves the patch into the case, outside the undo history', async () => {
    const undoBefore = ws.view().undoLabel;
    const r = await dispatch(table, 'updateBriefing', { patch: { title: 'Moscow <and> Haftar', marking: 'RESTRICTED', groupBy: 'source' } });
    expect(r).toMatchObject({ ok: true, value: { title: 'Moscow <and> Haftar', marking: 'RESTRICTED', groupBy: 'source', selection: 'accepted' } });
    expect(ws.data.briefing.title).toBe('Moscow <and> Haftar');
    expect(ws.view().undoLabel).toBe(undoBefore);
    await ws.close();
    const onDisk = JSON.parse(await readFile(ws.casePath, 'utf8'));
    expect(onDisk.briefing.marking).toBe('RESTRICTED');
    ws = await Workspace.start(dataDir);
  });

  it.each([
    ['an unknown field', { patch: { colour: 'red' } }],
    ['a bad grouping', { patch: { groupBy: 'speaker' } }],
    ['a bad page size', { patch: { pageSize: 'A3' } }],
    ['a title over 500 characters', { patch: { title: 'x'.repeat(501) } }],
    ['no patch', {}],
  ])('refuses %s and leaves the draft alone', async (_label, payload) => {
    const before = ws.data.briefing;
    const r = await dispatch(table, 'updateBriefing', payload);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('invalid-request');
    expect(ws.data.briefing).toEqual(before);
  });

  it('refuses an edit meant for another case', async () => {
    const r = await dispatch(table, 'updateBriefing', { patch: { title: 'Late edit' }, caseId: 'some-other-case' });
    expect(r.ok).toBe(false);
    expect(ws.data.briefing.title).not.toBe('Late edit');
    expect(await dispatch(table, 'updateBriefing', { patch: { title: 'On time' }, caseId: ws.data.id })).toMatchObject({ ok: true });
  });

  it('keeps each picked claim once', async () => {
    const id = ws.data.annotations[0]!.id;
    const r = await dispatch(table, 'updateBriefing', { patch: { selection: 'picked', pickedClaimIds: [id, id] } });
    expect(r).toMatchObject({ ok: true, value: { selection: 'picked', pickedClaimIds: [id] } });
  });
});

describe('exportBriefing', () => {
  it('writes Markdown atomically to the given path and remembers its folder for the next export', async () => {
    const outDir = await mkdtemp(path.join(os.tmpdir(), 'claimwork-brief-out-'));
    try {
      await dispatch(table, 'updateBriefing', { patch: { title: 'Moscow *and* Haftar' } });
      const events: HostEvents['exportProgress'][] = [];
      ws.on((event, payload) => event === 'exportProgress' && events.push(payload as HostEvents['exportProgress']));
      const target = path.join(outDir, 'brief.md');
      const r = (await dispatch(table, 'exportBriefing', { format: 'md', path: target })) as Result<BriefingExportResult>;
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.value).toMatchObject({ path: target, format: 'md', claimCount: 1 });
      const md = await readFile(target, 'utf8');
      expect(md).toContain('Moscow \\*and\\* Haftar');
      expect(md).toContain(QUOTE);
      expect(await readdir(outDir)).toEqual(['brief.md']);
      expect(events.at(-1)).toEqual({ stage: 'Done', percent: 100 });
      expect(events.map((e) => e.percent)).toEqual([...events.map((e) => e.percent)].sort((a, b) => a - b));

      expect(await dispatch(table, 'briefingExportPath', { format: 'pdf' })).toEqual({ ok: true, value: path.join(outDir, 'Moscow and Haftar.pdf') });
      const settings = JSON.parse(await readFile(path.join(dataDir, 'settings.json'), 'utf8'));
      expect(settings.lastExportDir).toBe(outDir);
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });

  it('without a path (browser host) writes to <data folder>/exports/<title>.md and adds the extension to a bare path', async () => {
    await dispatch(table, 'updateBriefing', { patch: { title: 'Sahel / Wagner: week 12' } });
    const r = (await dispatch(table, 'exportBriefing', { format: 'md' })) as Result<BriefingExportResult>;
    expect(r).toMatchObject({ ok: true, value: { path: path.join(dataDir, 'exports', 'Sahel Wagner week 12.md') } });
    const bare = path.join(dataDir, 'exports', 'second');
    const r2 = (await dispatch(table, 'exportBriefing', { format: 'md', path: bare })) as Result<BriefingExportResult>;
    expect(r2).toMatchObject({ ok: true, value: { path: `${bare}.md` } });
  });

  it('creates the data folder\'s exports/ when the analyst accepts the suggested path', async () => {
    const suggested = await dispatch(table, 'briefingExportPath', { format: 'md' });
    expect(suggested.ok).toBe(true);
    if (!suggested.ok) return;
    const r = await dispatch(table, 'exportBriefing', { format: 'md', path: suggested.value as string });
    expect(r).toMatchObject({ ok: true, value: { path: suggested.value } });
  });

  it('refuses a folder that does not exist, with a message naming it, and keeps the old default', async () => {
    const r = await dispatch(table, 'exportBriefing', { format: 'md', path: path.join(dataDir, 'nope', 'b.md') });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain(path.join(dataDir, 'nope'));
    expect(await dispatch(table, 'briefingExportPath', { format: 'md' })).toEqual({ ok: true, value: path.join(dataDir, 'exports', 'Briefing.md') });
  });

  it('refuses a second export while one runs, then accepts the next', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const printed: PrintJob[] = [];
    const exporter = new BriefingExports(ws, {
      printPdf: async (job) => {
        printed.push(job);
        await gate;
        return new TextEncoder().encode('%PDF-1.4 test');
      },
    });
    const first = exporter.export('pdf', path.join(dataDir, 'one.pdf'));
    await expect(exporter.export('md', path.join(dataDir, 'two.md'))).rejects.toThrow(/already running/);
    expect(exporter.busy).toBe(true);
    release();
    await expect(first).resolves.toMatchObject({ format: 'pdf', path: path.join(dataDir, 'one.pdf') });
    expect(printed[0]!.marginsMm.top).toBeGreaterThan(0);
    expect(await readFile(path.join(dataDir, 'one.pdf'), 'utf8')).toBe('%PDF-1.4 test');
    await expect(exporter.export('md', path.join(dataDir, 'two.md'))).resolves.toMatchObject({ format: 'md' });
  });

  it('asks the host for the path where it has a dialog; cancelling writes nothing', async () => {
    const asked: string[] = [];
    const exporter = new BriefingExports(ws, { pickExportPath: async (p) => (asked.push(p), null) });
    await expect(exporter.export('md')).rejects.toThrow('Cancelled.');
    expect(asked).toEqual([path.join(dataDir, 'exports', 'Briefing.md')]);
    await expect(readdir(path.join(dataDir, 'exports'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('names the network picture it wrote beside a Markdown briefing, and nothing beside a PDF', async () => {
    const speaker = (await dispatch(table, 'applyAction', { action: { type: 'actor.create', name: 'الناطق' } })) as Result<ActionResult>;
    const subject = (await dispatch(table, 'applyAction', { action: { type: 'actor.create', name: 'موسكو' } })) as Result<ActionResult>;
    if (!speaker.ok || !subject.ok) throw new Error('actors not made');
    const claim = ws.data.annotations[0]!;
    const linked = await dispatch(table, 'applyAction', {
      action: { type: 'annotation.update', id: claim.id, claim: { speakerId: speaker.value.createdIds[0]!, subjectIds: [subject.value.createdIds[0]!] } },
    });
    expect(linked.ok).toBe(true);
    const target = path.join(dataDir, 'with-picture.md');
    const r = (await dispatch(table, 'exportBriefing', { format: 'md', path: target })) as Result<BriefingExportResult>;
    if (!r.ok) throw new Error(r.error.message);
    const picture = path.join(dataDir, 'with-picture.network.svg');
    expect(r.value.besidePaths).toEqual([picture]);
    expect(await readFile(picture, 'utf8')).toContain('<svg');
    expect(await readFile(target, 'utf8')).toContain('(<with-picture.network.svg>)');
    const pdf = await new BriefingExports(ws, { printPdf: async () => new TextEncoder().encode('%PDF-1.4 test') }).export('pdf', path.join(dataDir, 'p.pdf'));
    expect(pdf.besidePaths).toEqual([]);
  });

  it('serves a download only by the id of a file exported in this session', async () => {
    const exporter = new BriefingExports(ws);
    const target = path.join(dataDir, 'dl.md');
    const r = await exporter.export('md', target);
    expect(exporter.download(r.downloadId)).toMatchObject({ path: target, name: 'dl.md' });
    expect(exporter.download('0'.repeat(32))).toBeNull();
    await writeFile(path.join(dataDir, 'other.md'), 'x');
    expect(exporter.download(path.join(dataDir, 'other.md'))).toBeNull();
  });
});

describe('exportFileName', () => {
  it('keeps Arabic and Latin letters and drops separators', () => {
    expect(exportFileName('موسكو / Haftar: ../etc', 'pdf')).toBe('موسكو Haftar .. etc.pdf');
    expect(exportFileName('...', 'md')).toBe('briefing.md');
    expect(exportFileName('', 'md')).toBe('briefing.md');
  });
});

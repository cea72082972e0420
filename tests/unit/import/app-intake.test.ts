import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/result';
import type { CaseView, Delta, ImportOutcome } from '../../../shared/ipc-contract';
import { createHandlers, dispatch, type HandlerTable } from '../../../electron/services/handlers';
import { Workspace } from '../../../electron/services/workspace';

let dir: string;
let ws: Workspace;
let table: HandlerTable;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'claimwork-intake-'));
  ws = await Workspace.start(dir);
  table = createHandlers(ws, { info: { kind: 'browser', nativeDialogs: false, version: 'test' } });
});
afterEach(async () => {
  await ws.close();
});

async function call<T>(name: string, payload: unknown): Promise<T> {
  const r = (await dispatch(table, name, payload)) as Result<T>;
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value;
}
const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
const importFile = (name: string, bytes: Uint8Array | string, encoding?: string) =>
  call<ImportOutcome>('importFile', { name, dataBase64: b64(bytes), ...(encoding ? { encoding } : {}) });

const ARABIC = 'قال المتحدث باسم الحكومة إن المحادثات ستستأنف في موسكو الأسبوع المقبل.\nوأضاف أن الوفد سيضم ممثلين عن الجيش.';
const HTML_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Talks resume in Moscow</title>
<meta property="og:site_name" content="Libya Observer"><meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2025-03-04T10:00:00Z"></head><body>
<nav>Home | World | Sport</nav><article><h1>Talks resume in Moscow</h1>
${Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: the ministry said on Tuesday that talks between the delegations would resume in Moscow next week, according to officials familiar with the plans.</p>`).join('\n')}
</article><script>window.evil = 1</script></body></html>`;

describe('app intake through the handler table', () => {
  it('imports an HTML page with its metadata; the publisher becomes one outlet Source', async () => {
    const first = await importFile('page.html', HTML_PAGE);
    expect(first.status).toBe('imported');
    if (first.status !== 'imported') return;
    expect(first.article.title).toBe('Talks resume in Moscow');
    expect(first.article.byline).toBe('Jane Roe');
    expect(first.article.publisher).toBe('Libya Observer');
    expect(first.article.publishedAt).toContain('2025-03-04');
    expect(first.article.origin).toEqual({ fileName: 'page.html', format: 'html', encoding: 'UTF-8' });
    expect(first.article.text).not.toContain('window.evil');
    expect(first.article.text).not.toContain('Home | World');
    expect(ws.data.sources).toHaveLength(1);
    expect(ws.data.sources[0]).toMatchObject({ name: 'Libya Observer', kind: 'outlet', reliability: 'F' });
    expect(first.article.sourceId).toBe(ws.data.sources[0]!.id);

    // Same publisher spelled differently: the same Source, not a second one.
    const second = await call<ImportOutcome>('addTextArticle', { title: 'Other', text: 'A different article entirely.', publisher: '  libya   OBSERVER ' });
    expect(second.status).toBe('imported');
    if (second.status === 'imported') expect(second.article.sourceId).toBe(ws.data.sources[0]!.id);
    expect(ws.data.sources).toHaveLength(1);
  });

  it('flags the same text as a duplicate, whatever file or encoding it came in', async () => {
    expect((await importFile('a.txt', ARABIC)).status).toBe('imported');
    const again = await importFile('b.txt', iconv.encode(ARABIC, 'windows-1256'));
    expect(again).toMatchObject({ status: 'duplicate', name: 'b.txt' });
    expect(ws.data.articles).toHaveLength(1);
  });

  it('records the detected legacy encoding on the article', async () => {
    const outcome = await importFile('arabic.txt', iconv.encode(ARABIC, 'windows-1256'));
    expect(outcome.status).toBe('imported');
    if (outcome.status !== 'imported') return;
    expect(outcome.article.text).toBe(ARABIC);
    expect(outcome.article.origin.encoding).toBe('windows-1256');
    expect(outcome.article.dir).toBe('rtl');
  });

  it('editing the publisher links the article to a found or new Source; byline is kept', async () => {
    const o = await call<ImportOutcome>('addTextArticle', { title: 'T', text: 'Some article text.' });
    if (o.status !== 'imported') throw new Error('not imported');
    expect(o.article.sourceId).toBeNull();
    const d = await call<Delta>('updateArticle', { id: o.article.id, publisher: 'Al Wasat', byline: 'A. Reporter' });
    expect(d.changes.some((c) => c.collection === 'sources' && c.after?.name === 'Al Wasat')).toBe(true);
    const art = ws.data.articles[0]!;
    expect(art.byline).toBe('A. Reporter');
    expect(art.sourceId).toBe(ws.data.sources.find((s) => s.name === 'Al Wasat')!.id);
    await call<Delta>('updateArticle', { id: art.id, publisher: null });
    expect(ws.data.articles[0]!.sourceId).toBeNull();
    expect(ws.data.sources).toHaveLength(1); // the source stays; the analyst may have graded it
  });

  it('imports pasted HTML through the extractor, never keeping markup or script', async () => {
    const o = await call<ImportOutcome>('importHtml', { html: HTML_PAGE.replace('<p>Paragraph 1', '<p onclick="alert(1)">Paragraph 1') });
    expect(o.status).toBe('imported');
    if (o.status !== 'imported') return;
    expect(o.article.text).not.toMatch(/<|alert|window\.evil/);
    expect(o.article.text.split('\n').length).toBeGreaterThanOrEqual(6);
    expect(o.article.origin).toEqual({ fileName: null, format: 'html', encoding: null });
  });

  it('refused files write nothing: the case file bytes stay the same', async () => {
    await importFile('a.txt', 'A first article that is imported.');
    await call<CaseView>('saveCaseAs', { path: ws.casePath });
    const before = await readFile(ws.casePath);
    const refusals = [
      await importFile('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82])),
      await importFile('blob.txt', new Uint8Array(4096).map((_, i) => (i * 7) % 256)),
      await importFile('empty.txt', ''),
      await importFile('scan.pdf', '%PDF-1.4\n%not really\n'),
      await importFile('archive.zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])),
    ];
    for (const r of refusals) expect(r.status, JSON.stringify(r)).toBe('refused');
    await ws.close();
    expect((await readFile(ws.casePath)).equals(before)).toBe(true);
    ws = await Workspace.start(dir);
    expect(ws.data.articles).toHaveLength(1);
  });

  it('re-import with another encoding replaces the text; annotations are re-anchored or orphaned, never dropped', async () => {
    // An Arabic text read wrongly as windows-1252 (the analyst forced it), then read again as windows-1256.
    // Its first line is a sentence, so it stays in the body (a headline would become the title only).
    const bytes = iconv.encode(`Moscow talks resume.\n${ARABIC}`, 'windows-1256');
    const wrong = await importFile('arabic.txt', bytes, 'windows-1252');
    if (wrong.status !== 'imported') throw new Error(JSON.stringify(wrong));
    expect(wrong.article.origin.encoding).toBe('windows-1252');
    const id = wrong.article.id;
    // One mark on Latin text that survives any 8-bit decoding, one on garbled text that cannot.
    const t = wrong.article.text;
    await call('applyAction', { action: { type: 'annotation.create', articleId: id, kind: 'note', start: 0, end: 6 } });
    await call('applyAction', { action: { type: 'annotation.create', articleId: id, kind: 'claim', start: t.indexOf('\n') + 1, end: t.indexOf('\n') + 10 } });
    expect(ws.data.annotations).toHaveLength(2);

    const view = await call<CaseView>('reimportArticle', { id, dataBase64: b64(bytes), encoding: 'windows-1256' });
    const art = view.data.articles.find((a) => a.id === id)!;
    expect(art.text).toBe(`Moscow talks resume.\n${ARABIC}`);
    expect(art.origin.encoding).toBe('windows-1256');
    expect(art.dir).toBe('rtl');
    expect(view.data.annotations).toHaveLength(2);
    const note = view.data.annotations.find((a) => a.kind === 'note')!;
    expect(art.text.slice(note.target.position.start, note.target.position.end)).toBe('Moscow');
    const claim = view.data.annotations.find((a) => a.kind === 'claim')!;
    expect(view.orphanIds).toEqual([claim.id]);
  });

  it('lists the encodings the analyst can choose', async () => {
    const list = await call<string[]>('listEncodings', {});
    expect(list).toEqual(expect.arrayContaining(['UTF-8', 'windows-1256', 'ISO-8859-6', 'windows-1252']));
  });
});

/**
 * Issue 14, item 1: nothing Claimwork writes may be a case it then refuses to open. Each input the
 * issue found is driven through the contract on a real Workspace; after each, the case file (and,
 * after one more save, its .bak) is read back with the same check opening uses.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LIMITS } from '../../../shared/case-limits';
import { actorSchema, articleSchema, caseSchema, sourceSchema } from '../../../shared/case-schema';
import { actionSchema, contract } from '../../../shared/ipc-contract';
import { fitText } from '../../../shared/fit';
import type { ActionResult, CaseView, Delta, ImportOutcome, SuggestResult } from '../../../shared/ipc-contract';
import type { Result } from '../../../shared/result';
import { parseCaseText } from '../../../electron/services/case-file';
import { dispatch, type HandlerTable } from '../../../electron/services/handlers';
import { Workspace } from '../../../electron/services/workspace';
import { documentXml, makeRawDocx } from '../hostile/make-hostile';
import { startTempWorkspace, stopTempWorkspace } from '../../support/workspace';

let dir: string;
let ws: Workspace;
let handlers: HandlerTable;

beforeEach(async () => {
  ({ dir, ws, handlers } = await startTempWorkspace('cw-gate-'));
});
afterEach(() => stopTempWorkspace({ dir, ws }));

async function call<T>(name: string, payload: unknown): Promise<Result<T>> {
  return (await dispatch(handlers, name, payload)) as Result<T>;
}
async function value<T>(name: string, payload: unknown): Promise<T> {
  const r = await call<T>(name, payload);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value;
}

/** The case file and its .bak (after one more save) open as the app opens them. */
async function expectReopens(): Promise<void> {
  await ws.flush();
  parseCaseText(await readFile(ws.casePath, 'utf8'), 'case');
  ws.renameCase(`${ws.data.title.slice(0, 400)}.`);
  await ws.flush();
  parseCaseText(await readFile(ws.casePath, 'utf8'), 'case');
  parseCaseText(await readFile(`${ws.casePath}.bak`, 'utf8'), 'case.bak');
}

const words = (n: number, word = 'word'): string => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');
const b64 = (s: string | Uint8Array): string => Buffer.from(s).toString('base64');
const BODY = '<p>The minister said on Tuesday that the talks in Geneva would resume next week with both delegations.</p>'.repeat(4);

function imported(o: ImportOutcome): Extract<ImportOutcome, { status: 'imported' }>['article'] {
  if (o.status !== 'imported') throw new Error(`not imported: ${JSON.stringify(o).slice(0, 300)}`);
  return o.article;
}

describe('input is fitted to the case schema where it enters', () => {
  it('an HTML page with an over-long <title>, date, author and site name imports and the case reopens', async () => {
    const html = `<!doctype html><html><head><title>${words(600)}</title>
      <meta property="article:published_time" content="${'2026-01-01T00:00:00Z '.repeat(6)}">
      <meta name="author" content="${words(500, 'author')}">
      <meta property="og:site_name" content="${words(120, 'site')}">
      </head><body><article>${BODY}</article></body></html>`;
    const article = imported(await value<ImportOutcome>('importFile', { name: 'long.html', dataBase64: b64(html) }));
    expect(article.title.length).toBeLessThanOrEqual(LIMITS.title);
    expect(article.title.endsWith('…')).toBe(true);
    expect(article.title.startsWith('word0 word1')).toBe(true);
    expect(article.publishedAt!.length).toBeLessThanOrEqual(LIMITS.date);
    expect(article.byline!.length).toBeLessThanOrEqual(LIMITS.byline);
    expect(article.publisher!.length).toBeLessThanOrEqual(LIMITS.name);
    expect(ws.data.sources.map((s) => s.name)).toEqual([article.publisher]);
    await expectReopens();
  });

  it('a .docx whose core properties are over-long imports and the case reopens', async () => {
    const core = `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>${words(700)}</dc:title><dc:creator>${words(600, 'name')}</dc:creator><dcterms:created>${'2026-01-01T00:00:00Z'.repeat(5)}</dcterms:created></cp:coreProperties>`;
    const docx = makeRawDocx(documentXml(['The minister said the talks would resume next week.', 'Officials confirmed the date on Tuesday.']), [{ name: 'docProps/core.xml', data: new TextEncoder().encode(core) }]);
    const article = imported(await value<ImportOutcome>('importFile', { name: 'long.docx', dataBase64: b64(docx) }));
    expect(article.title.length).toBeLessThanOrEqual(LIMITS.title);
    expect(article.byline!.length).toBeLessThanOrEqual(LIMITS.byline);
    expect(article.publishedAt!.length).toBeLessThanOrEqual(LIMITS.date);
    await expectReopens();
  });

  it('a publisher longer than a source name may be is refused by addTextArticle and updateArticle, with a message', async () => {
    const long = 'p'.repeat(LIMITS.name + 1);
    const refused = await call<ImportOutcome>('addTextArticle', { title: 'T', text: 'Some text of the article.', publisher: long });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/publisher/);
    expect(ws.data.articles).toHaveLength(0);
    const ok = imported(await value<ImportOutcome>('addTextArticle', { title: 'T', text: 'Some text of the article.', publisher: 'p'.repeat(LIMITS.name) }));
    const upd = await call<Delta>('updateArticle', { id: ok.id, publisher: 'q'.repeat(1500) });
    expect(upd.ok).toBe(false);
    await value<Delta>('updateArticle', { id: ok.id, title: 't'.repeat(LIMITS.title), byline: 'b'.repeat(LIMITS.byline), publishedAt: 'd'.repeat(LIMITS.date) });
    await expectReopens();
  });

  it('an actor mention over 500 characters links the actor without becoming an alias', async () => {
    const text = `${words(150)} said the minister.`;
    const article = imported(await value<ImportOutcome>('addTextArticle', { title: 'Long mention', text }));
    const r = await value<ActionResult>('applyAction', { action: { type: 'annotation.create', articleId: article.id, kind: 'actor', start: 0, end: 700, newActor: { name: 'The speaker' } } });
    const actor = ws.data.actors.find((a) => r.createdIds.includes(a.id))!;
    expect(actor.aliases.every((a) => a.length <= LIMITS.name)).toBe(true);
    expect(ws.data.annotations.find((a) => a.actorId === actor.id)?.target.quote.exact.length).toBe(700);
    await expectReopens();
  });

  it('accepting a suggested actor edited to a span over 500 characters names the actor within the limit', async () => {
    const text = `قال وزير الخارجية سيرغي لافروف إن المحادثات ستستأنف. ${words(120, 'كلمة')}`;
    const article = imported(await value<ImportOutcome>('addTextArticle', { title: 'Lavrov', text }));
    const s = await value<SuggestResult>('suggest', { articleId: article.id });
    const pending = ws.data.annotations.find((a) => s.createdIds.includes(a.id) && a.kind === 'actor');
    expect(pending).toBeDefined();
    await value<ActionResult>('reviewSuggestion', { id: pending!.id, decision: 'accept', edit: { start: 0, end: text.length } });
    const linked = ws.data.annotations.find((a) => a.id === pending!.id)!;
    const actor = ws.data.actors.find((a) => a.id === linked.actorId)!;
    expect(actor.name.length).toBeLessThanOrEqual(LIMITS.name);
    expect(actor.name.endsWith('…')).toBe(true);
    await expectReopens();
  });
});

/** The largest length a (possibly optional, nullable or array-of) string schema accepts. */
function maxOf(schema: z.ZodTypeAny): number {
  let s: unknown = schema;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap();
    else if (s instanceof z.ZodArray) s = s.element;
    else break;
  }
  const max = (s as z.ZodString).maxLength;
  if (typeof max !== 'number') throw new Error('no maximum');
  return max;
}

describe('the contract is never looser than the case schema', () => {
  const shapeOf = (name: keyof typeof contract) => (contract[name].request as unknown as z.ZodObject<Record<string, z.ZodTypeAny>>).shape;
  const action = (type: string) => actionSchema.options.find((o) => o.shape.type.value === type)!.shape as Record<string, z.ZodTypeAny>;
  const article = articleSchema.shape;
  const rows: [string, z.ZodTypeAny, z.ZodTypeAny][] = [];
  for (const call of ['addTextArticle', 'importHtml', 'updateArticle'] as const) {
    const shape = shapeOf(call);
    rows.push([`${call}.title`, shape.title!, article.title], [`${call}.url`, shape.url!, article.url], [`${call}.publishedAt`, shape.publishedAt!, article.publishedAt]);
    // The publisher becomes a Source's name.
    rows.push([`${call}.publisher`, shape.publisher!, sourceSchema.shape.name]);
  }
  rows.push(['updateArticle.byline', shapeOf('updateArticle').byline!, article.byline], ['renameCase.title', shapeOf('renameCase').title!, caseSchema.shape.title]);
  for (const type of ['actor.create', 'actor.update']) rows.push([`${type}.name`, action(type).name!, actorSchema.shape.name], [`${type}.aliases`, action(type).aliases!, actorSchema.shape.aliases], [`${type}.role`, action(type).role!, actorSchema.shape.role]);
  for (const type of ['source.create', 'source.update']) rows.push([`${type}.name`, action(type).name!, sourceSchema.shape.name], [`${type}.aliases`, action(type).aliases!, sourceSchema.shape.aliases]);
  it.each(rows)('%s', (_name, request, stored) => {
    expect(maxOf(request)).toBeLessThanOrEqual(maxOf(stored));
  });
});

describe('the write gate', () => {
  it('refuses a case the schema would refuse, leaving memory and disk as they were', async () => {
    await value<ActionResult>('applyAction', { action: { type: 'actor.create', name: 'Lavrov' } });
    await ws.flush();
    const before = ws.data;
    const bytes = await readFile(ws.casePath);
    const broken = { ...before, actors: before.actors.map((a) => ({ ...a, name: 'x'.repeat(LIMITS.name + 1) })) };
    expect(() => ws.commitData(broken)).toThrow(/Claimwork did not make this change: the case would no longer open \(actors\[0\]\.name .*\)\. Nothing was changed or saved/);
    expect(ws.data).toBe(before);
    const twice = { ...before, actors: [...before.actors, before.actors[0]!] };
    expect(() => ws.commitData(twice)).toThrow(/actors\[1\]\.id repeats the id/);
    await ws.flush();
    expect(Buffer.compare(await readFile(ws.casePath), bytes)).toBe(0);
    await value<ActionResult>('applyAction', { action: { type: 'actor.create', name: 'Haftar' } });
    const two = ws.data;
    // Replaced in place, but under the other entry's id.
    expect(() => ws.commitData({ ...two, actors: [two.actors[0]!, { ...two.actors[0]!, name: 'Copy' }] })).toThrow(/actors\[1\]\.id repeats the id/);
    expect(ws.data).toBe(two);
  });

  it('refuses a history entry whose change names another entry', async () => {
    const r = await value<ActionResult>('applyAction', { action: { type: 'actor.create', name: 'Lavrov' } });
    const actor = ws.data.actors[0]!;
    const bad = { label: 'crafted', at: new Date().toISOString(), changes: [{ collection: 'actors' as const, id: 'other', before: null, after: actor }] };
    expect(() => ws.commitData({ ...ws.data, history: { undo: [...ws.data.history.undo, bad], redo: [] } })).toThrow(/history\.undo\[1\]\.changes\[0\]/);
    expect(r.undoLabel).toBe(ws.view().undoLabel);
  });

  it('save as checks the whole case', async () => {
    const view = await value<CaseView>('saveCaseAs', { path: path.join(dir, 'copy.claimwork.json') });
    expect(view.path).toBe(path.join(dir, 'copy.claimwork.json'));
  });

  it('fitText cuts at a word boundary with an ellipsis and never splits a surrogate pair', () => {
    expect(fitText('alpha beta gamma delta', 12)).toBe('alpha beta…');
    expect(fitText('  short  ', 10)).toBe('short');
    const emoji = '😀'.repeat(10);
    const cut = fitText(emoji, 8);
    expect(cut.length).toBeLessThanOrEqual(8);
    expect(cut).toBe('😀😀😀…');
    expect(fitText('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultClaim } from '../../../shared/case-ops';
import type { CaseFirstPart, CaseRest, CaseView } from '../../../shared/ipc-contract';
import { articleWithoutTextSchema, hasText, mergeCaseRest } from '../../../shared/ipc-contract';
import type { Result } from '../../../shared/result';
import { CaseStore } from '../../../electron/services/case-store';
import { parseCaseText } from '../../../electron/services/case-file';
import { readCaseFile, WORKER_MIN_BYTES, type CaseHead } from '../../../electron/services/case-read';
import { dispatch, type HandlerTable } from '../../../electron/services/handlers';
import type { Workspace } from '../../../electron/services/workspace';
import { caseOfArticles } from '../../support/case-of-articles';
import { startTempWorkspace, stopTempWorkspace } from '../../support/workspace';

// Opening a big case in parts (issue 19): the window gets the articles first and the annotations
// after, while the back end keeps the previous case open until the whole file is read and checked.
// A refusal found late (an annotation deep in the file) must leave the previous case as it was.

async function value<T>(table: HandlerTable, name: string, payload: unknown): Promise<T> {
  const r = (await dispatch(table, name, payload)) as Result<T>;
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value;
}

describe('reading the head of a big case first', () => {
  let dir: string;
  let ws: Workspace;
  beforeEach(async () => {
    ({ dir, ws } = await startTempWorkspace('claimwork-head-'));
  });
  afterEach(() => stopTempWorkspace({ dir, ws }));

  it('hands over the checked head before the rest, the same as the whole case has', async () => {
    const file = path.join(dir, 'big.claimwork.json');
    await (await CaseStore.create(file, caseOfArticles(500))).close();
    let head: CaseHead | null = null;
    let annotationsWhenHead = -1;
    const whole = await readCaseFile(file, 'big.claimwork.json', (h) => {
      head = h;
      annotationsWhenHead = 0;
    });
    expect(annotationsWhenHead).toBe(0);
    const { annotations, history, ...rest } = whole;
    expect(annotations).toHaveLength(10_000);
    expect(history).toEqual({ undo: [], redo: [] });
    expect(head).toEqual(rest);
  });

  it('reads strings full of quotes, backslashes and brackets as JSON.parse does, across the reader’s chunks', async () => {
    const file = path.join(dir, 'escapes.claimwork.json');
    const data = caseOfArticles(500);
    // Odd and even runs of backslashes before quotes, brackets inside strings; the notes shift every
    // later byte, so the 1 MB chunk ends fall inside such strings somewhere.
    const tricky = (i: number) => `${'\\'.repeat(i % 5)}"{[${'\\'.repeat((i + 1) % 4)}]}"` + '\\'.repeat(i % 3);
    const withNotes = { ...data, annotations: data.annotations.map((a, i) => ({ ...a, note: tricky(i).repeat(1 + (i % 7)) })) };
    const text = JSON.stringify(withNotes);
    await writeFile(file, text);
    expect(await readCaseFile(file, 'escapes.claimwork.json')).toEqual(parseCaseText(text, 'escapes.claimwork.json'));
  }, 60_000);

  it('hands over no head when the head itself is refused (two articles with one id)', async () => {
    const file = path.join(dir, 'twice.claimwork.json');
    const data = caseOfArticles(500);
    await writeFile(file, JSON.stringify({ ...data, articles: [...data.articles, data.articles[0]] }));
    let heads = 0;
    await expect(readCaseFile(file, 'twice.claimwork.json', () => heads++)).rejects.toThrow(/repeats the id/);
    expect(heads).toBe(0);
  });
});

describe('opening a big case in parts', () => {
  let dir: string;
  let ws: Workspace;
  let table: HandlerTable;
  let previous: string;
  beforeEach(async () => {
    ({ dir, ws, handlers: table } = await startTempWorkspace('claimwork-parts-'));
    previous = path.join(dir, 'previous.claimwork.json');
    await (await CaseStore.create(previous, caseOfArticles(2, 'Previous case'))).close();
    await value<CaseView>(table, 'openCase', { path: previous });
  });
  afterEach(() => stopTempWorkspace({ dir, ws }));

  it('answers with the articles first, then the rest once; the case is open only then', async () => {
    const file = path.join(dir, 'big.claimwork.json');
    const data = caseOfArticles(500);
    await (await CaseStore.create(file, data)).close();
    const first = await value<CaseFirstPart>(table, 'openCase', { path: file, inParts: true });
    expect(first.restId).toEqual(expect.any(String));
    expect(first.data.articles).toHaveLength(500);
    expect(first.data.annotations).toEqual([]);
    // The list's articles without their texts (null, never ''), but the first one, which shows on opening.
    expect(first.data.articles[0]).toEqual(data.articles[0]);
    for (const a of first.data.articles.slice(1)) expect(articleWithoutTextSchema.parse(a)).toEqual({ ...data.articles.find((x) => x.id === a.id), text: null });
    expect(first.data.articles.filter(hasText)).toHaveLength(1);
    expect(JSON.stringify(first).length).toBeLessThan(JSON.stringify(data.articles).length / 2);
    // Until the rest is in, the back end still has the previous case; calls on the case wait for it.
    expect(ws.data.title).toBe('Previous case');
    const heldGetCase = value<CaseView>(table, 'getCase', {});
    const rest = await value<CaseRest>(table, 'openCaseRest', { id: first.restId });
    expect(rest.annotations).toHaveLength(10_000);
    expect(ws.casePath).toBe(file);
    const whole = mergeCaseRest(first, rest);
    expect(whole).toEqual(await heldGetCase);
    expect(whole.data.articles).toEqual(data.articles);
    expect(whole.restId).toBeUndefined();
    // Each part is delivered once.
    const again = await dispatch(table, 'openCaseRest', { id: first.restId });
    expect(again.ok).toBe(false);
  }, 60_000);

  it('keeps every text through an edit and a save made while the rest is on its way', async () => {
    const file = path.join(dir, 'edited.claimwork.json');
    const data = caseOfArticles(500);
    await (await CaseStore.create(file, data)).close();
    const first = await value<CaseFirstPart>(table, 'openCase', { path: file, inParts: true });
    const pending = first.data.articles[7]!;
    expect(pending.text).toBeNull();
    // The page renames an article it holds without its text: the call waits for the open to settle
    // and changes the title only; the text the back end holds is saved with it.
    const renamed = value<unknown>(table, 'updateArticle', { id: pending.id, title: 'Renamed while opening' });
    const rest = await value<CaseRest>(table, 'openCaseRest', { id: first.restId });
    await renamed;
    expect(rest.articles[7]!.text).toBe(data.articles[7]!.text);
    await ws.flush();
    const saved = parseCaseText(await readFile(file, 'utf8'), 'edited.claimwork.json');
    expect(saved.articles.map((a) => a.text)).toEqual(data.articles.map((a) => a.text));
    expect(saved.articles[7]!.title).toBe('Renamed while opening');
    expect(saved.articles.every((a) => a.text.length > 0)).toBe(true);
  }, 60_000);

  it('refuses the rest when an annotation deep in the file is damaged, and the previous case stays open as it was', async () => {
    const file = path.join(dir, 'damaged.claimwork.json');
    const data = caseOfArticles(500);
    const last = data.annotations.length - 1;
    const damaged = { ...data, annotations: data.annotations.map((a, i) => (i === last ? { ...a, claim: { ...defaultClaim(), credibility: 9 } } : a)) };
    await writeFile(file, JSON.stringify(damaged));
    expect((await readFile(file)).length).toBeGreaterThan(WORKER_MIN_BYTES);
    const bytes = await readFile(file);
    const before = JSON.stringify(ws.view());
    const first = await value<CaseFirstPart>(table, 'openCase', { path: file, inParts: true });
    expect(first.data.articles).toHaveLength(500);
    const rest = await dispatch(table, 'openCaseRest', { id: first.restId });
    expect(rest.ok).toBe(false);
    if (rest.ok) return;
    expect(rest.error.code).toBe('corrupt-case');
    expect(rest.error.message).toContain(`annotations[${last}].claim.credibility`);
    expect(ws.casePath).toBe(previous);
    expect(JSON.stringify(ws.view())).toBe(before);
    expect((await readFile(file)).equals(bytes)).toBe(true);
  }, 60_000);

  it('answers a small case whole, and a case refused in its head at once', async () => {
    const small = path.join(dir, 'small.claimwork.json');
    await (await CaseStore.create(small, caseOfArticles(3, 'Small'))).close();
    const whole = await value<CaseView>(table, 'openCase', { path: small, inParts: true });
    expect(whole.restId).toBeUndefined();
    expect(whole.data.annotations).toHaveLength(60);

    const bad = path.join(dir, 'bad-article.claimwork.json');
    const data = caseOfArticles(500);
    await writeFile(bad, JSON.stringify({ ...data, articles: data.articles.map((a, i) => (i === 250 ? { ...a, lang: 'xx' } : a)) }));
    const r = await dispatch(table, 'openCase', { path: bad, inParts: true });
    expect(r.ok).toBe(false);
    expect(ws.casePath).toBe(small);
  }, 60_000);
});

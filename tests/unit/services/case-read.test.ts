import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultClaim } from '../../../shared/case-ops';
import { CASE_SCHEMA_VERSION, type CaseData } from '../../../shared/domain';
import { AppFailure } from '../../../shared/result';
import { decodeCaseBytes, parseCaseText } from '../../../electron/services/case-file';
import { readCaseFile } from '../../../electron/services/case-read';
import { dispatch, type HandlerTable } from '../../../electron/services/handlers';
import { Workspace } from '../../../electron/services/workspace';
import { editedCase, validCase } from '../hostile/make-hostile';
import { writeBigCase } from '../../bench/big-case';
import { caseOfArticles } from '../../support/case-of-articles';
import { startTempWorkspace, stopTempWorkspace } from '../../support/workspace';

// A big case is parsed in a worker thread and checked against the schema in slices
// (electron/services/case-read.ts). It must read exactly as the one-piece parse does — the same case,
// the same refusals and messages — and the host must answer other calls while it reads.

const utf8 = (s: string) => new TextEncoder().encode(s);

/** What the one-piece parse makes of `bytes`: the case, or the refusal's code and message. */
function inOnePiece(bytes: Uint8Array, name: string): unknown {
  try {
    return parseCaseText(decodeCaseBytes(bytes, name), name);
  } catch (error) {
    if (error instanceof AppFailure) return { code: error.appError.code, message: error.appError.message };
    throw error;
  }
}

/** The same through the worker, which reads the file itself (the app sends only big files there). */
async function inWorker(bytes: Uint8Array, name: string): Promise<unknown> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'claimwork-read-'));
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  try {
    return await readCaseFile(file, name);
  } catch (error) {
    if (error instanceof AppFailure) return { code: error.appError.code, message: error.appError.message };
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A case of `n` articles with 20 highlights each (tests/support/case-of-articles.ts). */
const sampleCase = (n: number): CaseData => caseOfArticles(n, 'Sample');

describe('reading a case in a worker', () => {
  it('gives the same case as the one-piece parse (unknown keys dropped, history kept)', async () => {
    const data = sampleCase(40);
    const withExtras = {
      ...data,
      unknownTopLevel: { big: [1, 2, 3] },
      articles: data.articles.map((a, i) => (i === 3 ? { ...a, extra: 'dropped' } : a)),
      history: { undo: [{ label: 'Add', at: data.createdAt, changes: [{ collection: 'annotations', id: 'ann-0-0', before: null, after: data.annotations[0] }] }], redo: [] },
    };
    const bytes = utf8(`\uFEFF${JSON.stringify(withExtras)}`);
    const fromWorker = await inWorker(bytes, 'sample.claimwork.json');
    expect(fromWorker).toEqual(inOnePiece(bytes, 'sample.claimwork.json'));
    expect((fromWorker as CaseData).articles).toHaveLength(40);
    expect((fromWorker as CaseData).articles[3]).not.toHaveProperty('extra');
    expect((fromWorker as CaseData).history.undo).toHaveLength(1);
  });

  it('migrates an old case as the one-piece parse does', async () => {
    const raw = JSON.parse(JSON.stringify(sampleCase(3))) as Record<string, unknown>;
    raw.schemaVersion = 0;
    delete raw.history;
    delete raw.briefing;
    delete raw.rejected;
    const bytes = utf8(JSON.stringify(raw));
    const fromWorker = (await inWorker(bytes, 'old.claimwork.json')) as CaseData;
    expect(fromWorker).toEqual(inOnePiece(bytes, 'old.claimwork.json'));
    expect(fromWorker.schemaVersion).toBe(CASE_SCHEMA_VERSION);
  });

  const refused: [string, () => Uint8Array][] = [
    ['empty', () => new Uint8Array(0)],
    ['plain text', () => utf8('These are my notes on the case.')],
    ['truncated JSON', () => utf8(JSON.stringify(validCase()).slice(0, 300))],
    ['an array', () => utf8('[1, 2, 3]')],
    ['200,000 nested arrays', () => utf8('['.repeat(200_000) + ']'.repeat(200_000))],
    ['foreign JSON', () => utf8(JSON.stringify({ name: 'claimwork', version: '1.0.0' }))],
    ['a PNG', () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00, 0x81])],
    ['UTF-16', () => new Uint8Array([0xff, 0xfe, 0x7b, 0x00])],
    ['bytes that are not UTF-8 in a case', () => new Uint8Array([...utf8('{"schema": "'), 0xe4, 0xd1, ...utf8('"}')])],
    ['a newer version', () => utf8(editedCase((c) => (c.schemaVersion = CASE_SCHEMA_VERSION + 1)))],
    ['version as a string', () => utf8(editedCase((c) => (c.schemaVersion = '1')))],
    ['title a number', () => utf8(editedCase((c) => (c.title = 42)))],
    ['articles an object', () => utf8(editedCase((c) => (c.articles = { 0: {} } as never)))],
    ['article text a number', () => utf8(editedCase((c) => (c.articles[0]!.text = 7)))],
    ['credibility 7', () => utf8(editedCase((c) => (c.annotations[0]!.claim = { ...defaultClaim(), credibility: 7 } as never)))],
    ['annotations missing', () => utf8(editedCase((c) => delete (c as Partial<typeof c>).annotations))],
    ['an annotation wrong and an article wrong (the article is named, as zod orders them)', () => utf8(editedCase((c) => {
      (c.annotations[0]!.target as { position: { start: number } }).position.start = -5;
      c.articles[0]!.lang = 'de';
    }))],
    ['a wrong undo step', () => utf8(editedCase((c) => (c.history = { undo: [{ label: 1 }], redo: [] })))],
    ['deep nesting inside the title', () => utf8(editedCase((c) => (c.title = 'DEEP')).replace('"DEEP"', '['.repeat(100_000) + ']'.repeat(100_000)))],
    ['deep nesting inside an article', () => utf8(editedCase((c) => (c.articles[0]!.title = 'DEEP')).replace('"DEEP"', '['.repeat(100_000) + ']'.repeat(100_000)))],
    ['a prototype key in the history', () => utf8(editedCase(() => undefined).replace('"history": {', '"history": {"__proto__": {"undo": [], "redo": []},'))],
    ['bad JSON in a member a case does not have', () => utf8(editedCase(() => undefined).replace('"history": {', '"notes": [1, tru, 3], "history": {'))],
    ['bad JSON inside an annotation', () => utf8(editedCase((c) => (c.annotations[0]!.note = 'BAD')).replace('"BAD"', '"a" "b"'))],
    ['two articles with one id', () => utf8(editedCase((c) => c.articles.push({ ...c.articles[0]!, text: 'Another text.' })))],
  ];
  for (const [name, make] of refused) {
    it(`refuses as the one-piece parse does: ${name}`, async () => {
      const bytes = make();
      const expected = inOnePiece(bytes, 'x.claimwork.json') as { code?: string; message: string };
      const got = (await inWorker(bytes, 'x.claimwork.json')) as { code?: string; message: string };
      expect(got).toEqual(expected);
      if (!name.startsWith('a prototype')) expect(got.code).toBeDefined();
    });
  }
});

describe('opening a big case', () => {
  let dir: string;
  let ws: Workspace;
  let table: HandlerTable;
  beforeEach(async () => {
    ({ dir, ws, handlers: table } = await startTempWorkspace('claimwork-big-'));
  });
  afterEach(() => stopTempWorkspace({ dir, ws }));

  it('keeps answering other calls while a 30 MB case is parsed and checked', async () => {
    const file = path.join(dir, 'big.claimwork.json');
    const made = await writeBigCase(sampleCase(200), file, 30 * 1024 * 1024);
    expect(made.bytes).toBeGreaterThan(30 * 1024 * 1024);
    performance.clearMeasures('cw:case-read');
    let opened = false;
    const open = dispatch(table, 'openCase', { path: file }).finally(() => (opened = true));
    // Another call at every turn of the event loop, as a window's requests would come in.
    const answers: number[] = [];
    while (!opened) {
      const r = await dispatch(table, 'getSaveStatus', {});
      expect(r.ok).toBe(true);
      answers.push(performance.now());
      await nextTurn();
    }
    const result = await open;
    expect(result.ok).toBe(true);
    expect(ws.data.articles).toHaveLength(made.articles);
    expect(ws.data.annotations).toHaveLength(made.annotations);
    // Answered while the file was being parsed and checked, not only before and after.
    const read = performance.getEntriesByName('cw:case-read', 'measure').at(-1)!;
    const during = answers.filter((t) => t > read.startTime && t < read.startTime + read.duration);
    const gaps = answers.slice(1).map((t, i) => t - answers[i]!);
    console.log(`30 MB case: read and checked in ${read.duration.toFixed(0)} ms, ${during.length} other calls answered meanwhile, longest wait between two ${Math.max(...gaps).toFixed(0)} ms`);
    expect(during.length).toBeGreaterThan(10);
  }, 120_000);
});


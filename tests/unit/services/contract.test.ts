import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, dispatch, type HandlerTable } from '../../../electron/services/handlers';
import { Workspace } from '../../../electron/services/workspace';

let ws: Workspace;
let table: HandlerTable;
beforeAll(async () => {
  ws = await Workspace.start(await mkdtemp(path.join(os.tmpdir(), 'claimwork-contract-')));
  table = createHandlers(ws, { info: { kind: 'browser', nativeDialogs: false, version: 'test' } });
});
afterAll(() => ws.close());

describe('contract validation', () => {
  it.each([
    ['unknown call', 'dropDatabase', {}, /Unknown call/],
    ['wrong type', 'addTextArticle', { title: 5, text: 'x' }, /title/],
    ['missing field', 'addTextArticle', { title: 'x' }, /text/],
    ['extra field', 'deleteArticle', { id: 'a', force: true }, /unrecognized/i],
    ['empty id', 'deleteArticle', { id: '' }, /id/],
    ['non-object', 'renameCase', 'hello', /malformed/],
    ['array', 'openCase', [1, 2], /malformed/],
  ])('rejects a malformed payload (%s) as data, without throwing', async (_label, name, payload, message) => {
    const result = await dispatch(table, name, payload);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-request');
      expect(result.error.message).toMatch(message);
    }
    expect(ws.data.articles).toHaveLength(0);
  });

  it('runs a valid call and returns its value', async () => {
    const result = await dispatch(table, 'addTextArticle', { title: 'T', text: 'Hello world.' });
    expect(result.ok && (result.value as { status: string }).status).toBe('imported');
  });

  it('turns a refused file into a "refused" outcome and writes nothing', async () => {
    const before = ws.data.articles.length;
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]);
    const result = await dispatch(table, 'importFile', { name: 'photo.txt', dataBase64: bytes.toString('base64') });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toMatchObject({ status: 'refused', message: expect.stringMatching(/binary|not a text|is an image/i) });
    expect(ws.data.articles).toHaveLength(before);
  });

  it('reports a missing entity as not-found', async () => {
    const result = await dispatch(table, 'deleteArticle', { id: 'nope' });
    expect(!result.ok && result.error.code).toBe('not-found');
  });
});

/**
 * Issue 14, item 8: messages never quote file contents, special files are named as such, and a
 * malformed %-escape in a browser-host URL is a 400. Driven through the app's own calls on a real
 * Workspace and a real browser host.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/result';
import { dispatch, type HandlerTable } from '../../../electron/services/handlers';
import { Workspace } from '../../../electron/services/workspace';
import { startWebHost, type WebHost } from '../../../electron/web-host/server';
import { startTempWorkspace, stopTempWorkspace } from '../../support/workspace';

let dir: string;
let ws: Workspace;
let handlers: HandlerTable;

beforeAll(async () => {
  ({ dir, ws, handlers } = await startTempWorkspace('cw-messages-'));
});
afterAll(() => stopTempWorkspace({ dir, ws }));

const open = async (p: string) => (await dispatch(handlers, 'openCase', { path: p })) as Result<unknown>;

describe('openCase messages', () => {
  it('never quotes the first characters of the file it refuses', async () => {
    const secret = path.join(dir, 'passwd');
    await writeFile(secret, 'root:x:0:0:root:/root:/bin/bash\n');
    const braced = path.join(dir, 'braced.json');
    await writeFile(braced, '{secret-token-1234: nope}');
    for (const file of [secret, braced]) {
      const r = await open(file);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      const said = JSON.stringify(r.error);
      expect(said).toMatch(/is not a readable Claimwork case \(it is not valid JSON\)/);
      for (const leak of ['root', 'x:0', 'secret', '1234', 'nope']) expect(said).not.toContain(leak);
    }
  });

  it.skipIf(!existsSync('/dev/zero'))('names a device as a device, not a folder', async () => {
    const r = await open('/dev/zero');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('not-a-case');
      expect(r.error.message).toBe('zero is a device, not a case file. Choose a .claimwork.json file saved by Claimwork.');
    }
  });

  it('names a FIFO as a named pipe and never blocks reading it', async () => {
    const fifo = path.join(dir, 'pipe.claimwork.json');
    execFileSync('mkfifo', [fifo]);
    const r = await open(fifo);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^pipe\.claimwork\.json is a named pipe \(FIFO\), not a case file\./);
    expect(ws.casePath).not.toBe(fifo);
  });
});

describe('browser host URLs', () => {
  let host: WebHost;
  beforeAll(async () => {
    const staticDir = path.join(dir, 'static');
    execFileSync('mkdir', ['-p', staticDir]);
    await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>x</title>');
    host = await startWebHost({ workspace: ws, handlers, staticDir });
  });
  afterAll(() => host.close());

  const get = (pathname: string): Promise<{ status: number; body: string }> =>
    new Promise((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: host.port, path: pathname, headers: { Host: `127.0.0.1:${host.port}` } }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });

  it('answers a malformed %-escape with 400, not 500 URIError', async () => {
    for (const p of ['/%E0%A4%A', '/%zz', '/assets/%']) {
      const r = await get(p);
      expect(r.status).toBe(400);
      expect(r.body).not.toMatch(/URIError/);
    }
    expect((await get('/')).status).toBe(200);
  });
});

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import type { Workspace } from '../workspace';
import { briefingExportsFor } from './session';

/**
 * Browser host: answers GET /api/download?id=… (token already checked) with a briefing exported in
 * this session, looked up by its opaque id, so no request can name an arbitrary path. 404 for an
 * unknown id or a file that has since gone; the name is sent RFC 5987-encoded (titles may be Arabic).
 */
export async function serveExportDownload(ws: Workspace, id: string, res: ServerResponse, headers: Record<string, string>): Promise<void> {
  const file = /^[0-9a-f]{32}$/.test(id) ? briefingExportsFor(ws).download(id) : null;
  const info = file ? await stat(file.path).catch(() => null) : null;
  if (!file || !info?.isFile()) {
    res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end('No such export.');
    return;
  }
  const ascii = file.name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  res.writeHead(200, {
    ...headers,
    'Content-Type': file.contentType,
    'Content-Length': info.size,
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    'Cache-Control': 'no-store',
  });
  createReadStream(file.path).pipe(res);
}

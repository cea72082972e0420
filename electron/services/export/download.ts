import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import JSZip from 'jszip';
import type { Workspace } from '../workspace';
import { briefingExportsFor, downloadNameOf, type ExportedFile } from './session';

/**
 * Browser host: answers GET /api/download?id=… (token already checked) with a briefing exported in
 * this session, looked up by its opaque id, so no request can name an arbitrary path. A Markdown
 * briefing that links files written beside it (its network picture) comes as one .zip of them all,
 * so the download opens as the folder does. 404 for an unknown id or a file that has since gone; the
 * name is sent RFC 5987-encoded (titles may be Arabic).
 */
export async function serveExportDownload(ws: Workspace, id: string, res: ServerResponse, headers: Record<string, string>): Promise<void> {
  const file = /^[0-9a-f]{32}$/.test(id) ? briefingExportsFor(ws).download(id) : null;
  const info = file ? await stat(file.path).catch(() => null) : null;
  const zipped = file && info?.isFile() && file.beside.length > 0 ? await zipOf(file) : null;
  if (!file || !info?.isFile() || zipped === undefined) {
    res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end('No such export.');
    return;
  }
  const name = downloadNameOf(file);
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  res.writeHead(200, {
    ...headers,
    'Content-Type': zipped ? 'application/zip' : file.contentType,
    'Content-Length': zipped ? zipped.byteLength : info.size,
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    'Cache-Control': 'no-store',
  });
  if (zipped) res.end(zipped);
  else createReadStream(file.path).pipe(res);
}

/** The export and the files beside it as one zip, read from disk now; undefined when one of them has gone. */
async function zipOf(file: ExportedFile): Promise<Uint8Array | undefined> {
  const zip = new JSZip();
  try {
    zip.file(file.name, await readFile(file.path));
    for (const b of file.beside) zip.file(b.name, await readFile(b.path));
  } catch {
    return undefined;
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

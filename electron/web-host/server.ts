import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { MAX_REQUEST_BYTES } from '../../shared/ipc-contract';
import { dispatch, type HandlerTable } from '../services/handlers';
import type { Workspace } from '../services/workspace';
import { serveExportDownload } from '../services/export/download';

export interface WebHostOptions {
  workspace: Workspace;
  handlers: HandlerTable;
  /** Folder of the built renderer (out/renderer). */
  staticDir: string;
  /** 0 = a random free port. */
  port?: number;
  /** Fixed token for tests; a random 256-bit token otherwise. */
  token?: string;
}

export interface WebHost {
  /** The address to open once: it carries the one-time launch code, never the token. */
  url: string;
  origin: string;
  /** The long-lived token: sent back by the browser as an HttpOnly cookie, or as X-Claimwork-Token. */
  token: string;
  /** Name of the cookie that carries the token (per port: cookies are not kept apart by port). */
  cookieName: string;
  port: number;
  close: () => Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

// Same policy as renderer/index.html, sent as a header too so it also covers non-HTML responses.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; frame-src 'none'";

const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function send(res: http.ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function tokenMatches(given: string | null | undefined, expected: Buffer): boolean {
  if (!given) return false;
  const buf = Buffer.from(given);
  return buf.length === expected.length && timingSafeEqual(buf, expected);
}

/** The value of cookie `name` in the request's Cookie header, or null. */
function cookieValue(req: http.IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

const NO_ACCESS = JSON.stringify({
  ok: false,
  error: { code: 'invalid-request', message: 'Missing or wrong token. Open the address the Claimwork browser host printed when it started (each address works once).' },
});

const LAUNCH_REFUSED = `<!doctype html><meta charset="utf-8"><title>Claimwork</title>
<p>This Claimwork launch address was already used, or is wrong. Each address works once, in the browser that opened it first.
If that was not you, stop the browser host (Ctrl+C) and start it again (npm run web) for a new address.</p>`;

async function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Serves the renderer and the handler table over HTTP on 127.0.0.1 only. API calls need the
 * per-launch token; Host and Origin must name this very server (defeats DNS rebinding and
 * cross-site requests); bodies over MAX_REQUEST_BYTES are refused with 413.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const expected = Buffer.from(token);
  // The browser is started with this one-time code in its address (it shows in the opener's argv,
  // readable by every local user); the host trades it once for the token in an HttpOnly cookie.
  const launchCode = Buffer.from(randomBytes(32).toString('base64url'));
  let launchUsed = false;
  let cookieName = 'claimwork';
  const authorised = (req: http.IncomingMessage): boolean =>
    tokenMatches(req.headers['x-claimwork-token'] as string | undefined, expected) || tokenMatches(cookieValue(req, cookieName), expected);
  const staticRoot = path.resolve(options.staticDir);
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();
  const sse = new Set<http.ServerResponse>();

  const off = options.workspace.on((event, payload) => {
    const line = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const res of sse) res.write(line);
  });

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, JSON.stringify({ ok: false, error: { code: 'internal', message: String(error) } }));
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    if (!allowedHosts.has(host)) return send(res, 421, JSON.stringify({ ok: false, error: { code: 'invalid-request', message: 'Unknown Host header.' } }));
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins.has(origin)) {
      return send(res, 403, JSON.stringify({ ok: false, error: { code: 'invalid-request', message: 'Foreign Origin refused.' } }));
    }
    const url = new URL(req.url ?? '/', `http://${host}`);

    if (url.pathname === '/' && url.searchParams.has('launch')) {
      // Already signed in (a second tab, a reload of the printed address): just drop the code.
      if (authorised(req)) return redirectHome(res);
      // A browser guessing ahead (prefetch, prerender) must not spend the code the real visit needs.
      if (/prefetch|prerender/i.test(`${req.headers['sec-purpose'] ?? ''} ${req.headers.purpose ?? ''}`)) return send(res, 503, '', 'text/plain');
      if (launchUsed || !tokenMatches(url.searchParams.get('launch'), launchCode)) return send(res, 403, LAUNCH_REFUSED, 'text/html; charset=utf-8');
      launchUsed = true;
      return redirectHome(res, `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    }

    if (url.pathname === '/api/events') {
      if (!authorised(req)) return send(res, 401, NO_ACCESS);
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write(`event: saveStatus\ndata: ${JSON.stringify(options.workspace.saveStatus)}\n\n`);
      sse.add(res);
      req.on('close', () => sse.delete(res));
      return;
    }

    if (url.pathname === '/api/download') {
      if (!authorised(req)) return send(res, 401, NO_ACCESS);
      return serveExportDownload(options.workspace, url.searchParams.get('id') ?? '', res, SECURITY_HEADERS);
    }

    if (url.pathname.startsWith('/api/')) {
      if (!authorised(req)) return send(res, 401, NO_ACCESS);
      if (req.method !== 'POST') return send(res, 405, JSON.stringify({ ok: false, error: { code: 'invalid-request', message: 'Use POST.' } }));
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return send(res, 415, JSON.stringify({ ok: false, error: { code: 'invalid-request', message: 'Send JSON.' } }));
      }
      const body = await readBody(req, MAX_REQUEST_BYTES);
      if (body === null) {
        return send(res, 413, JSON.stringify({ ok: false, error: { code: 'refused-input', message: 'The request is too large (over 72 MB). Import files of at most 50 MB.' } }));
      }
      let payload: unknown;
      try {
        payload = body.length ? JSON.parse(body.toString('utf8')) : {};
      } catch {
        return send(res, 400, JSON.stringify({ ok: false, error: { code: 'invalid-request', message: 'The request body is not JSON.' } }));
      }
      const name = decodePath(url.pathname.slice('/api/'.length));
      if (name === null) return send(res, 400, JSON.stringify({ ok: false, error: { code: 'invalid-request', message: 'Malformed URL.' } }));
      const result = await dispatch(options.handlers, name, payload);
      return send(res, 200, JSON.stringify(result));
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, '', 'text/plain');
    const decoded = decodePath(url.pathname);
    if (decoded === null) return send(res, 400, 'Malformed URL', 'text/plain');
    const relative = url.pathname === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
    const file = path.resolve(staticRoot, relative);
    if (!file.startsWith(staticRoot + path.sep)) return send(res, 404, 'Not found', 'text/plain');
    try {
      const info = await stat(file);
      if (!info.isFile()) return send(res, 404, 'Not found', 'text/plain');
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Content-Length': info.size,
        'Cache-Control': 'no-cache',
      });
      if (req.method === 'HEAD') return void res.end();
      createReadStream(file).pipe(res);
    } catch {
      send(res, 404, 'Not found', 'text/plain');
    }
  }

  /** 303 to the bare address, so the launch code leaves the address bar (replaced, not kept in history). */
  function redirectHome(res: http.ServerResponse, setCookie?: string): void {
    res.writeHead(303, { ...SECURITY_HEADERS, Location: '/', 'Cache-Control': 'no-store', ...(setCookie ? { 'Set-Cookie': setCookie } : {}) });
    res.end();
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  allowedOrigins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
  cookieName = `claimwork-${port}`;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?launch=${launchCode.toString()}`,
    origin,
    token,
    cookieName,
    port,
    close: async () => {
      off();
      for (const res of sse) res.end();
      sse.clear();
      server.closeAllConnections?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A URL path with its %-escapes decoded; null when an escape is malformed (answered 400, not 500). */
function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

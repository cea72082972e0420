import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { z, type ZodIssue, type ZodTypeAny } from 'zod';
import type { CaseData } from '../../shared/domain';
import { caseSchema } from '../../shared/case-schema';
import { migrateCase } from './case-migrations';
import { repeatedIdProblem } from '../../shared/case-gate';
import { checkCaseHeader, checkRepeatedIds, refuseDamaged, refuseNotJson, refuseNotUtf8, refuseUnreadable, refuseUtf16 } from './case-file';

/**
 * Reading a big case without holding the host. JSON.parse and the schema check of a 200 MB case took
 * some 10 s in one piece, during which no other call was answered (and 1.2 GB of memory). Here a
 * worker thread reads the file and finds its entries; it hands them over as JSON text a batch at a
 * time (the bytes moved, not copied); the main thread parses each batch, checks each entry against
 * the schema as it arrives and gives the event loop back between batches. JSON.parse's objects are
 * far smaller than a structured clone of the same entries (some 180 against 395 MB for the 226,000
 * annotations of the bench's 200 MB case), and the entry is kept instead of zod's copy of it when the
 * two are the same, with its short strings (ids, dates, kinds) shared. Smaller files are parsed in one piece (parseCaseText): a worker's start costs more than
 * their parse.
 */

/** Files from this size (bytes) are read in a worker: below it a whole parse holds the loop < ~40 ms. */
export const WORKER_MIN_BYTES = 4 * 1024 * 1024;

/** How long the main thread may spend on one batch before giving the event loop back (ms). */
const SLICE_MS = 8;

/**
 * Bytes of JSON text per batch of array entries: the first, and the bounds the size adapts within.
 * At most 32 KB, so that a batch's text stays below V8's large-object size (128 KB, and Arabic is two
 * bytes a character in memory): large objects are old space at once, freed only by a full collection.
 */
const FIRST_BATCH_BYTES = 16 * 1024;
const MIN_BATCH_BYTES = 4 * 1024;
const MAX_BATCH_BYTES = 32 * 1024;

/**
 * The worker, as plain JavaScript run with `eval` (no module to bundle, so it runs the same under
 * electron-vite's build, tsx and vitest). It reads the file itself, a megabyte at a time, and never
 * holds the whole text or the whole parsed case: a first pass finds the byte range of each member of
 * the top-level object (tracking only strings and brackets), then each member is sent in the order
 * asked — arrays (also those one level down, e.g. history.undo) as the JSON text of a batch of
 * entries ("[e1,e2]", checked to be UTF-8), other members as their text; members the case does not
 * have are parsed (only to find bad JSON) and dropped. It sends a batch when the main thread asks for
 * one, with the size it asks for, and reads the next meanwhile. Anything that is not one JSON object
 * is read whole, as JSON.parse would. A byte that is not UTF-8 is reported as such, and bad JSON
 * between entries as bad JSON, whenever they are met; bad JSON inside an entry is found by the main
 * thread's JSON.parse.
 */
const WORKER_SOURCE = String.raw`
const fs = require('node:fs');
const { isUtf8 } = require('node:buffer');
const { parentPort, workerData } = require('node:worker_threads');
const inbox = [];
let waiting = null;
parentPort.on('message', (m) => {
  if (waiting) {
    const w = waiting;
    waiting = null;
    w(m);
  } else inbox.push(m);
});
const next = () => (inbox.length ? Promise.resolve(inbox.shift()) : new Promise((resolve) => (waiting = resolve)));
const decoder = new TextDecoder('utf-8', { fatal: true });
class NotUtf8 extends Error {}
const CHUNK = 1 << 20;
let fd = -1;
let size = 0;
let buf = Buffer.alloc(0);
let base = 0;
// The byte at file offset p, or -1 past the end (reads the chunk holding p when needed).
const at = (p) => {
  if (p >= base + buf.length || p < base) {
    if (p >= size) return -1;
    const next = Buffer.allocUnsafe(Math.min(CHUNK, size - p));
    let have = 0;
    while (have < next.length) {
      const n = fs.readSync(fd, next, have, next.length - have, p + have);
      if (n === 0) break;
      have += n;
    }
    buf = next.subarray(0, have);
    base = p;
    if (have === 0) return -1;
  }
  return buf[p - base];
};
const bytes = (a, b) => {
  if (a >= base && b <= base + buf.length) return buf.subarray(a - base, b - base);
  const out = Buffer.allocUnsafe(b - a);
  let have = 0;
  while (have < out.length) {
    const n = fs.readSync(fd, out, have, out.length - have, a + have);
    if (n === 0) throw new SyntaxError('Unexpected end of JSON input');
    have += n;
  }
  return out;
};
const decode = (a, b) => {
  try {
    return decoder.decode(bytes(a, b));
  } catch {
    throw new NotUtf8();
  }
};
const parse = (a, b) => JSON.parse(decode(a, b));
const ws = (c) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const skipWs = (p) => {
  while (ws(at(p))) p++;
  return p;
};
const stringEnd = (p) => {
  for (p++; ; ) {
    const c = at(p);
    if (c === -1) throw new SyntaxError('Unterminated string in JSON');
    if (c === 0x5c) p += 2;
    else if (c === 0x22) return p + 1;
    else p++;
  }
};
// End of the JSON value that starts at p; JSON.parse checks the value itself later. An object or
// array is scanned a chunk at a time in one loop over its bytes: a call per byte made the pass over
// a 21 MB case cost some 300 ms before any part of the case could be sent.
const valueEnd = (p) => {
  const c = at(p);
  if (c === 0x22) return stringEnd(p);
  if (c === 0x7b || c === 0x5b) {
    let depth = 0;
    let inString = false;
    let escaped = false;
    for (;;) {
      if (at(p) === -1) throw new SyntaxError('Unexpected end of JSON input');
      const chunk = buf;
      const end = chunk.length;
      for (let i = p - base; i < end; i++) {
        const d = chunk[i];
        if (inString) {
          if (escaped) escaped = false;
          else if (d === 0x5c) escaped = true;
          else if (d === 0x22) inString = false;
        } else if (d === 0x22) {
          // Most of a case's bytes are in strings (texts, quotes): find the closing quote with indexOf,
          // one not preceded by an odd run of backslashes; byte by byte only across a chunk's end.
          let q = chunk.indexOf(0x22, i + 1);
          while (q !== -1) {
            let k = q - 1;
            while (chunk[k] === 0x5c) k--;
            if ((q - 1 - k) % 2 === 0) break;
            q = chunk.indexOf(0x22, q + 1);
          }
          if (q === -1) inString = true;
          else i = q;
        } else if (d === 0x7b || d === 0x5b) depth++;
        else if (d === 0x7d || d === 0x5d) {
          if (--depth === 0) return base + i + 1;
        }
      }
      p = base + end;
    }
  }
  let q = p;
  for (let d = at(q); d !== -1 && d !== 0x2c && d !== 0x7d && d !== 0x5d && !ws(d); d = at(++q));
  if (q === p) throw new SyntaxError('Unexpected token in JSON at position ' + p);
  return q;
};
// The members of the object that starts at a, as key -> [start, end) of the value (the last of a
// repeated key, as JSON.parse), and where the object ends. One pass: nothing else scans its values.
const membersOf = (a) => {
  const members = new Map();
  let p = skipWs(a + 1);
  if (at(p) === 0x7d) return { members, end: p + 1 };
  for (;;) {
    if (at(p) !== 0x22) throw new SyntaxError('Expected a property name in JSON at position ' + p);
    const keyEnd = stringEnd(p);
    const key = parse(p, keyEnd);
    p = skipWs(keyEnd);
    if (at(p) !== 0x3a) throw new SyntaxError("Expected ':' in JSON at position " + p);
    const vs = skipWs(p + 1);
    const ve = valueEnd(vs);
    members.delete(key);
    members.set(key, [vs, ve]);
    p = skipWs(ve);
    const c = at(p);
    if (c === 0x2c) p = skipWs(p + 1);
    else if (c === 0x7d) return { members, end: p + 1 };
    else throw new SyntaxError('Unexpected token in JSON at position ' + p);
  }
};
// Bytes of entries per batch: the main thread asks for the next batch with the size it wants.
let batchBytes = 16 * 1024;
const more = async () => {
  const m = await next();
  if (!m || m.type !== 'more') return false;
  batchBytes = m.bytes;
  return true;
};
// An array's entries go as JSON text, "[e1,e2,…]", a batch at a time: the main thread parses it with
// JSON.parse, whose objects are far more compact than a structured clone's and die young once checked.
// The next batch is read while the main thread works on the last one; it is sent when asked for.
const sendArray = async (path, a, b) => {
  parentPort.postMessage({ type: 'array', path });
  let p = skipWs(a + 1);
  if (at(p) === 0x5d) return true;
  for (let from = p; ; ) {
    const e = valueEnd(p);
    p = skipWs(e);
    const c = at(p);
    const last = c === 0x5d && p === b - 1;
    if (c !== 0x2c && !last) throw new SyntaxError('Unexpected token in JSON at position ' + p);
    if (last || e - from >= batchBytes) {
      const raw = bytes(from, e);
      if (!isUtf8(raw)) throw new NotUtf8();
      const text = new Uint8Array(raw.length + 2);
      text[0] = 0x5b;
      text.set(raw, 1);
      text[raw.length + 1] = 0x5d;
      if (!(await more())) return false;
      parentPort.postMessage({ type: 'items', path, bytes: text }, [text.buffer]);
      if (last) return true;
      from = skipWs(p + 1);
    }
    p = skipWs(p + 1);
  }
};
async function main() {
  const head = Buffer.alloc(64);
  try {
    fd = fs.openSync(workerData.path, 'r');
    size = fs.fstatSync(fd).size;
    fs.readSync(fd, head, 0, 64, 0);
  } catch (error) {
    parentPort.postMessage({ type: 'io', code: String((error && error.code) || 'error') });
    return;
  }
  const headBytes = new Uint8Array(head.subarray(0, Math.min(64, size)));
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    parentPort.postMessage({ type: 'utf16', head: headBytes });
    return;
  }
  const start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  const first = skipWs(start);
  const looksLikeObject = at(first) === 0x7b;
  try {
    if (!looksLikeObject) {
      // Not one object: read whole, as JSON.parse would, only to tell bad JSON from other JSON.
      const raw = parse(start, size);
      parentPort.postMessage({ type: 'header', schema: typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw.schema : null, schemaVersion: null });
      parentPort.postMessage({ type: 'done' });
      return;
    }
    const { members, end } = membersOf(first);
    if (at(skipWs(end)) !== -1) throw new SyntaxError('Unexpected non-whitespace character after JSON at position ' + skipWs(end));
    const small = (key) => (members.has(key) ? parse(...members.get(key)) : undefined);
    parentPort.postMessage({ type: 'header', schema: small('schema'), schemaVersion: small('schemaVersion') });
    // Members the case does not have are dropped, but their JSON is checked as JSON.parse would.
    for (const [key, range] of members) if (!workerData.keys.includes(key)) parse(...range);
    const value = (path, range) => parentPort.postMessage({ type: 'value', path, text: decode(...range) });
    for (const key of workerData.keys) {
      const range = members.get(key);
      if (!range) continue;
      const c = at(range[0]);
      if (c === 0x5b) {
        if (!(await sendArray([key], ...range))) return;
      } else if (c === 0x7b) {
        const inner = membersOf(range[0]).members;
        if (![...inner.values()].some(([vs]) => at(vs) === 0x5b)) {
          value([key], range);
          continue;
        }
        parentPort.postMessage({ type: 'value', path: [key], text: '{}' });
        for (const [k, r] of inner) {
          if (at(r[0]) === 0x5b) {
            if (!(await sendArray([key, k], ...r))) return;
          } else value([key, k], r);
        }
      } else value([key], range);
    }
    parentPort.postMessage({ type: 'done' });
  } catch (error) {
    if (error instanceof NotUtf8) parentPort.postMessage({ type: 'not-utf8', head: headBytes });
    else if (error instanceof SyntaxError || error instanceof RangeError) parentPort.postMessage({ type: 'not-json', looksLikeObject });
    else throw error;
  } finally {
    fs.closeSync(fd);
  }
}
main().catch((error) => parentPort.postMessage({ type: 'failed', detail: String(error && error.stack) }));
`;

type FromWorker =
  | { type: 'io'; code: string }
  | { type: 'utf16'; head: Uint8Array }
  | { type: 'not-utf8'; head: Uint8Array }
  | { type: 'not-json'; looksLikeObject: boolean }
  | { type: 'header'; schema: unknown; schemaVersion: unknown }
  | { type: 'array'; path: string[] }
  | { type: 'items'; path: string[]; bytes: Uint8Array }
  | { type: 'value'; path: string[]; text: string }
  | { type: 'done' }
  | { type: 'failed'; detail: string };

/**
 * Reads, parses and checks the case file at `filePath` (`fileName` names it in messages) in a worker
 * and in slices, so the event loop is never held for long: the same case as
 * parseCaseText(decodeCaseBytes(bytes)), the same refusals with the same messages. For files of
 * WORKER_MIN_BYTES or more; CaseFileAdapter reads smaller ones in one piece. `onHead`, when given, is
 * called once with the case's head (everything but annotations and history: checkedHead) as soon as
 * it is read and checked, if it holds; the promise still settles with the whole case or its refusal.
 */
export async function readCaseFile(filePath: string, fileName: string, onHead?: (head: CaseHead) => void): Promise<CaseData> {
  const keys = Object.keys(caseSchema.shape);
  const late: readonly string[] = LATE_KEYS;
  // The head first, the annotations and history last: the head can be shown while they are read.
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path: filePath, keys: [...keys.filter((k) => !late.includes(k)), ...LATE_KEYS] } });
  const inbox = messages(worker);
  // A refusal for bad bytes or bad JSON, wherever the worker meets them.
  const refuse = (m: FromWorker): never => {
    if (m.type === 'io') return refuseUnreadable(fileName, m.code);
    if (m.type === 'utf16') return refuseUtf16(m.head, fileName) as never;
    if (m.type === 'not-utf8') return refuseNotUtf8(m.head, fileName);
    if (m.type === 'not-json') return refuseNotJson(m.looksLikeObject, fileName);
    return unexpected(m);
  };
  try {
    const header = await inbox.next();
    if (header.type !== 'header') return refuse(header);
    // Refused only once the whole file has been read: bad JSON anywhere is named first, as JSON.parse would.
    let version: number | null = null;
    try {
      version = checkCaseHeader({ schema: header.schema, schemaVersion: header.schemaVersion }, fileName);
    } catch {
      /* checked again below */
    }
    const checker = version === CURRENT_VERSION ? new SlicedCheck() : null;
    const raw: Record<string, unknown> = { schema: header.schema, schemaVersion: header.schemaVersion };
    // The worker sends JSON text; parsed here, as the one-piece parse would (bad JSON is refused as such).
    const parseText = (text: string): unknown => {
      try {
        return JSON.parse(text);
      } catch {
        return refuseNotJson(true, fileName);
      }
    };
    const utf8 = new TextDecoder();
    let batchBytes = FIRST_BATCH_BYTES;
    worker.postMessage({ type: 'more', bytes: batchBytes });
    for (let m = await inbox.next(); m.type !== 'done'; m = await inbox.next()) {
      if (m.type === 'value') setAt(raw, m.path, parseText(m.text));
      else if (m.type === 'array') {
        if (onHead && m.path.length === 1 && m.path[0] === LATE_KEYS[0]) {
          // Everything before the annotations has been read and checked on arrival.
          const head = checker && checkedHead(raw, checker);
          if (head) onHead(head);
          onHead = undefined;
        }
        setAt(raw, m.path, []);
        checker?.start(m.path);
      } else if (m.type === 'items') {
        const t0 = performance.now();
        const list = getAt(raw, m.path) as unknown[];
        const parsed = parseText(utf8.decode(m.bytes)) as unknown[];
        const items = checker ? await checker.check(m.path, list.length, parsed) : parsed;
        for (const item of items) list.push(item);
        // Batches sized to about half a slice: parsed, checked and garbage before the next one comes.
        const took = performance.now() - t0;
        if (took < SLICE_MS / 4) batchBytes = Math.min(MAX_BATCH_BYTES, batchBytes * 2);
        else if (took > SLICE_MS / 2) batchBytes = Math.max(MIN_BATCH_BYTES, Math.floor(batchBytes / 2));
        worker.postMessage({ type: 'more', bytes: batchBytes });
      } else return refuse(m);
    }
    const checkedVersion = checkCaseHeader(raw, fileName);
    // An old case is migrated whole first (migrations work on the whole case), then checked.
    const data = migrateCase(raw, checkedVersion);
    const parsed = await checkInSlices(data, fileName, checker);
    await checkRepeatedIdsInSlices(parsed, fileName);
    return parsed;
  } finally {
    inbox.close();
    await worker.terminate();
  }
}

const CURRENT_VERSION = (caseSchema.shape.schemaVersion as z.ZodLiteral<number>).value;

/** Members of a case read last: the bulk of a big case (14.7 of the bench case's 21.3 MB), not needed to list and read its articles. */
const LATE_KEYS = ['annotations', 'history'] as const;

/** A case without its annotations and history: what the analyst sees first of a big case being opened. */
export type CaseHead = Omit<CaseData, (typeof LATE_KEYS)[number]>;

/**
 * The head of a current-version case read so far, when every member of it is there and holds
 * (arrays checked entry by entry on arrival, the others here, ids not repeated); else null. A null
 * only means the head is not shown early: the whole case is checked as before and refused with the
 * same message.
 */
function checkedHead(raw: Record<string, unknown>, checker: SlicedCheck): CaseHead | null {
  const head: Record<string, unknown> = {};
  const late: readonly string[] = LATE_KEYS;
  for (const [key, schema] of Object.entries(caseSchema.shape as Record<string, ZodTypeAny>)) {
    if (late.includes(key)) continue;
    if (!Object.hasOwn(raw, key)) return null;
    if (elementSchema([key])) {
      if (!checker.checkedWhole([key])) return null;
      head[key] = raw[key];
      continue;
    }
    const r = schema.safeParse(raw[key]);
    if (!r.success) return null;
    head[key] = r.data;
  }
  const withoutLate = { ...head, annotations: [], history: { undo: [], redo: [] } } as unknown as CaseData;
  return repeatedIdProblem(withoutLate, ['articles', 'actors', 'sources']) ? null : (head as CaseHead);
}

function unexpected(m: FromWorker): never {
  throw new Error(`case reader: ${m.type === 'failed' ? m.detail : `unexpected message ${m.type}`}`);
}

function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let at = target;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
  // As JSON.parse does: an own property, even for "__proto__" (an assignment would set the prototype).
  Object.defineProperty(at, path[path.length - 1]!, { value, writable: true, enumerable: true, configurable: true });
}

function getAt(target: Record<string, unknown>, path: readonly string[]): unknown {
  let at: unknown = target;
  for (const key of path) at = (at as Record<string, unknown>)[key];
  return at;
}

/** The worker's messages one at a time; its exit or error becomes a 'failed' message. */
function messages(worker: Worker): { next: () => Promise<FromWorker>; close: () => void } {
  const queue: FromWorker[] = [];
  let waiting: ((m: FromWorker) => void) | null = null;
  const put = (m: FromWorker) => {
    if (waiting) {
      const w = waiting;
      waiting = null;
      w(m);
    } else queue.push(m);
  };
  const onMessage = (m: FromWorker) => put(m);
  const onError = (error: Error) => put({ type: 'failed', detail: error.message });
  const onExit = (code: number) => put({ type: 'failed', detail: `worker exited (${code})` });
  worker.on('message', onMessage);
  worker.on('error', onError);
  worker.on('exit', onExit);
  return {
    next: () => (queue.length ? Promise.resolve(queue.shift()!) : new Promise((resolve) => (waiting = resolve))),
    close: () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    },
  };
}

/** The schema of the entries of the array at `path` of a case (e.g. ['history', 'undo']), or null. */
function elementSchema(path: readonly string[]): ZodTypeAny | null {
  let schema: ZodTypeAny = caseSchema;
  for (const key of path) {
    if (!(schema instanceof z.ZodObject)) return null;
    schema = (schema.shape as Record<string, ZodTypeAny>)[key] ?? z.never();
  }
  return schema instanceof z.ZodArray && plainArray(schema) ? (schema.element as ZodTypeAny) : null;
}

/** True for an array schema without length rules: it then holds exactly when each entry does. */
const plainArray = (schema: z.ZodArray<ZodTypeAny>): boolean => schema._def.minLength === null && schema._def.maxLength === null && schema._def.exactLength === null;

/**
 * Checks a current-version case's array entries against the schema as they arrive, in batches
 * between which the event loop runs, and returns zod's output for them (unknown keys dropped), so the
 * case is built from checked entries and the received copies are garbage at once. Stops checking
 * at the first wrong entry, which is reported when the walk over the whole case reaches it.
 */
class SlicedCheck {
  /** Arrays (by path, "history.undo") whose every entry so far was checked. */
  private readonly complete = new Set<string>();
  private failed: ZodIssue[] | null = null;
  private sliceStart = performance.now();
  private readonly strings = new Map<string, string>();

  start(path: readonly string[]): void {
    if (elementSchema(path) && !this.failed) this.complete.add(path.join('.'));
  }

  async check(path: readonly string[], offset: number, items: unknown[]): Promise<unknown[]> {
    const schema = elementSchema(path);
    const key = path.join('.');
    if (!schema || !this.complete.has(key)) return items;
    const out: unknown[] = [];
    for (let i = 0; i < items.length; i++) {
      const r = schema.safeParse(items[i]);
      if (!r.success) {
        // The first wrong entry in file order; the walk reports it in its turn, as zod would.
        this.failed = r.error.issues.map((issue) => ({ ...issue, path: [...path, offset + i, ...issue.path] }));
        this.complete.clear();
        return [...out, ...items.slice(i)];
      }
      // zod's output is a copy; the parsed entry is kept when it is the same (no unknown keys), so the
      // copy dies young instead of every entry being allocated twice for good.
      out.push(shareShortStrings(sameJson(items[i], r.data) ? items[i] : r.data, this.strings));
      if (performance.now() - this.sliceStart >= SLICE_MS) {
        await yieldToEventLoop();
        this.sliceStart = performance.now();
      }
    }
    return out;
  }

  /** True when every entry of the array at `path` was checked on arrival and held. */
  checkedWhole(path: readonly (string | number)[]): boolean {
    return this.complete.has(path.join('.'));
  }

  /** Issues of the first wrong entry of the array at `path`, if the check found one there. */
  issuesAt(path: readonly (string | number)[]): ZodIssue[] | null {
    const first = this.failed?.[0];
    return first && path.every((k, i) => first.path[i] === k) ? this.failed : null;
  }
}

/** True when `a` and `b` are the same JSON value, with the same keys in the same order. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bs = b as unknown[];
    if (a.length !== bs.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], bs[i])) return false;
    return true;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i] || !sameJson((a as Record<string, unknown>)[ka[i]!], (b as Record<string, unknown>)[kb[i]!])) return false;
  }
  return true;
}

/** Strings up to this length are shared across the case's entries by shareShortStrings. */
const SHARED_STRING_MAX = 40;

/**
 * Replaces, in place, each string of `value` up to SHARED_STRING_MAX characters by an equal one seen
 * before (kept in `seen`), and returns `value`. Ids, dates and kinds repeat across a case's 200,000
 * annotations, and every parse makes a new copy of each: sharing them keeps a 200 MB case about a
 * quarter smaller in memory. Only for zod's output (plain objects and arrays it made).
 */
function shareShortStrings<T>(value: T, seen: Map<string, string>): T {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = share(value[i], seen);
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    // An entry's own id is unique (nothing to share); "__proto__" must not be assigned to.
    for (const key of Object.keys(record)) if (key !== 'id' && key !== '__proto__') record[key] = share(record[key], seen);
  }
  return value;
}

function share(v: unknown, seen: Map<string, string>): unknown {
  if (typeof v !== 'string') return typeof v === 'object' && v !== null ? shareShortStrings(v, seen) : v;
  if (v.length > SHARED_STRING_MAX) return v;
  const known = seen.get(v);
  if (known !== undefined) return known;
  seen.set(v, v);
  return v;
}

/**
 * checkRepeatedIds in slices: a set of the 226,000 ids of the bench's 200 MB case held the event
 * loop for about a second. On a repeat, checkRepeatedIds itself finds the first one and refuses
 * with its message.
 */
async function checkRepeatedIdsInSlices(data: CaseData, fileName: string): Promise<void> {
  let sliceStart = performance.now();
  for (const key of ['articles', 'actors', 'sources', 'annotations'] as const) {
    const seen = new Set<string>();
    const list: readonly { id: string }[] = data[key];
    for (let i = 0; i < list.length; i++) {
      const id = list[i]!.id;
      if (seen.has(id)) return checkRepeatedIds(data, fileName);
      seen.add(id);
      if ((i & 1023) === 0 && performance.now() - sliceStart >= SLICE_MS) {
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
    }
  }
}

/**
 * caseSchema.safeParse(data) in slices: members in the schema's order, arrays (also one level down)
 * entry by entry, the event loop given back every SLICE_MS. Entries `checker` already checked on
 * arrival are taken from it. Throws the refusal refuseDamaged gives for the first wrong field.
 */
async function checkInSlices(data: Record<string, unknown>, fileName: string, checker: SlicedCheck | null): Promise<CaseData> {
  let sliceStart = performance.now();
  const walk = async (schema: ZodTypeAny, value: unknown, path: (string | number)[], depth: number): Promise<unknown> => {
    if (performance.now() - sliceStart >= SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
    if (schema instanceof z.ZodObject && depth < 2 && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const out: Record<string, unknown> = {};
      for (const [key, member] of Object.entries(schema.shape as Record<string, ZodTypeAny>)) {
        const v = await walk(member, (value as Record<string, unknown>)[key], [...path, key], depth + 1);
        if (v !== undefined) out[key] = v;
      }
      return out;
    }
    if (schema instanceof z.ZodArray && plainArray(schema) && Array.isArray(value)) {
      const early = checker?.issuesAt(path);
      if (early) return refuseDamaged(early, fileName);
      if (checker?.checkedWhole(path)) return value;
      const out: unknown[] = [];
      for (let i = 0; i < value.length; i++) out.push(await walk(schema.element as ZodTypeAny, value[i], [...path, i], depth + 1));
      return out;
    }
    const r = schema.safeParse(value);
    if (!r.success) return refuseDamaged(r.error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })), fileName);
    return r.data;
  };
  return (await walk(caseSchema, data, [], 0)) as CaseData;
}

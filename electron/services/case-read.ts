import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { z, type ZodIssue, type ZodTypeAny } from 'zod';
import type { CaseData } from '../../shared/domain';
import { caseSchema } from '../../shared/case-schema';
import { migrateCase } from './case-migrations';
import { checkCaseHeader, checkRepeatedIds, decodeCaseBytes, parseCaseText, refuseDamaged, refuseNotJson, refuseNotUtf8, refuseUtf16 } from './case-file';

/**
 * Reading a big case without holding the host. JSON.parse and the schema check of a 200 MB case took
 * some 10 s in one piece, during which no other call was answered (and 1.2 GB of memory). Here a
 * worker thread decodes and parses the file; it hands the parsed case over a batch of entries at a
 * time (each batch a structured clone that takes the main thread a few ms to receive), dropping what
 * it has sent; the main thread checks each entry against the schema as it arrives and gives the
 * event loop back between batches. Smaller files are parsed in one piece (parseCaseText): a worker's
 * start costs more than their parse.
 */

/** Files from this size (bytes) are read in a worker: below it a whole parse holds the loop < ~40 ms. */
export const WORKER_MIN_BYTES = 4 * 1024 * 1024;

/** How long the main thread may spend on one batch before giving the event loop back (ms). */
const SLICE_MS = 8;

/**
 * The worker, as plain JavaScript run with `eval` (no module to bundle, so it runs the same under
 * electron-vite's build, tsx and vitest). It receives the file's bytes (transferred, not copied),
 * decodes them as strict UTF-8, parses the JSON, then sends the case member by member in the order
 * asked: plain values whole, arrays (also those one level down, e.g. history.undo) in batches sized
 * so that one batch takes about 4 ms to clone. It waits for "more" after each batch, so at most one
 * batch is in flight, and forgets what it has sent, so the two threads do not each hold the case.
 */
const WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
// Every message from the main thread is "more" or "stop"; kept in order until asked for.
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
async function main() {
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(workerData.bytes);
  } catch {
    parentPort.postMessage({ type: 'not-utf8' });
    return;
  }
  workerData.bytes = null;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    parentPort.postMessage({ type: 'not-json', looksLikeObject: text.trimStart().startsWith('{'), detail: String(error && error.message) });
    return;
  }
  text = null;
  const plain = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!plain(raw)) {
    parentPort.postMessage({ type: 'header', schema: null, schemaVersion: null });
    return;
  }
  parentPort.postMessage({ type: 'header', schema: raw.schema, schemaVersion: raw.schemaVersion });
  if ((await next()) !== 'more') return;
  // A value nested too deeply to clone cannot be a valid case entry: a stand-in the schema refuses.
  const TOO_DEEP = '(nested too deeply to read)';
  const post = (message, values) => {
    try {
      parentPort.postMessage(message);
    } catch {
      if (values) parentPort.postMessage({ ...message, items: message.items.map((v) => { try { return structuredClone(v); } catch { return TOO_DEEP; } }) });
      else parentPort.postMessage({ ...message, value: Array.isArray(message.value) ? [TOO_DEEP] : TOO_DEEP });
    }
  };
  let batch = 16;
  const sendArray = async (path, list) => {
    parentPort.postMessage({ type: 'array', path });
    for (let i = 0; i < list.length; ) {
      const items = list.slice(i, i + batch);
      const t0 = performance.now();
      post({ type: 'items', path, items }, true);
      const took = performance.now() - t0;
      if (took < 2 && batch < 4096) batch *= 2;
      else if (took > 6 && batch > 1) batch = Math.max(1, batch >> 1);
      list.fill(undefined, i, i + items.length);
      i += items.length;
      if ((await next()) !== 'more') return false;
    }
    return true;
  };
  for (const key of workerData.keys) {
    if (!(key in raw)) continue;
    const value = raw[key];
    raw[key] = undefined;
    if (Array.isArray(value)) {
      if (!(await sendArray([key], value))) return;
    } else if (plain(value) && Object.values(value).some(Array.isArray)) {
      parentPort.postMessage({ type: 'value', path: [key], value: {} });
      for (const [k, v] of Object.entries(value)) {
        if (Array.isArray(v)) {
          if (!(await sendArray([key, k], v))) return;
        } else post({ type: 'value', path: [key, k], value: v }, false);
      }
    } else post({ type: 'value', path: [key], value }, false);
  }
  parentPort.postMessage({ type: 'done' });
}
main().catch((error) => parentPort.postMessage({ type: 'failed', detail: String(error && error.stack) }));
`;

type FromWorker =
  | { type: 'not-utf8' }
  | { type: 'not-json'; looksLikeObject: boolean; detail: string }
  | { type: 'header'; schema: unknown; schemaVersion: unknown }
  | { type: 'array'; path: string[] }
  | { type: 'items'; path: string[]; items: unknown[] }
  | { type: 'value'; path: string[]; value: unknown }
  | { type: 'done' }
  | { type: 'failed'; detail: string };

/**
 * Parses and checks a case file's bytes: as parseCaseText(decodeCaseBytes(bytes)) — the same
 * result, the same refusals with the same messages — but for files of `workerFrom` bytes or more, in
 * a worker and in slices, so the event loop is never held for long. `bytes` is handed to the worker
 * (its buffer is transferred when it owns it whole) and must not be used afterwards.
 */
export async function readCaseBytes(bytes: Uint8Array, fileName: string, workerFrom = WORKER_MIN_BYTES): Promise<CaseData> {
  if (bytes.length < workerFrom) return parseCaseText(decodeCaseBytes(bytes, fileName), fileName);
  refuseUtf16(bytes, fileName);
  const head = bytes.slice(0, 64);
  // The worker gets the bytes without a copy when they are a whole buffer of their own.
  const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? bytes : bytes.slice();
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { bytes: owned, keys: Object.keys(caseSchema.shape) },
    transferList: [owned.buffer as ArrayBuffer],
  });
  const inbox = messages(worker);
  try {
    const header = await inbox.next();
    if (header.type === 'not-utf8') return refuseNotUtf8(head, fileName);
    if (header.type === 'not-json') return refuseNotJson(header.looksLikeObject, fileName, header.detail);
    if (header.type !== 'header') return unexpected(header);
    const version = checkCaseHeader({ schema: header.schema, schemaVersion: header.schemaVersion }, fileName);
    const checker = version === CURRENT_VERSION ? new SlicedCheck() : null;
    const raw: Record<string, unknown> = {};
    worker.postMessage('more');
    for (let m = await inbox.next(); m.type !== 'done'; m = await inbox.next()) {
      if (m.type === 'value') setAt(raw, m.path, m.value);
      else if (m.type === 'array') {
        setAt(raw, m.path, []);
        checker?.start(m.path);
      } else if (m.type === 'items') {
        const list = getAt(raw, m.path) as unknown[];
        const items = checker ? await checker.check(m.path, list.length, m.items) : m.items;
        for (const item of items) list.push(item);
        worker.postMessage('more');
      } else return unexpected(m);
    }
    // An old case is migrated whole first (migrations work on the whole case), then checked.
    const data = migrateCase(raw, version);
    const parsed = await checkInSlices(data, fileName, checker);
    checkRepeatedIds(parsed, fileName);
    return parsed;
  } finally {
    inbox.close();
    await worker.terminate();
  }
}

const CURRENT_VERSION = (caseSchema.shape.schemaVersion as z.ZodLiteral<number>).value;

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
      out.push(r.data);
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

import { setImmediate as yieldToEventLoop } from 'node:timers/promises';

/** How long one slice of serialising may hold the event loop (ms). */
export const SLICE_MS = 8;

/**
 * JSON text of objects by identity, kept from one save to the next. Case data is replaced on every
 * edit, never changed in place (the write gate relies on the same rule), so an entity that is the
 * very object it was at the last save still has the same text: an edit to one claim of a 21 MB case
 * serialises that claim, not 21 MB (~450 ms of the back end's CPU per save before).
 */
export type JsonCache = WeakMap<object, string>;

export interface JsonPiecesOptions {
  /** Longest run without giving the event loop back (ms); 0 yields at every container. */
  sliceMs?: number;
  /** Text of whole entities by identity (see JsonCache); filled with what this call serialises. */
  cache?: JsonCache;
}

/** Whether `v` is split into its members (true) or written whole by JSON.stringify (false). */
function splits(v: unknown, depth: number): v is object {
  if (v === null || typeof v !== 'object' || typeof (v as { toJSON?: unknown }).toJSON === 'function') return false;
  return Array.isArray(v) ? depth < 3 : depth < 2;
}

/** What JSON cannot hold: null inside an array, left out of an object (as JSON.stringify does). */
const unwritable = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/**
 * JSON.stringify(value) as a list of pieces whose concatenation is byte for byte JSON.stringify's,
 * built in slices that give the event loop back every `sliceMs` ms. Arrays are split into their items
 * down to the third level and objects into their members down to the second (a case's collections,
 * the history's steps); what lies deeper is one piece, taken from `cache` when the same object was
 * serialised before. For JSON data (plain objects, arrays, strings, numbers, booleans, null).
 * `value` must not change until the promise settles, nor any object in `cache` ever — case data is
 * replaced on every edit, never changed in place, so a snapshot holds.
 */
export async function jsonPieces(value: unknown, options: JsonPiecesOptions = {}): Promise<string[]> {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const cache = options.cache;
  const out: string[] = [];
  let sliceStart = performance.now();
  const whole = (v: unknown): string => {
    // Only plain data is kept: an object with toJSON (a Date) may say something else next time.
    if (cache === undefined || v === null || typeof v !== 'object' || typeof (v as { toJSON?: unknown }).toJSON === 'function') return JSON.stringify(v);
    let json = cache.get(v);
    if (json === undefined) {
      json = JSON.stringify(v);
      cache.set(v, json);
    }
    return json;
  };
  // Only containers are awaited: a case has tens of thousands of entities, each one piece.
  const put = async (v: unknown, depth: number): Promise<void> => {
    if (performance.now() - sliceStart >= sliceMs) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
    if (!splits(v, depth)) {
      out.push(whole(v));
      return;
    }
    if (Array.isArray(v)) {
      out.push('[');
      for (let i = 0; i < v.length; i++) {
        if (i > 0) out.push(',');
        const item: unknown = v[i];
        if (unwritable(item)) out.push('null');
        else if (splits(item, depth + 1) || performance.now() - sliceStart >= sliceMs) await put(item, depth + 1);
        else out.push(whole(item));
      }
      out.push(']');
      return;
    }
    out.push('{');
    let first = true;
    for (const key of Object.keys(v)) {
      const member: unknown = (v as Record<string, unknown>)[key];
      if (unwritable(member)) continue;
      if (!first) out.push(',');
      first = false;
      out.push(JSON.stringify(key), ':');
      await put(member, depth + 1);
    }
    out.push('}');
  };
  await put(value, 0);
  return out;
}

/** JSON.stringify(value) built by jsonPieces (same rules), as one string. */
export async function stringifyInSlices(value: unknown, sliceMs = SLICE_MS): Promise<string> {
  return (await jsonPieces(value, { sliceMs })).join('');
}

import { setImmediate as yieldToEventLoop } from 'node:timers/promises';

/** How long one slice of serialising may hold the event loop (ms). */
export const SLICE_MS = 8;

/**
 * JSON.stringify(value), built in slices that give the event loop back every `sliceMs` ms. A case of
 * 20,000 annotations takes 100–250 ms to serialise; in one piece, an edit arriving meanwhile waited
 * for all of it before its reply. Arrays are split into their items down to the third level and
 * objects into their members down to the second (a case's collections, the history's steps); what
 * lies deeper is stringified whole. For JSON data (plain objects, arrays, strings, numbers,
 * booleans, null): the output is byte for byte JSON.stringify's. `value` must not change until the
 * promise settles — case data is replaced on every edit, never changed in place, so a snapshot holds.
 */
export async function stringifyInSlices(value: unknown, sliceMs = SLICE_MS): Promise<string> {
  const out: string[] = [];
  let sliceStart = performance.now();
  const put = async (v: unknown, depth: number): Promise<void> => {
    if (performance.now() - sliceStart >= sliceMs) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
    if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON !== 'function') {
      if (Array.isArray(v) && depth < 3) {
        out.push('[');
        for (let i = 0; i < v.length; i++) {
          if (i > 0) out.push(',');
          const item: unknown = v[i];
          // As JSON.stringify: what JSON cannot hold becomes null inside an array.
          if (item === undefined || typeof item === 'function' || typeof item === 'symbol') out.push('null');
          else await put(item, depth + 1);
        }
        out.push(']');
        return;
      }
      if (!Array.isArray(v) && depth < 2) {
        out.push('{');
        let first = true;
        for (const key of Object.keys(v)) {
          const member: unknown = (v as Record<string, unknown>)[key];
          // …and is left out of an object.
          if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
          if (!first) out.push(',');
          first = false;
          out.push(JSON.stringify(key), ':');
          await put(member, depth + 1);
        }
        out.push('}');
        return;
      }
    }
    out.push(JSON.stringify(v));
  };
  await put(value, 0);
  return out.join('');
}

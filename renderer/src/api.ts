/**
 * The renderer's only way to the back end. In Electron the preload exposes window.claimwork; in a
 * browser the same calls go over HTTP to the loopback host, which knows this browser by an HttpOnly
 * cookie (set when the one-time launch address was opened): the token is never in a URL or in script.
 */
import type { ClaimworkApi, EventName, HostEvents, RequestOf, ResultOf, CallName } from '../../shared/ipc-contract';
import { CALL_NAMES } from '../../shared/ipc-contract';
import type { Result } from '../../shared/result';

type Subscribe = <E extends EventName>(event: E, listener: (payload: HostEvents[E]) => void) => () => void;
export type HostApi = ClaimworkApi & { on: Subscribe };

declare global {
  interface Window {
    claimwork?: HostApi;
  }
}

function httpApi(): HostApi {
  const callOne = async <K extends CallName>(name: K, request: RequestOf<K>): Promise<Result<ResultOf<K>>> => {
    try {
      const res = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(request ?? {}),
      });
      const body = (await res.json()) as Result<ResultOf<K>>;
      return body;
    } catch (error) {
      return { ok: false, error: { code: 'io-error', message: `The Claimwork host did not answer (${String(error)}). Is it still running?` } };
    }
  };
  const api = Object.fromEntries(CALL_NAMES.map((name) => [name, (req: never) => callOne(name, req)])) as unknown as ClaimworkApi;
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  let source: EventSource | null = null;
  const on: Subscribe = (event, listener) => {
    if (!source) source = new EventSource('/api/events');
    let set = listeners.get(event);
    if (!set) {
      const fresh = new Set<(payload: never) => void>();
      listeners.set(event, fresh);
      source.addEventListener(event, (e) => {
        const payload = JSON.parse((e as MessageEvent<string>).data) as never;
        for (const l of fresh) l(payload);
      });
      set = fresh;
    }
    set.add(listener as (payload: never) => void);
    return () => set.delete(listener as (payload: never) => void);
  };
  return { ...api, on };
}

export const api: HostApi = window.claimwork ?? httpApi();

/** Reads a File (picker or drop) as base64 without blocking on huge strings. */
export async function fileToBase64(file: Blob): Promise<string> {
  const buffer = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < buffer.length; i += chunk) binary += String.fromCharCode(...buffer.subarray(i, i + chunk));
  return btoa(binary);
}

/** Browser host: the address that downloads a briefing exported in this session; null in Electron (the file is already where the analyst chose). */
export function exportDownloadUrl(downloadId: string): string | null {
  if (window.claimwork) return null;
  return `/api/download?id=${encodeURIComponent(downloadId)}`;
}

/**
 * Preload: exposes exactly one named function per contract entry on window.claimwork, plus a
 * typed event subscription. The renderer never sees ipcRenderer itself.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { ClaimworkApi, EventName, HostEvents } from '../../shared/ipc-contract';
import { CALL_NAME_LIST, EVENT_NAME_LIST } from '../../shared/ipc-calls';

const api = Object.fromEntries(CALL_NAME_LIST.map((name) => [name, (request: unknown) => ipcRenderer.invoke(`claimwork:${name}`, request)])) as ClaimworkApi;
const EVENTS: readonly EventName[] = EVENT_NAME_LIST;

contextBridge.exposeInMainWorld('claimwork', {
  ...api,
  on<E extends EventName>(event: E, listener: (payload: HostEvents[E]) => void): () => void {
    if (!EVENTS.includes(event)) throw new Error(`Unknown event ${String(event)}`);
    const channel = `claimwork:event:${event}`;
    const wrapped = (_e: unknown, payload: HostEvents[E]) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => ipcRenderer.removeListener(channel, wrapped);
  },
});

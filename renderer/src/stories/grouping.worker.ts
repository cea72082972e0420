/**
 * The grouping worker: groups stories (and the Briefing's network) off the window's main thread,
 * with the same shared/ code the window would run. One request at a time, answered in order; the
 * window decides which answers are still wanted (grouping-protocol.ts).
 */
import { answer, buffersOf, type GroupingRequest } from './grouping-protocol';

self.onmessage = (event: MessageEvent<GroupingRequest>) => {
  const reply = answer(event.data);
  self.postMessage(reply, { transfer: reply.ok ? buffersOf(reply.parts) : [] });
};

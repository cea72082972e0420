/**
 * The grouping worker: groups stories (and the Briefing's network) off the window's main thread,
 * with the same shared/ code the window would run. One request at a time, answered in order; the
 * window decides which answers are still wanted (grouping-protocol.ts).
 */
import { answer, type GroupingRequest } from './grouping-protocol';

self.onmessage = (event: MessageEvent<GroupingRequest>) => {
  self.postMessage(answer(event.data));
};

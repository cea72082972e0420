/**
 * User Timing marks around the interactions the benchmark (tests/bench/renderer.ts) times: from the
 * input event to the first frame painted after the UI reacted. Cheap enough to stay in the build:
 * one mark per input and one measure per painted interaction, nothing else is recorded.
 */

/** Names of the measures; the bench reads them with performance.getEntriesByName. */
export type InteractionName = 'cw:article-open' | 'cw:annotation-open' | 'cw:table-open' | 'cw:table-sort' | 'cw:table-filter' | 'cw:table-search' | 'cw:briefing-type';

// The latest unfinished start per interaction (ms), with what it is about (an article id) when that matters.
const pending = new Map<InteractionName, { start: number; subject: string | null }>();

/**
 * Marks the start of `name`. `startTime` is the triggering event's timeStamp (ms on the
 * performance.now() clock), so the input delay counts too; `subject` ties the start to one target,
 * e.g. the article clicked, so an unrelated later render cannot end it. A newer start replaces an
 * older unfinished one.
 */
export function beginInteraction(name: InteractionName, startTime?: number, subject: string | null = null): void {
  const start = startTime ?? performance.now();
  pending.set(name, { start, subject });
  performance.mark(`${name}:start`, { startTime: start });
}

/**
 * Ends `name` once the frame after the current render has been painted, as the measure `name` (ms).
 * Call it where the UI has applied the interaction (a commit effect). No-op when `name` was not
 * started or was started for another subject.
 */
export function endInteractionAfterPaint(name: InteractionName, subject: string | null = null): void {
  const started = pending.get(name);
  if (!started || started.subject !== subject) return;
  pending.delete(name);
  // The rAF callback runs just before the next frame is painted; a message posted from it is
  // delivered right after that paint.
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      performance.measure(name, { start: started.start, end: performance.now() });
    };
    channel.port2.postMessage(null);
  });
}

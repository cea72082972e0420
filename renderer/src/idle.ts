/**
 * Runs `run` once the browser is idle (requestIdleCallback runs between frames, so the work never
 * delays a paint or an input; WebViews without it get a 0 ms timer). `timeoutMs`, when given, runs
 * it anyway after that long, for work that must finish even on a page that is never idle.
 * Returns a cancel function.
 */
export function whenIdle(run: () => void, timeoutMs?: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => run(), timeoutMs === undefined ? undefined : { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 0);
  return () => clearTimeout(id);
}

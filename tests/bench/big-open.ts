/**
 * Child process of `npm run bench`: a Workspace (the back end as the hosts run it) opens a big case
 * file while a timer probe and perf_hooks' event-loop delay histogram watch the event loop. Prints
 * the open's time, the longest block of the event loop (the longest gap between 5 ms timer ticks,
 * and the histogram's maximum), and the process's peak resident memory. A separate process, so
 * the bench's own garbage does not count.
 * Usage: node --import tsx tests/bench/big-open.ts CASE_FILE DATA_DIR
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Workspace } from '../../electron/services/workspace';

async function main(): Promise<void> {
  const [caseFile, dataDir] = process.argv.slice(2);
  if (!caseFile || !dataDir) throw new Error('usage: big-open.ts CASE_FILE DATA_DIR');
  const ws = await Workspace.start(dataDir);
  const rssBeforeMb = process.memoryUsage().rss / 1024 / 1024;
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  let last = performance.now();
  let longestGap = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
  }, 5);
  histogram.enable();
  const t0 = performance.now();
  const view = await ws.openCase(caseFile);
  const openMs = performance.now() - t0;
  histogram.disable();
  clearInterval(probe);
  longestGap = Math.max(longestGap, performance.now() - last);
  process.stdout.write(
    `${JSON.stringify({
      openMs,
      longestGapMs: longestGap,
      delayMaxMs: histogram.max / 1e6,
      peakMb: process.resourceUsage().maxRSS / 1024,
      rssBeforeMb,
      articles: view.data.articles.length,
      annotations: view.data.annotations.length,
    })}\n`,
  );
  await ws.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});

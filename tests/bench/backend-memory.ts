/**
 * Child process of `npm run bench`: the back end as the app runs it — a Workspace that opens the big
 * case file (validation, migration, re-anchoring every annotation) and builds the view the window
 * gets — then prints its peak resident memory. A separate process, so the benchmark's own garbage
 * (the generated case, earlier timing rounds) does not count.
 * Usage: node --import tsx tests/bench/backend-memory.ts CASE_FILE DATA_DIR
 */
import { Workspace } from '../../electron/services/workspace';

async function main(): Promise<void> {
  const [caseFile, dataDir] = process.argv.slice(2);
  if (!caseFile || !dataDir) throw new Error('usage: backend-memory.ts CASE_FILE DATA_DIR');
  const ws = await Workspace.start(dataDir);
  const view = await ws.openCase(caseFile);
  // process.resourceUsage().maxRSS is in kilobytes.
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ peakMb, rssMb: process.memoryUsage().rss / 1024 / 1024, articles: view.data.articles.length, annotations: view.data.annotations.length })}\n`);
  await ws.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});

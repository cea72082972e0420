/**
 * The open row of `npm run bench` on its own (`npx tsx tests/bench/run.ts --only open`): the built UI in
 * Chromium through the browser host opens the renderer's 1,000-article case with *Open case…* several
 * times (a small case between, so each open really switches) and times, in the page, from the Open
 * click to the frame painted with the new case's article list, and to the frame painted with its
 * claims counted (the annotations delivered). The host's CPU time over each open (user + system, read
 * from /proc) is printed beside it: on a loaded machine wall clock varies with the neighbours, CPU
 * time much less. Prints the load average before and after.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { launchOptions, resolveBrowser } from '../../electron/services/export/browser';
import { signInContext, startHost, stopHost } from '../e2e/host';
import { buildRenderer } from './build-renderer';
import { waitForQuiet, type BenchRow } from './renderer';

export interface CaseOpenInput {
  caseFile: string;
  articleCount: number;
  claimCount: number;
  /** A small case opened before each timed open. */
  otherCaseFile: string;
  otherArticleCount: number;
  rounds: number;
}

/** From the Open click to the article list on screen (the issue's target). */
const LIST_TARGET_MS = 1000;

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** CPU time (user + system, ms) the process `pid` has used so far; NaN where /proc is missing. */
async function cpuMs(pid: number): Promise<number> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces, so split after its closing parenthesis).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / 100;
  } catch {
    return NaN;
  }
}

/** Opens `file` with the Open case dialog; resolves once its article list heading shows `articleCount`. */
async function openWithDialog(page: Page, file: string): Promise<void> {
  await page.getByRole('button', { name: 'Open case…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open case' });
  await dialog.getByLabel('Case file path').fill(file);
}

/**
 * Clicks Open in the dialog and times, in the page, from the click's timestamp to the frame painted
 * once the article list shows `articleCount` articles (list), and once the Claims tab counts
 * `claimCount` claims (claims). No named functions inside: tsx would wrap them in a helper the page lacks.
 */
async function timeOpen(page: Page, articleCount: number, claimCount: number): Promise<{ listMs: number; claimsMs: number; answerMs: number }> {
  // Page code as text: tsx would wrap named functions in a helper the page does not have.
  const painted = page.evaluate(`new Promise((resolve, reject) => {
    const heading = ${JSON.stringify(`Articles (${articleCount})`)};
    const claimsCount = ${JSON.stringify(`(${claimCount})`)};
    let start = performance.now();
    let listMs = -1;
    performance.clearResourceTimings();
    document.addEventListener('click', (e) => void (start = e.timeStamp), { capture: true, once: true });
    const afterPaint = (then) => requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => then(performance.now() - start);
      channel.port2.postMessage(null);
    });
    const observer = new MutationObserver(() => {
      const h = document.querySelector('.sidebar h2');
      if (listMs < 0 && h && h.textContent.includes(heading) && document.querySelector('.article-list > li')) {
        listMs = 0;
        afterPaint((ms) => void (listMs = ms));
      }
      const tab = [...document.querySelectorAll('.view-tabs [role=tab]')].find((t) => t.textContent.startsWith('Claims'));
      if (listMs !== -1 && tab && tab.textContent.endsWith(claimsCount)) {
        observer.disconnect();
        afterPaint((ms) => {
          // The list's frame came first (or was the same one).
          // When the first answer (openCase) had arrived, from the browser's resource timing.
          const answers = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/api/openCase'));
          const answerMs = answers.length ? answers[answers.length - 1].responseEnd - start : NaN;
          const wait = () => (listMs > 0 ? resolve({ listMs, claimsMs: ms, answerMs }) : setTimeout(wait, 5));
          wait();
        });
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    setTimeout(() => {
      const h = document.querySelector('.sidebar h2');
      const tab = [...document.querySelectorAll('.view-tabs [role=tab]')].find((t) => t.textContent.startsWith('Claims'));
      reject(new Error('no open after 120 s: list ' + listMs + ', heading ' + (h && h.textContent) + ', tab ' + (tab && tab.textContent)));
    }, 120000);
  })`) as Promise<{ listMs: number; claimsMs: number; answerMs: number }>;
  await page.getByRole('dialog', { name: 'Open case' }).getByRole('button', { name: 'Open', exact: true }).click();
  return painted;
}

/** Builds the renderer, starts the browser host, and times `input.rounds` opens of the big case. */
export async function measureCaseOpen(input: CaseOpenInput): Promise<{ rows: BenchRow[]; summary: string }> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'claimwork-bench-open-'));
  const staticDir = path.join(work, 'renderer');
  await buildRenderer(staticDir);
  const host = await startHost(path.join(work, 'data'), ['--static', staticDir]);
  const browser = await chromium.launch(launchOptions(await resolveBrowser(), false));
  const errors: string[] = [];
  const lists: number[] = [];
  const claims: number[] = [];
  const answers: number[] = [];
  const cpu: number[] = [];
  const loadBefore = os.loadavg()[0]!;
  try {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await signInContext(page.context(), host);
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(host.url);
    for (let round = 0; round < input.rounds; round++) {
      await openWithDialog(page, input.otherCaseFile);
      await page.getByRole('dialog', { name: 'Open case' }).getByRole('button', { name: 'Open', exact: true }).click();
      await page.locator('.sidebar h2', { hasText: `Articles (${input.otherArticleCount})` }).waitFor({ timeout: 120_000 });
      await waitForQuiet(page, 500);
      await openWithDialog(page, input.caseFile);
      const cpu0 = await cpuMs(host.process.pid!);
      const t = await timeOpen(page, input.articleCount, input.claimCount);
      cpu.push((await cpuMs(host.process.pid!)) - cpu0);
      lists.push(t.listMs);
      claims.push(t.claimsMs);
      answers.push(t.answerMs);
      await waitForQuiet(page, 500);
    }
    if (errors.length) throw new Error(`the page failed: ${errors.join('; ')}`);
  } finally {
    await browser.close();
    await stopHost(host, true);
    await rm(work, { recursive: true, force: true });
  }
  const loadAfter = os.loadavg()[0]!;
  const n = `n=${input.rounds}`;
  const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  const rows: BenchRow[] = [
    [
      `Open case…: article list painted (${input.articleCount.toLocaleString('en')} articles)`,
      `median ${median(lists).toFixed(0)} ms (${list(lists)})`,
      n,
      `< ${LIST_TARGET_MS} ms: ${median(lists) < LIST_TARGET_MS ? 'yes' : 'NO'}`,
    ],
    ['  first answer (openCase) received', `median ${median(answers).toFixed(0)} ms (${list(answers)})`, n, 'info'],
    [`  ${input.claimCount.toLocaleString('en')} claims counted (annotations delivered)`, `median ${median(claims).toFixed(0)} ms (${list(claims)})`, n, 'info'],
    ['  browser host CPU (user + system) over the open', `median ${median(cpu).toFixed(0)} ms (${list(cpu)})`, n, 'info'],
  ];
  return { rows, summary: `open: load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after (${os.cpus().length} cores)` };
}

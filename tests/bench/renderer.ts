/**
 * Renderer half of `npm run bench`: the built UI in Chromium, driven by Playwright through the
 * browser host, on a large case written to disk. Times come from User Timing measures taken in the
 * page (renderer/src/perf.ts: from the input event's timestamp to the frame painted after the UI
 * reacted), read back with getEntriesByName; the browser's own Event Timing is kept as a cross-check.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { launchOptions, resolveBrowser } from '../../electron/services/export/browser';
import { signInContext, startHost, stopHost } from '../e2e/host';
import { buildRenderer } from './build-renderer';

/** What the page is asked to do, and where the case is. */
export interface RendererBenchInput {
  caseFile: string;
  articleCount: number;
  /** Title of the 300-paragraph article with 2,000 highlights (as shown in the article list), its paragraph count and its place in the list. */
  bigTitle: string;
  bigParagraphs: number;
  bigIndex: number;
  /** Title of a small article next to the big one (the case opens on the first), opened between two openings of the big one. */
  smallTitle: string;
  smallIndex: number;
  claimCount: number;
  /** Only the claims table (open, sort, filter, search): the 100,000-claim pass. */
  tableOnly?: boolean;
  /** Only typing in the Briefing view's draft (`npm run bench -- --only briefing`). */
  briefingOnly?: boolean;
  /** A case whose second article is one paragraph of several megabytes (tests/support/long-paragraph.ts), its title, length and piece count. */
  paragraphCaseFile: string;
  paragraphTitle: string;
  paragraphChars: number;
  paragraphPieces: number;
}

/** One table row: measure, value, sample count, target and whether it was met. */
export type BenchRow = [string, string, string, string];

const TARGET_MS = 100;
/** From *Open case…*'s Open click to the article list of a 1,000-article case on screen. */
const CASE_OPEN_TARGET_MS = 1000;
const ARTICLE_OPENS = 5;
const ANNOTATION_OPENS = 6;
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};

/** A row with median and max of `samples` (ms) against the 100 ms target; every sample must meet it. */
function interactionRow(label: string, samples: number[]): BenchRow {
  // No sample is a broken measurement, never a met target.
  if (samples.length === 0) return [label, 'no samples', 'n=0', `< ${TARGET_MS} ms: NOT MEASURED`];
  const max = Math.max(...samples);
  const over = samples.filter((s) => s >= TARGET_MS).length;
  return [
    label,
    `median ${quantile(samples, 0.5).toFixed(0)} ms, max ${max.toFixed(0)} ms`,
    `n=${samples.length}`,
    over === 0 ? `< ${TARGET_MS} ms: yes` : `< ${TARGET_MS} ms: NO (${over} of ${samples.length})`,
  ];
}

/** Durations (ms) of the page's measures named `name`, in order. */
function measures(page: Page, name: string): Promise<number[]> {
  return page.evaluate((n) => performance.getEntriesByName(n, 'measure').map((e) => e.duration), name);
}

/** Runs `act` and waits for one more `name` measure; returns its duration (ms). */
async function timed(page: Page, name: string, act: () => Promise<void>): Promise<number> {
  const before = (await measures(page, name)).length;
  await act();
  await page.waitForFunction(([n, k]) => performance.getEntriesByName(n as string, 'measure').length > (k as number), [name, before] as const, { timeout: 60_000 });
  const all = await measures(page, name);
  return all[before]!;
}

/**
 * Waits until the page's main thread has had no long task (≥ 50 ms) for `quietMs`: after a case
 * opens, the claims table is built ahead in idle time, and a reader clicks after that, so the
 * timings should too. (The claims table's background key
 * warm-up runs in short chunks, so it may still be going: a quick first sort meets it too.)
 */
export async function waitForQuiet(page: Page, quietMs = 1000): Promise<void> {
  await page.evaluate(
    (quiet) =>
      new Promise<void>((resolve) => {
        let last = performance.now();
        const observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) last = Math.max(last, e.startTime + e.duration);
        });
        observer.observe({ type: 'longtask' });
        const timer = setInterval(() => {
          if (performance.now() - last >= quiet) {
            clearInterval(timer);
            observer.disconnect();
            resolve();
          }
        }, 100);
      }),
    quietMs,
  );
}

/** Types `text` one key at a time into `selector`, timing each keystroke as `name`. */
async function typeTimed(page: Page, selector: string, name: string, text: string): Promise<number[]> {
  const out: number[] = [];
  await page.locator(selector).click();
  for (const ch of text) out.push(await timed(page, name, () => page.keyboard.press(ch === ' ' ? 'Space' : ch)));
  // Clearing the field is an interaction too.
  out.push(await timed(page, name, () => page.locator(selector).fill('')));
  return out;
}

/**
 * Opens the case of one paragraph of several megabytes (issue 14, item 6) in `page` and times
 * opening the paragraph after the short article: from the click to the painted first screen
 * (`cw:article-open`), and the longest main-thread stall (a long task) from the click until every
 * piece is mounted. Targets: first screen within 1 s, no stall of 200 ms or more.
 */
async function longParagraphRows(page: Page, input: RendererBenchInput): Promise<BenchRow[]> {
  await page.getByRole('button', { name: 'Open case…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open case' });
  await dialog.getByLabel('Case file path').fill(input.paragraphCaseFile);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await page.locator('.sidebar h2', { hasText: 'Articles (2)' }).waitFor({ timeout: 120_000 });
  // The rows before leave the claims table on screen.
  await page.locator('.view-tabs [role=tab]', { hasText: 'Reading' }).click();
  await page.locator('.reading-header h1').waitFor();
  await waitForQuiet(page);
  await page.evaluate(() => {
    const w = window as unknown as { __cwLongest: number };
    w.__cwLongest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__cwLongest = Math.max(w.__cwLongest, e.duration);
    }).observe({ type: 'longtask' });
  });
  const firstScreen = await timed(page, 'cw:article-open', () => page.locator('.article-list button.article-title', { hasText: input.paragraphTitle }).click());
  const t0 = performance.now();
  await page.waitForFunction((n) => document.querySelectorAll('.reading-body .piece').length === n, input.paragraphPieces, { timeout: 120_000 });
  const allMs = performance.now() - t0 + firstScreen;
  const longest = await page.evaluate(() => (window as unknown as { __cwLongest: number }).__cwLongest);
  const label = `${(input.paragraphChars / 1e6).toFixed(1)} M characters in one paragraph`;
  return [
    [`open ${label}: first screen`, `${firstScreen.toFixed(0)} ms`, `all ${input.paragraphPieces} pieces in ${(allMs / 1000).toFixed(1)} s`, `< 1000 ms: ${firstScreen < 1000 ? 'yes' : 'NO'}`],
    [`  longest main-thread stall while it mounts`, `${longest.toFixed(0)} ms`, 'long tasks', `< 200 ms: ${longest < 200 ? 'yes' : 'NO'}`],
  ];
}

/**
 * Opens the Briefing view (every accepted claim of the case in the briefing, its stories and its
 * network picture): from the tab click's timestamp to the frame painted with the first claim card,
 * then to the stories shown (grouped after the claims), with the page's own measures of building
 * the body and grouping the stories (`cw:briefing-body`, `cw:briefing-grouping`). Then times
 * keystrokes in the draft's title and bottom line, each from the key event to the frame painted
 * with the preview showing the new text (`cw:briefing-type`), and credibility edits of a claim
 * opened from the preview, made with the Briefing view on screen.
 */
async function briefingRows(page: Page, claimCount: number, tableReference: boolean): Promise<BenchRow[]> {
  const claims = claimCount.toLocaleString('en');
  const opened = performance.now();
  // (No named functions inside: tsx would wrap them in a helper the page does not have.)
  const painted = page.evaluate(
    () =>
      new Promise<{ claims: number; stories: number; longest: number }>((resolve) => {
        let start = performance.now();
        let claimsAt = -1;
        // The longest main-thread task from the click until the stories show (Chromium's long tasks).
        let longest = 0;
        const tasks = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (e.startTime + e.duration >= start) longest = Math.max(longest, e.duration);
        });
        tasks.observe({ type: 'longtask' });
        document.addEventListener('click', (e) => void (start = e.timeStamp), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (claimsAt < 0 && document.querySelector('[data-testid=briefing-claim]')) {
            claimsAt = 0;
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => void (claimsAt = performance.now() - start);
              channel.port2.postMessage(null);
            });
          }
          if (claimsAt !== -1 && document.querySelector('[data-testid=briefing-preview][aria-busy=false]')) {
            observer.disconnect();
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => {
                for (const e of tasks.takeRecords()) if (e.startTime + e.duration >= start) longest = Math.max(longest, e.duration);
                tasks.disconnect();
                resolve({ claims: claimsAt, stories: performance.now() - start, longest });
              };
              channel.port2.postMessage(null);
            });
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
      }),
  );
  await page.locator('.view-tabs [role=tab]', { hasText: 'Briefing' }).click({ timeout: 300_000 });
  const open = await painted;
  const openMs = performance.now() - opened;
  const inPage = await page.evaluate(() => ({
    body: performance.getEntriesByName('cw:briefing-body', 'measure').map((e) => e.duration),
    grouping: performance.getEntriesByName('cw:briefing-grouping', 'measure').map((e) => e.duration),
    post: performance.getEntriesByName('cw:grouping-post', 'measure').map((e) => e.duration),
  }));
  await waitForQuiet(page);
  const keys = [...(await typeTimed(page, '#briefing-title', 'cw:briefing-type', 'Truce')), ...(await typeTimed(page, '#briefing-bluf', 'cw:briefing-type', 'Talks'))];
  // A claim of the preview opened in Reading (its details in the side panel), then back to the briefing.
  await page.locator('[data-testid=briefing-claim] .open-highlight').first().click();
  await page.locator('.annotation-panel blockquote').waitFor();
  await page.locator('.view-tabs [role=tab]', { hasText: 'Briefing' }).click();
  await page.locator('[data-testid=briefing-claim]').first().waitFor();
  await waitForQuiet(page);
  const edits = await credibilityEdits(page);
  // The same edits with the claims table on screen, in the same run: the reference they compare to
  // (the full renderer pass times them after its table rows).
  if (!tableReference) return [...openRows(claims, open, openMs, inPage), ...typingAndEdits(claims, keys, edits)];
  await page.locator('.view-tabs [role=tab]', { hasText: 'Claims table' }).click();
  await page.locator('input[aria-label="Search claims"]').waitFor({ timeout: 120_000 });
  await waitForQuiet(page);
  const tableEdits = await credibilityEdits(page);
  return [...openRows(claims, open, openMs, inPage), ...typingAndEdits(claims, keys, edits), interactionRow(`  the same edits, claims table on screen (reference)`, tableEdits)];
}

function openRows(claims: string, open: { claims: number; stories: number; longest: number }, openMs: number, inPage: { body: number[]; grouping: number[]; post: number[] }): BenchRow[] {
  const target = open.claims < CASE_OPEN_TARGET_MS ? `< ${CASE_OPEN_TARGET_MS} ms: yes` : `< ${CASE_OPEN_TARGET_MS} ms: NO`;
  return [
    [`briefing (${claims} claims): open the view, first claims painted`, `${open.claims.toFixed(0)} ms`, 'n=1', target],
    [`  stories and network shown (grouped after the claims)`, `${open.stories.toFixed(0)} ms`, 'n=1', 'info'],
    [`  longest main-thread task until the stories show`, `${open.longest.toFixed(0)} ms`, 'long tasks', `< ${TARGET_MS} ms: ${open.longest < TARGET_MS ? 'yes' : 'NO'}`],
    [`  in the page: body built / stories grouped`, `${(inPage.body[0] ?? NaN).toFixed(0)} ms / ${(inPage.grouping[0] ?? NaN).toFixed(0)} ms`, 'first of each', 'info'],
    // The window's share of grouping in the worker: packing the case and posting it (none before the worker).
    [`  in the page: grouping request packed and posted, longest step`, inPage.post.length ? `${Math.max(...inPage.post).toFixed(0)} ms` : 'none', `${inPage.post.length} steps`, 'info'],
    [`  briefing view opened to its stories, seen from Playwright (info)`, `${openMs.toFixed(0)} ms`, 'n=1', ''],
  ];
}

function typingAndEdits(claims: string, keys: number[], edits: number[]): BenchRow[] {
  return [
    interactionRow(`briefing (${claims} claims): type in the draft (per keystroke)`, keys),
    interactionRow(`briefing (${claims} claims) on screen: edit a claim (credibility) to its new grade`, edits),
  ];
}

/**
 * Edits the credibility of the claim open in the side panel six times, each from the change event
 * to the frame painted after the new grade shows. A round trip through the back end (apply, save
 * scheduled, reply) and a re-render of the case; target 100 ms in every sample (issue 17).
 */
async function credibilityEdits(page: Page): Promise<number[]> {
  const edits: number[] = [];
  // As after every edit below and before the other rows: the search just cleared set the
  // table's idle work going, and the first edit should not be timed against it alone.
  await waitForQuiet(page, 500);
  // Credibility, the claim form's second select. A plain CSS locator: resolving getByLabel walks
  // every label in the page (~280 ms of the page's main thread with the big table built).
  const select = page.locator('.form-grid select').nth(1);
  // Six grades, each other than the one before (the same grade again would change nothing).
  const current = Number(await select.inputValue());
  for (const value of [1, 2, 3, 4, 5, 6].map((k) => String(((current + k - 1) % 6) + 1))) {
    // (No named functions inside, as above.)
    const shown = page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let start = performance.now();
          document.addEventListener('change', (e) => void (start = e.timeStamp), { capture: true, once: true });
          const grade = document.querySelector('[aria-label="Admiralty grade"] strong');
          if (!grade) throw new Error('no grade shown');
          const observer = new MutationObserver(() => {
            observer.disconnect();
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve(performance.now() - start);
              channel.port2.postMessage(null);
            });
          });
          observer.observe(grade, { characterData: true, childList: true, subtree: true });
        }),
    );
    await select.selectOption(value);
    edits.push(await shown);
    await waitForQuiet(page, 500);
  }
  return edits;
}

/**
 * Builds the renderer, starts the browser host on a temporary data folder, opens `input.caseFile`
 * through the Open case dialog, then times: opening the big article, scrolling it top to bottom one
 * viewport at a time, clicking highlights (each opens its annotation in the side panel), opening
 * the claims table, sorting it and typing into a column filter and the search. Returns table rows;
 * rejects when the page fails (an error in the page fails the run).
 */
export async function measureRenderer(input: RendererBenchInput): Promise<BenchRow[]> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'claimwork-bench-ui-'));
  const staticDir = path.join(work, 'renderer');
  const rows: BenchRow[] = [];
  const tablePrefix = input.tableOnly ? `${input.claimCount.toLocaleString('en')} claims: ` : '';
  const t0 = performance.now();
  await buildRenderer(staticDir);
  const buildMs = performance.now() - t0;
  const host = await startHost(path.join(work, 'data'), ['--static', staticDir]);
  const browser = await chromium.launch(launchOptions(await resolveBrowser(), false));
  const errors: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await signInContext(page.context(), host);
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      // The browser's own input-to-paint latency per interaction (Event Timing), as a cross-check.
      const events: { id: number; duration: number; name: string }[] = [];
      (window as unknown as { __cwEvents: typeof events }).__cwEvents = events;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEventTiming & { interactionId?: number })[]) if (e.interactionId) events.push({ id: e.interactionId, duration: e.duration, name: e.name });
      }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
    });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Open case…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open case' });
    await dialog.getByLabel('Case file path').fill(input.caseFile);
    const openStart = performance.now();
    // In the page: from the Open click's timestamp to the frame painted once the article list of
    // the new case shows. (No named functions inside, as below.)
    const listPainted = page.evaluate(
      (heading) =>
        new Promise<number>((resolve) => {
          let start = performance.now();
          document.addEventListener('click', (e) => void (start = e.timeStamp), { capture: true, once: true });
          const observer = new MutationObserver(() => {
            const h = document.querySelector('.sidebar h2');
            if (!h?.textContent?.includes(heading) || !document.querySelector('.article-list > li')) return;
            observer.disconnect();
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve(performance.now() - start);
              channel.port2.postMessage(null);
            });
          });
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        }),
      `Articles (${input.articleCount})`,
    );
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    const listMs = await listPainted;
    await page.locator('.sidebar h2', { hasText: `Articles (${input.articleCount})` }).waitFor({ timeout: 120_000 });
    const caseOpenMs = performance.now() - openStart;
    const openTarget = input.tableOnly ? 'info' : listMs < CASE_OPEN_TARGET_MS ? `< ${CASE_OPEN_TARGET_MS} ms: yes` : `< ${CASE_OPEN_TARGET_MS} ms: NO`;
    rows.push([`Open case…: article list painted (${input.articleCount.toLocaleString('en')} articles)`, `${listMs.toFixed(0)} ms`, 'n=1', openTarget]);
    // The list comes before the annotations and the other texts (a big case opens in parts): the
    // interactions below are timed on the whole case, once the page no longer says it is reading it.
    await page.locator('.case-reading').waitFor({ state: 'detached', timeout: 300_000 });
    await waitForQuiet(page);
    // Only the interactions below count in the Event Timing cross-check, not the dialog before.
    await page.evaluate(() => void ((window as unknown as { __cwEvents: unknown[] }).__cwEvents.length = 0));
    if (input.briefingOnly) {
      rows.push(...(await briefingRows(page, input.claimCount, true)));
      if (errors.length) throw new Error(`errors in the page: ${errors.join('; ')}`);
      return rows;
    }

    if (!input.tableOnly) {
      // Open the big article (after its neighbour each time, so each click really switches), scrolled
      // into view in the article list first as a reader would (the list renders the items in view).
      await page.locator('.article-scroller').evaluate((el, [index, count]) => void (el.scrollTop = (index * el.scrollHeight) / count - 100), [input.bigIndex, input.articleCount] as const);
      const small = page.locator(`.article-list > li[aria-posinset="${input.smallIndex + 1}"] button.article-title`);
      const big = page.locator(`.article-list > li[aria-posinset="${input.bigIndex + 1}"] button.article-title`);
      await big.waitFor();
      await waitForQuiet(page, 300);
      if ((await small.textContent()) !== input.smallTitle || (await big.textContent()) !== input.bigTitle) throw new Error('article list is not in the expected order');
      const opens: number[] = [];
      for (let i = 0; i < ARTICLE_OPENS; i++) {
        await timed(page, 'cw:article-open', () => small.click());
        await waitForQuiet(page, 300);
        opens.push(await timed(page, 'cw:article-open', () => big.click()));
        await waitForQuiet(page, 300);
      }
      // The first screens paint first and the rest mounts in idle time: all of it before scrolling.
      await page.waitForFunction((n) => document.querySelectorAll('.reading-body .para').length === n, input.bigParagraphs, { timeout: 10_000 });
      rows.push(interactionRow(`open article (${input.bigParagraphs} ¶, 2,000 hl) to paint`, opens));

      // Scroll it top to bottom, one viewport per step, timing each step to the next painted frame.
      // (No named functions inside: tsx would wrap them in a helper the page does not have.)
      const steps = await page.evaluate(async () => {
        // The reading view's scroller (the claims table's and the briefing's containers are .fill).
        const scroller = document.querySelector<HTMLElement>('.center > .view-body:not(.fill)');
        if (!scroller) throw new Error('no reading view scroller');
        scroller.scrollTop = 0;
        const out: number[] = [];
        let start = -1;
        for (;;) {
          // Resolves right after the next frame is painted (rAF runs before it, the message after).
          await new Promise<void>((resolve) =>
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.addEventListener('message', () => resolve());
              channel.port1.start();
              channel.port2.postMessage(null);
            }),
          );
          if (start >= 0) out.push(performance.measure('cw:scroll-step', { start, end: performance.now() }).duration);
          if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) return out;
          start = performance.now();
          scroller.scrollTop += scroller.clientHeight;
        }
      });
      rows.push(interactionRow('scroll it, one viewport a step', steps));

      // Click highlights at the top of the article, each opening its annotation in the side panel. Each
      // point is on a claim and outside the annotation selected before, so every click selects another.
      await page.locator('.center > .view-body:not(.fill)').evaluate((el) => void (el.scrollTop = 0));
      await waitForQuiet(page, 300);
      const annotationOpens: number[] = [];
      for (let k = 0; k < ANNOTATION_OPENS; k++) {
        // (No named functions inside, as above.)
        const point = await page.evaluate(() => {
          const selected = [...(CSS.highlights.get('cw-selected') ?? [])];
          for (const r of CSS.highlights.get('cw-claim') ?? []) {
            const range = new Range();
            range.setStart(r.startContainer, r.startOffset);
            range.setEnd(r.endContainer, r.endOffset);
            const box = range.getClientRects()[0];
            if (!box || box.top < 80 || box.bottom > window.innerHeight - 20) continue;
            const x = box.left + box.width / 2;
            const y = box.top + box.height / 2;
            const at = document.caretPositionFromPoint(x, y);
            const inSelected = at && selected.some((s) => {
              const sr = new Range();
              sr.setStart(s.startContainer, s.startOffset);
              sr.setEnd(s.endContainer, s.endOffset);
              return sr.isPointInRange(at.offsetNode, at.offset);
            });
            if (inSelected) continue;
            return { x, y };
          }
          return null;
        });
        if (!point) throw new Error('no claim in view to click');
        annotationOpens.push(await timed(page, 'cw:annotation-open', () => page.mouse.click(point.x, point.y)));
        await waitForQuiet(page, 300);
      }
      rows.push(interactionRow('click a highlight: its details open', annotationOpens));
    }


    // Claims table: open the tab, wait for the main thread to settle, then sort, filter and search.
    const tableOpen = await timed(page, 'cw:table-open', () => page.locator('.view-tabs [role=tab]', { hasText: 'Claims table' }).click());
    const shownClaims = Number((await page.locator('.claims-count').textContent())?.match(/of (\d+)/)?.[1] ?? NaN);
    if (shownClaims !== input.claimCount) throw new Error(`claims table shows ${shownClaims} claims, expected ${input.claimCount}`);
    rows.push(interactionRow(`${tablePrefix}claims table: open (${input.claimCount.toLocaleString('en')} rows)`, [tableOpen]));
    await waitForQuiet(page);
    const head = page.locator('.claims-head');
    const sorts: number[] = [];
    for (const column of ['Claim', 'Speaker', 'Article', 'Grade']) {
      for (let k = 0; k < 2; k++) {
        sorts.push(await timed(page, 'cw:table-sort', () => head.getByRole('button', { name: column, exact: true }).click()));
        await waitForQuiet(page, 300);
      }
    }
    rows.push(interactionRow(`${tablePrefix}claims table: sort (header click)`, sorts));
    const filters = [
      ...(await typeTimed(page, 'input[aria-label="Filter Speaker"]', 'cw:table-filter', 'actor 12')),
      ...(await typeTimed(page, 'input[aria-label="Filter Claim"]', 'cw:table-filter', 'the')),
    ];
    rows.push(interactionRow(`${tablePrefix}claims table: filter (per keystroke)`, filters));
    const searches = await typeTimed(page, 'input[aria-label="Search claims"]', 'cw:table-search', 'actor 7');
    rows.push(interactionRow(`${tablePrefix}claims table: search (per keystroke)`, searches));

    if (!input.tableOnly) {
      rows.push(...(await briefingRows(page, input.claimCount, false)));
      // Back to the claims table: the edits below are timed with the table on screen, as issue 17
      // asks (the briefing's rows time them with the Briefing view on screen).
      await page.locator('.view-tabs [role=tab]', { hasText: 'Claims table' }).click();
      await page.locator('input[aria-label="Search claims"]').waitFor();
      await waitForQuiet(page);
    }

    if (!input.tableOnly) {
      // Last (it changes the case the rows above are measured on): edit the claim open in the side
      // panel, its credibility, with the claims table on screen (issue 17).
      const edits = await credibilityEdits(page);
      rows.push(interactionRow('edit a claim (credibility) to its new grade', edits));
    }

    if (!input.tableOnly) rows.push(...(await longParagraphRows(page, input)));

    const events = await page.evaluate(() => (window as unknown as { __cwEvents: { id: number; duration: number; name: string }[] }).__cwEvents);
    const worst = new Map<number, number>();
    for (const e of events) worst.set(e.id, Math.max(worst.get(e.id) ?? 0, e.duration));
    const slow = [...worst.values()].filter((d) => d >= TARGET_MS).length;
    rows.push([
      'browser Event Timing (cross-check)',
      `worst ${Math.max(0, ...worst.values()).toFixed(0)} ms`,
      `${worst.size} interactions ≥ 16 ms`,
      `${slow} ≥ ${TARGET_MS} ms`,
    ]);
    rows.push(['open the case in the page, seen from Playwright (info)', `${caseOpenMs.toFixed(0)} ms`, `renderer build ${(buildMs / 1000).toFixed(1)} s`, '']);
    if (errors.length) throw new Error(`errors in the page: ${errors.join('; ')}`);
    return rows;
  } finally {
    await browser.close();
    await stopHost(host, false);
    await rm(work, { recursive: true, force: true });
  }
}

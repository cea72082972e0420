import type { Locator, Page } from '@playwright/test';
import type { CaseData, Source } from '../../shared/domain';
import { expect, openCaseData, test, watchConsole } from './host';
import { seedCase } from './seed-case';

// The workbench at 1400 × 900, as an analyst's laptop shows it: the columns collapse and are
// remembered, the side panel's head stays put, the Sources tab and the claims table fit, notices
// cover nothing, and dates read in the browser's locale.

test.use({ viewport: { width: 1400, height: 900 } });

const MIXED = 'خدمة Kremlin Press الصحفية للرئاسة الروسية';

async function layoutCase(): Promise<CaseData> {
  const data = await seedCase();
  const sources: Source[] = [
    { id: 's1', name: MIXED, kind: 'official', reliability: 'F', aliases: [] },
    { id: 's2', name: 'Libya Observer and the Libyan Express news desk', kind: 'outlet', reliability: 'B', aliases: [] },
    { id: 's3', name: 'وكالة الأنباء الليبية الرسمية (وال)', kind: 'outlet', reliability: 'C', aliases: [] },
  ];
  const article = { ...data.articles[0]!, publisher: 'Libya Observer', publishedAt: '2025-03-04' };
  const annotations = data.annotations.map((a) => (a.id === 'own' && a.claim ? { ...a, claim: { ...a.claim, sourceId: 's1', speakerId: 'putin' } } : a));
  return { ...data, articles: [article], sources, annotations };
}

const box = async (l: Locator) => (await l.boundingBox())!;
const overlaps = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function shot(page: Page, name: string): Promise<void> {
  await page.mouse.move(700, 5);
  await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
}

test('the article list and the side panel collapse by button and keyboard, and the layout is remembered', async ({ page, host }) => {
  const problems = watchConsole(page);
  await openCaseData(page, host, 'layout.claimwork.json', await layoutCase());
  await expect(page.locator('.reading-body .para').first()).toBeVisible();
  const articles = page.locator('#article-panel');
  const side = page.locator('#side-panel');
  const centre = page.locator('.center');
  const narrow = (await box(centre)).width;

  const hide = page.getByRole('button', { name: 'Hide article list' });
  await expect(hide).toHaveAttribute('aria-expanded', 'true');
  await expect(hide).toHaveAttribute('aria-keyshortcuts', 'Alt+1');
  await hide.click();
  await expect(articles).toBeHidden();
  const show = page.getByRole('button', { name: 'Show article list (1)' });
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Alt+2');
  await expect(side).toBeHidden();
  await expect(page.getByRole('button', { name: 'Show side panel' })).toBeVisible();
  expect((await box(centre)).width).toBeGreaterThan(narrow + 500);
  await shot(page, 'collapsed');

  // Remembered: a reload keeps both collapsed.
  await page.reload();
  await expect(page.locator('.reading-body .para').first()).toBeVisible();
  await expect(articles).toBeHidden();
  await expect(side).toBeHidden();
  await page.keyboard.press('Alt+1');
  await expect(articles).toBeVisible();
  await page.getByRole('button', { name: 'Show side panel' }).click();
  await expect(side).toBeVisible();
  await page.reload();
  await expect(side).toBeVisible();
  await expect(articles).toBeVisible();
  expect(problems).toEqual([]);
});

test('at 1400 px: Sources fit, tabs stay in view on one line, Undo keeps its height, notices cover nothing, the table shows Article and Status', async ({ page, host }) => {
  const problems = watchConsole(page);
  await openCaseData(page, host, 'layout.claimwork.json', await layoutCase());
  await expect(page.locator('.reading-body .para').first()).toBeVisible();
  const side = page.locator('#side-panel');
  const sideBox = await box(side);

  // Dates in the browser's locale (en-US here), ISO underneath.
  const time = page.locator('.reading-header time');
  await expect(time).toHaveText('Mar 4, 2025');
  await expect(time).toHaveAttribute('datetime', '2025-03-04');

  // Sources: a name on one line, the reliability list whole, ✕ inside the panel.
  await page.getByRole('tab', { name: /^Sources/ }).click();
  const rows = page.locator('.source-row');
  await expect(rows).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    const row = rows.nth(i);
    const name = await box(row.locator('.entity-name'));
    expect(name.height).toBeLessThan(26);
    const reliability = row.locator('select').nth(1);
    const rel = await box(reliability);
    expect(rel.x + rel.width).toBeLessThanOrEqual(sideBox.x + sideBox.width);
    // The chosen grade's label is not cut: the list is at least as wide as its text needs.
    const fits = await reliability.evaluate((el: HTMLSelectElement) => {
      const probe = document.createElement('span');
      probe.style.cssText = `font: ${getComputedStyle(el).font}; position: absolute; white-space: nowrap;`;
      probe.textContent = el.selectedOptions[0]!.textContent;
      document.body.append(probe);
      const need = probe.getBoundingClientRect().width;
      probe.remove();
      return el.clientWidth - need;
    });
    expect(fits).toBeGreaterThan(16);
    await expect(row.getByRole('button', { name: /^Delete source/ })).toBeInViewport({ ratio: 1 });
  }
  await shot(page, 'sources');

  // The tabs: one line each, and still in view when the panel's body scrolls.
  await page.getByRole('tab', { name: 'Annotation' }).click();
  const tabs = page.getByRole('tablist', { name: 'Side panel' }).getByRole('tab');
  for (const t of await tabs.all()) expect((await box(t)).height).toBeLessThan(40);
  await page.getByRole('button', { name: 'Suggest' }).click();
  const notice = page.locator('.notice').first();
  await expect(notice).toBeVisible();
  const review = page.getByRole('region', { name: 'Review suggestions' });
  await expect(review).toBeVisible();
  await expect(page.getByRole('tab', { name: /^Review/ })).toHaveText(/^Review \(\d+\)$/);
  // Every tab's label whole (no ellipsis), "Review (128)" included.
  for (const t of await tabs.all()) expect(await t.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  expect((await box(page.getByRole('tab', { name: /^Review/ }))).height).toBeLessThan(40);
  // The notice covers neither the review list nor the article's text.
  const noticeBox = await box(notice);
  expect(overlaps(noticeBox, await box(review))).toBe(false);
  expect(overlaps(noticeBox, await box(page.locator('.center')))).toBe(false);
  await shot(page, 'review-notice');
  await side.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(page.getByRole('tablist', { name: 'Side panel' })).toBeInViewport({ ratio: 1 });

  // Undo and Redo keep their height under a long, mixed-direction last-action label.
  const undo = page.getByRole('button', { name: /Undo/ });
  const undoHeight = (await box(undo)).height;
  await review.getByRole('button', { name: 'Reject' }).first().click();
  await review.getByRole('button', { name: 'Accept' }).first().click();
  const label = page.locator('.undo-label');
  await expect(label).toContainText('Last:');
  await expect(label.locator('bdi')).toHaveAttribute('dir', 'auto');
  expect((await box(undo)).height).toBe(undoHeight);
  expect((await box(label)).height).toBeLessThan(22);
  await shot(page, 'undo-label');

  // The claims table: Article and Status in view, a cut mixed name keeps its direction.
  await page.getByRole('tab', { name: /Claims table/ }).click();
  const head = page.locator('.claims-head-row').first();
  await expect(head.getByText('Article', { exact: true })).toBeInViewport({ ratio: 1 });
  await expect(head.getByText('Status', { exact: true })).toBeInViewport({ ratio: 1 });
  const claimRow = page.locator('[data-claim-id="own"]');
  const source = claimRow.locator('.claims-name', { hasText: 'Kremlin' });
  await expect(source).toHaveAttribute('dir', 'auto');
  expect(await source.evaluate((el) => [getComputedStyle(el).direction, getComputedStyle(el).unicodeBidi])).toEqual(['rtl', 'isolate']);
  // Every cut name is cut at its logical end: the words in view are its first words, never a
  // Latin run's end after its start was cut away ("…ress خدمة" for "خدمة Kremlin Press").
  const cuts = await page.locator('.claims-row .claims-name').evaluateAll((els) =>
    els.map((el) => {
      const cell = el.getBoundingClientRect();
      const node = el.firstChild as Text | null;
      if (!node) return { text: '', seen: [] as boolean[] };
      const seen: boolean[] = [];
      for (const m of node.data.matchAll(/\S+/g)) {
        const r = new Range();
        r.setStart(node, m.index);
        r.setEnd(node, m.index + m[0].length);
        const b = r.getClientRects()[0];
        seen.push(Boolean(b && b.left >= cell.left - 0.5 && b.right <= cell.right + 0.5 && b.top >= cell.top - 0.5 && b.bottom <= cell.bottom + 0.5));
      }
      return { text: node.data, seen };
    }),
  );
  const mixed = cuts.filter((c) => c.text.includes('Kremlin'));
  expect(mixed.length).toBeGreaterThan(0);
  for (const c of cuts) expect(c.seen.slice(c.seen.indexOf(false) < 0 ? c.seen.length : c.seen.indexOf(false)), c.text).not.toContain(true);
  await shot(page, 'claims-table');
  expect(problems).toEqual([]);
});

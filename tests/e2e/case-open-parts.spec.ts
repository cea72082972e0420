import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { defaultClaim } from '../../shared/case-ops';
import { caseOfArticles } from '../support/case-of-articles';
import { expect, highlighted, openCaseData, test, watchConsole } from './host';

// Opening a big case (issue 19): its article list shows as soon as the back end has read and checked
// the articles, the highlights and claims once the annotations are; a case refused only when an
// annotation deep in the file is reached leaves the previous case open, as any refused case does.

const ARTICLES = 500;

/**
 * Records, in the page, the Claims table tab's label and the reading status at the moment the
 * article list of `articles` articles first shows (before the next paint).
 */
async function watchFirstList(page: Page, articles: number): Promise<void> {
  await page.evaluate(`(() => {
    const heading = 'Articles (${articles})';
    window.__firstList = null;
    const observer = new MutationObserver(() => {
      const h = document.querySelector('.sidebar h2');
      if (!h || !h.textContent.includes(heading) || !document.querySelector('.article-list > li')) return;
      observer.disconnect();
      const tab = [...document.querySelectorAll('.view-tabs [role=tab]')].find((t) => t.textContent.startsWith('Claims'));
      const status = document.querySelector('.case-reading');
      window.__firstList = { claimsTab: tab ? tab.textContent : null, reading: status ? status.textContent : null };
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  })()`);
}

async function openWithDialog(page: Page, file: string): Promise<void> {
  await page.getByRole('button', { name: 'Open case…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open case' });
  await dialog.getByLabel('Case file path').fill(file);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
}

test('a big case shows its article list before its annotations, and its highlights after', async ({ page, host }) => {
  const problems = watchConsole(page);
  await openCaseData(page, host, 'small.claimwork.json', caseOfArticles(2, 'Small case'));
  await expect(page.locator('.sidebar h2')).toHaveText(/Articles \(2\)/);
  const big = path.join(host.dataDir, 'big.claimwork.json');
  await writeFile(big, JSON.stringify(caseOfArticles(ARTICLES, 'Big case')));

  await watchFirstList(page, ARTICLES);
  await openWithDialog(page, big);
  await expect(page.locator('.sidebar h2')).toHaveText(new RegExp(`Articles \\(${ARTICLES}\\)`));
  // When the list first showed, no claim had arrived yet and the page said it was still reading them.
  const first = (await page.evaluate('window.__firstList')) as { claimsTab: string; reading: string | null };
  expect(first.claimsTab).toMatch(/\(0\)$/);
  expect(first.reading).toMatch(/Reading the highlights and claims/);
  // Then the annotations come: every claim counted, the open article's highlights drawn, the status gone.
  await expect(page.getByRole('tab', { name: /^Claims/ })).toHaveText(/\(5000\)$/, { timeout: 60_000 });
  await expect.poll(async () => (await highlighted(page, 'cw-claim')).length).toBeGreaterThan(0);
  await expect(page.locator('.case-reading')).toHaveCount(0);
  await expect(page.locator('.toolbar')).toContainText('Big case');
  // The back end has it open too: a reload shows it.
  await page.reload();
  await expect(page.locator('.sidebar h2')).toHaveText(new RegExp(`Articles \\(${ARTICLES}\\)`));
  expect(problems).toEqual([]);
});

test('a big case with one damaged annotation deep in the file is refused, and the previous case stays open', async ({ page, host }) => {
  const problems = watchConsole(page);
  await openCaseData(page, host, 'previous.claimwork.json', caseOfArticles(2, 'Previous case'));
  await expect(page.locator('.sidebar h2')).toHaveText(/Articles \(2\)/);
  await page.locator('.article-list button.article-title', { hasText: 'Article 1' }).click();
  await expect(page.locator('.reading-header h1')).toHaveText('Article 1');

  const data = caseOfArticles(ARTICLES, 'Damaged case');
  const last = data.annotations.length - 1;
  const damaged = { ...data, annotations: data.annotations.map((a, i) => (i === last ? { ...a, claim: { ...defaultClaim(), credibility: 9 } } : a)) };
  const file = path.join(host.dataDir, 'damaged.claimwork.json');
  await writeFile(file, JSON.stringify(damaged));

  await watchFirstList(page, ARTICLES);
  await openWithDialog(page, file);
  const alert = page.getByRole('alert').filter({ hasText: 'damaged.claimwork.json is damaged' });
  await expect(alert).toContainText(`annotations[${last}].claim.credibility`, { timeout: 60_000 });
  // The articles had shown (their part was sound); now the previous case is back as it was.
  expect(await page.evaluate('window.__firstList')).not.toBeNull();
  await expect(page.locator('.sidebar h2')).toHaveText(/Articles \(2\)/);
  await expect(page.locator('.toolbar')).toContainText('Previous case');
  await expect(page.locator('.reading-header h1')).toHaveText('Article 1');
  await expect(page.getByRole('tab', { name: /^Claims/ })).toHaveText(/\(20\)$/);
  await page.reload();
  await expect(page.locator('.toolbar')).toContainText('Previous case');
  await expect(page.locator('.sidebar h2')).toHaveText(/Articles \(2\)/);
  expect(problems.filter((p) => !p.includes('damaged'))).toEqual([]);
});

test('a big case lists its articles before their texts: one clicked at once says its text is loading, and an edit made meanwhile keeps it', async ({ page, host }) => {
  const problems = watchConsole(page);
  await openCaseData(page, host, 'small.claimwork.json', caseOfArticles(2, 'Small case'));
  await expect(page.locator('.sidebar h2')).toHaveText(/Articles \(2\)/);
  const big = path.join(host.dataDir, 'big.claimwork.json');
  const data = caseOfArticles(ARTICLES, 'Big case');
  await writeFile(big, JSON.stringify(data));
  // The rest of the case (annotations, the other texts) is held back until the test lets it through,
  // so what the page does with the first part alone is seen every time, not only on a slow machine.
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/openCaseRest', async (route) => {
    await released;
    await route.continue();
  });

  await openWithDialog(page, big);
  await expect(page.locator('.sidebar h2')).toHaveText(new RegExp(`Articles \\(${ARTICLES}\\)`));
  // The first article came with its text: it reads at once.
  await expect(page.locator('.reading-header h1')).toHaveText('Article 0');
  await expect(page.locator('.reading-body')).toContainText('(0)');
  // Another one clicked at once: its text is on its way, and the page says so (not an empty article).
  await page.locator('.article-list button.article-title', { hasText: /^Article 7$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loading the article text…' })).toBeVisible();
  await expect(page.locator('.reading-body')).toHaveCount(0);
  // Stories and the briefing read every text: they wait too.
  await page.getByRole('tab', { name: 'Stories' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loading the article texts…' })).toBeVisible();
  await page.getByRole('tab', { name: 'Briefing' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loading the article texts…' })).toBeVisible();
  await page.getByRole('tab', { name: 'Reading' }).click();
  // Renaming the article whose text has not arrived changes its title only.
  await page.getByRole('button', { name: 'Edit details of Article 7', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Article details' });
  await dialog.getByLabel('Title').fill('Article 7 renamed');
  await dialog.getByRole('button', { name: 'Save details' }).click();
  await expect(dialog).toBeHidden();

  release();
  await expect(page.getByRole('tab', { name: /^Claims/ })).toHaveText(/\(5000\)$/, { timeout: 60_000 });
  await expect(page.locator('.reading-header h1')).toHaveText('Article 7 renamed');
  await expect(page.locator('.reading-body')).toContainText('(7)');
  await expect(page.locator('.reading-body')).toContainText('officials of district 7 said');
  await expect(page.getByRole('status').filter({ hasText: /Loading the article text/ })).toHaveCount(0);
  // Saved with every text: the file and a reload agree.
  const file = path.join(host.dataDir, 'big.claimwork.json');
  await expect.poll(async () => (JSON.parse(await readFile(file, 'utf8')) as typeof data).articles[7]!.title, { timeout: 10_000 }).toBe('Article 7 renamed');
  const saved = JSON.parse(await readFile(file, 'utf8')) as typeof data;
  expect(saved.articles.map((a) => a.text)).toEqual(data.articles.map((a) => a.text));
  await page.reload();
  await page.locator('.article-list button.article-title', { hasText: 'Article 7 renamed' }).click();
  await expect(page.locator('.reading-body')).toContainText('officials of district 7 said');
  expect(problems).toEqual([]);
});

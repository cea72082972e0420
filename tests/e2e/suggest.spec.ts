import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, seedArticlePath, seedMissing, test, watchConsole } from './host';

async function pasteSeed(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Paste article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste article' });
  test.skip(seedMissing !== null, seedMissing ?? '');
  await dialog.locator('textarea[name=text]').fill(await readFile(seedArticlePath, 'utf8'));
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.reading-body .para')).toHaveCount(30);
}

const hasHighlight = (page: Page, name: string) => page.evaluate((n) => CSS.highlights.has(n), name);

test('suggest on the seed article, review with the keyboard, accept all actors; decisions survive a reload and a rejection does not come back', async ({ page, host }) => {
  const problems = watchConsole(page);
  await page.goto(host.url);
  await pasteSeed(page);

  await page.getByRole('button', { name: 'Suggest' }).click();
  await expect(page.getByRole('status').filter({ hasText: /\d+ suggestions: \d+ claims/ })).toBeVisible();
  // Dashed suggestion highlights are painted for claims and actors.
  await expect.poll(() => hasHighlight(page, 'cw-suggested-claim')).toBe(true);
  expect(await hasHighlight(page, 'cw-suggested-actor')).toBe(true);
  expect(await hasHighlight(page, 'cw-claim')).toBe(false);

  const panel = page.getByRole('region', { name: 'Review suggestions' });
  await expect(page.getByRole('tab', { name: /^Review \(\d+\)$/ })).toHaveAttribute('aria-selected', 'true');
  await panel.getByLabel('Show').selectOption('claim');
  const list = panel.getByRole('listbox', { name: 'Suggestions' });
  const items = list.getByRole('option');
  const claimCount = await items.count();
  expect(claimCount).toBeGreaterThanOrEqual(10);
  // Each suggestion shows its reason: the rule and the cue; Putin's statement has its speaker.
  const putin = items.filter({ hasText: 'ستستمر في مساعدة' });
  await expect(putin).toContainText('ar-verb-first · cue');
  await expect(putin).toContainText('Speaker: فلاديمير بوتين (new)');
  // …and says which rule chose the speaker, from which mention; "لكنه قال" resolves the pronoun.
  await expect(putin).toContainText('Speaker by named from “بوتين”');
  await expect(items.filter({ hasText: 'روسيا يمكن أن تشارك' })).toContainText('Speaker by pronoun-last-speaker from “');

  // Y accepts the focused (first) claim; N rejects the next one, which then has the focus.
  await list.focus();
  const accepted = (await items.nth(0).locator('.review-text').textContent())!;
  await page.keyboard.press('y');
  await expect(items).toHaveCount(claimCount - 1);
  const rejected = (await items.nth(0).locator('.review-text').textContent())!;
  await expect(items.nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('n');
  await expect(items).toHaveCount(claimCount - 2);
  expect(await hasHighlight(page, 'cw-claim')).toBe(true);

  await panel.getByRole('button', { name: 'Accept all actors' }).click();
  await panel.getByLabel('Show').selectOption('actor');
  await expect(items).toHaveCount(0);
  await expect(page.getByRole('tab', { name: /^Actors \(\d+\)$/ })).not.toHaveText('Actors (0)');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');

  await page.reload();
  await expect(page.locator('.reading-body .para')).toHaveCount(30);
  // Accepted suggestions are ordinary highlights now.
  await expect.poll(() => hasHighlight(page, 'cw-claim')).toBe(true);
  expect(await hasHighlight(page, 'cw-actor')).toBe(true);
  expect(await hasHighlight(page, 'cw-suggested-actor')).toBe(false);

  // Suggest again: no claim comes back (neither the accepted nor the rejected one).
  await page.getByRole('button', { name: 'Suggest' }).click();
  await expect(page.getByRole('status').filter({ hasText: /No new suggestions|: 0 claims/ })).toBeVisible();
  const again = page.getByRole('region', { name: 'Review suggestions' });
  await again.getByLabel('Show').selectOption('claim');
  await expect(again.getByRole('listbox').getByRole('option')).toHaveCount(claimCount - 2);
  const texts = await again.locator('.review-text').allTextContents();
  expect(texts).not.toContain(rejected);
  expect(texts).not.toContain(accepted);
  expect(problems).toEqual([]);
});

test('edit then accept: the reading view selection becomes the span; clicking a suggestion scrolls to it', async ({ page, host }) => {
  const problems = watchConsole(page);
  await page.goto(host.url);
  await pasteSeed(page);
  await page.getByRole('button', { name: 'Suggest' }).click();
  const panel = page.getByRole('region', { name: 'Review suggestions' });
  await panel.getByLabel('Show').selectOption('actor');
  const item = panel.getByRole('listbox').getByRole('option').filter({ hasText: 'وزارة الدفاع الروسية' }).first();
  await item.click();
  await expect(item).toHaveAttribute('aria-selected', 'true');
  // The reading view shows it as the selected highlight.
  await expect.poll(() => hasHighlight(page, 'cw-selected')).toBe(true);
  await page.screenshot({ path: test.info().outputPath('review-queue.png') });

  // Select "وزارة الدفاع" (without "الروسية") in the article, then E, "Use selected text", accept.
  await page.evaluate(() => {
    const body = document.querySelector('.reading-body')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf('وزارة الدفاع الروسية');
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + 'وزارة الدفاع'.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
  });
  await panel.getByRole('listbox').focus();
  await page.keyboard.press('e');
  await panel.getByRole('button', { name: 'Use selected text' }).click();
  await expect(panel.locator('.review-edit')).toContainText('“وزارة الدفاع”');
  await panel.getByRole('button', { name: 'Accept edited' }).click();
  await expect(panel.getByRole('listbox').getByRole('option').filter({ hasText: 'وزارة الدفاع الروسية' })).toHaveCount(0);
  await page.getByRole('tab', { name: /^Actors/ }).click();
  await expect(page.locator('.side-panel')).toContainText('وزارة الدفاع');
  await expect(page.getByRole('tab', { name: 'Actors (1)' })).toBeVisible();

  // Ctrl+Z takes the decision back: the actor is gone and the suggestion waits in the queue again.
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('tab', { name: 'Actors (0)' })).toBeVisible();
  await page.getByRole('tab', { name: /^Review/ }).click();
  await panel.getByLabel('Show').selectOption('actor');
  await expect(panel.getByRole('listbox').getByRole('option').filter({ hasText: 'وزارة الدفاع الروسية' })).toHaveCount(1);
  expect(problems).toEqual([]);
});

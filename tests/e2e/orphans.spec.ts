import type { Page } from '@playwright/test';
import { describeRange } from '../../shared/anchoring/describe';
import { expect, highlighted, openCaseData, seedMissing, test, watchConsole } from './host';
import { seedCase } from './seed-case';

// An annotation whose quote is no longer in its article is kept in "Lost their place"; Re-attach
// puts it on the text selected in the reading view (the selection the reading view gives the panel).

const LOST = 'a sentence this article never had';
const TARGET = 'أندريه بيلوسوف';

/** Selects the first occurrence of `phrase` in the reading view, as a mouse drag would. */
async function selectInReading(page: Page, phrase: string): Promise<void> {
  await page.locator('.reading-body').evaluate((body, p) => {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf(p);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + p.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
    throw new Error(`not in the reading view: ${p}`);
  }, phrase);
}

test('an orphaned claim is re-attached to the text selected in the reading view', async ({ page, host }) => {
  test.skip(seedMissing !== null, seedMissing ?? '');
  const problems = watchConsole(page);
  const data = await seedCase();
  data.annotations.push({ ...data.annotations[0]!, id: 'lost', target: describeRange(LOST, 0, LOST.length) });
  await openCaseData(page, host, 'orphans.claimwork.json', data);
  await expect(page.locator('.reading-body .para').first()).toBeVisible();

  const orphans = page.getByRole('region', { name: 'Orphaned annotations' });
  await expect(orphans.getByRole('heading')).toHaveText('Lost their place (1)');
  await expect(orphans.locator('blockquote')).toHaveText(LOST);

  // Nothing selected: the panel says what to do, and the claim stays where it is.
  await orphans.getByRole('button', { name: 'Re-attach to selection' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'select the text to attach it to' })).toBeVisible();
  await expect(orphans).toBeVisible();

  await selectInReading(page, TARGET);
  await orphans.getByRole('button', { name: 'Re-attach to selection' }).click();
  await expect(orphans).toHaveCount(0);
  await expect.poll(() => highlighted(page, 'cw-claim')).toContain(TARGET);

  // One step of the undo history: Undo puts it back among the lost.
  await page.getByRole('button', { name: '↶ Undo' }).click();
  await expect(orphans.locator('blockquote')).toHaveText(LOST);
  expect(problems).toEqual([]);
});

/**
 * Issue 13, item 6: pending and rejected suggestions are not claims. The Claims table tab counts
 * accepted claims only, the table lists them unless "Include suggestions" is ticked, and the
 * briefing counts and lists accepted claims only.
 */
import { readFile } from 'node:fs/promises';
import { expect, seedArticlePath, seedMissing, test, watchConsole } from './host';

test('pending and rejected suggestions are not counted as claims: tab, table, briefing; the table shows them on request', async ({ page, host }) => {
  test.skip(seedMissing !== null, seedMissing ?? '');
  const problems = watchConsole(page);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Paste article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste article' });
  await dialog.locator('textarea[name=text]').fill(await readFile(seedArticlePath, 'utf8'));
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Suggest' }).click();
  await expect(page.getByRole('status').filter({ hasText: /\d+ suggestions: \d+ claims/ })).toBeVisible();
  const tab = page.getByRole('tab', { name: /^Claims table \(\d+\)$/ });
  await expect(tab).toHaveText('Claims table (0)');

  // Accept one claim from the review queue: now there is one claim.
  const panel = page.getByRole('region', { name: 'Review suggestions' });
  await panel.getByLabel('Show').selectOption('claim');
  const list = panel.getByRole('listbox', { name: 'Suggestions' });
  const pending = await list.getByRole('option').count();
  expect(pending).toBeGreaterThan(1);
  await list.focus();
  await page.keyboard.press('y');
  await expect(tab).toHaveText('Claims table (1)');
  // Reject the next one: a rejected suggestion is no claim either.
  await expect(list.getByRole('option')).toHaveCount(pending - 1);
  await list.focus();
  await page.keyboard.press('n');
  await expect(list.getByRole('option')).toHaveCount(pending - 2);
  await expect(tab).toHaveText('Claims table (1)');

  await tab.click();
  await expect(page.locator('.claims-count')).toHaveText(/^1 of 1 claims/);
  await expect(page.locator('.claims-body .claims-row')).toHaveCount(1);
  const include = page.getByLabel(/Include suggestions \(\d+\)/);
  await include.check();
  await expect(page.locator('.claims-count')).toHaveText(new RegExp(`^${pending} of ${pending} claims and suggestions`));
  await include.uncheck();
  await expect(page.locator('.claims-count')).toHaveText(/^1 of 1 claims/);

  // The briefing counts and lists the one accepted claim, not the pending or rejected suggestions.
  await page.getByRole('tab', { name: 'Briefing' }).click();
  await expect(page.getByRole('radio', { name: 'All accepted claims (1)' })).toBeChecked();
  await expect(page.getByTestId('briefing-preview').locator('.byline')).toContainText(' 1 claim ');
  expect(problems).toEqual([]);
});

import type { Page } from '@playwright/test';
import { expect, highlighted, openCaseData, test, watchConsole } from './host';
import { OWN, SENTENCE, seedCase } from './seed-case';

// Editing claims on the seed article: a click opens one's own claim before an overlapping
// suggestion, a pending suggestion is accepted from its editor, the actor picker links by name or
// alias and creates only on "Create …", and Ctrl+Z on a select undoes the app's last change.

/**
 * Clicks the middle of `phrase` where it first occurs inside `within` in the reading view, once the
 * own claim's highlight is painted (highlights near the screen are registered after a frame or two:
 * a click before that finds nothing to open).
 */
async function clickPhrase(page: Page, phrase: string, within = SENTENCE): Promise<void> {
  await expect.poll(() => highlighted(page, 'cw-claim')).toContain(SENTENCE);
  const point = await page.locator('.reading-body').evaluate(async (body, [p, w]) => {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const around = node.textContent!.indexOf(w);
      if (around < 0) continue;
      const at = node.textContent!.indexOf(p, around);
      node.parentElement!.scrollIntoView({ block: 'center' });
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + p.length);
      const r = range.getClientRects()[0]!;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, [phrase, within] as const);
  expect(point).not.toBeNull();
  await page.mouse.click(point!.x, point!.y);
}

test('a click opens one’s own claim, not the overlapping suggestion; the suggestion’s editor accepts it', async ({ page, host }) => {
  const problems = watchConsole(page);
  await openCaseData(page, host, 'seed.claimwork.json', await seedCase());
  await expect(page.locator('.reading-body .para').first()).toBeVisible();
  const panel = page.getByRole('region', { name: 'Annotation' });

  // A click on the words both cover opens one's own claim, though the suggestion is shorter.
  await clickPhrase(page, 'في مساعدة');
  await expect(panel.locator('blockquote')).toHaveText(SENTENCE);
  await expect(panel.getByRole('button', { name: 'Accept', exact: true })).toHaveCount(0);

  // The suggestion opened from the review queue: its editor has the decision at hand.
  await page.getByRole('tab', { name: /^Review/ }).click();
  await page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first().click();
  await page.getByRole('tab', { name: 'Annotation' }).click();
  await expect(panel.locator('blockquote')).toHaveText(OWN);
  await expect(panel.getByRole('button', { name: 'Reject', exact: true })).toBeVisible();
  await panel.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(panel).toContainText('· accepted');
  await expect(panel.getByRole('button', { name: 'Accept', exact: true })).toHaveCount(0);
  await expect(page.getByRole('tab', { name: /^Review/ })).toHaveText(/Review \(0\)/);
  expect(problems).toEqual([]);
});

test('the actor picker links by name or alias on Enter, ignores a prefix, and creates only on “Create …”', async ({ page, host }) => {
  const problems = watchConsole(page);
  await openCaseData(page, host, 'seed.claimwork.json', await seedCase());
  await clickPhrase(page, 'في مساعدة');
  const panel = page.getByRole('region', { name: 'Annotation' });
  await expect(panel.locator('blockquote')).toHaveText(SENTENCE);
  const actorsTab = page.getByRole('tab', { name: /^Actors/ });
  await expect(actorsTab).toHaveText('Actors (1)');

  // The alias, typed and Enter: the existing actor is the subject, nobody new.
  const subject = panel.getByLabel('Add subject: pick or type a new name');
  await subject.fill('بوتين');
  await expect(panel.getByRole('button', { name: 'Link فلاديمير بوتين' })).toBeVisible();
  await subject.press('Enter');
  await expect(panel.locator('.chips .chip')).toHaveText(['فلاديمير بوتين×']);
  await expect(actorsTab).toHaveText('Actors (1)');

  // The speaker by a spelling variant of the name (alef with hamza, harakat): the same actor.
  const speaker = panel.getByLabel('Speaker: pick or type a new name');
  await speaker.fill('فلاديميرُ بوتين');
  await speaker.press('Enter');
  await expect(panel.locator('.picker-current .chip')).toHaveText('فلاديمير بوتين');
  await expect(actorsTab).toHaveText('Actors (1)');

  // A prefix and Enter creates nothing: it says how to make a new one.
  await subject.fill('بوت');
  await subject.press('Enter');
  await expect(panel.getByRole('status').filter({ hasText: 'No one is named “بوت” yet' })).toBeVisible();
  await expect(actorsTab).toHaveText('Actors (1)');
  await expect(subject).toHaveValue('بوت');

  // The explicit choice creates the actor and links it.
  await subject.fill('خليفة هافتار');
  await panel.getByRole('button', { name: 'Create “خليفة هافتار”' }).click();
  await expect(actorsTab).toHaveText('Actors (2)');
  await expect(panel.locator('.chips .chip')).toHaveText(['فلاديمير بوتين×', 'خليفة هافتار×']);
  expect(problems).toEqual([]);
});

test('Ctrl+Z on the credibility list undoes the change; the hidden table’s search is not refilled', async ({ page, host }) => {
  const problems = watchConsole(page);
  await openCaseData(page, host, 'seed.claimwork.json', await seedCase());
  await expect(page.locator('.reading-body .para').first()).toBeVisible();

  // Search the claims table (the own claim; the pending suggestion is not a claim), then clear the
  // search by typing, and go back to reading.
  await page.getByRole('tab', { name: /Claims table/ }).click();
  const search = page.getByLabel('Search claims');
  await search.fill('zzz');
  await expect(page.locator('.claims-count')).toHaveText(/^0 of 1 claims/);
  await search.press('Control+a');
  await search.press('Backspace');
  await expect(page.locator('.claims-count')).toHaveText(/^1 of 1 claims/);
  await page.getByRole('tab', { name: 'Reading' }).click();

  await clickPhrase(page, 'في مساعدة');
  const panel = page.getByRole('region', { name: 'Annotation' });
  await expect(panel.locator('blockquote')).toHaveText(SENTENCE);
  const credibility = panel.getByLabel('Credibility');
  await credibility.selectOption('2');
  await expect(panel.getByLabel('Admiralty grade')).toContainText('F2');
  await credibility.focus();
  await page.keyboard.press('Control+z');
  await expect(credibility).toHaveValue('6');
  await expect(panel.getByLabel('Admiralty grade')).toContainText('F6');

  await page.getByRole('tab', { name: /Claims table/ }).click();
  await expect(search).toHaveValue('');
  await expect(page.locator('.claims-count')).toHaveText(/^1 of 1 claims/);
  expect(problems).toEqual([]);
});

/**
 * Stories grouped off the window's main thread: through the browser host, the Stories view and the
 * Briefing show stories grouped by the grouping worker (its own script, served beside the window's),
 * a claim edit regroups them there, and when the worker's script cannot load the stories are
 * grouped in the window instead, with a message, rather than never showing.
 */
import { storiesCase } from '../fixtures/stories/case';
import { expect, openCaseData, test, watchConsole } from './host';

test('stories view: grouped in the worker, regrouped there after a speaker edit and its undo', async ({ page, host }) => {
  const problems = watchConsole(page);
  await openCaseData(page, host, 'worker.claimwork.json', storiesCase('en'));
  await expect(page.locator('.article-title')).toHaveCount(5);
  await page.locator('.view-tabs [role=tab]', { hasText: 'Stories' }).click();

  const view = page.locator('.stories-view');
  const stories = page.locator('.stories-list > li.story');
  await expect(stories.locator('.story-speaker')).toHaveText(['Vladimir Putin', 'LNA General Command', 'Ibrahim Traore', 'Guido Crosetto']);
  await expect(view).toHaveAttribute('data-stories-grouped-in', 'worker');
  const putin = stories.filter({ hasText: 'Vladimir Putin' }).first();
  await expect(putin.locator('.story-origins')).toHaveText('3 independent origins');

  // The Sahel Monitor's report (an origin of its own) given to another speaker leaves the story.
  await putin.locator('.story-head').click();
  await putin.locator('.story-open', { hasText: 'Sahel Monitor' }).click();
  const panel = page.getByRole('region', { name: 'Annotation' });
  const speaker = panel.getByLabel('Speaker: pick or type a new name');
  await speaker.fill('Guido Crosetto');
  await speaker.press('Enter');
  await expect(panel).toContainText('Guido Crosetto');
  await page.locator('.view-tabs [role=tab]', { hasText: 'Stories' }).click();
  await expect(putin.locator('.story-origins')).toHaveText('2 independent origins');
  await expect(view).toHaveAttribute('data-stories-grouped-in', 'worker');

  // Undone with the Stories view on screen: regrouped in place.
  await page.getByRole('button', { name: '↶ Undo' }).click();
  await expect(putin.locator('.story-origins')).toHaveText('3 independent origins');
  await expect(view).toHaveAttribute('data-stories-grouped-in', 'worker');
  await expect(page.locator('.stories-notice')).toHaveCount(0);

  // The Briefing's stories come from the worker too.
  await page.locator('.view-tabs [role=tab]', { hasText: 'Briefing' }).click();
  await expect(page.getByTestId('briefing-stories').locator('h3').first()).toHaveText('Story 1: Vladimir Putin');
  await expect(page.locator('.briefing-view')).toHaveAttribute('data-stories-grouped-in', 'worker');
  expect(problems).toEqual([]);
});

test('the worker script cannot load: stories grouped in the window, with a message', async ({ page, host }) => {
  let blocked = 0;
  await page.context().route(/grouping\.worker[^/]*\.js$/, (route) => {
    blocked += 1;
    return route.abort();
  });
  await openCaseData(page, host, 'no-worker.claimwork.json', storiesCase('en'));
  await page.locator('.view-tabs [role=tab]', { hasText: 'Stories' }).click();

  const stories = page.locator('.stories-list > li.story');
  await expect(stories.locator('.story-speaker')).toHaveText(['Vladimir Putin', 'LNA General Command', 'Ibrahim Traore', 'Guido Crosetto']);
  await expect(page.locator('.stories-view')).toHaveAttribute('data-stories-grouped-in', 'window');
  await expect(page.locator('.stories-notice')).toContainText('Stories were grouped in this window');
  expect(blocked).toBeGreaterThan(0);

  await page.locator('.view-tabs [role=tab]', { hasText: 'Briefing' }).click();
  await expect(page.getByTestId('briefing-stories').locator('h3').first()).toHaveText('Story 1: Vladimir Putin');
  await expect(page.locator('.briefing-view')).toHaveAttribute('data-stories-grouped-in', 'window');
  await expect(page.locator('.briefing-view .grouping-notice')).toContainText('Stories were grouped in this window');
});

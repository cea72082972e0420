/**
 * Issue 14, item 11: deleting an article can be undone from the UI (its highlights come back with
 * it), and a title with a direction override is shown neutralised in the article list.
 */
import { describeRange } from '../../shared/anchoring/describe';
import type { Annotation, CaseData } from '../../shared/domain';
import { validCase } from '../unit/hostile/make-hostile';
import { expect, highlighted, openCaseData, test, watchConsole } from './host';

function caseWithTwoArticles(): CaseData {
  const data = validCase();
  const [article] = data.articles;
  const claim = data.annotations[0]!;
  const note: Annotation = { ...claim, id: 'ann-2', kind: 'note', claim: null, note: 'who confirmed?', target: describeRange(article!.text, article!.text.indexOf('Officials'), article!.text.indexOf('Officials') + 'Officials'.length) };
  const spoofed = { ...article!, id: 'art-2', title: '\u202Egnp.exe', text: 'A second article that stays.', contentHash: 'hash-2', paragraphStarts: [0] };
  return { ...data, articles: [article!, spoofed], annotations: [{ ...claim, claim: { speakerId: null, subjectIds: [], sourceId: null, channel: '', claimType: 'statement', hedged: false, credibility: 6, comment: '', tags: [] } }, note] };
}

test('deleting an article is undone by Undo: the article and its highlights come back, and stay after a reload', async ({ page, host }) => {
  const problems = watchConsole(page);
  await openCaseData(page, host, 'undo-delete.claimwork.json', caseWithTwoArticles());
  await expect(page.locator('.article-title')).toHaveCount(2);

  await page.locator('.article-title', { hasText: 'Talks resume' }).click();
  await expect.poll(() => highlighted(page, 'cw-claim')).toEqual(['minister']);
  await expect.poll(() => highlighted(page, 'cw-note')).toEqual(['Officials']);

  await page.getByRole('button', { name: 'Delete Talks resume' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete article' });
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.locator('.article-title')).toHaveCount(1);
  await expect(page.getByRole('button', { name: '↶ Undo' })).toHaveAttribute('title', 'Undo Delete article “Talks resume” (Ctrl+Z)');

  await page.getByRole('button', { name: '↶ Undo' }).click();
  await expect(page.locator('.article-title')).toHaveCount(2);
  await expect(page.locator('.article-title').first()).toHaveText('Talks resume');
  await page.locator('.article-title', { hasText: 'Talks resume' }).click();
  await expect.poll(() => highlighted(page, 'cw-claim')).toEqual(['minister']);
  await expect.poll(() => highlighted(page, 'cw-note')).toEqual(['Officials']);

  // The back end kept it: a reload shows the same.
  await page.reload();
  await expect(page.locator('.article-title')).toHaveCount(2);
  await page.locator('.article-title', { hasText: 'Talks resume' }).click();
  await expect.poll(() => highlighted(page, 'cw-claim')).toEqual(['minister']);
  await expect(page.getByRole('button', { name: '↷ Redo' })).toBeEnabled();
  // The confirmation no longer says it cannot be undone.
  await page.getByRole('button', { name: 'Delete Talks resume' }).click();
  await expect(page.getByRole('dialog', { name: 'Delete article' })).toContainText('(Undo brings them back.)');
  expect(problems).toEqual([]);
});

test('a title with a direction override is shown neutralised in the article list', async ({ page, host }) => {
  await openCaseData(page, host, 'spoofed.claimwork.json', caseWithTwoArticles());
  await expect(page.locator('.article-title')).toHaveCount(2);
  // The override is shown as a tag: "exe.png" cannot be read into the list.
  await expect(page.locator('.article-title').nth(1)).toHaveText('‹RLO›gnp.exe');
});

import { describeRange } from '../../shared/anchoring/describe';
import { defaultClaim } from '../../shared/case-ops';
import { emptyCase, type Annotation, type Article, type CaseData, type Credibility, type Source } from '../../shared/domain';
import { detectLang, directionOf, paragraphStarts } from '../../shared/text';
import { contentHash } from '../../electron/services/import/hash';
import { expect, openCaseData, test, watchConsole } from './host';

// Editing a claim with the claims table on screen: the table patches only the edited row (issue
// 17), so what a user sees must be what a fresh table would show: the new grade in the row, the
// row moved to its place in the sorted order, and a filter still applied to it.

const SENTENCES = Array.from({ length: 40 }, (_, i) => `Claim number ${String(i).padStart(2, '0')} said the minister in Tripoli.`);

function tableCase(): CaseData {
  const base = emptyCase('table-edit', '2026-12-07T00:00:00.000Z', 'Table edit case');
  const text = SENTENCES.join('\n');
  const lang = detectLang(text);
  const article: Article = {
    id: 'art', title: 'Tripoli statements', text, lang, dir: directionOf(lang, text), url: null, publisher: null, byline: null, publishedAt: null,
    origin: { fileName: null, format: 'paste', encoding: null }, contentHash: contentHash(text), paragraphStarts: paragraphStarts(text), sourceId: null, addedAt: base.createdAt,
  };
  // Sources B and D: claims 00–19 come through B, 20–39 through D; credibility 1–5 in turn.
  const sources: Source[] = [
    { id: 'src-b', name: 'Wire B', kind: 'outlet', reliability: 'B', aliases: [] },
    { id: 'src-d', name: 'Wire D', kind: 'outlet', reliability: 'D', aliases: [] },
  ];
  let at = 0;
  const annotations: Annotation[] = SENTENCES.map((s, i) => {
    const start = text.indexOf(s, at);
    at = start + s.length;
    return {
      id: `claim-${i}`, articleId: article.id, kind: 'claim', target: describeRange(text, start, start + s.length), origin: { kind: 'manual' }, review: 'accepted', confidence: 1,
      claim: { ...defaultClaim(), sourceId: i < 20 ? 'src-b' : 'src-d', credibility: ((i % 5) + 1) as Credibility },
      actorId: null, sourceId: null, note: '', createdAt: base.createdAt, updatedAt: base.createdAt,
    };
  });
  return { ...base, articles: [article], sources, annotations };
}

test('an edited claim shows its new grade in the sorted, filtered table and moves to its place', async ({ page, host }) => {
  const problems = watchConsole(page);
  await openCaseData(page, host, 'table-edit.claimwork.json', tableCase());
  await expect(page.locator('.sidebar h2')).toContainText('Articles (1)');
  const tab = page.getByRole('tab', { name: /Claims table/ });
  await tab.click();
  const head = page.locator('.claims-head');
  await head.getByRole('button', { name: 'Grade', exact: true }).click();
  const grades = () => page.locator('.claims-body .claims-col-grade').allTextContents();
  const texts = () => page.locator('.claims-body .claims-col-text').allTextContents();
  // Ascending: B1 first. Claim 00 is B1, the first in case order among the B1s.
  await expect.poll(async () => (await grades())[0]).toBe('B1');
  expect((await texts())[0]).toContain('Claim number 00');

  // Open claim 00 from the table, come back to the table, and grade it 5 from the side panel.
  await page.locator('.claims-body tr', { hasText: 'Claim number 00' }).click();
  const panel = page.getByRole('region', { name: 'Annotation' });
  await expect(panel.locator('blockquote')).toContainText('Claim number 00');
  await tab.click();
  await panel.getByLabel('Credibility').selectOption('5');
  await expect(panel.getByLabel('Admiralty grade')).toContainText('B5');

  // The row shows B5 and now sorts among the B5s (before the D grades); the table stays sorted.
  const row = page.locator('.claims-body tr', { hasText: 'Claim number 00' });
  await expect(row.locator('.claims-col-grade')).toHaveText('B5', { timeout: 10_000 });
  await expect.poll(async () => (await texts())[0]).toContain('Claim number 05');
  const shown = await grades();
  expect(shown).toEqual([...shown].sort());

  // Filter the grade column to B5: the edited claim is among them, first in case order.
  await page.getByLabel('Filter Grade').fill('b5');
  await expect(page.locator('.claims-count')).toHaveText(/^5 of 40 claims/);
  await expect.poll(async () => (await texts())[0]).toContain('Claim number 00');
  // Grade it back to 1 with the filter on: it leaves the filtered rows.
  await panel.getByLabel('Credibility').selectOption('1');
  await expect(page.locator('.claims-count')).toHaveText(/^4 of 40 claims/);
  expect(await texts()).not.toContain(expect.stringContaining('Claim number 00'));
  expect(problems).toEqual([]);
});

import { describeRange } from '../../shared/anchoring/describe';
import { defaultClaim } from '../../shared/case-ops';
import { emptyCase, type Actor, type Annotation, type Article, type CaseData } from '../../shared/domain';
import { detectLang, directionOf, paragraphStarts } from '../../shared/text';
import { contentHash } from '../../electron/services/import/hash';
import { expect, openCaseData, test, watchConsole } from './host';

// A case of 400 articles: the article list keeps only the items in view in the page, and still
// scrolls to every article, moves with the arrow keys, and shows an article opened from the claims
// table; a picker suggests actors only while it has focus; hovering a highlight names its kind,
// speaker and grade.

const ARTICLES = 400;
const CLAIMED = 350;
const claimText = (i: number) => `the bridge of town ${i} reopens on Monday`;

function manyArticles(): CaseData {
  const base = emptyCase('many', '2026-11-29T00:00:00.000Z', 'Many articles');
  const articles: Article[] = Array.from({ length: ARTICLES }, (_, i) => {
    const text = `Mayor ${i} said that ${claimText(i)}.\nTraffic was light.`;
    const lang = detectLang(text);
    return {
      id: `art-${i}`, title: `Report ${i}`, text, lang, dir: directionOf(lang, text), url: null, publisher: null, byline: null, publishedAt: null,
      origin: { fileName: null, format: 'paste', encoding: null }, contentHash: contentHash(text), paragraphStarts: paragraphStarts(text), sourceId: null, addedAt: base.createdAt,
    };
  });
  const mayor: Actor = { id: 'mayor', name: `Mayor ${CLAIMED}`, type: 'person', aliases: [], role: '' };
  const text = articles[CLAIMED]!.text;
  const start = text.indexOf(claimText(CLAIMED));
  const claim: Annotation = {
    id: 'claim-far', articleId: articles[CLAIMED]!.id, kind: 'claim', target: describeRange(text, start, start + claimText(CLAIMED).length),
    origin: { kind: 'manual' }, review: 'accepted', confidence: 1, claim: { ...defaultClaim(), speakerId: mayor.id }, actorId: null, sourceId: null, note: '',
    createdAt: base.createdAt, updatedAt: base.createdAt,
  };
  return { ...base, articles, actors: [mayor], annotations: [claim] };
}

test('400 articles: the list holds the items in view, scrolls, moves by arrow keys, follows an article opened from the table', async ({ page, host }) => {
  const problems = watchConsole(page);
  await openCaseData(page, host, 'many.claimwork.json', manyArticles());
  await expect(page.locator('.reading-header h1')).toHaveText('Report 0');
  const list = page.getByRole('list', { name: 'Articles' });
  await expect(page.locator('.sidebar h2')).toHaveText(`Articles (${ARTICLES})`);
  // Only a window of items is in the page, each telling its place among all 400.
  const items = list.locator('li');
  expect(await items.count()).toBeLessThan(60);
  await expect(items.first()).toHaveAttribute('aria-setsize', String(ARTICLES));

  // Scrolled to the end, the last article is there and opens.
  await page.locator('.article-scroller').evaluate((el) => void (el.scrollTop = el.scrollHeight));
  const last = list.getByRole('button', { name: `Report ${ARTICLES - 1}`, exact: true });
  await expect(last).toBeInViewport();
  await last.click();
  await expect(page.locator('.reading-header h1')).toHaveText(`Report ${ARTICLES - 1}`);

  // Back at the top, ArrowDown walks the titles; Enter opens the focused one.
  await page.locator('.article-scroller').evaluate((el) => void (el.scrollTop = 0));
  await list.getByRole('button', { name: 'Report 0', exact: true }).focus();
  for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('button', { name: 'Report 3', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(list.getByRole('button', { name: 'Report 2', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.reading-header h1')).toHaveText('Report 2');

  // A claim of article 350, opened from the claims table: the list scrolls to it, marked as open.
  await page.locator('.view-tabs [role=tab]', { hasText: 'Claims table' }).click();
  await page.locator('.claims-row').click();
  await expect(page.locator('.reading-header h1')).toHaveText(`Report ${CLAIMED}`);
  const opened = list.getByRole('button', { name: `Report ${CLAIMED}`, exact: true });
  await expect(opened).toBeInViewport();
  await expect(opened).toHaveAttribute('aria-current', 'true');

  // The subject picker suggests actors while it has focus, narrowed by what is typed.
  const subject = page.getByLabel('Add subject: pick or type a new name');
  const suggestions = page.locator(`datalist[id="${await subject.getAttribute('list')}"] option`);
  await expect(suggestions).toHaveCount(0);
  await subject.focus();
  await expect(suggestions).toHaveCount(1);
  await expect(suggestions.first()).toHaveAttribute('value', `Mayor ${CLAIMED}`);
  await subject.fill('zz');
  await expect(suggestions).toHaveCount(0);
  await subject.fill('mAYor');
  await expect(suggestions).toHaveCount(1);
  await subject.fill('');
  await subject.blur();
  await expect(suggestions).toHaveCount(0);

  // Hovering the claim names its kind, speaker and Admiralty grade (no source: F; credibility 6).
  const point = await page.locator('.reading-body').evaluate((body, phrase) => {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(phrase);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + phrase.length);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, claimText(CLAIMED));
  expect(point).not.toBeNull();
  await page.mouse.move(point!.x, point!.y);
  await expect(page.getByRole('tooltip')).toHaveText(`Claim · Mayor ${CLAIMED} · F6`);
  expect(problems).toEqual([]);
});

import { describeRange } from '../../shared/anchoring/describe';
import { defaultClaim } from '../../shared/case-ops';
import { emptyCase, type Annotation, type AnnotationKind, type Article, type CaseData } from '../../shared/domain';
import { detectLang, directionOf, paragraphStarts } from '../../shared/text';
import { contentHash } from '../../electron/services/import/hash';
import { expect, highlighted, openCaseData, test, watchConsole } from './host';

// A long article opens at its top with its first paragraphs and mounts the rest right after (also
// when reopened); its highlights are registered around the viewport only and follow the scroll; a
// claim far down, opened from the claims table while another article is open, is scrolled to and
// flashed all the same.

const PARAGRAPHS = 150;
const claimText = (i: number) => `harbour ${i} will reopen next week`;

function article(id: string, title: string, text: string, addedAt: string): Article {
  const lang = detectLang(text);
  return {
    id, title, text, lang, dir: directionOf(lang, text), url: null, publisher: null, byline: null, publishedAt: null,
    origin: { fileName: null, format: 'paste', encoding: null }, contentHash: contentHash(text), paragraphStarts: paragraphStarts(text), sourceId: null, addedAt,
  };
}

/** A short article first (the case opens on it), one of 150 paragraphs with 450 highlights, and one of 60 plain paragraphs. */
function longCase(): CaseData {
  const base = emptyCase('long', '2026-11-29T00:00:00.000Z', 'Long article case');
  const short = article('short', 'Short article', 'The port authority said the harbour stays closed.\nNothing else happened.', base.createdAt);
  const paras = Array.from({ length: PARAGRAPHS }, (_, i) =>
    `Spokesperson ${i} said that the ${claimText(i)}, according to officials of district ${i}. `.repeat(3).trim(),
  );
  const text = paras.join('\n');
  const long = article('long', 'Long article', text, base.createdAt);
  const annotations: Annotation[] = [];
  const mark = (kind: AnnotationKind, start: number, end: number): void => {
    annotations.push({
      id: `a${annotations.length}`, articleId: long.id, kind, target: describeRange(text, start, end), origin: { kind: 'manual' }, review: 'accepted', confidence: 1,
      claim: kind === 'claim' ? defaultClaim() : null, actorId: null, sourceId: null, note: '', createdAt: base.createdAt, updatedAt: base.createdAt,
    });
  };
  paras.forEach((p, i) => {
    const at = long.paragraphStarts[i]!;
    for (const [kind, phrase] of [['claim', claimText(i)], ['actor', `Spokesperson ${i}`], ['source', `officials of district ${i}`]] as const) {
      const start = at + p.indexOf(phrase);
      mark(kind, start, start + phrase.length);
    }
  });
  const medium = article('medium', 'Medium article', Array.from({ length: 60 }, (_, i) => `Medium paragraph ${i} is plain text without any highlight at all.`).join('\n'), base.createdAt);
  return { ...base, articles: [short, long, medium], annotations };
}

test('a long article: all of it mounts, highlights follow the scroll, a claim far down opens from the table', async ({ page, host }) => {
  const problems = watchConsole(page);
  await openCaseData(page, host, 'long.claimwork.json', longCase());
  await expect(page.locator('.reading-header h1')).toHaveText('Short article');

  await page.locator('.article-list button.article-title', { hasText: 'Long article' }).click();
  await expect(page.locator('.reading-header h1')).toHaveText('Long article');
  // The rest of the paragraphs arrive in idle time.
  await expect(page.locator('.reading-body .para')).toHaveCount(PARAGRAPHS);
  await expect(page.locator('.reading-body .para').last()).toContainText(`district ${PARAGRAPHS - 1}.`);

  // At the top, the first paragraph's claim is painted and the last one's is not registered yet.
  await expect.poll(() => highlighted(page, 'cw-claim')).toContain(claimText(0));
  expect(await highlighted(page, 'cw-claim')).not.toContain(claimText(PARAGRAPHS - 1));
  // Scrolled to the end: the last paragraph's claim, actor and source are painted.
  await page.locator('.reading-body .para').last().scrollIntoViewIfNeeded();
  await expect.poll(() => highlighted(page, 'cw-claim')).toContain(claimText(PARAGRAPHS - 1));
  expect(await highlighted(page, 'cw-actor')).toContain(`Spokesperson ${PARAGRAPHS - 1}`);
  expect(await highlighted(page, 'cw-source')).toContain(`officials of district ${PARAGRAPHS - 1}`);
  expect(await highlighted(page, 'cw-claim')).not.toContain(claimText(0));

  // Reopened after a short article, it again mounts only its first screens in the click and the rest
  // after (the short one, mounted whole at once, left the long one's count standing: all of it).
  await page.locator('.article-list button.article-title', { hasText: 'Short article' }).click();
  await expect(page.locator('.reading-header h1')).toHaveText('Short article');
  const mountedInClick = await page.locator('.article-list button.article-title', { hasText: 'Long article' }).evaluate(async (button) => {
    (button as HTMLElement).click();
    // React applies a click's update in a microtask queued by the handler, ahead of this one.
    await Promise.resolve();
    return document.querySelectorAll('.reading-body .para').length;
  });
  expect(mountedInClick).toBeGreaterThan(0);
  expect(mountedInClick).toBeLessThan(PARAGRAPHS);
  await expect(page.locator('.reading-header h1')).toHaveText('Long article');
  await expect(page.locator('.reading-body .para')).toHaveCount(PARAGRAPHS);
  await page.locator('.reading-body .para').last().scrollIntoViewIfNeeded();

  // Another article opens at its top, not where the last one was left.
  await page.locator('.article-list button.article-title', { hasText: 'Medium article' }).click();
  await expect(page.locator('.reading-header h1')).toHaveText('Medium article');
  await expect(page.locator('.reading-body .para').first()).toBeInViewport();

  // From another article, open a claim of the last paragraph from the claims table.
  await page.locator('.article-list button.article-title', { hasText: 'Short article' }).click();
  await expect(page.locator('.reading-header h1')).toHaveText('Short article');
  await page.locator('.view-tabs [role=tab]', { hasText: 'Claims table' }).click();
  await page.locator('input[aria-label="Filter Claim"]').fill(claimText(PARAGRAPHS - 2));
  await expect(page.locator('.claims-row')).toHaveCount(1);
  await page.locator('.claims-row').click();
  await expect(page.locator('.reading-header h1')).toHaveText('Long article');
  await expect.poll(() => highlighted(page, 'cw-flash')).toEqual([claimText(PARAGRAPHS - 2)]);
  await expect(page.locator('.reading-body .para').nth(PARAGRAPHS - 2)).toBeInViewport();
  expect(await highlighted(page, 'cw-claim')).toContain(claimText(PARAGRAPHS - 2));
  expect(problems).toEqual([]);
});

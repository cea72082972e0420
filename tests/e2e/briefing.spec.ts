import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { mdText } from '../../shared/briefing/markdown';
import { readPdfBack, words } from '../support/pdf-read';
import { readDocxBack } from '../support/docx-read';
import { caseOfArticles } from '../support/case-of-articles';
import { expect, openCaseData, seedArticlePath, seedMissing, test, watchConsole } from './host';

const QUOTE = 'إن إعادة بناء قدرات الدفاع في ليبيا تتطلب شركاء موثوق بهم';
const TITLE = 'Moscow & Haftar <week 19> *draft*';

async function pasteSeed(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Paste article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste article' });
  test.skip(seedMissing !== null, seedMissing ?? '');
  await dialog.locator('textarea[name=text]').fill(await readFile(seedArticlePath, 'utf8'));
  await dialog.getByLabel('Publisher').fill('Libya Observer');
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.reading-body .para')).toHaveCount(30);
}

/** Selects `text` in the reading view as the analyst would with the mouse, then presses C. */
async function markClaim(page: Page, text: string, speaker: string): Promise<void> {
  const found = await page.evaluate((quote) => {
    const body = document.querySelector('.reading-body');
    if (!body) return false;
    // Keys typed into a focused field (e.g. the last Speaker picker) are text, not commands.
    (document.activeElement as HTMLElement | null)?.blur();
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(quote) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + quote.length);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return true;
    }
    return false;
  }, text);
  expect(found).toBe(true);
  await page.keyboard.press('c');
  // Wait for the new claim's panel: typing into the previous claim's picker would link the wrong claim.
  await expect(page.locator('.annotation-panel blockquote')).toHaveText(text);
  const picker = page.getByLabel('Speaker: pick or type a new name');
  await picker.fill(speaker);
  // Link the speaker when the case knows the name, else create it (Enter alone only links).
  await page.locator('.annotation-panel').getByRole('button', { name: new RegExp(`^(Link ${speaker}|Create “${speaker}”)$`) }).first().click();
  await expect(page.locator('.annotation-panel .chip', { hasText: speaker }).first()).toBeVisible();
}

test('write a briefing with a live preview, regroup it, and export Markdown and PDF', async ({ page, host, request }) => {
  test.setTimeout(120_000);
  const problems = watchConsole(page);
  await page.goto(host.url);
  await pasteSeed(page);
  await markClaim(page, QUOTE, 'هافتار');

  await page.getByRole('tab', { name: 'Briefing' }).click();
  const form = page.getByRole('form', { name: 'Briefing' });
  const preview = page.getByTestId('briefing-preview');
  await form.getByLabel('Title').fill(TITLE);
  await form.getByLabel('Handling marking').fill('RESTRICTED');
  await form.getByLabel('Bottom line up front').fill('Moscow is deepening its military ties with the LNA.');

  // The preview follows every keystroke, with the marking at the top and the bottom.
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(preview.getByTestId('marking-top')).toHaveText('RESTRICTED');
  await expect(preview.getByTestId('marking-bottom')).toHaveText('RESTRICTED');
  await expect(preview.getByRole('region', { name: 'Bottom line up front' })).toContainText('Moscow is deepening its military ties');
  const quote = preview.locator('blockquote.quote');
  await expect(quote).toHaveCount(1);
  await expect(quote).toHaveText(QUOTE);
  expect(await quote.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  await expect(preview.getByTestId('briefing-claim')).toContainText('هافتار');
  // Grouped by actor (the default): one group, the speaker.
  await expect(preview.getByTestId('briefing-group').getByRole('heading')).toContainText('هافتار');
  // The appendix shows the article with the claim highlighted.
  await expect(preview.getByTestId('appendix-article').locator('mark.hl-claim')).toHaveText(QUOTE);

  // Regroup: by source (the publisher became the article's source), then by article.
  await form.getByRole('radio', { name: 'Source' }).check();
  await expect(preview.getByTestId('briefing-group').getByRole('heading')).not.toContainText('هافتار');
  await form.getByRole('radio', { name: 'Article' }).check();
  await expect(preview.getByTestId('briefing-group').getByRole('heading')).toContainText('موسكو');

  // The draft is saved in the case (after the pause), so it survives a reload.
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await page.reload();
  await page.getByRole('tab', { name: 'Briefing' }).click();
  await expect(form.getByLabel('Title')).toHaveValue(TITLE);
  await expect(form.getByRole('radio', { name: 'Article' })).toBeChecked();

  // Markdown: the browser host asks for a path, pre-filled in the data folder's exports/.
  await form.getByRole('button', { name: 'Export Markdown…' }).click();
  const target = form.getByLabel('Save the Markdown file as');
  await expect(target).toHaveValue(path.join(host.dataDir, 'exports', 'Moscow Haftar week 19 draft.md'));
  const mdPath = path.join(host.dataDir, 'exports', 'Moscow Haftar week 19 draft.md');
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(form.locator('.export-done')).toContainText(mdPath);
  const md = await readFile(mdPath, 'utf8');
  expect(md).toContain(mdText(TITLE));
  expect(md).not.toContain(TITLE);
  expect(md).toContain(QUOTE);
  expect(md).toContain('RESTRICTED');
  // And offered as a download from this session.
  const href = await form.getByRole('link', { name: 'Download' }).getAttribute('href');
  const download = await page.request.get(new URL(href!, host.origin).href);
  expect(download.status()).toBe(200);
  expect(await download.text()).toBe(md);
  // The link carries no token (the browser's HttpOnly cookie does): without the cookie it is refused.
  expect(href).not.toContain(host.token);
  expect(href).not.toContain('token');
  const forged = await page.request.get(`${host.origin}/api/download?id=${'0'.repeat(32)}`);
  expect(forged.status()).toBe(404);
  const noCookie = await request.get(new URL(href!, host.origin).href);
  expect(noCookie.status()).toBe(401);

  // PDF, to another folder.
  await form.getByRole('button', { name: 'Export PDF…' }).click();
  const pdfTarget = form.getByLabel('Save the PDF file as');
  await expect(pdfTarget).toHaveValue(path.join(host.dataDir, 'exports', 'Moscow Haftar week 19 draft.pdf'));
  const pdfPath = path.join(host.dataDir, 'brief.pdf');
  await pdfTarget.fill(pdfPath);
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  // While Chromium prints, the bar shows progress, a second export cannot start, and the window still answers.
  await expect(form.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
  await expect(form.getByRole('button', { name: 'Export Markdown…' })).toBeDisabled();
  await form.getByLabel('Author').fill('Desk analyst');
  await expect(preview.locator('.byline')).toContainText('Desk analyst');
  await expect(form.locator('.export-done')).toContainText(pdfPath, { timeout: 60_000 });
  // The next export starts in the folder of the last one.
  await form.getByRole('button', { name: 'Export Markdown…' }).click();
  await expect(form.getByLabel('Save the Markdown file as')).toHaveValue(path.join(host.dataDir, 'Moscow Haftar week 19 draft.md'));
  await form.getByRole('button', { name: 'Cancel' }).click();
  const pdf = await readFile(pdfPath);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  const read = await readPdfBack(pdf);
  const text = words(read.pages.join('\n'));
  expect(text).toContain(words(QUOTE));
  expect(text).toContain('RESTRICTED');
  expect(read.fonts.length).toBeGreaterThan(0);
  for (const font of read.fonts) expect(font.embedded, font.name).toBe(true);
  expect(problems).toEqual([]);
});

test('pick claims in the claims table and use them for the briefing', async ({ page, host }) => {
  await page.goto(host.url);
  await pasteSeed(page);
  await markClaim(page, QUOTE, 'هافتار');
  await markClaim(page, 'أحدث التطورات الإقليمية', 'Belousov');
  await page.getByRole('tab', { name: 'Briefing' }).click();
  const form = page.getByRole('form', { name: 'Briefing' });
  const preview = page.getByTestId('briefing-preview');
  await expect(preview.getByTestId('briefing-claim')).toHaveCount(2);
  await expect(form.getByRole('button', { name: 'Use picked claims (0)' })).toBeDisabled();

  await page.getByRole('tab', { name: /Claims table/ }).click();
  const firstRowBox = page.getByRole('checkbox').nth(1);
  await firstRowBox.check();
  await page.getByRole('tab', { name: 'Briefing' }).click();
  await form.getByRole('button', { name: 'Use picked claims (1)' }).click();
  await expect(form.getByRole('radio', { name: /Claims picked in the claims table \(1\)/ })).toBeChecked();
  await expect(preview.getByTestId('briefing-claim')).toHaveCount(1);
  await form.getByRole('radio', { name: /All accepted claims/ }).check();
  await expect(preview.getByTestId('briefing-claim')).toHaveCount(2);
});

test('a mixed-direction title reads right in the preview, and the briefing exports as a Word document', async ({ page, host }) => {
  test.setTimeout(90_000);
  const problems = watchConsole(page);
  await page.goto(host.url);
  await pasteSeed(page);
  await markClaim(page, QUOTE, 'هافتار');
  await page.getByRole('tab', { name: 'Briefing' }).click();
  const form = page.getByRole('form', { name: 'Briefing' });
  const preview = page.getByTestId('briefing-preview');

  // Each title is laid out by its own first strong letter, as the PDF and the Word document are.
  const h1 = preview.getByRole('heading', { level: 1 });
  await form.getByLabel('Title').fill('روسيا وحفتر / Russia–LNA ties after Haftar visit to Moscow');
  await expect(h1).toHaveAttribute('dir', 'rtl');
  await form.getByLabel('Title').fill('Russia–LNA ties after Haftar visit to Moscow / روسيا وحفتر');
  await expect(h1).toHaveAttribute('dir', 'ltr');
  expect(await h1.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  // The claim has no source of its own: the preview says the publisher stands in.
  await expect(preview.getByTestId('briefing-claim')).toContainText('Libya Observer (the publisher; no source named)');
  await form.getByLabel('Handling marking').fill('RESTRICTED');

  await form.getByRole('button', { name: 'Export Word…' }).click();
  const target = form.getByLabel('Save the Word file as');
  await expect(target).toHaveValue(/\.docx$/);
  const docxPath = path.join(host.dataDir, 'brief.docx');
  await target.fill(docxPath);
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(form.locator('.export-done')).toContainText(docxPath, { timeout: 30_000 });
  const bytes = await readFile(docxPath);
  const doc = await readDocxBack(bytes);
  expect(doc.paragraphs[0]).toMatchObject({ text: 'Russia–LNA ties after Haftar visit to Moscow / روسيا وحفتر', bidi: false });
  expect(doc.text).toContain(QUOTE);
  expect(doc.paragraphs.find((p) => p.text === QUOTE)!.bidi).toBe(true);
  expect(doc.headers.join('\n')).toContain('RESTRICTED');
  expect(doc.footnotes.join('\n')).toContain('¶');
  // Offered as a download with the Word content type.
  const href = await form.getByRole('link', { name: 'Download' }).getAttribute('href');
  const download = await page.request.get(new URL(href!, host.origin).href);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  expect(Buffer.from(await download.body()).equals(bytes)).toBe(true);
  expect(problems).toEqual([]);
});

test('the Briefing view of a case with thousands of claims: scroll to the end, go to a claim deep in the list and open its highlight', async ({ page, host }) => {
  test.setTimeout(120_000);
  const problems = watchConsole(page);
  // 250 articles, 2,500 claims spoken by five actors.
  const data = caseOfArticles(250, 'Many claims');
  data.actors = Array.from({ length: 5 }, (_, i) => ({ id: `actor-${i}`, name: i % 2 ? `Speaker ${i}` : `المتحدث ${i}`, type: 'person' as const, aliases: [], role: '' }));
  data.annotations = data.annotations.map((a, i) => (a.claim ? { ...a, claim: { ...a.claim, speakerId: `actor-${i % 5}` } } : a));
  const claims = data.annotations.filter((a) => a.claim).length;
  expect(claims).toBe(2500);
  await openCaseData(page, host, 'many-claims.claimwork.json', data);
  await expect(page.locator('.sidebar h2', { hasText: 'Articles (250)' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('tab', { name: 'Briefing' }).click();
  const form = page.getByRole('form', { name: 'Briefing' });
  const preview = page.getByTestId('briefing-preview');
  await expect(preview.locator('.byline')).toContainText(`${claims} claims`);
  await expect(preview.getByTestId('briefing-claim').first()).toBeVisible();
  // Only what is on screen is in the page, not 2,500 cards.
  expect(await preview.getByTestId('briefing-claim').count()).toBeLessThan(100);
  // The stories come once grouped, after the claims.
  await expect(preview).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  await expect(form.getByRole('status').filter({ hasText: 'Grouping the stories' })).toHaveCount(0);

  // Scrolled to the end: the last article of the appendix and the marking at the bottom are there.
  await form.getByLabel('Handling marking').fill('RESTRICTED');
  const pane = page.locator('.briefing-preview-pane');
  for (let i = 0; i < 10 && !(await preview.getByTestId('marking-bottom').isVisible()); i++) {
    await pane.evaluate((el) => void (el.scrollTop = el.scrollHeight));
    await page.waitForTimeout(200);
  }
  await expect(preview.getByTestId('marking-bottom')).toBeVisible();
  await expect(preview.getByTestId('marking-bottom')).toHaveText('RESTRICTED');
  await expect(preview.getByRole('heading', { name: /^A250\. Article 249$/ })).toBeVisible();

  // Scrolling back up with the wheel reaches the claims again, each drawn where it belongs.
  await pane.evaluate((el) => void (el.scrollTop = 0));
  await expect(preview.getByRole('heading', { level: 1 })).toBeVisible();

  // A claim deep in the list: brought to the top by its number, then its highlight opened.
  await form.getByLabel('Go to claim').fill('2345');
  await form.getByRole('button', { name: 'Show', exact: true }).click();
  const card = preview.locator('[data-claim-n="2345"]');
  await expect(card).toBeVisible();
  await expect(card.locator('strong').first()).toHaveText('Claim 2345');
  const cited = (await card.locator('.claim-meta dd').last().textContent()) ?? '';
  const article = /Article \d+/.exec(cited)?.[0];
  expect(article).toBeTruthy();
  const quote = (await card.locator('blockquote.quote').textContent()) ?? '';
  await card.getByRole('button', { name: 'Open highlight' }).click();
  await expect(page.locator('.reading-header h1')).toHaveText(article!);
  await expect(page.locator('.annotation-panel blockquote')).toHaveText(quote);
  expect(problems).toEqual([]);
});

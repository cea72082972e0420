import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, highlighted, seedArticlePath, seedMissing, test, watchConsole } from './host';

async function pasteSeed(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Paste article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste article' });
  test.skip(seedMissing !== null, seedMissing ?? '');
  await dialog.locator('textarea[name=text]').fill(await readFile(seedArticlePath, 'utf8'));
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(page.locator('.reading-body .para')).toHaveCount(30);
}

/** Selects the n-th occurrence of `text` in the reading view, as a mouse drag would. */
async function selectText(page: Page, text: string, occurrence = 0): Promise<void> {
  const found = await page.evaluate(
    ([t, n]) => {
      const body = document.querySelector('.reading-body')!;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        let i = node.data.indexOf(t as string);
        while (i >= 0) {
          if (seen++ === n) {
            const r = new Range();
            r.setStart(node, i);
            r.setEnd(node, i + (t as string).length);
            const sel = getSelection()!;
            sel.removeAllRanges();
            sel.addRange(r);
            document.dispatchEvent(new Event('selectionchange'));
            return true;
          }
          i = node.data.indexOf(t as string, i + 1);
        }
      }
      return false;
    },
    [text, occurrence] as const,
  );
  expect(found).toBe(true);
}

/** Clicks the middle of the first range of a highlight, scrolled into view first. */
async function clickHighlight(page: Page, name: string): Promise<void> {
  const box = await page.evaluate(async (n) => {
    const first = [...CSS.highlights.get(n)!][0]!;
    const r = new Range();
    r.setStart(first.startContainer, first.startOffset);
    r.setEnd(first.endContainer, first.endOffset);
    r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    // Paragraphs are content-visibility:auto: the ones scrolled into view are laid out in the next
    // frames and may shift the text, so the point is measured once the layout has settled.
    let last = '';
    for (let i = 0; i < 20; i++) {
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const b = r.getClientRects()[0]!;
      const now = `${b.left},${b.top}`;
      if (now === last) return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      last = now;
    }
    throw new Error('the highlight kept moving');
  }, name);
  await page.mouse.click(box.x, box.y);
}

test('mark a claim, link its speaker, reload: same characters, still linked; overlap; undo two edits; filter the table', async ({ page, host }) => {
  const problems = watchConsole(page);
  await page.goto(host.url);
  await pasteSeed(page);

  await selectText(page, 'ستستمر في مساعدة');
  await expect(page.getByRole('toolbar', { name: 'Mark selection' })).toBeVisible();
  await page.keyboard.press('c');
  const panel = page.getByRole('region', { name: 'Annotation' });
  await expect(panel.locator('blockquote')).toHaveText('ستستمر في مساعدة');
  const speaker = panel.getByLabel('Speaker: pick or type a new name');
  await speaker.fill('فلاديمير بوتين');
  await panel.getByRole('button', { name: 'Create “فلاديمير بوتين”' }).click();
  await expect(panel.locator('.picker-current .chip').first()).toHaveText('فلاديمير بوتين');
  await expect.poll(() => highlighted(page, 'cw-claim')).toEqual(['ستستمر في مساعدة']);

  // No element was inserted into the text: highlights are ranges over the original text nodes.
  const joined = await page.locator('.reading-body').evaluate((el) => el.querySelectorAll('mark, .hl').length);
  expect(joined).toBe(0);
  await page.locator('.reading-body').evaluate((el) => {
    const range = CSS.highlights.get('cw-claim');
    const r = range ? [...range][0] : null;
    r?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    void el;
  });
  await page.mouse.move(5, 5);
  await page.screenshot({ path: test.info().outputPath('seed-highlighted.png') });

  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await page.reload();
  await expect(page.locator('.reading-body .para')).toHaveCount(30);
  await expect.poll(() => highlighted(page, 'cw-claim')).toEqual(['ستستمر في مساعدة']);
  // Click the highlight: the claim opens with its speaker.
  await clickHighlight(page, 'cw-claim');
  await expect(panel.locator('.picker-current .chip').first()).toHaveText('فلاديمير بوتين');

  // An overlapping actor highlight on the speaker's name and part of the claim's sentence.
  await selectText(page, 'بوتين إن روسيا');
  await page.getByRole('toolbar', { name: 'Mark selection' }).getByRole('button', { name: /Actor/ }).click();
  await expect.poll(() => highlighted(page, 'cw-actor')).toEqual(['بوتين إن روسيا']);
  await expect.poll(() => highlighted(page, 'cw-claim')).toEqual(['ستستمر في مساعدة']);

  // Undo the last two edits: the actor mention goes, then the speaker link.
  await page.locator('.reading-body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect.poll(() => highlighted(page, 'cw-actor')).toEqual([]);
  await page.keyboard.press('Control+z');
  await clickHighlight(page, 'cw-claim');
  await expect(panel.locator('blockquote')).toHaveText('ستستمر في مساعدة');
  await expect(panel.locator('.picker-current')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(panel.locator('.picker-current .chip').first()).toHaveText('فلاديمير بوتين');

  // A second claim with another speaker, then filter the claims table by speaker.
  await selectText(page, 'لديها العديد من المشاريع');
  await page.keyboard.press('c');
  // Wait for the panel of the new claim: typing into the previous one would link the wrong claim.
  await expect(panel.locator('blockquote')).toHaveText('لديها العديد من المشاريع');
  const speaker2 = panel.getByLabel('Speaker: pick or type a new name');
  await speaker2.fill('إبراهيم تراور');
  await panel.getByRole('button', { name: 'Create “إبراهيم تراور”' }).click();
  await expect(panel.locator('.picker-current .chip').first()).toHaveText('إبراهيم تراور');
  await page.getByRole('tab', { name: /Claims table/ }).click();
  await expect(page.locator('[data-claim-id]')).toHaveCount(2);
  await page.getByLabel('Filter Speaker').fill('تراور');
  await expect(page.locator('[data-claim-id]')).toHaveCount(1);
  await expect(page.locator('[data-claim-id]').first()).toContainText('لديها العديد من المشاريع');
  // Clicking the row opens the article at the highlight.
  await page.locator('[data-claim-id]').first().click();
  await expect(page.locator('.reading-body')).toBeVisible();
  await expect(panel.locator('blockquote')).toHaveText('لديها العديد من المشاريع');
  expect(problems).toEqual([]);
});

test('keyboard selection and the A key make an actor mention linked to a new actor, with the text as alias', async ({ page, host }) => {
  await page.goto(host.url);
  await pasteSeed(page);
  await selectText(page, 'هافتار');
  await page.keyboard.press('a');
  const panel = page.getByRole('region', { name: 'Annotation' });
  await expect(panel.locator('blockquote')).toHaveText('هافتار');
  await panel.getByRole('button', { name: 'Create “هافتار”' }).click();
  await page.getByRole('tab', { name: /Actors/ }).click();
  await expect(page.getByRole('region', { name: 'Actors' }).getByText('هافتار').first()).toBeVisible();
  // Keyboard: focus the text, extend the caret selection with Shift+Arrow, mark with N.
  await page.locator('.reading-body').focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowLeft');
  const selected = await page.evaluate(() => getSelection()!.toString());
  expect(selected.length).toBeGreaterThan(0);
  await page.keyboard.press('n');
  await page.getByRole('tab', { name: 'Annotation' }).click();
  await expect(panel.getByRole('heading', { name: 'Note' })).toBeVisible();
  await expect(panel.locator('blockquote')).toHaveText(selected.trim());
});

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, seedArticlePath, seedMissing, test, watchConsole } from './host';

async function pasteSeed(page: import('@playwright/test').Page): Promise<void> {
  await page.getByRole('button', { name: 'Paste article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste article' });
  test.skip(seedMissing !== null, seedMissing ?? '');
  await dialog.locator('textarea[name=text]').fill(await readFile(seedArticlePath, 'utf8'));
  await dialog.getByLabel('Publisher').fill('Libya Observer');
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(dialog).toBeHidden();
}

test('paste the seed article: 30 right-to-left paragraphs, still there after a reload', async ({ page, host }) => {
  const problems = watchConsole(page);
  await page.goto(host.url);
  await pasteSeed(page);
  const paras = page.locator('.reading-body .para');
  await expect(paras).toHaveCount(30);
  const directions = await paras.evaluateAll((els) => els.map((el) => getComputedStyle(el).direction));
  expect(directions.every((d) => d === 'rtl')).toBe(true);
  // Latin names sit isolated inside the Arabic paragraphs.
  await expect(page.locator('.reading-body bdi', { hasText: 'Kremlin Press' })).toHaveCount(1);
  await expect(page.locator('.reading-body bdi', { hasText: 'Facebook' })).toHaveCount(1);
  await expect(page.locator('.reading-body bdi', { hasText: 'LNA' }).first()).toBeVisible();
  // Arabic is set in the bundled Amiri font.
  const font = await paras.first().evaluate((el) => getComputedStyle(el).fontFamily);
  expect(font).toContain('Amiri');
  expect(await page.evaluate(() => document.fonts.check('20px Amiri', 'موسكو'))).toBe(true);
  await expect(page.getByTestId('save-status')).toHaveText('Saved');

  await page.reload();
  await expect(page.locator('.reading-body .para')).toHaveCount(30);
  // Titled by its first sentence, not by the dateline "موسكو" alone, which stays the first paragraph only.
  await expect(page.locator('.reading-header h1')).toHaveText(/^حصل الرئيس الروسي فلاديمير بوتين/);
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: /^حصل الرئيس الروسي/ })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: 'موسكو', exact: true })).toHaveCount(0);
  await expect(paras.first()).toHaveText('موسكو');
  await page.screenshot({ path: test.info().outputPath('seed-reading-view.png') });
  expect(problems).toEqual([]);
});

test('the case is kept on disk: a new host on the same data folder shows the article', async ({ page, host }) => {
  await page.goto(host.url);
  await pasteSeed(page);
  // The badge says "Saving…" from the render that shows the article (see the test below) and "Saved"
  // once the write is done: the file has the article by then.
  const caseFile = path.join(host.dataDir, 'cases', 'default.claimwork.json');
  await expect.poll(async () => (JSON.parse(await readFile(caseFile, 'utf8')) as { articles: unknown[] }).articles.length, { timeout: 10_000 }).toBe(1);
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  const file = JSON.parse(await readFile(caseFile, 'utf8'));
  expect(file.articles).toHaveLength(1);
  expect(file.articles[0].publisher).toBe('Libya Observer');
  expect(file.articles[0].paragraphStarts).toHaveLength(30);
});

test('an edit shows "Saving…" on the badge in the render that shows it, without waiting for the host to say so', async ({ page, host }) => {
  // The host pushes its "Saving…" just after it answered the edit, over the event stream; whether that
  // or the answer reaches the page first varies. Cut the stream: what the badge says when the edit
  // shows is then the page's own doing, every time.
  await page.route('**/api/events', (route) => route.abort());
  await page.goto(host.url);
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  // What the badge reads at the moment the pasted article first shows in the list (before any paint).
  await page.evaluate(`(() => {
    window.__badgeAtEdit = null;
    const observer = new MutationObserver(() => {
      if (!document.querySelector('.article-list > li')) return;
      observer.disconnect();
      window.__badgeAtEdit = document.querySelector('[data-testid=save-status]').textContent;
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  })()`);
  await pasteSeed(page);
  await expect.poll(() => page.evaluate('window.__badgeAtEdit')).not.toBeNull();
  expect(await page.evaluate('window.__badgeAtEdit')).toBe('Saving…');
  const caseFile = path.join(host.dataDir, 'cases', 'default.claimwork.json');
  await expect.poll(async () => (JSON.parse(await readFile(caseFile, 'utf8')) as { articles: unknown[] }).articles.length, { timeout: 10_000 }).toBe(1);
  // No host status reached the page (as when the host's "Saved" was drawn before the edit's answer):
  // the badge still ends on "Saved" once the case is written, not on a "Saving…" that never ends.
  await expect(page.getByTestId('save-status')).toHaveText('Saved', { timeout: 10_000 });
  // With the stream back, the host's word agrees: saved, and the file has the article.
  await page.unroute('**/api/events');
  await page.reload();
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(1);
});

test('open a .txt file through the picker', async ({ page, host }) => {
  await page.goto(host.url);
  const txt = path.join(host.dataDir, 'note.txt');
  await writeFile(txt, '\uFEFFThe ministry said talks would resume.\nA second paragraph.\n');
  await page.getByTestId('file-input').setInputFiles(txt);
  await expect(page.locator('.reading-body .para')).toHaveCount(2);
  await expect(page.locator('.reading-header h1')).toHaveText('The ministry said talks would resume.'); // a text file's first line is its title
  await expect(page.locator('.reading-body .para').first()).toHaveText('The ministry said talks would resume.');
  const dir = await page.locator('.reading-body .para').first().evaluate((el) => getComputedStyle(el).direction);
  expect(dir).toBe('ltr');
});

test('a binary file is refused with a message and the case is unchanged', async ({ page, host }) => {
  await page.goto(host.url);
  await pasteSeed(page);
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  const caseFile = path.join(host.dataDir, 'cases', 'default.claimwork.json');
  const before = await readFile(caseFile, 'utf8');
  const bin = path.join(host.dataDir, 'image.txt');
  await writeFile(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  await page.getByTestId('file-input').setInputFiles(bin);
  await expect(page.getByRole('list', { name: 'Import results' }).locator('li[data-status=refused]')).toContainText('image.txt');
  await expect(page.getByRole('list', { name: 'Articles' }).locator('li')).toHaveCount(1);
  await page.waitForTimeout(600); // longer than the save debounce: nothing may be written
  expect(await readFile(caseFile, 'utf8')).toBe(before);
});

test('rename and delete an article; delete asks first', async ({ page, host }) => {
  await page.goto(host.url);
  await pasteSeed(page);
  await page.getByRole('button', { name: /^Edit details of حصل الرئيس الروسي/ }).click();
  const rename = page.getByRole('dialog', { name: 'Article details' });
  await rename.getByLabel('Title').fill('بوتين وحفتر');
  await rename.getByRole('button', { name: 'Save details' }).click();
  await expect(page.locator('.reading-header h1')).toHaveText('بوتين وحفتر');
  await page.getByRole('button', { name: 'Delete بوتين وحفتر' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete article' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.reading-body .para')).toHaveCount(30);
  await page.getByRole('button', { name: 'Delete بوتين وحفتر' }).click();
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('No articles yet')).toBeVisible();
  await page.reload();
  await expect(page.getByText('No articles yet')).toBeVisible();
});

test('new case, save as, and open a recent case from the toolbar', async ({ page, host }) => {
  await page.goto(host.url);
  await pasteSeed(page);
  await page.getByRole('button', { name: 'Save case as…' }).click();
  const saveAs = page.getByRole('dialog', { name: 'Save case as' });
  const target = path.join(host.dataDir, 'libya');
  await saveAs.getByLabel('Case file path').fill(target);
  await saveAs.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.case-title')).toHaveAttribute('title', `${target}.claimwork.json`);
  await page.getByRole('button', { name: 'New case' }).click();
  await page.getByRole('dialog', { name: 'New case' }).getByRole('button', { name: 'Create' }).click();
  await expect(page.getByText('No articles yet')).toBeVisible();
  await page.getByRole('button', { name: 'Open case…' }).click();
  await page.getByRole('dialog', { name: 'Open case' }).getByRole('button', { name: `${target}.claimwork.json` }).click();
  await expect(page.locator('.reading-body .para')).toHaveCount(30);
});

test('opening a file that is not a case shows why and keeps the current case', async ({ page, host }) => {
  await page.goto(host.url);
  await pasteSeed(page);
  const foreign = path.join(host.dataDir, 'package.json');
  await writeFile(foreign, '{"name":"x"}');
  await page.getByRole('button', { name: 'Open case…' }).click();
  const open = page.getByRole('dialog', { name: 'Open case' });
  await open.getByLabel('Case file path').fill(foreign);
  await open.getByRole('button', { name: 'Open' }).click();
  // Said inside the dialog, in front; and no ".bak" copy is offered for a file that is not a case.
  await expect(open.getByRole('alert')).toContainText('is not a Claimwork case file');
  await expect(open.getByRole('alert')).not.toContainText('.bak');
  await expect(page.locator('.notices').getByRole('alert')).toHaveCount(0);
  expect(await readFile(foreign, 'utf8')).toBe('{"name":"x"}');
  await open.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.reading-body .para')).toHaveCount(30);
});

test('the browser host refuses calls without the token and from a foreign Origin', async ({ request, host }) => {
  const noToken = await request.post(`${host.origin}/api/getCase`, { data: {} });
  expect(noToken.status()).toBe(401);
  const wrongToken = await request.post(`${host.origin}/api/getCase`, { data: {}, headers: { 'X-Claimwork-Token': 'guess' } });
  expect(wrongToken.status()).toBe(401);
  const foreign = await request.post(`${host.origin}/api/getCase`, {
    data: {},
    headers: { 'X-Claimwork-Token': host.token, Origin: 'http://evil.example' },
  });
  expect(foreign.status()).toBe(403);
  const rebound = await request.post(`${host.origin}/api/getCase`, {
    data: {},
    headers: { 'X-Claimwork-Token': host.token, Host: 'attacker.example:80' },
  });
  expect(rebound.status()).toBe(421);
  const good = await request.post(`${host.origin}/api/getCase`, { data: {}, headers: { 'X-Claimwork-Token': host.token } });
  expect(good.status()).toBe(200);
  expect((await good.json()).ok).toBe(true);
  const events = await request.get(`${host.origin}/api/events`);
  expect(events.status()).toBe(401);
  const page = await request.get(`${host.origin}/`);
  expect(page.headers()['content-security-policy']).toContain("default-src 'self'");
});

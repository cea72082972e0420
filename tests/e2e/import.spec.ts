import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Page } from '@playwright/test';
import { expect, test, watchConsole } from './host';
import { missing, readabilityDevDir } from '../support/paths';

const bbcPage = path.join(readabilityDevDir, 'bbc-1', 'source.html');
const bbcMissing = missing(bbcPage, 'a saved BBC page');
const ARABIC = ['قال المتحدث باسم الحكومة إن المحادثات ستستأنف في موسكو الأسبوع المقبل.', 'وأضاف أن الوفد سيضم ممثلين عن الجيش الوطني الليبي وحكومة الوحدة.'];

const paras = (page: Page) => page.locator('.reading-body .para');
const results = (page: Page) => page.getByRole('list', { name: 'Import results' });

async function fileIn(dir: string, name: string, content: string | Uint8Array): Promise<string> {
  const p = path.join(dir, name);
  await mkdir(path.dirname(p), { recursive: true });
  await writeFile(p, content);
  return p;
}

test('a saved web page imports as its article: title, paragraphs, publisher and date', async ({ page, host }) => {
  test.skip(bbcMissing !== null, bbcMissing ?? '');
  const problems = watchConsole(page);
  await page.goto(host.url);
  await page.getByTestId('file-input').setInputFiles(bbcPage);
  await expect(page.locator('.reading-header h1')).toHaveText("Obama admits US gun laws are his 'biggest frustration'");
  await expect(paras(page).first()).toHaveText(/^President Barack Obama has admitted that his failure to pass "common sense gun safety laws"/);
  expect(await paras(page).count()).toBeGreaterThan(20);
  const header = page.locator('.reading-header .meta');
  await expect(header).toContainText('BBC News');
  // In the reader's locale (the test browser's en-US), stored as ISO.
  await expect(header.locator('time')).toHaveAttribute('datetime', /^2015-07-24/);
  await expect(header.locator('time')).toContainText('Jul 24, 2015');
  await expect(header).toContainText('source.html (UTF-8)');
  // The publisher became a source record.
  await expect(page.getByRole('tab', { name: 'Sources (1)' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('a windows-1256 text file shows the same Arabic, and the encoding in the header', async ({ page, host }) => {
  await page.goto(host.url);
  const file = await fileIn(host.dataDir, 'khabar.txt', iconv.encode(ARABIC.join('\r\n'), 'windows-1256'));
  await page.getByTestId('file-input').setInputFiles(file);
  await expect(paras(page)).toHaveCount(2);
  await expect(paras(page).first()).toHaveText(ARABIC[0]!);
  await expect(paras(page).nth(1)).toHaveText(ARABIC[1]!);
  await expect(page.locator('.reading-header .meta')).toContainText('khabar.txt (windows-1256)');
  expect(await paras(page).first().evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');

  // Re-import with another encoding: the text changes, and changes back.
  const reimport = async (encoding: string) => {
    await page.getByRole('button', { name: 'Edit details of' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Article details' });
    await dialog.getByLabel('Encoding').selectOption(encoding);
    await dialog.getByTestId('reimport-input').setInputFiles(file);
    await expect(dialog).toBeHidden();
  };
  await reimport('windows-1252');
  await expect(page.locator('.reading-header .meta')).toContainText('(windows-1252)');
  await expect(paras(page).first()).not.toHaveText(ARABIC[0]!);
  await reimport('windows-1256');
  await expect(page.locator('.reading-header .meta')).toContainText('(windows-1256)');
  await expect(paras(page).first()).toHaveText(ARABIC[0]!);
  await expect(page.getByRole('list', { name: 'Articles' }).locator('li')).toHaveCount(1);
});

test('several files at once: one result line each (imported, duplicate, refused)', async ({ page, host }) => {
  await page.goto(host.url);
  const d = host.dataDir;
  const files = [
    await fileIn(d, 'one.txt', 'The ministry said talks would resume.\nA second paragraph.'),
    await fileIn(d, 'one-again.md', 'The ministry said talks would resume.\nA second paragraph.'),
    await fileIn(d, 'photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])),
    await fileIn(d, 'khabar.txt', iconv.encode(ARABIC.join('\n'), 'windows-1256')),
  ];
  await page.getByTestId('file-input').setInputFiles(files);
  const dialog = page.getByRole('dialog', { name: 'Import files' });
  await expect(dialog.getByTestId('import-summary')).toHaveText(/2 imported, 1 duplicate, 1 refused/);
  await expect(results(page).locator('li[data-status=imported]')).toHaveCount(2);
  await expect(results(page).locator('li[data-status=duplicate]')).toContainText('one-again.md');
  await expect(results(page).locator('li[data-status=duplicate]')).toContainText('duplicate of “The ministry said talks would resume.”');
  await expect(results(page).locator('li[data-status=refused]')).toContainText('photo.txt');
  await expect(results(page).locator('li[data-status=refused]')).toContainText('image');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('list', { name: 'Articles' }).locator('li')).toHaveCount(2);
});

test('dropping files imports them the same way', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByText('No articles yet')).toBeVisible();
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['First dropped article.\nIts second paragraph.'], 'first.txt', { type: 'text/plain' }));
    dt.items.add(new File(['<html><head><title>Dropped page</title></head><body><p>Text of the dropped page, long enough to read.</p></body></html>'], 'page.html', { type: 'text/html' }));
    document.querySelector('.app')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole('list', { name: 'Articles' }).locator('li')).toHaveCount(2);
  await expect(page.getByRole('list', { name: 'Articles' })).toContainText('Dropped page');
});

test('cancel stops before the next file; articles already imported stay whole', async ({ page, host }) => {
  await page.goto(host.url);
  const files: string[] = [];
  for (let i = 0; i < 10; i++) files.push(await fileIn(host.dataDir, `batch/f${i}.txt`, `Article number ${i}.\nParagraph of article ${i}.`));
  // Hold the second file's request until Cancel is clicked: the real back end still imports it.
  let release!: () => void;
  const cancelled = new Promise<void>((r) => (release = r));
  let calls = 0;
  await page.route('**/api/importFile', async (route) => {
    calls += 1;
    if (calls === 2) await cancelled;
    await route.continue();
  });
  await page.getByTestId('file-input').setInputFiles(files);
  const dialog = page.getByRole('dialog', { name: 'Import files' });
  await expect(dialog.getByRole('status')).toContainText('File 2 of 10: f1.txt');
  await expect(dialog).toContainText('Cancel stops before the next file; articles already imported stay in the case.');
  await dialog.getByRole('button', { name: 'Cancel import' }).click();
  release();
  await expect(dialog.getByTestId('import-summary')).toContainText('Import cancelled. 2 imported, 0 duplicate, 0 refused, 8 not imported (cancelled).');
  await expect(dialog).toContainText('Articles imported before you cancelled stay in the case.');
  await expect(results(page).locator('li[data-status=not-imported]').first()).toContainText('f2.txt');
  expect(calls).toBe(2);
  await expect(page.getByRole('list', { name: 'Articles' }).locator('li')).toHaveCount(2);
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  const saved = JSON.parse(await readFile(path.join(host.dataDir, 'cases', 'default.claimwork.json'), 'utf8')) as { articles: { text: string }[] };
  expect(saved.articles.map((a) => a.text)).toEqual(['Article number 0.\nParagraph of article 0.', 'Article number 1.\nParagraph of article 1.']);
});

const HOSTILE = `<!doctype html><html><head><title>Hostile page</title>
<meta http-equiv="refresh" content="0; url=https://example.invalid/away">
<script>alert('script ran')</script><style>body{display:none}</style></head><body>
<nav><a href="/">Home</a> <a href="javascript:alert('nav')">Menu</a></nav>
<article><h1>Hostile page</h1>
<p>The first paragraph of the hostile page talks about the ministry and its plans for the coming year in detail.</p>
<p>Second paragraph <img src="x" onerror="alert('img')"> with an image and a <a href="javascript:alert('link')">javascript link</a> in its text, which is long enough.</p>
<iframe src="javascript:alert('iframe')"></iframe><iframe srcdoc="<script>parent.alert('srcdoc')</script>"></iframe>
<p onclick="alert('click')">Third paragraph: the spokesman said the delegation would travel to Moscow next week for talks.</p>
${Array.from({ length: 4 }, (_, i) => `<p>Further paragraph ${i + 1}: officials familiar with the plans said the talks would cover security arrangements, the exchange of prisoners and the reopening of the coastal road, according to the statement published on Tuesday.</p>`).join('\n')}
</article><script>document.location='https://example.invalid/'</script></body></html>`;

test('hostile HTML (file and clipboard) becomes plain text and runs nothing', async ({ page, host }) => {
  const problems = watchConsole(page);
  await page.goto(host.url);
  const startUrl = page.url();
  await page.getByTestId('file-input').setInputFiles(await fileIn(host.dataDir, 'hostile.html', HOSTILE));
  await expect(page.locator('.reading-header h1')).toHaveText('Hostile page');
  await expect(paras(page).first()).toContainText('The first paragraph of the hostile page');
  await expect(page.locator('.reading-body')).toContainText('javascript link');
  await expect(page.locator('.reading-body')).not.toContainText('alert');
  await expect(page.locator('.reading-body :is(script, img, iframe, a, style)')).toHaveCount(0);
  await page.locator('.reading-body').click();

  // The same page pasted as clipboard HTML goes to the extractor, never into the page.
  await page.getByRole('button', { name: 'Paste article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste article' });
  await dialog.locator('textarea[name=text]').evaluate((el, html) => {
    const data = new DataTransfer();
    data.setData('text/html', html.replace('Hostile page</h1>', 'Hostile page pasted</h1>').replace('The first', 'Pasted: the first'));
    data.setData('text/plain', 'Plain text of the hostile page');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, HOSTILE);
  await expect(dialog.getByText('Pasted from a web page')).toBeVisible();
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('list', { name: 'Articles' }).locator('li')).toHaveCount(2);
  await expect(page.locator('.reading-body')).toContainText('Pasted: the first paragraph');
  await expect(page.locator('.reading-body :is(script, img, iframe, a, style)')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.reading-body')).not.toContainText('alert');
  expect(page.url()).toBe(startUrl);
  expect(problems).toEqual([]);
});

test('edit the metadata: the publisher becomes a source, byline and date in the header', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByTestId('file-input').setInputFiles(await fileIn(host.dataDir, 'note.txt', 'The ministry said talks would resume.\nA second paragraph.'));
  await expect(page.getByRole('tab', { name: 'Sources (0)' })).toBeVisible();
  await page.getByRole('button', { name: 'Edit details of The ministry said talks would resume.' }).click();
  const dialog = page.getByRole('dialog', { name: 'Article details' });
  await dialog.getByLabel('Title').fill('Talks to resume');
  await dialog.getByLabel('Publisher').fill('Libya Observer');
  await dialog.getByLabel('Byline').fill('Jane Roe');
  await dialog.getByLabel('Published').fill('2025-03-04');
  await dialog.getByLabel('URL').fill('https://www.libyaobserver.ly/news/talks');
  await dialog.getByRole('button', { name: 'Save details' }).click();
  await expect(dialog).toBeHidden();
  const header = page.locator('.reading-header');
  await expect(header.locator('h1')).toHaveText('Talks to resume');
  for (const t of ['Libya Observer', 'Jane Roe', 'Mar 4, 2025', 'https://www.libyaobserver.ly/news/talks']) await expect(header).toContainText(t);
  await expect(header.locator('time')).toHaveAttribute('datetime', '2025-03-04');
  await page.getByRole('tab', { name: 'Sources (1)' }).click();
  await expect(page.locator('.side-panel')).toContainText('Libya Observer');
});

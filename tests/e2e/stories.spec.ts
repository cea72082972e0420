/**
 * The Stories view: the English reports of one event grouped into stories, sorted by independent
 * origins; a contradiction side by side; the proposed credibility accepted and undone; a report
 * opened as its highlight in Reading.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { describeRange } from '../../shared/anchoring';
import { paragraphStarts } from '../../shared/text';
import { STORY_LINK_LABEL } from '../../shared/stories';
import { storiesCase } from '../fixtures/stories/case';
import { expect, highlighted, openCaseData, test, watchConsole } from './host';

test('stories: sorted by origins, contradiction beside the story, credibility accepted and undone, a report opens its highlight', async ({ page, host }) => {
  const problems = watchConsole(page);
  await openCaseData(page, host, 'stories.claimwork.json', storiesCase('en'));
  await expect(page.locator('.article-title')).toHaveCount(5);
  await page.locator('.view-tabs [role=tab]', { hasText: 'Stories' }).click();

  const stories = page.locator('.stories-list > li.story');
  // Reported once and uncontradicted (the ministry's denial) is hidden until asked for.
  await expect(stories).toHaveCount(4);
  await expect(stories.locator('.story-speaker')).toHaveText(['Vladimir Putin', 'LNA General Command', 'Ibrahim Traore', 'Guido Crosetto']);
  await expect(stories.locator('.story-origins')).toHaveText(['3 independent origins', '2 independent origins', '2 independent origins', '1 independent origin']);
  await page.getByLabel('Also claims reported once').check();
  await expect(stories).toHaveCount(5);

  // Crosetto's warning, rebutted in a more reliable outlet: side by side, proposed 5.
  const crosetto = stories.filter({ hasText: 'Guido Crosetto' }).first();
  await crosetto.locator('.story-head').click();
  await expect(crosetto.locator('.story-sides h4')).toHaveText(['The story', 'Against it']);
  const against = crosetto.locator('.story-sides > div').nth(1);
  await expect(against).toContainText('rebuttal by Russian Defence Ministry of Guido Crosetto');
  await expect(against).toContainText('The Eastern Post');
  await expect(crosetto.locator('.story-credibility')).toContainText('Proposed credibility 5 (improbable): Improbable: contradicted by The Eastern Post');
  await expect(crosetto.locator('.story-credibility')).toContainText('The claims’ credibility now: 6 (cannot be judged)');
  await crosetto.getByRole('button', { name: 'Accept 5' }).click();
  await expect(crosetto.locator('.story-credibility')).toContainText('The claims’ credibility now: 5 (improbable)');
  await page.getByRole('button', { name: '↶ Undo' }).click();
  await expect(crosetto.locator('.story-credibility')).toContainText('The claims’ credibility now: 6 (cannot be judged) (not set by the analyst)');
  // A 6 the analyst chooses is the analyst's grade, no longer the default every claim starts with.
  await crosetto.getByLabel('Override credibility').selectOption('6');
  await expect(crosetto.locator('.story-credibility')).not.toContainText('not set by the analyst');
  await expect(crosetto.locator('.story-credibility')).toContainText('The claims’ credibility now: 6 (cannot be judged)');
  await crosetto.getByLabel('Override credibility').selectOption('3');
  await expect(crosetto.locator('.story-credibility')).toContainText('The claims’ credibility now: 3 (possibly true)');

  // The wire copy's report opens in Reading, its highlight flashing.
  const putin = stories.filter({ hasText: 'Vladimir Putin' }).first();
  await putin.locator('.story-head').click();
  await putin.locator('.story-open', { hasText: 'Kremlin vows continued support' }).click();
  await expect(page.locator('.reading-header h1')).toHaveText('Kremlin vows continued support to Burkina Faso as Haftar visits');
  await expect.poll(() => highlighted(page, 'cw-flash')).toEqual(['Russia would continue to help Burkina Faso fight terrorism and suppress radical groups']);
  expect(problems).toEqual([]);
});

test('actor network: drawn by cytoscape, filtered by article, a click on a node lists its claims', async ({ page, host }) => {
  const problems = watchConsole(page);
  await openCaseData(page, host, 'network.claimwork.json', storiesCase('en'));
  await page.locator('.view-tabs [role=tab]', { hasText: 'Stories' }).click();
  await page.getByRole('button', { name: 'Actor network' }).click();
  // 14 speaker → subject links and 2 between actors of one story.
  await expect(page.locator('.network-view .stories-count')).toHaveText('12 actors · 16 links');
  await expect(page.locator('.network-canvas canvas').first()).toBeVisible();

  // Click Putin's node on the canvas, where the library drew it.
  const putin = page.locator('.network-nodes li[data-node-id="putin"]');
  await expect(putin).toHaveAttribute('data-x', /\d/);
  const x = Number(await putin.getAttribute('data-x'));
  const y = Number(await putin.getAttribute('data-y'));
  await page.locator('.network-canvas').click({ position: { x, y } });
  const selected = page.getByRole('region', { name: 'Selected in the network' });
  await expect(selected.locator('h4').first()).toHaveText('Claims by Vladimir Putin');
  await expect(selected.locator('.network-claims').first().locator('li')).toHaveCount(4);

  await page.getByLabel('Network article').selectOption({ label: 'Moscow denies moving naval capabilities to Libya' });
  await expect(page.locator('.network-view .stories-count')).toHaveText('4 actors · 3 links');
  await page.locator('.network-nodes button', { hasText: 'Russian Defence Ministry' }).click();
  await selected.locator('.story-open').first().click();
  await expect(page.locator('.reading-header h1')).toHaveText('Moscow denies moving naval capabilities to Libya');
  expect(problems).toEqual([]);
});

test('actor network: a date range changes the count, undated articles kept unless unticked, From after To explained', async ({ page, host }) => {
  const problems = watchConsole(page);
  const data = storiesCase('en');
  // The Africa Report copy (Traore's 12 projects, the spokesman's statement) has no published date here.
  data.articles.find((a) => a.id === 'a2')!.publishedAt = null;
  await openCaseData(page, host, 'network-dates.claimwork.json', data);
  await page.locator('.view-tabs [role=tab]', { hasText: 'Stories' }).click();
  await page.getByRole('button', { name: 'Actor network' }).click();
  const count = page.locator('.network-view .stories-count');
  await expect(count).toHaveText('12 actors · 16 links');
  const undated = page.getByRole('checkbox', { name: 'undated (1)' });
  await expect(undated).toBeDisabled();
  await page.getByLabel('Network from date').fill('2025-05-10');
  // 10 May and the undated article: the story links need claims of both sides in the range.
  await expect(count).toHaveText('11 actors · 9 links');
  await expect(page.getByRole('list', { name: /Link colours/ }).locator('li[data-kind="story"]')).toHaveText(`${STORY_LINK_LABEL} (0)`);
  await undated.uncheck();
  await expect(count).toHaveText('8 actors · 7 links');
  await expect(page.locator('.network-nodes li[data-node-id="mismari"]')).toHaveCount(0);
  await page.getByLabel('Network to date').fill('2025-05-09');
  await expect(page.getByRole('alert')).toHaveText('The From date (2025-05-10) is after the To date (2025-05-09), so no claim can be in the range. Change one of them, or show all dates.');
  await expect(count).toHaveText('0 actors · 0 links');
  await page.getByRole('button', { name: 'All dates' }).click();
  await expect(page.getByLabel('Network from date')).toHaveValue('');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(count).toHaveText('12 actors · 16 links');
  expect(problems).toEqual([]);
});

test('actor network: a story link from the list names what it is and lists its claims', async ({ page, host }) => {
  const problems = watchConsole(page);
  await openCaseData(page, host, 'network-story.claimwork.json', storiesCase('en'));
  await page.locator('.view-tabs [role=tab]', { hasText: 'Stories' }).click();
  await page.getByRole('button', { name: 'Actor network' }).click();
  const legendLine = page.getByRole('list', { name: /Link colours/ }).locator('li[data-kind="story"] .network-legend-line');
  await expect(legendLine).toHaveCSS('border-top-style', 'dashed');
  const links = page.getByRole('region', { name: 'Story links in the network' });
  await expect(links.locator('li')).toHaveText([
    'LNA General Command and Ahmed al-Mismari in the same story (3)',
    'Russian Defence Ministry contradicts Guido Crosetto’s statement (denies or rebuts) (3)',
  ]);
  await links.getByRole('button', { name: /contradicts Guido Crosetto/ }).click();
  const selected = page.getByRole('region', { name: 'Selected in the network' });
  await expect(selected.locator('h4')).toHaveText(['Russian Defence Ministry contradicts Guido Crosetto’s statement (denies or rebuts)', 'Guido Crosetto’s statement']);
  await expect(selected.locator('h5')).toHaveText('Claims by Russian Defence Ministry against it');
  await expect(selected.locator('.network-claims').nth(0).locator('q')).toHaveText(['the claims of Italian Defence Minister Guido Crosetto about moving hostile naval capabilities from Syria to Libya']);
  await expect(selected.locator('.network-claims').nth(1).locator('q')).toHaveText([
    "Russia's move from Syria to Libya puts hostile naval capabilities two steps from Italian waters",
    "Russia's move from Syria to Libya puts hostile naval capabilities two steps from Italian waters",
  ]);
  await links.getByRole('button', { name: /in the same story/ }).click();
  await expect(selected.locator('h4').first()).toHaveText('LNA General Command and Ahmed al-Mismari in the same story');
  await expect(selected.locator('h5')).toHaveText('Claims by Ahmed al-Mismari');
  await selected.locator('.network-claims').nth(0).locator('.story-open').click();
  await expect(page.locator('.reading-header h1')).toHaveText('Haftar at the Kremlin as Traore details defence projects');
  await expect.poll(() => highlighted(page, 'cw-flash')).toEqual(['Haftar and Belousov discussed strengthening military cooperation and coordinating efforts on issues of shared interest']);
  expect(problems).toEqual([]);
});

test('story timeline: reports by published date, a contradiction marked, a report opens its highlight', async ({ page, host }) => {
  const problems = watchConsole(page);
  const data = storiesCase('en');
  // The denial comes four days after the warning, in this case, so the gap shows on the timeline.
  data.articles.find((a) => a.id === 'a5')!.publishedAt = '2025-05-13';
  await openCaseData(page, host, 'timeline.claimwork.json', data);
  await page.locator('.view-tabs [role=tab]', { hasText: 'Stories' }).click();
  const stories = page.locator('.stories-list > li.story');

  const putin = stories.filter({ hasText: 'Vladimir Putin' }).first();
  await putin.locator('.story-head').click();
  const days = putin.getByRole('list', { name: 'Reports by published date' }).locator('> li');
  await expect(days).toHaveCount(2);
  await expect(days.locator('.timeline-date')).toHaveText(['2025-05-09', '2025-05-10']);
  await expect(days.nth(0).locator('.timeline-report')).toHaveText(['Libya Herald', 'Africa Report', 'Wire Digest']);
  await expect(days.nth(1).locator('.timeline-gap')).toHaveText('+1 day');
  await expect(days.nth(1).locator('.timeline-report')).toHaveText(['Sahel Monitor']);
  // Later days sit further along the line.
  const x0 = (await days.nth(0).boundingBox())!.x;
  const x1 = (await days.nth(1).boundingBox())!.x;
  expect(x1).toBeGreaterThan(x0);

  const crosetto = stories.filter({ hasText: 'Guido Crosetto' }).first();
  await crosetto.locator('.story-head').click();
  const cDays = crosetto.getByRole('list', { name: 'Reports by published date' }).locator('> li');
  await expect(cDays.locator('.timeline-date')).toHaveText(['2025-05-09', '2025-05-13']);
  await expect(cDays.nth(1).locator('.timeline-gap')).toHaveText('+4 days');
  const denial = cDays.nth(1).locator('.timeline-report.against');
  await expect(denial).toHaveText('The Eastern Post (against)');
  await denial.click();
  await expect(page.locator('.reading-header h1')).toHaveText('Moscow denies moving naval capabilities to Libya');
  await expect.poll(() => highlighted(page, 'cw-flash')).toEqual(['the claims of Italian Defence Minister Guido Crosetto about moving hostile naval capabilities from Syria to Libya']);
  expect(problems).toEqual([]);
});

test('actor network: links coloured by stance, with a legend that counts them', async ({ page, host }) => {
  const problems = watchConsole(page);
  await openCaseData(page, host, 'stance.claimwork.json', storiesCase('en'));
  await page.locator('.view-tabs [role=tab]', { hasText: 'Stories' }).click();
  await page.getByRole('button', { name: 'Actor network' }).click();
  const legend = page.getByRole('list', { name: /Link colours/ });
  // The ministry's rebuttal of Crosetto is also a dashed story link (deny); the spokesperson's, stance unknown.
  await expect(legend.locator('li')).toHaveText(['backs or helps (2)', 'denies or rebuts (4)', 'both (0)', 'stance not shown in the words (10)', `${STORY_LINK_LABEL} (2)`]);
  await expect(legend.locator('li[data-stance="deny"] .network-legend-line')).toHaveCSS('background-color', 'rgb(198, 40, 40)');
  await page.getByLabel('Network article').selectOption({ label: 'Moscow denies moving naval capabilities to Libya' });
  await expect(legend.locator('li[data-stance="deny"]')).toHaveText('denies or rebuts (3)');
  await expect(legend.locator('li[data-stance="support"]')).toHaveText('backs or helps (0)');
  expect(problems).toEqual([]);
});

test('briefing preview: the stories and the network picture the exports print', async ({ page, host }) => {
  const problems = watchConsole(page);
  await openCaseData(page, host, 'briefing-stories.claimwork.json', storiesCase('en'));
  await page.locator('.view-tabs [role=tab]', { hasText: 'Briefing' }).click();
  const stories = page.getByTestId('briefing-stories');
  await expect(stories.locator('h2')).toHaveText('Stories across articles');
  await expect(stories.locator('h3').first()).toHaveText('Story 1: Vladimir Putin');
  await expect(stories.locator('.story').first()).toContainText('Reported by 3 independent sources');
  await expect(stories).toContainText('Guido Crosetto');
  // The picture is the exports' SVG, shown as an image that loaded.
  const picture = page.getByTestId('briefing-network');
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);
  expect(problems).toEqual([]);
});

test('Markdown briefing through the browser host: the download holds the file and its network picture', async ({ page, host }) => {
  const problems = watchConsole(page);
  await openCaseData(page, host, 'briefing-md.claimwork.json', storiesCase('en'));
  await page.locator('.view-tabs [role=tab]', { hasText: 'Briefing' }).click();
  const form = page.getByRole('form', { name: 'Briefing' });
  await form.getByLabel('Title').fill('Stories week 19');
  await form.getByRole('button', { name: 'Export Markdown…' }).click();
  const mdPath = path.join(host.dataDir, 'exports', 'Stories week 19.md');
  await expect(form.getByLabel('Save the Markdown file as')).toHaveValue(mdPath);
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(form.locator('.export-done')).toContainText(mdPath);
  const md = await readFile(mdPath, 'utf8');
  const svg = await readFile(path.join(host.dataDir, 'exports', 'Stories week 19.network.svg'), 'utf8');
  expect(md).toContain('](<Stories week 19.network.svg>)');

  // The analyst clicks Download and the browser saves one .zip with both files, as in the folder.
  const link = form.getByRole('link', { name: 'Download' });
  await expect(form.locator('.export-done')).toContainText('a .zip with the network picture');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('Stories week 19.zip');
  const zip = await JSZip.loadAsync(await readFile((await download.path())!));
  expect(Object.keys(zip.files).sort()).toEqual(['Stories week 19.md', 'Stories week 19.network.svg']);
  expect(await zip.file('Stories week 19.md')!.async('string')).toBe(md);
  expect(await zip.file('Stories week 19.network.svg')!.async('string')).toBe(svg);
  expect(problems).toEqual([]);
});

test('actor network: a big network shows the actors who speak most first, and all of them on request', async ({ page, host }) => {
  const problems = watchConsole(page);
  // The English stories plus one article where 170 more actors each speak about the next.
  const data = storiesCase('en');
  const count = 170;
  const lines = Array.from({ length: count }, (_, k) => `Speaker ${k} said that Speaker ${(k + 1) % count} was right.`);
  const text = lines.join('\n');
  const first = data.articles[0]!;
  data.articles.push({ ...first, id: 'a-many', title: 'Many speakers', text, contentHash: createHash('sha256').update(text).digest('hex'), paragraphStarts: paragraphStarts(text), origin: { fileName: null, format: 'paste', encoding: null } });
  const claim = data.annotations.find((a) => a.kind === 'claim')!;
  lines.forEach((line, k) => {
    data.actors.push({ id: `many-${k}`, name: `Speaker ${k}`, type: 'person', role: '', aliases: [] });
    const start = text.indexOf(line);
    data.annotations.push({ ...claim, id: `many-c${k}`, articleId: 'a-many', target: describeRange(text, start, start + line.length), claim: { ...claim.claim!, speakerId: `many-${k}`, subjectIds: [`many-${(k + 1) % count}`] } });
  });
  await openCaseData(page, host, 'big-network.claimwork.json', data);
  await page.locator('.view-tabs [role=tab]', { hasText: 'Stories' }).click();
  await page.getByRole('button', { name: 'Actor network' }).click();
  await expect(page.locator('.network-view .stories-count')).toHaveText('182 actors · 186 links');
  const shown = page.locator('.network-shown');
  await expect(shown).toContainText('Showing the 150 actors who speak most, of 182');
  await expect(page.locator('.network-canvas')).toHaveAttribute('aria-label', /^Actor network: 150 actors, \d+ links drawn$/);
  // Putin speaks most: drawn; the list beside still names every actor.
  await expect(page.locator('.network-nodes li[data-node-id="putin"]')).toHaveAttribute('data-x', /\d/);
  await expect(page.locator('.network-nodes li')).toHaveCount(182);
  // The 32 not drawn have no place in the picture yet.
  const unplaced = page.locator('.network-nodes li:not([data-x])');
  await expect(unplaced).toHaveCount(32);
  // Show all adds the rest in idle-time batches to the same picture: every actor gets its place.
  await shown.getByRole('button', { name: 'Show all 182 actors' }).click();
  await expect(page.locator('.network-canvas')).toHaveAttribute('aria-label', 'Actor network: 182 actors, 186 links drawn');
  await expect(shown).toContainText('Showing all 182 actors and 186 links.');
  await expect(unplaced).toHaveCount(0);
  await shown.getByRole('button', { name: 'Show the 150 who speak most' }).click();
  await expect(page.locator('.network-canvas')).toHaveAttribute('aria-label', /^Actor network: 150 actors/);
  await expect(unplaced).toHaveCount(32);
  expect(problems).toEqual([]);
});

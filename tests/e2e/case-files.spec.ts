/**
 * Issue 14, items 3 and 4 through the real UI: New case and Save case as ask before replacing a
 * file, and leaving a case whose edits cannot be saved asks Save as… / Discard / Cancel. Saves are
 * made to fail by removing the case's folder (the tests may run as root, where permissions do not).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { CaseStore } from '../../electron/services/case-store';
import { emptyCase } from '../../shared/domain';
import { expect, openCaseData, signInContext, startHost, stopHost, test, watchConsole } from './host';

async function pasteText(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Paste article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste article' });
  await dialog.locator('textarea[name=text]').fill(text);
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(dialog).toBeHidden();
}

async function caseDialog(page: Page, button: 'New case' | 'Open case…' | 'Save case as…', file: string): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog', { name: button.replace('…', '') });
  await dialog.getByLabel('Case file path').fill(file);
  await dialog.getByRole('button', { name: button === 'New case' ? 'Create' : button === 'Open case…' ? 'Open' : 'Save', exact: true }).click();
}

const titleOf = async (file: string): Promise<string> => (JSON.parse(await readFile(file, 'utf8')) as { title: string }).title;

test('New case and Save case as ask before replacing an existing file', async ({ page, host }) => {
  const problems = watchConsole(page);
  const existing = path.join(host.dataDir, 'existing.claimwork.json');
  await (await CaseStore.create(existing, emptyCase('precious', '2026-01-01T00:00:00.000Z', 'Precious case'))).close();
  const before = await readFile(existing, 'utf8');
  await page.goto(host.url);

  await caseDialog(page, 'New case', existing);
  const dialog = page.getByRole('dialog', { name: 'New case' });
  await expect(dialog.getByRole('alert')).toContainText(`${existing} already exists. Replace it with an empty case?`);
  expect(await readFile(existing, 'utf8')).toBe(before);
  await dialog.getByRole('button', { name: 'Choose another name' }).click();
  await expect(dialog.getByLabel('Case file path')).toHaveValue(existing);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await readFile(existing, 'utf8')).toBe(before);

  // Save case as: the same question; Replace writes this case there and keeps the old one as .bak.
  await pasteText(page, 'An article worth keeping.');
  await caseDialog(page, 'Save case as…', existing);
  const saveAs = page.getByRole('dialog', { name: 'Save case as' });
  await expect(saveAs.getByRole('alert')).toContainText('already exists. Replace it with this case?');
  expect(await readFile(existing, 'utf8')).toBe(before);
  await saveAs.getByRole('button', { name: 'Replace' }).click();
  await expect(saveAs).toBeHidden();
  await expect(page.locator('.case-title')).toHaveAttribute('title', existing);
  expect((JSON.parse(await readFile(existing, 'utf8')) as { articles: unknown[] }).articles).toHaveLength(1);
  expect(await readFile(`${existing}.bak`, 'utf8')).toBe(before);
  expect(problems).toEqual([]);
});

test('leaving a case whose edits cannot be saved asks: Cancel, Save as…, Discard', async ({ page, host }) => {
  const target = path.join(host.dataDir, 'target.claimwork.json');
  await (await CaseStore.create(target, emptyCase('target', '2026-01-01T00:00:00.000Z', 'Target case'))).close();
  const doomed = await openCaseData(page, host, 'doomed/doomed.claimwork.json', emptyCase('doomed', '2026-01-01T00:00:00.000Z', 'Doomed case'));
  await expect(page.locator('.case-title')).toHaveText('Doomed case');
  await rm(path.dirname(doomed), { recursive: true });
  await pasteText(page, 'Edits that cannot be saved.');
  await expect(page.getByTestId('save-status')).toHaveText('Save failed');

  // Cancel: still in the same case, the edit still there.
  await caseDialog(page, 'Open case…', target);
  const prompt = page.getByRole('dialog', { name: 'Unsaved edits' });
  await expect(prompt).toContainText('doomed.claimwork.json has edits that could not be saved');
  await prompt.getByRole('button', { name: 'Cancel' }).click();
  await expect(prompt).toBeHidden();
  await expect(page.locator('.case-title')).toHaveText('Doomed case');
  await expect(page.locator('.sidebar h2').first()).toHaveText('Articles (1)');

  // Save as…: the edits go to a file of the analyst's choosing, then the target opens.
  await caseDialog(page, 'Open case…', target);
  await prompt.getByRole('button', { name: 'Save as…' }).click();
  const rescued = path.join(host.dataDir, 'rescued.claimwork.json');
  const saveAs = page.getByRole('dialog', { name: 'Save case as' });
  await saveAs.getByLabel('Case file path').fill(rescued);
  await saveAs.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('.case-title')).toHaveText('Target case');
  expect((JSON.parse(await readFile(rescued, 'utf8')) as { articles: { text: string }[] }).articles.map((a) => a.text)).toEqual(['Edits that cannot be saved.']);

  // Discard: drops them on purpose and switches.
  const doomed2 = await openCaseData(page, host, 'doomed2/doomed2.claimwork.json', emptyCase('doomed2', '2026-01-01T00:00:00.000Z', 'Second doomed case'));
  await expect(page.locator('.case-title')).toHaveText('Second doomed case');
  await rm(path.dirname(doomed2), { recursive: true });
  await pasteText(page, 'Edits to drop.');
  await expect(page.getByTestId('save-status')).toHaveText('Save failed');
  await caseDialog(page, 'Open case…', target);
  await prompt.getByRole('button', { name: 'Discard' }).click();
  await expect(page.locator('.case-title')).toHaveText('Target case');
  expect(await titleOf(target)).toBe('Target case');
});

test('a last case that fails to open at start is reported, not silently replaced', async ({ page }) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'claimwork-e2e-'));
  const broken = path.join(dir, 'cases', 'broken.claimwork.json');
  await mkdir(path.dirname(broken), { recursive: true });
  await writeFile(broken, '{"schema": "claimwork.case", "schemaVersion": 1, "title": ');
  await writeFile(path.join(dir, 'settings.json'), JSON.stringify({ recentCases: [broken], lastCasePath: broken, lastExportDir: null }));
  const host = await startHost(dir);
  try {
    await signInContext(page.context(), host);
    await page.goto(host.url);
    await expect(page.locator('.case-title')).toHaveText('Default case');
    const alert = page.getByRole('alert').filter({ hasText: 'could not be opened' });
    await expect(alert).toContainText(`The last case you had open (${broken}) could not be opened`);
    await expect(alert).toContainText('default.claimwork.json is open instead');
    expect(await readFile(broken, 'utf8')).toBe('{"schema": "claimwork.case", "schemaVersion": 1, "title": ');
  } finally {
    await stopHost(host);
  }
});

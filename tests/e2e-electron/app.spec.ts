import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import { seedArticlePath as seed, seedMissing } from '../support/paths';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function electronBinary(): string | null {
  const pathFile = path.join(root, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const exe = path.join(root, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}

const exe = electronBinary();
if (!exe) {
  console.log('Skipping the Electron tests: the Electron binary is not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD).');
}

test('paste the seed article in the Electron window and find it after a restart', async () => {
  test.skip(!exe, 'the Electron binary is not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD)');
  test.skip(seedMissing !== null, seedMissing ?? '');
  const userData = await mkdtemp(path.join(os.tmpdir(), 'claimwork-electron-'));
  const launch = () => electron.launch({ executablePath: exe!, args: [root, `--user-data-dir=${userData}`], cwd: root });
  let app = await launch();
  let page = await app.firstWindow();
  await page.getByRole('button', { name: 'Paste article…' }).click();
  await page.locator('textarea[name=text]').fill(await readFile(seed, 'utf8'));
  await page.getByRole('button', { name: 'Add article' }).click();
  await expect(page.locator('.reading-body .para')).toHaveCount(30);
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  // The renderer has no Node: contextIsolation and sandbox hold.
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  await app.close();
  app = await launch();
  page = await app.firstWindow();
  await expect(page.locator('.reading-body .para')).toHaveCount(30);
  await app.close();
});

/**
 * Issue 14, item 5 in a real browser: the printed address carries a one-time launch code, which the
 * host trades for an HttpOnly, SameSite=Strict cookie and removes from the address bar; the token is
 * in no URL the page loads (API, events, downloads), and no other browser can use the code again.
 */
import { test as base, expect } from '@playwright/test';
import { startHost, stopHost } from './host';

base('the launch address signs in once and leaves the address bar; the token is in no URL', async ({ browser }) => {
  const host = await startHost(undefined, [], { signIn: false });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await page.goto(host.launchUrl);
    await expect(page).toHaveURL(`${host.origin}/`);
    await expect(page.locator('.case-title')).toHaveText('Default case');
    await expect(page.getByTestId('save-status')).toHaveText('Saved');

    const cookie = (await context.cookies()).find((c) => c.name.startsWith('claimwork-'));
    expect(cookie, 'the host set its cookie').toBeDefined();
    expect(cookie!.httpOnly).toBe(true);
    expect(cookie!.sameSite).toBe('Strict');
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }))).not.toContain(cookie!.value);
    expect(urls.some((u) => u.includes('/api/events'))).toBe(true);
    for (const u of urls) expect(u).not.toContain(cookie!.value);

    // A reload, or the printed address opened again in the same browser, stays signed in.
    await page.reload();
    await expect(page.locator('.case-title')).toHaveText('Default case');
    await page.goto(host.launchUrl);
    await expect(page).toHaveURL(`${host.origin}/`);
    await expect(page.locator('.case-title')).toHaveText('Default case');

    // Another browser: the spent code and a wrong one are refused, and so is the API.
    const other = await browser.newContext();
    const intruder = await other.newPage();
    const spent = await intruder.goto(host.launchUrl);
    expect(spent!.status()).toBe(403);
    await expect(intruder.locator('body')).toContainText('already used');
    const wrong = await intruder.goto(`${host.origin}/?launch=guess`);
    expect(wrong!.status()).toBe(403);
    expect(await other.cookies()).toEqual([]);
    expect((await other.request.post(`${host.origin}/api/getCase`, { data: {} })).status()).toBe(401);
    await intruder.goto(`${host.origin}/`);
    await expect(intruder.getByRole('alert')).toContainText('Open the address the Claimwork browser host printed');
    await other.close();
    await context.close();
  } finally {
    await stopHost(host);
  }
});

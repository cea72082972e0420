/**
 * Pages are untrusted: nothing in them may run, load or navigate, and only their visible text comes
 * back. Each hostile construct below would write a RAN-marker into the page if it ran, or request
 * something from a loopback server that counts requests if anything was loaded.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { extractFile, extractHtmlString } from '../../../electron/services/import/extract';

declare global {
  var claimworkPwned: number | undefined;
}

afterEach(() => {
  globalThis.claimworkPwned = undefined;
});

let requests = 0;
let server: http.Server;
let origin = '';
beforeAll(async () => {
  server = http.createServer((_req, res) => {
    requests++;
    res.writeHead(200, { 'content-type': 'text/html' }).end('<p>FETCHED</p><script>document.body.append("FETCHED-RAN")</script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Script body that leaves a visible trace in the document (and in Node's global, if it could reach it). */
const ran = (n: number): string => `globalThis.claimworkPwned = ${n}; document.body ? document.body.insertAdjacentHTML('beforeend', '<p>RAN-${n}</p>') : document.write('<p>RAN-${n}</p>');`;

const article = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the report describes how the delegation travelled from Tripoli to Benghazi and met local officials, who said the talks were useful and would continue next month.</p>`).join('\n');

const hostilePage = (o: string): string => `<!doctype html>
<html lang="en"><head>
<meta http-equiv="refresh" content="0; url=${o}/refresh">
<link rel="stylesheet" href="${o}/style.css">
<script src="${o}/script.js"></script>
<title>Delegation visits Benghazi</title>
<script>${ran(1)}</script>
<style>p { color: red } /* STYLE-TEXT */</style>
<script>setTimeout(() => { ${ran(2)} }, 0);</script>
</head>
<body onload="${ran(3).replace(/"/g, '&quot;')}">
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Delegation visits Benghazi</h1>
${article}
<p>Read the <a href="javascript:globalThis.claimworkPwned=4">full statement</a> here.
<img src="${o}/missing.png" onerror="${ran(5).replace(/"/g, '&quot;')}"></p>
<iframe src="${o}/frame"></iframe>
<iframe srcdoc="<p>IFRAME-TEXT</p>"></iframe>
<object data="${o}/x.swf">OBJECT-FALLBACK</object>
<svg onload="${ran(7).replace(/"/g, '&quot;')}"><text>SVG-TEXT</text></svg>
<form action="${o}/"><input value="INPUT-VALUE"><button>BUTTON-TEXT</button></form>
<script>${ran(8)} /* SCRIPT-IN-BODY */</script>
<noscript>NOSCRIPT-TEXT</noscript>
<template><p>TEMPLATE-TEXT</p></template>
</article>
</body></html>`;

const leaked = ['RAN-', 'FETCHED', 'STYLE-TEXT', 'IFRAME-TEXT', 'SVG-TEXT', 'INPUT-VALUE', 'SCRIPT-IN-BODY', 'NOSCRIPT-TEXT', 'TEMPLATE-TEXT', 'claimworkPwned', 'javascript:', '<'];

describe('hostile HTML', () => {
  it('yields the article as plain text and runs nothing', async () => {
    const result = await extractFile('page.html', new TextEncoder().encode(hostilePage(origin)));
    await new Promise((resolve) => setTimeout(resolve, 200)); // give any stray timer, load or handler a chance to fire
    expect(globalThis.claimworkPwned).toBeUndefined();
    expect(requests).toBe(0);
    expect(result.title).toBe('Delegation visits Benghazi');
    expect(result.text).toContain('Paragraph 1 of the report');
    expect(result.text).toContain('Read the full statement here.');
    for (const marker of leaked) expect(result.text).not.toContain(marker);
    expect(result.url).toBeNull();
  });

  it('reads hostile HTML that is not an article the same way (body-text fallback)', () => {
    const result = extractHtmlString(`<p>Short note <img src=x onerror="globalThis.claimworkPwned=1"></p><script>${ran(2)}</script><a href="javascript:globalThis.claimworkPwned=3">link</a>`);
    expect(globalThis.claimworkPwned).toBeUndefined();
    expect(result.text).toBe('Short note\nlink');
    expect(result.text).not.toContain('RAN-');
  });

  it('reads 10,000 levels of nested divs without an exception or a stack overflow', () => {
    const deep = `<html><head><title>Deep</title><script>globalThis.claimworkPwned=1</script></head><body>${'<div>'.repeat(10000)}Buried text${'</div>'.repeat(10000)}<p>After the pile.</p><script>globalThis.claimworkPwned=2</script></body></html>`;
    const result = extractHtmlString(deep);
    expect(result.text).toBe('Buried text\nAfter the pile.');
    expect(result.title).toBe('Deep');
    expect(globalThis.claimworkPwned).toBeUndefined();
  });

  it('keeps only an http(s) address as the article URL', () => {
    expect(extractHtmlString('<p>Text</p>', { url: 'javascript:alert(1)' }).url).toBeNull();
    expect(extractHtmlString('<link rel="canonical" href="https://news.example/a/1"><p>Text</p>').url).toBe('https://news.example/a/1');
  });

  it('takes metadata from meta tags, <html lang> and dir', () => {
    const page = `<html lang="ar" dir="rtl"><head><title>عنوان المقال</title>
<meta property="og:site_name" content="الوسط"><meta property="article:published_time" content="2024-03-05T10:00:00Z">
<meta name="author" content="مراسل الوسط"></head><body><p>قال المتحدث إن الاجتماع كان مثمرا.</p></body></html>`;
    expect(extractHtmlString(page)).toMatchObject({
      title: 'عنوان المقال',
      publisher: 'الوسط',
      publishedAt: '2024-03-05T10:00:00Z',
      byline: 'مراسل الوسط',
      lang: 'ar',
      dir: 'rtl',
      text: 'قال المتحدث إن الاجتماع كان مثمرا.',
    });
  });
});

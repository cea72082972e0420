/**
 * The extraction is pinned across the DOM change (Readability over linkedom holding parse5's tree,
 * instead of over jsdom): every row's text hash and length and every metadata field below were
 * produced by the jsdom path before the change, and the linkedom path must give them unchanged.
 * Rows: the nine dev pages (Mozilla Readability's own test pages, outside the repo), hostile and
 * broken markup made here (misnested and unclosed tags, stray table text, odd attributes, pages
 * short enough that Readability retries with its flags off), a large page and three encodings.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractFile, type Extracted } from '../../../electron/services/import/extract';
import { missing, readabilityDevDir } from '../../support/paths';

interface Pinned {
  textLen: number;
  /** First 16 hex digits of the SHA-256 of the text. */
  textHash: string;
  title: string;
  byline: string | null;
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
  lang: string;
  dir: string;
}

const pinned = (r: Extracted): Pinned => ({
  textLen: r.text.length,
  textHash: createHash('sha256').update(r.text).digest('hex').slice(0, 16),
  title: r.title,
  byline: r.byline,
  publisher: r.publisher,
  publishedAt: r.publishedAt,
  url: r.url,
  lang: r.lang,
  dir: r.dir,
});

const DEV_PAGES: Record<string, Pinned> = {
  "bbc-1": {"textLen": 4973, "textHash": "eab41c7bbbf68c46", "title": "Obama admits US gun laws are his 'biggest frustration'", "byline": "BBC News", "publisher": "BBC News", "publishedAt": "2015-07-24T05:36:09+01:00", "url": "http://www.bbc.com/news/world-us-canada-33646704", "lang": "en", "dir": "ltr"},
  "breitbart": {"textLen": 1799, "textHash": "da00378d8622dbdd", "title": "'Neutral' Snopes Fact-Checker David Emery: 'Are There Any Un-Angry Trump Supporters?' - Breitbart", "byline": "by Lucas Nolan22 Dec 2016651", "publisher": "Breitbart", "publishedAt": "2016-12-22T10:43:37-08:00", "url": "http://www.breitbart.com/tech/2016/12/22/neutral-snopes-fact-checker-david-emery-un-angry-trump-supporters/", "lang": "en", "dir": "ltr"},
  "folha": {"textLen": 1938, "textHash": "ed48e53d73f4e477", "title": "Tite diz que errou ao levar taça da Libertadores a Lula em 2012", "byline": "Bruno (Henrique Zecchin) Rodrigues", "publisher": "Folha de S.Paulo", "publishedAt": "2018-12-21T12:55:00Z", "url": "https://www1.folha.uol.com.br/esporte/2018/12/tite-diz-que-errou-ao-levar-taca-da-libertadores-a-lula-em-2012.shtml", "lang": "und", "dir": "ltr"},
  "herald-sun-1": {"textLen": 5035, "textHash": "9577dcf4d23461f4", "title": "Angry media won’t buckle over new surveillance laws", "byline": "JOE HILDEBRAND", "publisher": "HeraldSun", "publishedAt": null, "url": "http://www.heraldsun.com.au/news/opinion/angry-media-wont-buckle-over-new-surveillance-laws/story-fni0fha6-1227261886014", "lang": "en", "dir": "ltr"},
  "lemonde-1": {"textLen": 10002, "textHash": "561e0605115a2447", "title": "Le projet de loi sur le renseignement massivement approuvé à l'Assemblée", "byline": "Martin Untersinger (avec Damien Leloup et Morgane Tual)", "publisher": "Le Monde.fr", "publishedAt": "2015-05-04T13:36:31+02:00", "url": "http://www.lemonde.fr/pixels/article/2015/05/04/que-contient-la-loi-sur-le-renseignement_4627068_4408996.html", "lang": "fr", "dir": "ltr"},
  "nytimes-1": {"textLen": 5085, "textHash": "6925daec6472a1ec", "title": "United States to Lift Sudan Sanctions", "byline": "Jeffrey Gettleman", "publisher": null, "publishedAt": "2017-01-13T00:00:04-05:00", "url": "https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html", "lang": "en", "dir": "ltr"},
  "rtl-1": {"textLen": 854, "textHash": "4800a99d00b25cdf", "title": "RTL Test", "byline": null, "publisher": null, "publishedAt": null, "url": null, "lang": "fr", "dir": "rtl"},
  "rtl-2": {"textLen": 854, "textHash": "4800a99d00b25cdf", "title": "RTL Test", "byline": null, "publisher": null, "publishedAt": null, "url": null, "lang": "fr", "dir": "rtl"},
  "wapo-1": {"textLen": 7869, "textHash": "4166438c7a11c470", "title": "Attack stokes instability fears in North Africa", "byline": "By Erin Cunningham", "publisher": "Washington Post", "publishedAt": null, "url": "http://www.washingtonpost.com/world/gunmen-storm-museum-in-tunisia-killing-at-least-8/2015/03/18/00202e76-cd73-11e4-8730-4f473416e759_story.html", "lang": "en", "dir": "ltr"},
};

const MARKUP_PINNED: Record<string, Pinned> = {
  "hostile": {"textLen": 1050, "textHash": "4e926c61ac0cd10f", "title": "Ceasefire talks continue", "byline": "<img src=x onerror=x=14>", "publisher": null, "publishedAt": null, "url": null, "lang": "en", "dir": "ltr"},
  "broken1": {"textLen": 1046, "textHash": "ed35b4e24683428f", "title": "Broken", "byline": null, "publisher": null, "publishedAt": null, "url": null, "lang": "en", "dir": "ltr"},
  "broken2": {"textLen": 985, "textHash": "161b10258798cc9f", "title": "No html", "byline": null, "publisher": null, "publishedAt": null, "url": null, "lang": "en", "dir": "ltr"},
  "broken3": {"textLen": 1050, "textHash": "2fc2b5bb6426d30d", "title": "Paragraph 1 on attrs: the delegation travelled from Tripoli to Benghazi and met local officials, who said the talks were useful and would continue next month.", "byline": null, "publisher": null, "publishedAt": null, "url": null, "lang": "en", "dir": "ltr"},
  "nestedP": {"textLen": 1954, "textHash": "0a356c98de890711", "title": "Outer", "byline": null, "publisher": null, "publishedAt": null, "url": null, "lang": "en", "dir": "ltr"},
  "rtlPage": {"textLen": 1199, "textHash": "5dd962400a54e03b", "title": "خبر عاجل", "byline": null, "publisher": null, "publishedAt": null, "url": null, "lang": "ar", "dir": "rtl"},
  "retry": {"textLen": 333, "textHash": "ac048d06bacb5f89", "title": "Short one", "byline": null, "publisher": null, "publishedAt": null, "url": null, "lang": "en", "dir": "ltr"},
  "retry2": {"textLen": 334, "textHash": "2cd13f29183630b3", "title": "Another", "byline": null, "publisher": null, "publishedAt": null, "url": null, "lang": "en", "dir": "ltr"},
  "bigArticle": {"textLen": 128289, "textHash": "44405660368c5a53", "title": "Big", "byline": null, "publisher": null, "publishedAt": null, "url": null, "lang": "und", "dir": "ltr"},
  "meta": {"textLen": 34, "textHash": "f1278e79dee85990", "title": "عنوان المقال", "byline": "مراسل الوسط", "publisher": "الوسط", "publishedAt": "2024-03-05T10:00:00Z", "url": null, "lang": "ar", "dir": "rtl"},
  "deep900inline": {"textLen": 966, "textHash": "2b82a52070b9f96d", "title": "Deep", "byline": null, "publisher": null, "publishedAt": null, "url": null, "lang": "en", "dir": "ltr"},
  "win1256": {"textLen": 851, "textHash": "f0cc432bde7c2a22", "title": "خبر", "byline": null, "publisher": null, "publishedAt": null, "url": null, "lang": "ar", "dir": "rtl"},
  "utf16": {"textLen": 953, "textHash": "5e0bf7cbd732729f", "title": "Sixteen", "byline": null, "publisher": null, "publishedAt": null, "url": null, "lang": "en", "dir": "ltr"},
  "says16": {"textLen": 1031, "textHash": "806726015ee71f42", "title": "Says UTF-16", "byline": null, "publisher": null, "publishedAt": null, "url": null, "lang": "en", "dir": "ltr"},
};

const paras = (topic: string): string =>
  Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} on ${topic}: the delegation travelled from Tripoli to Benghazi and met local officials, who said the talks were useful and would continue next month.</p>`).join('\n');
const ARABIC = 'قال المتحدث باسم الحكومة إن المحادثات ستستأنف في موسكو الأسبوع المقبل.';
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

const MARKUP: Record<string, string> = {
  hostile: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ceasefire talks continue</title>
<meta http-equiv="refresh" content="0; url=javascript:x=1"><base href="javascript:x=2//"><meta property="og:url" content="javascript:x=3">
<link rel="canonical" href="javascript:x=4"><meta name="author" content="<img src=x onerror=x=14>">
<script>document.write('<p>SCRIPT-RAN</p>');</script><style>p { color: red } /* STYLE-TEXT */</style>
</head><body onload="x=7"><article><h1>Ceasefire talks continue</h1>${paras('the ceasefire')}
<p>Read <a href="javascript:x=8">the full statement</a> here.<img src="x" onerror="x=9"></p>
<iframe srcdoc="<p>IFRAME-TEXT</p>"></iframe><svg onload="x=12"><script>x=13</script><text>SVG-TEXT</text></svg>
<form><input value="INPUT-VALUE"><button>BUTTON-TEXT</button></form><details open><summary>More</summary>Details text.</details>
<math><mtext><script>x</script></mtext></math><noscript>NOSCRIPT-TEXT</noscript><template><p>TEMPLATE-TEXT</p></template></article></body></html>`,
  deep900inline: `<html><head><title>Deep</title></head><body><article>${'<span><b>'.repeat(450)}${paras('inline')}</article><p>After.</p></body></html>`,
  meta: `<html lang="ar" dir="rtl"><head><title>عنوان المقال</title><meta property="og:site_name" content="الوسط"><meta property="article:published_time" content="2024-03-05T10:00:00Z"><meta name="author" content="مراسل الوسط"></head><body><p>قال المتحدث إن الاجتماع كان مثمرا.</p></body></html>`,
  broken1: `<html><head><title>Broken</title></head><body><article><h1>Broken page</h1><p>One <b>bold <i>both</b> italic</i> text ${paras('broken').replace(/<\/p>/g, '')}<table><tr><td>cell</td>stray text<p>in table</table><div>unclosed<div>more<p>para<p>para2</article></body>`,
  broken2: `<title>No html</title><body><p>Text with <unknown-tag attr="1">custom</unknown-tag> elements ${paras('custom')}<!-- unclosed comment <p>hidden?`,
  broken3: `<html><body><article>${paras('attrs')}<p "weird"="1" a<b=2 data-x='"'>odd attributes here and a very long sentence that keeps going for Readability to score.</p><p>\u0001ctl char</p><![CDATA[ cdata ]]><frameset><frame src=x></frameset></article></body></html>`,
  nestedP: `<html><body><article><p>Outer <div>block inside p</div> after</p><ul><li>one<li>two</ul>${paras('lists')}<pre>  pre
   formatted  </pre><h2>Sub</h2>${paras('more')}</article></body></html>`,
  rtlPage: `<html dir="rtl" lang="ar"><head><meta charset="utf-8"><title>خبر عاجل</title></head><body><article>${Array.from({ length: 8 }, () => `<p>${ARABIC} ${ARABIC} <bdi>Reuters</bdi></p>`).join('')}</article></body></html>`,
  retry: `<html><head><title>Short one</title></head><body><div class="sidebar comment"><p>${'A short article paragraph that is long enough to be readerable, about the talks in Tripoli and Benghazi. '.repeat(2)}</p><table><tr><td><p>cell para with <b>bold <i>mis</b>nested</i> text and more words to score.</p></td></tr></table><p>Second <font>para</font> & stray ampersand &amp; entity &nbsp; nbsp.</p></div><div class="footer">Footer text © 2024</div></body></html>`,
  retry2: `<html><head><title>Another</title></head><body><div id="comments"><p>${'Officials said the meeting in Benghazi was useful and would continue next month, adding details. '.repeat(3)}</p><ul><li>item one<li>item two</ul><p>x<br>y<br/>z</p><select><option>opt</select><p>tail <span hidden>hidden span</span> <span style="display:none">none span</span> end.</p></div></body></html>`,
  bigArticle: `<html><head><title>Big</title></head><body><nav>${'<a href=#>nav</a>'.repeat(300)}</nav><article>${Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i}: ${'word '.repeat(60)}<a href="/x">link</a>.</p>`).join('')}</article><aside>${'<div class="ad">ad</div>'.repeat(200)}</aside></body></html>`,
};

const ENCODED: Record<string, Uint8Array> = {
  win1256: new Uint8Array(iconv.encode(`<html lang="ar"><head><meta charset="windows-1256"><title>خبر</title></head><body><article>${Array.from({ length: 6 }, () => `<p>${ARABIC} ${ARABIC}</p>`).join('')}</article></body></html>`, 'windows-1256')),
  utf16: new Uint8Array(iconv.encode(`\ufeff<html><head><title>Sixteen</title></head><body>${paras('utf16')}</body></html>`, 'utf-16le')),
  says16: utf8(`<html><head><meta charset="utf-16"><title>Says UTF-16</title></head><body>${paras('a mislabelled page')}</body></html>`),
};

const devRoot = readabilityDevDir;
const haveDev = missing(devRoot, 'the saved news pages') === null;

describe('HTML extraction is unchanged by the DOM it runs on', () => {
  it.skipIf(!haveDev)('gives the nine dev pages the same text and metadata', async () => {
    const got: Record<string, Pinned> = {};
    for (const name of Object.keys(DEV_PAGES)) got[name] = pinned(await extractFile('source.html', new Uint8Array(fs.readFileSync(path.join(devRoot, name, 'source.html')))));
    expect(got).toEqual(DEV_PAGES);
  }, 60_000);

  it('gives hostile, broken and encoded pages the same text and metadata', async () => {
    const got: Record<string, Pinned> = {};
    for (const name of Object.keys(MARKUP_PINNED)) {
      const bytes = ENCODED[name] ?? utf8(MARKUP[name]!);
      got[name] = pinned(await extractFile(`${name}.html`, bytes));
    }
    expect(got).toEqual(MARKUP_PINNED);
  }, 60_000);
});

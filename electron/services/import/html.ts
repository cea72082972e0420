import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { canonicalText } from '../../../shared/text';
import { blockText } from './html-text';
import { deepPageText, parseBounded, type P5Document } from './html-deep';
import { linkedDocument } from './html-dom';
import { fallbackTitle, resolveDir, resolveLang } from './lang';
import { refuse } from './refuse';
import type { Extracted } from './types';

/** Base URL for documents that do not say where they came from; nothing is ever fetched from it. */
const NOWHERE = 'http://localhost/';

/**
 * A DOM for untrusted HTML: jsdom's defaults never run scripts (runScripts stays unset) and never
 * load subresources (no `resources` option), so scripts, handlers, iframes and meta refresh are
 * inert. The silent VirtualConsole keeps CSS and parse complaints off the process console.
 */
export function inertDocument(html: string, url?: string): Document {
  const dom = new JSDOM(html, { url: safeUrl(url) ?? NOWHERE, contentType: 'text/html', virtualConsole: new VirtualConsole() });
  return dom.window.document;
}

/** Only http(s) URLs are kept as an article's address; anything else (javascript:, data:, file:) is dropped. */
function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function metaContent(doc: Document, keys: readonly string[]): string | null {
  for (const key of keys) {
    for (const attr of ['property', 'name', 'itemprop']) {
      for (const el of Array.from(doc.querySelectorAll(`meta[${attr}]`))) {
        if (el.getAttribute(attr)?.toLowerCase() === key) {
          const value = el.getAttribute('content')?.trim();
          if (value) return value;
        }
      }
    }
  }
  return null;
}

const clean = (s: string | null | undefined): string | null => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
};

/** Paragraph text of an HTML fragment (Readability's article content): parsed inertly, never returned as HTML. */
export function htmlFragmentText(html: string): string {
  return canonicalText(blockText(inertDocument(`<!doctype html><html><body>${html}</body></html>`).body));
}

interface ReadabilityResult {
  title: string | null;
  text: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
}

/**
 * Elements above which Readability is skipped for the plain body text. Readability rewrites the DOM
 * and jsdom re-indexes siblings after each change, so its time grows with the square of the page
 * (20,000 elements took 5 s here, 80,000 over a minute); news article pages have a few thousand.
 */
const MAX_READABILITY_ELEMENTS = 15000;

/**
 * Readability on `doc` (which it rewrites); null when the page does not look like an article, is too
 * large for it, or parsing fails. The article element is read in place (no HTML string is made and
 * parsed again), into paragraph text.
 */
function readArticle(doc: Document): ReadabilityResult | null {
  try {
    if (doc.getElementsByTagName('*').length > MAX_READABILITY_ELEMENTS) return null;
    if (!isProbablyReaderable(doc)) return null;
    const article = new Readability<Node>(doc, { serializer: (node) => node }).parse();
    if (!article?.content) return null;
    const text = canonicalText(blockText(article.content));
    if (!text) return null;
    return {
      title: clean(article.title),
      text,
      byline: clean(article.byline),
      siteName: clean(article.siteName),
      publishedTime: clean(article.publishedTime),
      lang: clean(article.lang),
      dir: clean(article.dir),
    };
  } catch (error) {
    // Pathological markup (very deep nesting overflows Readability's recursion): fall back to body text.
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/**
 * Deeper than any real article page (those stay under a few hundred levels); beyond it jsdom's
 * quadratic tree building would stall the import, so the page is read without a DOM.
 */
const MAX_DOM_DEPTH = 1000;

function deepPage(doc: P5Document, url: string | undefined): Extracted {
  const page = deepPageText(doc);
  if (!page.text) return refuse('This HTML page has no readable text. Check that it is the saved article page, not an empty frame or script-only page.');
  const lang = resolveLang(page.lang, page.text);
  return {
    title: page.title ?? fallbackTitle(page.text, 'Untitled page'),
    byline: null,
    publisher: null,
    publishedAt: null,
    url: safeUrl(url),
    lang,
    dir: resolveDir(page.dir, lang, page.text),
    encoding: null,
    format: 'html',
    text: page.text,
  };
}

const TOO_DEEP = 'This HTML page is nested too deeply to read. Save the article as text (or print it to PDF) and import that.';

/**
 * Readability over the linkedom document; should it stumble on something linkedom does not
 * implement (a TypeError, none seen on the dev pages or the hostile table), the page is read again
 * over jsdom, the complete DOM, rather than losing the article.
 */
function readOnLinkedom(doc: Document, html: string, url: string | undefined): ReadabilityResult | null {
  try {
    return readArticle(doc);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return readArticle(parseOrRefuse(html, url));
  }
}

function parseOrRefuse(html: string, url: string | undefined): Document {
  try {
    return inertDocument(html, url);
  } catch (error) {
    if (error instanceof RangeError) return refuse(TOO_DEEP);
    throw error;
  }
}

/**
 * Article text and metadata from an HTML page (saved page or clipboard HTML). Mozilla Readability
 * picks the article body; pages it does not take for articles fall back to all visible body text.
 * `url` is where the page came from, if known (else its canonical link or og:url).
 * Throws AppFailure('refused-input') when the page has no readable text.
 */
export function extractHtmlString(html: string, opts: { url?: string } = {}): Extracted {
  // Measured with the real parser, not estimated from tags: comments like <!-->, <div/> and
  // <svg><title> made a tag scan see a flat page where the parser builds thousands of levels.
  const shape = parseBounded(html);
  if (!shape) return refuse(TOO_DEEP);
  if (shape.maxDepth > MAX_DOM_DEPTH) return deepPage(shape.doc, opts.url);
  // Metadata is read before Readability runs, because Readability rewrites the document. The DOM
  // is linkedom's, holding parse5's tree; jsdom only where Readability fails on it (see below).
  const doc = linkedDocument(shape.doc);
  const root = doc.documentElement;
  const htmlLang = clean(root?.getAttribute('lang')) ?? clean(root?.getAttribute('xml:lang')) ?? metaContent(doc, ['og:locale', 'language', 'content-language']);
  const htmlDir = clean(root?.getAttribute('dir')) ?? clean(doc.body?.getAttribute('dir'));
  const linkCanonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  const metaTitle = clean(metaContent(doc, ['og:title', 'twitter:title'])) ?? clean(doc.title);
  const metaByline = clean(metaContent(doc, ['author', 'article:author', 'byl']));
  const metaPublisher = clean(metaContent(doc, ['og:site_name', 'application-name', 'publisher']));
  const metaDate =
    metaContent(doc, ['article:published_time', 'datepublished', 'date', 'dc.date', 'pubdate']) ??
    clean(doc.querySelector('time[datetime]')?.getAttribute('datetime'));
  const metaUrl = metaContent(doc, ['og:url']);

  const article = readOnLinkedom(doc, html, opts.url);
  let text = article?.text ?? '';
  // Not an article to Readability: all visible body text, from the parser's tree built above
  // (a second jsdom parse of a large page took seconds).
  if (!text) text = deepPageText(shape.doc).text;
  if (!text) return refuse('This HTML page has no readable text. Check that it is the saved article page, not an empty frame or script-only page.');

  const lang = resolveLang(article?.lang ?? htmlLang, text);
  const title = article?.title ?? metaTitle ?? fallbackTitle(text, 'Untitled page');

  return {
    title,
    byline: article?.byline ?? metaByline,
    publisher: article?.siteName ?? metaPublisher,
    publishedAt: article?.publishedTime ?? metaDate,
    url: safeUrl(opts.url) ?? safeUrl(linkCanonical) ?? safeUrl(metaUrl),
    lang,
    dir: resolveDir(article?.dir ?? htmlDir, lang, text),
    encoding: null,
    format: 'html',
    text,
  };
}

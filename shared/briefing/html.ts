/**
 * Briefing → one standalone HTML document, for the live preview, the HTML export and (printed by
 * Chromium) the PDF. No scripts, no external resources: fonts arrive as data: URLs in `fontCss`, and a
 * Content-Security-Policy forbids everything else. All user text is HTML-escaped. Every heading,
 * name and quote takes its direction from its own first strong character (direction.ts), set as an
 * explicit dir so the Chromium that prints the PDF and the preview choose the same; names are
 * isolated with <bdi>, and inside right-to-left text each whole Latin run ("Russia–LNA ties", "Haftar
 * (LNA)") is isolated left-to-right so its punctuation keeps its place.
 */
import type { AnnotationKind, Direction, Lang } from '../domain';
import { dirOf, hasRtlLetter, ltrRuns } from './direction';
import { ACTOR_TYPE_LABELS, ANNOTATION_KIND_LABELS, CLAIM_TYPE_LABELS, SOURCE_KIND_LABELS, UNTITLED_ARTICLE, UNATTRIBUTED } from '../labels';
import { highlightPieces } from './highlights';
import type { AppendixArticle, Briefing, BriefingCitation, BriefingClaim } from './types';
import { PUBLISHER_ONLY, citedParagraphsLabel, textParagraphs } from './wording';
import { STORIES_CSS, networkHtml, storiesHtml } from './stories-html';

export interface RenderHtmlOptions {
  /** @font-face rules (data: URLs) for 'Amiri' and 'Noto Sans'; '' falls back to system fonts. */
  fontCss: string;
  pageSize: 'A4' | 'Letter';
}

/** Page margins of the printed briefing, in millimetres; header and footer sit inside top and bottom. */
export const PDF_MARGIN_MM = { top: 20, bottom: 20, left: 16, right: 16 } as const;

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** RTL text with its left-to-right runs (Latin names, numbers in parentheses) isolated. */
function rtlRuns(text: string): string {
  return ltrRuns(text)
    .map((r) => (r.ltr ? `<bdi dir="ltr">${escapeHtml(r.text)}</bdi>` : escapeHtml(r.text)))
    .join('');
}

/** Escaped text laid out in direction `dir`: right-to-left text gets its Latin runs isolated. */
export function directed(text: string, dir: 'ltr' | 'rtl'): string {
  return dir === 'rtl' ? rtlRuns(text) : escapeHtml(text);
}

/** dir (and lang for Arabic) attributes of a block or isolate holding `text`. */
function dirAttrs(text: string, fallback: 'ltr' | 'rtl' = 'ltr'): string {
  const dir = dirOf(text, fallback);
  return dir === 'rtl' ? ' dir="rtl" lang="ar"' : ' dir="ltr"';
}

/** A name or title inside other text: isolated (<bdi>) in its own first-strong direction when it holds right-to-left letters. */
export function inline(text: string): string {
  if (!hasRtlLetter(text)) return escapeHtml(text);
  return `<bdi${dirAttrs(text)}>${directed(text, dirOf(text))}</bdi>`;
}

/** A block element (heading, paragraph) whose direction is its text's first strong character. */
function block(tag: string, text: string, cls = '', extra = ''): string {
  const c = cls ? ` class="${cls}"` : '';
  return `<${tag}${c}${dirAttrs(text)}>${directed(text, dirOf(text))}${extra}</${tag}>`;
}

function langAttr(lang: Lang, dir: Direction): string {
  return `${lang === 'und' ? '' : ` lang="${escapeHtml(lang)}"`} dir="${dir === 'rtl' ? 'rtl' : 'ltr'}"`;
}

/** A block paragraph of analyst text, its direction taken from its own first strong letter. */
function para(text: string, cls = ''): string {
  return block('p', text, cls);
}

function safeUrl(u: string): string | null {
  return /^https?:\/\/[^\s<>"'`\\]+$/i.test(u) ? u : null;
}

/** A URL's text with a break opportunity after each / . ? & = (never inside a word), so it wraps at sensible points. */
export function breakableUrl(u: string): string {
  return escapeHtml(u).replace(/(\/+|[.?=]|&amp;)(?=.)/g, '$1<wbr>');
}

function link(u: string): string {
  const href = safeUrl(u);
  return href ? `<a class="url" dir="ltr" href="${escapeHtml(href)}">${breakableUrl(u)}</a>` : `<span class="url" dir="ltr">${breakableUrl(u)}</span>`;
}

function citationHtml(c: BriefingCitation): string {
  const parts = [`<span class="ref-title">${inline(c.title || UNTITLED_ARTICLE)}</span>`];
  if (c.publisher) parts.push(inline(c.publisher));
  if (c.publishedAt) parts.push(escapeHtml(c.publishedAt));
  const cited = citedParagraphsLabel(c);
  if (cited) parts.push(cited);
  return `${parts.join(', ')}.${c.url ? ` ${link(c.url)}` : ''}`;
}

function claimHtml(c: BriefingClaim, citation: BriefingCitation | undefined): string {
  const tags = [
    `<span class="claim-n">Claim ${c.n}</span>`,
    `<span class="grade" title="Admiralty grade: source reliability and information credibility">${escapeHtml(c.grade)}</span>`,
    `<span class="ctype">${escapeHtml(CLAIM_TYPE_LABELS[c.claimType] ?? '')}</span>`,
  ];
  if (c.hedged) tags.push('<span class="hedged">Hedged</span>');
  if (!c.anchored) tags.push('<span class="orphan">Quote no longer in article</span>');
  const quote = directed(c.quote, c.dir);
  const rows: [string, string][] = [['Speaker', c.speaker ? inline(c.speaker) : UNATTRIBUTED]];
  if (c.subjects.length > 0) rows.push(['Subjects', c.subjects.map(inline).join(', ')]);
  const source = c.source ? `${inline(c.source)}${c.sourceIsPublisher ? ` <span class="no-source">(${PUBLISHER_ONLY})</span>` : ''}` : 'Unknown';
  rows.push(['Source', `${source}${c.channel.trim() ? `, via ${inline(c.channel.trim())}` : ''}`]);
  rows.push([
    'Citation',
    `<a class="cite" href="#cite-${c.citation}">[${c.citation}]</a>${citation ? ` ${inline(citation.title || UNTITLED_ARTICLE)}${c.paragraph === null ? '' : `, ¶ ${c.paragraph}`}` : ''}`,
  ]);
  if (c.comment.trim()) rows.push(['Analyst comment', inline(c.comment.trim())]);
  return [
    `<article class="claim" id="claim-${c.n}">`,
    `<div class="claim-head">${tags.join(' ')}</div>`,
    `<blockquote class="quote"${langAttr(c.lang, c.dir)}>${quote}</blockquote>`,
    '<dl class="claim-meta">',
    ...rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`),
    '</dl>',
    '</article>',
  ].join('\n');
}

const KINDS: AnnotationKind[] = ['claim', 'actor', 'source', 'note'];

function appendixHtml(a: AppendixArticle, i: number): string {
  const rtl = a.dir === 'rtl';
  const title = a.title || UNTITLED_ARTICLE;
  const meta = [a.publisher ? inline(a.publisher) : null, a.publishedAt ? escapeHtml(a.publishedAt) : null, a.url ? link(a.url) : null].filter(Boolean);
  const paras = a.paragraphs.map((p) => {
    const body = highlightPieces(p.text, p.spans)
      .map((piece) => {
        const text = rtl ? rtlRuns(piece.text) : escapeHtml(piece.text);
        const first = piece.kinds[0];
        if (!first) return text;
        const classes = ['hl', `hl-${first}`, ...piece.kinds.slice(1).map((k) => `also-${k}`)].join(' ');
        const title = [...piece.kinds.map((k) => ANNOTATION_KIND_LABELS[k]), ...piece.claimNs.map((n) => `claim ${n}`)].join(', ');
        return `<mark class="${classes}" title="${escapeHtml(title)}">${text}</mark>`;
      })
      .join('');
    return `<li value="${p.n}">${body}</li>`;
  });
  return [
    `<section class="source-article" id="appendix-${i + 1}">`,
    // "A1." stays a left-to-right label at the start; the title, isolated, cannot pull its full stop across.
    `<h3 dir="ltr">A${i + 1}. ${hasRtlLetter(title) ? inline(title) : `<bdi>${escapeHtml(title)}</bdi>`}</h3>`,
    meta.length > 0 ? `<p class="article-meta">${meta.join(' · ')}</p>` : '',
    `<ol class="paras"${langAttr(a.lang, a.dir)}>`,
    ...paras,
    '</ol>',
    '</section>',
  ].join('\n');
}

const CSS = `
@page { size: __SIZE__; margin: ${PDF_MARGIN_MM.top}mm ${PDF_MARGIN_MM.right}mm ${PDF_MARGIN_MM.bottom}mm ${PDF_MARGIN_MM.left}mm; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: 'Noto Sans', 'Amiri', serif; font-size: 10.5pt; line-height: 1.45; color: #111; margin: 0 auto; max-width: 46em; padding: 1em; }
@media print { body { max-width: none; padding: 0; } .marking-banner { display: none; } }
[dir="rtl"], :lang(ar) { font-family: 'Amiri', 'Noto Sans', serif; }
/* Arabic reads small next to Latin at the same size: body text one size up, never a heading (zero specificity). */
:where([dir="rtl"]) { font-size: 1.12em; }
bdi[dir="rtl"] { font-size: 1.08em; }
[dir="rtl"] [dir="rtl"], [dir="rtl"] bdi { font-size: 1em; }
h1, h2, h3, h4 { font-weight: 700; line-height: 1.25; break-after: avoid; }
h1 { font-size: 20pt; margin: 0 0 0.2em; }
h2 { font-size: 14pt; margin: 1.4em 0 0.5em; border-bottom: 1px solid #999; padding-bottom: 0.15em; }
h3 { font-size: 12pt; margin: 1.1em 0 0.4em; }
.marking-banner { text-align: center; font-weight: 700; letter-spacing: 0.04em; border: 1px solid #111; padding: 0.2em; margin: 0.5em 0; }
.byline { color: #444; margin: 0 0 1em; }
.summary { color: #444; }
.claim { break-inside: avoid; border-inline-start: 3px solid #c9a227; padding: 0.2em 0 0.2em 0.8em; margin: 0 0 1em; }
.claim-head { font-size: 9pt; color: #333; }
.claim-head span { display: inline-block; margin-inline-end: 0.5em; }
.claim-n { font-weight: 700; }
.grade { font-weight: 700; border: 1px solid #555; padding: 0 0.3em; border-radius: 2px; }
.hedged { color: #8a4b00; font-weight: 700; }
.orphan { color: #a00000; font-weight: 700; }
.quote { margin: 0.35em 0; padding: 0.3em 0.6em; background: #f6f3ea; }
.claim-meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.1em 0.8em; margin: 0.3em 0 0; font-size: 9.5pt; }
.claim-meta dt { font-weight: 700; color: #333; }
.claim-meta dd { margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
th, td { border: 1px solid #bbb; padding: 0.25em 0.45em; text-align: start; vertical-align: top; }
th { background: #eee; font-weight: 700; }
td.num { text-align: end; }
tr { break-inside: avoid; }
.citations li { margin-bottom: 0.25em; }
.url { overflow-wrap: anywhere; unicode-bidi: isolate; }
a.url { color: #1a3d8f; }
a { color: inherit; text-decoration: none; }
.cite { color: #1a3d8f; font-weight: 700; }
.appendix { break-before: page; }
.legend { display: flex; gap: 1em; flex-wrap: wrap; font-size: 9pt; }
.paras li { margin-bottom: 0.35em; }
mark.hl { color: inherit; padding: 0; }
.hl-claim { background: #fde68a; }
.hl-actor { background: #bfdbfe; }
.hl-source { background: #bbf7d0; }
.hl-note { background: #e9d5ff; }
mark.also-actor, mark.also-source, mark.also-note { text-decoration: underline 2px; }
mark.also-actor { text-decoration-color: #2563eb; }
mark.also-source { text-decoration-color: #16a34a; }
mark.also-note { text-decoration-color: #9333ea; }
`;

/**
 * Renders the briefing as a complete HTML document (UTF-8, no scripts, no external fetches).
 * Deterministic for a given model and options.
 */
export function renderHtml(b: Briefing, opts: RenderHtmlOptions): string {
  const m = b.meta;
  const size = opts.pageSize === 'Letter' ? 'Letter' : 'A4';
  const citations = new Map(b.citations.map((c) => [c.n, c]));
  const banner = m.marking ? `<div class="marking-banner">${inline(m.marking)}</div>` : '';
  const byline = [m.author ? `Author: ${inline(m.author)}` : null, `Date: ${escapeHtml(m.date)}`].filter(Boolean).join(' · ');
  const body: string[] = [banner, '<header>', block('h1', m.title), `<p class="byline">${byline}</p>`, '</header>'];

  if (b.bluf.trim()) body.push('<section class="bluf"><h2>Bottom line up front</h2>', ...textParagraphs(b.bluf).map((p) => para(p)), '</section>');
  if (b.keyJudgments.trim()) {
    body.push('<section class="judgments"><h2>Key judgments</h2>', ...textParagraphs(b.keyJudgments).map((p) => para(p)), '</section>');
  }

  body.push('<section class="claims"><h2>Key claims</h2>');
  if (b.claimCount === 0) body.push('<p class="summary">No claims were accepted for this briefing.</p>');
  else body.push(`<p class="summary">${b.claimCount} ${b.claimCount === 1 ? 'claim' : 'claims'}, grouped by ${escapeHtml(m.groupBy)}.</p>`);
  for (const g of b.groups) {
    body.push(`<section class="group">${block('h3', g.label, '', ` <span class="count">(${g.claims.length})</span>`)}`);
    for (const c of g.claims) body.push(claimHtml(c, citations.get(c.citation)));
    body.push('</section>');
  }
  body.push('</section>', storiesHtml(b), networkHtml(b));

  const td = (text: string): string => `<td>${text.trim() ? inline(text) : '—'}</td>`;
  if (b.actors.length > 0) {
    body.push(
      '<section class="actors"><h2>Actors</h2><table><thead><tr><th>Actor</th><th>Type</th><th>Role</th><th>Claims made</th><th>Subject of</th></tr></thead><tbody>',
      ...b.actors.map(
        (a) => `<tr>${td(a.name)}<td>${escapeHtml(ACTOR_TYPE_LABELS[a.type] ?? '')}</td>${td(a.role)}<td class="num">${a.claims}</td><td class="num">${a.subjectOf}</td></tr>`,
      ),
      '</tbody></table></section>',
    );
  }
  if (b.sources.length > 0) {
    body.push(
      '<section class="sources"><h2>Sources</h2><table><thead><tr><th>Source</th><th>Kind</th><th>Reliability</th><th>Claims</th></tr></thead><tbody>',
      ...b.sources.map((s) => `<tr>${td(s.name)}<td>${escapeHtml(SOURCE_KIND_LABELS[s.kind] ?? '')}</td><td>${escapeHtml(s.reliability)}</td><td class="num">${s.claims}</td></tr>`),
      '</tbody></table></section>',
    );
  }
  body.push(
    '<section class="articles"><h2>Articles</h2><table><thead><tr><th>Article</th><th>Publisher</th><th>Date</th><th>Claims</th></tr></thead><tbody>',
    ...b.articles.map((a) => `<tr>${td(a.title)}${td(a.publisher ?? '')}${td(a.publishedAt ?? '')}<td class="num">${a.claims}</td></tr>`),
    '</tbody></table></section>',
  );
  if (b.citations.length > 0) {
    body.push(
      '<section class="references"><h2>References</h2><ol class="citations">',
      ...b.citations.map((c) => `<li id="cite-${c.n}" value="${c.n}">${citationHtml(c)}</li>`),
      '</ol></section>',
    );
  }
  if (b.appendix.length > 0) {
    const legend = KINDS.map((k) => `<span><mark class="hl hl-${k}">${ANNOTATION_KIND_LABELS[k]}</mark></span>`).join('');
    body.push('<section class="appendix"><h2>Appendix: cited articles</h2>', `<p class="legend">Legend: ${legend}</p>`);
    b.appendix.forEach((a, i) => body.push(appendixHtml(a, i)));
    body.push('</section>');
  }
  body.push(banner);

  const csp = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'";
  return [
    '<!DOCTYPE html>',
    '<html lang="en" dir="ltr">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    `<title>${escapeHtml(m.title)}</title>`,
    `<style>\n${opts.fontCss}\n${CSS.replace('__SIZE__', size)}${STORIES_CSS}</style>`,
    '</head>',
    `<body class="page-${size}">`,
    ...body.filter((s) => s !== ''),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * Chromium's header and footer templates for printing the briefing: the handling marking centred at
 * the top and bottom of every page, page "n of N" in the footer. Chromium renders these in a separate
 * document, so they carry their own font rules (else the marking would fall back to a system font).
 * Works for Playwright's page.pdf() and Electron's webContents.printToPDF() alike.
 */
export function pdfHeaderFooter(marking: string, fontCss: string): { headerTemplate: string; footerTemplate: string } {
  const style = `<style>${fontCss} .hf{font-family:'Noto Sans','Amiri',serif;font-size:8pt;color:#222;width:100%;margin:0 ${PDF_MARGIN_MM.left}mm;display:flex;align-items:center;-webkit-print-color-adjust:exact}.hf .mk{flex:1;text-align:center;font-weight:700;letter-spacing:0.04em}.hf .side{width:25%}.hf .pg{text-align:right}</style>`;
  const mk = marking.trim() ? inline(marking.trim()) : '';
  return {
    headerTemplate: `${style}<div class="hf"><span class="side"></span><span class="mk">${mk}</span><span class="side"></span></div>`,
    footerTemplate: `${style}<div class="hf"><span class="side"></span><span class="mk">${mk}</span><span class="side pg">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
  };
}

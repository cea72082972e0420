/**
 * Briefing → Markdown (CommonMark with GFM tables and footnotes).
 *
 * Escaping: every piece of user text goes through `mdText`, which HTML-escapes & < > (so no raw HTML
 * or autolink can be formed) and backslash-escapes the punctuation that starts inline syntax
 * (emphasis, links, code, tables, strikethrough); `blockSafe` also neutralises what would start a block
 * (heading, list, quote) at the beginning of a paragraph. A title such as `<script>` or `*bold*`
 * therefore renders literally.
 *
 * Right-to-left text: Markdown viewers (GitHub, VS Code, Obsidian) lay out each paragraph, heading,
 * list item and cell by its first strong character, as the HTML and Word exports do, so most text
 * needs no direction control at all. Controls (U+2066–U+2069) are added only where a run would
 * otherwise display wrong, because they are invisible and break search and copy:
 * - a Latin run inside right-to-left text that holds digits, brackets or loose punctuation ("F-16",
 *   "Haftar (LNA)") is isolated LTR (LRI … PDI) as a whole, never inside a word;
 * - a name or title with right-to-left letters inside a left-to-right line (a list item's value, a
 *   citation, a table cell) is isolated in its own first-strong direction (RLI/LRI … PDI) when it
 *   holds more than Arabic words and spaces, and always in table cells and references (a row or a
 *   reference is one left-to-right line of parts; a plain-text editor would otherwise lay the whole
 *   line out right to left);
 * - Latin text in a Latin paragraph never gets one.
 */
import type { AnnotationKind } from '../domain';
import { dirOf, hasRtlLetter, ltrRuns } from './direction';
import { ACTOR_TYPE_LABELS, ANNOTATION_KIND_LABELS, CLAIM_TYPE_LABELS, SOURCE_KIND_LABELS, UNTITLED_ARTICLE } from '../labels';
import { highlightPieces } from './highlights';
import type { Briefing, BriefingCitation, BriefingClaim } from './types';
import { PUBLISHER_ONLY, citedParagraphsLabel, textParagraphs } from './wording';
import { networkMarkdown, storiesMarkdown } from './stories-markdown';

const RLI = '\u2067';
const LRI = '\u2066';
const PDI = '\u2069';

/** Escapes user text for inline Markdown: one line, no HTML, no inline syntax. */
export function mdText(text: string): string {
  return text
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]#+|~{}!]/g, (c) => `\\${c}`);
}

/** Escaped text that starts a line (or a list item): stops it from opening a list or a setext heading. */
export function blockSafe(escaped: string): string {
  return escaped.replace(/^(\s*)(\d+)([.)])/, '$1$2\\$3').replace(/^(\s*)([-=])/, '$1\\$2');
}

/** Escaped right-to-left text; Latin runs isolated (LRI … PDI) only where they would display wrong. */
export function rtlText(text: string): string {
  return ltrRuns(text)
    .map((run) => (run.ltr && run.needsIsolate ? `${LRI}${mdText(run.text)}${PDI}` : mdText(run.text)))
    .join('');
}

/** Escaped text laid out by its first strong character (the block it starts decides its direction). */
function blockText(text: string): string {
  return dirOf(text) === 'rtl' ? rtlText(text) : mdText(text);
}

/** True when right-to-left `text` is Arabic letters, marks and spaces only: safe unisolated in a left-to-right line. */
const plainRtl = (text: string): boolean => /^[\p{L}\p{M}\s]*$/u.test(text) && !/[A-Za-z\u00C0-\u024F]/.test(text);

/** A name or title inside a left-to-right line: isolated in its own first-strong direction only when needed. */
export function auto(text: string, always = false): string {
  if (!hasRtlLetter(text)) return mdText(text);
  const rtl = dirOf(text) === 'rtl';
  const body = rtl ? rtlText(text) : mdText(text);
  if (!always && plainRtl(text.trim())) return body;
  return `${rtl ? RLI : LRI}${body}${PDI}`;
}

function cell(text: string): string {
  return text.trim() === '' ? '—' : auto(text, true);
}

function citationText(c: BriefingCitation): string {
  // A reference is a left-to-right line of parts joined by commas: a right-to-left part is always isolated.
  const parts = [auto(c.title || UNTITLED_ARTICLE, true)];
  if (c.publisher) parts.push(auto(c.publisher, true));
  if (c.publishedAt) parts.push(mdText(c.publishedAt));
  const cited = citedParagraphsLabel(c);
  if (cited) parts.push(cited);
  let line = parts.join(', ') + '.';
  if (c.url) line += ` ${url(c.url)}`;
  return line;
}

/** A URL as an autolink when it is a plain http(s) URL, otherwise as escaped text. */
function url(u: string): string {
  return /^https?:\/\/[^\s<>"'`\\]+$/i.test(u) ? `<${u}>` : mdText(u);
}

function claimBlock(c: BriefingClaim): string[] {
  const heading = [`Claim ${c.n}`, c.grade, CLAIM_TYPE_LABELS[c.claimType].toLowerCase()];
  if (c.hedged) heading.push('hedged');
  const lines = [`#### ${heading.join(' · ')}`, '', `> ${blockSafe(c.dir === 'rtl' ? rtlText(c.quote) : mdText(c.quote))}[^${c.citation}]`, ''];
  lines.push(`- **Speaker:** ${c.speaker ? auto(c.speaker) : 'unattributed'}`);
  if (c.subjects.length > 0) lines.push(`- **Subjects:** ${c.subjects.map((s) => auto(s)).join(', ')}`);
  const source = c.source ? `${auto(c.source)}${c.sourceIsPublisher ? ` (${PUBLISHER_ONLY})` : ''}` : 'unknown';
  lines.push(`- **Source:** ${source}${c.channel.trim() ? `, via ${auto(c.channel.trim())}` : ''}`);
  lines.push(`- **Grade:** ${c.grade}${c.hedged ? ' (hedged: the source reports it as hearsay)' : ''}`);
  if (c.comment.trim()) lines.push(`- **Analyst comment:** ${auto(c.comment.trim())}`);
  if (!c.anchored) lines.push('- **Warning:** this quote is no longer found in its article.');
  lines.push('');
  return lines;
}

const MARKERS: Record<AnnotationKind, [string, string]> = {
  claim: ['⟦', '⟧'],
  actor: ['⟨', '⟩'],
  source: ['⟪', '⟫'],
  note: ['⦃', '⦄'],
};

/**
 * An appendix paragraph with its highlight markers. Isolates are placed by the runs of the whole
 * paragraph (not of each highlighted piece), so none falls inside a word that a highlight cuts.
 */
function appendixParagraph(text: string, spans: Parameters<typeof highlightPieces>[1]): string {
  const inserts = new Map<number, string[]>();
  const at = (i: number, s: string, front = false): void => {
    const list = inserts.get(i) ?? [];
    if (front) list.unshift(s);
    else list.push(s);
    inserts.set(i, list);
  };
  if (dirOf(text) === 'rtl') {
    let pos = 0;
    for (const run of ltrRuns(text)) {
      if (run.ltr && run.needsIsolate) {
        at(pos, LRI);
        at(pos + run.text.length, PDI, true);
      }
      pos += run.text.length;
    }
  }
  let pos = 0;
  const pieces = highlightPieces(text, spans).map((p) => {
    const start = pos;
    pos += p.text.length;
    return { ...p, start };
  });
  let out = '';
  for (const p of pieces) {
    const open = p.kinds.map((k) => MARKERS[k][0]).join('');
    const close = [...p.kinds].reverse().map((k) => MARKERS[k][1]).join('');
    let inner = '';
    let i = p.start;
    const end = p.start + p.text.length;
    while (i < end) {
      let next = end;
      for (const k of inserts.keys()) if (k > i && k < next) next = k;
      inner += (i > p.start ? (inserts.get(i) ?? []).join('') : '') + mdText(text.slice(i, next));
      i = next;
    }
    out += (inserts.get(p.start) ?? []).join('') + open + inner + close;
  }
  out += (inserts.get(text.length) ?? []).join('');
  return blockSafe(out);
}

/**
 * Renders the briefing as Markdown. Deterministic (same model, same bytes), so it can be compared
 * against a golden file; ends with a newline. `networkImage`: the file name, relative to the
 * Markdown file, of the actor network SVG written beside it (see stories-markdown.ts).
 */
export function renderMarkdown(b: Briefing, opts: { networkImage?: string } = {}): string {
  const out: string[] = [];
  const marking = b.meta.marking ? `**${auto(b.meta.marking)}**` : null;
  if (marking) out.push(marking, '');
  out.push(`# ${blockText(b.meta.title)}`, '');
  const by = [b.meta.author ? `Author: ${auto(b.meta.author)}` : null, `Date: ${mdText(b.meta.date)}`].filter(Boolean);
  out.push(by.join(' · '), '');

  if (b.bluf.trim()) {
    out.push('## Bottom line up front', '');
    for (const p of textParagraphs(b.bluf)) out.push(blockSafe(blockText(p)), '');
  }
  if (b.keyJudgments.trim()) {
    out.push('## Key judgments', '');
    for (const p of textParagraphs(b.keyJudgments)) out.push(blockSafe(blockText(p)), '');
  }

  out.push('## Key claims', '');
  if (b.claimCount === 0) {
    out.push('No claims were accepted for this briefing.', '');
  } else {
    const noun = b.claimCount === 1 ? 'claim' : 'claims';
    out.push(`${b.claimCount} ${noun}, grouped by ${b.meta.groupBy}.`, '');
    for (const g of b.groups) {
      out.push(`### ${blockText(g.label)} (${g.claims.length})`, '');
      for (const c of g.claims) out.push(...claimBlock(c));
    }
  }
  out.push(...storiesMarkdown(b), ...networkMarkdown(b, opts.networkImage));

  if (b.actors.length > 0) {
    out.push('## Actors', '', '| Actor | Type | Role | Claims made | Subject of |', '| --- | --- | --- | ---: | ---: |');
    for (const a of b.actors) {
      out.push(`| ${cell(a.name)} | ${ACTOR_TYPE_LABELS[a.type]} | ${cell(a.role)} | ${a.claims} | ${a.subjectOf} |`);
    }
    out.push('');
  }
  if (b.sources.length > 0) {
    out.push('## Sources', '', '| Source | Kind | Reliability | Claims |', '| --- | --- | :---: | ---: |');
    for (const s of b.sources) out.push(`| ${cell(s.name)} | ${SOURCE_KIND_LABELS[s.kind]} | ${s.reliability} | ${s.claims} |`);
    out.push('');
  }

  out.push('## Articles', '', '| Article | Publisher | Date | Claims |', '| --- | --- | --- | ---: |');
  for (const a of b.articles) {
    out.push(`| ${cell(a.title)} | ${cell(a.publisher ?? '')} | ${cell(a.publishedAt ?? '')} | ${a.claims} |`);
  }
  out.push('');

  if (b.appendix.length > 0) {
    out.push('## Appendix: cited articles', '');
    const legend = (Object.keys(MARKERS) as AnnotationKind[])
      .map((k) => `${MARKERS[k][0]}${ANNOTATION_KIND_LABELS[k].toLowerCase()}${MARKERS[k][1]}`)
      .join(' · ');
    out.push(`Legend: ${legend}`, '');
    b.appendix.forEach((a, i) => {
      out.push(`### A${i + 1}. ${auto(a.title || UNTITLED_ARTICLE)}`, '');
      const meta = [a.publisher ? auto(a.publisher, true) : null, a.publishedAt ? mdText(a.publishedAt) : null, a.url ? url(a.url) : null]
        .filter(Boolean)
        .join(' · ');
      if (meta) out.push(meta, '');
      for (const p of a.paragraphs) out.push(`${p.n}. ${appendixParagraph(p.text, p.spans)}`);
      out.push('');
    });
  }

  if (marking) out.push(marking, '');
  for (const c of b.citations) out.push(`[^${c.n}]: ${citationText(c)}`);
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}

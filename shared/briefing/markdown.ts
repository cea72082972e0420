/**
 * Briefing → Markdown (CommonMark with GFM tables and footnotes).
 *
 * Escaping: every piece of user text goes through `mdText`, which HTML-escapes & < > (so no raw HTML
 * or autolink can be formed) and backslash-escapes the punctuation that starts inline syntax
 * (emphasis, links, code, tables, strikethrough); `mdLine` also neutralises what would start a block
 * (heading, list, quote) at the beginning of a paragraph. A title such as `<script>` or `*bold*`
 * therefore renders literally.
 *
 * Right-to-left text: each RTL quote or paragraph is wrapped in Unicode isolates, RLI (U+2067) … PDI
 * (U+2069), and every Latin run inside it in LRI (U+2066) … PDI. We chose isolates over `<div dir="rtl">`
 * because they are plain text: they survive HTML sanitisers that drop attributes or tags, they do not
 * depend on the blank-line rules for HTML blocks, and they work in GitHub, VS Code's preview, Obsidian
 * and plain-text editors alike (all apply the Unicode Bidirectional Algorithm, which treats isolates as
 * one unit), so "Haftar (LNA)" inside Arabic keeps its parentheses on the right side.
 */
import type { AnnotationKind } from '../domain';
import { scriptRuns } from '../text';
import {
  ACTOR_TYPE_LABELS,
  CLAIM_TYPE_LABELS,
  HIGHLIGHT_LABELS,
  SOURCE_KIND_LABELS,
  highlightPieces,
  textParagraphs,
  type Briefing,
  type BriefingCitation,
  type BriefingClaim,
} from './model';

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
function blockSafe(escaped: string): string {
  return escaped.replace(/^(\s*)(\d+)([.)])/, '$1$2\\$3').replace(/^(\s*)([-=])/, '$1\\$2');
}

/** Like mdText, for text that starts a line. */
function mdLine(text: string): string {
  return blockSafe(mdText(text));
}

/** Escaped text, isolated as RTL (Latin runs isolated as LTR inside) when `rtl`. */
function directional(text: string, rtl: boolean): string {
  if (!rtl) return mdText(text);
  const inner = scriptRuns(text)
    .map((run) => (run.rtl ? mdText(run.text) : `${LRI}${mdText(run.text)}${PDI}`))
    .join('');
  return `${RLI}${inner}${PDI}`;
}

const hasRtl = (text: string): boolean => /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.test(text);

/** User text in running prose: isolated as RTL when it contains right-to-left letters. */
function auto(text: string): string {
  return directional(text, hasRtl(text));
}

function cell(text: string): string {
  return text.trim() === '' ? '—' : auto(text);
}

function citationText(c: BriefingCitation): string {
  const parts = [auto(c.title || 'Untitled article')];
  if (c.publisher) parts.push(auto(c.publisher));
  if (c.publishedAt) parts.push(mdText(c.publishedAt));
  parts.push(c.paragraph === null ? 'quote no longer found in the article' : `paragraph ${c.paragraph}`);
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
  const lines = [`#### ${heading.join(' · ')}`, '', `> ${directional(c.quote, c.dir === 'rtl')}[^${c.citation}]`, ''];
  lines.push(`- **Speaker:** ${c.speaker ? auto(c.speaker) : 'unattributed'}`);
  if (c.subjects.length > 0) lines.push(`- **Subjects:** ${c.subjects.map(auto).join(', ')}`);
  const source = c.source ? auto(c.source) : 'unknown';
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

function appendixParagraph(text: string, spans: Parameters<typeof highlightPieces>[1], rtl: boolean): string {
  const body = highlightPieces(text, spans)
    .map((p) => {
      const open = p.kinds.map((k) => MARKERS[k][0]).join('');
      const close = [...p.kinds].reverse().map((k) => MARKERS[k][1]).join('');
      const inner = rtl
        ? scriptRuns(p.text).map((r) => (r.rtl ? mdText(r.text) : `${LRI}${mdText(r.text)}${PDI}`)).join('')
        : mdText(p.text);
      return `${open}${inner}${close}`;
    })
    .join('');
  return rtl ? `${RLI}${body}${PDI}` : blockSafe(body);
}

/**
 * Renders the briefing as Markdown. Deterministic (same model, same bytes), so it can be compared
 * against a golden file; ends with a newline.
 */
export function renderMarkdown(b: Briefing): string {
  const out: string[] = [];
  const marking = b.meta.marking ? `**${auto(b.meta.marking)}**` : null;
  if (marking) out.push(marking, '');
  out.push(`# ${auto(b.meta.title)}`, '');
  const by = [b.meta.author ? `Author: ${auto(b.meta.author)}` : null, `Date: ${mdText(b.meta.date)}`].filter(Boolean);
  out.push(by.join(' · '), '');

  if (b.bluf.trim()) {
    out.push('## Bottom line up front', '');
    for (const p of textParagraphs(b.bluf)) out.push(hasRtl(p) ? directional(p, true) : mdLine(p), '');
  }
  if (b.keyJudgments.trim()) {
    out.push('## Key judgments', '');
    for (const p of textParagraphs(b.keyJudgments)) out.push(hasRtl(p) ? directional(p, true) : mdLine(p), '');
  }

  out.push('## Key claims', '');
  if (b.claimCount === 0) {
    out.push('No claims were accepted for this briefing.', '');
  } else {
    const noun = b.claimCount === 1 ? 'claim' : 'claims';
    out.push(`${b.claimCount} ${noun}, grouped by ${b.meta.groupBy}.`, '');
    for (const g of b.groups) {
      out.push(`### ${auto(g.label)} (${g.claims.length})`, '');
      for (const c of g.claims) out.push(...claimBlock(c));
    }
  }

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
      .map((k) => `${MARKERS[k][0]}${HIGHLIGHT_LABELS[k].toLowerCase()}${MARKERS[k][1]}`)
      .join(' · ');
    out.push(`Legend: ${legend}`, '');
    b.appendix.forEach((a, i) => {
      out.push(`### A${i + 1}. ${auto(a.title || 'Untitled article')}`, '');
      const meta = [a.publisher ? auto(a.publisher) : null, a.publishedAt ? mdText(a.publishedAt) : null, a.url ? url(a.url) : null]
        .filter(Boolean)
        .join(' · ');
      if (meta) out.push(meta, '');
      for (const p of a.paragraphs) out.push(`${p.n}. ${appendixParagraph(p.text, p.spans, a.dir === 'rtl')}`);
      out.push('');
    });
  }

  if (marking) out.push(marking, '');
  for (const c of b.citations) out.push(`[^${c.n}]: ${citationText(c)}`);
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}

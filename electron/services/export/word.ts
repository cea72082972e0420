/**
 * Briefing → Word document (.docx), from the same briefing model as the preview, PDF and Markdown,
 * written with the `docx` package. Right-to-left paragraphs are marked bidirectional (w:bidi) and
 * their Arabic runs right-to-left (w:rtl), the Latin runs inside them left as they are; a paragraph's
 * direction is its text's first strong character (shared/briefing/direction.ts), as in the other
 * formats. The handling marking is in every page's header and footer (with "Page n of N"); each claim
 * cites its article in a footnote; the cited articles follow in an appendix with their highlights.
 */
import {
  AlignmentType,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { dirOf, hasRtlLetter, ltrRuns } from '../../../shared/briefing/direction';
import { ACTOR_TYPE_LABELS, ANNOTATION_KIND_LABELS, CLAIM_TYPE_LABELS, SOURCE_KIND_LABELS, UNTITLED_ARTICLE, UNATTRIBUTED } from '../../../shared/labels';
import { highlightPieces } from '../../../shared/briefing/highlights';
import type { Briefing, BriefingCitation, BriefingClaim } from '../../../shared/briefing/types';
import { PUBLISHER_ONLY, citedParagraphsLabel, textParagraphs } from '../../../shared/briefing/wording';
import type { AnnotationKind } from '../../../shared/domain';
import { storiesDocx } from './stories-word';

type RunStyle = { bold?: boolean; italics?: boolean; highlight?: 'yellow' | 'cyan' | 'green' | 'magenta'; color?: string; size?: number };

/** Fonts: Noto Sans for Latin, Amiri for Arabic (complex script), as in the PDF; Word substitutes when missing. */
export const FONT = { ascii: 'Noto Sans', hAnsi: 'Noto Sans', cs: 'Amiri' };

/** Runs of `text` in a paragraph of direction `dir`: Arabic runs marked right-to-left, Latin runs not. */
export function runs(text: string, dir: 'ltr' | 'rtl', style: RunStyle = {}): TextRun[] {
  if (!hasRtlLetter(text)) return [new TextRun({ text, font: FONT, ...style })];
  if (dir === 'ltr') {
    // An Arabic name inside a left-to-right paragraph: its Arabic stretch is a right-to-left run.
    return splitScripts(text).map((r) => new TextRun({ text: r.text, font: FONT, rightToLeft: r.rtl, ...style }));
  }
  return ltrRuns(text).map((r) => new TextRun({ text: r.text, font: FONT, rightToLeft: !r.ltr, ...style }));
}

/** Arabic stretches (letters and the spaces between them) and the rest, for names inside left-to-right text. */
function splitScripts(text: string): { text: string; rtl: boolean }[] {
  const out: { text: string; rtl: boolean }[] = [];
  for (const m of text.matchAll(/[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF](?:[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\s]*[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF])?|[^\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]+/g)) {
    out.push({ text: m[0], rtl: hasRtlLetter(m[0]) });
  }
  return out;
}

/** A paragraph of user text in its own first-strong direction. */
function textPara(text: string, opts: { heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; style?: RunStyle; extra?: ParagraphChild[] } = {}): Paragraph {
  const dir = dirOf(text);
  return new Paragraph({
    heading: opts.heading,
    bidirectional: dir === 'rtl',
    children: [...runs(text, dir, opts.style), ...(opts.extra ?? [])],
  });
}

/** A left-to-right paragraph of label and value(s): "Speaker: <name>". */
function labelled(label: string, value: ParagraphChild[]): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true, font: FONT }), ...value] });
}

/** A name inside a left-to-right paragraph: its Arabic stretches as right-to-left runs. */
export const name = (text: string): TextRun[] => runs(text, 'ltr');

function citationText(c: BriefingCitation): string {
  const parts = [c.title || UNTITLED_ARTICLE];
  if (c.publisher) parts.push(c.publisher);
  if (c.publishedAt) parts.push(c.publishedAt);
  const cited = citedParagraphsLabel(c);
  if (cited) parts.push(cited);
  return `${parts.join(', ')}.${c.url ? ` ${c.url}` : ''}`;
}

function claimParagraphs(c: BriefingClaim, footnote: number): Paragraph[] {
  const head = [`Claim ${c.n}`, c.grade, CLAIM_TYPE_LABELS[c.claimType] ?? ''];
  if (c.hedged) head.push('Hedged');
  if (!c.anchored) head.push('Quote no longer in article');
  const out: Paragraph[] = [new Paragraph({ children: [new TextRun({ text: head.join(' · '), bold: true, font: FONT, size: 18 })], keepNext: true })];
  out.push(
    new Paragraph({
      bidirectional: c.dir === 'rtl',
      indent: { start: 360 },
      shading: { type: 'clear', fill: 'F6F3EA', color: 'auto' },
      children: [...runs(c.quote, c.dir), new FootnoteReferenceRun(footnote)],
    }),
  );
  out.push(labelled('Speaker', c.speaker ? name(c.speaker) : [new TextRun({ text: UNATTRIBUTED, font: FONT })]));
  if (c.subjects.length > 0) out.push(labelled('Subjects', c.subjects.flatMap((s, i) => [...(i > 0 ? [new TextRun({ text: ', ', font: FONT })] : []), ...name(s)])));
  const source: ParagraphChild[] = c.source ? name(c.source) : [new TextRun({ text: 'Unknown', font: FONT })];
  if (c.source && c.sourceIsPublisher) source.push(new TextRun({ text: ` (${PUBLISHER_ONLY})`, italics: true, font: FONT }));
  if (c.channel.trim()) source.push(new TextRun({ text: ', via ', font: FONT }), ...name(c.channel.trim()));
  out.push(labelled('Source', source));
  if (c.comment.trim()) out.push(labelled('Analyst comment', name(c.comment.trim())));
  return out;
}

/** A table of plain text cells, each cell in its own first-strong direction. */
export function table(header: string[], rows: string[][]): Table {
  const cell = (text: string, bold = false): TableCell =>
    new TableCell({ children: [new Paragraph({ bidirectional: dirOf(text) === 'rtl', children: runs(text || '—', dirOf(text), { bold }) })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((t) => cell(t)) }))],
  });
}

const HIGHLIGHT: Record<AnnotationKind, RunStyle['highlight']> = { claim: 'yellow', actor: 'cyan', source: 'green', note: 'magenta' };

/** The marking centred, for header and footer; the footer adds "Page n of N". */
function markingParagraph(marking: string, pages: boolean): Paragraph {
  const children: ParagraphChild[] = marking ? runs(marking, 'ltr', { bold: true, size: 16 }) : [];
  if (pages) {
    children.push(
      new TextRun({ children: [`${marking ? '    ' : ''}Page `, PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16, font: FONT }),
    );
  }
  return new Paragraph({ alignment: AlignmentType.CENTER, children });
}

/**
 * Renders the briefing as a .docx file's bytes. Deterministic in content (the package stamps the
 * document's creation time). Rejects only if the docx package fails to pack.
 */
export async function renderDocx(b: Briefing): Promise<Uint8Array> {
  const m = b.meta;
  const body: (Paragraph | Table)[] = [];
  body.push(textPara(m.title, { heading: HeadingLevel.TITLE }));
  body.push(new Paragraph({ children: [...(m.author ? [new TextRun({ text: 'Author: ', font: FONT }), ...name(m.author), new TextRun({ text: ' · ', font: FONT })] : []), new TextRun({ text: `Date: ${m.date}`, font: FONT })] }));
  if (b.bluf.trim()) body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Bottom line up front' }), ...textParagraphs(b.bluf).map((p) => textPara(p)));
  if (b.keyJudgments.trim()) body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Key judgments' }), ...textParagraphs(b.keyJudgments).map((p) => textPara(p)));

  body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Key claims' }));
  body.push(new Paragraph({ text: b.claimCount === 0 ? 'No claims were accepted for this briefing.' : `${b.claimCount} ${b.claimCount === 1 ? 'claim' : 'claims'}, grouped by ${m.groupBy}.` }));
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  const citations = new Map(b.citations.map((c) => [c.n, c]));
  for (const g of b.groups) {
    body.push(textPara(g.label, { heading: HeadingLevel.HEADING_2, extra: [new TextRun({ text: ` (${g.claims.length})` })] }));
    for (const c of g.claims) {
      // One footnote per claim (Word numbers footnotes itself): the article's reference and the quote's paragraph.
      const cite = citations.get(c.citation);
      const text = cite ? `[${c.citation}] ${cite.title || UNTITLED_ARTICLE}${cite.publisher ? `, ${cite.publisher}` : ''}${cite.publishedAt ? `, ${cite.publishedAt}` : ''}${c.paragraph === null ? ', quote no longer found in the article' : `, ¶ ${c.paragraph}`}.${cite.url ? ` ${cite.url}` : ''}` : `[${c.citation}]`;
      footnotes[String(c.n)] = { children: [new Paragraph({ children: name(text) })] };
      body.push(...claimParagraphs(c, c.n));
    }
  }

  body.push(...storiesDocx(b));
  if (b.actors.length > 0) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Actors' }));
    body.push(table(['Actor', 'Type', 'Role', 'Claims made', 'Subject of'], b.actors.map((a) => [a.name, ACTOR_TYPE_LABELS[a.type] ?? '', a.role, String(a.claims), String(a.subjectOf)])));
  }
  if (b.sources.length > 0) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Sources' }));
    body.push(table(['Source', 'Kind', 'Reliability', 'Claims'], b.sources.map((s) => [s.name, SOURCE_KIND_LABELS[s.kind] ?? '', s.reliability, String(s.claims)])));
  }
  body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Articles' }));
  body.push(table(['Article', 'Publisher', 'Date', 'Claims'], b.articles.map((a) => [a.title, a.publisher ?? '', a.publishedAt ?? '', String(a.claims)])));

  if (b.citations.length > 0) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'References' }));
    for (const c of b.citations) body.push(new Paragraph({ children: [new TextRun({ text: `[${c.n}] `, bold: true, font: FONT }), ...name(citationText(c))] }));
  }

  if (b.appendix.length > 0) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Appendix: cited articles', pageBreakBefore: true }));
    const kinds: AnnotationKind[] = ['claim', 'actor', 'source', 'note'];
    body.push(new Paragraph({ children: [new TextRun({ text: 'Legend: ', font: FONT }), ...kinds.flatMap((k, i) => [...(i > 0 ? [new TextRun({ text: ' · ', font: FONT })] : []), new TextRun({ text: ANNOTATION_KIND_LABELS[k], highlight: HIGHLIGHT[k], font: FONT })])] }));
    b.appendix.forEach((a, i) => {
      body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: `A${i + 1}. ` }), ...name(a.title || UNTITLED_ARTICLE)] }));
      const meta = [a.publisher, a.publishedAt, a.url].filter((x): x is string => Boolean(x));
      if (meta.length > 0) body.push(new Paragraph({ children: name(meta.join(' · ')) }));
      for (const p of a.paragraphs) {
        const dir = a.dir === 'rtl' ? 'rtl' : 'ltr';
        const children: ParagraphChild[] = [new TextRun({ text: `${p.n}. `, font: FONT, rightToLeft: dir === 'rtl' })];
        for (const piece of highlightPieces(p.text, p.spans)) {
          const first = piece.kinds[0];
          children.push(...runs(piece.text, dir, first ? { highlight: HIGHLIGHT[first] } : {}));
        }
        body.push(new Paragraph({ bidirectional: dir === 'rtl', children }));
      }
    });
  }
  if (m.marking) body.push(new Paragraph({ alignment: AlignmentType.CENTER, children: runs(m.marking, 'ltr', { bold: true }) }));

  const doc = new Document({
    title: m.title,
    creator: m.author || 'Claimwork',
    description: 'Claimwork briefing',
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    footnotes,
    sections: [
      {
        properties: {
          page: {
            size: m.pageSize === 'Letter' ? { width: 12240, height: 15840 } : { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 907, right: 907 },
          },
        },
        headers: { default: new Header({ children: [markingParagraph(m.marking, false)] }) },
        footers: { default: new Footer({ children: [markingParagraph(m.marking, true)] }) },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

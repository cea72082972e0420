/**
 * The story lines and the actor network in the Word briefing, from the same parts as the HTML and
 * Markdown (shared/briefing/stories-section.ts). The network is a table of who speaks about whom
 * (speaker, about, stance, claims), not a picture: Word takes SVG only with a PNG fallback, which
 * would need a browser to rasterise, and the Word export runs without one; the table is the same
 * graph data as the PDF's picture, and an analyst can edit and sort it in Word.
 */
import { HeadingLevel, Paragraph, TextRun, type ParagraphChild, type Table } from 'docx';
import type { Briefing } from '../../../shared/briefing/model';
import { citeText, storyCredibilityLine, storyReportedLine, storyReportsLine, type StoryPart } from '../../../shared/briefing/stories-section';
import { STANCE_STYLE } from '../../../shared/stories';
import { FONT, name, runs, table } from './word';
import { UNATTRIBUTED } from '../../../shared/labels';

function partsRuns(parts: readonly StoryPart[]): ParagraphChild[] {
  return parts.flatMap((p) => {
    if ('text' in p) return [new TextRun({ text: p.text, font: FONT })];
    if ('date' in p) return [new TextRun({ text: p.date, font: FONT })];
    return 'name' in p ? name(p.name) : [new TextRun({ text: citeText(p.cite), font: FONT })];
  });
}

/** Headings, paragraphs and the network table for the stories and network sections; none when there is neither. */
export function storiesDocx(b: Briefing): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  if (b.stories.length > 0) {
    const n = b.stories.length;
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Stories across articles' }));
    out.push(new Paragraph({ text: `${n} ${n === 1 ? 'statement' : 'statements'} of this briefing reported across articles: who carries each, who contradicts it, and its credibility.` }));
    b.stories.forEach((s, i) => {
      out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: `Story ${i + 1}: ` }), ...name(s.speaker ?? UNATTRIBUTED)] }));
      out.push(new Paragraph({ bidirectional: s.dir === 'rtl', indent: { start: 360 }, shading: { type: 'clear', fill: 'F6F3EA', color: 'auto' }, children: runs(s.quote, s.dir) }));
      for (const line of [storyReportedLine(s), storyCredibilityLine(s), storyReportsLine(s)]) out.push(new Paragraph({ children: partsRuns(line) }));
    });
  }
  if (b.network) {
    const names = new Map(b.network.nodes.map((x) => [x.id, x.name]));
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Who speaks about whom' }));
    out.push(new Paragraph({ text: 'The actor network of the briefing’s claims (drawn as a picture in the PDF): each row is a speaker and an actor its claims concern, with the stance the words show.' }));
    out.push(
      table(
        ['Speaker', 'About', 'Stance', 'Claims'],
        b.network.edges.map((e) => [names.get(e.source) ?? e.source, names.get(e.target) ?? e.target, STANCE_STYLE[e.stance ?? 'unknown'].label, String(e.claims)]),
      ),
    );
  }
  return out;
}

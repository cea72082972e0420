/**
 * The story lines and the actor network in the briefing's Markdown: the parts worded in
 * stories-section.ts, escaped and isolated as markdown.ts does for every name, each citation a
 * footnote reference. Markdown cannot hold a drawing, so the network is an SVG file written beside
 * the Markdown file and linked as an image (viewers show it inline); without a file name (the
 * Markdown alone, e.g. printed) the section says where the picture is.
 */
import { auto, blockSafe, mdText, rtlText } from './markdown';
import type { Briefing } from './types';
import { storyCredibilityLine, storyReportedLine, storyReportsLine, type StoryPart } from './stories-section';

function partsMd(parts: readonly StoryPart[]): string {
  return parts
    .map((p) => {
      if ('text' in p) return mdText(p.text);
      if ('date' in p) return mdText(p.date);
      // A story line is one left-to-right sentence of parts: a right-to-left name is always isolated.
      if ('name' in p) return auto(p.name, true);
      const c = p.cite;
      if (c.claimN !== null) return `claim ${c.claimN}[^${c.citation}]`;
      return `${c.paragraph === null ? '' : `¶ ${c.paragraph}`}[^${c.citation}]`;
    })
    .join('');
}

/** The "Stories across articles" section as Markdown lines; none when the briefing has no story beyond one article. */
export function storiesMarkdown(b: Briefing): string[] {
  if (b.stories.length === 0) return [];
  const n = b.stories.length;
  const out = ['## Stories across articles', '', `${n} ${n === 1 ? 'statement' : 'statements'} of this briefing reported across articles: who carries each, who contradicts it, and its credibility.`, ''];
  b.stories.forEach((s, i) => {
    out.push(`### Story ${i + 1}: ${s.speaker ? auto(s.speaker) : 'Unattributed'}`, '');
    out.push(`> ${blockSafe(s.dir === 'rtl' ? rtlText(s.quote) : mdText(s.quote))}`, '');
    out.push(`- ${partsMd(storyReportedLine(s))}`, `- ${partsMd(storyCredibilityLine(s))}`, `- ${partsMd(storyReportsLine(s))}`, '');
  });
  return out;
}

/**
 * The "Who speaks about whom" section: an image link to `imageFile` (a file name relative to the
 * Markdown file) when given, else a line saying where the picture is. None without a network.
 */
export function networkMarkdown(b: Briefing, imageFile: string | undefined): string[] {
  if (!b.network) return [];
  const out = ['## Who speaks about whom', ''];
  if (imageFile) out.push(`![Actor network: who speaks about whom](<${imageFile.replace(/[<>]/g, '')}>)`, '');
  else out.push('The actor network picture is in the PDF export, and in an SVG file beside the Markdown when the briefing is exported to a file.', '');
  out.push('Size: claims made; colour: actor type; arrows from a speaker to each actor a claim concerns, green where the words back or help, red where they deny or rebut.', '');
  return out;
}

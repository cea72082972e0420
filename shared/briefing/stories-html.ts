/**
 * The story lines and the actor network picture in the briefing's HTML (preview export and PDF):
 * the parts worded in stories-section.ts, escaped and isolated as html.ts does for every name, each
 * citation a link to its claim and its reference; the network as inline SVG (network-picture.ts).
 */
import { directed, escapeHtml, inline } from './html';
import type { Briefing } from './types';
import { networkSvg } from './network-picture';
import { storyCredibilityLine, storyReportedLine, storyReportsLine, type StoryPart } from './stories-section';
import { dirOf } from './direction';
import { UNATTRIBUTED } from '../labels';

function partsHtml(parts: readonly StoryPart[]): string {
  return parts
    .map((p) => {
      if ('text' in p) return escapeHtml(p.text);
      if ('date' in p) return `<span class="date">${escapeHtml(p.date)}</span>`;
      if ('name' in p) return inline(p.name);
      const c = p.cite;
      const ref = `<a class="cite" href="#cite-${c.citation}">[${c.citation}]</a>`;
      if (c.claimN !== null) return `<span class="cite-group"><a href="#claim-${c.claimN}">claim ${c.claimN}</a> ${ref}</span>`;
      return `<span class="cite-group">${ref}${c.paragraph === null ? '' : ` ¶ ${c.paragraph}`}</span>`;
    })
    .join('');
}

/** The "Stories across articles" section; '' when the briefing has no story beyond one article. */
export function storiesHtml(b: Briefing): string {
  if (b.stories.length === 0) return '';
  const n = b.stories.length;
  const out = [
    '<section class="stories"><h2>Stories across articles</h2>',
    `<p class="summary">${n} ${n === 1 ? 'statement' : 'statements'} of this briefing reported across articles: who carries each, who contradicts it, and its credibility.</p>`,
  ];
  b.stories.forEach((s, i) => {
    const dir = dirOf(s.quote, s.dir);
    out.push(
      `<article class="story" id="story-${i + 1}">`,
      `<h3 dir="ltr">Story ${i + 1}: ${s.speaker ? inline(s.speaker) : UNATTRIBUTED}</h3>`,
      `<blockquote class="quote"${dir === 'rtl' ? ' dir="rtl" lang="ar"' : ' dir="ltr"'}>${directed(s.quote, dir)}</blockquote>`,
      `<p class="story-line" dir="ltr">${partsHtml(storyReportedLine(s))}</p>`,
      `<p class="story-line story-credibility" dir="ltr">${partsHtml(storyCredibilityLine(s))}</p>`,
      `<p class="story-line story-reports" dir="ltr">${partsHtml(storyReportsLine(s))}</p>`,
      '</article>',
    );
  });
  out.push('</section>');
  return out.join('\n');
}

/** The "Who speaks about whom" section with the network as inline SVG; '' when no claim links two actors. */
export function networkHtml(b: Briefing): string {
  if (!b.network) return '';
  return [
    '<section class="network"><h2>Who speaks about whom</h2>',
    `<figure class="network-figure">${networkSvg(b.network)}`,
    '<figcaption>Actors of the briefing’s claims (size: claims made; colour: actor type); an arrow runs from a speaker to each actor a claim concerns, coloured by the stance its words show.</figcaption>',
    '</figure></section>',
  ].join('\n');
}

/** Print rules for the sections above, appended to the briefing's stylesheet. */
export const STORIES_CSS = `
.story { break-inside: avoid; border-inline-start: 3px solid #3b6fb6; padding: 0.2em 0 0.2em 0.8em; margin: 0 0 1em; }
.story h3 { margin-top: 0.2em; }
.story-line { margin: 0.25em 0; font-size: 9.5pt; }
.story-line .date, .story-line .cite-group { white-space: nowrap; }
.network-figure { margin: 0; break-inside: avoid; }
.network-figure svg { max-width: 100%; height: auto; }
.network-figure figcaption { font-size: 9pt; color: #444; }
`;

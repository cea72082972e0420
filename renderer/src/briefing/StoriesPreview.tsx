import { useMemo } from 'react';
import { networkSvg, type BriefingNetwork } from '../../../shared/briefing/network-picture';
import { storyCredibilityLine, storyReportedLine, storyReportsLine, type BriefingStory, type StoryPart } from '../../../shared/briefing/stories-section';
import { dirOf } from '../../../shared/briefing/direction';
import { UNATTRIBUTED } from '../../../shared/labels';

/** One worded story line (shared/briefing/stories-section.ts): every name and reason as a text node, isolated in its own direction. */
function StoryLine({ parts, className }: { parts: readonly StoryPart[]; className?: string }) {
  return (
    <p className={className ? `story-line ${className}` : 'story-line'} dir="ltr">
      {parts.map((p, i) => {
        if ('text' in p) return <span key={i}>{p.text}</span>;
        if ('date' in p) return <span key={i} className="date">{p.date}</span>;
        if ('name' in p) return <bdi key={i}>{p.name}</bdi>;
        const c = p.cite;
        return (
          <span key={i} className="cite-group">
            {c.claimN !== null ? `claim ${c.claimN} [${c.citation}]` : `[${c.citation}]${c.paragraph === null ? '' : ` ¶ ${c.paragraph}`}`}
          </span>
        );
      })}
    </p>
  );
}

/** One story of the briefing's "Stories across articles" (its number is `n`), worded as the exports word it. */
export function StoryArticle({ story: s, n }: { story: BriefingStory; n: number }) {
  const dir = dirOf(s.quote, s.dir);
  return (
    <article className="story">
      <h3 dir="ltr">
        Story {n}: <bdi>{s.speaker ?? UNATTRIBUTED}</bdi>
      </h3>
      <blockquote dir={dir} lang={dir === 'rtl' ? 'ar' : undefined}>
        {s.quote}
      </blockquote>
      <StoryLine parts={storyReportedLine(s)} />
      <StoryLine parts={storyCredibilityLine(s)} className="story-credibility" />
      <StoryLine parts={storyReportsLine(s)} className="story-reports" />
    </article>
  );
}

/**
 * The briefing's "Who speaks about whom" section in the live preview: the exports' SVG shown as an
 * image (no script runs in an image, and nothing is injected into the page).
 */
export function NetworkFigure({ network }: { network: BriefingNetwork }) {
  const picture = useMemo(() => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(networkSvg(network))}`, [network]);
  return (
    <section aria-label="Who speaks about whom">
      <h2>Who speaks about whom</h2>
      <figure className="network-figure">
        <img src={picture} alt="Actor network: who speaks about whom among the briefing's claims" data-testid="briefing-network" />
        <figcaption>
          Actors of the briefing’s claims (size: claims made; colour: actor type); an arrow runs from a speaker to each actor a claim
          concerns, coloured by the stance its words show.
        </figcaption>
      </figure>
    </section>
  );
}

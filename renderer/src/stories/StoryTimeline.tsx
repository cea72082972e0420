/**
 * A story's reports on a timeline by published date: one column per day, oldest first, the space
 * before each column growing with the days since the previous one (logarithmically, so a gap of a
 * month does not push the rest off screen) and labelled "+N days"; each report a button (a
 * contradiction marked as such) that opens its highlight. Reports without a date come last.
 */
import { useMemo } from 'react';
import type { Article } from '../../../shared/domain';
import type { Story } from '../../../shared/stories';
import { neutraliseDirectionControls } from '../../../shared/direction-controls';

interface Entry {
  annotationId: string;
  articleId: string;
  outlet: string;
  against: string | null;
}

interface Day {
  /** "2025-05-09", or '' for reports without a date. */
  day: string;
  /** Days since the previous dated column; null for the first and for "no date". */
  gapDays: number | null;
  entries: Entry[];
}

const DAY_MS = 86_400_000;

/** The story's reports and contradictions grouped by published day, oldest first, undated last. */
export function timelineDays(story: Story, articleById: ReadonlyMap<string, Article>): Day[] {
  const byDay = new Map<string, Entry[]>();
  const add = (c: { annotationId: string; articleId: string }, against: string | null) => {
    const a = articleById.get(c.articleId);
    const t = a?.publishedAt ? Date.parse(a.publishedAt) : Number.NaN;
    const day = Number.isNaN(t) ? '' : new Date(t).toISOString().slice(0, 10);
    const list = byDay.get(day) ?? [];
    list.push({ annotationId: c.annotationId, articleId: c.articleId, outlet: a?.publisher ?? (a?.title || 'Untitled'), against });
    byDay.set(day, list);
  };
  for (const c of story.claims) add(c, null);
  for (const c of story.contradictions) add(c, c.reason);
  const dated = [...byDay.keys()].filter((d) => d !== '').sort();
  const days: Day[] = dated.map((day, i) => ({
    day,
    gapDays: i === 0 ? null : Math.round((Date.parse(day) - Date.parse(dated[i - 1] as string)) / DAY_MS),
    entries: byDay.get(day) ?? [],
  }));
  const undated = byDay.get('');
  if (undated) days.push({ day: '', gapDays: null, entries: undated });
  return days;
}

export function StoryTimeline({ story, articleById, onOpen }: { story: Story; articleById: ReadonlyMap<string, Article>; onOpen: (articleId: string, annotationId: string) => void }) {
  const days = useMemo(() => timelineDays(story, articleById), [story, articleById]);
  const dated = days.filter((d) => d.day !== '');
  const spanDays = dated.length > 1 ? Math.round((Date.parse(dated[dated.length - 1]!.day) - Date.parse(dated[0]!.day)) / DAY_MS) : 0;
  return (
    <figure className="story-timeline">
      <figcaption>
        Reports by published date{spanDays > 0 ? ` · ${spanDays + 1} days` : ''}
      </figcaption>
      <ol className="timeline-days" aria-label="Reports by published date">
        {days.map((d) => (
          <li key={d.day || 'none'} className="timeline-day" data-day={d.day || 'none'} style={d.gapDays === null ? undefined : { marginInlineStart: `${(1 + 2 * Math.log2(1 + d.gapDays)).toFixed(2)}em` }}>
            {d.gapDays !== null && <span className="timeline-gap">+{d.gapDays} {d.gapDays === 1 ? 'day' : 'days'}</span>}
            <span className="timeline-date">{d.day || 'no date'}</span>
            <ul>
              {d.entries.map((e) => (
                <li key={e.annotationId}>
                  <button type="button" className={e.against ? 'timeline-report against' : 'timeline-report'} title={e.against ?? 'Open this highlight in Reading'} onClick={() => onOpen(e.articleId, e.annotationId)}>
                    {neutraliseDirectionControls(e.outlet)}
                    {e.against ? ' (against)' : ''}
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </figure>
  );
}

/**
 * The Stories view: one statement across articles, with its independent origins, first report,
 * contradictions side by side and the proposed credibility, which the analyst accepts or overrides
 * (the grade is set on the story's claims, one undo step). A click on a report opens its highlight.
 */
import { useMemo, useState } from 'react';
import { CREDIBILITIES, type Article, type CaseData, type Credibility } from '../../../shared/domain';
import type { Action } from '../../../shared/ipc-contract';
import { CREDIBILITY_WORDS, type Story, type StoryClaim } from '../../../shared/stories';
import { neutraliseDirectionControls } from '../../../shared/direction-controls';
import { NetworkView } from './NetworkView';
import { StoryTimeline } from './StoryTimeline';
import { useStoriesGrouping } from './useStoriesGrouping';
import './stories.css';
import { UNATTRIBUTED } from '../../../shared/labels';

type SortBy = 'origins' | 'date';

interface Props {
  data: Pick<CaseData, 'articles' | 'actors' | 'sources' | 'annotations'>;
  onOpen: (articleId: string, annotationId: string) => void;
  act: (action: Action) => Promise<unknown>;
}

function Report({ c, article, onOpen, label }: { c: StoryClaim; article: Article | undefined; onOpen: Props['onOpen']; label?: string }) {
  return (
    <li className="story-report">
      <button type="button" className="story-open" onClick={() => onOpen(c.articleId, c.annotationId)} title="Open this highlight in Reading">
        <span className="story-meta">
          {label ? <strong>{label} · </strong> : null}
          {neutraliseDirectionControls(article?.title || 'Untitled')} · {neutraliseDirectionControls(article?.publisher ?? 'no publisher')} · {article?.publishedAt ?? 'no date'}
        </span>
        <q dir="auto">{c.quote}</q>
      </button>
    </li>
  );
}

export function StoriesView({ data, onOpen, act }: Props) {
  const [sortBy, setSortBy] = useState<SortBy>('origins');
  const [all, setAll] = useState(false);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [pane, setPane] = useState<'stories' | 'network'>('stories');
  const { result, groupedIn, notice } = useStoriesGrouping(data);
  const articleById = useMemo(() => new Map(data.articles.map((a) => [a.id, a])), [data.articles]);
  const gradeOf = useMemo(() => new Map(data.annotations.map((a) => [a.id, a.claim?.credibility ?? null])), [data.annotations]);
  // A claim's 6 is the analyst's only when chosen (every new claim starts at 6).
  const chosenOf = useMemo(() => new Map(data.annotations.map((a) => [a.id, a.claim !== null && (a.claim.credibility !== 6 || a.claim.credibilityChosen === true)])), [data.annotations]);

  const stories = useMemo(() => {
    if (!result) return null;
    const list = all ? result.stories : result.stories.filter((s) => s.claims.length > 1 || s.contradictions.length > 0);
    const date = (s: Story) => (s.first.publishedAt ? Date.parse(s.first.publishedAt) : Number.POSITIVE_INFINITY);
    return [...list].sort((a, b) => (sortBy === 'origins' ? b.origins.length - a.origins.length || date(a) - date(b) : date(a) - date(b) || b.origins.length - a.origins.length));
  }, [result, all, sortBy]);

  const toggle = (id: string) =>
    setOpen((o) => {
      const next = new Set(o);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const setGrade = (s: Story, credibility: Credibility) => void act({ type: 'story.credibility', claimIds: s.claims.map((c) => c.annotationId), credibility });

  const switcher = (
    <div className="stories-switch" role="group" aria-label="Stories or actor network">
      <button type="button" aria-pressed={pane === 'stories'} onClick={() => setPane('stories')}>
        Stories
      </button>
      <button type="button" aria-pressed={pane === 'network'} onClick={() => setPane('network')}>
        Actor network
      </button>
    </div>
  );
  if (pane === 'network') {
    return (
      <div className="stories-view">
        {switcher}
        <NetworkView data={data} onOpen={onOpen} stories={result?.stories} />
      </div>
    );
  }

  return (
    // Where the stories shown were grouped (the worker, or this window after it failed): read by the end-to-end tests.
    <div className="stories-view" data-stories-grouped-in={groupedIn ?? undefined} aria-busy={stories === null && !notice}>
      {switcher}
      <div className="stories-toolbar">
        <label>
          Sort by{' '}
          <select value={sortBy} onChange={(e) => setSortBy(e.target.value as SortBy)} aria-label="Sort stories by">
            <option value="origins">Independent origins</option>
            <option value="date">Date of first report</option>
          </select>
        </label>
        <label>
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} /> Also claims reported once
        </label>
        <span className="stories-count">
          {stories === null ? '' : `${stories.length} ${stories.length === 1 ? 'story' : 'stories'} · `}
          {data.articles.length} articles
        </span>
      </div>
      {notice && (
        <p className="stories-notice" role="status">
          {notice}
        </p>
      )}
      {stories === null ? (
        notice ? null : (
          <p className="stories-grouping" role="status">
            Grouping stories…
          </p>
        )
      ) : stories.length === 0 ? (
        <p className="stories-empty">No statement is carried by more than one article yet. Accept claims (with their speakers) in several articles to see stories here.</p>
      ) : (
        <ol className="stories-list">
          {stories.map((s) => {
            const grades = new Set(s.claims.map((c) => gradeOf.get(c.annotationId)));
            const current = grades.size === 1 ? ([...grades][0] ?? null) : null;
            const chosen = s.claims.every((c) => chosenOf.get(c.annotationId));
            const expanded = open.has(s.id);
            const first = s.claims.find((c) => c.annotationId === s.first.annotationId) ?? s.claims[0];
            return (
              <li key={s.id} className="story" data-story-id={s.id}>
                <button type="button" className="story-head" aria-expanded={expanded} onClick={() => toggle(s.id)}>
                  <span className="story-speaker">{neutraliseDirectionControls(s.speaker?.name ?? UNATTRIBUTED)}</span>
                  <q dir="auto">{first?.quote}</q>
                  <span className="story-badges">
                    <span className="story-origins">
                      {s.origins.length} independent {s.origins.length === 1 ? 'origin' : 'origins'}
                    </span>
                    {s.contradictions.length > 0 && <span className="story-contra">{s.contradictions.length} against</span>}
                    <span className="story-grade">proposed {s.credibility.grade}</span>
                  </span>
                </button>
                {expanded && (
                  <div className="story-body">
                    <p className="story-origin-list">
                      Reported by {s.origins.map((o) => neutraliseDirectionControls(o.label)).join(', ')}; first by {neutraliseDirectionControls(articleById.get(s.first.articleId)?.publisher ?? articleById.get(s.first.articleId)?.title ?? '?')}
                      {s.first.publishedAt ? ` on ${s.first.publishedAt}` : ''}.
                    </p>
                    <StoryTimeline story={s} articleById={articleById} onOpen={onOpen} />
                    <div className="story-credibility">
                      <p>
                        Proposed credibility <strong>{s.credibility.grade}</strong> ({CREDIBILITY_WORDS[s.credibility.grade]}):{' '}
                        {s.credibility.reasonParts.map((p, i) => ('name' in p ? <bdi key={i}>{neutraliseDirectionControls(p.name)}</bdi> : <span key={i}>{p.text}</span>))}
                      </p>
                      <p>
                        The claims’ credibility now: <strong>{current === null ? 'differs between claims' : `${current} (${CREDIBILITY_WORDS[current]})`}</strong>
                        {current !== null && !chosen && <span className="muted"> (not set by the analyst)</span>}{' '}
                        <button type="button" disabled={current === s.credibility.grade && chosen} onClick={() => setGrade(s, s.credibility.grade)}>
                          Accept {s.credibility.grade}
                        </button>{' '}
                        <label>
                          Override{' '}
                          <select aria-label="Override credibility" value={chosen ? (current ?? '') : ''} onChange={(e) => e.target.value && setGrade(s, Number(e.target.value) as Credibility)}>
                            <option value="" disabled>
                              –
                            </option>
                            {CREDIBILITIES.map((g) => (
                              <option key={g} value={g}>
                                {g} {CREDIBILITY_WORDS[g]}
                              </option>
                            ))}
                          </select>
                        </label>
                      </p>
                    </div>
                    {s.contradictions.length > 0 ? (
                      <div className="story-sides">
                        <div>
                          <h4>The story</h4>
                          <ul>{s.claims.map((c) => <Report key={c.annotationId} c={c} article={articleById.get(c.articleId)} onOpen={onOpen} />)}</ul>
                        </div>
                        <div>
                          <h4>Against it</h4>
                          <ul>{s.contradictions.map((c) => <Report key={c.annotationId} c={c} article={articleById.get(c.articleId)} onOpen={onOpen} label={c.reason} />)}</ul>
                        </div>
                      </div>
                    ) : (
                      <ul>{s.claims.map((c) => <Report key={c.annotationId} c={c} article={articleById.get(c.articleId)} onOpen={onOpen} />)}</ul>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

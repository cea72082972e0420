import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Actor, Annotation, Source } from '../../../shared/domain';
import type { ActionResult, Delta, ReviewEdit, ShownArticle, SuggestionInfo } from '../../../shared/ipc-contract';
import type { Result } from '../../../shared/result';
import { api } from '../api';
import type { ReadingHandle, TextSelection } from '../reading/ReadingView';
import { KIND_LABEL, REVIEW_KINDS, groupByActor, queueItems, type QueueItem, type ReviewKind } from './queue';
import './review.css';

type Run = <T>(pending: Promise<Result<T>>) => Promise<T | null>;

/** The reading view's last non-empty selection, kept so a click into the queue does not lose it. */
function useLastReadingSelection(reading: RefObject<ReadingHandle | null>): { current: TextSelection | null } {
  const last = useRef<TextSelection | null>(null);
  useEffect(() => {
    const onChange = () => {
      const sel = reading.current?.selection() ?? null;
      if (sel) last.current = sel;
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [reading]);
  return last;
}

/**
 * The review queue of one article's pending suggestions. Keys while the list has focus: ↑/↓ move,
 * Enter or Y accepts, Backspace or N rejects, E edits (kind, or the span from the reading view's
 * selection) before accepting. Every decision is one undoable step.
 */
export function ReviewPanel(props: {
  article: ShownArticle;
  annotations: readonly Annotation[];
  actors: readonly Actor[];
  sources: readonly Source[];
  run: Run;
  applyChanges: (delta: Delta) => void;
  /** Scroll the reading view to a suggestion and flash it. */
  onShow: (annotationId: string) => void;
  /** The reading view, whose selection E (edit) takes as a suggestion's new span. */
  reading: RefObject<ReadingHandle | null>;
}) {
  const { article, annotations, actors, sources, run, applyChanges, onShow, reading } = props;
  const [info, setInfo] = useState<Record<string, SuggestionInfo>>({});
  const [filter, setFilter] = useState<ReviewKind | 'all'>('all');
  const [focusId, setFocusId] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ id: string; kind: ReviewKind; span: { start: number; end: number; text: string } | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const lastSelection = useLastReadingSelection(reading);

  const all = useMemo(() => queueItems(annotations, article.id, actors, sources, info), [annotations, article.id, actors, sources, info]);
  const actorNames = useMemo(() => new Map(actors.map((a) => [a.id, a.name] as const)), [actors]);
  const items = useMemo(() => groupByActor(filter === 'all' ? all : all.filter((i) => i.kind === filter), actorNames), [all, filter, actorNames]);
  const counts = useMemo(() => Object.fromEntries(REVIEW_KINDS.map((k) => [k, all.filter((i) => i.kind === k).length])) as Record<ReviewKind, number>, [all]);

  // What the engine would create or link for each suggestion; refreshed when the queue changes.
  const pendingKey = useMemo(() => all.map((i) => i.id).join(','), [all]);
  const linkKey = useMemo(() => actors.length + ':' + sources.length, [actors.length, sources.length]);
  useEffect(() => {
    if (!pendingKey) return;
    let live = true;
    void api.suggestionInfo({ articleId: article.id }).then((r) => live && r.ok && setInfo(r.value));
    return () => {
      live = false;
    };
  }, [article.id, pendingKey, linkKey]);

  const index = Math.max(0, items.findIndex((i) => i.id === focusId));
  const focused: QueueItem | undefined = items[index];

  useEffect(() => {
    if (!focused) return;
    listRef.current?.querySelector(`[data-id="${CSS.escape(focused.id)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [focused]);

  const moveTo = useCallback(
    (item: QueueItem | undefined) => {
      if (!item) return;
      setFocusId(item.id);
      onShow(item.id);
    },
    [onShow],
  );

  /** After a decision the next item takes the focus (or the previous one at the end). */
  const decide = useCallback(
    async (item: QueueItem, decision: 'accept' | 'reject', edit?: ReviewEdit) => {
      if (busy) return;
      setBusy(true);
      const pos = items.findIndex((i) => i.id === item.id);
      const next = items[pos + 1] ?? items[pos - 1];
      // An actor card decides all its mentions in one step.
      const result: ActionResult | null = item.actor && !edit
        ? await run(api.reviewAll({ articleId: article.id, kind: 'actor', decision, ids: item.actor.members.map((m) => m.id) }))
        : await run(api.reviewSuggestion({ id: item.id, decision, ...(edit ? { edit } : {}) }));
      setBusy(false);
      if (!result) return;
      applyChanges(result);
      setEditing(null);
      setFocusId(next?.id ?? null);
      listRef.current?.focus();
    },
    [applyChanges, article.id, busy, items, run],
  );

  const decideAll = useCallback(
    async (kind: ReviewKind, decision: 'accept' | 'reject') => {
      const result = await run(api.reviewAll({ articleId: article.id, kind, decision }));
      if (result) applyChanges(result);
    },
    [applyChanges, article.id, run],
  );

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || editing) return;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    let handled = true;
    if (key === 'ArrowDown') moveTo(items[Math.min(items.length - 1, index + 1)]);
    else if (key === 'ArrowUp') moveTo(items[Math.max(0, index - 1)]);
    else if (key === 'Home') moveTo(items[0]);
    else if (key === 'End') moveTo(items.at(-1));
    else if (!focused) handled = false;
    else if (key === 'Enter' || key === 'y') void decide(focused, 'accept');
    else if (key === 'Backspace' || key === 'n' || key === 'Delete') void decide(focused, 'reject');
    else if (key === 'e') setEditing({ id: focused.id, kind: focused.kind, span: null });
    else handled = false;
    if (handled) {
      e.preventDefault();
      // Keep the reading view's C/A/S/N keys from also acting on these keys.
      e.stopPropagation();
    }
  };

  return (
    <section className="review" aria-label="Review suggestions">
      <div className="review-head">
        <span className="review-count" data-testid="review-count">
          {all.length} pending
        </span>
        <select aria-label="Show" value={filter} onChange={(e) => setFilter(e.target.value as ReviewKind | 'all')}>
          <option value="all">All kinds</option>
          {REVIEW_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABEL[k].one} ({counts[k]})
            </option>
          ))}
        </select>
      </div>
      <div className="review-bulk">
        {REVIEW_KINDS.map((k) => (
          <button key={k} type="button" disabled={counts[k] === 0} onClick={() => void decideAll(k, 'accept')}>
            Accept all {KIND_LABEL[k].many}
          </button>
        ))}
        {filter !== 'all' && (
          <button type="button" disabled={counts[filter] === 0} onClick={() => void decideAll(filter, 'reject')}>
            Reject all {KIND_LABEL[filter].many}
          </button>
        )}
      </div>
      {all.length === 0 ? (
        <p className="muted panel-hint">No suggestions waiting. Press “Suggest” to have this article read for claims, actors and sources.</p>
      ) : (
        <>
          <p className="muted small review-keys">Enter/Y accept · Backspace/N reject · E edit · ↑↓ move</p>
          <ul
            ref={listRef}
            className="review-list"
            role="listbox"
            tabIndex={0}
            aria-label="Suggestions"
            aria-activedescendant={focused ? `review-${focused.id}` : undefined}
            onKeyDown={onKeyDown}
          >
            {items.map((item) => (
              <li
                key={item.id}
                id={`review-${item.id}`}
                data-id={item.id}
                role="option"
                aria-selected={item.id === focused?.id}
                className={`review-item kind-${item.kind}${item.id === focused?.id ? ' focused' : ''}`}
                onClick={() => moveTo(item)}
              >
                <div className="review-line">
                  <span className={`review-kind kind-${item.kind}`}>{KIND_LABEL[item.kind].one}</span>
                  <span className="review-conf" title="Confidence">
                    {Math.round(item.confidence * 100)}%
                  </span>
                  <span className="review-actions">
                    <button type="button" aria-label={item.actor ? `Accept all ${item.actor.members.length} mentions` : 'Accept'} title="Accept (Enter, Y)" onClick={(e) => (e.stopPropagation(), void decide(item, 'accept'))}>
                      ✓
                    </button>
                    <button type="button" aria-label={item.actor ? `Reject all ${item.actor.members.length} mentions` : 'Reject'} title="Reject (Backspace, N)" onClick={(e) => (e.stopPropagation(), void decide(item, 'reject'))}>
                      ✕
                    </button>
                    <button type="button" aria-label="Edit" title="Edit, then accept (E)" onClick={(e) => (e.stopPropagation(), setFocusId(item.id), setEditing({ id: item.id, kind: item.kind, span: null }))}>
                      ✎
                    </button>
                  </span>
                </div>
                <div className="review-text" dir="auto">
                  {item.actor ? item.actor.name : item.text}
                </div>
                {item.actor && (
                  <ActorMembers
                    members={item.actor.members}
                    decide={(m, d) => void decide(m, d)}
                    show={(m) => onShow(m.id)}
                  />
                )}
                <div className="review-reason">{item.reason}</div>
                {item.details.map((d) => (
                  <div key={d} className="review-detail" dir="auto">
                    {d}
                  </div>
                ))}
                {editing?.id === item.id && (
                  <EditRow
                    editing={editing}
                    onChange={setEditing}
                    takeSelection={() => lastSelection.current}
                    onCancel={() => {
                      setEditing(null);
                      listRef.current?.focus();
                    }}
                    onAccept={() => void decide(item, 'accept', { kind: editing.kind, ...(editing.span ? { start: editing.span.start, end: editing.span.end } : {}) })}
                  />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The mentions on an actor card, each with its own accept and reject. */
function ActorMembers(props: { members: readonly QueueItem[]; decide: (m: QueueItem, d: 'accept' | 'reject') => void; show: (m: QueueItem) => void }) {
  return (
    <details className="review-members" onClick={(e) => e.stopPropagation()}>
      <summary>{props.members.length} mentions</summary>
      <ul aria-label="Mentions">
        {props.members.map((m) => (
          <li key={m.id} className="review-member">
            <button type="button" className="link" dir="auto" onClick={() => props.show(m)}>
              {m.text}
            </button>
            <span className="muted small">{m.reason}</span>
            <button type="button" aria-label="Accept this mention" title="Accept this mention" onClick={() => props.decide(m, 'accept')}>
              ✓
            </button>
            <button type="button" aria-label="Reject this mention" title="Reject this mention" onClick={() => props.decide(m, 'reject')}>
              ✕
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

function EditRow(props: {
  editing: { id: string; kind: ReviewKind; span: { start: number; end: number; text: string } | null };
  onChange: (next: { id: string; kind: ReviewKind; span: { start: number; end: number; text: string } | null }) => void;
  takeSelection: () => { start: number; end: number; text: string } | null;
  onCancel: () => void;
  onAccept: () => void;
}) {
  const { editing, onChange } = props;
  const [noSelection, setNoSelection] = useState(false);
  return (
    <div
      className="review-edit"
      onClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') props.onCancel();
      }}
    >
      <label>
        Kind
        <select autoFocus aria-label="Kind" value={editing.kind} onChange={(e) => onChange({ ...editing, kind: e.target.value as ReviewKind })}>
          {REVIEW_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABEL[k].one}
            </option>
          ))}
        </select>
      </label>
      <div className="review-edit-span">
        <button
          type="button"
          onClick={() => {
            const sel = props.takeSelection();
            setNoSelection(!sel);
            if (sel) onChange({ ...editing, span: sel });
          }}
        >
          Use selected text
        </button>
        <span className="muted small" dir="auto">
          {editing.span ? `“${editing.span.text}”` : noSelection ? 'Select the text in the article first.' : 'Span unchanged'}
        </span>
      </div>
      <div className="review-edit-buttons">
        <button type="button" className="primary" onClick={props.onAccept}>
          Accept edited
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** The Suggest button: reads the article for claims, actors and sources and reports how many it found. */
export function SuggestButton(props: {
  articleId: string | null;
  run: Run;
  applyChanges: (delta: Delta) => void;
  notify: (kind: 'info' | 'error', text: string) => void;
  onDone: () => void;
}) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      aria-label="Suggest"
      title="Suggest claims, actors and sources in this article"
      disabled={!props.articleId || busy}
      onClick={async () => {
        if (!props.articleId) return;
        setBusy(true);
        const result = await props.run(api.suggest({ articleId: props.articleId }));
        setBusy(false);
        if (!result) return;
        props.applyChanges(result);
        const { claim, actor, source } = result.counts;
        const total = claim + actor + source;
        props.notify('info', total === 0 ? 'No new suggestions.' : `${total} suggestion${total === 1 ? '' : 's'}: ${claim} claims, ${actor} actor mentions, ${source} source mentions.`);
        props.onDone();
      }}
    >
      {busy ? 'Suggesting…' : 'Suggest'}
    </button>
  );
}

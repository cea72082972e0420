import { memo, useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ShownArticle } from '../../../shared/ipc-contract';
import { beginInteraction } from '../perf';
import { neutraliseDirectionControls } from '../../../shared/direction-controls';

/** Height of one list item in px (styles.css sets .article-list > li to it). */
const ARTICLE_ITEM_HEIGHT = 34;
// Items rendered beyond each edge: the neighbour that arrow keys move to is always there.
const OVERSCAN = 6;

interface ArticleItemProps {
  article: ShownArticle;
  /** Place in the list (0-based) and the list's length, for assistive technology. */
  index: number;
  count: number;
  selected: boolean;
  onSelect: (id: string) => void;
  onRename: (a: ShownArticle) => void;
  onDelete: (a: ShownArticle) => void;
}

// One memoised item: selecting an article re-renders the two items whose selection changed, and
// scrolling renders only the items coming into view, not every item in view again.
const ArticleItem = memo(function ArticleItem({ article: a, index, count, selected, onSelect, onRename, onDelete }: ArticleItemProps) {
  const shown = neutraliseDirectionControls(a.title);
  return (
    <li className={selected ? 'selected' : undefined} aria-posinset={index + 1} aria-setsize={count} style={{ transform: `translateY(${index * ARTICLE_ITEM_HEIGHT}px)` }}>
      <button
        type="button"
        className="article-title"
        dir="auto"
        onKeyDown={moveByArrow}
        onClick={(e) => {
          beginInteraction('cw:article-open', e.timeStamp, a.id);
          onSelect(a.id);
        }}
        aria-current={selected}
      >
        {shown}
      </button>
      <span className="lang-badge">{a.lang}</span>
      <span className="item-actions">
        <button type="button" className="icon" title="Edit article details (title, publisher, byline, date, URL)" aria-label={`Edit details of ${shown}`} onClick={() => onRename(a)}>
          ✎
        </button>
        <button type="button" className="icon" title="Delete article" aria-label={`Delete ${shown}`} onClick={() => onDelete(a)}>
          ✕
        </button>
      </span>
    </li>
  );
});

/** ArrowDown / ArrowUp on a title moves focus to the next / previous title (rendered: overscan). */
function moveByArrow(e: KeyboardEvent<HTMLButtonElement>): void {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const li = e.currentTarget.closest('li');
  const next = e.key === 'ArrowDown' ? li?.nextElementSibling : li?.previousElementSibling;
  const title = next?.querySelector<HTMLButtonElement>('button.article-title');
  if (!title) return;
  e.preventDefault();
  title.focus();
}

/**
 * The case's articles; the selected one opens in the reading view. Virtualised: a case of 1,000
 * articles keeps some 30 items in the document, not 1,000 (whose style, layout and visibility checks
 * weighed on every frame of the app, an article's opening among them). Pass stable callbacks
 * (useCallback or state setters): items are memoised, so a new callback re-renders every item.
 */
export const ArticleList = memo(function ArticleList(props: {
  articles: ShownArticle[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onRename: (a: ShownArticle) => void;
  onDelete: (a: ShownArticle) => void;
}) {
  const scroller = useRef<HTMLDivElement | null>(null);
  const count = props.articles.length;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ARTICLE_ITEM_HEIGHT,
    overscan: OVERSCAN,
  });
  // An article opened from elsewhere (a claim in the table, a new import) is brought into view. One
  // clicked here is in view already: it is left alone, so the click does no scrolling work.
  const clicked = useRef<string | null>(null);
  const { onSelect } = props;
  const select = useCallback(
    (id: string) => {
      clicked.current = id;
      onSelect(id);
    },
    [onSelect],
  );
  const selectedIndex = useMemo(() => props.articles.findIndex((a) => a.id === props.selectedId), [props.articles, props.selectedId]);
  useEffect(() => {
    if (selectedIndex >= 0 && props.selectedId !== clicked.current) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, props.selectedId, virtualizer]);

  if (count === 0) {
    return <p className="muted empty-list">No articles yet. Paste one, open a file, or drop files here.</p>;
  }
  return (
    <div className="article-scroller" ref={scroller}>
      <ul className="article-list" aria-label="Articles" style={{ height: `${virtualizer.getTotalSize()}px` }}>
        {virtualizer.getVirtualItems().map((item) => {
          const a = props.articles[item.index]!;
          return (
            <ArticleItem
              key={a.id}
              article={a}
              index={item.index}
              count={count}
              selected={a.id === props.selectedId}
              onSelect={select}
              onRename={props.onRename}
              onDelete={props.onDelete}
            />
          );
        })}
      </ul>
    </div>
  );
});

import { memo } from 'react';
import type { Article } from '../../../shared/domain';
import { beginInteraction } from '../perf';

interface ArticleItemProps {
  article: Article;
  selected: boolean;
  onSelect: (id: string) => void;
  onRename: (a: Article) => void;
  onDelete: (a: Article) => void;
}

// One memoised item: selecting an article re-renders the two items whose selection changed, not all
// of a case's (possibly 1,000) items with their fresh click handlers.
const ArticleItem = memo(function ArticleItem({ article: a, selected, onSelect, onRename, onDelete }: ArticleItemProps) {
  return (
    <li className={selected ? 'selected' : undefined}>
      <button
        type="button"
        className="article-title"
        dir="auto"
        onClick={(e) => {
          beginInteraction('cw:article-open', e.timeStamp, a.id);
          onSelect(a.id);
        }}
        aria-current={selected}
      >
        {a.title}
      </button>
      <span className="lang-badge">{a.lang}</span>
      <span className="item-actions">
        <button type="button" className="icon" title="Edit article details (title, publisher, byline, date, URL)" aria-label={`Edit details of ${a.title}`} onClick={() => onRename(a)}>
          ✎
        </button>
        <button type="button" className="icon" title="Delete article" aria-label={`Delete ${a.title}`} onClick={() => onDelete(a)}>
          ✕
        </button>
      </span>
    </li>
  );
});

/**
 * The case's articles; the selected one opens in the reading view. Pass stable callbacks (useCallback
 * or state setters): items are memoised, so a new callback re-renders every item.
 */
export const ArticleList = memo(function ArticleList(props: {
  articles: Article[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onRename: (a: Article) => void;
  onDelete: (a: Article) => void;
}) {
  if (props.articles.length === 0) {
    return <p className="muted empty-list">No articles yet. Paste one, open a file, or drop files here.</p>;
  }
  return (
    <ul className="article-list" aria-label="Articles">
      {props.articles.map((a) => (
        <ArticleItem key={a.id} article={a} selected={a.id === props.selectedId} onSelect={props.onSelect} onRename={props.onRename} onDelete={props.onDelete} />
      ))}
    </ul>
  );
});

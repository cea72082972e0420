import type { Article } from '../../../shared/domain';
import { beginInteraction } from '../perf';

/** The case's articles; the selected one opens in the reading view. */
export function ArticleList(props: {
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
        <li key={a.id} className={a.id === props.selectedId ? 'selected' : undefined}>
          <button
            type="button"
            className="article-title"
            dir="auto"
            onClick={(e) => {
              beginInteraction('cw:article-open', e.timeStamp, a.id);
              props.onSelect(a.id);
            }}
            aria-current={a.id === props.selectedId}
          >
            {a.title}
          </button>
          <span className="lang-badge">{a.lang}</span>
          <span className="item-actions">
            <button type="button" className="icon" title="Edit article details (title, publisher, byline, date, URL)" aria-label={`Edit details of ${a.title}`} onClick={() => props.onRename(a)}>
              ✎
            </button>
            <button type="button" className="icon" title="Delete article" aria-label={`Delete ${a.title}`} onClick={() => props.onDelete(a)}>
              ✕
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
}

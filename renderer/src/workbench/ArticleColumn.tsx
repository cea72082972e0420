import type { ShownArticle } from '../../../shared/ipc-contract';
import { ArticleList } from '../articles/ArticleList';
import { CollapseButton, CollapsedStrip } from './Collapse';
import { LAYOUT_KEYS } from './layout';

/** The left column: the case's articles, or the strip it collapses to. */
export function ArticleColumn(props: {
  open: boolean;
  onToggle: () => void;
  articles: ShownArticle[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onRename: (article: ShownArticle) => void;
  onDelete: (article: ShownArticle) => void;
}) {
  const { articles } = props;
  return (
    <>
      {!props.open && <CollapsedStrip label={`Show article list (${articles.length})`} shortcut={LAYOUT_KEYS.articles} controls="article-panel" glyph="»" onClick={props.onToggle} />}
      <aside className="sidebar" id="article-panel" hidden={!props.open}>
        <div className="column-head">
          <h2>Articles ({articles.length})</h2>
          <CollapseButton label="Hide article list" shortcut={LAYOUT_KEYS.articles} controls="article-panel" glyph="«" onClick={props.onToggle} />
        </div>
        <ArticleList articles={articles} selectedId={props.selectedId} onSelect={props.onSelect} onRename={props.onRename} onDelete={props.onDelete} />
      </aside>
    </>
  );
}

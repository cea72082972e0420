import type { Annotation } from '../../../shared/domain';

/**
 * Annotations whose quote was not found when the case was opened. They are never dropped: the analyst
 * selects the right text in the reading view and re-attaches each one, or deletes it.
 */
export function OrphansPanel(props: {
  orphans: Annotation[];
  articleTitle: (id: string) => string;
  canReattach: boolean;
  onReattach: (a: Annotation) => void;
  onOpen: (a: Annotation) => void;
  onDelete: (a: Annotation) => void;
}) {
  if (props.orphans.length === 0) return null;
  return (
    <section className="panel orphans" aria-label="Orphaned annotations">
      <h3>Lost their place ({props.orphans.length})</h3>
      <ul className="entity-list">
        {props.orphans.map((a) => (
          <li key={a.id}>
            <blockquote dir="auto" className={`quote kind-${a.kind}`}>
              {a.target.quote.exact}
            </blockquote>
            <div className="muted small" dir="auto">
              {a.kind} · {props.articleTitle(a.articleId)}
            </div>
            <div className="dialog-buttons">
              <button type="button" onClick={() => props.onOpen(a)}>
                Open article
              </button>
              <button type="button" disabled={!props.canReattach} title="Select the text in the reading view first" onClick={() => props.onReattach(a)}>
                Re-attach to selection
              </button>
              <button type="button" className="danger" onClick={() => props.onDelete(a)}>
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

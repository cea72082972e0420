/** The button that collapses a column (the article list, the side panel). */
export function CollapseButton(props: { label: string; shortcut: string; controls: string; glyph: string; onClick: () => void }) {
  return (
    <button type="button" className="icon collapse-button" aria-label={props.label} aria-expanded={true} aria-controls={props.controls} aria-keyshortcuts={props.shortcut} title={`${props.label} (${props.shortcut})`} onClick={props.onClick}>
      {props.glyph}
    </button>
  );
}

/** What is left of a collapsed column: a strip whose button opens it again. */
export function CollapsedStrip(props: { label: string; shortcut: string; controls: string; glyph: string; onClick: () => void }) {
  return (
    <div className="collapsed-strip">
      <button type="button" className="icon" aria-label={props.label} aria-expanded={false} aria-controls={props.controls} aria-keyshortcuts={props.shortcut} title={`${props.label} (${props.shortcut})`} onClick={props.onClick}>
        {props.glyph}
      </button>
    </div>
  );
}

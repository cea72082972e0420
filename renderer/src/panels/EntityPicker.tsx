import { useId, useMemo, useState } from 'react';
import { neutraliseDirectionControls } from '../../../shared/direction-controls';

export interface PickOption {
  id: string;
  name: string;
  hint?: string;
}

/** At most this many suggestions in the list: typing narrows it. */
const MAX_SUGGESTIONS = 200;

/**
 * Pick an existing entity by name (a filterable <datalist>) or create one with the typed name.
 * `onPick(id)` for an existing one, `onCreate(name)` for a new one. The suggestions are built only
 * while the field has focus, and only those containing the typed text (at most MAX_SUGGESTIONS): a
 * case with 2,000 actors put 4,000 <option>s in the page each time a claim was opened (~100 ms).
 */
export function EntityPicker(props: {
  label: string;
  options: PickOption[];
  valueId: string | null;
  onPick: (id: string | null) => void;
  onCreate: (name: string) => void;
  initialText?: string;
  allowClear?: boolean;
}) {
  const listId = useId();
  const current = props.options.find((o) => o.id === props.valueId);
  const [text, setText] = useState('');
  const [focused, setFocused] = useState(false);
  const match = props.options.find((o) => o.name === text.trim() || neutraliseDirectionControls(o.name) === text.trim());
  const suggestions = useMemo(() => {
    if (!focused) return [];
    // As the browser filters a datalist: the typed text anywhere in the name, case aside.
    const q = text.trim().toLocaleLowerCase();
    const out: PickOption[] = [];
    for (const o of props.options) {
      if (q && !o.name.toLocaleLowerCase().includes(q)) continue;
      out.push(o);
      if (out.length === MAX_SUGGESTIONS) break;
    }
    return out;
  }, [focused, text, props.options]);
  return (
    <div className="picker">
      <div className="picker-label">{props.label}</div>
      {current ? (
        <div className="picker-current">
          <span dir="auto" className="chip">
            {neutraliseDirectionControls(current.name)}
          </span>
          {props.allowClear !== false && (
            <button type="button" className="icon" aria-label={`Clear ${props.label}`} onClick={() => props.onPick(null)}>
              ×
            </button>
          )}
        </div>
      ) : null}
      <div className="picker-row">
        <input
          aria-label={`${props.label}: pick or type a new name`}
          list={listId}
          dir="auto"
          value={text}
          placeholder={props.initialText ? `e.g. ${props.initialText}` : 'Pick or type a name'}
          onChange={(e) => setText(e.target.value)}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter' || !text.trim()) return;
            e.preventDefault();
            if (match) props.onPick(match.id);
            else props.onCreate(text.trim());
            setText('');
          }}
        />
        <datalist id={listId}>
          {suggestions.map((o) => (
            <option key={o.id} value={neutraliseDirectionControls(o.name)}>
              {o.hint}
            </option>
          ))}
        </datalist>
        <button
          type="button"
          disabled={!text.trim()}
          onClick={() => {
            if (match) props.onPick(match.id);
            else props.onCreate(text.trim());
            setText('');
          }}
        >
          {match ? 'Link' : 'Create'}
        </button>
        {props.initialText && !current && (
          <button type="button" onClick={() => props.onCreate(props.initialText!)} title="Create from the marked text">
            Create “{props.initialText.length > 24 ? props.initialText.slice(0, 24) + '…' : props.initialText}”
          </button>
        )}
      </div>
    </div>
  );
}

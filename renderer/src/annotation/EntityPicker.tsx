import { useId, useMemo, useState } from 'react';
import { neutraliseDirectionControls } from '../../../shared/direction-controls';
import { findByName } from '../../../shared/names';
import { pickSuggestions, type PickOption } from './pickMatch';

export type { PickOption } from './pickMatch';

/** At most this many suggestions in the list: typing narrows it. */
const MAX_SUGGESTIONS = 200;

/** A long typed name, shortened for a button label. */
function short(s: string): string {
  return s.length > 24 ? `${s.slice(0, 24)}…` : s;
}

/**
 * Pick an existing entity by name or alias (a filterable <datalist>), or create one explicitly.
 * Enter links the entity whose name or alias is exactly the typed text (on the app's matching key);
 * anything else (a prefix, a new name) creates nothing on Enter: only the "Create “…”" button makes a
 * new entity, so a half-typed name never becomes an actor. The suggestions are built only while the
 * field has focus, at most MAX_SUGGESTIONS: a case with 2,000 actors put 4,000 <option>s in the page
 * each time a claim was opened (~100 ms).
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
  const hintId = useId();
  const current = props.options.find((o) => o.id === props.valueId);
  const [text, setText] = useState('');
  const [focused, setFocused] = useState(false);
  const [hint, setHint] = useState('');
  const typed = neutraliseDirectionControls(text.trim());
  const match = useMemo(() => findByName(props.options, typed), [props.options, typed]);
  const suggestions = useMemo(() => (focused ? pickSuggestions(props.options, typed, MAX_SUGGESTIONS) : []), [focused, typed, props.options]);
  const link = (o: PickOption) => {
    props.onPick(o.id);
    setText('');
    setHint('');
  };
  const create = (name: string) => {
    props.onCreate(name);
    setText('');
    setHint('');
  };
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
          aria-describedby={hint ? hintId : undefined}
          list={listId}
          dir="auto"
          value={text}
          placeholder={props.initialText ? `e.g. ${props.initialText}` : 'Pick or type a name'}
          onChange={(e) => {
            setText(e.target.value);
            setHint('');
          }}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter' || !typed) return;
            e.preventDefault();
            if (match) link(match);
            else setHint(`No one is named “${short(typed)}” yet: pick a name from the list, or press “Create”.`);
          }}
        />
        <datalist id={listId}>
          {suggestions.map((o) => (
            <option key={o.id} value={neutraliseDirectionControls(o.name)}>
              {o.hint}
            </option>
          ))}
        </datalist>
        {match ? (
          <button type="button" onClick={() => link(match)}>
            Link <bdi>{short(neutraliseDirectionControls(match.name))}</bdi>
          </button>
        ) : (
          <button type="button" disabled={!typed} onClick={() => create(typed)}>
            {typed ? (
              <>
                Create “<bdi>{short(typed)}</bdi>”
              </>
            ) : (
              'Create'
            )}
          </button>
        )}
        {props.initialText && !current && !typed && (
          <button type="button" onClick={() => create(props.initialText!)} title="Create from the marked text">
            Create “<bdi>{short(props.initialText)}</bdi>”
          </button>
        )}
      </div>
      {hint && (
        <p id={hintId} className="picker-hint muted small" role="status">
          {hint}
        </p>
      )}
    </div>
  );
}

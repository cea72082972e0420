import { useState } from 'react';
import { RELIABILITIES, SOURCE_KINDS, type Reliability, type Source, type SourceKind } from '../../../shared/domain';
import { RELIABILITY_LABELS } from '../../../shared/labels';
import type { Act } from '../annotation/AnnotationPanel';
import { neutraliseDirectionControls } from '../../../shared/direction-controls';

const RELIABILITY = RELIABILITIES.map((value) => ({ value, label: `${value} ${RELIABILITY_LABELS[value]}` }));

/** The case's sources: name, kind and Admiralty reliability (A–F), graded in place. */
export function SourcesPanel(props: { sources: Source[]; act: Act; onConfirmDelete: (source: Source) => void }) {
  const [newName, setNewName] = useState('');
  return (
    <section className="panel" aria-label="Sources">
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!newName.trim()) return;
          void props.act({ type: 'source.create', name: newName.trim() });
          setNewName('');
        }}
      >
        <input aria-label="New source name" dir="auto" placeholder="New source" value={newName} onChange={(e) => setNewName(e.target.value)} />
        <button type="submit" disabled={!newName.trim()}>
          Add
        </button>
      </form>
      {props.sources.length === 0 && <p className="muted">No sources yet.</p>}
      <ul className="entity-list">
        {props.sources.map((s) => (
          <li key={s.id} className="source-row">
            <span dir="auto" className="entity-name">
              {neutraliseDirectionControls(s.name)}
            </span>
            <select aria-label={`Kind of ${s.name}`} value={s.kind} onChange={(e) => void props.act({ type: 'source.update', id: s.id, kind: e.target.value as SourceKind })}>
              {SOURCE_KINDS.map((k) => (
                <option key={k}>{k}</option>
              ))}
            </select>
            <select aria-label={`Reliability of ${s.name}`} value={s.reliability} onChange={(e) => void props.act({ type: 'source.update', id: s.id, reliability: e.target.value as Reliability })}>
              {RELIABILITY.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
            <button type="button" className="icon" aria-label={`Delete source ${s.name}`} onClick={() => props.onConfirmDelete(s)}>
              ✕
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

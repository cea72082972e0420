import { useState } from 'react';
import { ACTOR_TYPES, type Actor, type ActorType, type Annotation } from '../../../shared/domain';
import type { Act } from '../annotation/AnnotationPanel';
import { neutraliseDirectionControls } from '../../../shared/direction-controls';

function usage(actorId: string, annotations: Annotation[]): number {
  let n = 0;
  for (const a of annotations) {
    if (a.actorId === actorId || a.claim?.speakerId === actorId || a.claim?.subjectIds.includes(actorId)) n++;
  }
  return n;
}

function ActorEditor(props: { actor: Actor; actors: Actor[]; uses: number; act: Act; onConfirmDelete: (actor: Actor, uses: number) => void }) {
  const { actor, act } = props;
  const [name, setName] = useState(actor.name);
  const [aliases, setAliases] = useState(actor.aliases.join('\n'));
  const [role, setRole] = useState(actor.role);
  const [mergeId, setMergeId] = useState('');
  const dirty = name !== actor.name || aliases !== actor.aliases.join('\n') || role !== actor.role;
  return (
    <div className="entity-editor" aria-label={`Edit actor ${actor.name}`}>
      <label className="field">
        Name
        <input dir="auto" value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="field">
        Type
        <select value={actor.type} onChange={(e) => void act({ type: 'actor.update', id: actor.id, actorType: e.target.value as ActorType })}>
          {ACTOR_TYPES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </label>
      <label className="field">
        Aliases (one per line, any script)
        <textarea dir="auto" rows={3} value={aliases} onChange={(e) => setAliases(e.target.value)} />
      </label>
      <label className="field">
        Role or title
        <input dir="auto" value={role} onChange={(e) => setRole(e.target.value)} />
      </label>
      <div className="dialog-buttons">
        <button
          type="button"
          className="primary"
          disabled={!dirty || !name.trim()}
          onClick={() =>
            void act({
              type: 'actor.update',
              id: actor.id,
              name: name.trim(),
              role,
              aliases: aliases.split('\n').map((s) => s.trim()).filter(Boolean),
            })
          }
        >
          Save actor
        </button>
      </div>
      <div className="merge-row">
        <select aria-label={`Merge into ${actor.name}`} value={mergeId} onChange={(e) => setMergeId(e.target.value)}>
          <option value="">Merge another actor into this one…</option>
          {props.actors
            .filter((x) => x.id !== actor.id)
            .map((x) => (
              <option key={x.id} value={x.id}>
                {neutraliseDirectionControls(x.name)}
              </option>
            ))}
        </select>
        <button type="button" disabled={!mergeId} onClick={() => void act({ type: 'actor.merge', keepId: actor.id, mergeId }).then(() => setMergeId(''))}>
          Merge
        </button>
        <button type="button" className="danger" onClick={() => props.onConfirmDelete(actor, props.uses)}>
          Delete
        </button>
      </div>
    </div>
  );
}

/** The case's actors: create, edit (name, type, aliases, role), merge, delete (asks when in use). */
export function ActorsPanel(props: { actors: Actor[]; annotations: Annotation[]; act: Act; onConfirmDelete: (actor: Actor, uses: number) => void }) {
  const [openId, setOpenId] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [newType, setNewType] = useState<ActorType>('person');
  return (
    <section className="panel" aria-label="Actors">
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!newName.trim()) return;
          void props.act({ type: 'actor.create', name: newName.trim(), actorType: newType }).then((r) => r && setOpenId(r.createdIds[0] ?? null));
          setNewName('');
        }}
      >
        <input aria-label="New actor name" dir="auto" placeholder="New actor" value={newName} onChange={(e) => setNewName(e.target.value)} />
        <select aria-label="New actor type" value={newType} onChange={(e) => setNewType(e.target.value as ActorType)}>
          {ACTOR_TYPES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
        <button type="submit" disabled={!newName.trim()}>
          Add
        </button>
      </form>
      {props.actors.length === 0 && <p className="muted">No actors yet.</p>}
      <ul className="entity-list">
        {props.actors.map((actor) => {
          const uses = usage(actor.id, props.annotations);
          return (
            <li key={actor.id}>
              <button type="button" className="entity-row" aria-expanded={openId === actor.id} onClick={() => setOpenId(openId === actor.id ? null : actor.id)}>
                <span dir="auto" className="entity-name">
                  {neutraliseDirectionControls(actor.name)}
                </span>
                <span className="muted small">
                  {actor.type}
                  {actor.role ? ` · ${neutraliseDirectionControls(actor.role)}` : ''} · {uses}
                </span>
              </button>
              {actor.aliases.length > 0 && (
                <div className="aliases" dir="auto">
                  {actor.aliases.join(' · ')}
                </div>
              )}
              {openId === actor.id && <ActorEditor key={`${actor.id}:${actor.name}:${actor.aliases.join('|')}:${actor.role}`} actor={actor} actors={props.actors} uses={uses} act={props.act} onConfirmDelete={props.onConfirmDelete} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

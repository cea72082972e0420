import { useEffect, useState } from 'react';
import { admiraltyGrade, CLAIM_TYPES, CREDIBILITIES, type Actor, type Annotation, type ClaimDetails, type Credibility, type Source } from '../../../shared/domain';
import { CLAIM_TYPE_CHOICES, CREDIBILITY_LABELS } from '../../../shared/labels';
import type { Action, ActionResult } from '../../../shared/ipc-contract';
import { EntityPicker } from './EntityPicker';

export type Act = (action: Action) => Promise<ActionResult | null>;

const CREDIBILITY = CREDIBILITIES.map((value) => ({ value, label: `${value} ${CREDIBILITY_LABELS[value]}` }));

/** Text field that commits on blur or Enter, so typing does not flood the undo history. */
function CommitField(props: { label: string; value: string; onCommit: (v: string) => void; multiline?: boolean; placeholder?: string }) {
  const [value, setValue] = useState(props.value);
  useEffect(() => setValue(props.value), [props.value]);
  const commit = () => value !== props.value && props.onCommit(value);
  return (
    <label className="field">
      {props.label}
      {props.multiline ? (
        <textarea dir="auto" rows={3} value={value} placeholder={props.placeholder} onChange={(e) => setValue(e.target.value)} onBlur={commit} />
      ) : (
        <input
          dir="auto"
          value={value}
          placeholder={props.placeholder}
          onChange={(e) => setValue(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
        />
      )}
    </label>
  );
}

/** Details of the selected annotation: the claim panel, or the actor/source link of a mention. */
export function AnnotationPanel(props: {
  annotation: Annotation;
  actors: Actor[];
  sources: Source[];
  orphan: boolean;
  act: Act;
  onClose: () => void;
  /** Accept or reject this annotation while it is a pending suggestion (as the review queue does). */
  onReview?: (decision: 'accept' | 'reject') => void;
}) {
  const { annotation: a, actors, sources, act } = props;
  const actorOptions = actors.map((x) => ({ id: x.id, name: x.name, aliases: x.aliases, hint: x.aliases.join(', ') }));
  const sourceOptions = sources.map((x) => ({ id: x.id, name: x.name, hint: `${x.kind} · ${x.reliability}` }));
  const quote = a.target.quote.exact;
  const claim = a.claim;
  const setClaim = (patch: Partial<ClaimDetails>) => void act({ type: 'annotation.update', id: a.id, claim: patch });
  const createActor = async (name: string): Promise<string | null> => {
    const r = await act({ type: 'actor.create', name });
    return r?.createdIds[0] ?? null;
  };
  const createSource = async (name: string): Promise<string | null> => {
    const r = await act({ type: 'source.create', name });
    return r?.createdIds[0] ?? null;
  };
  const source = sources.find((s) => s.id === (claim?.sourceId ?? null));
  return (
    <section className="panel annotation-panel" aria-label="Annotation">
      <header className="panel-header">
        <h2>{a.kind === 'claim' ? 'Claim' : a.kind === 'actor' ? 'Actor mention' : a.kind === 'source' ? 'Source mention' : 'Note'}</h2>
        <button type="button" className="icon" aria-label="Close annotation" onClick={props.onClose}>
          ×
        </button>
      </header>
      {props.orphan && (
        <p className="orphan-warning" role="note">
          This annotation lost its place in the text. Select the right text and use “Re-attach” in the Orphans list.
        </p>
      )}
      <blockquote dir="auto" className={`quote kind-${a.kind}`}>
        {quote}
      </blockquote>
      <div className="muted small">
        {a.origin.kind === 'manual' ? 'Marked by hand' : a.origin.kind === 'suggested' ? `Suggested (${a.origin.rule})` : `Learned (${a.origin.rule})`} · {a.review}
      </div>
      {a.review === 'pending' && props.onReview && (
        <div className="review-decide" role="group" aria-label="Pending suggestion">
          <button type="button" className="primary" onClick={() => props.onReview?.('accept')}>
            Accept
          </button>
          <button type="button" onClick={() => props.onReview?.('reject')}>
            Reject
          </button>
        </div>
      )}

      {a.kind === 'claim' && claim && (
        <div className="form-grid">
          <EntityPicker
            label="Speaker"
            options={actorOptions}
            valueId={claim.speakerId}
            onPick={(id) => setClaim({ speakerId: id })}
            onCreate={(name) => void createActor(name).then((id) => id && setClaim({ speakerId: id }))}
          />
          <div className="picker">
            <div className="picker-label">Subjects</div>
            <div className="chips">
              {claim.subjectIds.map((id) => (
                <span key={id} className="chip" dir="auto">
                  {actors.find((x) => x.id === id)?.name ?? '?'}
                  <button type="button" className="icon" aria-label={`Remove subject ${actors.find((x) => x.id === id)?.name ?? ''}`} onClick={() => setClaim({ subjectIds: claim.subjectIds.filter((s) => s !== id) })}>
                    ×
                  </button>
                </span>
              ))}
            </div>
            <EntityPicker
              label="Add subject"
              options={actorOptions.filter((o) => !claim.subjectIds.includes(o.id))}
              valueId={null}
              onPick={(id) => id && setClaim({ subjectIds: [...claim.subjectIds, id] })}
              onCreate={(name) => void createActor(name).then((id) => id && setClaim({ subjectIds: [...claim.subjectIds, id] }))}
            />
          </div>
          <EntityPicker
            label="Source"
            options={sourceOptions}
            valueId={claim.sourceId}
            onPick={(id) => setClaim({ sourceId: id })}
            onCreate={(name) => void createSource(name).then((id) => id && setClaim({ sourceId: id }))}
          />
          <CommitField label="Channel" value={claim.channel} placeholder="e.g. its Facebook page" onCommit={(channel) => setClaim({ channel })} />
          <div className="form-row two">
            <label className="field">
              Claim type
              <select value={claim.claimType} onChange={(e) => setClaim({ claimType: e.target.value as ClaimDetails['claimType'] })}>
                {CLAIM_TYPES.map((t) => (
                  <option key={t} value={t}>
                    {CLAIM_TYPE_CHOICES[t]}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              Credibility
              <select value={claim.credibility} onChange={(e) => setClaim({ credibility: Number(e.target.value) as Credibility })}>
                {CREDIBILITY.map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <label className="check">
            <input type="checkbox" checked={claim.hedged} onChange={(e) => setClaim({ hedged: e.target.checked })} /> Hedged (reportedly, يقال إن, selon…)
          </label>
          <div className="grade" aria-label="Admiralty grade">
            Grade <strong>{admiraltyGrade(source?.reliability ?? null, claim.credibility)}</strong>
            <span className="muted small"> source reliability + information credibility</span>
          </div>
          <CommitField label="Comment" value={claim.comment} multiline onCommit={(comment) => setClaim({ comment })} />
          <CommitField
            label="Tags (comma separated)"
            value={claim.tags.join(', ')}
            onCommit={(v) => setClaim({ tags: v.split(',').map((t) => t.trim()).filter(Boolean) })}
          />
        </div>
      )}

      {a.kind === 'actor' && (
        <EntityPicker
          label="Actor"
          options={actorOptions}
          valueId={a.actorId}
          initialText={quote}
          onPick={(id) => void act({ type: 'annotation.update', id: a.id, actorId: id })}
          onCreate={(name) => void createActor(name).then((id) => (id ? act({ type: 'annotation.update', id: a.id, actorId: id }) : null))}
        />
      )}
      {a.kind === 'source' && (
        <EntityPicker
          label="Source"
          options={sourceOptions}
          valueId={a.sourceId}
          initialText={quote}
          onPick={(id) => void act({ type: 'annotation.update', id: a.id, sourceId: id })}
          onCreate={(name) => void createSource(name).then((id) => (id ? act({ type: 'annotation.update', id: a.id, sourceId: id }) : null))}
        />
      )}
      {(a.kind === 'note' || a.kind !== 'claim') && <CommitField label="Note" value={a.note} multiline onCommit={(note) => void act({ type: 'annotation.update', id: a.id, note })} />}
      <div className="dialog-buttons">
        <button type="button" className="danger" onClick={() => void act({ type: 'annotation.delete', id: a.id }).then((r) => r && props.onClose())}>
          Delete annotation
        </button>
      </div>
    </section>
  );
}

import type { Actor, Annotation, Source } from '../../../shared/domain';
import { normaliseKey } from '../../../shared/analysis/normalise';
import type { SuggestionInfo } from '../../../shared/ipc-contract';
import { ANNOTATION_KIND_LABELS, ANNOTATION_KIND_PLURALS } from '../../../shared/labels';

/** The kinds the review queue shows (notes are never suggested). */
export type ReviewKind = 'claim' | 'actor' | 'source';
export const REVIEW_KINDS: readonly ReviewKind[] = ['claim', 'actor', 'source'];
export const KIND_LABEL: Record<ReviewKind, { one: string; many: string }> = {
  claim: { one: ANNOTATION_KIND_LABELS.claim, many: ANNOTATION_KIND_PLURALS.claim },
  actor: { one: ANNOTATION_KIND_LABELS.actor, many: ANNOTATION_KIND_PLURALS.actor },
  source: { one: ANNOTATION_KIND_LABELS.source, many: ANNOTATION_KIND_PLURALS.source },
};

/** One row of the queue: the pending annotation and the lines the analyst reads to judge it. */
export interface QueueItem {
  id: string;
  kind: ReviewKind;
  start: number;
  end: number;
  text: string;
  /** Why it was suggested: the rule and the cue that fired. */
  reason: string;
  confidence: number;
  /** Speaker, source, linked or new actor/source, hedge: what accepting will record. */
  details: string[];
  /** For an actor mention: which actor it names (known id or new actor's name), so mentions group. */
  actorKey?: string;
  /** For an actor card: the actor's name and every pending mention of it (this item is the first). */
  actor?: { name: string; members: QueueItem[] };
}

/**
 * The pending suggestions of one article in reading order, each with its reason and what accepting
 * it will link. `info` comes from the back end (suggestionInfo) and may lag behind by one step.
 */
export function queueItems(
  annotations: readonly Annotation[],
  articleId: string,
  actors: readonly Actor[],
  sources: readonly Source[],
  info: Readonly<Record<string, SuggestionInfo>>,
): QueueItem[] {
  const actorName = new Map(actors.map((a) => [a.id, a.name]));
  const sourceName = new Map(sources.map((s) => [s.id, s.name]));
  const items: QueueItem[] = [];
  for (const a of annotations) {
    if (a.articleId !== articleId || a.review !== 'pending' || a.kind === 'note') continue;
    const extra = info[a.id];
    const rule = a.origin.kind === 'manual' ? 'manual' : a.origin.rule;
    const cue = a.origin.kind === 'suggested' ? a.origin.cue : null;
    const details: string[] = [];
    if (a.kind === 'claim' && a.claim) {
      // What accepting records, as the back end resolves it (suggestionInfo): an existing actor by
      // its case name, a new one marked "(new)", an unresolved speaker as not linked.
      const speaker = a.claim.speakerId ? actorName.get(a.claim.speakerId) : extra?.speaker ? linkLine(extra.speaker) : null;
      if (speaker) details.push(`Speaker: ${speaker}`);
      // Which rule chose the speaker, and from which mention ("pronoun-last-speaker from “Doherty”").
      if (!a.claim.speakerId && extra?.speaker?.rule) details.push(`Speaker by ${extra.speaker.rule}${extra.speaker.from ? ` from “${extra.speaker.from}”` : ''}`);
      const source = a.claim.sourceId ? sourceName.get(a.claim.sourceId) : extra?.source ? linkLine(extra.source) : null;
      if (source) details.push(`Source: ${source}`);
      if (a.claim.channel) details.push(`Channel: ${a.claim.channel}`);
      if (a.claim.hedged) details.push('Hedged');
    } else if (a.kind === 'actor') {
      if (a.actorId) details.push(`Actor: ${actorName.get(a.actorId) ?? '?'}`);
      else if (extra?.existingActor) details.push(`Actor: ${extra.existingActor.name} (existing)`);
      else if (extra?.newActor) details.push(`New actor: ${extra.newActor.name} (${extra.newActor.type})${extra.newActor.role ? ` · ${extra.newActor.role}` : ''}`);
    } else if (a.kind === 'source') {
      if (a.sourceId) details.push(`Source: ${sourceName.get(a.sourceId) ?? '?'}`);
      else if (extra?.existingSource) details.push(`Source: ${extra.existingSource.name} (existing)`);
      else if (extra?.newSource) details.push(`New source: ${extra.newSource.name} (${extra.newSource.kind})`);
    }
    items.push({
      id: a.id,
      kind: a.kind,
      start: a.target.position.start,
      end: a.target.position.end,
      text: a.target.quote.exact,
      reason: cue ? `${rule} · cue “${cue}”` : rule,
      confidence: a.confidence,
      details,
      ...(a.kind === 'actor' ? { actorKey: a.actorId ? `id:${a.actorId}` : extra?.existingActor ? `id:${extra.existingActor.id}` : extra?.newActor ? `new:${extra.newActor.name}` : `text:${normaliseKey(a.target.quote.exact)}` } : {}),
    });
  }
  return items.sort((x, y) => x.start - y.start || x.end - y.end);
}

/** A speaker or source line: the name accepting links, "(new)" when it creates it, or not linked. */
function linkLine(x: { text: string; name?: string | null; known: boolean; linked?: boolean }): string {
  if (x.linked === false) return `${x.text} (not linked on accepting)`;
  const name = x.name ?? x.text;
  return x.known ? `${name} (existing)` : `${name} (new)`;
}

/** How many suggestions of an article wait for review (the side-panel tab shows it). */
export function pendingCount(annotations: readonly Annotation[], articleId: string | null | undefined): number {
  let n = 0;
  for (const a of annotations) if (a.articleId === articleId && a.review === 'pending' && a.kind !== 'note') n++;
  return n;
}

/**
 * The queue as the analyst reviews it: the pending mentions of one actor become one card (at the
 * place of its first mention) that decides them all, with each mention still listed to decide alone.
 * An actor named once stays a plain row. `names` gives known actors' names by id.
 */
export function groupByActor(items: readonly QueueItem[], names: ReadonlyMap<string, string>): QueueItem[] {
  const groups = new Map<string, QueueItem[]>();
  for (const i of items) if (i.actorKey) groups.set(i.actorKey, [...(groups.get(i.actorKey) ?? []), i]);
  const out: QueueItem[] = [];
  for (const i of items) {
    const members = i.actorKey ? groups.get(i.actorKey) : undefined;
    if (!members || members.length < 2) {
      out.push(i);
      continue;
    }
    if (members[0] !== i) continue;
    const key = i.actorKey as string;
    const name = key.startsWith('id:') ? (names.get(key.slice(3)) ?? i.text) : key.startsWith('new:') ? key.slice(4) : i.text;
    // The card is as sure as its surest mention: they share one actor's evidence.
    out.push({ ...i, confidence: Math.max(...members.map((m) => m.confidence)), actor: { name, members } });
  }
  return out;
}

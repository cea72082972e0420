/**
 * A capital used as a speaker stands for its state ("قالت طهران" is Iran speaking, "Washington said"
 * the United States): the claim's speaker is linked to the state's actor, marked by its own rule.
 * The capital's actor keeps its type (place) and its role "capital of X" (see actor-rules.ts).
 */
import { PLACE_INFO, STATE_NAMES } from './lexicon-places';
import { tokenKey } from './tokens';
import type { SuggestedActor } from './types';

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*/gu;

/** A spelling as the place lexicon keys it: token keys joined by single spaces. */
function spellingKey(s: string): string {
  return (s.match(WORD) ?? []).map(tokenKey).join(' ');
}

/** The state a capital actor stands for (its display name), from its role or its spellings; null for any other actor. */
export function capitalOf(actor: SuggestedActor): string | null {
  if (actor.type !== 'place') return null;
  const fromRole = /^capital of (.+)$/.exec(actor.role)?.[1];
  if (fromRole) return fromRole;
  for (const form of [actor.name, ...actor.aliases]) {
    const place = PLACE_INFO.get(STATE_NAMES.get(spellingKey(form)) ?? '');
    if (place?.capital && place.state) return place.state;
  }
  return null;
}

/**
 * The state actor among `actors` that a capital actor stands for: a state whose name or an alias is
 * a spelling of that state, in any language. Null when the capital is not one or the article never
 * names its state (the speaker then stays the capital).
 */
export function stateActorFor(capital: SuggestedActor, actors: Iterable<SuggestedActor>): SuggestedActor | null {
  const state = capitalOf(capital);
  if (!state) return null;
  for (const a of actors) {
    if (a.type !== 'state' || a.id === capital.id) continue;
    if ([a.name, ...a.aliases].some((f) => STATE_NAMES.get(spellingKey(f)) === state)) return a;
  }
  return null;
}

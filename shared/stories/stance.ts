/**
 * The stance of a claim towards the actors it concerns, where its words show one: against when it
 * denies, dismisses or rebuts (the denial lexicon, or the analyst's claim type "denial"); for when it
 * backs, helps, welcomes or praises (the support lexicon). Most claims show neither: their stance is
 * unknown, never guessed.
 */
import { SUPPORT_CUES } from './lexicon';
import { cueIndex, findCue, findDenialCue, sentenceStart } from './claim-features';
import { tokenize } from './tokens';

export type Stance = 'support' | 'deny';

const SUPPORTS = cueIndex(SUPPORT_CUES);

/**
 * The stance of the claim at [start, end) of `text`: its own words and the words of its sentence
 * before it (where the reporting verb stands: "denied that …", "نفت أن …"). A denial wins over a
 * support cue in the same claim ("denied it would help"). Null when neither is there.
 */
export function claimStance(text: string, start: number, end: number, denialType: boolean): Stance | null {
  if (denialType) return 'deny';
  const around = tokenize(text.slice(sentenceStart(text, start), end));
  if (findDenialCue(around)) return 'deny';
  return findCue(around, SUPPORTS) ? 'support' : null;
}

/** One stance for several claims: the one they share, 'mixed' when they disagree, null when none is known. */
export function combinedStance(stances: Iterable<Stance | null>): Stance | 'mixed' | null {
  let out: Stance | null = null;
  for (const s of stances) {
    if (s === null) continue;
    if (out !== null && out !== s) return 'mixed';
    out = s;
  }
  return out;
}

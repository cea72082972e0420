/**
 * The Admiralty information credibility a story's reports support, with its reason in words. The
 * analyst accepts or overrides it; the override is what counts.
 */
import { RELIABILITY_RANK, type Reliability } from '../domain';
import { namesList, reasonText, worded, type ReasonPart } from './reason';
import type { CredibilityProposal, StoryOrigin } from './types';

/** The Admiralty scale's words for each information credibility grade (one table, in shared/labels.ts). */
export { CREDIBILITY_WORDS } from '../labels';


interface Against {
  kind: string;
  reasonParts: readonly ReasonPart[];
  /** Reliability rank of the contradicting article's source (1 = A … 6 = F). */
  rank: number;
  label: string;
}

function list(origins: readonly StoryOrigin[]): ReasonPart[] {
  return namesList(origins.map((o) => o.label));
}

function proposal(grade: CredibilityProposal['grade'], reasonParts: ReasonPart[]): CredibilityProposal {
  return { grade, reason: reasonText(reasonParts), reasonParts };
}

/**
 * 1 confirmed (at least two other independent origins carry it, nothing contradicts it); 2 probably
 * true (two origins); 3 possibly true (one origin from a source graded A–C, or contradicted only by
 * sources no more reliable than its own); 5 improbable (contradicted by a more reliable source);
 * 6 cannot be judged (one origin from an ungraded or unreliable source). `best` is the best
 * reliability among the story's own articles (F when none is graded).
 */
export function proposeCredibility(origins: readonly StoryOrigin[], best: Reliability, against: readonly Against[]): CredibilityProposal {
  const n = origins.length;
  const stronger = against.filter((a) => a.rank < 6 && a.rank < RELIABILITY_RANK[best]);
  if (stronger.length > 0) {
    return proposal(5, worded`Improbable: contradicted by ${namesList(stronger.map((a) => a.label))}, more reliable than its own source (${best}); ${stronger[0]?.reasonParts ?? []}.`);
  }
  if (against.length > 0) {
    return proposal(3, worded`Possibly true: carried by ${n} independent origin${n === 1 ? '' : 's'} (${list(origins)}) but contradicted by ${namesList([...new Set(against.map((a) => a.label))])}, no more reliable than its own source.`);
  }
  if (n >= 3) return proposal(1, worded`Confirmed: ${n} independent origins carry it (${list(origins)}), i.e. ${n - 1} others besides the first, and nothing contradicts it.`);
  if (n === 2) return proposal(2, worded`Probably true: two independent origins carry it (${list(origins)}) and nothing contradicts it.`);
  if (RELIABILITY_RANK[best] <= 3) return proposal(3, worded`Possibly true: one origin only (${list(origins)}), from a source graded ${best}.`);
  return proposal(6, worded`Cannot be judged: one origin only (${list(origins)}), from a source not graded reliable, and nothing to compare it with.`);
}

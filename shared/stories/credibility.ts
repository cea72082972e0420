/**
 * The Admiralty information credibility a story's reports support, with its reason in words. The
 * analyst accepts or overrides it; the override is what counts.
 */
import { RELIABILITY_RANK, type Reliability } from '../domain';
import type { CredibilityProposal, StoryOrigin } from './types';

/** The Admiralty scale's words for each information credibility grade (one table, in shared/labels.ts). */
export { CREDIBILITY_WORDS } from '../labels';


interface Against {
  kind: string;
  reason: string;
  /** Reliability rank of the contradicting article's source (1 = A … 6 = F). */
  rank: number;
  label: string;
}

function list(origins: readonly StoryOrigin[]): string {
  return origins.map((o) => o.label).join(', ');
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
    return { grade: 5, reason: `Improbable: contradicted by ${stronger.map((a) => a.label).join(', ')}, more reliable than its own source (${best}); ${stronger[0]?.reason}.` };
  }
  if (against.length > 0) {
    return { grade: 3, reason: `Possibly true: carried by ${n} independent origin${n === 1 ? '' : 's'} (${list(origins)}) but contradicted by ${[...new Set(against.map((a) => a.label))].join(', ')}, no more reliable than its own source.` };
  }
  if (n >= 3) return { grade: 1, reason: `Confirmed: ${n} independent origins carry it (${list(origins)}), i.e. ${n - 1} others besides the first, and nothing contradicts it.` };
  if (n === 2) return { grade: 2, reason: `Probably true: two independent origins carry it (${list(origins)}) and nothing contradicts it.` };
  if (RELIABILITY_RANK[best] <= 3) return { grade: 3, reason: `Possibly true: one origin only (${list(origins)}), from a source graded ${best}.` };
  return { grade: 6, reason: `Cannot be judged: one origin only (${list(origins)}), from a source not graded reliable, and nothing to compare it with.` };
}

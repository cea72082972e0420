/**
 * How sure a suggested actor is, from its evidence, for ordering the review queue (0..1): a known
 * actor is sure; a candidate starts from how strong the rule that found it is (a lexicon entry, a
 * title or a place head before the name beats a capitalised word or a name met only as a speaker),
 * and gains for a title, for being named again, and for being named in more than one form.
 */
import type { SuggestedActor } from './types';

/** Rules that rest on a lexicon entry or on a word that introduces a name. */
const STRONG: ReadonlySet<string> = new Set(['ar-org-name', 'ar-org-single', 'state-name', 'place-name', 'acronym-expansion', 'ar-title-name', 'title-name', 'ar-org-in-title', 'ar-place-head']);
/** Rules that rest on the shape of a name. */
const MEDIUM: ReadonlySet<string> = new Set(['ar-given-name', 'ar-org-head', 'ar-famous-surname', 'ar-demonym-name', 'latin-in-arabic', 'acronym', 'ar-org-short-form', 'ar-club-in-sport']);

/** Confidence of one actor, given its rule, role, mentions and aliases. Never below 0.4 or above 0.95. */
export function actorConfidence(a: Pick<SuggestedActor, 'known' | 'rule' | 'role' | 'mentions' | 'aliases'>): number {
  if (a.known) return 0.9;
  let c = STRONG.has(a.rule) ? 0.75 : MEDIUM.has(a.rule) ? 0.65 : 0.5;
  if (a.role) c += 0.05;
  c += 0.05 * Math.min(3, Math.max(0, a.mentions.length - 1));
  if (a.aliases.length > 0) c += 0.05;
  return Math.round(Math.max(0.4, Math.min(0.95, c)) * 100) / 100;
}

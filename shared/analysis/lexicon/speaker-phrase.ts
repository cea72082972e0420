/**
 * Words around a speaker phrase. After an inverted cue ("…, said the minister on Tuesday"), the
 * speaker's noun phrase ends the clause: what follows it is punctuation, a time or place phrase, or
 * nothing. When a verb follows ("said Christie has…", "says his main frustration is…"), the noun
 * phrase was the start of the reported clause, not the speaker.
 */
export const CLAUSE_VERBS_AFTER_NP: readonly string[] = [
  'is', 'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may',
  'might', 'must', 'did', 'does', 'do',
  'est', 'sont', 'etait', 'etaient', 'sera', 'seront', 'ont', 'avait', 'avaient', 'aura', 'pourrait', 'doit', 'va', 'vont',
];

/**
 * English reporting-cue families added to the core list in ../lexicon-en.ts.
 */

/**
 * Verbs that put their speaker after them ("…, said the minister", "…, added Warren"). Verbs that take
 * a listener or an object ("warned the Vatican", "told reporters") are not among them: after those, a
 * noun phrase is what the speaker addressed.
 */
export const EN_INVERTIBLE_CUES: readonly string[] = [
  'said', 'says', 'added', 'adds', 'wrote', 'writes', 'explained', 'explains', 'noted', 'notes', 'continued', 'recalled',
  'insisted', 'asked', 'stated', 'declared', 'argued', 'argues', 'concluded', 'replied', 'replies', 'countered', 'conceded',
  'observed', 'remarked', 'acknowledged', 'cautioned', 'predicted', 'suggested', 'claimed', 'tweeted', 'recounted',
  'say',
];

/** Subject pronouns that open the reported clause after a listener ("told reporters he would …"). */
export const EN_SUBJECT_PRONOUN_WORDS: readonly string[] = ['he', 'she', 'they', 'it', 'we', 'i', 'there', 'this'];

/** Plural present forms that report what documents and studies say: "newly released files show". */
export const EN_DOCUMENT_CUES: readonly string[] = ['show', 'suggest', 'indicate', 'reveal', 'confirm', 'find'];

/**
 * Cues with an everyday sense beside the reporting one ("China maintains tight control", "the
 * files show"): they report only with "that" after them, or at the end of the clause they report.
 */
export const EN_THAT_ONLY_CUES: readonly string[] = ['maintains', 'maintained', 'maintain', 'holds', 'held', ...EN_DOCUMENT_CUES];

/**
 * Stance verbs that, with an infinitive after them, tell an act rather than report words: "declined
 * to comment", "refused to say", "agreed to vote". With "that" or an object they still report ("agreed
 * that the plan failed"). PolNeAR does count some of these as attributions (strict F1 57.4 -> 57.2 %).
 */
export const EN_ACT_BEFORE_INFINITIVE: readonly string[] = ['declined', 'declines', 'refused', 'refuses', 'agreed', 'agrees'];

/**
 * Forms of "be" before a reporting participle make an agentless passive report: "is considered a
 * likely candidate", "was reported to have fled", "are believed to be hiding". No source is named.
 */
export const EN_BE_FORMS: readonly string[] = ['is', 'was', 'are', 'were', 'been', 'being', "'s"];

/**
 * Nouns that report when their possessor comes before them and "that" after ("Mr Joseph's insistence
 * that the Government should hold its course", "his claim that the vote was rigged", "the
 * ministry's warning that supplies would run out"): the possessor speaks, the that-clause is said.
 */
export const EN_NOUN_CUES: readonly string[] = [
  'insistence', 'claim', 'assertion', 'warning', 'argument', 'contention', 'suggestion', 'allegation', 'accusation',
  'promise', 'pledge', 'admission', 'denial', 'belief', 'conviction', 'declaration', 'view', 'statement', 'prediction',
];

/**
 * Time phrases written between the subject and its cue ("the Supreme Court this month rejected",
 * "Clinton on Tuesday said", "the ministry last week warned"): the time noun after this/last/next/on.
 */
export const EN_TIME_NOUNS: readonly string[] = [
  'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'spring', 'summer', 'fall', 'autumn', 'winter',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
];

/** Words that open such a time phrase. */
export const EN_TIME_OPENERS: readonly string[] = ['this', 'last', 'next', 'on', 'earlier', 'late', 'early'];

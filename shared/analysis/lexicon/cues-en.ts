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

/**
 * Words that, after a comma, open a remark of the writer's on what was reported rather than more of
 * it: "claimed that paying no taxes was smart, although he again refused", "keeps saying she opposed
 * the war, when there are radio clips", "said the plan would work, though critics doubt it". Inside a
 * quotation they do not count. ", which …" is not among them (see EN_RELATIVE_TAIL_OPENERS: after an
 * object only).
 */
export const EN_CONTENT_TAIL_OPENERS: readonly string[] = ['although', 'though', 'whereas', 'when', 'while'];

/**
 * Verbs of intention and commitment spelt like plural or bare nouns ("plans", "hopes", "vows"): with a
 * subject before them and "to" after, they report what the subject means to do and count as cues
 * ("Trump plans to call on young people", "he hopes to offset the emissions", "Clinton vows to veto
 * it"); after a determiner or a possessive they stay nouns ("his plans to", "the pledge to").
 */
export const EN_CUES_BEFORE_TO: readonly string[] = ['plans', 'plan', 'hopes', 'hope', 'vows', 'vow', 'pledges', 'pledge', 'promises', 'promise', 'intends', 'intend', 'aims', 'seeks', 'seek'];

/** Words before "plan", "pledge" … that make them nouns: "one plan to", "her own plan to", "no pledge to". */
export const EN_NOUN_MARKERS_BEFORE_INTENTION: readonly string[] = ['one', 'any', 'no', 'every', 'each', 'own', 'new'];

/**
 * Words that, opening reported content, put a clause or phrase before its main subject: "said that if
 * it fails, he will resign", "say that, in addition to Scott, he would have to consider Beyer". After
 * one of them ", he …" is still the report; without one, ", he …" starts the writer's next clause ("has
 * said his piece, he is ready to move on", "has admitted using the tax code, he does not defend it").
 */
export const EN_FRONTED_CLAUSE_OPENERS: readonly string[] = [
  'if', 'when', 'while', 'because', 'as', 'after', 'before', 'although', 'though', 'since', 'unless', 'once', 'until',
  'whether', 'whatever', 'whenever', 'in', 'for', 'with', 'at', 'on', 'by', 'despite', 'during', 'under', 'without', 'given',
  'from', 'to', 'like', 'unlike', 'instead',
];

/**
 * Occasion nouns: a phrase "in/during/at/on … <noun>" after a reported object tells when or where it
 * was said, not what ("attacked Machado in early-morning tweets", "denounced the annexation in an
 * on-air diatribe", "said as much in an interview", "attacked her opponent as a fraud during the first
 * debate", "rejected that argument in a ruling released Thursday", "endorsed Clinton for president on
 * Thursday"). Weekdays and EN_TIME_NOUNS count too. Only after an object, not a reported clause ("said
 * the plan would pass in July" keeps its date). "May" and "March" are left out: a modal, a verb.
 */
export const EN_OCCASION_NOUNS: readonly string[] = [
  'interview', 'interviews', 'statement', 'statements', 'ruling', 'tweet', 'tweets', 'speech', 'speeches', 'debate', 'debates',
  'forum', 'hearing', 'letter', 'email', 'post', 'rally', 'conference', 'appearance', 'diatribe', 'remarks', 'address',
  'op-ed', 'column', 'memo', 'briefing', 'testimony', 'broadcast', 'event', 'meeting', 'convention', 'campaign',
  'january', 'february', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

/** Prepositions that open such a phrase ("at" is not one: PolNeAR keeps "at a rally", "at an event"). */
export const EN_OCCASION_PREPOSITIONS: readonly string[] = ['in', 'during', 'on', 'since'];

/**
 * Lower-case words in -ly that are not manner adverbs. Any other -ly word between a subject and its cue
 * is read past like the adverbs in EN_AUX ("that egregiously described", "Trump harshly criticized",
 * "the senator pointedly noted").
 */
export const EN_LY_NOT_ADVERBS: readonly string[] = [
  'family', 'ally', 'rally', 'reply', 'supply', 'apply', 'july', 'italy', 'belly', 'bully', 'holy', 'fly', 'daily', 'weekly',
  'monthly', 'yearly', 'early', 'assembly', 'anomaly', 'homily', 'lily', 'jelly', 'folly', 'melancholy',
];

/**
 * After a reported object, ", <verb>-ing …" is the writer's comment on it ("wants to sign up 5 million
 * people, focusing on people under 30", "kept questioning trade deals, hurting Democrats' standing").
 * These -ing words are prepositions and keep the phrase in the object ("attacks on Machado, including
 * Friday's tweets").
 */
export const EN_ING_PREPOSITIONS: readonly string[] = ['including', 'according', 'regarding', 'concerning', 'following', 'excluding', 'involving', 'notwithstanding', 'during'];

/**
 * Relative pronouns that, after a comma, open a remark on a reported object ("has acknowledged the
 * reality of climate change, which makes him an outlier", "generally supported Democrats, which let
 * him go in 2015", "endorses Trump, who says he is honored"). Not after a reported clause: PolNeAR
 * keeps "she needs to raise revenue, which she plans to do …" whole (cutting there measured 60.9 ->
 * 60.6 %). A relative closed by a comma before more of the object stays in it ("a task force, which
 * would include the military, to crack down on hackers").
 */
export const EN_RELATIVE_TAIL_OPENERS: readonly string[] = ['which', 'who'];

/** Personal subject pronouns that open the writer's next clause after a comma (", he is ready …"). */
export const EN_NEW_CLAUSE_PRONOUNS: readonly string[] = ['he', 'she', 'they', 'we', 'i'];

/**
 * French reporting-verb families added to the core list in ../lexicon-fr.ts, by what the speaker does.
 * Regular -er verbs are given as infinitives and inflected by lexicon-fr.ts (participle, present,
 * imperfect, simple past, future, present participle); other verbs list their forms.
 */

/** Regular -er verbs, by family. */
export const FR_ER_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  /** Judging something: "considère la substance comme cancérigène", "qualifieront l'affaire de…". */
  assessment: ['considérer', 'qualifier', 'juger', 'estimer', 'évaluer'],
  /** Finding or making public: "a constaté la Ville", "révèle Mediapart", "a montré que". */
  finding: ['révéler', 'montrer', 'constater', 'observer', 'dévoiler', 'relever', 'signaler', 'mentionner', 'noter', 'rapporter'],
  /** Asking for something: "ont demandé à la Confédération d'interdire", "exige le retrait". */
  request: ['demander', 'exiger', 'réclamer', 'exhorter', 'plaider', 'souhaiter'],
  /** Arguing back: "a rétorqué le ministre", "a répliqué". */
  argument: ['rétorquer', 'répliquer', 'objecter', 'arguer', 'insister', 'assurer', 'affirmer', 'déclarer', 'expliquer', 'indiquer', 'préciser', 'ajouter', 'souligner', 'annoncer', 'raconter', 'confier', 'rappeler', 'dénoncer', 'accuser', 'confirmer', 'nier'],
  /** Stance and feeling: "s'offusqueront", "se félicitant d'avoir…", "déplore". */
  feeling: ['regretter', 'déplorer', 'féliciter', 'offusquer', 'inquiéter', 'réjouir', 'alarmer', 'indigner', 'étonner'],
};

/** Irregular verbs: every form that reports. */
export const FR_IRREGULAR_FORMS: readonly string[] = [
  'craint', 'craignent', 'craignait', 'craignaient', 'craignant',
  'écrivait', 'écrivaient', 'écrivant', 'disait', 'disaient', 'disant',
  'soutenait', 'soutenant', 'prévenait', 'reconnaissait', 'reconnaissant', 'promettait', 'promettant',
];

/** Nouns and infinitives that report after "faire": "a fait valoir que", "fait état de", "a fait savoir". */
export const FR_FAIRE_CUES: readonly string[] = ['valoir', 'état', 'savoir', 'part'];

/** Forms of "faire" before those: "fait état", "a fait valoir", "faisait savoir". */
export const FR_FAIRE_FORMS: readonly string[] = ['fait', 'font', 'faisait', 'faisaient', 'fera', 'feront', 'faisant'];

/** Phrases that mean "in the speaker's view" and point back to the speaker: "À ses yeux, …". */
export const FR_VIEW_PHRASES: readonly string[][] = [
  ['a', 'ses', 'yeux'], ['a', 'son', 'avis'], ['selon', 'lui'], ['selon', 'elle'], ["d'apres", 'lui'], ["d'apres", 'elle'],
];

/**
 * Impersonal reading cues with the publication after a preposition: "on lit sur Le Point que …",
 * "on apprend via l'AFP que …", "on découvre dans Libération que …", "on peut lire dans Le Monde que …".
 */
export const FR_READING_VERBS: readonly string[] = ['lit', 'apprend', 'découvre', 'lire'];

/** Prepositions that introduce the publication after a reading cue. */
export const FR_READING_PREPOSITIONS: readonly string[] = ['sur', 'dans', 'via', 'par', 'chez'];

/**
 * Inverted impersonal cues after the words they report: "…», peut-on lire.", "…, lit-on dans le
 * rapport", "apprend-on". The source is the publication the text named before.
 */
export const FR_READING_INVERTED: readonly string[] = ['peut-on', 'lit-on', 'apprend-on', 'découvre-t-on'];

/**
 * Suspicion and accusation reported without a speaker: "est soupçonné d'avoir dépassé …", "sont
 * accusés de …", "est suspectée de …": what is suspected is a claim, its source unnamed.
 */
export const FR_SUSPECTED: readonly string[] = [
  'soupçonné', 'soupçonnée', 'soupçonnés', 'soupçonnées', 'accusé', 'accusée', 'accusés', 'accusées',
  'suspecté', 'suspectée', 'suspectés', 'suspectées',
];

/** Forms of "être" before a suspicion participle ("est", "a été", "serait"). */
export const FR_ETRE: readonly string[] = ['est', 'sont', 'était', 'étaient', 'été', 'serait', 'seraient', 'sera', 'seront'];

/**
 * "C'est ce qu'a annoncé X", "c'est ce qu'affirme X", "c'est ce que révèle X": a backward cue whose
 * content is the sentence before it. The openers, keyed.
 */
export const FR_BACKWARD_OPENERS: readonly string[][] = [["c'est", 'ce'], ["c'était", 'ce']];

/**
 * Nouns that report with their possessor: "sa promesse de baisser les impôts", "la promesse du maire
 * de rouvrir la piscine", "l'intention de ce dernier de porter plainte", "leur conviction que …". A
 * possessive (sa, son, leur) or "de" + the possessor before them; "de" + infinitive or "que" after.
 */
export const FR_NOUN_CUES: readonly string[] = ['promesse', 'promesses', 'intention', 'volonté', 'conviction', 'crainte', 'affirmation', 'engagement', 'souhait', 'menace'];

/**
 * French lexicon for suggestions. Forms chosen from the GenderGapTracker French quote-verb list
 * (nlp/french/rules/quote_verb_list.txt, MIT licence, (c) 2018-2023 Maite Taboada): past participles
 * (used after "a"/"ont"), present and simple-past third-person forms of the common reporting verbs.
 */

import { normaliseKey } from './normalise';

const VERBS: [participle: string, present: string[]][] = [
  ['déclaré', ['déclare', 'déclarent', 'déclara']],
  ['affirmé', ['affirme', 'affirment', 'affirma']],
  ['dit', ['dit', 'disent']],
  ['annoncé', ['annonce', 'annoncent', 'annonça']],
  ['indiqué', ['indique', 'indiquent', 'indiqua']],
  ['expliqué', ['explique', 'expliquent', 'expliqua']],
  ['précisé', ['précise', 'précisent', 'précisa']],
  ['souligné', ['souligne', 'soulignent', 'souligna']],
  ['ajouté', ['ajoute', 'ajoutent', 'ajouta']],
  ['assuré', ['assure', 'assurent', 'assura']],
  ['estimé', ['estime', 'estiment', 'estima']],
  ['averti', ['avertit', 'avertissent']],
  ['prévenu', ['prévient', 'préviennent']],
  ['dénoncé', ['dénonce', 'dénoncent', 'dénonça']],
  ['démenti', ['dément', 'démentent']],
  ['nié', ['nie', 'nient']],
  ['accusé', ['accuse', 'accusent']],
  ['confirmé', ['confirme', 'confirment', 'confirma']],
  ['rappelé', ['rappelle', 'rappellent', 'rappela']],
  ['insisté', ['insiste', 'insistent']],
  ['répondu', ['répond', 'répondent']],
  ['martelé', ['martèle', 'martèlent']],
  ['reconnu', ['reconnaît', 'reconnait', 'reconnaissent']],
  ['promis', ['promet', 'promettent']],
  ['appelé', ['appelle', 'appellent']],
  ['jugé', ['juge', 'jugent']],
  ['raconté', ['raconte', 'racontent']],
  ['confié', ['confie', 'confient']],
  ['lancé', ['lance']],
  ['écrit', ['écrit', 'écrivent']],
  ['tweeté', ['tweete']],
  ['mis en garde', []],
  ['prétendu', ['prétend', 'prétendent']],
  ['soutenu', ['soutient']],
  ['fait savoir', []],
];

/** Single-token French reporting forms (lower case). */
export const FR_CUES: ReadonlySet<string> = new Set(VERBS.flatMap(([p, forms]) => [p, `${p}e`, `${p}s`, ...forms]).filter((f) => !f.includes(' ')).map(normaliseKey));

/** Auxiliaries that precede a participle cue ("a déclaré"). */
export const FR_AUX: ReadonlySet<string> = new Set(['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'est', 'sont', "l'a", "l'ont", "l'avait", 'aussi', 'egalement', 'deja', 'encore']);

/** "selon"-type cues: the speaker or source follows. */
export const FR_ACCORDING: ReadonlySet<string> = new Set(['selon', "d'apres"]);

/** Hedges. */
export const FR_HEDGES: readonly string[][] = [
  ['selon', 'certaines', 'sources'], ['selon', 'des', 'sources'], ['selon', 'plusieurs', 'sources'], ['on', 'dit'],
  ['il', 'se', 'dit'], ['pretendument'], ['de', 'source', 'proche'], ['selon', 'nos', 'informations'],
];

/** French pronoun speakers. */
export const FR_PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'p'> = new Map([
  ['il', 'm'], ['elle', 'f'], ['ils', 'p'], ['elles', 'p'],
]);

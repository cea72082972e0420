/**
 * French lexicon for suggestions. Forms chosen from the GenderGapTracker French quote-verb list
 * (nlp/french/rules/quote_verb_list.txt, MIT licence, (c) 2018-2023 Maite Taboada): past participles
 * (used after "a"/"ont"), present and simple-past third-person forms of the common reporting verbs.
 */

import { FR_ER_FAMILIES, FR_FAIRE_CUES, FR_FAIRE_FORMS, FR_IRREGULAR_FORMS, FR_VIEW_PHRASES } from './lexicon/cues-fr';
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

/**
 * Inflects a regular -er verb (infinitive) into the forms that report: participle (é, ée, és, ées),
 * present (e, ent), simple past (a), imperfect (ait, aient), future (era, eront), present participle
 * (ant). Keys carry no accents, so "révèle" and "révéle" are one key.
 */
export function erForms(infinitive: string): string[] {
  const stem = normaliseKey(infinitive).replace(/er$/, '');
  return ['e', 'ee', 'es', 'ees', 'ent', 'a', 'ait', 'aient', 'era', 'eront', 'ant'].map((end) => stem + end);
}

/** Present participles: "…, se félicitant d'avoir…", "…, précisant que…" continue the main clause's subject. */
export const FR_PARTICIPLE_CUES: ReadonlySet<string> = new Set([
  ...Object.values(FR_ER_FAMILIES).flat().map((v) => `${normaliseKey(v).replace(/er$/, '')}ant`),
  ...FR_IRREGULAR_FORMS.map(normaliseKey).filter((f) => f.endsWith('ant')),
]);

/** Single-token French reporting forms (lower case). */
export const FR_CUES: ReadonlySet<string> = new Set([
  ...VERBS.flatMap(([p, forms]) => [p, `${p}e`, `${p}s`, ...forms]).filter((f) => !f.includes(' ')).map(normaliseKey),
  ...Object.values(FR_ER_FAMILIES).flat().flatMap(erForms),
  ...FR_IRREGULAR_FORMS.map(normaliseKey),
]);

/** "faire" + noun or infinitive that reports ("a fait valoir", "fait état de"): the second word is the cue. */
export const FR_FAIRE_CUE_WORDS: ReadonlySet<string> = new Set(FR_FAIRE_CUES.map(normaliseKey));
export const FR_FAIRE: ReadonlySet<string> = new Set(FR_FAIRE_FORMS.map(normaliseKey));
export { FR_VIEW_PHRASES };

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
  // After "selon", "d'après": "selon lui", "d'après eux".
  ['lui', 'm'], ['eux', 'p'],
]);

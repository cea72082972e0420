/**
 * Person-name gazetteers for Arabic text: given names (Arabic, and the usual Arabic spellings of
 * foreign given names in the news) and the surnames of widely reported political figures. Written
 * from general knowledge for Claimwork; every entry is stored as its matching key (normaliseKey).
 */
import { normaliseKey } from './normalise';
import arGivenMale from './lexicon/ar-given-male.json';
import arGivenFemale from './lexicon/ar-given-female.json';
import arGivenForeign from './lexicon/ar-given-foreign.json';
import arFamousSurnames from './lexicon/ar-famous-surnames.json';
import arAmbiguousGiven from './lexicon/ar-ambiguous-given.json';
import arDemonyms from './lexicon/ar-demonyms.json';
import arProfessions from './lexicon/ar-professions.json';
import arNeverNameVerbs from './lexicon/ar-never-name-verbs.json';
import arNeverNameOther from './lexicon/ar-never-name-other.json';

const keys = (words: readonly string[]): Set<string> => new Set(words.map(normaliseKey));

const ARABIC_MALE = arGivenMale.words;

const ARABIC_FEMALE = arGivenFemale.words;

const FOREIGN = arGivenForeign.words;

/** Surnames that name one widely reported political figure on their own (a title often precedes them). */
const FAMOUS_SURNAMES = arFamousSurnames.words;

/** Arabic women's given names (keys): a feminine verb or pronoun may refer to a person named so. */
export const AR_FEMALE_GIVEN_KEYS: ReadonlySet<string> = keys(ARABIC_FEMALE);

/** Given names (keys) that open a person's name without a title. */
export const AR_GIVEN_NAME_KEYS: ReadonlySet<string> = new Set([...keys(ARABIC_MALE), ...keys(ARABIC_FEMALE), ...keys(FOREIGN)]);

/**
 * Given names that are also everyday words (كريم "generous", سعيد "happy", أمل "hope"): they open a
 * name only when another name word follows, never alone.
 */
export const AR_AMBIGUOUS_GIVEN: ReadonlySet<string> = keys(arAmbiguousGiven.words);

/** Surname keys of widely reported figures: a person mention on their own. */
export const AR_FAMOUS_SURNAMES: ReadonlySet<string> = keys(FAMOUS_SURNAMES);

/**
 * Nationality adjectives ("الروسي", "البرازيلية"): right before a name they introduce a person the
 * way a title does ("خرجت السويسرية مارتينا هينغيس"). Masculine forms; the feminine adds "ة".
 */
const DEMONYMS = arDemonyms.words;

/** Demonym keys, masculine and feminine. */
export const AR_DEMONYMS: ReadonlySet<string> = new Set(
  [...keys(DEMONYMS)].flatMap((k) => [k, `${k}ه`]),
);

/** Professions and public roles that stand before a name like a title ("الفنان", "اللاعب", "المدرب"). */
export const AR_PROFESSIONS: ReadonlySet<string> = keys(arProfessions.words);

/**
 * Words that follow a name in newswire but are never part of one: everyday past-tense verbs of the
 * news (the feminine "ت" form is added), adverbs in the accusative, and nouns in apposition ("مدرب
 * روما", "قرينة الرئيس"). A name stops before them, and they show where a name visibly ends.
 */
const NEVER_NAME_VERBS = arNeverNameVerbs.words;
const NEVER_NAME_OTHER = arNeverNameOther.words;

/** Keys of words that are never part of a person's name (see above). */
export const AR_NEVER_NAME: ReadonlySet<string> = new Set([
  ...[...keys(NEVER_NAME_VERBS)].flatMap((k) => [k, `${k.replace(/[اي]$/, '')}ت`]),
  ...keys(NEVER_NAME_OTHER),
]);

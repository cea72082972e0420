/**
 * One bit per lexicon the actor rules test a token's clitic variants against, gathered in one pass
 * over the variants and kept on the token: each rule's "does a variant belong to set X" becomes a
 * bit test, and an Arabic word whose variants open no rule (most words) skips the rule table with
 * one test. Built from the lexicons at load time; nothing is listed here by hand but the three
 * name links personNameOpener reads from a token's key.
 */
import { AR_AMBIGUOUS_GIVEN, AR_DEMONYMS, AR_FAMOUS_SURNAMES, AR_GIVEN_NAME_KEYS } from './lexicon-names';
import { AR_CLUBS_IN_SPORT, AR_DESCRIPTION_NOUNS, AR_FIXED_ORGS, AR_ORG_HEADS, AR_ORG_SINGLE, AR_PERSON_TITLES, AR_SPORT_WORDS, AR_TEAM_HEADS } from './lexicon-ar';
import { STATE_MAX_TOKENS, STATE_NAMES } from './lexicon-places';
import { AR_GROUP_NOUNS, AR_MUNICIPAL_HEADS, AR_PLACE_HEADS, AR_SHORT_FORM_HEADS, GROUP_QUANTIFIERS } from './lexicon';
import { arabicVariants, type Token } from './tokens';

/** A variant is in AR_PERSON_TITLES. */
export const M_TITLE = 1 << 0;
/** A variant is in AR_DEMONYMS. */
export const M_DEMONYM = 1 << 1;
/** A variant is the first word of an AR_FIXED_ORGS name. */
export const M_FIXED_FIRST = 1 << 2;
/** The key is such a first word with ل fused to its article ("للأمم"): fixedOrganisation restores it. */
export const M_FIXED_LL = 1 << 3;
/** A variant is in AR_PLACE_HEADS. */
export const M_PLACE_HEAD = 1 << 4;
/** A variant is a given name, plain or ambiguous (AR_GIVEN_NAME_KEYS ∪ AR_AMBIGUOUS_GIVEN). */
export const M_GIVEN = 1 << 5;
/** A variant is a known name: an unambiguous given name or a famous surname (isKnownArabicName). */
export const M_KNOWN = 1 << 6;
/** A variant is in AR_FAMOUS_SURNAMES. */
export const M_FAMOUS = 1 << 7;
/** A variant is in AR_ORG_SINGLE. */
export const M_ORG_SINGLE = 1 << 8;
/** A variant is in AR_CLUBS_IN_SPORT. */
export const M_CLUB = 1 << 9;
/** A variant is in AR_ORG_HEADS. */
export const M_ORG_HEAD = 1 << 10;
/** A variant is in AR_TEAM_HEADS. */
export const M_TEAM_HEAD = 1 << 11;
/** A variant opens a state or place name (the first word of a STATE_NAMES spelling). */
export const M_STATE = 1 << 12;
/** A variant is in GROUP_QUANTIFIERS. */
export const M_QUANTIFIER = 1 << 13;
/**
 * A variant (or the key with ل's article restored) is a form arabicGroupNoun accepts: a group noun
 * with or without the article, or a definite nationality's sound plural. A superset: gate only.
 */
export const M_GROUP = 1 << 14;
/** The key is a name link personNameOpener opens a name with (عبد، أبو، أم, with or without و). Gate only. */
export const M_NAME_LINK = 1 << 15;
/** A variant is the first word of an AR_MUNICIPAL_HEADS head. */
export const M_MUNICIPAL = 1 << 16;
/** A variant is in AR_SPORT_WORDS. */
export const M_SPORT = 1 << 17;
/** A variant is in AR_DESCRIPTION_NOUNS. */
export const M_DESCRIPTION = 1 << 18;
/** A variant is in AR_SHORT_FORM_HEADS (a definite head standing for a body named before). */
export const M_SHORT_HEAD = 1 << 19;

/** Every bit that lets some Arabic actor rule fire: an Arabic word with none of them fires no rule. */
export const M_OPENS_RULE = M_TITLE | M_DEMONYM | M_FIXED_FIRST | M_FIXED_LL | M_PLACE_HEAD | M_GIVEN | M_FAMOUS | M_ORG_SINGLE | M_CLUB | M_ORG_HEAD | M_TEAM_HEAD | M_STATE | M_QUANTIFIER | M_GROUP | M_NAME_LINK | M_MUNICIPAL;

/** First word of every place spelling → the most words a spelling opening with it has (bounded by STATE_MAX_TOKENS). */
export const STATE_FIRST: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const k of STATE_NAMES.keys()) {
    const words = k.split(' ');
    if (words.length > STATE_MAX_TOKENS) continue;
    const first = words[0] ?? '';
    m.set(first, Math.max(m.get(first) ?? 0, words.length));
  }
  return m;
})();

/** First words of AR_FIXED_ORGS: most tokens open none, and the list is scanned only when one does. */
export const FIXED_ORG_FIRST: ReadonlySet<string> = new Set(AR_FIXED_ORGS.map((n) => n[0] ?? ''));

/** A word with the article spelled as the key of ل fused with it: "الأمم" → "للامم" (restored as ا + key.slice(1)). */
function fusedLam(form: string): string | null {
  return form.startsWith('ال') ? `لل${form.slice(2)}` : null;
}

/** Variant string → the bits of the lexicons it belongs to. */
export const LEXICON_BITS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number): void => {
    for (const w of words) m.set(w, (m.get(w) ?? 0) | bit);
  };
  add(AR_PERSON_TITLES, M_TITLE);
  add(AR_DEMONYMS, M_DEMONYM);
  add(FIXED_ORG_FIRST, M_FIXED_FIRST);
  for (const f of FIXED_ORG_FIRST) {
    const fused = fusedLam(f);
    if (fused) add([fused], M_FIXED_LL);
  }
  add(AR_PLACE_HEADS, M_PLACE_HEAD);
  add(AR_GIVEN_NAME_KEYS, M_GIVEN);
  add(AR_AMBIGUOUS_GIVEN, M_GIVEN);
  add([...AR_GIVEN_NAME_KEYS].filter((k) => !AR_AMBIGUOUS_GIVEN.has(k)), M_KNOWN);
  add(AR_FAMOUS_SURNAMES, M_KNOWN | M_FAMOUS);
  add(AR_ORG_SINGLE, M_ORG_SINGLE);
  add(AR_CLUBS_IN_SPORT, M_CLUB);
  add(AR_ORG_HEADS, M_ORG_HEAD);
  add(AR_TEAM_HEADS, M_TEAM_HEAD);
  add(STATE_FIRST.keys(), M_STATE);
  add(GROUP_QUANTIFIERS, M_QUANTIFIER);
  const groupForms: string[] = [];
  for (const g of AR_GROUP_NOUNS) groupForms.push(g, `ال${g}`);
  for (const d of AR_DEMONYMS) groupForms.push(`${d}ون`, `${d}ين`);
  for (const f of [...groupForms]) {
    const fused = fusedLam(f);
    if (fused) groupForms.push(fused);
  }
  add(groupForms, M_GROUP);
  const links = ['عبد', 'ابو', 'ام'];
  add([...links, ...links.map((l) => `و${l}`)], M_NAME_LINK);
  add(
    AR_MUNICIPAL_HEADS.map((h) => h[0] ?? ''),
    M_MUNICIPAL,
  );
  add(AR_SPORT_WORDS, M_SPORT);
  add(AR_DESCRIPTION_NOUNS, M_DESCRIPTION);
  add(AR_SHORT_FORM_HEADS, M_SHORT_HEAD);
  return m;
})();

/**
 * The lexicon bits of a token's variants (arabicVariants), computed on first ask and kept on the
 * token. For a non-Arabic token the variants are its key (and the key without "'s").
 */
export function lexiconMask(t: Token): number {
  let mask = t.mask;
  // tokenise() starts it at -1 (a small integer, so the field keeps one representation).
  if (mask === undefined || mask < 0) {
    mask = 0;
    for (const v of arabicVariants(t)) mask |= LEXICON_BITS.get(v) ?? 0;
    t.mask = mask;
  }
  return mask;
}

/** Whether an Arabic word can open a mention of an Arabic actor rule (or group-noun, state-name); false for any other token. */
export function arabicOpensRule(t: Token): boolean {
  return t.arabic && (lexiconMask(t) & M_OPENS_RULE) !== 0;
}

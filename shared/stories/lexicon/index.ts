/**
 * The stories engine's word lists, loaded from the JSON files beside this module. Each file says in its
 * `description` what the words have in common; the words are in the folded form of
 * shared/anchoring/fold (the form {@link ../tokens} compares).
 */
import clitics from './clitics.json' with { type: 'json' };
import denialCues from './denial-cues.json' with { type: 'json' };
import functionWords from './function-words.json' with { type: 'json' };
import quantitySkip from './quantity-skip.json' with { type: 'json' };
import supportCues from './support-cues.json' with { type: 'json' };

/** Arabic proclitics, longest first. */
export const CLITICS: readonly string[] = [...clitics.words].sort((a, b) => b.length - a.length);

/** Denial, rebuttal and retraction cues of every language, each as its folded words. */
export const DENIAL_CUES: readonly string[][] = [...denialCues.words.ar, ...denialCues.words.en, ...denialCues.words.fr].map((w) => w.split(' '));

/** Function words of every language: never content tokens. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([...functionWords.words.ar, ...functionWords.words.en, ...functionWords.words.fr]);

/** Words after a number that make it a date, not a quantity. */
export const QUANTITY_SKIP: ReadonlySet<string> = new Set(quantitySkip.words);

/** Cues of a speaker backing, helping, welcoming or praising the actors a statement concerns, each as its folded words. */
export const SUPPORT_CUES: readonly string[][] = [...supportCues.words.ar, ...supportCues.words.en, ...supportCues.words.fr].map((w) => w.split(' '));

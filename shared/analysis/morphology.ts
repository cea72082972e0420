/**
 * Arabic and Latin morphology the actor engine relies on, in one place: proclitics (و ف ب ل ك) and
 * the article, verb and verbal-noun shapes, and the small spelling folds used to match names.
 */
import { AR_FUNCTION } from './lexicon-ar';
import { tokenKey, type Token } from './tokens';

/** Proclitic prepositions (with or without a conjunction before them) cut off a mention: "بموسكو", "ولهفتار". */
export const ARABIC_PROCLITIC_PREP = /^(ب|ل|ك|وب|ول|فب|فل)/;

/** The article, or ل fused with it ("للأمم"): a definite word. */
export function isDefinite(key: string): boolean {
  return key.startsWith('ال') || key.startsWith('لل');
}

/** A preposition or conjunction fused with the article ("بالجيش", "للصحفيين", "والجيش"). */
export function cliticOnArticle(key: string): boolean {
  return /^(بال|لل|وال|فال|كال)/.test(key);
}

/** Any proclitic or the article at the start of a word (ال لل و ف ب ل ك). */
export function cliticLed(key: string): boolean {
  return /^(ال|لل|و|ف|ب|ل|ك)/.test(key);
}

/** Drops a leading conjunction و or ف ("وقال" → "قال"). */
export function stripConjunction(key: string): string {
  return key.replace(/^[وف]/, '');
}

/** Removes a possessive "'s" so "Warren's" matches "Warren". */
export function latinBase(key: string): string {
  return key.endsWith("'s") ? key.slice(0, -2) : key;
}

/** Arabic key without long-vowel letters, for tolerant matching of transliterated names. */
export function devowel(key: string): string {
  if (key.length <= 2) return key;
  let out = key[0] as string;
  for (let i = 1; i < key.length; i++) {
    const ch = key[i] as string;
    if (ch !== 'ا' && ch !== 'و' && ch !== 'ي') out += ch;
  }
  return out;
}

/** Offset inside a raw token where the clitic-stripped variant starts. */
export function cliticCut(raw: string, key: string, variant: string): number {
  if (variant === key || !key.endsWith(variant)) return 0;
  const prefix = key.slice(0, key.length - variant.length);
  for (let k = 1; k <= raw.length; k++) {
    if (tokenKey(raw.slice(0, k)) === prefix) {
      // Keep tatweel after "لـ" with the clitic, not with the name.
      let cut = k;
      while (raw[cut] === '\u0640') cut++;
      return cut;
    }
  }
  return 0;
}

/** A participle that opens a description after a name ("المتفرعة من", "التابعة لـ"), not part of it; "المتحدة" is. */
export function opensRelative(key: string): boolean {
  return (/^ال(مت|مست)/.test(key) && key !== 'المتحده') || /^ال(تابع|واقع|معترف|مكلف|مسوول)/.test(key);
}

/**
 * "على" and "إلى" fold to the keys of names (علي): spelled with alef maqsura, a function word is the
 * preposition. Names that end in ى (مصطفى، ليلى، موسى) are not function words and stay names.
 */
export function isMaqsuraPreposition(t: Token): boolean {
  return /ى$/.test(t.raw) && AR_FUNCTION.has(t.key);
}

/**
 * A word shaped like a verbal noun rather than a name: تفعيل (ترسيم، تشكيل), إفعال (إجراء، إعلان),
 * افتعال (انتخاب، اجتماع), استفعال (استقبال), مفاعلة (مناظرة). Not انفعال: foreign names share it (أنيبال).
 */
export function verbalNounLike(key: string): boolean {
  return /^ت..ي.$/.test(key) || /^ا..ا.$/.test(key) || /^ا.ت.ا.$/.test(key) || /^است..ا.$/.test(key) || /^م.ا..ه$/.test(key);
}

/** A preposition glued to a verbal noun or participle ("بتوقيت", "لتدريبات", "كمقدم"): no name word. */
export function prepositionOnVerbalNoun(key: string): boolean {
  return key.length >= 5 && /^(بت|لت|كت|بم|لم|كم)/.test(key);
}

/** A word shaped like a verb rather than a surname: imperfect (يعطي، يرتبك) or plural past (استنكروا). */
export function verbLike(key: string): boolean {
  // Imperfect verbs are short or end in a plural or dual suffix; a long ي-word is a foreign name (يانكوفيتش).
  return (key.length >= 4 && /^ي/.test(key) && (key.length <= 6 || /(ون|ان|ين)$/.test(key))) || (key.length >= 5 && /وا$/.test(key));
}

/**
 * A Latin name key with German umlauts' transliteration folded: "ue", "oe", "ae" → "u", "o", "a",
 * the letter the key of the umlaut spelling keeps once its diacritic is stripped ("Mueller" and
 * "Müller" → "muller", "Schroeder" and "Schröder" → "schroder", "Baerbock" and "Bärbock").
 */
export function foldUmlautSpelling(key: string): string {
  return key.replace(/([aou])e/g, '$1');
}

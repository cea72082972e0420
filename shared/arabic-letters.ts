/**
 * Arabic letter forms that newsrooms, keyboards and machine translation use interchangeably, each
 * with the form Claimwork compares under: alef with hamza or madda → bare alef, alef maqsura → ya,
 * ta marbuta → ha, hamza on waw or ya → the bare letter. One table for the analysis keys
 * (shared/analysis/normalise.ts) and the anchoring fold (shared/anchoring/fold.ts), so that a name
 * and a quote are folded alike.
 */
export const ARABIC_LETTER_VARIANTS: Readonly<Record<string, string>> = {
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ى': 'ي',
  'ة': 'ه',
  'ؤ': 'و',
  'ئ': 'ي',
};

/** Matches any letter of ARABIC_LETTER_VARIANTS (global: use with String.replace). */
export const ARABIC_LETTER_VARIANT = new RegExp(`[${Object.keys(ARABIC_LETTER_VARIANTS).join('')}]`, 'g');

/** `s` with every variant letter replaced by the form it is compared under; same length. */
export function foldArabicLetters(s: string): string {
  return s.replace(ARABIC_LETTER_VARIANT, (c) => ARABIC_LETTER_VARIANTS[c] ?? c);
}

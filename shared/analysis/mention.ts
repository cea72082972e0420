/**
 * An actor mention: a span of the text with its type, the rule that found it and its role, and
 * how it was built from tokens (proclitics cut off, a governing preposition noted).
 */
import type { ActorType } from '../domain';
import { AR_PREPOSITIONS, LATIN_PREPOSITIONS } from './lexicon';
import { ARABIC_PROCLITIC_PREP, cliticCut } from './morphology';
import type { Token } from './tokens';

export interface Mention {
  start: number;
  end: number;
  text: string;
  type: ActorType;
  rule: string;
  role: string;
  /** Known actor this mention matched, if any. */
  knownId: string | null;
  /** False when a preposition governs the mention ("مع موسكو", "with Moscow"): not a likely subject. */
  subject: boolean;
  /** Token range [first, last). */
  first: number;
  last: number;
  /** Another mention of the same actor (an acronym given in parentheses after the full name). */
  sameAs?: Mention;
  /** Memo of mentionKey(). */
  key?: string;
}

/** Rules that take a name from its position as a speaker only (claims.ts): weaker evidence than a rule that finds a name outright. */
export const SPEAKER_RULES: ReadonlySet<string> = new Set(['ar-speaker', 'speaker-name', 'ar-according']);

function isSubject(tokens: readonly Token[], first: number, cut: number, arabicPrefixKey: string): boolean {
  if (cut > 0 && ARABIC_PROCLITIC_PREP.test(arabicPrefixKey)) return false;
  const prev = tokens[first - 1];
  if (!prev || !prev.word) return true;
  if (prev.arabic) return !AR_PREPOSITIONS.has(prev.key) && prev.key !== 'لـ' && prev.key !== 'ل';
  return !LATIN_PREPOSITIONS.has(prev.key);
}

/**
 * Builds a mention over tokens [first, last). `variant` is the clitic-stripped key the first token
 * matched with ("هفتار" for "لهفتار"): the proclitic is cut off the span. Without it, only a
 * conjunction before the article is cut ("والجيش" → "الجيش").
 */
export function makeMention(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  type: ActorType,
  rule: string,
  role = '',
  knownId: string | null = null,
  variant: string | null = null,
): Mention | null {
  const a = tokens[first];
  const b = tokens[last - 1];
  if (!a || !b) return null;
  let cut = 0;
  let prefixKey = '';
  if (a.arabic) {
    let v = variant;
    if (v === null && /^[وف]ال/.test(a.key)) v = a.key.slice(1);
    if (v !== null && v !== a.key) {
      const c = cliticCut(a.raw, a.key, v);
      if (c > 0 && c < a.raw.length) {
        cut = c;
        prefixKey = a.key.slice(0, a.key.length - v.length);
      }
    }
  }
  const start = a.start + cut;
  let end = b.end;
  if (b.latin && /['’]s$/.test(b.raw) && end - start > 2) end -= 2;
  return { start, end, text: text.slice(start, end), type, rule, role, knownId, subject: isSubject(tokens, first, cut, prefixKey), first, last };
}

/**
 * Groups that speak or act without a name: a plural noun for a kind of people or of bodies
 * ("المحتجون", "فقهاء الدستور", "officials", "American nuns", "les syndicats de police"), with the
 * quantifier that picks part of it ("بعض الصحف الإسبانية", "several sisters", "deux femmes"). The
 * words are lexicon data (ar-group-nouns, latin-group-nouns, latin-people-nouns, group-quantifiers);
 * this module holds only how such a phrase is shaped in each script.
 */
import { AR_DEMONYMS } from './lexicon-names';
import { AR_FIXED_ORGS, AR_FUNCTION } from './lexicon-ar';
import { stateAt } from './name-spans';
import { LATIN_DEMONYMS } from './lexicon-places';
import { AR_GROUP_NOUNS, FR_DETERMINERS, GROUP_QUANTIFIERS, LATIN_GROUP_NOUNS, LATIN_PEOPLE_NOUNS, LATIN_PREPOSITIONS } from './lexicon';
import { makeMention, type Mention } from './mention';
import { arabicVariants, type Token } from './tokens';
import { lexiconMask, M_GROUP, M_QUANTIFIER } from './lexicon-mask';

/**
 * The article-bearing form of an Arabic group noun at `t` (clitics before the article cut off), or
 * its bare form when it has no article; null when it names no group. A sound plural of a
 * nationality ("الفرنسيون", "الفرنسيين") is a group too.
 */
export function arabicGroupNoun(t: Token): { form: string; definite: boolean } | null {
  if (!t.arabic || !t.word) return null;
  // No variant (nor the key with ل's article restored) is a group noun or a nationality's plural.
  if (!(lexiconMask(t) & M_GROUP)) return null;
  const forms = t.key.startsWith('لل') ? [...arabicVariants(t), `ا${t.key.slice(1)}`] : arabicVariants(t);
  let best: { form: string; definite: boolean } | null = null;
  for (const v of forms) {
    const definite = v.startsWith('ال');
    const bare = definite ? v.slice(2) : v;
    const demonymPlural = definite && /(ون|ين)$/.test(v) && AR_DEMONYMS.has(v.slice(0, -2));
    if (!AR_GROUP_NOUNS.has(bare) && !demonymPlural) continue;
    if (!best || (definite && !best.definite)) best = { form: v, definite };
  }
  return best;
}

/**
 * An adjective of relation after a noun, agreeing with it in definiteness: "السياسية", "الإسبانية",
 * "الفرنسيين" after a definite group, "أميركيون" after an indefinite one. It belongs to the group's name.
 */
function relationAdjective(t: Token | undefined, sent: number, definite: boolean): boolean {
  if (!t || !t.arabic || !t.word || t.sent !== sent || AR_FUNCTION.has(t.key)) return false;
  return definite ? /^ال\S{2,}(ي|يه|يون|يين)$/.test(t.key) : !/^ال/.test(t.key) && /^\S{3,}(يون|يين|يه)$/.test(t.key);
}

/** Whether a state or a body from the lexicon is named at `k` ("الأمم المتحدة", "الولايات المتحدة"): an actor of its own. */
function namedActorAt(tokens: readonly Token[], k: number): boolean {
  const key = (tokens[k] as Token).key;
  return !!stateAt(tokens, k) || AR_FIXED_ORGS.some((n) => n[0] === key && n.every((w, x) => x === 0 || tokens[k + x]?.key === w));
}

/** An indefinite plural that stands alone as a group: a sound plural (مسؤولون) or the فعلاء shape (خبراء، فقهاء). */
function standsAlone(bare: string): boolean {
  return /(ون|ين)$/.test(bare) || /^\S{3}اء$/.test(bare);
}

/** End (exclusive) of an Arabic group phrase whose noun is at `h`, or -1. */
function arabicGroupEnd(tokens: readonly Token[], h: number): number {
  const u = tokens[h] as Token;
  const g = arabicGroupNoun(u);
  if (!g) return -1;
  let e = h + 1;
  if (!g.definite) {
    // "فقهاء الدستور", "خبراء الصحة": the definite noun the plural governs names the group.
    const n = tokens[e];
    // A named body or state after it stays an actor of its own ("خبراء الأمم المتحدة": the experts, and the UN).
    if (n?.arabic && n.word && n.sent === u.sent && /^ال/.test(n.key) && !AR_FUNCTION.has(n.key) && !namedActorAt(tokens, e)) e++;
    else if (!standsAlone(g.form)) return -1;
  }
  // The adjectives agree with the last noun: definite after a genitive or a definite head.
  const definite = g.definite || e > h + 1;
  while (e < h + 5 && relationAdjective(tokens[e], u.sent, definite)) e++;
  return e;
}

/** A Latin group noun at `k`: lower-case, or capitalised only where a sentence starts. */
function latinGroupNoun(tokens: readonly Token[], k: number, quantified: boolean): boolean {
  const u = tokens[k];
  if (!u?.latin || !u.word) return false;
  if (!(LATIN_GROUP_NOUNS.has(u.key) || (quantified && LATIN_PEOPLE_NOUNS.has(u.key)))) return false;
  if (!u.cap) return true;
  const prev = tokens[k - 1];
  return !prev || prev.sent !== u.sent || /^[“"«(—:-]$/.test(prev.raw) || GROUP_QUANTIFIERS.has(prev.key) || LATIN_DEMONYMS.has(prev.key);
}

/**
 * A group phrase starting at token `i` (its quantifier, nationality or noun), or null. Returns the
 * mention (type "group", rule "group-noun") and the token to resume at.
 */
export function groupPhrase(text: string, tokens: readonly Token[], i: number): { mention: Mention | null; next: number } | null {
  const t = tokens[i] as Token;
  if (t.arabic) {
    const quantifier = lexiconMask(t) & M_QUANTIFIER ? arabicVariants(t).find((v) => GROUP_QUANTIFIERS.has(v)) : undefined;
    let h = i;
    if (quantifier) {
      h = i + 1;
      // "عدد من الحقوقيين": a count takes من before its noun.
      if (tokens[h]?.key === 'من' && quantifier === 'عدد') h++;
      if ((tokens[h] as Token | undefined)?.sent !== t.sent) return null;
    }
    const e = arabicGroupEnd(tokens, h);
    if (e === -1) return null;
    const variant = quantifier ?? arabicGroupNoun(t)?.form ?? null;
    return { mention: makeMention(text, tokens, i, e, 'group', 'group-noun', '', null, variant), next: e };
  }
  if (!t.latin || !t.word) return null;
  let p = i;
  const quantified = GROUP_QUANTIFIERS.has(t.key);
  if (quantified) p++;
  // "American nuns": a nationality before the noun is part of the group.
  if (tokens[p]?.cap && LATIN_DEMONYMS.has((tokens[p] as Token).key) && latinGroupNoun(tokens, p + 1, quantified)) p++;
  if (!latinGroupNoun(tokens, p, quantified)) return null;
  let e = p + 1;
  // French names the kind after the noun: "syndicats de police", "distributeurs d'eau".
  const n = tokens[e];
  if (n?.latin && n.sent === t.sent && !n.cap) {
    const after = tokens[e + 1];
    if (/^d'\p{Ll}/u.test(n.raw.replace('’', "'"))) e++;
    else if (n.key === 'de' && after?.latin && after.word && !after.cap && after.sent === t.sent && !FR_DETERMINERS.has(after.key.startsWith("l'") ? "l'" : after.key) && !LATIN_PREPOSITIONS.has(after.key)) e += 2;
  }
  return { mention: makeMention(text, tokens, i, e, 'group', 'group-noun'), next: e };
}

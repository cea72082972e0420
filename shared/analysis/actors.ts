/**
 * Actor mentions: the case's known actors through all their aliases (clitic-aware, spelling-tolerant),
 * and candidates from titles, organisation heads, state names and capitalised or Latin-script names.
 */
import { boundedMemo } from './bounded-memo';
import type { ActorType } from '../domain';
import { ACTOR_RULES, lowerLatinTriggers, makeScan } from './actor-rules';
import type { AliasIndex } from './alias-index';
import { makeMention, type Mention } from './mention';
import { normaliseKey } from './normalise';
import { linkShortForms } from './short-forms';
import { arabicVariants, type Token } from './tokens';
import { arabicOpensRule } from './lexicon-mask';

export { AliasIndex, aliasKeys } from './alias-index';
export { cliticCut, devowel } from './morphology';
export { makeMention, type Mention } from './mention';
export { endsSpeakerName, isArabicNameToken, isKnownArabicName } from './name-spans';

const NO_VARIANTS: readonly string[] = [];

/**
 * Every actor mention in the text: known aliases first (they win overlaps), then the candidate
 * rules of ACTOR_RULES in order. Tokens must come from tokenise() over the same text.
 */
export function findActorMentions(text: string, tokens: readonly Token[], known: AliasIndex, knownTypes: ReadonlyMap<string, ActorType>): Mention[] {
  const out: Mention[] = [];
  const taken = new Uint8Array(tokens.length);
  const take = (m: Mention | null): void => {
    if (!m) return;
    for (let k = m.first; k < m.last; k++) if (taken[k]) return;
    for (let k = m.first; k < m.last; k++) taken[k] = 1;
    out.push(m);
  };
  if (known.size > 0) {
    for (let i = 0; i < tokens.length; i++) {
      const hit = known.match(tokens, i);
      if (!hit) continue;
      take(makeMention(text, tokens, i, i + hit.count, knownTypes.get(hit.entry.actorId) ?? hit.entry.type, 'known-alias', '', hit.entry.actorId, hit.variant));
      i += hit.count - 1;
    }
  }
  const scan = makeScan(text, tokens, take);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.word || taken[i]) continue;
    if (t.latin && !t.cap && !lowerLatinTriggers(t)) continue;
    // An Arabic word whose variants open no rule (no title, name, head, state…: most words) fires
    // none of them; the Latin-only rules need a Latin word (see lexicon-mask.ts, M_OPENS_RULE).
    if (t.arabic && !arabicOpensRule(t)) continue;
    const variants = t.arabic ? arabicVariants(t) : NO_VARIANTS;
    for (const rule of ACTOR_RULES) {
      if (rule.script === 'arabic' && !t.arabic) continue;
      const next = rule.apply(scan, i, t, variants);
      if (next !== null) {
        i = next - 1;
        break;
      }
    }
  }
  out.sort((a, b) => a.start - b.start);
  const before = out.length;
  linkShortForms(text, tokens, out, taken, take);
  if (out.length !== before) out.sort((a, b) => a.start - b.start);
  return out;
}

/** Matching key of a mention: normalised, article and possessive dropped. */
export function mentionKey(m: Pick<Mention, 'text' | 'key'>): string {
  if (m.key !== undefined) return m.key;
  // Memoised by text, as normaliseKey is: the same names are keyed in every grouping and every article.
  const key = mentionKeyOfText(m.text);
  m.key = key;
  return key;
}

const mentionKeyOfText = boundedMemo(50000, (text) =>
  normaliseKey(text).replace(/'s$/, '').replace(/^(the|le|la|les) (?=\S)/, '').replace(/^لل(?=\S{2})/, 'ال'),
);

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTOR_RULES, makeScan } from '../../../shared/analysis/actor-rules';
import { AR_AMBIGUOUS_GIVEN, AR_DEMONYMS, AR_FAMOUS_SURNAMES, AR_GIVEN_NAME_KEYS } from '../../../shared/analysis/lexicon-names';
import { AR_CLUBS_IN_SPORT, AR_FIXED_ORGS, AR_ORG_HEADS, AR_ORG_SINGLE, AR_PERSON_TITLES, AR_TEAM_HEADS } from '../../../shared/analysis/lexicon-ar';
import { AR_GROUP_NOUNS, AR_MUNICIPAL_HEADS, AR_PLACE_HEADS, AR_SHORT_FORM_HEADS, GROUP_QUANTIFIERS } from '../../../shared/analysis/lexicon';
import { STATE_MAX_TOKENS, STATE_NAMES } from '../../../shared/analysis/lexicon-places';
import { arabicOpensRule, lexiconMask, M_KNOWN, M_SHORT_HEAD, M_TITLE } from '../../../shared/analysis/lexicon-mask';
import { arabicVariants, findQuotes, tokenise, type Token } from '../../../shared/analysis/tokens';
import { hasArabic } from '../../../shared/analysis/normalise';
import { canonicalText } from '../../../shared/text';
import { evalDevDir, seedArticleText, seedMissing } from '../../support/paths';

/** The one token of an Arabic word, as tokenise() makes it. */
function word(raw: string): Token {
  const { tokens } = tokenise(raw, []);
  expect(tokens).toHaveLength(1);
  return tokens[0] as Token;
}

describe('lexicon mask: which Arabic words can open an actor rule', () => {
  it.each([
    ['وزير', 'a title'],
    ['والرئيس', 'a title behind و and the article'],
    ['محمد', 'a given name'],
    ['وعبد', 'a name link behind و'],
    ['أبو', 'a name link'],
    ['حماس', 'a one-word organisation'],
    ['وزارة', 'an organisation head'],
    ['بلدية', 'a municipal head'],
    ['مدينة', 'a place head'],
    ['بموسكو', 'a state or place name behind ب'],
    ['للأمم', 'a fixed name whose article ل swallowed'],
    ['المحتجون', 'a group noun with the article'],
    ['بعض', 'a quantifier'],
    ['الفرنسيون', "a nationality's sound plural"],
    ['الروسي', 'a nationality'],
  ])('%s (%s) opens a rule', (raw) => {
    expect(arabicOpensRule(word(raw))).toBe(true);
  });

  it.each([['قال'], ['اليوم'], ['في'], ['عن'], ['كبيرة'], ['وأضاف'], ['الاجتماع']])('%s opens none', (raw) => {
    expect(arabicOpensRule(word(raw))).toBe(false);
  });

  it('is kept on the token and matches the sets it stands for', () => {
    const t = word('والوزير');
    expect(lexiconMask(t) & M_TITLE).not.toBe(0);
    expect(t.mask).toBe(lexiconMask(t));
    expect(lexiconMask(word('خليفة')) & M_KNOWN).toBe(arabicVariants(word('خليفة')).some((v) => AR_GIVEN_NAME_KEYS.has(v) && !AR_AMBIGUOUS_GIVEN.has(v)) ? M_KNOWN : 0);
  });

  // Built from the lexicons: every entry a rule opens on is in the table. Tokens are made with the
  // entry as their key, so a lexicon entry missing from the table fails here.
  const asToken = (key: string): Token => ({ start: 0, end: key.length, raw: key, key, word: true, arabic: true, latin: false, cap: false, sent: 0, para: 0, variants: undefined, mask: -1 });
  const arabicOnly = (words: Iterable<string>): string[] => [...words].filter((w) => hasArabic(w) && !w.includes(' '));
  const lexicons: [string, string[]][] = [
    ['person titles', arabicOnly(AR_PERSON_TITLES)],
    ['nationalities', arabicOnly(AR_DEMONYMS)],
    ['fixed organisations (first words)', arabicOnly(AR_FIXED_ORGS.map((n) => n[0] ?? ''))],
    ['fixed organisations with ل fused to the article', arabicOnly(AR_FIXED_ORGS.map((n) => n[0] ?? '').filter((w) => w.startsWith('ال')).map((w) => `لل${w.slice(2)}`))],
    ['place heads', arabicOnly(AR_PLACE_HEADS)],
    ['given names', arabicOnly(AR_GIVEN_NAME_KEYS)],
    ['ambiguous given names', arabicOnly(AR_AMBIGUOUS_GIVEN)],
    ['famous surnames', arabicOnly(AR_FAMOUS_SURNAMES)],
    ['one-word organisations', arabicOnly(AR_ORG_SINGLE)],
    ['clubs in sport', arabicOnly(AR_CLUBS_IN_SPORT)],
    ['organisation heads', arabicOnly(AR_ORG_HEADS)],
    ['team heads', arabicOnly(AR_TEAM_HEADS)],
    // Spellings longer than stateAt reads (STATE_MAX_TOKENS words) are never matched.
    ['state and place names (first words)', arabicOnly([...STATE_NAMES.keys()].map((k) => k.split(' ')).filter((w) => w.length <= STATE_MAX_TOKENS).map((w) => w[0] ?? ''))],
    ['group quantifiers', arabicOnly(GROUP_QUANTIFIERS)],
    ['group nouns, bare and with the article', arabicOnly([...AR_GROUP_NOUNS].flatMap((g) => [g, `ال${g}`, `لل${g}`]))],
    ['municipal heads (first words)', arabicOnly(AR_MUNICIPAL_HEADS.map((h) => h[0] ?? ''))],
  ];
  it.each(lexicons)('every entry of %s opens a rule', (_name, entries) => {
    expect(entries.length).toBeGreaterThan(0);
    const missing = entries.filter((k) => !arabicOpensRule(asToken(k)));
    expect(missing).toEqual([]);
  });

  it('every short-form head carries its bit (the short-form pass tests only it)', () => {
    const heads = arabicOnly(AR_SHORT_FORM_HEADS);
    expect(heads.length).toBeGreaterThan(0);
    expect(heads.filter((k) => !(lexiconMask(asToken(k)) & M_SHORT_HEAD))).toEqual([]);
    expect(lexiconMask(word('والمرصد')) & M_SHORT_HEAD).not.toBe(0);
  });
});

/** Arabic texts to scan: a paragraph of our own, the seed article and the Arabic attribution texts when present. */
function arabicTexts(): string[] {
  const texts = [
    'قال وزير الخارجية الروسي سيرغي لافروف للصحفيين إن الأمم المتحدة وحركة حماس وبلدية مدينة البيرة ومحمد بن سلمان وعدد من المحتجين الفرنسيين في موسكو اليوم.',
  ];
  if (seedMissing === null) texts.push(seedArticleText());
  const dir = path.join(evalDevDir, 'attribution', 'texts');
  if (existsSync(dir)) for (const f of readdirSync(dir).filter((n) => n.startsWith('akec'))) texts.push(readFileSync(path.join(dir, f), 'utf8'));
  return texts.map(canonicalText);
}

describe('the gate skips only Arabic words that no rule fires on', () => {
  it('every rule returns null at every Arabic word the gate skips', () => {
    let skipped = 0;
    let opened = 0;
    for (const text of arabicTexts()) {
      const { tokens } = tokenise(text, findQuotes(text));
      const taken: unknown[] = [];
      const scan = makeScan(text, tokens, (m) => {
        if (m) taken.push(m);
      });
      tokens.forEach((t, i) => {
        if (!t.word || !t.arabic) return;
        if (arabicOpensRule(t)) {
          opened++;
          return;
        }
        skipped++;
        for (const rule of ACTOR_RULES) expect([rule.id, t.raw, rule.apply(scan, i, t, arabicVariants(t))]).toEqual([rule.id, t.raw, null]);
      });
      expect(taken).toEqual([]);
    }
    // Most words open nothing; the rest do reach the rules.
    expect(skipped).toBeGreaterThan(opened);
    expect(opened).toBeGreaterThan(0);
  });
});

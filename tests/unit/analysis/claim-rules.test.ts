import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analysis/analyze';
import type { Lang } from '../../../shared/domain';

/**
 * Table-driven cases for the claim rules: each row is an article, words the claim must cover, and the
 * speaker it must name (the speaker text, or the name of the actor it links). Every rule has at least
 * two independent examples, written in the style of the wire copy the rule describes.
 */
interface Case {
  lang: Lang;
  text: string;
  /** Words that must lie inside one suggested claim. */
  claim: string;
  /** Expected speaker (text or linked actor's name); omitted when only the claim is checked. */
  speaker?: string;
  /** Words that must NOT lie inside that claim (its own speaker and cue, the next speaker's words). */
  without?: string;
}

function run(c: Case) {
  const r = analyzeText(c.text, { lang: c.lang });
  const claim = r.claims.find((x) => x.text.includes(c.claim));
  const actor = claim?.speaker?.actorId ? r.actors.find((a) => a.id === claim.speaker?.actorId) : undefined;
  return { claim, names: [claim?.speaker?.text, claim?.speaker?.name, actor?.name].filter(Boolean) };
}

export function checkClaims(cases: Case[]): void {
  it.each(cases)('$lang: «$claim»', (c) => {
    const { claim, names } = run(c);
    expect(claim, `no claim covers «${c.claim}»`).toBeDefined();
    if (c.speaker) expect(names).toContain(c.speaker);
    if (c.without) expect(claim?.text).not.toContain(c.without);
  });
}

/** Cases where no claim may be suggested over the given words. */
export function checkNoClaims(cases: { lang: Lang; text: string; words: string }[]): void {
  it.each(cases)('$lang: no claim over «$words»', (c) => {
    const r = analyzeText(c.text, { lang: c.lang });
    expect(r.claims.filter((x) => x.text.includes(c.words)).map((x) => `${x.text} [${x.rule}]`)).toEqual([]);
  });
}

describe('the name before appositions and relative clauses speaks ("X, title, said")', () => {
  checkClaims([
    { lang: 'en', text: 'At the time, Father James Martin, a Jesuit priest and author of several books, warned the Vatican not to interfere with the work of the sisters.', claim: 'not to interfere', speaker: 'Father James Martin' },
    { lang: 'en', text: 'Sister Sharon Holland, the head of the conference, who was the only sister on the stage without a habit, told reporters that there were still hard feelings.', claim: 'there were still hard feelings', speaker: 'Sister Sharon Holland' },
    { lang: 'en', text: 'Doherty, who represents a largely rural district, says his main frustration is that urban schools still get a larger share of state aid.', claim: 'urban schools still get', speaker: 'Doherty' },
    { lang: 'fr', text: "Éric Alan Caldwell, responsable de la mobilité au comité exécutif, a déclaré que les trottinettes ne reviendront pas en 2020.", claim: 'les trottinettes ne reviendront pas', speaker: 'Éric Alan Caldwell' },
  ]);
});

describe('a parenthesis after the name is read past ("Doherty (R-Warren) said")', () => {
  checkClaims([
    { lang: 'en', text: 'State Sen. Michael Doherty (R-Warren) said the governor had sold himself to the people of New Jersey as a reformer.', claim: 'had sold himself', speaker: 'Michael Doherty' },
    { lang: 'en', text: 'State Sen. Dawn Addiego (R-Burlington), for example, said the governor has dedicated his efforts to making the state affordable.', claim: 'has dedicated his efforts', speaker: 'Dawn Addiego' },
  ]);
});

describe('a quotation is the whole content only when it opens the sentence', () => {
  checkClaims([
    { lang: 'en', text: 'The standard of the new examinations was initially "high", Lord Baker added on Tuesday.', claim: 'The standard of the new examinations', speaker: 'Lord Baker' },
    { lang: 'en', text: 'The reform of the pension system is "unavoidable" this year, the finance minister said in Brussels.', claim: 'The reform of the pension system', speaker: 'the finance minister' },
  ]);
});

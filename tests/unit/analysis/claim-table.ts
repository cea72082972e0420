import { expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analysis/analyze';
import type { Lang } from '../../../shared/domain';

/**
 * Table-driven cases for the claim rules: each row is an article, words the claim must cover, and the
 * speaker it must name (the speaker text, or the name of the actor it links). Every rule has at least
 * two independent examples, written in the style of the wire copy the rule describes.
 */
export interface Case {
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


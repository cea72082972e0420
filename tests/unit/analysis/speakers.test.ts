import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analysis/analyze';
import type { Lang } from '../../../shared/domain';
import { checkClaims } from './claim-table';

/** One case: the article, a piece of the claim, and who must be found speaking it (by actor name). */
interface Case {
  lang: Lang;
  text: string;
  claim: string;
  speaker: string;
  /** The resolution rule expected to have chosen it (prefix). */
  rule?: string;
}

function speakerOf(c: Case): { name: string | null; rule: string; from: string | null } | null {
  const r = analyzeText(c.text, { lang: c.lang });
  const claim = r.claims.find((x) => x.text.includes(c.claim));
  if (!claim?.speaker) return null;
  const actor = r.actors.find((a) => a.id === claim.speaker?.actorId);
  return { name: actor?.name ?? claim.speaker.name, rule: claim.speaker.rule, from: claim.speaker.from?.text ?? null };
}

const check = (cases: Case[]): void => {
  it.each(cases)('$lang: $claim → $speaker', (c) => {
    const got = speakerOf(c);
    expect(got?.name).toBe(c.speaker);
    if (c.rule) expect(got?.rule.startsWith(c.rule)).toBe(true);
  });
};

describe('pronouns go to a person of their gender, not to the nearest name', () => {
  check([
    {
      lang: 'en',
      text: 'The spokeswoman, Hua Chunying, spoke in Beijing about China and the talks. "We will not accept this interference at all," she said.',
      claim: 'We will not accept',
      speaker: 'Hua Chunying',
      rule: 'pronoun-subject',
    },
    {
      lang: 'en',
      text: 'Mrs Thatcher wrote to Sir Keith Joseph in March. She said the new examination would lower standards in schools.',
      claim: 'the new examination would lower',
      speaker: 'Thatcher',
      rule: 'pronoun',
    },
    {
      lang: 'en',
      text: 'Sister Simone Campbell met Cardinal Gerhard Muller at the Vatican on Tuesday. "Nobody was asked to give up their work," she told reporters.',
      claim: 'Nobody was asked',
      speaker: 'Sister Simone Campbell',
      rule: 'pronoun',
    },
    {
      lang: 'fr',
      text: "Le ministre Jean Dupont a reçu les syndicats mardi. « Nous ne céderons rien sur les retraites », a-t-il estimé.",
      claim: 'Nous ne céderons rien',
      speaker: 'Jean Dupont',
      rule: 'pronoun',
    },
    {
      lang: 'fr',
      text: "La directrice Marie Lambert a visité le chantier avec le FMI. « La situation reste très grave pour les ouvriers », a-t-elle ajouté.",
      claim: 'La situation reste très grave',
      speaker: 'Marie Lambert',
      rule: 'pronoun',
    },
  ]);
});

describe('a speaker still talking keeps the floor over a name the content mentions', () => {
  check([
    {
      lang: 'en',
      text: 'Senator Michael Doherty said Governor Chris Christie had failed the state of New Jersey. "He has been distracted by his national ambitions for a long time," he said.',
      claim: 'He has been distracted',
      speaker: 'Michael Doherty',
      rule: 'pronoun-last-speaker',
    },
    {
      lang: 'en',
      // "Lord" is a peer's style, a title: the actor is Baker, with "Lord Baker" among its aliases.
      text: 'Lord Baker said Margaret Thatcher had opposed the reform from the start. "It was a difficult time for the whole cabinet," he added.',
      claim: 'It was a difficult time',
      speaker: 'Baker',
      rule: 'pronoun-last-speaker',
    },
  ]);
});

describe('Arabic implied subjects follow the verb’s gender and the speaker still talking', () => {
  check([
    {
      lang: 'ar',
      text: 'وقال الوزير خالد العطية إن بلاده ترفض التدخل في شؤون اليمن. وأضاف أن الحوار هو الطريق الوحيد لحل الأزمة الحالية.',
      claim: 'الحوار هو الطريق',
      speaker: 'خالد العطية',
      rule: 'implicit',
    },
    {
      lang: 'ar',
      text: 'أكدت الوزيرة فاطمة الزهراء أن الحكومة ستدعم المزارعين. وقال المتحدث باسم الجيش محمد الحسن إن القوات انسحبت. وأضافت أن الدعم سيبدأ الشهر المقبل في كل المحافظات.',
      claim: 'الدعم سيبدأ',
      speaker: 'فاطمة الزهراء',
      rule: 'implicit',
    },
  ]);
});

describe('a description goes to the person named with that title', () => {
  check([
    {
      lang: 'en',
      text: 'Finance Minister Jim Chalmers met the unions on Monday. The minister said the budget would return to surplus next year.',
      claim: 'the budget would return',
      speaker: 'Finance Minister Jim Chalmers',
      rule: 'description-title',
    },
    {
      lang: 'fr',
      text: "Le chancelier Olaf Scholz était à Paris mardi. Le chancelier a déclaré que l'Europe devait rester unie face à la crise.",
      claim: "l'Europe devait rester unie",
      speaker: 'Olaf Scholz',
      rule: 'description-title',
    },
  ]);
});

describe('English: a listener of several words, and a bare plural group after an inverted cue', () => {
  checkClaims([
    { lang: 'en', text: 'Rescue chief Ahmed Ali told local television the search would continue through the night.', claim: 'the search would continue', speaker: 'Ahmed Ali', without: 'television' },
    { lang: 'en', text: 'The governor told state lawmakers they would have to find the money elsewhere.', claim: 'they would have to find the money', without: 'lawmakers' },
    { lang: 'en', text: 'Oceans are warming faster than expected, say oceanographers at the University of Hawaii.', claim: 'Oceans are warming faster', speaker: 'oceanographers' },
    { lang: 'en', text: 'The merger is likely to collapse before the summer, said analysts in London.', claim: 'The merger is likely to collapse', speaker: 'analysts' },
  ]);
});

describe('A given name marks the gender a pronoun must agree with', () => {
  checkClaims([
    { lang: 'en', text: 'Linda Moore opened the hearing. Senator Paul Grant said the budget was too small. She said the agency would ask for more money next year.', claim: 'the agency would ask', speaker: 'Linda Moore' },
    { lang: 'en', text: 'Margaret Ellis chaired the board meeting. Mark Addison, her deputy, said the accounts were late. She said the audit would start in June.', claim: 'the audit would start', speaker: 'Margaret Ellis' },
    { lang: 'fr', text: "Marie Dubois a ouvert la séance. Le ministre Jean Martin a dit que le budget était insuffisant. Elle a affirmé que l'agence demanderait davantage.", claim: "l'agence demanderait", speaker: 'Marie Dubois' },
  ]);
});

describe('A pronoun inside reported words may refer to a person of the same report', () => {
  // The outer report (the papers) covers the inner one too: the inner claim is the one with the pronoun.
  it.each([
    { text: 'Helen Price tried to delay the vote because she feared the reform would fail, newly released papers show.', claim: 'the reform would fail', speaker: 'Helen Price' },
    { text: 'Thomas Reid pushed for the merger because he believed the bank would collapse, court documents reveal.', claim: 'the bank would collapse', speaker: 'Thomas Reid' },
  ])('«$claim»', (c) => {
    const r = analyzeText(c.text, { lang: 'en' });
    const inner = r.claims.find((x) => x.text.includes(c.claim) && x.speaker?.via === 'pronoun');
    expect(inner?.speaker?.name).toBe(c.speaker);
  });
});

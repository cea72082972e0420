import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analysis/analyze';
import { checkClaims } from './claim-table';

const en = (text: string) => analyzeText(text, { lang: 'en' });

describe('English claims and speakers', () => {
  it('reads "X said (that) ..." with the speaker before the cue', () => {
    const r = en('Senator Elizabeth Warren said that the bank had misled its customers.');
    const c = r.claims[0]!;
    expect(c.cue?.text).toBe('said');
    expect(c.speaker?.text).toBe('Senator Elizabeth Warren');
    expect(c.text).toBe('the bank had misled its customers');
    expect(r.actors.find((a) => a.id === c.speaker?.actorId)?.name).toBe('Elizabeth Warren');
  });

  it('reads a quotation followed by "said X"', () => {
    const r = en('“We will not back down,” said Jon Sopel.');
    const c = r.claims[0]!;
    expect(c.text).toBe('“We will not back down,”');
    expect(c.speaker?.text).toBe('Jon Sopel');
  });

  it('reads "according to X" as the speaker of the rest of the sentence', () => {
    const r = en('According to the Defence Ministry, three soldiers were wounded.');
    const c = r.claims[0]!;
    expect(c.speaker?.text).toBe('the Defence Ministry');
    expect(c.text).toBe('three soldiers were wounded');
    expect(r.actors.find((a) => a.id === c.speaker?.actorId)?.type).toBe('organisation');
  });

  it('takes the body named after "according to" as the claim\'s source too', () => {
    const r = en('According to the ministry, three soldiers were wounded. Officials spoke to state media.');
    expect(r.claims[0]?.source?.text).toBe('the ministry');
    expect(r.sources.map((s) => s.name)).toEqual(['ministry', 'state media']);
  });

  it('reads a transcript turn "PENCE: …" as a claim by the labelled speaker', () => {
    const r = en('Interview transcript\nPENCE: Well, look, this is serious. We will win Iowa.');
    expect(r.claims[0]?.speaker?.text).toBe('PENCE');
    expect(r.claims[0]?.text).toBe('Well, look, this is serious. We will win Iowa');
  });

  it('lets an organisation speak: "the ministry said"', () => {
    const r = en('The troops withdrew overnight, the ministry said.');
    const c = r.claims[0]!;
    expect(c.speaker?.text).toBe('the ministry');
    expect(c.text).toBe('The troops withdrew overnight');
    expect(r.actors.find((a) => a.id === c.speaker?.actorId)?.type).toBe('organisation');
  });

  it('resolves "he said" to the last person named', () => {
    const r = en('President Barack Obama met reporters on Monday. The talks went well, he said.');
    const c = r.claims[0]!;
    expect(c.speaker?.text).toBe('he');
    expect(c.speaker?.via).toBe('pronoun');
    expect(c.speaker?.name).toBe('Barack Obama');
  });

  it('flags "reportedly" as hedged with no speaker', () => {
    const r = en('Russia is reportedly moving military assets to eastern Libya.');
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]!.hedged).toBe(true);
    expect(r.claims[0]!.speaker).toBeNull();
  });

  it('finds the outlet in "told Reuters" and the channel in "in a statement"', () => {
    const r = en('The minister told Reuters that talks would resume. The army said in a statement that two drones were shot down.');
    expect(r.sources.map((s) => s.name)).toEqual(expect.arrayContaining(['Reuters', 'statement']));
    expect(r.claims[0]!.source?.text).toBe('Reuters');
    expect(r.claims[1]!.channel?.text).toBe('in a statement');
  });
});

describe('French claims', () => {
  it('reads "X a déclaré que ..."', () => {
    const r = analyzeText('Le ministre Jean Dupont a déclaré que la situation restait tendue.', { lang: 'fr' });
    const c = r.claims[0]!;
    expect(c.cue?.text).toBe('déclaré');
    expect(c.speaker?.name).toBe('Jean Dupont');
    expect(c.text).toBe('la situation restait tendue');
  });

  it('reads "selon X, ..."', () => {
    const r = analyzeText('Selon le ministère des Armées, deux drones ont été abattus.', { lang: 'fr' });
    const c = r.claims[0]!;
    expect(c.speaker?.text).toBe('le ministère des Armées');
    expect(c.text).toBe('deux drones ont été abattus');
  });

  it('reads a « » quotation with its speaker', () => {
    const r = analyzeText('« Nous ne reculerons pas devant la menace », a affirmé Emmanuel Macron.', { lang: 'fr' });
    const c = r.claims[0]!;
    expect(c.text).toBe('« Nous ne reculerons pas devant la menace »');
    expect(c.speaker?.text).toBe('Emmanuel Macron');
  });

  it('flags "selon certaines sources" as hedged', () => {
    const r = analyzeText('Selon certaines sources, le président serait malade.', { lang: 'fr' });
    expect(r.claims[0]!.hedged).toBe(true);
  });
});

describe('English: an adverb between the subject and the cue is no part of the speaker', () => {
  checkClaims([
    { lang: 'en', text: 'Anne Hall chaired the panel for two days. She eventually concluded that the rules would not change.', claim: 'the rules would not change', speaker: 'Anne Hall' },
    { lang: 'en', text: 'Oliver Grant spoke to the council on Friday. He subsequently argued that the bridge was unsafe.', claim: 'the bridge was unsafe', speaker: 'Oliver Grant' },
    { lang: 'en', text: 'The mayor, Ruth Bell, met residents at the depot. Bell bluntly stated that the service would be cut.', claim: 'the service would be cut', speaker: 'Ruth Bell' },
  ]);
});

describe('English: an agentless passive report is a claim with no speaker', () => {
  it.each([
    { text: 'The governor of Ohio is considered a leading candidate for the nomination in 2028.', claim: 'a leading candidate for the nomination' },
    { text: 'The rebel commander was reported to have fled across the border overnight.', claim: 'to have fled across the border' },
  ])('«$claim»', (c) => {
    const claim = en(c.text).claims.find((x) => x.text.includes(c.claim));
    expect(claim?.speaker).toBeNull();
    expect(claim?.hedged).toBe(true);
  });
});

describe('A participle after the main clause reports for the sentence’s opening subject', () => {
  checkClaims([
    { lang: 'en', text: 'But in March, Helen Ward, a former aide to Senator John Kerry, rejected the plan, arguing that the reef would not recover.', claim: 'the reef would not recover', speaker: 'Helen Ward' },
    { lang: 'en', text: 'Tom Baker, who succeeded Mervyn King as governor, raised the rate again, saying that prices were still rising too fast.', claim: 'prices were still rising', speaker: 'Tom Baker' },
    { lang: 'fr', text: "Jeanne Roux, ancienne conseillère de Michel Barnier, a quitté la réunion, affirmant que le budget était trop faible.", claim: 'le budget était trop faible', speaker: 'Jeanne Roux' },
  ]);
});

describe('A relative clause after the speaker’s head noun is no part of the speaker', () => {
  checkClaims([
    { lang: 'en', text: 'Several nurses who treated the victims told reporters that the hospital ran out of blood.', claim: 'the hospital ran out of blood', speaker: 'Several nurses' },
    { lang: 'en', text: 'The lawyer who represents the family said the police had ignored the evidence.', claim: 'the police had ignored', speaker: 'The lawyer' },
    { lang: 'en', text: 'Two engineers whose firm built the bridge warned that the cables were corroded.', claim: 'the cables were corroded', speaker: 'Two engineers' },
  ]);
});

describe('An acronym in brackets after a long name is the speaker', () => {
  checkClaims([
    { lang: 'en', text: 'The Syrian Observatory for Human Rights and Freedoms of the Press (SOHRF) said that twelve civilians were killed.', claim: 'twelve civilians were killed', speaker: 'SOHRF' },
    { lang: 'fr', text: "La Fédération nationale des syndicats d'exploitants et des eaux (FNSEE) estime que la sécheresse va durer.", claim: 'la sécheresse va durer', speaker: 'FNSEE' },
  ]);
});

describe('A description that repeats the apposition written beside a name is that person', () => {
  checkClaims([
    { lang: 'en', text: 'Jane Roe, the chief executive of Acme, met the unions on Monday. The chief executive said the factory would stay open.', claim: 'the factory would stay open', speaker: 'Jane Roe' },
    { lang: 'en', text: 'Ana Ruiz, the director of the national museum, opened the exhibition. The director of the national museum said the paintings would stay until May.', claim: 'the paintings would stay', speaker: 'Ana Ruiz' },
  ]);
});

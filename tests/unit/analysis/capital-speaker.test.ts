import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analysis/analyze';
import type { Lang } from '../../../shared/domain';

// A capital used as a speaker stands for its state: the claim's speaker links the state's actor, with
// rule "capital-for-state" and the capital's mention as "from"; the capital stays a place actor.
const cases: { lang: Lang; text: string; claim: string; capital: string; state: string }[] = [
  { lang: 'ar', text: 'أعلنت إيران أنها ستواصل برنامجها النووي. وقالت طهران إن العقوبات لن تغير موقفها من المفاوضات.', claim: 'العقوبات لن تغير موقفها', capital: 'طهران', state: 'إيران' },
  { lang: 'ar', text: 'رفضت روسيا القرار الأممي الجديد. وأكدت موسكو أن العقوبات الغربية لن تؤثر على اقتصادها.', claim: 'العقوبات الغربية لن تؤثر', capital: 'موسكو', state: 'روسيا' },
  { lang: 'en', text: 'The United States imposed new sanctions on Monday. Washington said the measures would stay in place until the talks resume.', claim: 'the measures would stay in place', capital: 'Washington', state: 'United States' },
  { lang: 'fr', text: 'La France a rappelé son ambassadeur mardi. Paris a estimé que la décision de la junte était inacceptable.', claim: 'la décision de la junte était inacceptable', capital: 'Paris', state: 'France' },
];

describe('a capital speaking links the claim to its state', () => {
  it.each(cases)('$lang: $capital → $state', (c) => {
    const r = analyzeText(c.text, { lang: c.lang });
    const claim = r.claims.find((x) => x.text.includes(c.claim));
    expect(claim, `no claim covers «${c.claim}»`).toBeDefined();
    const actor = r.actors.find((a) => a.id === claim?.speaker?.actorId);
    expect(actor?.name).toBe(c.state);
    expect(actor?.type).toBe('state');
    expect(claim?.speaker?.rule).toBe('capital-for-state');
    expect(claim?.speaker?.from?.text).toBe(c.capital);
    expect(r.actors.find((a) => a.name === c.capital)?.type).toBe('place');
  });

  it('keeps the capital when the article never names its state', () => {
    const r = analyzeText('وقالت طهران إن العقوبات لن تغير موقفها من المفاوضات النووية.', { lang: 'ar' });
    const claim = r.claims.find((x) => x.text.includes('العقوبات'));
    expect(claim?.speaker?.name).toBe('طهران');
    expect(claim?.speaker?.rule).not.toBe('capital-for-state');
  });
});

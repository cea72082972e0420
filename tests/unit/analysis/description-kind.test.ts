import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analysis/analyze';
import type { Lang } from '../../../shared/domain';

// A body described by its kind ("the airline", "the company", "الشركة", "la compagnie") speaks for
// the latest organisation of that kind named before it; no actor is made of the description itself.
const cases: { lang: Lang; text: string; claim: string; body: string }[] = [
  { lang: 'en', text: 'Apple Inc. reported record sales in China. The company said demand for its phones remained strong.', claim: 'demand for its phones', body: 'Apple Inc' },
  { lang: 'en', text: 'Regulators fined Barclays Bank over its trading systems, and Reuters reported the news. The bank said it would appeal the decision.', claim: 'it would appeal the decision', body: 'Barclays Bank' },
  { lang: 'en', text: 'Qantas Airways grounded three jets after the incident. The airline said the engines would be inspected overnight.', claim: 'the engines would be inspected', body: 'Qantas Airways' },
  { lang: 'fr', text: 'Air France a annulé la moitié de ses vols lundi. La compagnie a précisé que les vols long-courriers seraient maintenus.', claim: 'les vols long-courriers seraient maintenus', body: 'Air France' },
  { lang: 'ar', text: 'أعلنت شركة أرامكو السعودية عن أرباحها الفصلية. وقالت الشركة إن الطلب على النفط سيرتفع في العام المقبل.', claim: 'الطلب على النفط سيرتفع', body: 'شركة أرامكو' },
  { lang: 'ar', text: 'أعلنت شركة طيران الإمارات عن رحلات جديدة. وقالت الناقلة إن الطلب على السفر ارتفع بشكل كبير.', claim: 'الطلب على السفر ارتفع', body: 'شركة طيران' },
];

describe('a description by kind speaks for the body of that kind named before', () => {
  it.each(cases)('$lang: «$claim» → $body', (c) => {
    const r = analyzeText(c.text, { lang: c.lang });
    const claim = r.claims.find((x) => x.text.includes(c.claim));
    expect(claim, `no claim covers «${c.claim}»`).toBeDefined();
    expect(claim?.speaker?.rule).toBe('description-kind');
    expect(r.actors.find((a) => a.id === claim?.speaker?.actorId)?.name).toBe(c.body);
    expect(r.actors.map((a) => a.name.toLowerCase())).not.toContain('company');
  });

  it('leaves a kind with no body of it named before unresolved', () => {
    const r = analyzeText('Heavy rain closed the main road on Friday. The airline said flights would resume on Sunday.', { lang: 'en' });
    const claim = r.claims.find((x) => x.text.includes('flights would resume'));
    expect(claim?.speaker?.rule).not.toBe('description-kind');
  });
});

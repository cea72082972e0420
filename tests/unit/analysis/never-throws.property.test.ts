import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analysis/analyze';
import type { Lang } from '../../../shared/domain';

/**
 * The engine runs on whatever an analyst pastes: it must never throw, and every offset it returns must
 * index the text it was given. Random texts are built from the words its rules look at (titles,
 * honorifics, cues, name links, given names, organisation heads, quotes, punctuation) so that rules
 * fire at the edges: a title as the last word, a link with nothing after it, an empty quotation.
 */
const WORDS = [
  'قال', 'وقال', 'أعلن', 'إن', 'أن', 'من', 'على', 'علي', 'الرئيس', 'السيدة', 'الحاج', 'وزير', 'الخارجية', 'الروسي',
  'السويسرية', 'محمد', 'عبد', 'أبو', 'بن', 'الله', 'آل', 'نهيان', 'هافتار', 'بوتين', 'جامعة', 'بيرزيت', 'وزارة', 'جريدة',
  'فلسطين', 'منظمة', 'الأمم', 'المتحدة', 'والإصلاح', 'بحسب', 'وفقا', 'لـ', 'قيل', 'لكنه', 'said', 'told', 'according', 'to',
  'Reuters', 'the', 'ministry', 'President', 'Haftar', 'Mr.', 'he', 'a', 'déclaré', 'selon', 'le', 'ministre', 'LNA',
  '“', '”', '«', '»', '"', '(', ')', ':', '،', ',', '.', '؟', '\n', '\n\n', '👍🏽', 'ـ', 'َ',
];
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 40 }).map((w) => w.join(' '));
const lang = fc.constantFrom<Lang | undefined>('ar', 'en', 'fr', 'und', undefined);

describe('suggestion engine on arbitrary input', () => {
  it('never throws, and every span it returns is the text at its offsets', () => {
    fc.assert(
      fc.property(text, lang, (t, l) => {
        const r = analyzeText(t, l ? { lang: l } : {});
        for (const c of r.claims) {
          expect(t.slice(c.start, c.end)).toBe(c.text);
          if (c.cue) expect(t.slice(c.cue.start, c.cue.end)).toBe(c.cue.text);
          if (c.speaker && c.speaker.text) expect(t.slice(c.speaker.start, c.speaker.end)).toBe(c.speaker.text);
        }
        for (const a of r.actors) for (const m of a.mentions) expect(t.slice(m.start, m.end)).toBe(m.text);
        for (const s of r.sources) for (const m of s.mentions) expect(t.slice(m.start, m.end)).toBe(m.text);
      }),
      { numRuns: 1500, seed: 20261129 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analysis/analyze';
import type { Lang } from '../../../shared/domain';

/**
 * A nested report names two parties: the speaker, and the listener who was told ("told Reuters",
 * "a déclaré à l'AFP", "قال لوكالة …") or the informant who told the speaker ("said officials had
 * told him"). The speaker speaks the claim; the other party is the claim's source.
 */
interface Case {
  lang: Lang;
  text: string;
  claim: string;
  speaker: string;
  /** The claim's source text; null when the listener names no one ("told reporters"). */
  source: string | null;
  /** The source told the speaker, inside the reported clause ("officials had told him …"). */
  informant?: boolean;
}

function check(cases: Case[]): void {
  it.each(cases)('$lang: «$claim» by $speaker via $source', (c) => {
    const r = analyzeText(c.text, { lang: c.lang });
    const claim = r.claims.find((x) => x.text.includes(c.claim));
    expect(claim, `no claim covers «${c.claim}»`).toBeDefined();
    const actor = r.actors.find((a) => a.id === claim?.speaker?.actorId);
    expect([claim?.speaker?.text, actor?.name]).toContain(c.speaker);
    expect(claim?.source?.text ?? null).toBe(c.source);
    if (c.source) {
      expect(claim?.speaker?.text).not.toContain(c.source);
      // A listener is no part of what was said; an informant opens the reported clause.
      if (!c.informant) expect(claim?.text).not.toContain(c.source);
      // …and a source of the article the analyst can accept and grade.
      expect(r.sources.some((s) => s.id === claim?.source?.sourceId)).toBe(true);
    }
  });
}

describe('English: "X told Y" — speaker X, source Y', () => {
  check([
    { lang: 'en', text: 'The mayor told Reuters that the search for the missing fishermen would resume at dawn.', claim: 'the search for the missing fishermen', speaker: 'The mayor', source: 'Reuters' },
    { lang: 'en', text: 'The new tariffs would hurt farmers in the Midwest first, Senator Ann Hale told The Huffington Post on Thursday.', claim: 'The new tariffs would hurt farmers', speaker: 'Senator Ann Hale', source: 'The Huffington Post' },
    { lang: 'en', text: 'The flood defences held overnight, the regional governor told local television.', claim: 'The flood defences held overnight', speaker: 'the regional governor', source: 'local television' },
    { lang: 'en', text: 'The minister told reporters the talks would continue next week in Geneva.', claim: 'the talks would continue next week', speaker: 'The minister', source: null },
  ]);
});

describe('English: "X said officials had told him" — speaker X, source the informant', () => {
  check([
    { lang: 'en', text: 'Tom Reyes said officials had told him the bridge would stay closed for a month.', claim: 'the bridge would stay closed', speaker: 'Tom Reyes', source: 'officials', informant: true },
    { lang: 'en', text: 'The senator said two aides told her that the vote would be delayed until March.', claim: 'the vote would be delayed', speaker: 'The senator', source: 'two aides', informant: true },
  ]);
});

describe('French: "a déclaré X à l’AFP" — speaker X, source the outlet', () => {
  check([
    { lang: 'fr', text: "Le ministre de l'Intérieur a déclaré à l'AFP que les contrôles seraient renforcés dès lundi.", claim: 'les contrôles seraient renforcés', speaker: "Le ministre de l'Intérieur", source: "l'AFP" },
    { lang: 'fr', text: 'Les contrôles seront renforcés dès lundi à la frontière, a indiqué le préfet à France Info.', claim: 'Les contrôles seront renforcés', speaker: 'le préfet', source: 'France Info' },
    { lang: 'fr', text: 'La maire a confié au Monde que le projet de tramway serait abandonné faute de moyens.', claim: 'le projet de tramway serait abandonné', speaker: 'La maire', source: 'Monde' },
  ]);
});

describe('Arabic: "قال X لـ Y" / "صرح X لوكالة …" — speaker X, source Y', () => {
  check([
    { lang: 'ar', text: 'وقال وزير الخارجية سامح شكري لوكالة أنباء الشرق الأوسط إن المفاوضات ستستأنف الأسبوع المقبل.', claim: 'المفاوضات ستستأنف', speaker: 'وزير الخارجية سامح شكري', source: 'لوكالة أنباء الشرق الأوسط' },
    { lang: 'ar', text: 'وصرح المتحدث باسم الجيش لقناة الجزيرة بأن القوات انسحبت من المدينة.', claim: 'القوات انسحبت من المدينة', speaker: 'المتحدث باسم الجيش', source: 'الجزيرة' },
    { lang: 'ar', text: 'وقال الناطق باسم الحكومة لـ"رويترز" إن الوضع الأمني في المدينة تحسن كثيرا.', claim: 'الوضع الأمني في المدينة', speaker: 'الناطق باسم الحكومة', source: 'رويترز' },
    { lang: 'ar', text: 'وقال الناطق باسم الحكومة للصحفيين إن الوضع الأمني في المدينة تحسن كثيرا.', claim: 'الوضع الأمني في المدينة', speaker: 'الناطق باسم الحكومة', source: null },
  ]);
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Annotation, CaseData } from '../../../shared/domain';
import { groupStories, originsOf, type StoriesResult } from '../../../shared/stories';
import { storiesCase } from '../../fixtures/stories/case';
import { SEED_PATH } from '../../fixtures/briefing/cases';

/** Stories as readable rows: speaker, articles of the claims, origins, contradictions, grade. */
function summary(r: StoriesResult): unknown[] {
  return r.stories.map((s) => ({
    speaker: s.speaker?.actorId ?? null,
    articles: s.claims.map((c) => c.articleId),
    origins: s.origins.map((o) => o.articleIds),
    first: s.first.articleId,
    contradictions: s.contradictions.map((c) => [c.articleId, c.kind]),
    grade: s.credibility.grade,
  }));
}

// The same shape in both languages: Putin's pledge in three independent outlets and a wire copy;
// the LNA command and its spokesman; Crosetto's warning rebutted by the Russian ministry in a more
// reliable outlet; Traoré's projects with two figures; the ministry's denial itself.
const EXPECTED = [
  { speaker: 'putin', articles: ['a1', 'a2', 'a3', 'a4'], origins: [['a1', 'a3'], ['a2'], ['a4']], first: 'a1', contradictions: [], grade: 1 },
  { speaker: 'lna-gc', articles: ['a1', 'a2', 'a3'], origins: [['a1', 'a3'], ['a2']], first: 'a1', contradictions: [], grade: 2 },
  { speaker: 'crosetto', articles: ['a1', 'a3'], origins: [['a1', 'a3']], first: 'a1', contradictions: [['a5', 'rebuttal']], grade: 5 },
  { speaker: 'traore', articles: ['a2', 'a4'], origins: [['a2'], ['a4']], first: 'a2', contradictions: [['a4', 'figure']], grade: 3 },
  { speaker: 'ru-mod', articles: ['a5'], origins: [['a5']], first: 'a5', contradictions: [], grade: 3 },
];

describe('stories across reports of one event', () => {
  for (const lang of ['ar', 'en'] as const) {
    it(`${lang}: groups the reports into the expected stories, origins and contradictions`, () => {
      const data = storiesCase(lang);
      const r = groupStories(data);
      expect(r.originOf).toEqual({ a1: 'a1', a2: 'a2', a3: 'a1', a4: 'a4', a5: 'a5' });
      expect(summary(r)).toEqual(EXPECTED);
      const crosetto = r.stories[2]!;
      expect(crosetto.contradictions[0]!.reason).toMatch(lang === 'ar' ? /وزارة الدفاع الروسية.*“نفت”/ : /Russian Defence Ministry.*“denied”/);
      expect(crosetto.credibility.reason).toMatch(/^Improbable: contradicted by (الشرق|The Eastern Post), more reliable/);
      expect(r.stories[0]!.credibility.reason).toMatch(/^Confirmed: 3 independent origins/);
      expect(r.stories[3]!.contradictions[0]!.reason).toMatch(/15 (مشروعا|projects).* 12$/);
      // The spokesman's claim is in the General Command's story, under the body's name.
      expect(r.stories[1]!.claims.map((c) => c.speakerId)).toEqual(['lna-gc', 'mismari', 'lna-gc']);
      // Offsets are the article's: the quote is the text there.
      for (const s of r.stories) for (const c of s.claims) expect(data.articles.find((a) => a.id === c.articleId)!.text.slice(c.start, c.end)).toBe(c.quote);
    });
  }

  it('never joins the same words said by different speakers', () => {
    const data = storiesCase('en');
    const moved = data.annotations.map((a) => (a.kind === 'claim' && a.articleId === 'a2' && a.claim?.speakerId === 'putin' ? { ...a, claim: { ...a.claim, speakerId: 'traore' } } : a));
    const r = groupStories({ ...data, annotations: moved });
    const putin = r.stories.find((s) => s.speaker?.actorId === 'putin')!;
    expect(putin.claims.map((c) => c.articleId)).toEqual(['a1', 'a3', 'a4']);
    for (const s of r.stories) expect(new Set(s.claims.map((c) => (c.speakerId === 'mismari' ? 'lna-gc' : c.speakerId))).size).toBe(1);
  });

  it('keeps reports far apart in time apart, and joins them when dates are unknown', () => {
    const data = storiesCase('en');
    const late = { ...data, articles: data.articles.map((a) => (a.id === 'a4' ? { ...a, publishedAt: '2025-07-01' } : a)) };
    expect(groupStories(late).stories[0]!.claims.map((c) => c.articleId)).toEqual(['a1', 'a2', 'a3']);
    const undated = { ...data, articles: data.articles.map((a) => ({ ...a, publishedAt: null })) };
    expect(groupStories(undated).stories[0]!.claims.map((c) => c.articleId)).toEqual(['a1', 'a2', 'a3', 'a4']);
  });

  it('groups pending suggestions only when asked', () => {
    const data = storiesCase('ar');
    const pending: CaseData = { ...data, annotations: data.annotations.map((a): Annotation => (a.articleId === 'a4' && a.kind === 'claim' ? { ...a, review: 'pending' } : a)) };
    expect(groupStories(pending).stories[0]!.claims.map((c) => c.articleId)).toEqual(['a1', 'a2', 'a3']);
    const withPending = groupStories(pending, { includePending: true }).stories[0]!;
    expect(withPending.claims.map((c) => [c.articleId, c.review])).toEqual([['a1', 'accepted'], ['a2', 'accepted'], ['a3', 'accepted'], ['a4', 'pending']]);
  });

  it('counts one publisher once, and an ungraded single origin cannot be judged', () => {
    const data = storiesCase('en');
    const oneOutlet = { ...data, articles: data.articles.map((a) => ({ ...a, sourceId: 'herald', publisher: 'Libya Herald' })) };
    const r = groupStories(oneOutlet);
    expect(r.stories[0]!.origins).toEqual([{ label: 'Libya Herald', articleIds: ['a1', 'a2', 'a3', 'a4'] }]);
    const ungraded = { ...oneOutlet, sources: data.sources.map((s) => ({ ...s, reliability: 'F' as const })) };
    expect(groupStories(ungraded).stories[0]!.credibility.grade).toBe(6);
  });
});

describe('near-identical articles are one origin', () => {
  const seed = readFileSync(SEED_PATH, 'utf8');
  it('the seed article under another title, with a credit line, is the same origin; other reports are not', () => {
    const copy = `روسيا تعزز نفوذها في ليبيا\n${seed.split('\n').slice(1).join('\n')}\n(وكالات)`;
    const other = readFileSync(new URL('../../fixtures/stories/ar/2-libya-today.txt', import.meta.url), 'utf8');
    expect(originsOf([seed, copy, other, 'short text'])).toEqual([0, 0, 2, 3]);
  });
  it('an article that shares only a paragraph with another is its own origin', () => {
    const lines = seed.split('\n');
    const partial = [...lines.slice(0, 4), 'فقرة جديدة كتبها محرر آخر عن موضوع مختلف تماما.'].join('\n');
    expect(originsOf([seed, partial])).toEqual([0, 1]);
  });
});

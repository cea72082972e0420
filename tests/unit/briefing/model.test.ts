import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../../shared/briefing/model';
import { highlightPieces } from '../../../shared/briefing/highlights';
import { anchorTarget } from '../../../shared/anchoring';
import { fixtureCase } from '../../fixtures/briefing/cases';

describe('buildBriefing', () => {
  it('takes every accepted claim and nothing pending or rejected', () => {
    const b = buildBriefing(fixtureCase());
    const ids = b.groups.flatMap((g) => g.claims.map((c) => c.id)).sort();
    expect(ids).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    expect(b.claimCount).toBe(5);
  });

  it('takes only the picked claims when the draft says so, or the ids passed in', () => {
    const data = fixtureCase();
    data.briefing.selection = 'picked';
    data.briefing.pickedClaimIds = ['c3', 'c-pending', 'c-rejected'];
    expect(buildBriefing(data).groups.flatMap((g) => g.claims.map((c) => c.id))).toEqual(['c3', 'c-pending']);
    expect(buildBriefing(fixtureCase(), { claimIds: ['c4'] }).groups.flatMap((g) => g.claims.map((c) => c.id))).toEqual(['c4']);
  });

  it('groups by actor with the unattributed claims last, numbering claims in reading order', () => {
    const b = buildBriefing(fixtureCase());
    expect(b.groups.map((g) => [g.label, g.claims.length])).toEqual([
      ['Khalifa Haftar', 2],
      ['Guido Crosetto', 1],
      ['فلاديمير بوتين', 1],
      ['Unattributed', 1],
    ]);
    expect(b.groups.flatMap((g) => g.claims.map((c) => c.n))).toEqual([1, 2, 3, 4, 5]);
  });

  it('groups by source (claim source before the article publisher) and by article', () => {
    const data = fixtureCase();
    data.briefing.groupBy = 'source';
    expect(buildBriefing(data).groups.map((g) => [g.label, g.claims.map((c) => c.id)])).toEqual([
      ['Agence & Co', ['c4', 'c5']],
      ['ليبيا ريفيو', ['c2', 'c3']],
      ['LNA General Command', ['c1']],
    ]);
    data.briefing.groupBy = 'article';
    expect(buildBriefing(data).groups.map((g) => g.claims.map((c) => c.id))).toEqual([
      ['c1', 'c2', 'c3'],
      ['c4', 'c5'],
    ]);
  });

  it('cites each article once, listing its cited 1-based paragraphs, and grades with source reliability + credibility', () => {
    const b = buildBriefing(fixtureCase());
    const c1 = b.groups[0]!.claims[0]!;
    expect(c1).toMatchObject({ id: 'c1', grade: 'D3', dir: 'rtl', lang: 'ar', speaker: 'Khalifa Haftar', subjects: ['Russia'], channel: 'its Facebook page' });
    expect(c1.paragraph).toBe(2);
    expect(b.citations[c1.citation - 1]).toMatchObject({ articleId: 'art-ar', paragraphs: [2, 3, 4], orphaned: false, publisher: 'ليبيا ريفيو', publishedAt: '2025-05-10' });
    expect(b.citations.map((c) => [c.n, c.articleId, c.paragraphs])).toEqual([
      [1, 'art-ar', [2, 3, 4]],
      [2, 'art-en', [2, 3]],
    ]);
    const c5 = b.groups[3]!.claims[0]!;
    expect(c5).toMatchObject({ grade: 'B4', hedged: true, dir: 'ltr', speaker: null });
  });

  it('shares one citation between claims from the same paragraph, listing it once', () => {
    const data = fixtureCase();
    const en = data.articles[1]!;
    const exact = 'Italian Defence Minister';
    const start = en.text.indexOf(exact);
    data.annotations.push({
      ...data.annotations.find((a) => a.id === 'c4')!,
      id: 'c6',
      target: {
        position: { type: 'TextPositionSelector', start, end: start + exact.length },
        quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      },
    });
    const claims = buildBriefing(data).groups.flatMap((g) => g.claims);
    expect(claims.find((c) => c.id === 'c6')!.citation).toBe(claims.find((c) => c.id === 'c4')!.citation);
    expect(buildBriefing(data).citations.find((c) => c.articleId === 'art-en')!.paragraphs).toEqual([2, 3]);
  });

  it('re-finds a quote whose offsets went stale, and keeps a vanished one as an orphan', () => {
    const data = fixtureCase();
    const c3 = data.annotations.find((a) => a.id === 'c3')!;
    c3.target.position = { type: 'TextPositionSelector', start: 0, end: 5 };
    let claim = buildBriefing(data).groups.flatMap((g) => g.claims).find((c) => c.id === 'c3')!;
    expect(claim).toMatchObject({ quote: 'ستستمر في مساعدة', anchored: true });
    c3.target.quote.exact = 'نص غير موجود';
    const b = buildBriefing(data);
    claim = b.groups.flatMap((g) => g.claims).find((c) => c.id === 'c3')!;
    expect(claim).toMatchObject({ quote: 'نص غير موجود', anchored: false });
    expect(claim.paragraph).toBeNull();
    expect(b.citations[claim.citation - 1]).toMatchObject({ paragraphs: [2, 3], orphaned: true });
  });

  it('finds a quote where the reading view does: a lightly edited one is cited as the article has it now', () => {
    const data = fixtureCase();
    const c3 = data.annotations.find((a) => a.id === 'c3')!;
    const article = data.articles.find((a) => a.id === c3.articleId)!;
    const at = article.text.indexOf('ستستمر في مساعدة');
    expect(at).toBeGreaterThan(-1);
    // The article was re-imported with a final alif maqsura for the ya: the quote no longer matches exactly.
    article.text = article.text.slice(0, at) + 'ستستمر فى مساعدة' + article.text.slice(at + 'ستستمر في مساعدة'.length);
    const where = anchorTarget(article.text, c3.target);
    expect(where.status).toBe('fuzzy');
    const b = buildBriefing(data);
    const claim = b.groups.flatMap((g) => g.claims).find((c) => c.id === 'c3')!;
    expect(claim).toMatchObject({ quote: article.text.slice(where.start, where.end), anchored: true });
    expect(claim.quote).toBe('ستستمر فى مساعدة');
    expect(b.citations[claim.citation - 1]!.orphaned).toBe(false);
  });

  it('counts claims per actor (as speaker and as subject) and per source', () => {
    const b = buildBriefing(fixtureCase());
    expect(b.actors.find((a) => a.name === 'Russia')).toMatchObject({ claims: 0, subjectOf: 3 });
    expect(b.actors.find((a) => a.name === 'Khalifa Haftar')).toMatchObject({ claims: 2, role: 'Commander, LNA' });
    expect(b.sources.map((s) => [s.name, s.reliability, s.claims])).toEqual([
      ['Agence & Co', 'B', 2],
      ['ليبيا ريفيو', 'C', 2],
      ['LNA General Command', 'D', 1],
    ]);
  });

  it('puts every cited article in the appendix with claim, actor, source and note highlights on its paragraphs', () => {
    const b = buildBriefing(fixtureCase());
    expect(b.appendix.map((a) => a.articleId)).toEqual(['art-ar', 'art-en']);
    const p2 = b.appendix[0]!.paragraphs[1]!;
    expect(p2.n).toBe(2);
    expect(p2.spans.map((s) => [p2.text.slice(s.start, s.end), s.kind])).toEqual([
      ['LNA', 'source'],
      ['أن Haftar و Belousov ناقشوا “أحدث التطورات الإقليمية”', 'claim'],
    ]);
    expect(b.appendix[1]!.paragraphs[0]!.spans.map((s) => s.kind)).toEqual(['note']);
  });

  it('still describes a case with no claims: no groups, no appendix, every article listed', () => {
    const data = fixtureCase();
    data.annotations = [];
    const b = buildBriefing(data);
    expect(b.groups).toEqual([]);
    expect(b.appendix).toEqual([]);
    expect(b.articles.map((a) => a.claims)).toEqual([0, 0]);
  });

  it('is plain data that survives JSON (the preview gets it over IPC)', () => {
    const b = buildBriefing(fixtureCase());
    expect(JSON.parse(JSON.stringify(b))).toEqual(b);
  });
});

describe('highlightPieces', () => {
  it('cuts overlapping spans into pieces that list every covering kind', () => {
    const pieces = highlightPieces('abcdef', [
      { start: 1, end: 4, kind: 'claim', claimN: 1 },
      { start: 3, end: 5, kind: 'actor', claimN: null },
    ]);
    expect(pieces.map((p) => [p.text, p.kinds.join('+')])).toEqual([
      ['a', ''],
      ['bc', 'claim'],
      ['d', 'claim+actor'],
      ['e', 'actor'],
      ['f', ''],
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe('abcdef');
  });
});

import { describe, expect, it } from 'vitest';
import type { Actor, Annotation, Article, ClaimDetails, Source } from '../../../shared/domain';
import { claimCounts, claimRows, tableRows } from '../../../renderer/src/claims/rows';

const NOW = '2026-11-29T00:00:00.000Z';

function article(id: string, title: string): Article {
  return {
    id,
    title,
    text: 'x',
    lang: 'ar',
    dir: 'rtl',
    url: null,
    publisher: null,
    byline: null,
    publishedAt: null,
    origin: { fileName: null, format: 'paste', encoding: null },
    contentHash: id,
    paragraphStarts: [0],
    sourceId: null,
    addedAt: NOW,
  };
}

const actor = (id: string, name: string): Actor => ({ id, name, type: 'person', aliases: [], role: '' });
const source = (id: string, name: string, reliability: Source['reliability']): Source => ({
  id,
  name,
  kind: 'outlet',
  reliability,
  aliases: [],
});

function annotation(id: string, kind: Annotation['kind'], exact: string, claim: Partial<ClaimDetails> | null): Annotation {
  return {
    id,
    articleId: 'art1',
    kind,
    target: {
      position: { type: 'TextPositionSelector', start: 0, end: exact.length },
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    },
    origin: { kind: 'manual' },
    review: 'accepted',
    confidence: 1,
    claim: claim && {
      speakerId: null,
      subjectIds: [],
      sourceId: null,
      channel: '',
      claimType: 'statement',
      hedged: false,
      credibility: 6,
      comment: '',
      tags: [],
      ...claim,
    },
    actorId: null,
    sourceId: null,
    note: '',
    createdAt: NOW,
    updatedAt: NOW,
  };
}

const data = {
  articles: [article('art1', 'موسكو وحفتر')],
  actors: [actor('a1', 'خليفة حفتر'), actor('a2', 'Burkina Faso'), actor('a3', 'روسيا')],
  sources: [source('s1', 'Reuters', 'B')],
  annotations: [
    annotation('c1', 'claim', 'قال حفتر إن موسكو ستدعم', {
      speakerId: 'a1',
      subjectIds: ['a3', 'a2'],
      sourceId: 's1',
      channel: 'interview',
      claimType: 'promise',
      credibility: 2,
      hedged: true,
    }),
    annotation('x1', 'actor', 'حفتر', null),
    annotation('c2', 'claim', 'No source given', { credibility: 3, speakerId: 'gone', subjectIds: ['gone', 'a2'] }),
  ],
};

describe('claimRows', () => {
  it('lists only claim annotations, in case order', () => {
    expect(claimRows(data).map((r) => r.id)).toEqual(['c1', 'c2']);
  });

  it('resolves speaker, subjects, source and article names and grades the claim', () => {
    const [row] = claimRows(data);
    expect(row).toEqual({
      id: 'c1',
      articleId: 'art1',
      text: 'قال حفتر إن موسكو ستدعم',
      speaker: 'خليفة حفتر',
      subjects: 'روسيا, Burkina Faso',
      source: 'Reuters',
      channel: 'interview',
      grade: 'B2',
      claimType: 'promise',
      article: 'موسكو وحفتر',
      status: 'accepted',
      hedged: true,
    });
  });

  it('grades a claim without a source as reliability F and leaves unknown ids blank', () => {
    const row = claimRows(data)[1];
    expect(row?.grade).toBe('F3');
    expect(row?.source).toBe('');
    expect(row?.speaker).toBe('');
    expect(row?.subjects).toBe('Burkina Faso');
  });

  it('after an edit to one claim, rebuilds that row only; a renamed actor reaches every row that names it', () => {
    const before = claimRows(data);
    const [c1, x1, c2] = data.annotations as [Annotation, Annotation, Annotation];
    const edited = { ...c2, claim: { ...c2.claim!, credibility: 5 as const } };
    const after = claimRows({ ...data, annotations: [c1, x1, edited] });
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[1]?.grade).toBe('F5');
    const renamed = claimRows({ ...data, actors: data.actors.map((a) => (a.id === 'a1' ? { ...a, name: 'Khalifa Haftar' } : a)), annotations: [c1, x1, edited] });
    expect(renamed[0]?.speaker).toBe('Khalifa Haftar');
    expect(renamed[1]?.grade).toBe('F5');
  });

  it('grades a claim whose source record was deleted as F', () => {
    const rows = claimRows({ ...data, sources: [] });
    expect(rows[0]?.grade).toBe('F2');
    expect(rows[0]?.source).toBe('');
  });
});

describe('claims and suggestions', () => {
  const claim = (id: string, review: Annotation['review']): Annotation => ({ ...annotation(id, 'claim', `quote ${id}`, {}), review });
  const annotations = [claim('a1', 'accepted'), claim('p1', 'pending'), claim('r1', 'rejected'), claim('a2', 'accepted')];
  const mixed = claimRows({ ...data, annotations });

  it('lists only accepted claims unless suggestions are asked for, and counts them apart', () => {
    expect(tableRows(mixed, false).map((r) => r.id)).toEqual(['a1', 'a2']);
    expect(tableRows(mixed, true).map((r) => r.id)).toEqual(['a1', 'p1', 'r1', 'a2']);
    expect(claimCounts([...annotations, ...data.annotations.filter((a) => a.kind !== 'claim')])).toEqual({ claims: 2, suggestions: 2 });
  });

  it('hands back the same array when nothing is left out (the table keeps its caches)', () => {
    const accepted = tableRows(mixed, false);
    expect(tableRows(accepted, false)).toBe(accepted);
    expect(tableRows(mixed, true)).toBe(mixed);
  });
});

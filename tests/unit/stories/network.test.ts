import { describe, expect, it } from 'vitest';
import { actorNetwork, claimStance, combinedStance, dateRangeProblem, groupStories, publishedDay, type NetworkFilter } from '../../../shared/stories';
import { storiesCase } from '../../fixtures/stories/case';

describe('actor network', () => {
  it('links each speaker to the actors its claims concern, with the claims behind each edge', () => {
    const data = storiesCase('en');
    const net = actorNetwork(data);
    const putin = net.nodes.find((n) => n.id === 'putin')!;
    expect(putin.claims).toHaveLength(4);
    const edge = (s: string, t: string) => net.edges.find((e) => e.source === s && e.target === t);
    expect(edge('putin', 'bf')!.claims).toHaveLength(4);
    expect(edge('ru-mod', 'crosetto')!.claims).toHaveLength(1);
    expect(edge('traore', 'bf')!.claims).toHaveLength(2);
    expect(edge('putin', 'putin')).toBeUndefined();
  });
  it('filters by article and actor type', () => {
    const data = storiesCase('en');
    const one = actorNetwork(data, { articleId: 'a5' });
    expect(one.edges.map((e) => e.id).sort()).toEqual(['ru-mod→crosetto', 'ru-mod→libya', 'ru-mod→syria']);
    const people = actorNetwork(data, { types: ['person'] });
    expect(people.nodes.every((n) => n.type === 'person')).toBe(true);
    expect(people.edges.every((e) => e.source !== 'ru-mod')).toBe(true);
  });
});

describe('stance on the network edges', () => {
  it('marks a denial against, help for, and leaves the rest unknown (English and Arabic reports)', () => {
    for (const lang of ['en', 'ar'] as const) {
      const net = actorNetwork(storiesCase(lang));
      const edge = (s: string, t: string) => net.edges.find((e) => e.source === s && e.target === t)!;
      expect(edge('ru-mod', 'crosetto').stance, lang).toBe('deny');
      expect(edge('putin', 'bf').stance, lang).toBe('support');
      expect(edge('traore', 'bf').stance, lang).toBeNull();
    }
  });
  it('uses the claim type "denial" when the words show nothing, and calls disagreeing claims mixed', () => {
    const data = storiesCase('en');
    const traore = data.annotations.filter((a) => a.kind === 'claim' && a.claim?.speakerId === 'traore');
    traore[0]!.claim!.claimType = 'denial';
    expect(actorNetwork(data).edges.find((e) => e.id === 'traore→bf')!.stance).toBe('deny');
    const text = 'Traore said he welcomed Burkina Faso projects.';
    expect(claimStance(text, 8, text.length - 1, false)).toBe('support');
    expect(claimStance('Moscow denied it would help Libya.', 14, 33, false)).toBe('deny');
    expect(combinedStance(['support', null, 'deny'])).toBe('mixed');
    expect(combinedStance([null, null])).toBeNull();
  });
});

describe('date range', () => {
  // a1–a3 are of 2025-05-09, a4 and a5 of 2025-05-10; a2 made undated where a case says so.
  const undatedA2 = () => {
    const data = storiesCase('en');
    data.articles.find((a) => a.id === 'a2')!.publishedAt = null;
    return data;
  };
  const articlesOf = (data: ReturnType<typeof storiesCase>, filter: NetworkFilter) => {
    const net = actorNetwork(data, filter);
    const article = new Map(data.annotations.map((a) => [a.id, a.articleId]));
    return [...new Set(net.nodes.flatMap((n) => [...n.claims, ...n.about]).map((id) => article.get(id)))].sort();
  };
  it.each<[string, NetworkFilter, string[], boolean]>([
    ['no range: every article', {}, ['a1', 'a2', 'a3', 'a4', 'a5'], false],
    ['one day, both ends inclusive', { from: '2025-05-10', to: '2025-05-10' }, ['a4', 'a5'], false],
    ['from only', { from: '2025-05-10' }, ['a4', 'a5'], false],
    ['to only', { to: '2025-05-09' }, ['a1', 'a2', 'a3'], false],
    ['a range before every article', { to: '2025-05-08' }, [], false],
    ['no range: the undated article too', {}, ['a1', 'a2', 'a3', 'a4', 'a5'], true],
    ['a range keeps the undated article by default', { from: '2025-05-10' }, ['a2', 'a4', 'a5'], true],
    ['…and leaves it out when asked', { from: '2025-05-10', includeUndated: false }, ['a4', 'a5'], true],
    ['from after to: nothing, undated included', { from: '2025-05-10', to: '2025-05-09' }, [], true],
  ])('%s', (_, filter, expected, undated) => {
    expect(articlesOf(undated ? undatedA2() : storiesCase('en'), filter)).toEqual(expected);
  });
  it('reads a timestamp by the day written in it, and an unreadable date as undated', () => {
    expect(publishedDay('2025-05-09T23:30:00+02:00')).toBe('2025-05-09');
    expect(publishedDay('9 May 2025')).toBeNull();
    expect(publishedDay(null)).toBeNull();
    const data = storiesCase('en');
    data.articles.find((a) => a.id === 'a5')!.publishedAt = 'yesterday';
    expect(articlesOf(data, { from: '2025-05-10', includeUndated: false })).toEqual(['a4']);
  });
  it('updates the counts, and says what is wrong with a range', () => {
    const data = storiesCase('en');
    const all = actorNetwork(data);
    const later = actorNetwork(data, { from: '2025-05-10' });
    expect([all.nodes.length, all.edges.length]).toEqual([12, 14]);
    expect([later.nodes.length, later.edges.length]).toEqual([8, 7]);
    expect(dateRangeProblem('2025-05-10', '2025-05-09')).toMatch(/From date \(2025-05-10\) is after the To date \(2025-05-09\)/);
    expect(dateRangeProblem('2025-05-09', '2025-05-09')).toBeNull();
    expect(dateRangeProblem(null, '2025-05-09')).toBeNull();
    expect(dateRangeProblem('09/05/2025', null)).toMatch(/not a day/);
    expect(() => actorNetwork(data, { from: '09/05/2025' })).toThrow(RangeError);
  });
});

describe('story edges', () => {
  it.each(['en', 'ar'] as const)('joins a denier to the statement it rebuts, and a spokesperson to its body (%s)', (lang) => {
    const data = storiesCase(lang);
    const { stories } = groupStories(data);
    const net = actorNetwork({ ...data, stories });
    const story = net.edges.filter((e) => e.kind === 'story');
    expect(story.map((e) => [e.relation, e.source, e.target, e.stance])).toEqual([
      ['same-story', 'lna-gc', 'mismari', null],
      ['contradicts', 'ru-mod', 'crosetto', 'deny'],
    ]);
    const claimsBy = (speaker: string) => data.annotations.filter((a) => a.kind === 'claim' && a.claim?.speakerId === speaker).map((a) => a.id);
    const denial = story.find((e) => e.relation === 'contradicts')!;
    expect(denial.statement.sort()).toEqual(claimsBy('crosetto').sort());
    expect(denial.claims.sort()).toEqual([...claimsBy('ru-mod'), ...claimsBy('crosetto')].sort());
    const same = story.find((e) => e.relation === 'same-story')!;
    expect(same.claims.sort()).toEqual([...claimsBy('mismari'), ...claimsBy('lna-gc')].sort());
    expect(same.statement.sort()).toEqual(claimsBy('lna-gc').sort());
    // The about edge between the same pair stays its own edge.
    expect(net.edges.filter((e) => e.source === 'ru-mod' && e.target === 'crosetto').map((e) => e.kind).sort()).toEqual(['about', 'story']);
    expect(new Set(net.edges.map((e) => e.id)).size).toBe(net.edges.length);
  });
  it('draws no story edge between unrelated speakers, nor without stories', () => {
    const data = storiesCase('en');
    const { stories } = groupStories(data);
    const net = actorNetwork({ ...data, stories });
    const pairs = net.edges.filter((e) => e.kind === 'story').map((e) => [e.source, e.target].sort().join('|'));
    // Putin and Traore both speak of Burkina Faso, Crosetto and the General Command of Libya: no story joins them.
    for (const [a, b] of [['putin', 'traore'], ['crosetto', 'lna-gc'], ['putin', 'lna-gc'], ['traore', 'traore']]) expect(pairs).not.toContain([a, b].sort().join('|'));
    expect(actorNetwork(data).edges.every((e) => e.kind === 'about')).toBe(true);
  });
  it('leaves a different figure out: it disagrees on a number, not with the speaker', () => {
    const data = storiesCase('en');
    // Burkina Faso itself gives 15 projects where Traore gave 12: a figure contradiction each way.
    data.annotations.find((a) => a.kind === 'claim' && a.articleId === 'a4' && a.claim?.speakerId === 'traore')!.claim!.speakerId = 'bf';
    const { stories } = groupStories(data);
    expect(stories.flatMap((s) => s.contradictions.filter((c) => c.kind === 'figure').map((c) => [c.speakerId, s.speaker?.actorId]))).toEqual([
      ['bf', 'traore'],
      ['traore', 'bf'],
    ]);
    expect(actorNetwork({ ...data, stories }).edges.filter((e) => e.kind === 'story').map((e) => e.id)).toEqual(['story:same-story:lna-gc→mismari', 'story:contradicts:ru-mod→crosetto']);
  });
  it('counts only the claims the filter keeps: a story edge needs claims of both sides', () => {
    const data = storiesCase('en');
    const { stories } = groupStories(data);
    // The ministry's denial (a5, 2025-05-10) without Crosetto's warning (2025-05-09): no contradiction drawn.
    expect(actorNetwork({ ...data, stories }, { from: '2025-05-10' }).edges.filter((e) => e.kind === 'story')).toEqual([]);
    expect(actorNetwork({ ...data, stories }, { articleId: 'a2' }).edges.filter((e) => e.kind === 'story')).toEqual([]);
    // A type filter that leaves out people leaves out the spokesperson's and Crosetto's edges.
    expect(actorNetwork({ ...data, stories }, { types: ['organisation', 'state'] }).edges.filter((e) => e.kind === 'story')).toEqual([]);
  });
});

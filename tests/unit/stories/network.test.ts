import { describe, expect, it } from 'vitest';
import { actorNetwork, claimStance, combinedStance } from '../../../shared/stories';
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

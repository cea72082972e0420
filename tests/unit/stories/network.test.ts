import { describe, expect, it } from 'vitest';
import { actorNetwork } from '../../../shared/stories';
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

import { describe, expect, it } from 'vitest';
import { findByName, goesBy, type Named } from '../../shared/names';
import { linkPublisher } from '../../electron/services/import/publisher-source';
import type { Article, Source } from '../../shared/domain';

const putin = { id: 'a1', name: 'فلاديمير بوتين', aliases: ['بوتين', 'Vladimir Putin'] };
const lna = { id: 'a2', name: 'الجيش الوطني الليبي', aliases: ['LNA'] };
const options = [putin, lna];

describe('finding an actor or source by name', () => {
  it('an alias typed exactly picks its actor', () => {
    expect(findByName(options, 'بوتين')?.id).toBe('a1');
    expect(findByName(options, '  vladimir PUTIN ')?.id).toBe('a1');
    expect(findByName(options, 'lna')?.id).toBe('a2');
  });

  it('the name with harakat or another alef form still matches', () => {
    expect(findByName(options, 'فلاديميرُ بوتين')?.id).toBe('a1');
    expect(findByName(options, 'الجيش الوطني الليبى')?.id).toBe('a2');
  });

  it('a prefix or part of a name is not a match', () => {
    expect(findByName(options, 'بوت')).toBeNull();
    expect(findByName(options, 'فلاديمير')).toBeNull();
    expect(findByName(options, '')).toBeNull();
  });

  it("another entity's own name wins over an alias shared with it", () => {
    const observer: Named & { id: string } = { id: 's1', name: 'The Observer', aliases: ['Libya Observer'] };
    const libyaObserver: Named & { id: string } = { id: 's2', name: 'Libya Observer' };
    expect(findByName([observer, libyaObserver], 'libya observer')?.id).toBe('s2');
    expect(findByName([observer, libyaObserver], 'the observer')?.id).toBe('s1');
  });

  it('goesBy says whether a text is already one of the names', () => {
    expect(goesBy(putin, 'VLADIMIR putin')).toBe(true);
    expect(goesBy(putin, 'بوتين')).toBe(true);
    expect(goesBy(putin, 'Putin')).toBe(false);
    expect(goesBy(putin, '  ')).toBe(false);
  });

  it("an article's publisher links the source the picker would pick", () => {
    const sources: Source[] = [
      { id: 's1', name: 'The Observer', kind: 'outlet', reliability: 'F', aliases: ['Libya Observer'] },
      { id: 's2', name: 'Libya Observer', kind: 'outlet', reliability: 'B', aliases: [] },
    ];
    const article = { id: 'art', publisher: 'libya  observer', sourceId: null } as unknown as Article;
    const linked = linkPublisher({ sources }, article);
    expect(linked.created).toBeNull();
    expect(linked.article.sourceId).toBe(findByName(sources, 'libya  observer')!.id);
    expect(linked.article.sourceId).toBe('s2');
  });
});

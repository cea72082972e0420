import { describe, expect, it } from 'vitest';
import { exactPick, pickSuggestions, type PickOption } from '../../../renderer/src/annotation/pickMatch';

const putin: PickOption = { id: 'a1', name: 'فلاديمير بوتين', aliases: ['بوتين', 'Vladimir Putin'] };
const lna: PickOption = { id: 'a2', name: 'الجيش الوطني الليبي', aliases: ['LNA'] };
const options = [putin, lna];

describe('actor picker matching', () => {
  it('an alias typed exactly picks its actor', () => {
    expect(exactPick(options, 'بوتين')?.id).toBe('a1');
    expect(exactPick(options, '  vladimir PUTIN ')?.id).toBe('a1');
    expect(exactPick(options, 'lna')?.id).toBe('a2');
  });

  it('the name with harakat or another alef form still matches', () => {
    expect(exactPick(options, 'فلاديميرُ بوتين')?.id).toBe('a1');
    expect(exactPick(options, 'الجيش الوطني الليبى')?.id).toBe('a2');
  });

  it('a prefix or part of a name is not a match', () => {
    expect(exactPick(options, 'بوت')).toBeNull();
    expect(exactPick(options, 'فلاديمير')).toBeNull();
    expect(exactPick(options, '')).toBeNull();
  });

  it('suggestions find a name by its alias and by a prefix', () => {
    expect(pickSuggestions(options, 'بوت', 10).map((o) => o.id)).toEqual(['a1']);
    expect(pickSuggestions(options, 'LN', 10).map((o) => o.id)).toEqual(['a2']);
    expect(pickSuggestions(options, '', 1)).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { pickSuggestions, type PickOption } from '../../../renderer/src/annotation/pickMatch';

const putin: PickOption = { id: 'a1', name: 'فلاديمير بوتين', aliases: ['بوتين', 'Vladimir Putin'] };
const lna: PickOption = { id: 'a2', name: 'الجيش الوطني الليبي', aliases: ['LNA'] };
const options = [putin, lna];

describe('actor picker matching', () => {
  it('suggestions find a name by its alias and by a prefix', () => {
    expect(pickSuggestions(options, 'بوت', 10).map((o) => o.id)).toEqual(['a1']);
    expect(pickSuggestions(options, 'LN', 10).map((o) => o.id)).toEqual(['a2']);
    expect(pickSuggestions(options, '', 1)).toHaveLength(1);
  });
});

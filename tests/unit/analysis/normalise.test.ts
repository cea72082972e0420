import { describe, expect, it } from 'vitest';
import { nameSkeleton, normaliseArabic, normaliseKey, stripClitics } from '../../../shared/analysis/normalise';

describe('Arabic normalisation', () => {
  it('folds harakat, tatweel, alef, ya and ta marbuta variants', () => {
    expect(normaliseArabic('أَعْلَنَتْ')).toBe('اعلنت');
    expect(normaliseArabic('إفريقيا')).toBe('افريقيا');
    expect(normaliseArabic('آمنة')).toBe('امنه');
    expect(normaliseArabic('نفى')).toBe('نفي');
    expect(normaliseArabic('لـLNA')).toBe('لLNA');
  });

  it('gives one key for the same text in any spelling or case', () => {
    expect(normaliseKey('  Élysée   Palace ')).toBe('elysee palace');
    expect(normaliseKey('الجزائر')).toBe(normaliseKey('الجزاىٔر'.replace('ىٔ', 'ئ')));
    expect(normaliseKey('Warren’s')).toBe("warren's");
  });

  it('strips stacked proclitics but never empties a short word', () => {
    expect(stripClitics('لهفتار')).toContain('هفتار');
    expect(stripClitics('وبالجيش')).toContain('جيش');
    expect(stripClitics('لل')).toEqual(['لل']);
  });

  it.each([
    ['الرييس', ['الرييس', 'رييس']],
    ['والرييس', ['والرييس', 'رييس', 'الرييس']],
    ['وبالجيش', ['وبالجيش', 'جيش', 'بالجيش']],
    ['فللامم', ['فللامم', 'امم', 'للامم']],
    ['للامم', ['للامم', 'امم', 'لامم']],
    ['وللـامم', ['وللـامم', 'امم', 'ـامم', 'للـامم']],
    ['كتاب', ['كتاب', 'تاب']],
    ['مدينه', ['مدينه']],
    ['وب', ['وب']],
    ['', ['']],
  ])('%s: the word first, then its stems in the order of the clitic list', (word, stems) => {
    expect(stripClitics(word)).toEqual(stems);
  });

  it('gives Haftar the same consonant skeleton in both scripts and spellings', () => {
    expect(nameSkeleton('هافتار')).toBe('hftr');
    expect(nameSkeleton('هفتار')).toBe('hftr');
    expect(nameSkeleton('Haftar')).toBe('hftr');
    expect(nameSkeleton('Belousov')).toBe(nameSkeleton('بيلوسوف'));
  });
});

import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../renderer/src/dates';

describe('dates in the reader’s locale', () => {
  it('a stored ISO date reads as the locale writes it, the same day everywhere', () => {
    expect(formatDate('2025-03-04', 'en-US')).toBe('Mar 4, 2025');
    expect(formatDate('2025-03-04', 'en-GB')).toBe('4 Mar 2025');
    expect(formatDate('2025-03-04', 'fr-FR')).toBe('4 mars 2025');
    expect(formatDate('2025-03-04', 'ar-EG')).toMatch(/٢٠٢٥/);
  });

  it('a timestamp shows its date and time, not the raw ISO text', () => {
    const shown = formatDate('2015-07-24T10:00:00Z', 'en-GB');
    expect(shown).not.toContain('T10');
    expect(shown).toMatch(/2015/);
  });

  it('text that is not a date is left as it is', () => {
    expect(formatDate('last Tuesday', 'en-US')).toBe('last Tuesday');
  });
});

/** A calendar date with no time ("2025-03-04"): shown as that day wherever the reader is. */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An ISO date or timestamp as the reader's locale writes it (Intl.DateTimeFormat; `locale` defaults
 * to the browser's): a date alone as a medium date, a timestamp with its time in the reader's time
 * zone. The stored value stays ISO; text that is not a date is returned as it is.
 */
export function formatDate(iso: string, locale?: string): string {
  const value = iso.trim();
  const time = Date.parse(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(time)) return iso;
  const format = DATE_ONLY.test(value)
    ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
    : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return format.format(time);
}

import { constructFilterFn, constructSortFn } from '@tanstack/react-table';
import { normaliseKey } from '../../../shared/analysis/normalise';
import type { ClaimRow } from './rows';

/**
 * Memo of normaliseKey for cell values. Sorting 20,000 rows compares each value ~15 times and every
 * keystroke in a filter re-tests every row, so each distinct string is folded once, not per compare.
 * Cleared when it grows past a bound, so switching between large cases cannot grow it forever.
 */
const keys = new Map<string, string>();
const KEY_CACHE_LIMIT = 200_000;

/** Tolerant matching key of a cell value: case, Arabic harakat, tatweel and letter variants folded. */
export function cellKey(value: unknown): string {
  const s = value == null ? '' : String(value);
  let key = keys.get(s);
  if (key === undefined) {
    if (keys.size >= KEY_CACHE_LIMIT) keys.clear();
    key = normaliseKey(s);
    keys.set(s, key);
  }
  return key;
}

/** "Contains" on normalised keys; a blank filter is removed rather than matching everything. */
export const filterFn_normalisedIncludes = constructFilterFn({
  filter: (dataValue: string, filterValue: string) => dataValue.includes(filterValue),
  resolveDataValue: cellKey,
  resolveFilterValue: (value: unknown) => normaliseKey(String(value ?? '')),
  autoRemove: (value: unknown) => normaliseKey(String(value ?? '')) === '',
});

/** Exact match for enumerated columns (type, status); an empty choice means "any". */
export const filterFn_exact = constructFilterFn({
  filter: (dataValue: unknown, filterValue: unknown) => dataValue === filterValue,
  autoRemove: (value: unknown) => value === undefined || value === null || value === '',
});

/** Code-unit order of normalised keys: fast, stable and the same spelling variants sort together. */
export const sortFn_normalised = constructSortFn({
  resolveDataValue: cellKey,
  sort: (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0),
});

/** Fields the global search looks in: every column's text, plus the channel shown under the source. */
export type SearchableClaim = Pick<ClaimRow, 'text' | 'speaker' | 'subjects' | 'source' | 'channel' | 'grade' | 'claimType' | 'article' | 'status'>;

const searchKeys = new WeakMap<SearchableClaim, string>();

/**
 * One normalised key per claim for the global search, so a keystroke costs one `includes` per row
 * instead of one per column. Fields are joined with U+0001, which no query contains, so a match
 * never straddles two fields. Cached per row object: rows are rebuilt when the case changes.
 */
export function searchKey(row: SearchableClaim): string {
  let key = searchKeys.get(row);
  if (key === undefined) {
    key = [row.text, row.speaker, row.subjects, row.source, row.channel, row.grade, row.claimType, row.article, row.status]
      .map(cellKey)
      .join('\u0001');
    searchKeys.set(row, key);
  }
  return key;
}

/** Global search: the normalised query anywhere in the row's search key (the column is ignored). */
export const filterFn_searchRow = constructFilterFn({
  filter: (_dataValue: unknown, filterValue: string, row) => searchKey(row.original as SearchableClaim).includes(filterValue),
  resolveFilterValue: (value: unknown) => normaliseKey(String(value ?? '')),
  autoRemove: (value: unknown) => normaliseKey(String(value ?? '')) === '',
});

import { constructFilterFn, constructSortFn } from '@tanstack/react-table';
import { normaliseKey } from '../../../shared/analysis/normalise';

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

const WARM_FIELDS = ['text', 'speaker', 'subjects', 'source', 'grade', 'article'] as const;
const WARM_CHUNK = 500;

/**
 * Folds the searchable cells of `rows` into the key memo in small chunks between frames, so the
 * first sort or filter keystroke on 20,000 claims does not pay for every normalisation at once.
 * Returns a cancel function (call it when the rows change or the table unmounts).
 */
export function warmCellKeys(rows: readonly Record<(typeof WARM_FIELDS)[number], string>[]): () => void {
  let next = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const step = () => {
    const end = Math.min(rows.length, next + WARM_CHUNK);
    for (; next < end; next++) {
      const row = rows[next];
      if (row) for (const f of WARM_FIELDS) cellKey(row[f]);
    }
    timer = next < rows.length ? setTimeout(step, 0) : null;
  };
  timer = setTimeout(step, 0);
  return () => {
    if (timer !== null) clearTimeout(timer);
  };
}

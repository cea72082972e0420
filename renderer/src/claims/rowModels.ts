import { constructRow, createCoreRowModel, createFilteredRowModel, createSortedRowModel, makeObjectMap, skipFirstRun, tableMemo } from '@tanstack/react-table';
import type { RowData, RowModel, Table, TableFeatures } from '@tanstack/react-table';
import { cellKey, filterFn_exact, filterFn_normalisedIncludes, filterFn_searchRow, searchKey, sortFn_normalised } from './match';
import type { SearchableClaim } from './match';
import { whenIdle } from '../idle';
import { changedPlaces } from './changes';

/*
 * Sorted and filtered row models for the claims table that give the same rows, in the same order,
 * as @tanstack/react-table's createSortedRowModel / createFilteredRowModel, but compare values
 * prepared once per data array instead of per comparison: the stock models call row.getValue and
 * the column's sort or filter function ~300,000 times per sort of 20,000 rows, and allocate two
 * objects per row per keystroke. Prepared per column, on first use (or in idle time, see
 * warmTableKeys): the accessor values, their normalised keys, and for sorting a rank per row
 * (equal keys share a rank), so a sort compares two integers.
 *
 * Only the claims table's own functions are prepared (sortFn_normalised, filterFn_normalisedIncludes,
 * filterFn_exact, filterFn_searchRow); any other sort or filter function is called as the stock
 * model calls it. Rows with sub-rows are handed to the stock models.
 */

type SortUndefined = false | -1 | 1 | 'first' | 'last' | undefined;

interface FilterFnLike {
  (row: never, columnId: string, filterValue: unknown, addMeta: (meta: unknown) => void): unknown;
  resolveFilterValue?: (value: unknown) => unknown;
}
type SortFnLike = (rowA: never, rowB: never, columnId: string) => number;

interface RowLike {
  id: string;
  index: number;
  original: unknown;
  subRows: readonly unknown[];
}

interface ColumnLike {
  id: string;
  accessorFn?: (original: never, index: number) => unknown;
  columnDef: { sortUndefined?: SortUndefined; invertSorting?: boolean };
  getCanSort(): boolean;
  getSortFn(): SortFnLike;
  getFilterFn(): FilterFnLike | undefined;
  getCanGlobalFilter(): boolean;
}

interface RowModelLike {
  rows: RowLike[];
  flatRows: RowLike[];
  rowsById: Record<string, RowLike>;
}

/** The parts of the table these models read; typed structurally so they work for any feature set. */
interface KeyedTable {
  options: { data: readonly unknown[]; getSubRows?: unknown };
  atoms: {
    sorting?: { get(): readonly { id: string; desc: boolean }[] | undefined };
    columnFilters?: { get(): readonly { id: string; value: unknown }[] | undefined };
    globalFilter?: { get(): unknown };
  };
  getColumn(id: string): ColumnLike | undefined;
  getAllLeafColumns(): ColumnLike[];
  getPreSortedRowModel(): RowModelLike;
  getPreFilteredRowModel(): RowModelLike;
  getGlobalFilterFn?(): FilterFnLike | undefined;
}

interface ColumnKeys {
  /** The column's accessor, to patch `values` after an edit. */
  accessor: ((original: never, index: number) => unknown) | undefined;
  /** The column accessor's value per data index (what row.getValue returns). */
  values: unknown[];
  /** sortFn_normalised's / filterFn_normalisedIncludes's key per data index. */
  keys?: string[];
  /** Position of the key in ascending order per data index; equal keys share a rank. */
  rank?: Int32Array;
  /** The key order `rank` was taken from (keyOrders): a patch may only use the same one. */
  rankPlace?: Map<string, number>;
}

interface DataKeys {
  columns: Map<string, ColumnKeys>;
  search?: string[];
}

/**
 * Per column id, every key seen so far in ascending order (code units, as sortFn_normalised) and
 * each key's place in it. A new data array (an edit) finds nearly all of its keys here, so its ranks
 * are one lookup per row and the few new keys are merged in, instead of a string sort of every row.
 * Keys no longer used stay (ranks need only keep the order) until they outnumber the used ones.
 */
const keyOrders = new Map<string, { sorted: string[]; place: Map<string, number> }>();

// Per data array: a new array of rows (a changed case) gets new keys, the old ones go with it.
const prepared = new WeakMap<object, DataKeys>();
// The data array keys were last asked for: the next array (an edit) is patched from its keys.
let lastKeyed: { data: readonly unknown[]; keys: DataKeys } | null = null;

function dataKeys(data: readonly unknown[]): DataKeys {
  let found = prepared.get(data);
  if (!found) {
    found = { columns: new Map() };
    const last = lastKeyed;
    const changed = last ? changedPlaces(last.data, data) : null;
    if (last && changed) patchKeys(last.keys, found, data, changed);
    prepared.set(data, found);
  }
  lastKeyed = { data, keys: found };
  return found;
}

/**
 * Fills `into` (the keys of `data`) from `from` (the keys of an array that differs from `data` only
 * at the places `changed`): copies of every prepared array with those places worked out again.
 * A rank is patched only while each new key already has its place in the same key order; else
 * the column's ranks are left to `ranks` (one lookup per row).
 */
function patchKeys(from: DataKeys, into: DataKeys, data: readonly unknown[], changed: readonly number[]): void {
  for (const [id, ck] of from.columns) {
    const values = ck.values.slice();
    for (const i of changed) values[i] = ck.accessor ? ck.accessor(data[i] as never, i) : undefined;
    const next: ColumnKeys = { accessor: ck.accessor, values };
    if (ck.keys) {
      const keys = ck.keys.slice();
      for (const i of changed) keys[i] = cellKey(values[i]);
      next.keys = keys;
      const place = keyOrders.get(id)?.place;
      if (ck.rank && place && ck.rankPlace === place && changed.every((i) => place.has(keys[i]!))) {
        const rank = ck.rank.slice();
        for (const i of changed) rank[i] = place.get(keys[i]!)!;
        next.rank = rank;
        next.rankPlace = place;
      }
    }
    into.columns.set(id, next);
  }
  if (from.search) {
    const search = from.search.slice();
    for (const i of changed) search[i] = searchKey(data[i] as SearchableClaim);
    into.search = search;
  }
}

function columnKeys(data: readonly unknown[], column: ColumnLike): ColumnKeys {
  const all = dataKeys(data).columns;
  let found = all.get(column.id);
  // (Keys patched from another table's column of the same id are not this column's.)
  if (!found || found.accessor !== column.accessorFn) {
    // Accessor calls are cheaper than any per-row cache (a WeakMap of 100,000 rows slows every GC).
    const accessor = column.accessorFn;
    const values = new Array<unknown>(data.length);
    for (let i = 0; i < data.length; i++) values[i] = accessor ? accessor(data[i] as never, i) : undefined;
    all.set(column.id, (found = { accessor, values }));
  }
  return found;
}

function normalisedKeys(data: readonly unknown[], column: ColumnLike): string[] {
  const ck = columnKeys(data, column);
  if (!ck.keys) {
    // cellKey is the resolveDataValue of both sortFn_normalised and filterFn_normalisedIncludes.
    ck.keys = ck.values.map(cellKey);
  }
  return ck.keys;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function keyOrder(columnId: string, keys: readonly string[]): Map<string, number> {
  let order = keyOrders.get(columnId);
  const fresh: string[] = [];
  const added = new Set<string>();
  if (order) {
    for (const k of keys) {
      if (order.place.has(k) || added.has(k)) continue;
      added.add(k);
      fresh.push(k);
    }
  }
  if (!order || order.place.size > 2 * Math.max(keys.length, 1000)) {
    const sorted = [...new Set(keys)].sort(byCodeUnits);
    order = { sorted, place: new Map(sorted.map((k, i) => [k, i])) };
    keyOrders.set(columnId, order);
  } else if (fresh.length) {
    fresh.sort(byCodeUnits);
    // Merge the new keys into the sorted ones.
    const old = order.sorted;
    const sorted = new Array<string>(old.length + fresh.length);
    let i = 0;
    let j = 0;
    for (let o = 0; o < sorted.length; o++) sorted[o] = j >= fresh.length || (i < old.length && old[i]! < fresh[j]!) ? old[i++]! : fresh[j++]!;
    order = { sorted, place: new Map(sorted.map((k, n) => [k, n])) };
    keyOrders.set(columnId, order);
  }
  return order.place;
}

function ranks(data: readonly unknown[], column: ColumnLike): Int32Array {
  const ck = columnKeys(data, column);
  if (!ck.rank) {
    const keys = normalisedKeys(data, column);
    finishRankJob(data, column.id);
    // Equal keys share a rank; only the order of ranks matters (sortByOneRank, compare).
    const place = keyOrder(column.id, keys);
    const rank = new Int32Array(keys.length);
    for (let i = 0; i < keys.length; i++) rank[i] = place.get(keys[i]!)!;
    ck.rank = rank;
    ck.rankPlace = place;
  }
  return ck.rank;
}

function searchKeys(data: readonly unknown[]): string[] {
  const dk = dataKeys(data);
  if (!dk.search) dk.search = data.map((row) => searchKey(row as SearchableClaim));
  return dk.search;
}

/** A row model over `rows` whose rowsById is built only if something asks for it. */
function subsetModel(rows: RowLike[]): RowModelLike {
  let byId: Record<string, RowLike> | null = null;
  const model = { rows, flatRows: rows } as RowModelLike;
  Object.defineProperty(model, 'rowsById', {
    enumerable: true,
    get() {
      if (!byId) {
        byId = makeObjectMap<RowLike>();
        for (const row of rows) byId[row.id] = row;
      }
      return byId;
    },
  });
  return model;
}

interface ResolvedSort {
  id: string;
  desc: boolean;
  sortUndefined: SortUndefined;
  invertSorting: boolean;
  values: unknown[];
  rank: Int32Array | null;
  sortFn: SortFnLike;
}

function sortRows(table: KeyedTable): RowModelLike {
  const pre = table.getPreSortedRowModel();
  const sorting = table.atoms.sorting?.get();
  if (!pre.rows.length || !sorting?.length) return pre;
  const data = table.options.data;
  const resolved: ResolvedSort[] = [];
  for (const entry of sorting) {
    const column = table.getColumn(entry.id);
    if (!column || !column.getCanSort()) continue;
    const sortFn = column.getSortFn();
    resolved.push({
      id: entry.id,
      desc: entry.desc,
      sortUndefined: column.columnDef.sortUndefined,
      invertSorting: Boolean(column.columnDef.invertSorting),
      values: columnKeys(data, column).values,
      rank: sortFn === (sortFn_normalised as unknown) ? ranks(data, column) : null,
      sortFn,
    });
  }
  if (!resolved.length) return pre;
  // Mirrors createSortedRowModel's comparator: undefined values first or last whatever the
  // direction, then the sort function (here: the rank), then the row's place in the data.
  const compare = (rowA: RowLike, rowB: RowLike): number => {
    const a = rowA.index;
    const b = rowB.index;
    for (const s of resolved) {
      let sortInt = 0;
      if (s.sortUndefined) {
        const aUndefined = s.values[a] === undefined;
        const bUndefined = s.values[b] === undefined;
        if (aUndefined && bUndefined) continue;
        if (aUndefined || bUndefined) {
          if (s.sortUndefined === 'first') return aUndefined ? -1 : 1;
          if (s.sortUndefined === 'last') return aUndefined ? 1 : -1;
          sortInt = aUndefined ? s.sortUndefined : -s.sortUndefined;
        }
      }
      if (sortInt === 0) sortInt = s.rank ? s.rank[a]! - s.rank[b]! : s.sortFn(rowA as never, rowB as never, s.id);
      if (sortInt !== 0) {
        if (s.desc) sortInt *= -1;
        if (s.invertSorting) sortInt *= -1;
        return sortInt;
      }
    }
    return a - b;
  };
  const only = resolved.length === 1 ? resolved[0]! : null;
  // After an edit to a few rows, the others keep their order: move only the changed ones.
  const order = resolved.map((r) => `${r.id}:${r.desc}`).join(',');
  const last = lastSorts.get(table);
  const changed = last && last.order === order ? changedPlaces(last.pre, pre.rows) : null;
  const rows =
    last && changed
      ? changed.length === 0
        ? // A new array all the same: the table ends a search's timing on each new list of rows.
          last.rows.slice()
        : resortChanged(last.rows, changed.map((i) => last.pre[i]!), changed.map((i) => pre.rows[i]!), compare)
      : only?.rank
        ? sortByOneRank(pre.rows, only, only.rank)
        : pre.rows.slice().sort(compare);
  lastSorts.set(table, { order, pre: pre.rows, rows });
  // The same rows by id as before sorting, looked up only if asked: reading pre.rowsById here built
  // the filtered model's lazy map (20,000 keys) on every keystroke of a filter while a sort was on.
  const model = { rows, flatRows: rows } as RowModelLike;
  Object.defineProperty(model, 'rowsById', { enumerable: true, get: () => pre.rowsById });
  return model;
}

/** Per table, its last sort: the columns and directions, the rows before sorting and after. */
const lastSorts = new WeakMap<KeyedTable, { order: string; pre: readonly RowLike[]; rows: RowLike[] }>();

/**
 * `sorted` (rows in `compare` order) without `removed` and with `added`, each put where a full
 * sort would put it. Right when the rows kept compare among themselves as they did before, as
 * after an edit: their keys are unchanged and ranks only ever keep their order (keyOrder).
 * O(n) to drop the removed rows, plus one binary search and one splice per added row.
 */
function resortChanged(sorted: readonly RowLike[], removed: readonly RowLike[], added: readonly RowLike[], compare: (a: RowLike, b: RowLike) => number): RowLike[] {
  const gone = new Set(removed);
  const out = sorted.filter((row) => !gone.has(row));
  for (const row of added) {
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(out[mid]!, row) < 0) lo = mid + 1;
      else hi = mid;
    }
    out.splice(lo, 0, row);
  }
  return out;
}

/**
 * The common case, one column with ranks: each row's place becomes one number, (slot of its rank in
 * the wanted direction) × n + data index, sorted as a Float64Array without a comparator. Same order
 * as `compare`: direction applies to the rank only and ties keep data order; undefined values go
 * first ('first', or a number that puts them first in this direction), last ('last', or a number that
 * puts them last), or by their rank when sortUndefined is unset. The stock default column sets
 * sortUndefined to 1, so this covers every column, not only those that ask for 'last'.
 */
function sortByOneRank(rows: readonly RowLike[], s: ResolvedSort, rank: Int32Array): RowLike[] {
  const n = rank.length;
  let span = 0;
  for (let i = 0; i < n; i++) if (rank[i]! >= span) span = rank[i]! + 1;
  const flip = s.desc !== s.invertSorting;
  const u = s.sortUndefined;
  // Slots 1..span hold defined values; 0 is before them all and span + 1 after.
  const undefinedSlot = !u ? null : u === 'first' ? 0 : u === 'last' ? span + 1 : (u > 0) !== flip ? span + 1 : 0;
  const byIndex = new Array<RowLike>(n);
  const places = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const at = row.index;
    byIndex[at] = row;
    const slot = undefinedSlot !== null && s.values[at] === undefined ? undefinedSlot : 1 + (flip ? span - 1 - rank[at]! : rank[at]!);
    places[i] = slot * n + at;
  }
  places.sort();
  const out = new Array<RowLike>(rows.length);
  for (let i = 0; i < places.length; i++) out[i] = byIndex[places[i]! % n]!;
  return out;
}

type RowTest = (row: RowLike) => boolean;

/** One filter test's question: its column ('' for the search), how it compares, and the value. */
interface FilterAsk {
  id: string;
  kind: 'includes' | 'exact' | 'other';
  value: unknown;
}

/** The last filtering of each list of rows (by identity): what was asked and which rows passed. */
const lastFiltering = new WeakMap<readonly RowLike[], { asks: FilterAsk[]; rows: RowLike[] }>();

/**
 * Whether every row passing `next` also passed `prev`: the same tests in the same order, each
 * "includes" value extending the previous one ("th" → "the"), every other value unchanged. Other
 * filter functions are opaque, so they never narrow.
 */
function narrows(prev: readonly FilterAsk[], next: readonly FilterAsk[]): boolean {
  if (prev.length !== next.length) return false;
  return next.every((a, i) => {
    const b = prev[i]!;
    if (a.id !== b.id || a.kind !== b.kind || a.kind === 'other') return false;
    if (a.kind === 'exact') return a.value === b.value;
    return typeof a.value === 'string' && typeof b.value === 'string' && a.value.startsWith(b.value);
  });
}

function filterRows(table: KeyedTable): RowModelLike {
  const pre = table.getPreFilteredRowModel();
  const columnFilters = table.atoms.columnFilters?.get() ?? [];
  const globalFilter = table.atoms.globalFilter?.get();
  const hasGlobalFilter = globalFilter !== undefined && globalFilter !== null && globalFilter !== '';
  if (!pre.rows.length || (!columnFilters.length && !hasGlobalFilter)) return pre;
  const data = table.options.data;
  const noMeta = () => undefined;
  const tests: RowTest[] = [];
  // What each test asks, to tell whether this filtering only narrows the previous one.
  const asks: FilterAsk[] = [];
  for (const filter of columnFilters) {
    const column = table.getColumn(filter.id);
    const fn = column?.getFilterFn();
    if (!column || !fn) continue;
    const value = fn.resolveFilterValue?.(filter.value) ?? filter.value;
    if (fn === (filterFn_normalisedIncludes as unknown) && typeof value === 'string') {
      const keys = normalisedKeys(data, column);
      tests.push((row) => keys[row.index]!.includes(value));
      asks.push({ id: column.id, kind: 'includes', value });
    } else if (fn === (filterFn_exact as unknown)) {
      const values = columnKeys(data, column).values;
      tests.push((row) => values[row.index] === value);
      asks.push({ id: column.id, kind: 'exact', value });
    } else {
      // The stock model keeps a row unless the function returns exactly false.
      tests.push((row) => fn(row as never, column.id, value, noMeta) !== false);
      asks.push({ id: column.id, kind: 'other', value });
    }
  }
  if (hasGlobalFilter) {
    const fn = table.getGlobalFilterFn?.();
    const columns = fn ? table.getAllLeafColumns().filter((c) => c.getCanGlobalFilter()) : [];
    if (fn && columns.length) {
      const value = fn.resolveFilterValue?.(globalFilter) ?? globalFilter;
      if (fn === (filterFn_searchRow as unknown) && typeof value === 'string') {
        // searchRow ignores the column: one test per row against its whole-row key.
        const keys = searchKeys(data);
        tests.push((row) => keys[row.index]!.includes(value));
        asks.push({ id: '', kind: 'includes', value });
      } else {
        tests.push((row) => columns.some((c) => Boolean(fn(row as never, c.id, value, noMeta))));
        asks.push({ id: '', kind: 'other', value });
      }
    }
  }
  // Typing on in a filter only narrows it: test just the rows the previous keystroke kept.
  const last = lastFiltering.get(pre.rows);
  const from = last && narrows(last.asks, asks) ? last.rows : pre.rows;
  const rows = from.filter((row) => {
    for (const test of tests) if (!test(row)) return false;
    return true;
  });
  lastFiltering.set(pre.rows, { asks, rows });
  return subsetModel(rows);
}

/**
 * Drop-in for createCoreRowModel() for tables without sub-rows: one row per data item, ids from
 * getRowId, and after an edit (a new data array holding the same objects but at a few places) the
 * rows of unchanged places are the same row objects as before, so their cached values and cells
 * stay and only the changed places build new rows. rowsById is built on first access.
 */
export function createReusingCoreRowModel<TFeatures extends TableFeatures, TData extends RowData>(): (table: Table<TFeatures, TData>) => () => RowModel<TFeatures, TData> {
  return (table) => {
    const t = table as unknown as KeyedTable & { getRowId(original: unknown, index: number): string };
    if (t.options.getSubRows) return createCoreRowModel<TFeatures, TData>()(table);
    let last: { data: readonly unknown[]; rows: RowLike[] } | null = null;
    const rowAt = (data: readonly unknown[], i: number) => constructRow(table, t.getRowId(data[i], i), data[i] as TData, i, 0) as unknown as RowLike;
    // What the stock model does after the first run when the data changes (each is off by default).
    const resets = table as unknown as Partial<Record<'autoResetExpanded' | 'autoResetPageIndex' | 'autoResetSorting' | 'autoResetCellSelection', () => void>>;
    return tableMemo({
      feature: 'coreRowModelsFeature',
      table,
      fnName: 'table.getCoreRowModel',
      memoDeps: () => [t.options.data],
      fn: () => {
        const data = t.options.data;
        const changed = last ? changedPlaces(last.data, data) : null;
        let rows: RowLike[];
        if (last && changed) {
          rows = last.rows.slice();
          for (const i of changed) rows[i] = rowAt(data, i);
        } else {
          rows = new Array<RowLike>(data.length);
          for (let i = 0; i < data.length; i++) rows[i] = rowAt(data, i);
        }
        last = { data, rows };
        return subsetModel(rows) as unknown as RowModel<TFeatures, TData>;
      },
      onAfterUpdate: skipFirstRun(() => {
        resets.autoResetExpanded?.();
        resets.autoResetPageIndex?.();
        resets.autoResetSorting?.();
        resets.autoResetCellSelection?.();
      }),
    });
  };
}

/**
 * Drop-in for createSortedRowModel() (same order, ties in data order, undefined values placed by
 * sortUndefined in both directions), memoised on the sorting state and the rows before sorting.
 * Ranks of a column are computed on its first sort (one string sort of all rows, O(n log n)).
 */
export function createKeyedSortedRowModel<TFeatures extends TableFeatures, TData extends RowData>(): (table: Table<TFeatures, TData>) => () => RowModel<TFeatures, TData> {
  return keyedRowModel(createSortedRowModel<TFeatures, TData>(), 'rowSortingFeature', 'table.getSortedRowModel', (t) => [t.atoms.sorting?.get(), t.getPreSortedRowModel()], sortRows);
}

/**
 * Drop-in for createFilteredRowModel() (the same rows, in data order), memoised on the filters and
 * the rows before filtering. Does not fill row.columnFilters / columnFiltersMeta (nothing here
 * reads them); rowsById of a filtered model is built on first access.
 */
export function createKeyedFilteredRowModel<TFeatures extends TableFeatures, TData extends RowData>(): (table: Table<TFeatures, TData>) => () => RowModel<TFeatures, TData> {
  return keyedRowModel(
    createFilteredRowModel<TFeatures, TData>(),
    'columnFilteringFeature',
    'table.getFilteredRowModel',
    (t) => [t.getPreFilteredRowModel(), t.atoms.columnFilters?.get(), t.atoms.globalFilter?.get()],
    filterRows,
  );
}

/**
 * The shared shape of the keyed models: the stock model for tables with sub-rows (not ours), else
 * `build` memoised by the library on `deps`.
 */
function keyedRowModel<TFeatures extends TableFeatures, TData extends RowData>(
  stock: (table: Table<TFeatures, TData>) => () => RowModel<TFeatures, TData>,
  feature: 'rowSortingFeature' | 'columnFilteringFeature',
  fnName: string,
  deps: (t: KeyedTable) => unknown[],
  build: (t: KeyedTable) => unknown,
): (table: Table<TFeatures, TData>) => () => RowModel<TFeatures, TData> {
  return (table) => {
    const t = table as unknown as KeyedTable;
    if (t.options.getSubRows) return stock(table);
    return tableMemo({
      feature,
      table,
      fnName,
      memoDeps: () => deps(t),
      fn: () => build(t) as RowModel<TFeatures, TData>,
    });
  };
}

/** Runs `steps` one per idle callback, in order; returns a function that stops the rest. */
function runWhenIdle(steps: (() => void)[]): () => void {
  let cancel: (() => void) | null = null;
  const next = () => {
    const step = steps.shift();
    if (!step) return;
    step();
    cancel = whenIdle(next);
  };
  cancel = whenIdle(next);
  return () => cancel?.();
}

const SEARCH_CHUNK = 1000;

function searchKeySteps(rows: readonly unknown[]): (() => void)[] {
  const steps: (() => void)[] = [];
  for (let from = 0; from < rows.length; from += SEARCH_CHUNK) {
    const start = from;
    steps.push(() => {
      const end = Math.min(rows.length, start + SEARCH_CHUNK);
      for (let i = start; i < end; i++) searchKey(rows[i] as SearchableClaim);
    });
  }
  return steps;
}

const RUN = 8192;

/** Merges two runs sorted in code-unit order. */
function mergeRuns(a: readonly string[], b: readonly string[]): string[] {
  const out = new Array<string>(a.length + b.length);
  let i = 0;
  let j = 0;
  for (let o = 0; o < out.length; o++) out[o] = j >= b.length || (i < a.length && a[i]! < b[j]!) ? a[i++]! : b[j++]!;
  return out;
}

/**
 * The work of `ranks(data, column)` as idle steps of a few ms each: the keys the column's key order
 * lacks (all of them the first time, most of them for another case) sorted in runs of 8,192 and
 * merged a pair at a time, then merged into the key order, then the ranks looked up. One string
 * sort of 100,000 claim texts is a task of several hundred ms, and a click arriving during it
 * waited for all of it. A sort that comes first computes the ranks itself, as before (keyOrder);
 * the steps left then find the keys placed.
 */
function rankSteps(data: readonly unknown[], column: ColumnLike): (() => void)[] {
  let fresh: string[] = [];
  let runs: string[][] = [];
  const work: (() => void)[] = [
    () => {
      const known = keyOrders.get(column.id)?.place;
      fresh = [...new Set(normalisedKeys(data, column))];
      if (known) fresh = fresh.filter((k) => !known.has(k));
    },
  ];
  const sortRun = (from: number) => () => {
    if (from < fresh.length) runs.push(fresh.slice(from, from + RUN).sort(byCodeUnits));
  };
  const mergeLevel = () => {
    const next: string[][] = [];
    for (let i = 0; i < runs.length; i += 2) next.push(i + 1 < runs.length ? mergeRuns(runs[i]!, runs[i + 1]!) : runs[i]!);
    runs = next;
  };
  // Enough steps for any number of fresh keys: at most one per row.
  for (let from = 0; from < data.length; from += RUN) work.push(sortRun(from));
  for (let n = Math.ceil(data.length / RUN); n > 1; n = Math.ceil(n / 2)) work.push(mergeLevel);
  work.push(() => {
    const sortedFresh = runs[0] ?? [];
    runs = [];
    const order = keyOrders.get(column.id);
    // Keys placed meanwhile (a sort that came first) are skipped, never placed twice.
    const missing = order ? sortedFresh.filter((k) => !order.place.has(k)) : sortedFresh;
    if (!missing.length) return;
    const sorted = order ? mergeRuns(order.sorted, missing) : missing;
    keyOrders.set(column.id, { sorted, place: new Map(sorted.map((k, i) => [k, i])) });
  });
  const job: RankJob = { data, work, next: 0 };
  rankJobs.set(column.id, job);
  const step = () => {
    if (job.next < job.work.length) job.work[job.next++]!();
  };
  return [...work.map(() => step), () => void ranks(data, column)];
}

/** A column's key order being built in idle steps (rankSteps): its data, its steps, the next one. */
interface RankJob {
  data: readonly unknown[];
  work: (() => void)[];
  next: number;
}
const rankJobs = new Map<string, RankJob>();

/**
 * Runs what is left of the idle build of `columnId`'s key order for `data` now: a sort that
 * comes before the warm-up ends pays only for the steps not yet taken.
 */
function finishRankJob(data: readonly unknown[], columnId: string): void {
  const job = rankJobs.get(columnId);
  if (!job) return;
  rankJobs.delete(columnId);
  if (job.data !== data) return;
  while (job.next < job.work.length) job.work[job.next++]!();
}

// The rows last warmed: after an edit only the changed rows need their keys folded.
let warmed: readonly SearchableClaim[] | null = null;

/**
 * Folds every claim's fields to their matching keys (searchKey, and through it cellKey's memo) in
 * idle time, 1,000 claims per idle callback: the app calls it when the case's claims change, so
 * the claims table's first sort, filter or search finds the normalisation done. After an edit to
 * a few rows of the rows warmed last, folds only those. Returns a cancel function.
 */
export function warmSearchKeys(rows: readonly SearchableClaim[]): () => void {
  const changed = warmed ? changedPlaces(warmed, rows) : null;
  warmed = rows;
  if (changed) {
    for (const i of changed) searchKey(rows[i]!);
    return () => undefined;
  }
  return runWhenIdle(searchKeySteps(rows));
}

/**
 * Prepares, in idle time, what the first sort, filter and search of `table`'s data would otherwise
 * compute on the click: per sortable column its keys, key order and ranks (rankSteps), then the
 * whole-row search keys, each in steps of a few ms. What an edit's patch already carried over
 * (patchKeys) is not done again. Returns a cancel function.
 */
export function warmTableKeys<TFeatures extends TableFeatures, TData extends RowData>(table: Table<TFeatures, TData>): () => void {
  const t = table as unknown as KeyedTable;
  const data = t.options.data;
  const keys = dataKeys(data);
  // The key orders first: a first sort of 100,000 distinct texts is the costliest thing to meet unprepared.
  const steps: (() => void)[] = [];
  for (const column of t.getAllLeafColumns()) {
    if (column.getCanSort() && column.getSortFn() === (sortFn_normalised as unknown) && !keys.columns.get(column.id)?.rank) steps.push(...rankSteps(data, column));
  }
  if (!keys.search) steps.push(...searchKeySteps(data), () => void searchKeys(data));
  return runWhenIdle(steps);
}

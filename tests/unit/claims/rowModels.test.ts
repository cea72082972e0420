import { constructTable, createFilteredRowModel, createSortedRowModel } from '@tanstack/table-core';
import type { ColumnFiltersState, SortingState } from '@tanstack/table-core';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tableOptions } from './table-options';
import { claimFeatures } from '../../../renderer/src/claims/columns';
import type { ClaimRow } from '../../../renderer/src/claims/rows';
import { CLAIM_TYPES } from '../../../shared/domain';

// The claims table's own sorted and filtered row models must give exactly the rows, in exactly
// the order, that @tanstack's stock models give with the same columns and functions: they only
// prepare the comparisons once. Checked on random claims with blanks, ties, and Arabic spelling
// variants (hamza, harakat, tatweel, taa marbuta) that fold to the same key.

const NAMES = ['إبراهيم', 'ابراهيم', 'خَليفة حفتر', 'خليفة حفتر', 'Putin', 'putin', 'Macron', 'الجزيرة', 'الجزيره', 'عـلي', 'Zed', ''];
const GRADES = ['A1', 'B2', 'b2', 'F6', 'C3'];
const STATES = ['pending', 'accepted', 'rejected'] as const;

const claimArb = fc.record({
  text: fc.constantFrom(...NAMES, 'the claim', 'The Claim', 'قال الوزير'),
  speaker: fc.constantFrom(...NAMES),
  subjects: fc.constantFrom(...NAMES),
  source: fc.constantFrom(...NAMES),
  channel: fc.constantFrom('', 'wire', 'tv'),
  grade: fc.constantFrom(...GRADES),
  claimType: fc.constantFrom(...CLAIM_TYPES),
  article: fc.constantFrom(...NAMES),
  status: fc.constantFrom(...STATES),
  hedged: fc.boolean(),
});

function rowsOf(claims: Omit<ClaimRow, 'id' | 'articleId'>[]): ClaimRow[] {
  return claims.map((c, i) => ({ ...c, id: `c${i}`, articleId: `a${i % 3}` }));
}

const options = tableOptions;

function tables(rows: ClaimRow[]) {
  const keyed = constructTable({ ...options(rows), features: { ...claimFeatures, coreReactivityFeature: storeReactivityBindings() } } as never);
  const stock = constructTable({
    ...options(rows),
    features: { ...claimFeatures, coreReactivityFeature: storeReactivityBindings(), sortedRowModel: createSortedRowModel(), filteredRowModel: createFilteredRowModel() },
  } as never);
  return [keyed, stock] as const;
}

interface TableState {
  setSorting(s: SortingState): void;
  setColumnFilters(f: ColumnFiltersState): void;
  setGlobalFilter(v: string): void;
  getRowModel(): { rows: { id: string }[] };
  getIsAllRowsSelected(): boolean;
}

const SORTABLE = ['text', 'speaker', 'subjects', 'source', 'grade', 'claimType', 'article', 'status'];
const sortArb = fc.array(fc.record({ id: fc.constantFrom(...SORTABLE), desc: fc.boolean() }), { maxLength: 3 }).map((s) => s.filter((e, i) => s.findIndex((x) => x.id === e.id) === i));
const filterArb = fc.array(
  fc.oneof(
    fc.record({ id: fc.constantFrom('text', 'speaker', 'subjects', 'source', 'grade', 'article'), value: fc.constantFrom('ا', 'ابراهيم', 'خليفه', 'put', 'b', 'al', 'ـ') }),
    fc.record({ id: fc.constant('claimType'), value: fc.constantFrom(...CLAIM_TYPES) }),
    fc.record({ id: fc.constant('status'), value: fc.constantFrom(...STATES) }),
  ),
  { maxLength: 2 },
).map((f) => f.filter((e, i) => f.findIndex((x) => x.id === e.id) === i));

describe('keyed row models', () => {
  it('sort and filter exactly as the stock row models do', () => {
    fc.assert(
      fc.property(fc.array(claimArb, { maxLength: 40 }), sortArb, filterArb, fc.constantFrom('', 'put', 'جزيره', 'warning', 'a1', 'zzz'), (claims, sorting, filters, search) => {
        const [keyed, stock] = tables(rowsOf(claims)) as unknown as [TableState, TableState];
        for (const t of [keyed, stock]) {
          t.setSorting(sorting);
          t.setColumnFilters(filters);
          t.setGlobalFilter(search);
        }
        const ids = (t: TableState) => t.getRowModel().rows.map((r) => r.id);
        expect(ids(keyed)).toEqual(ids(stock));
        // Change only the sort: the memo must notice.
        for (const t of [keyed, stock]) t.setSorting(sorting.map((s) => ({ ...s, desc: !s.desc })));
        expect(ids(keyed)).toEqual(ids(stock));
      }),
      { numRuns: 300, seed: 20261129 },
    );
  });

  it('sort exactly as the stock model after edits that keep the other rows (new keys merged in)', () => {
    fc.assert(
      fc.property(fc.array(claimArb, { minLength: 1, maxLength: 40 }), fc.array(fc.tuple(fc.nat(), claimArb), { minLength: 1, maxLength: 4 }), sortArb, (claims, edits, sorting) => {
        let rows = rowsOf(claims);
        for (const [at, edit] of [[0, claims[0]!] as const, ...edits]) {
          // As claimRows after an edit: a new array holding the same row objects but the edited one.
          const i = at % rows.length;
          rows = rows.map((r, k) => (k === i ? { ...edit, id: r.id, articleId: r.articleId, grade: `${edit.grade}${k % 2 ? '' : 'x'}` } : r));
          const [keyed, stock] = tables(rows) as unknown as [TableState, TableState];
          for (const t of [keyed, stock]) t.setSorting(sorting);
          const ids = (t: TableState) => t.getRowModel().rows.map((r) => r.id);
          expect(ids(keyed)).toEqual(ids(stock));
        }
      }),
      { numRuns: 200, seed: 20261207 },
    );
  });

  it('filter exactly as the stock model while a filter is typed one key at a time, then erased', () => {
    // Each keystroke that extends a value only tests the rows the previous one kept; erasing,
    // switching column or changing the search must start from all rows again.
    fc.assert(
      fc.property(
        fc.array(claimArb, { maxLength: 40 }),
        fc.constantFrom('text', 'speaker', 'article'),
        fc.constantFrom('ابراهيم', 'putin', 'الجزيره', 'claim'),
        fc.constantFrom('', 'put', 'a1'),
        (claims, id, word, search) => {
          const [keyed, stock] = tables(rowsOf(claims)) as unknown as [TableState, TableState];
          const ids = (t: TableState) => t.getRowModel().rows.map((r) => r.id);
          const steps = [...Array.from({ length: word.length }, (_, i) => word.slice(0, i + 1)), ...Array.from({ length: word.length }, (_, i) => word.slice(0, word.length - 1 - i))];
          steps.forEach((value, k) => {
            for (const t of [keyed, stock]) {
              t.setColumnFilters(value ? [{ id, value }] : []);
              if (k === word.length) t.setGlobalFilter(search);
            }
            expect(ids(keyed)).toEqual(ids(stock));
          });
        },
      ),
      { numRuns: 200, seed: 20261129 },
    );
  });

  it('place missing values as the stock model does for every sortUndefined setting, inverted or not', () => {
    // The claims table's own columns use 'last' or leave the stock default (1); a column with any
    // other setting must still sort exactly as @tanstack does.
    const settings = [1, -1, 'first', 'last', false, undefined] as const;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<string | undefined>('b', 'a', 'B', 'ابراهيم', 'إبراهيم', undefined), { maxLength: 30 }),
        fc.constantFrom(...settings),
        fc.boolean(),
        fc.boolean(),
        (values, sortUndefined, invertSorting, desc) => {
          const column = { id: 'v', accessorFn: (r: { v: string | undefined }) => r.v, sortUndefined, invertSorting };
          const common = { columns: [column], data: values.map((v) => ({ v })), defaultColumn: { sortFn: 'normalised' }, getRowId: (_r: unknown, i: number) => `r${i}` };
          const keyed = constructTable({ ...common, features: { ...claimFeatures, coreReactivityFeature: storeReactivityBindings() } } as never) as unknown as TableState;
          const stock = constructTable({
            ...common,
            features: { ...claimFeatures, coreReactivityFeature: storeReactivityBindings(), sortedRowModel: createSortedRowModel(), filteredRowModel: createFilteredRowModel() },
          } as never) as unknown as TableState;
          for (const t of [keyed, stock]) t.setSorting([{ id: 'v', desc }]);
          expect(keyed.getRowModel().rows.map((r) => r.id)).toEqual(stock.getRowModel().rows.map((r) => r.id));
        },
      ),
      { numRuns: 400, seed: 20261129 },
    );
  });

  it('sorts 20,000 claims with blanks last in both directions and ties in case order', () => {
    const rows = rowsOf(Array.from({ length: 20_000 }, (_, i) => ({ ...base, speaker: i % 7 === 0 ? '' : `Actor ${i % 500}`, text: `claim ${i}` })));
    const [keyed, stock] = tables(rows) as unknown as [TableState, TableState];
    for (const desc of [false, true]) {
      keyed.setSorting([{ id: 'speaker', desc }]);
      stock.setSorting([{ id: 'speaker', desc }]);
      const got = keyed.getRowModel().rows.map((r) => r.id);
      expect(got).toEqual(stock.getRowModel().rows.map((r) => r.id));
      expect(got.slice(-2)).toEqual(['c19992', 'c19999']);
    }
  });
});

const base: Omit<ClaimRow, 'id' | 'articleId'> = {
  text: '',
  speaker: '',
  subjects: '',
  source: '',
  channel: '',
  grade: 'F6',
  claimType: 'statement',
  article: '',
  status: 'accepted',
  hedged: false,
};

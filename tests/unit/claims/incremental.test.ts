import { constructTable, createFilteredRowModel, createSortedRowModel } from '@tanstack/table-core';
import type { ColumnFiltersState, SortingState } from '@tanstack/table-core';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tableOptions } from './table-options';
import { changedPlaces, pickPatched } from '../../../renderer/src/claims/changes';
import { claimFeatures } from '../../../renderer/src/claims/columns';
import { claimCounts, ClaimTableRows, type ClaimRow } from '../../../renderer/src/claims/rows';
import { CLAIM_TYPES, type Actor, type Annotation, type Article, type Credibility, type Source } from '../../../shared/domain';

// An edit replaces one annotation of the case and keeps every other object; the claims table then
// patches its rows, list, counts, keys and sort order at that place instead of starting over. Each
// test here edits a case step by step and compares, after every step, what the patched stages give
// with what a fresh build of the same case gives.

const NOW = '2026-12-07T00:00:00.000Z';
const REVIEWS = ['accepted', 'pending', 'rejected'] as const;

function article(id: string, title: string): Article {
  return {
    id, title, text: 'x', lang: 'en', dir: 'ltr', url: null, publisher: null, byline: null, publishedAt: null,
    origin: { fileName: null, format: 'paste', encoding: null }, contentHash: id, paragraphStarts: [0], sourceId: null, addedAt: NOW,
  };
}

interface Spec {
  claim: boolean;
  review: (typeof REVIEWS)[number];
  speaker: number;
  source: number;
  credibility: number;
  text: string;
}

function annotation(id: string, s: Spec): Annotation {
  return {
    id, articleId: `art${s.speaker % 2}`, kind: s.claim ? 'claim' : 'actor',
    target: { position: { type: 'TextPositionSelector', start: 0, end: s.text.length }, quote: { type: 'TextQuoteSelector', exact: s.text, prefix: '', suffix: '' } },
    origin: { kind: 'manual' }, review: s.review, confidence: 1,
    claim: s.claim
      ? { speakerId: `a${s.speaker}`, subjectIds: [`a${(s.speaker + 1) % 4}`], sourceId: `s${s.source}`, channel: '', claimType: CLAIM_TYPES[s.speaker % CLAIM_TYPES.length]!, hedged: false, credibility: s.credibility as Credibility, comment: '', tags: [] }
      : null,
    actorId: s.claim ? null : `a${s.speaker}`, sourceId: null, note: '', createdAt: NOW, updatedAt: NOW,
  };
}

const specArb = fc.record({
  claim: fc.boolean(),
  review: fc.constantFrom(...REVIEWS),
  speaker: fc.nat(5),
  source: fc.nat(3),
  credibility: fc.integer({ min: 1, max: 6 }),
  text: fc.constantFrom('قال حفتر', 'Putin said', 'the claim', 'إبراهيم', 'ابراهيم', ''),
});

type Op =
  | { kind: 'edit'; at: number; spec: Spec }
  | { kind: 'insert'; at: number; spec: Spec }
  | { kind: 'delete'; at: number }
  | { kind: 'rename'; actor: number; name: string }
  | { kind: 'editAll'; spec: Spec };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), spec: specArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), spec: specArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rename' as const), actor: fc.nat(5), name: fc.constantFrom('Zed', 'خليفة حفتر', 'ابراهيم') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('editAll' as const), spec: specArb }) },
);

interface Case {
  articles: Article[];
  actors: Actor[];
  sources: Source[];
  annotations: Annotation[];
}

const names = ['Khalifa Haftar', 'روسيا', 'Putin', 'إبراهيم تراوري', 'Macron', 'الجزيرة'];
function startCase(specs: Spec[]): Case {
  return {
    articles: [article('art0', 'موسكو'), article('art1', 'Moscow')],
    actors: names.map((name, i) => ({ id: `a${i}`, name, type: 'person', aliases: [], role: '' })),
    sources: (['A', 'C', 'E', 'F'] as const).map((reliability, i) => ({ id: `s${i}`, name: `Source ${i}`, kind: 'outlet', reliability, aliases: [] })),
    annotations: specs.map((s, i) => annotation(`n${i}`, s)),
  };
}

let nextId = 1000;
/** Applies `op` as the app's edits do: new arrays, every untouched object kept. */
function apply(c: Case, op: Op): Case {
  const list = c.annotations;
  switch (op.kind) {
    case 'edit':
      if (!list.length) return c;
      return { ...c, annotations: list.map((a, i) => (i === op.at % list.length ? annotation(a.id, op.spec) : a)) };
    case 'insert': {
      const at = op.at % (list.length + 1);
      return { ...c, annotations: [...list.slice(0, at), annotation(`n${nextId++}`, op.spec), ...list.slice(at)] };
    }
    case 'delete':
      return list.length ? { ...c, annotations: list.filter((_, i) => i !== op.at % list.length) } : c;
    case 'rename':
      return { ...c, actors: c.actors.map((a, i) => (i === op.actor ? { ...a, name: op.name } : a)) };
    case 'editAll':
      return { ...c, annotations: list.map((a) => annotation(a.id, op.spec)) };
  }
}

describe('changedPlaces and pickPatched', () => {
  it('find the places that differ, or give up on another length or too many changes', () => {
    const a = [{}, {}, {}];
    expect(changedPlaces(a, [a[0], {}, a[2]])).toEqual([1]);
    expect(changedPlaces(a, a.slice(0, 2))).toBeNull();
    expect(changedPlaces(a, [{}, {}, {}], 2)).toBeNull();
  });

  it('patch a filtered and mapped copy exactly as building it again', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 120 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 9 })), { maxLength: 80 }), (start, edits) => {
        let input = start.map((v) => ({ v }));
        let last = pickPatched(null, input, (x) => x.v % 3 !== 0, (x) => x.v * 10);
        for (const [at, v] of edits) {
          if (!input.length) break;
          input = input.map((x, i) => (i === at % input.length ? { v } : x));
          last = pickPatched(last, input, (x) => x.v % 3 !== 0, (x) => x.v * 10);
          expect(last.output).toEqual(input.filter((x) => x.v % 3 !== 0).map((x) => x.v * 10));
        }
      }),
      { numRuns: 200, seed: 20261207 },
    );
  });
});

describe('claims table rows after edits', () => {
  it('rows, the list with and without suggestions, and the counts match a fresh build after every edit', () => {
    fc.assert(
      fc.property(fc.array(specArb, { maxLength: 90 }), fc.array(opArb, { minLength: 1, maxLength: 12 }), (specs, ops) => {
        let c = startCase(specs);
        const patched = new ClaimTableRows();
        patched.rows(c);
        for (const op of ops) {
          const before = patched.rows(c);
          c = apply(c, op);
          const fresh = new ClaimTableRows();
          const rows = patched.rows(c);
          expect(rows).toEqual(fresh.rows(c));
          for (const include of [false, true]) expect(patched.listed(rows, include)).toEqual(fresh.listed(fresh.rows(c), include));
          // The tab's counts, made from the annotations, agree with the rows.
          const accepted = rows.filter((r) => r.status === 'accepted').length;
          expect(claimCounts(c.annotations)).toEqual({ claims: accepted, suggestions: rows.length - accepted });
          // An edit to one claim leaves every other row the very object it was.
          if (op.kind === 'edit' && rows.length === before.length) expect(rows.filter((r, i) => r !== before[i]).length).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 150, seed: 20261207 },
    );
  });
});

interface TableState {
  setSorting(s: SortingState): void;
  setColumnFilters(f: ColumnFiltersState): void;
  setGlobalFilter(v: string): void;
  setOptions(update: (old: Record<string, unknown>) => Record<string, unknown>): void;
  getRowModel(): { rows: { id: string; original: ClaimRow }[] };
}

const options = tableOptions;

const stockTable = (rows: ClaimRow[]) =>
  constructTable({
    ...options(rows),
    features: { ...claimFeatures, coreReactivityFeature: storeReactivityBindings(), coreRowModel: undefined, sortedRowModel: createSortedRowModel(), filteredRowModel: createFilteredRowModel() },
  } as never) as unknown as TableState;

const SORTABLE = ['text', 'speaker', 'subjects', 'source', 'grade', 'claimType', 'article', 'status'];
const sortArb = fc.array(fc.record({ id: fc.constantFrom(...SORTABLE), desc: fc.boolean() }), { maxLength: 2 }).map((s) => s.filter((e, i) => s.findIndex((x) => x.id === e.id) === i));

describe('claims table row models after edits', () => {
  it('one table given each edited case sorts, filters and searches as a fresh stock table', () => {
    fc.assert(
      fc.property(
        fc.array(specArb, { maxLength: 90 }),
        fc.array(opArb, { minLength: 1, maxLength: 10 }),
        sortArb,
        fc.constantFrom<ColumnFiltersState>([], [{ id: 'speaker', value: 'ابراهيم' }], [{ id: 'grade', value: 'a' }], [{ id: 'status', value: 'accepted' }]),
        fc.constantFrom('', 'put', 'حفتر'),
        (specs, ops, sorting, filters, search) => {
          let c = startCase(specs);
          const rowsOf = new ClaimTableRows();
          const keyed = constructTable({ ...options(rowsOf.rows(c)), features: { ...claimFeatures, coreReactivityFeature: storeReactivityBindings() } } as never) as unknown as TableState;
          keyed.setSorting(sorting);
          keyed.setColumnFilters(filters);
          keyed.setGlobalFilter(search);
          keyed.getRowModel();
          for (const op of ops) {
            c = apply(c, op);
            const rows = rowsOf.rows(c);
            keyed.setOptions((old) => ({ ...old, data: rows }));
            const stock = stockTable(rows);
            stock.setSorting(sorting);
            stock.setColumnFilters(filters);
            stock.setGlobalFilter(search);
            const got = keyed.getRowModel().rows;
            expect(got.map((r) => r.id)).toEqual(stock.getRowModel().rows.map((r) => r.id));
            // The rows show the edited claims, not what they were before.
            expect(got.map((r) => r.original)).toEqual(stock.getRowModel().rows.map((r) => r.original));
          }
        },
      ),
      { numRuns: 150, seed: 20261207 },
    );
  });
});

describe('claims table keys warmed in idle steps', () => {
  const settle = async (steps = 400) => {
    for (let i = 0; i < steps; i++) await new Promise((r) => setTimeout(r, 0));
  };

  it('sorts as the stock model once warmed, for a first case and for another case after it', async () => {
    for (const [n, salt] of [[20_000, 'a'], [30_000, 'b']] as const) {
      const rows = Array.from({ length: n }, (_, i): ClaimRow => ({
        id: `${salt}${i}`, articleId: 'x', text: `${salt} claim ${(i * 7919) % n}`, speaker: i % 9 ? `Actor ${i % 700}` : '', subjects: '', source: `إبراهيم ${i % 50}`,
        channel: '', grade: 'B2', claimType: 'statement', article: `Article ${i % 300}`, status: 'accepted', hedged: false,
      }));
      const keyed = constructTable({ ...options(rows), features: { ...claimFeatures, coreReactivityFeature: storeReactivityBindings() } } as never) as unknown as TableState;
      const { warmTableKeys } = await import('../../../renderer/src/claims/rowModels');
      warmTableKeys(keyed as never);
      const stock = stockTable(rows);
      // A sort arriving while the warm-up is half done finishes it and sorts as the stock model.
      await settle(5);
      keyed.setSorting([{ id: 'text', desc: true }]);
      stock.setSorting([{ id: 'text', desc: true }]);
      expect(keyed.getRowModel().rows.map((r) => r.id)).toEqual(stock.getRowModel().rows.map((r) => r.id));
      await settle();
      for (const sorting of [[{ id: 'text', desc: false }], [{ id: 'speaker', desc: true }], [{ id: 'source', desc: false }]]) {
        keyed.setSorting(sorting);
        stock.setSorting(sorting);
        expect(keyed.getRowModel().rows.map((r) => r.id)).toEqual(stock.getRowModel().rows.map((r) => r.id));
      }
    }
  }, 120_000);
});

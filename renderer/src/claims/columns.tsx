import { useEffect, useRef } from 'react';
import {
  columnFilteringFeature,
  columnVisibilityFeature,
  createColumnHelper,
  globalFilteringFeature,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import { CLAIM_TYPES, REVIEW_STATES } from '../../../shared/domain';
import { filterFn_exact, filterFn_normalisedIncludes, filterFn_searchRow, sortFn_normalised } from './match';
import type { ClaimRow } from './rows';
import { createKeyedFilteredRowModel, createKeyedSortedRowModel, createReusingCoreRowModel } from './rowModels';


/** Per-column layout and filter kind; read by the header and the column menu. */
export interface ClaimColumnMeta {
  /** Human label used in aria-labels ("Filter Speaker", "Show column Speaker"). */
  label: string;
  /** One CSS grid track: header and body rows share the template, so columns stay aligned. */
  width: string;
  filter: 'text' | 'select' | 'none';
  options?: readonly string[];
}

// Module scope: the table keeps these by identity, so they must not be rebuilt on every render.
export const claimFeatures = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  columnVisibilityFeature,
  rowSelectionFeature,
  // The stock models' results, from keys prepared once per data array and rows kept across edits
  // (see rowModels.ts).
  coreRowModel: createReusingCoreRowModel(),
  sortedRowModel: createKeyedSortedRowModel(),
  filteredRowModel: createKeyedFilteredRowModel(),
  sortFns: { normalised: sortFn_normalised },
  filterFns: { normalisedIncludes: filterFn_normalisedIncludes, exact: filterFn_exact, searchRow: filterFn_searchRow },
  columnMeta: {} as ClaimColumnMeta,
});

export type ClaimFeatures = typeof claimFeatures;

const col = createColumnHelper<ClaimFeatures, ClaimRow>();

function Checkbox(props: { checked: boolean; indeterminate?: boolean; label: string; onChange: (e: unknown) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = !!props.indeterminate && !props.checked;
  }, [props.indeterminate, props.checked]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className="claims-check"
      aria-label={props.label}
      checked={props.checked}
      onChange={props.onChange}
      // The row opens the article on click; ticking the box must not.
      onClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => e.stopPropagation()}
    />
  );
}

/** Blank names read as missing, so sorting puts them after every named row in both directions. */
const blank = (s: string): string | undefined => s || undefined;

const text = (label: string, width: string): ClaimColumnMeta => ({ label, width, filter: 'text' });

export const claimColumns = col.columns([
  col.display({
    id: 'select',
    enableHiding: false,
    enableSorting: false,
    enableColumnFilter: false,
    enableGlobalFilter: false,
    meta: { label: 'Pick', width: '2.25rem', filter: 'none' },
    header: ({ table }) => (
      <Checkbox
        label="Pick all shown claims"
        checked={table.getIsAllRowsSelected()}
        indeterminate={table.getIsSomeRowsSelected()}
        onChange={table.getToggleAllRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) => (
      <Checkbox label="Pick claim" checked={row.getIsSelected()} onChange={row.getToggleSelectedHandler()} />
    ),
  }),
  col.accessor('text', {
    header: 'Claim',
    meta: text('Claim', 'minmax(9.5rem, 4fr)'),
    cell: ({ getValue }) => (
      <span className="claims-text" dir="auto">
        {getValue()}
      </span>
    ),
  }),
  col.accessor((r) => blank(r.speaker), {
    id: 'speaker',
    sortUndefined: 'last',
    header: 'Speaker',
    meta: text('Speaker', 'minmax(5.5rem, 1.2fr)'),
    cell: ({ getValue }) => (
      <span className="claims-name" dir="auto" title={getValue()}>
        {getValue() ?? '—'}
      </span>
    ),
  }),
  col.accessor((r) => blank(r.subjects), {
    id: 'subjects',
    sortUndefined: 'last',
    header: 'Subjects',
    meta: text('Subjects', 'minmax(4.5rem, 1fr)'),
    cell: ({ getValue }) => (
      <span className="claims-name" dir="auto" title={getValue()}>
        {getValue()}
      </span>
    ),
  }),
  col.accessor((r) => blank(r.source), {
    id: 'source',
    sortUndefined: 'last',
    header: 'Source',
    meta: text('Source', 'minmax(5.5rem, 1.2fr)'),
    cell: ({ getValue, row }) => (
      <span className="claims-source">
        <span className="claims-name" dir="auto" title={getValue()}>
          {getValue() ?? '—'}
        </span>
        {row.original.channel ? (
          <small dir="auto" className="claims-channel">
            {row.original.channel}
          </small>
        ) : null}
      </span>
    ),
  }),
  col.accessor('grade', {
    header: 'Grade',
    meta: text('Grade', '3.25rem'),
    cell: ({ getValue }) => <span className="claims-grade">{getValue()}</span>,
  }),
  col.accessor('claimType', {
    header: 'Type',
    filterFn: 'exact',
    meta: { label: 'Type', width: '6rem', filter: 'select', options: CLAIM_TYPES },
    cell: ({ getValue, row }) => (
      <span className="claims-type">
        {getValue()}
        {row.original.hedged ? <small className="claims-hedged">hedged</small> : null}
      </span>
    ),
  }),
  col.accessor((r) => blank(r.article), {
    id: 'article',
    sortUndefined: 'last',
    header: 'Article',
    meta: text('Article', 'minmax(5.5rem, 1.2fr)'),
    cell: ({ getValue }) => (
      <span className="claims-name" dir="auto" title={getValue()}>
        {getValue()}
      </span>
    ),
  }),
  col.accessor('status', {
    header: 'Status',
    filterFn: 'exact',
    meta: { label: 'Status', width: '5.25rem', filter: 'select', options: REVIEW_STATES },
    cell: ({ getValue }) => <span className={`claims-status claims-status-${getValue()}`}>{getValue()}</span>,
  }),
]);

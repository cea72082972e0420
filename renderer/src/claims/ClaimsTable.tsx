import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import type { CSSProperties, JSX, KeyboardEvent } from 'react';
import { useTable } from '@tanstack/react-table';
import type { Column, ReactTable, Row, RowSelectionState, Updater } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { claimColumns, claimFeatures } from './columns';
import { warmTableKeys } from './rowModels';
import type { ClaimFeatures } from './columns';
import type { ClaimRow } from './rows';
import { beginInteraction, endInteractionAfterPaint, type InteractionName } from '../perf';
import './claims-table.css';

/** Fixed body row height in CSS pixels: two clamped lines of claim text plus padding (see .claims-row). */
export const CLAIM_ROW_HEIGHT = 44;
const OVERSCAN = 4;

// Ascending first on every column, even when the first row's value is blank.
const defaultColumn = { filterFn: 'normalisedIncludes', sortFn: 'normalised', sortDescFirst: false } as const;
const getRowId = (row: ClaimRow) => row.id;
// Opening is ended by the body once rows are on screen (the table may be built ahead, hidden).
const TABLE_INTERACTIONS: InteractionName[] = ['cw:table-sort', 'cw:table-filter', 'cw:table-search'];
// The global search tests each row once, against its whole-row key: only one column takes part
// (hidden columns do too, so hiding Claim does not stop it) and searchRow ignores which it is.
const getColumnCanGlobalFilter = (column: { id: string }) => column.id === 'text';

export interface ClaimsTableProps {
  /** Rows from claimRows(); pass a memoised array, a new array re-sorts and re-filters. */
  rows: ClaimRow[];
  /** Click or Enter on a row (not on its checkbox). */
  onOpen: (row: ClaimRow) => void;
  /** Picked claim ids. When given, the selection is controlled: the table shows exactly these. */
  selectedIds?: string[];
  /** Every change of the picked ids (checkbox, "pick all shown"); ids may include rows now filtered out. */
  onSelectionChange?: (ids: string[]) => void;
  /** Id of the claim currently open in the reading view; its row is marked. */
  activeId?: string | null;
  /**
   * False while the table is kept built but hidden (App builds it in idle time so opening the tab
   * only shows it). Default true.
   */
  visible?: boolean;
  /** How many pending or rejected suggestions the case holds (they are not claims yet). */
  suggestions?: number;
  /** Whether `rows` includes those suggestions; the toolbar's checkbox asks for them. */
  includeSuggestions?: boolean;
  onIncludeSuggestions?: (include: boolean) => void;
}

function toSelection(ids: readonly string[]): RowSelectionState {
  const out: RowSelectionState = {};
  for (const id of ids) out[id] = true;
  return out;
}

function ariaSort(sorted: false | 'asc' | 'desc'): 'ascending' | 'descending' | 'none' {
  return sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none';
}

function ColumnFilter({ column }: { column: Column<ClaimFeatures, ClaimRow, unknown> }) {
  const meta = column.columnDef.meta;
  if (!meta || meta.filter === 'none' || !column.getCanFilter()) return null;
  const value = (column.getFilterValue() as string | undefined) ?? '';
  const label = `Filter ${meta.label}`;
  if (meta.filter === 'select') {
    return (
      <select
        className="claims-filter"
        aria-label={label}
        value={value}
        onChange={(e) => {
          beginInteraction('cw:table-filter', e.timeStamp);
          column.setFilterValue(e.target.value || undefined);
        }}
      >
        <option value="">all</option>
        {(meta.options ?? []).map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      className="claims-filter"
      type="search"
      dir="auto"
      aria-label={label}
      placeholder="filter"
      value={value}
      onChange={(e) => {
        beginInteraction('cw:table-filter', e.timeStamp);
        column.setFilterValue(e.target.value);
      }}
    />
  );
}

interface ClaimsBodyProps {
  table: ReactTable<ClaimFeatures, ClaimRow>;
  shown: Row<ClaimFeatures, ClaimRow>[];
  scrollEl: HTMLDivElement | null;
  onOpen: (row: ClaimRow) => void;
  activeId: string | null;
  visible: boolean;
}

function onRowKey(e: KeyboardEvent<HTMLTableRowElement>, row: ClaimRow, onOpen: (row: ClaimRow) => void) {
  if (e.target !== e.currentTarget) return;
  if (e.key === 'Enter') {
    e.preventDefault();
    onOpen(row);
  } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    // The neighbour is always rendered (overscan), and native focus scrolling brings it into view.
    const sibling = e.key === 'ArrowDown' ? e.currentTarget.nextElementSibling : e.currentTarget.previousElementSibling;
    if (sibling instanceof HTMLElement && sibling.dataset.claimId) {
      e.preventDefault();
      sibling.focus();
    }
  }
}

/**
 * The virtualised body. Its own component so that scrolling re-renders only the rows in view, not
 * the toolbar and header; the table object changes identity whenever table state changes, so
 * memo() still re-renders it on sorting, filtering, picks and column changes.
 */
const ClaimsBody = memo(function ClaimsBody({ table, shown, scrollEl, onOpen, activeId, visible }: ClaimsBodyProps) {
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollEl,
    estimateSize: () => CLAIM_ROW_HEIGHT,
    overscan: OVERSCAN,
  });
  const items = virtualizer.getVirtualItems();
  // Opening the table ends at the first paint with its rows in view (or with none to show): a table
  // made visible re-measures its viewport first, and a frame with an empty body is not "open".
  useEffect(() => {
    if (visible && (items.length > 0 || shown.length === 0)) endInteractionAfterPaint('cw:table-open');
  });
  return (
    <tbody className="claims-body" role="rowgroup" style={{ height: `${virtualizer.getTotalSize()}px` }}>
      {items.map((item) => {
        const row = shown[item.index];
        if (!row) return null;
        const claim = row.original;
        // Keyed by place, cells by column: a sort or filter refills the rows in view with other
        // claims' text instead of replacing ~30 rows of elements (style ~7 ms and layout ~2 ms less
        // a click). Scrolling still brings new places, so new rows, as before.
        return (
          <tr
            key={item.index}
            role="row"
            tabIndex={0}
            aria-rowindex={item.index + 3}
            data-claim-id={claim.id}
            data-index={item.index}
            data-picked={row.getIsSelected() || undefined}
            aria-current={activeId === claim.id ? 'true' : undefined}
            className="claims-row"
            style={{ transform: `translateY(${item.start}px)` }}
            onClick={() => onOpen(claim)}
            onKeyDown={(e) => onRowKey(e, claim, onOpen)}
          >
            {row.getVisibleCells().map((cell) => (
              <td key={cell.column.id} role="cell" className={`claims-td claims-col-${cell.column.id}`}>
                <table.FlexRender cell={cell} />
              </td>
            ))}
          </tr>
        );
      })}
    </tbody>
  );
});

/**
 * The case's claims as a sortable, filterable, virtualised table (memo: App keeps it built, parked
 * while another view shows, and an App render with the same props must not re-render it). Only the
 * rows in view (plus overscan) are in the DOM, so 20,000 claims scroll smoothly; filters compare
 * Arabic-tolerant keys.
 * Sorting, filters and column visibility live in the table; the picked ids are reported upward.
 */
export const ClaimsTable = memo(function ClaimsTable(props: ClaimsTableProps): JSX.Element {
  const { rows, onOpen, selectedIds, onSelectionChange, activeId, visible = true, suggestions = 0, includeSuggestions = false, onIncludeSuggestions } = props;
  const [ownSelection, setOwnSelection] = useState<RowSelectionState>({});
  const controlledSelection = useMemo(() => (selectedIds ? toSelection(selectedIds) : null), [selectedIds]);
  const rowSelection = controlledSelection ?? ownSelection;

  const onRowSelectionChange = useCallback(
    (updater: Updater<RowSelectionState>) => {
      const next = typeof updater === 'function' ? updater(rowSelection) : updater;
      if (!controlledSelection) setOwnSelection(next);
      onSelectionChange?.(Object.keys(next).filter((id) => next[id]));
    },
    [rowSelection, controlledSelection, onSelectionChange],
  );

  const table = useTable({
    features: claimFeatures,
    columns: claimColumns,
    data: rows,
    defaultColumn,
    getRowId,
    globalFilterFn: 'searchRow',
    getColumnCanGlobalFilter,
    state: { rowSelection },
    onRowSelectionChange,
  });

  // The table object is stable across renders; a new rows array means new keys to prepare.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => warmTableKeys(table), [rows]);

  const shown = table.getRowModel().rows;
  // Every sort, filter or search (and the first render) yields a new row model: its paint ends them.
  useEffect(() => {
    for (const name of TABLE_INTERACTIONS) endInteractionAfterPaint(name);
  }, [shown]);
  const visibleColumns = table.getVisibleLeafColumns();
  const template = visibleColumns.map((c) => c.columnDef.meta?.width ?? '1fr').join(' ');

  // State, not a ref: the body's virtualiser must re-run once the scroll element exists.
  const [scrollEl, setScrollEl] = useState<HTMLDivElement | null>(null);

  const globalFilter = (table.state.globalFilter as string | undefined) ?? '';
  const filtered = table.state.columnFilters.length > 0 || globalFilter !== '';
  const pickedCount = Object.keys(rowSelection).length;

  return (
    <section className="claims" aria-label="Claims">
      <div className="claims-toolbar">
        <input
          // A new element each time the table is parked or shown: a hidden view keeps no typed
          // history, so Chromium's undo (its stack is the page's, not the field's) cannot refill it.
          key={visible ? 'shown' : 'parked'}
          className="claims-search"
          type="search"
          dir="auto"
          aria-label="Search claims"
          placeholder="Search claims, speakers, sources…"
          value={globalFilter}
          onChange={(e) => {
            beginInteraction('cw:table-search', e.timeStamp);
            table.setGlobalFilter(e.target.value);
          }}
        />
        <details className="claims-columns">
          <summary>Columns</summary>
          <div className="claims-columns-menu">
            {table
              .getAllLeafColumns()
              .filter((c) => c.getCanHide())
              .map((c) => (
                <label key={c.id}>
                  <input
                    type="checkbox"
                    aria-label={`Show column ${c.columnDef.meta?.label ?? c.id}`}
                    checked={c.getIsVisible()}
                    onChange={c.getToggleVisibilityHandler()}
                  />
                  {c.columnDef.meta?.label ?? c.id}
                </label>
              ))}
          </div>
        </details>
        {filtered ? (
          <button
            type="button"
            className="claims-clear"
            onClick={() => {
              table.resetColumnFilters(true);
              table.setGlobalFilter('');
            }}
          >
            Clear filters
          </button>
        ) : null}
        {suggestions > 0 || includeSuggestions ? (
          <label className="claims-suggestions">
            <input type="checkbox" checked={includeSuggestions} onChange={(e) => onIncludeSuggestions?.(e.target.checked)} />
            Include suggestions ({suggestions})
          </label>
        ) : null}
        <span className="claims-count" role="status">
          {shown.length} of {rows.length} {includeSuggestions ? 'claims and suggestions' : 'claims'}
          {pickedCount ? ` · ${pickedCount} picked` : ''}
        </span>
        {pickedCount ? (
          <button type="button" className="claims-clear" onClick={() => table.resetRowSelection(true)}>
            Clear picks
          </button>
        ) : null}
      </div>
      <div className="claims-scroll" ref={setScrollEl}>
        <table
          className="claims-table"
          role="table"
          aria-label="Claims"
          aria-rowcount={shown.length + 2}
          style={{ '--claims-columns': template } as CSSProperties}
        >
          <thead className="claims-head" role="rowgroup">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} role="row" aria-rowindex={1} className="claims-head-row">
                {group.headers.map((header) => {
                  const column = header.column;
                  const sorted = column.getIsSorted();
                  const toggleSorting = column.getToggleSortingHandler();
                  return (
                    <th
                      key={header.id}
                      role="columnheader"
                      scope="col"
                      aria-sort={column.getCanSort() ? ariaSort(sorted) : undefined}
                      className={`claims-th claims-col-${column.id}`}
                    >
                      {column.getCanSort() ? (
                        <button
                          type="button"
                          className="claims-sort"
                          onClick={(e) => {
                            beginInteraction('cw:table-sort', e.timeStamp);
                            toggleSorting?.(e);
                          }}
                        >
                          <table.FlexRender header={header} />
                          <span className="claims-sort-mark" aria-hidden="true">
                            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                          </span>
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
            <tr role="row" aria-rowindex={2} className="claims-head-row claims-filter-row">
              {visibleColumns.map((column) => (
                <th key={column.id} role="columnheader" className={`claims-th claims-col-${column.id}`}>
                  <ColumnFilter key={visible ? 'shown' : 'parked'} column={column} />
                </th>
              ))}
            </tr>
          </thead>
          <ClaimsBody table={table} shown={shown} scrollEl={scrollEl} onOpen={onOpen} activeId={activeId ?? null} visible={visible} />
        </table>
        {shown.length === 0 ? (
          <p className="claims-empty">{rows.length === 0 ? 'No claims in this case yet.' : 'No claims match the filters.'}</p>
        ) : null}
      </div>
    </section>
  );
});

import { claimColumns } from '../../../renderer/src/claims/columns';
import type { ClaimRow } from '../../../renderer/src/claims/rows';

/** The claims table's options as ClaimsTable gives them, for tables built in unit tests. */
export const tableOptions = (rows: ClaimRow[]) => ({
  columns: claimColumns,
  data: rows,
  getRowId: (r: ClaimRow) => r.id,
  defaultColumn: { filterFn: 'normalisedIncludes', sortFn: 'normalised', sortDescFirst: false },
  globalFilterFn: 'searchRow',
  getColumnCanGlobalFilter: (c: { id: string }) => c.id === 'text',
});

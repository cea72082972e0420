import { useEffect, useMemo, useState } from 'react';
import type { CaseData } from '../../../shared/domain';
import { whenIdle } from '../idle';
import { claimCounts, claimRows, tableRows as claimsTableRows, type ClaimCounts, type ClaimRow } from './rows';
import { warmSearchKeys } from './rowModels';

/** What the workbench needs of the claims table: its rows, the counts for the tab, and whether it is built. */
export interface ClaimsTableState {
  /** The rows the table shows now (the latest while it is on screen; taken in idle time while hidden). */
  rows: ClaimRow[];
  counts: ClaimCounts;
  /** True once the hidden table has been built ahead of its first opening. */
  built: boolean;
  includeSuggestions: boolean;
  setIncludeSuggestions: (include: boolean) => void;
}

type TableData = Pick<CaseData, 'articles' | 'actors' | 'sources' | 'annotations'>;

const NO_ROWS: ClaimRow[] = [];

/** The rows the table lists for `data` (none while no case, or only a first part, is shown). */
function listedRows(data: TableData | undefined, includeSuggestions: boolean): ClaimRow[] {
  return data ? claimsTableRows(claimRows(data), includeSuggestions) : NO_ROWS;
}

/**
 * The claims table's rows for a case, built ahead while the analyst reads.
 * `visible` is whether the table's tab is on screen; `data` is undefined while no case is open.
 */
export function useClaimsTable(data: TableData | undefined, visible: boolean): ClaimsTableState {
  // Claims are what the analyst made or accepted; pending and rejected suggestions join the table
  // only when asked (they are not claims yet, nor counted as such).
  const [includeSuggestions, setIncludeSuggestions] = useState(false);
  // The tab's count comes from the annotations: one pass, no rows (a case of 20,000 made its rows in
  // the render in which its annotations arrived, before the highlights could paint).
  const counts = useMemo(() => claimCounts(data?.annotations ?? []), [data?.annotations]);
  // Rows are made in the render that shows the table; while it is hidden, when the browser is idle.
  const shownRows = useMemo(() => (visible ? listedRows(data, includeSuggestions) : null), [visible, data, includeSuggestions]);
  // The claims table is built ahead, hidden, when the browser is idle, and kept built: opening the tab
  // then only shows it (building 20,000 rows takes longer than a click may). While it is hidden it
  // takes new rows in idle time too, so an edit in the reading view never waits for it.
  const [built, setBuilt] = useState(false);
  const [idleRows, setIdleRows] = useState<ClaimRow[]>(NO_ROWS);
  useEffect(() => {
    if (visible) return;
    return whenIdle(() => {
      setIdleRows(listedRows(data, includeSuggestions));
      setBuilt(true);
    });
  }, [data, includeSuggestions, visible]);
  const rows = shownRows ?? idleRows;
  // Fold the claims' keys while the reader reads, so the claims table's first sort or search need not.
  useEffect(() => warmSearchKeys(rows), [rows]);
  return { rows, counts, built, includeSuggestions, setIncludeSuggestions };
}

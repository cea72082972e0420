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

/**
 * The claims table's rows for a case, built ahead while the analyst reads.
 * `visible` is whether the table's tab is on screen; `data` is undefined while no case is open.
 */
export function useClaimsTable(data: Pick<CaseData, 'articles' | 'actors' | 'sources' | 'annotations'> | undefined, visible: boolean): ClaimsTableState {
  // Claims are what the analyst made or accepted; pending and rejected suggestions join the table
  // only when asked (they are not claims yet, nor counted as such).
  const [includeSuggestions, setIncludeSuggestions] = useState(false);
  const allClaimRows = useMemo(() => (data ? claimRows(data) : []), [data]);
  const counts = useMemo(() => claimCounts(allClaimRows), [allClaimRows]);
  const rows = useMemo(() => claimsTableRows(allClaimRows, includeSuggestions), [allClaimRows, includeSuggestions]);
  // Fold the claims' keys while the reader reads, so the claims table's first sort or search need not.
  useEffect(() => warmSearchKeys(rows), [rows]);
  // The claims table is built ahead, hidden, when the browser is idle, and kept built: opening the tab
  // then only shows it (building 20,000 rows takes longer than a click may). While it is hidden it
  // takes new rows in idle time too, so an edit in the reading view never waits for it.
  const [built, setBuilt] = useState(false);
  const [idleRows, setIdleRows] = useState<ClaimRow[]>(rows);
  useEffect(() => {
    if (visible) return;
    return whenIdle(() => {
      setIdleRows(rows);
      setBuilt(true);
    });
  }, [rows, visible]);
  return { rows: visible ? rows : idleRows, counts, built, includeSuggestions, setIncludeSuggestions };
}

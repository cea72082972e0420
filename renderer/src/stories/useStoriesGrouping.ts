import { useEffect, useMemo, useRef, useState } from 'react';
import { storiesStillHold } from '../../../shared/briefing/model';
import type { StoriesInput, StoriesResult } from '../../../shared/stories';
import { GroupingAsker } from './grouping-client';
import type { GroupedIn } from './grouping-protocol';

/** The last grouping of the Stories view, kept while the view is closed: reopening an unchanged case shows it at once. */
let last: { made: StoriesInput; result: StoriesResult | null; groupedIn: GroupedIn; notice: string | null } | null = null;

export interface StoriesGrouping {
  /** The stories of `data`, or null while they are grouped (or could not be: see notice). */
  result: StoriesResult | null;
  groupedIn: GroupedIn | null;
  /** Why the stories were grouped in the window, or could not be grouped; null otherwise. */
  notice: string | null;
}

/**
 * The Stories view's stories of `data`, grouped in the worker (grouping-client.ts) so the window
 * keeps answering. Kept while only fields the stories do not read change (storiesStillHold: a
 * credibility, a comment), so accepting a proposed grade never regroups; any other edit shows
 * "grouping" until the newest data's stories are back, never the stories of before the edit.
 */
export function useStoriesGrouping(data: StoriesInput): StoriesGrouping {
  const [doneAt, setDoneAt] = useState(0);
  const held = useMemo(() => {
    void doneAt;
    if (!last || !storiesStillHold(last.made, data)) return null;
    last = { ...last, made: data };
    return last;
  }, [data, doneAt]);

  // One asker for the view's life, so edits in a row wait behind the grouping running, never pile up.
  const asker = useRef<GroupingAsker<'stories'> | null>(null);
  useEffect(() => {
    const ask = new GroupingAsker('stories', (done) => {
      last = { made: done.input, result: done.result, groupedIn: done.groupedIn, notice: done.notice };
      setDoneAt((n) => n + 1);
    });
    asker.current = ask;
    return () => ask.dispose();
  }, []);

  useEffect(() => {
    if (!held) asker.current?.ask(data);
  }, [data, held]);

  return held ? { result: held.result, groupedIn: held.groupedIn, notice: held.notice } : { result: null, groupedIn: null, notice: null };
}

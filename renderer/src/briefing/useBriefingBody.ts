import { useEffect, useMemo, useRef, useState } from 'react';
import { briefingBody, groupingStillHolds, withGrouping } from '../../../shared/briefing/model';
import type { BriefingBody, BriefingCase, BriefingChoice, BriefingGrouping } from '../../../shared/briefing/types';
import { afterPaint } from '../after-paint';
import { GroupingAsker, type GroupingDone } from '../stories/grouping-client';
import type { GroupedIn } from '../stories/grouping-protocol';

/**
 * Kept between openings of the Briefing view (it unmounts while another view shows), one of each:
 * the last grouping of stories and network with the collections it was made from, and the last body.
 * Opening the view again on an unchanged case then draws at once.
 */
let lastGrouping: { made: BriefingChoice; grouping: BriefingGrouping; groupedIn: GroupedIn; notice: string | null } | null = null;
let lastBody: { inputs: BriefingCase; grouping: BriefingGrouping | null; body: BriefingBody } | null = null;

function sameInputs(a: BriefingCase, b: BriefingCase): boolean {
  return (
    a.annotations === b.annotations &&
    a.actors === b.actors &&
    a.sources === b.sources &&
    a.articles === b.articles &&
    a.briefing.selection === b.briefing.selection &&
    a.briefing.pickedClaimIds === b.briefing.pickedClaimIds &&
    a.briefing.groupBy === b.briefing.groupBy
  );
}

export interface BriefingBodyState {
  /** Null until the first body is built (the view's first frame shows the heading and says so). */
  body: BriefingBody | null;
  /** True while the stories and the network are still to be grouped (the body has none yet). */
  grouping: boolean;
  /** Where the shown stories were grouped (null while grouping). */
  groupedIn: GroupedIn | null;
  /** Said beside the stories: why they were grouped in the window, or could not be grouped. */
  notice: string | null;
}

/**
 * The briefing's body for the Briefing view, made off the typing path: an edit of the case is
 * painted elsewhere first (the grade in the side panel) and the body follows after that frame; on
 * opening, the heading is painted first, then the claims, tables and appendix, then the stories and
 * network, grouped in the worker (grouping-client.ts: about a second at 20,000 claims, while the
 * window keeps answering; the newest request wins). A grouping is kept as
 * long as only fields the stories and network do not read changed (groupingStillHolds: a
 * credibility, a comment, a tag), so such an edit never regroups.
 */
export function useBriefingBody(inputs: BriefingCase): BriefingBodyState {
  // The collections the body is shown for; they follow `inputs` after a paint.
  const [shown, setShown] = useState<BriefingCase | null>(() => (lastBody && sameInputs(lastBody.inputs, inputs) ? inputs : null));
  useEffect(() => {
    if (shown && sameInputs(shown, inputs)) return;
    return afterPaint(() => setShown(inputs));
  }, [shown, inputs]);
  // Bumped when a grouping made after the paint is ready.
  const [groupedAt, setGroupedAt] = useState(0);

  const grouping = useMemo(() => {
    void groupedAt;
    if (!shown || !lastGrouping || !groupingStillHolds(lastGrouping.made, shown)) return null;
    // Compared next time with these collections: an identity check per annotation again.
    lastGrouping = { ...lastGrouping, made: shown };
    return lastGrouping;
  }, [shown, groupedAt]);

  const body = useMemo(() => {
    if (!shown) return null;
    const held = grouping?.grouping ?? null;
    if (lastBody && lastBody.grouping === held && sameInputs(lastBody.inputs, shown)) return lastBody.body;
    const start = performance.now();
    // The grouping back for the body on screen: only the stories are added (no second long build).
    const made =
      held && lastBody && lastBody.grouping === null && sameInputs(lastBody.inputs, shown)
        ? withGrouping(shown, lastBody.body, held)
        : briefingBody(shown, held ? { grouping: held, groupLater: true } : { groupLater: true });
    // Read by the bench (tests/bench/renderer.ts), like the interaction measures of perf.ts.
    performance.measure('cw:briefing-body', { start });
    lastBody = { inputs: shown, grouping: held, body: made };
    return made;
  }, [shown, grouping]);

  // The shared/ code threw for this input (a bug): said instead of the stories.
  const [failure, setFailure] = useState<{ made: BriefingChoice; notice: string | null } | null>(null);
  // One asker for the view's life, so edits in a row wait behind the grouping running, never pile up.
  const asker = useRef<{ ask: GroupingAsker<'briefing'>; since: number } | null>(null);
  useEffect(() => {
    const ask = new GroupingAsker('briefing', (done: GroupingDone<'briefing'>) => {
      // Read by the bench: from the request to the grouping back in the window.
      performance.measure('cw:briefing-grouping', { start: asker.current?.since ?? performance.now() });
      if (done.result) lastGrouping = { made: done.input, grouping: done.result, groupedIn: done.groupedIn, notice: done.notice };
      else setFailure({ made: done.input, notice: done.notice });
      setGroupedAt((n) => n + 1);
    });
    asker.current = { ask, since: performance.now() };
    return () => ask.dispose();
  }, []);
  const failed = failure && failure.made === shown ? failure.notice : null;

  useEffect(() => {
    if (!shown || grouping || !asker.current) return;
    asker.current.since = performance.now();
    asker.current.ask.ask(shown);
  }, [shown, grouping]);

  return { body, grouping: shown !== null && grouping === null && failed === null, groupedIn: grouping?.groupedIn ?? null, notice: grouping?.notice ?? failed };
}

import { useEffect, useMemo, useState } from 'react';
import { briefingBody, groupBriefing, groupingStillHolds } from '../../../shared/briefing/model';
import type { BriefingBody, BriefingCase, BriefingGrouping } from '../../../shared/briefing/types';

/**
 * Kept between openings of the Briefing view (it unmounts while another view shows), one of each:
 * the last grouping of stories and network with the collections it was made from, and the last body.
 * Opening the view again on an unchanged case then draws at once.
 */
let lastGrouping: { made: BriefingCase; grouping: BriefingGrouping } | null = null;
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
}

/**
 * Runs `task` once the next frame is painted and the tasks already queued have run (the frame's
 * rAF, then an idle callback, or a timer where there is none); returns a cancel function.
 */
function afterPaint(task: () => void): () => void {
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(task, { timeout: 250 });
    else timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (idle !== undefined) cancelIdleCallback(idle);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * The briefing's body for the Briefing view, made off the typing path: an edit of the case is
 * painted elsewhere first (the grade in the side panel) and the body follows after that frame; on
 * opening, the heading is painted first, then the claims, tables and appendix, then the stories and
 * network (seconds at 20,000 claims), each after the frame before is painted. A grouping is kept as
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
    lastGrouping = { made: shown, grouping: lastGrouping.grouping };
    return lastGrouping.grouping;
  }, [shown, groupedAt]);

  const body = useMemo(() => {
    if (!shown) return null;
    if (lastBody && lastBody.grouping === grouping && sameInputs(lastBody.inputs, shown)) return lastBody.body;
    const start = performance.now();
    const made = briefingBody(shown, grouping ? { grouping, groupLater: true } : { groupLater: true });
    // Read by the bench (tests/bench/renderer.ts), like the interaction measures of perf.ts.
    performance.measure('cw:briefing-body', { start });
    lastBody = { inputs: shown, grouping, body: made };
    return made;
  }, [shown, grouping]);

  useEffect(() => {
    if (!shown || grouping) return;
    return afterPaint(() => {
      const start = performance.now();
      lastGrouping = { made: shown, grouping: groupBriefing(shown) };
      performance.measure('cw:briefing-grouping', { start });
      setGroupedAt((n) => n + 1);
    });
  }, [shown, grouping]);

  return { body, grouping: shown !== null && grouping === null };
}

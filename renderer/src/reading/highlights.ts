import type { AnnotationKind } from '../../../shared/domain';
import { pointAt, type RunIndex } from './offsets';

/**
 * Paints highlights with the CSS Custom Highlight API: ranges over the existing text nodes, so no
 * element is inserted into a word and Arabic letters stay joined. One registry entry per style.
 */
export type HighlightStyle = AnnotationKind | `suggested-${AnnotationKind}` | 'selected' | 'flash' | 'orphan-target';

export interface PaintSpan {
  start: number;
  end: number;
  style: HighlightStyle;
}

const STYLES: HighlightStyle[] = [
  'claim',
  'actor',
  'source',
  'note',
  'suggested-claim',
  'suggested-actor',
  'suggested-source',
  'suggested-note',
  'selected',
  'flash',
];

export const highlightSupported = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

/**
 * A StaticRange over [start, end) of the text, or null when empty. Static, not live: the document
 * updates every live Range on each DOM change, so 2,000 highlight Ranges (plus the previous paint's,
 * until collected) made leaving a long article spend ~100 ms of main thread in range updates.
 * Every change of the text re-indexes the runs and repaints, so nothing needs them to be live.
 */
function staticRangeFor(index: RunIndex, start: number, end: number): StaticRange | null {
  const a = pointAt(index, start);
  const b = pointAt(index, end);
  if (!a || !b || (a.node === b.node && a.offset >= b.offset)) return null;
  return new StaticRange({ startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset });
}

/** Replaces every Claimwork highlight with `spans`; returns how many ranges were painted. */
export function paintHighlights(index: RunIndex, spans: readonly PaintSpan[]): number {
  if (!highlightSupported()) return 0;
  const groups = new Map<HighlightStyle, StaticRange[]>();
  let painted = 0;
  for (const s of spans) {
    const range = staticRangeFor(index, s.start, s.end);
    if (!range) continue;
    let list = groups.get(s.style);
    if (!list) groups.set(s.style, (list = []));
    list.push(range);
    painted++;
  }
  for (const style of STYLES) {
    const ranges = groups.get(style);
    if (ranges && ranges.length) {
      const h = new Highlight(...ranges);
      // Later styles (selection, flash) paint over the kinds.
      h.priority = STYLES.indexOf(style);
      CSS.highlights.set(`cw-${style}`, h);
    } else CSS.highlights.delete(`cw-${style}`);
  }
  return painted;
}

export function clearHighlights(): void {
  if (!highlightSupported()) return;
  for (const style of STYLES) CSS.highlights.delete(`cw-${style}`);
}

import type { AnnotationKind } from '../../../shared/domain';
import { rangeFor, type RunIndex } from './offsets';

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

/** Replaces every Claimwork highlight with `spans`; returns how many ranges were painted. */
export function paintHighlights(index: RunIndex, spans: readonly PaintSpan[]): number {
  if (!highlightSupported()) return 0;
  const groups = new Map<HighlightStyle, Range[]>();
  let painted = 0;
  for (const s of spans) {
    const range = rangeFor(index, s.start, s.end);
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

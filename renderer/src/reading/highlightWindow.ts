import { paragraphAt } from '../../../shared/text';
import type { PaintSpan } from './highlights';

/**
 * Long articles register only the highlights near the viewport. Chromium re-validates every range of
 * the highlight registry and paints from it on each change: with 2,000 ranges registered, opening a
 * 300-paragraph article spent ~30 ms more before its first paint than with none. A reader only sees
 * a screen or two, so the ranges of the paragraphs around it are registered and the window moves on
 * scroll, before the frame is painted (scroll events run ahead of painting), so no highlight is
 * ever missing on screen.
 */

/** Below this many spans every highlight is registered: windowing only pays on long articles. */
export const WINDOW_MIN_SPANS = 400;

/** Spans listed under every paragraph they touch (index = paragraph index). */
export type SpanBuckets = PaintSpan[][];

/** Buckets `spans` by the paragraphs they cover; a span across a break is in each of its paragraphs. */
export function bucketSpans(spans: readonly PaintSpan[], paragraphStarts: readonly number[]): SpanBuckets {
  const buckets: SpanBuckets = paragraphStarts.map(() => []);
  if (buckets.length === 0) return buckets;
  for (const s of spans) {
    const first = paragraphAt(paragraphStarts, s.start);
    const last = paragraphAt(paragraphStarts, Math.max(s.start, s.end - 1));
    for (let p = first; p <= last; p++) buckets[p]!.push(s);
  }
  return buckets;
}

/** Paragraphs first..last (inclusive) of the reading body. */
export interface ParagraphWindow {
  first: number;
  last: number;
}

/** The spans of paragraphs `w.first`..`w.last`, each once. */
export function spansInWindow(buckets: SpanBuckets, w: ParagraphWindow): PaintSpan[] {
  const out: PaintSpan[] = [];
  const seen = new Set<PaintSpan>();
  for (let p = Math.max(0, w.first); p <= Math.min(buckets.length - 1, w.last); p++) {
    for (const s of buckets[p]!) {
      // Only a span across a paragraph break can come twice.
      if (seen.has(s)) continue;
      seen.add(s);
      out.push(s);
    }
  }
  return out;
}

/**
 * The paragraphs of `body` (its element children, in order) that overlap the visible part of
 * `scroller` widened by `marginPx` above and below; null when the body has no paragraphs. Reads
 * layout (a binary search over bounding boxes, ~20 reads), so call it where layout is needed anyway.
 */
export function visibleParagraphs(body: HTMLElement, scroller: HTMLElement, marginPx: number): ParagraphWindow | null {
  const paras = body.children;
  const n = paras.length;
  if (n === 0) return null;
  const view = scroller === document.scrollingElement ? { top: 0, bottom: window.innerHeight } : scroller.getBoundingClientRect();
  const top = view.top - marginPx;
  const bottom = view.bottom + marginPx;
  // First paragraph whose bottom is below `top`.
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paras[mid]!.getBoundingClientRect().bottom < top) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  // Last paragraph whose top is above `bottom`.
  lo = first;
  hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paras[mid]!.getBoundingClientRect().top > bottom) hi = mid - 1;
    else lo = mid;
  }
  return { first, last: lo };
}

/** True when `inner` lies within `outer`. */
export const windowCovers = (outer: ParagraphWindow, inner: ParagraphWindow): boolean => inner.first >= outer.first && inner.last <= outer.last;

/** The nearest ancestor of `el` that scrolls vertically, or the document's scrolling element. */
export function scrollParent(el: HTMLElement): HTMLElement {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const oy = getComputedStyle(p).overflowY;
    if (oy === 'auto' || oy === 'scroll') return p;
  }
  return (document.scrollingElement as HTMLElement | null) ?? document.documentElement;
}

/**
 * Maps between DOM positions in the reading view and UTF-16 offsets into the article's canonical
 * text. Every run element carries its absolute start offset in data-o and holds one text node.
 * Paragraph breaks ("\n") have no DOM node: an offset on a break maps to the end of the paragraph.
 */

export interface RunIndex {
  starts: number[];
  nodes: Text[];
}

/** Collects the runs of a reading body in document (= logical) order. */
export function indexRuns(body: HTMLElement): RunIndex {
  const starts: number[] = [];
  const nodes: Text[] = [];
  for (const el of body.querySelectorAll<HTMLElement>('[data-o]')) {
    const text = el.firstChild;
    if (text && text.nodeType === Node.TEXT_NODE) {
      starts.push(Number(el.dataset.o));
      nodes.push(text as Text);
    }
  }
  return { starts, nodes };
}

function runAt(index: RunIndex, offset: number): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The DOM point for a text offset, or null when the body has no runs. */
export function pointAt(index: RunIndex, offset: number): { node: Text; offset: number } | null {
  if (index.nodes.length === 0) return null;
  const i = runAt(index, offset);
  const node = index.nodes[i]!;
  return { node, offset: Math.max(0, Math.min(node.length, offset - index.starts[i]!)) };
}

/** A DOM Range covering [start, end) of the text; null when it cannot be placed. */
export function rangeFor(index: RunIndex, start: number, end: number): Range | null {
  const a = pointAt(index, start);
  const b = pointAt(index, end);
  if (!a || !b) return null;
  const range = new Range();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return range.collapsed ? null : range;
}

function runElement(node: Node | null, body: HTMLElement): HTMLElement | null {
  let el: Node | null = node;
  while (el && el !== body) {
    if (el instanceof HTMLElement && el.dataset.o !== undefined) return el;
    el = el.parentNode;
  }
  return null;
}

/**
 * The text offset of a DOM point inside the body (a selection end, a caret from a click).
 * Points on elements (between runs or paragraphs) snap to the nearest run boundary.
 */
export function offsetOf(body: HTMLElement, node: Node, offset: number): number | null {
  if (!body.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const run = runElement(node, body);
    return run ? Number(run.dataset.o) + offset : null;
  }
  const el = node as Element;
  const child = el.childNodes[offset];
  if (child) {
    const first = child instanceof HTMLElement && child.dataset.o !== undefined ? child : (child as Element).querySelector?.('[data-o]');
    if (first instanceof HTMLElement) return Number(first.dataset.o);
  }
  // After the last child: the end of the last run inside `el` (or before it).
  const runs = el.querySelectorAll<HTMLElement>('[data-o]');
  const last = runs[runs.length - 1] ?? runElement(el, body);
  if (last) return Number(last.dataset.o) + (last.textContent?.length ?? 0);
  return null;
}

/** The selection inside the body as text offsets, or null when there is none (or it is outside). */
export function selectionOffsets(body: HTMLElement): { start: number; end: number } | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const start = offsetOf(body, range.startContainer, range.startOffset);
  const end = offsetOf(body, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** The text offset under a viewport point (for clicks and hovers on highlights). */
export function offsetAtPoint(body: HTMLElement, x: number, y: number): number | null {
  const doc = body.ownerDocument as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  const pos = doc.caretPositionFromPoint?.(x, y);
  if (pos) return offsetOf(body, pos.offsetNode, pos.offset);
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? offsetOf(body, range.startContainer, range.startOffset) : null;
}

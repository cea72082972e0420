/**
 * Highlights of the appendix as pieces of text, shared by the HTML, Markdown, Word and preview
 * renderers so their highlights agree.
 */
import { ANNOTATION_KINDS, type AnnotationKind } from '../domain';
import type { HighlightSpan } from './types';

/**
 * Cuts a paragraph into pieces at every span edge; each piece lists the kinds that cover it (in
 * ANNOTATION_KINDS order) and the claim numbers.
 */
export function highlightPieces(
  text: string,
  spans: readonly HighlightSpan[],
): { text: string; kinds: AnnotationKind[]; claimNs: number[] }[] {
  const edges = new Set<number>([0, text.length]);
  for (const s of spans) {
    edges.add(Math.max(0, Math.min(text.length, s.start)));
    edges.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const cuts = [...edges].sort((a, b) => a - b);
  const pieces: { text: string; kinds: AnnotationKind[]; claimNs: number[] }[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const a = cuts[i] ?? 0;
    const b = cuts[i + 1] ?? 0;
    if (b <= a) continue;
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    const kinds = ANNOTATION_KINDS.filter((k) => covering.some((s) => s.kind === k));
    const claimNs = [...new Set(covering.flatMap((s) => (s.claimN === null ? [] : [s.claimN])))].sort((x, y) => x - y);
    pieces.push({ text: text.slice(a, b), kinds, claimNs });
  }
  return pieces;
}

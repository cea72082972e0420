import { formatDate } from '../dates';
import { memo, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type Ref } from 'react';
import type { AnnotationKind, Article } from '../../../shared/domain';
import { paragraphAt, scriptRuns } from '../../../shared/text';
import { ANNOTATION_KIND_LABELS } from '../../../shared/labels';
import { clearHighlights, paintHighlights, type HighlightStyle, type PaintSpan } from './highlights';
import { bucketSpans, scrollParent, spansInWindow, visibleParagraphs, windowCovers, WINDOW_MIN_SPANS, type ParagraphWindow } from './highlightWindow';
import { indexRuns, offsetAtPoint, rangeFor, selectionOffsets, type RunIndex } from './offsets';
import { useReadingKeys } from './useReadingKeys';
import { PIECE_CHARS, splitParagraph, type Piece } from './pieces';
import { beginInteraction, endInteractionAfterPaint } from '../perf';
import { whenIdle } from '../idle';
import { neutraliseDirectionControls } from '../../../shared/direction-controls';

const RTL_FIRST_STRONG = /^[^A-Za-z\u00C0-\u024F\u0590-\u08FF\uFB1D-\uFEFF]*[\u0590-\u08FF\uFB1D-\uFEFF]/;

/** Something painted over the text: an annotation or a suggestion. */
export interface Mark {
  id: string;
  start: number;
  end: number;
  style: HighlightStyle;
}

/** A selection in the article's text: offsets into `article.text` and the text as selected. */
export interface TextSelection {
  start: number;
  end: number;
  text: string;
}

/**
 * What the rest of the workbench may ask of the reading view (through its `ref`), so that no panel
 * looks for the article's text in the page itself.
 */
export interface ReadingHandle {
  /** The analyst's selection inside the open article's text, or null when nothing is selected there. */
  selection(): TextSelection | null;
}

interface Run {
  start: number;
  text: string;
  isolate: boolean;
}

/**
 * Splits one paragraph (or a piece of one) into runs. In a right-to-left paragraph every
 * left-to-right run (Latin names, acronyms, numbers in parentheses) is isolated with <bdi> so
 * neighbouring punctuation stays put. Each run carries its absolute offset (data-o) so DOM selections
 * map back to text offsets.
 */
function textRuns(text: string, start: number, rtl: boolean): Run[] {
  if (!rtl) return [{ start, text, isolate: false }];
  let offset = start;
  return scriptRuns(text).map((r) => {
    const run = { start: offset, text: r.text, isolate: !r.rtl };
    offset += r.text.length;
    return run;
  });
}

function RunsOf(props: { runs: Run[] }) {
  return props.runs.map((r) =>
    r.isolate ? (
      <bdi key={r.start} dir="ltr" data-o={r.start}>
        {r.text}
      </bdi>
    ) : (
      <span key={r.start} data-o={r.start}>
        {r.text}
      </span>
    ),
  );
}

const Paragraph = memo(function Paragraph(props: { text: string; start: number; index: number }) {
  const rtl = RTL_FIRST_STRONG.test(props.text);
  const runs = useMemo(() => textRuns(props.text, props.start, rtl), [props.text, props.start, rtl]);
  return (
    <p dir="auto" className={rtl ? 'para rtl' : 'para'} data-start={props.start} data-index={props.index}>
      <RunsOf runs={runs} />
    </p>
  );
});

/** One piece of a long paragraph, in the paragraph's direction (its own first letter may differ). */
const PieceBlock = memo(function PieceBlock(props: { text: string; start: number; rtl: boolean }) {
  const runs = useMemo(() => textRuns(props.text, props.start, props.rtl), [props.text, props.start, props.rtl]);
  // Sized for content-visibility until laid out once (about 0.6 px a character in the reading column).
  return (
    <p className="piece" dir={props.rtl ? 'rtl' : 'ltr'} style={{ containIntrinsicBlockSize: `auto ${Math.ceil(props.text.length * 0.6)}px` }}>
      <RunsOf runs={runs} />
    </p>
  );
});

/**
 * A paragraph longer than PIECE_CHARS, as blocks of about that size (reading/pieces.ts): laid out
 * piece by piece, and only the pieces near the screen. `pieces` are those mounted so far.
 */
const LongParagraph = memo(function LongParagraph(props: { pieces: readonly Piece[]; start: number; index: number; rtl: boolean }) {
  return (
    <div dir={props.rtl ? 'rtl' : 'ltr'} className={props.rtl ? 'para split rtl' : 'para split'} data-start={props.start} data-index={props.index}>
      {props.pieces.map((p) => (
        <PieceBlock key={p.start} text={p.text} start={p.start} rtl={props.rtl} />
      ))}
    </div>
  );
});

/** A mounting unit: a whole paragraph, or one piece of a long one (`pieces` then lists all of its pieces). */
interface Block {
  start: number;
  text: string;
  para: number;
  /** Index of this piece in its paragraph; 0 for a whole paragraph. */
  piece: number;
}

/**
 * A long article mounts its first paragraphs at once and the rest in idle-time slices: the reader
 * sees the top first, and 300 paragraphs (React, style and layout for ~1,500 elements) would take
 * most of a click's 100 ms before anything is painted. The first part is a screen and a half of text,
 * estimated from the window's area (no layout read: the click's render must not force one): one
 * character per CHAR_AREA_PX square pixels of window, at least FIRST_CHARS_MIN characters and at
 * most FIRST_PARAGRAPHS paragraphs. (The reading column is about half the window wide and takes
 * some 400 px² a character, so a 1300 × 900 window mounts ~2,300 characters, a screen and a half.)
 */
const CHAR_AREA_PX = 500;
const FIRST_CHARS_MIN = 2000;
const FIRST_PARAGRAPHS = 40;

/** How many blocks to mount first: enough to fill the opening screen and more, and at least one. */
function firstCount(paragraphs: readonly { text: string }[]): number {
  const firstChars = Math.max(FIRST_CHARS_MIN, (window.innerWidth * window.innerHeight) / CHAR_AREA_PX);
  let chars = 0;
  let n = 0;
  while (n < paragraphs.length && n < FIRST_PARAGRAPHS && chars < firstChars) chars += paragraphs[n++]!.text.length;
  return Math.max(1, n);
}
const PARAGRAPH_SLICE = 80;
// A slice also stops after this many characters: a piece of a long paragraph is one block of 10,000.
const SLICE_CHARS = 30_000;
// Even on a page that is never idle, the whole text is there within this many ms.
const SLICE_TIMEOUT_MS = 250;

const KIND_KEYS: Record<string, AnnotationKind> = { c: 'claim', a: 'actor', s: 'source', n: 'note' };
const KIND_LABELS: { kind: AnnotationKind; label: string; key: string }[] = [
  { kind: 'claim', label: ANNOTATION_KIND_LABELS.claim, key: 'C' },
  { kind: 'actor', label: ANNOTATION_KIND_LABELS.actor, key: 'A' },
  { kind: 'source', label: ANNOTATION_KIND_LABELS.source, key: 'S' },
  { kind: 'note', label: ANNOTATION_KIND_LABELS.note, key: 'N' },
];

/**
 * The reading view: article header, paragraphs each in their own direction, highlights painted with
 * the CSS Custom Highlight API, a selection toolbar (Claim C, Actor A, Source S, Note N), and
 * click/hover on highlights.
 */
export function ReadingView(props: {
  article: Article;
  marks: Mark[];
  /** The hover card's line for a mark (kind, linked names), made only when hovered. */
  describeMark: (id: string) => string;
  selectedId: string | null;
  flash: { id: string; nonce: number } | null;
  onSelectMark: (id: string | null) => void;
  onMark: (kind: AnnotationKind, start: number, end: number) => void;
  ref?: Ref<ReadingHandle>;
}) {
  const { article, marks } = props;
  const bodyRef = useRef<HTMLDivElement | null>(null);
  const [body, setBody] = useState<HTMLDivElement | null>(null);
  const [runIndex, setRunIndex] = useState<RunIndex | null>(null);
  const [toolbar, setToolbar] = useState<{ start: number; end: number; x: number; y: number } | null>(null);
  const [hover, setHover] = useState<{ x: number; y: number; labels: string[] } | null>(null);
  const [flashSpan, setFlashSpan] = useState<PaintSpan | null>(null);
  useReadingKeys(body);
  // Stable, so React does not detach and re-attach the body (two state updates) on every render.
  const bodyRefCallback = useCallback((el: HTMLDivElement | null) => {
    bodyRef.current = el;
    setBody(el);
  }, []);
  useImperativeHandle(
    props.ref,
    () => ({
      selection: () => {
        const sel = bodyRef.current ? selectionOffsets(bodyRef.current) : null;
        return sel ? { ...sel, text: window.getSelection()?.toString() ?? '' } : null;
      },
    }),
    [],
  );

  const paragraphs = useMemo(() => {
    const starts = article.paragraphStarts;
    return starts.map((s, i) => ({ start: s, text: article.text.slice(s, (starts[i + 1] ?? article.text.length + 1) - 1) }));
  }, [article.text, article.paragraphStarts]);

  // Mounting goes by blocks: whole paragraphs, and the pieces of paragraphs over PIECE_CHARS.
  const { blocks, blockStarts, pieceLists } = useMemo(() => {
    const blocks: Block[] = [];
    const pieceLists = new Map<number, Piece[]>();
    paragraphs.forEach((p, i) => {
      if (p.text.length <= PIECE_CHARS) {
        blocks.push({ start: p.start, text: p.text, para: i, piece: 0 });
        return;
      }
      const pieces = splitParagraph(p.text, p.start);
      pieceLists.set(i, pieces);
      pieces.forEach((pc, k) => blocks.push({ start: pc.start, text: pc.text, para: i, piece: k }));
    });
    return { blocks, blockStarts: blocks.map((b) => b.start), pieceLists };
  }, [paragraphs]);

  // How many blocks are mounted, for which article (a newly opened article starts over).
  const first = useMemo(() => firstCount(blocks), [blocks]);
  const [mounted, setMounted] = useState({ articleId: article.id, count: first });
  // Another article starts over, whatever was mounted of the one before: reopening a long article
  // after a short one would otherwise mount all of it at once (the short one never reset the count).
  // React re-renders at once with the reset count and discards this render's output.
  if (mounted.articleId !== article.id) setMounted({ articleId: article.id, count: first });
  const mountedCount = Math.min(blocks.length, mounted.count);
  /** Mounts every block up to the one holding `offset` (a highlight to show further down). */
  const mountThrough = useCallback(
    (offset: number) => setMounted((m) => ({ articleId: article.id, count: Math.max(m.articleId === article.id ? m.count : 0, paragraphAt(blockStarts, offset) + 1) })),
    [article.id, blockStarts],
  );
  useEffect(() => {
    if (mountedCount >= blocks.length) return;
    // Up to PARAGRAPH_SLICE blocks or SLICE_CHARS characters, at least one block.
    let next = mountedCount;
    let chars = 0;
    while (next < blocks.length && next - mountedCount < PARAGRAPH_SLICE && (next === mountedCount || chars < SLICE_CHARS)) chars += blocks[next++]!.text.length;
    return whenIdle(() => setMounted({ articleId: article.id, count: next }), SLICE_TIMEOUT_MS);
  }, [article.id, mountedCount, blocks]);
  // What is rendered: paragraphs with at least one block mounted; a long one with its mounted pieces.
  const shownParagraphs = useMemo(() => {
    const last = mountedCount > 0 ? blocks[mountedCount - 1]! : null;
    if (!last) return [];
    return paragraphs.slice(0, last.para + 1).map((p, i) => {
      const pieces = pieceLists.get(i);
      return { ...p, pieces: pieces ? (i === last.para ? pieces.slice(0, last.piece + 1) : pieces) : null, rtl: pieces ? RTL_FIRST_STRONG.test(p.text) : false };
    });
  }, [paragraphs, blocks, pieceLists, mountedCount]);
  const mountedParagraphs = shownParagraphs.length;

  // Which article each run index was built over: a paint with a stale index must not end an opening.
  const indexedArticle = useRef(new WeakMap<RunIndex, string>());

  useLayoutEffect(() => {
    if (!body) return;
    const index = indexRuns(body);
    indexedArticle.current.set(index, body.dataset.articleId ?? '');
    setRunIndex(index);
  }, [body, shownParagraphs]);

  // Paint: kinds, then the selected annotation and a flash over them. Long articles paint only the
  // paragraphs around the viewport (reading/highlightWindow.ts); scrolling moves that window.
  const kindSpans = useMemo(() => marks.map((m): PaintSpan => ({ start: m.start, end: m.end, style: m.style })), [marks]);
  const buckets = useMemo(
    () => (kindSpans.length >= WINDOW_MIN_SPANS ? bucketSpans(kindSpans, article.paragraphStarts) : null),
    [kindSpans, article.paragraphStarts],
  );
  const selectedMark = useMemo(() => marks.find((m) => m.id === props.selectedId) ?? null, [marks, props.selectedId]);
  const painted = useRef<ParagraphWindow | null>(null);
  // The article whose opening paint is done.
  const openedAt = useRef<string | null>(null);
  // Looked up once per body, not per paint: finding it reads computed styles, which forces a style pass.
  const scroller = useMemo(() => (body ? scrollParent(body) : null), [body]);
  const paint = useCallback(() => {
    // A run index still over the previous article's text (the render right after a switch) would
    // place these spans on the wrong text, and windowing would read the new article's layout early.
    if (!runIndex || !body || !scroller || indexedArticle.current.get(runIndex) !== article.id) return;
    let spans = kindSpans;
    painted.current = null;
    // Noted for every article, short ones too: reopening a long article after a short one is an opening.
    const opening = openedAt.current !== article.id;
    openedAt.current = article.id;
    if (buckets) {
      // The opening paint registers every mounted paragraph (only the first screens are mounted yet),
      // so it reads no layout: that would force one before the frame's own. Later paints: one
      // viewport above and below what is seen, so an ordinary scroll step stays inside.
      const w = opening ? { first: 0, last: mountedParagraphs - 1 } : visibleParagraphs(body, scroller, scroller.clientHeight || window.innerHeight);
      if (w) {
        painted.current = w;
        spans = spansInWindow(buckets, w);
      }
    }
    const extra: PaintSpan[] = [];
    if (selectedMark) extra.push({ start: selectedMark.start, end: selectedMark.end, style: 'selected' });
    if (flashSpan) extra.push(flashSpan);
    paintHighlights(runIndex, extra.length ? [...spans, ...extra] : spans);
  }, [runIndex, body, scroller, kindSpans, buckets, selectedMark, flashSpan, article.id, mountedParagraphs]);
  useEffect(() => {
    if (!runIndex) return;
    paint();
    if (indexedArticle.current.get(runIndex) === article.id) endInteractionAfterPaint('cw:article-open', article.id);
  }, [runIndex, paint, article.id]);
  // A highlight clicked: its details are in the side panel in the same commit as this paint.
  useEffect(() => {
    if (selectedMark) endInteractionAfterPaint('cw:annotation-open', selectedMark.id);
  }, [selectedMark]);
  useEffect(() => {
    if (!body || !scroller || !buckets) return;
    const target: EventTarget = scroller === document.scrollingElement ? window : scroller;
    // Scroll events are dispatched before the frame is painted, so the moved window is in that frame.
    const onScroll = () => {
      const seen = visibleParagraphs(body, scroller, 0);
      if (seen && painted.current && windowCovers(painted.current, seen)) return;
      paint();
    };
    target.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      target.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, [body, scroller, buckets, paint]);
  useEffect(() => () => clearHighlights(), []);

  // Scroll to and flash an annotation (claims table → article), once per request: the run index also
  // changes while the rest of a long article mounts.
  const flashed = useRef<{ id: string; nonce: number } | null>(null);
  const flashTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(flashTimer.current), []);
  useEffect(() => {
    // A run index of the previous article (opening an annotation elsewhere switches both) cannot place it.
    if (!props.flash || !runIndex || flashed.current === props.flash || indexedArticle.current.get(runIndex) !== article.id) return;
    const mark = marks.find((m) => m.id === props.flash!.id);
    if (!mark) return;
    if (mountedCount < blocks.length && mark.end > (blockStarts[mountedCount] ?? Infinity)) {
      // Not mounted yet: mount down to it first; the new run index brings this effect back.
      mountThrough(mark.end);
      return;
    }
    flashed.current = props.flash;
    const range = rangeFor(runIndex, mark.start, mark.end);
    const el = range?.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center' });
    setFlashSpan({ start: mark.start, end: mark.end, style: 'flash' });
    clearTimeout(flashTimer.current);
    flashTimer.current = setTimeout(() => setFlashSpan(null), 1600);
    // Only a new flash request or run index should re-run this, not every change of marks.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.flash, runIndex]);

  // The analyst's own (decided) highlights before pending suggestions, then the shortest: a click on
  // one's claim opens it even where a longer or overlapping suggestion covers the same words.
  const marksAt = useCallback(
    (offset: number) =>
      marks
        .filter((m) => m.start <= offset && offset < m.end)
        .sort((a, b) => Number(a.style.startsWith('suggested-')) - Number(b.style.startsWith('suggested-')) || a.end - a.start - (b.end - b.start)),
    [marks],
  );

  const updateToolbar = useCallback(() => {
    if (!bodyRef.current) return;
    const sel = selectionOffsets(bodyRef.current);
    if (!sel) return setToolbar(null);
    const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
    setToolbar({ ...sel, x: rect.left + rect.width / 2, y: rect.top });
  }, []);

  useEffect(() => {
    const onSelectionChange = () => updateToolbar();
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [updateToolbar]);

  const mark = useCallback(
    (kind: AnnotationKind) => {
      if (!bodyRef.current) return;
      const sel = selectionOffsets(bodyRef.current);
      if (!sel) return;
      props.onMark(kind, sel.start, sel.end);
      window.getSelection()?.removeAllRanges();
      setToolbar(null);
    },
    [props],
  );

  // C / A / S / N while text is selected in the reading view.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target && (target.closest('input, textarea, select, [contenteditable="true"]') || target.closest('[role="dialog"]'))) return;
      const kind = KIND_KEYS[e.key.toLowerCase()];
      if (!kind || !bodyRef.current || !selectionOffsets(bodyRef.current)) return;
      e.preventDefault();
      mark(kind);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [mark]);

  return (
    <article className={`reading lang-${article.lang}`} lang={article.lang === 'und' ? undefined : article.lang} aria-label="Reading view">
      <header className="reading-header">
        <h1 dir="auto">{neutraliseDirectionControls(article.title)}</h1>
        <div className="meta">
          {article.publisher && <span dir="auto">{article.publisher}</span>}
          {article.byline && article.byline !== article.publisher && (
            <span dir="auto" className="byline" title="Byline">
              {article.byline}
            </span>
          )}
          {article.publishedAt && (
            <time dateTime={article.publishedAt} title={article.publishedAt}>
              {formatDate(article.publishedAt)}
            </time>
          )}
          {article.url && (
            <span dir="ltr" className="url">
              {article.url}
            </span>
          )}
          <span>
            {article.lang.toUpperCase()} · {article.dir.toUpperCase()} · {paragraphs.length} paragraphs
          </span>
          {article.origin.fileName && (
            <span dir="auto">
              {article.origin.fileName}
              {article.origin.encoding ? ` (${article.origin.encoding})` : ''}
            </span>
          )}
        </div>
        <div className="legend" aria-label="Highlight legend">
          {KIND_LABELS.map((k) => (
            <span key={k.kind} className={`legend-item ${k.kind}`}>
              {k.label}
            </span>
          ))}
        </div>
      </header>
      <div
        className="reading-body"
        data-article-id={article.id}
        tabIndex={0}
        aria-label="Article text: select text, then press C, A, S or N"
        ref={bodyRefCallback}
        onMouseUp={updateToolbar}
        onKeyUp={updateToolbar}
        onClick={(e) => {
          const sel = window.getSelection();
          if (sel && !sel.isCollapsed) return;
          const offset = bodyRef.current ? offsetAtPoint(bodyRef.current, e.clientX, e.clientY) : null;
          const hit = offset === null ? undefined : marksAt(offset)[0];
          if (hit) beginInteraction('cw:annotation-open', e.timeStamp, hit.id);
          props.onSelectMark(hit ? hit.id : null);
        }}
        onMouseMove={(e) => {
          const offset = bodyRef.current ? offsetAtPoint(bodyRef.current, e.clientX, e.clientY) : null;
          const hits = offset === null ? [] : marksAt(offset);
          setHover(hits.length ? { x: e.clientX, y: e.clientY, labels: hits.map((h) => props.describeMark(h.id)) } : null);
        }}
        onMouseLeave={() => setHover(null)}
      >
        {shownParagraphs.map((p, i) =>
          p.pieces ? <LongParagraph key={p.start} pieces={p.pieces} start={p.start} index={i} rtl={p.rtl} /> : <Paragraph key={p.start} text={p.text} start={p.start} index={i} />,
        )}
      </div>
      {toolbar && (
        <div className="selection-toolbar" role="toolbar" aria-label="Mark selection" style={{ left: toolbar.x, top: toolbar.y }} onMouseDown={(e) => e.preventDefault()}>
          {KIND_LABELS.map((k) => (
            <button key={k.kind} type="button" className={`mark-${k.kind}`} onClick={() => mark(k.kind)} title={`${k.label} (${k.key})`}>
              {k.label} <kbd>{k.key}</kbd>
            </button>
          ))}
        </div>
      )}
      {hover && (
        <div className="hover-card" role="tooltip" style={{ left: hover.x + 12, top: hover.y + 16 }}>
          {hover.labels.map((l, i) => (
            <div key={i} dir="auto">
              {l}
            </div>
          ))}
        </div>
      )}
    </article>
  );
}

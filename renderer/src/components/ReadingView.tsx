import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { AnnotationKind, Article } from '../../../shared/domain';
import { scriptRuns } from '../../../shared/text';
import { clearHighlights, paintHighlights, type HighlightStyle, type PaintSpan } from '../reading/highlights';
import { indexRuns, offsetAtPoint, rangeFor, selectionOffsets, type RunIndex } from '../reading/offsets';
import { useReadingKeys } from '../reading/useReadingKeys';
import { endInteractionAfterPaint } from '../perf';

const RTL_FIRST_STRONG = /^[^A-Za-z\u00C0-\u024F\u0590-\u08FF\uFB1D-\uFEFF]*[\u0590-\u08FF\uFB1D-\uFEFF]/;

/** Something painted over the text: an annotation or a suggestion. */
export interface Mark {
  id: string;
  start: number;
  end: number;
  style: HighlightStyle;
  /** Shown when hovering: kind, linked names. */
  label: string;
}

interface Run {
  start: number;
  text: string;
  isolate: boolean;
}

/**
 * Splits one paragraph into runs. In a right-to-left paragraph every left-to-right run (Latin names,
 * acronyms, numbers in parentheses) is isolated with <bdi> so neighbouring punctuation stays put.
 * Each run carries its absolute offset (data-o) so DOM selections map back to text offsets.
 */
function paragraphRuns(text: string, start: number): { rtl: boolean; runs: Run[] } {
  const rtl = RTL_FIRST_STRONG.test(text);
  if (!rtl) return { rtl, runs: [{ start, text, isolate: false }] };
  let offset = start;
  const runs = scriptRuns(text).map((r) => {
    const run = { start: offset, text: r.text, isolate: !r.rtl };
    offset += r.text.length;
    return run;
  });
  return { rtl, runs };
}

const Paragraph = memo(function Paragraph(props: { text: string; start: number; index: number }) {
  const { rtl, runs } = useMemo(() => paragraphRuns(props.text, props.start), [props.text, props.start]);
  return (
    <p dir="auto" className={rtl ? 'para rtl' : 'para'} data-start={props.start} data-index={props.index}>
      {runs.map((r) =>
        r.isolate ? (
          <bdi key={r.start} dir="ltr" data-o={r.start}>
            {r.text}
          </bdi>
        ) : (
          <span key={r.start} data-o={r.start}>
            {r.text}
          </span>
        ),
      )}
    </p>
  );
});

const KIND_KEYS: Record<string, AnnotationKind> = { c: 'claim', a: 'actor', s: 'source', n: 'note' };
const KIND_LABELS: { kind: AnnotationKind; label: string; key: string }[] = [
  { kind: 'claim', label: 'Claim', key: 'C' },
  { kind: 'actor', label: 'Actor', key: 'A' },
  { kind: 'source', label: 'Source', key: 'S' },
  { kind: 'note', label: 'Note', key: 'N' },
];

/**
 * The reading view: article header, paragraphs each in their own direction, highlights painted with
 * the CSS Custom Highlight API, a selection toolbar (Claim C, Actor A, Source S, Note N), and
 * click/hover on highlights.
 */
export function ReadingView(props: {
  article: Article;
  marks: Mark[];
  selectedId: string | null;
  flash: { id: string; nonce: number } | null;
  onSelectMark: (id: string | null) => void;
  onMark: (kind: AnnotationKind, start: number, end: number) => void;
}) {
  const { article, marks } = props;
  const bodyRef = useRef<HTMLDivElement | null>(null);
  const [body, setBody] = useState<HTMLDivElement | null>(null);
  const [runIndex, setRunIndex] = useState<RunIndex | null>(null);
  const [toolbar, setToolbar] = useState<{ start: number; end: number; x: number; y: number } | null>(null);
  const [hover, setHover] = useState<{ x: number; y: number; labels: string[] } | null>(null);
  const [flashSpan, setFlashSpan] = useState<PaintSpan | null>(null);
  useReadingKeys(body);

  const paragraphs = useMemo(() => {
    const starts = article.paragraphStarts;
    return starts.map((s, i) => ({ start: s, text: article.text.slice(s, (starts[i + 1] ?? article.text.length + 1) - 1) }));
  }, [article.text, article.paragraphStarts]);

  // Which article each run index was built over: a paint with a stale index must not end an opening.
  const indexedArticle = useRef(new WeakMap<RunIndex, string>());

  useLayoutEffect(() => {
    if (!body) return;
    const index = indexRuns(body);
    indexedArticle.current.set(index, body.dataset.articleId ?? '');
    setRunIndex(index);
  }, [body, paragraphs]);

  // Paint: kinds, then the selected annotation and a flash over them.
  useEffect(() => {
    if (!runIndex) return;
    const spans: PaintSpan[] = marks.map((m) => ({ start: m.start, end: m.end, style: m.style }));
    const selected = marks.find((m) => m.id === props.selectedId);
    if (selected) spans.push({ start: selected.start, end: selected.end, style: 'selected' });
    if (flashSpan) spans.push(flashSpan);
    paintHighlights(runIndex, spans);
    if (indexedArticle.current.get(runIndex) === article.id) endInteractionAfterPaint('cw:article-open', article.id);
  }, [runIndex, marks, props.selectedId, flashSpan, article.id]);
  useEffect(() => () => clearHighlights(), []);

  // Scroll to and flash an annotation (claims table → article).
  useEffect(() => {
    if (!props.flash || !runIndex) return;
    const mark = marks.find((m) => m.id === props.flash!.id);
    if (!mark) return;
    const range = rangeFor(runIndex, mark.start, mark.end);
    const el = range?.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center' });
    setFlashSpan({ start: mark.start, end: mark.end, style: 'flash' });
    const t = setTimeout(() => setFlashSpan(null), 1600);
    return () => clearTimeout(t);
    // Only a new flash request should re-run this, not every change of marks.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.flash, runIndex]);

  const marksAt = useCallback(
    (offset: number) => marks.filter((m) => m.start <= offset && offset < m.end).sort((a, b) => a.end - a.start - (b.end - b.start)),
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
        <h1 dir="auto">{article.title}</h1>
        <div className="meta">
          {article.publisher && <span dir="auto">{article.publisher}</span>}
          {article.byline && article.byline !== article.publisher && (
            <span dir="auto" className="byline" title="Byline">
              {article.byline}
            </span>
          )}
          {article.publishedAt && <span>{article.publishedAt}</span>}
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
        ref={(el) => {
          bodyRef.current = el;
          setBody(el);
        }}
        onMouseUp={updateToolbar}
        onKeyUp={updateToolbar}
        onClick={(e) => {
          const sel = window.getSelection();
          if (sel && !sel.isCollapsed) return;
          const offset = bodyRef.current ? offsetAtPoint(bodyRef.current, e.clientX, e.clientY) : null;
          const hit = offset === null ? undefined : marksAt(offset)[0];
          props.onSelectMark(hit ? hit.id : null);
        }}
        onMouseMove={(e) => {
          const offset = bodyRef.current ? offsetAtPoint(bodyRef.current, e.clientX, e.clientY) : null;
          const hits = offset === null ? [] : marksAt(offset);
          setHover(hits.length ? { x: e.clientX, y: e.clientY, labels: hits.map((h) => h.label) } : null);
        }}
        onMouseLeave={() => setHover(null)}
      >
        {paragraphs.map((p, i) => (
          <Paragraph key={p.start} text={p.text} start={p.start} index={i} />
        ))}
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

import { memo, useMemo } from 'react';
import type { Article } from '../../../shared/domain';
import { scriptRuns } from '../../../shared/text';

const RTL_FIRST_STRONG = /^[^A-Za-z\u00C0-\u024F\u0590-\u08FF\uFB1D-\uFEFF]*[\u0590-\u08FF\uFB1D-\uFEFF]/;

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

export const Paragraph = memo(function Paragraph(props: { text: string; start: number; index: number }) {
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

/** The reading view: article header and its paragraphs, each with its own direction. */
export function ReadingView(props: { article: Article }) {
  const { article } = props;
  const paragraphs = useMemo(() => {
    const starts = article.paragraphStarts;
    return starts.map((s, i) => ({ start: s, text: article.text.slice(s, (starts[i + 1] ?? article.text.length + 1) - 1) }));
  }, [article.text, article.paragraphStarts]);
  return (
    <article className={`reading lang-${article.lang}`} lang={article.lang === 'und' ? undefined : article.lang} aria-label="Reading view">
      <header className="reading-header">
        <h1 dir="auto">{article.title}</h1>
        <div className="meta">
          {article.publisher && <span dir="auto">{article.publisher}</span>}
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
      </header>
      <div className="reading-body" data-article-id={article.id}>
        {paragraphs.map((p, i) => (
          <Paragraph key={p.start} text={p.text} start={p.start} index={i} />
        ))}
      </div>
    </article>
  );
}

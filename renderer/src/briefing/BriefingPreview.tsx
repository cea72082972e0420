import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { JSX } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ACTOR_TYPE_LABELS, ANNOTATION_KIND_LABELS, CLAIM_TYPE_LABELS, SOURCE_KIND_LABELS, UNTITLED_ARTICLE, UNATTRIBUTED } from '../../../shared/labels';
import { highlightPieces } from '../../../shared/briefing/highlights';
import type { AppendixArticle, AppendixParagraph, Briefing, BriefingBody, BriefingCitation, BriefingClaim } from '../../../shared/briefing/types';
import { PUBLISHER_ONLY, citedParagraphsLabel, textParagraphs } from '../../../shared/briefing/wording';
import { dirOf } from '../../../shared/briefing/direction';
import { NetworkFigure, StoryArticle } from './StoriesPreview';
import { estimatedHeight, previewBlocks, type PreviewBlock } from './previewBlocks';
import type { AnnotationKind } from '../../../shared/domain';

/** Opens a claim's highlight in the reading view. */
export type OpenClaim = (articleId: string, annotationId: string) => void;

/** Blocks mounted beyond the screen on each side; a briefing of at most ALL_BLOCKS blocks is mounted whole. */
const OVERSCAN = 6;
const ALL_BLOCKS = 200;

export interface BriefingPreviewProps {
  /** The heading and free texts (rebuilt per keystroke). */
  head: Pick<Briefing, 'meta' | 'bluf' | 'keyJudgments'>;
  /** The rest; null while it is first built. */
  body: BriefingBody | null;
  /** True while the stories and network are being grouped. */
  grouping: boolean;
  onOpen: OpenClaim;
  /** A claim to bring to the top of the preview (its number in the briefing); seq tells two requests for one claim apart. */
  goTo: { n: number; seq: number } | null;
}

/**
 * The live preview of the briefing, drawn as React elements from the same model the exporters
 * render (shared/briefing/model.ts), so it shows what the Markdown and PDF will say. Every piece of
 * analyst or article text goes in as a text node (never as HTML); headings, names and quotes take
 * their direction from their own first strong character, chosen by the same function as the
 * HTML/PDF, Markdown and Word exports (shared/briefing/direction.ts).
 * Windowed: the briefing is a list of blocks (previewBlocks.ts) and only those on screen are in the
 * page, so a case of 20,000 claims opens at once and a keystroke redraws one screen; a small
 * briefing (at most ALL_BLOCKS blocks) is mounted whole, so the browser's find sees all of it.
 */
export const BriefingPreview = memo(function BriefingPreview({ head, body, grouping, onOpen, goTo }: BriefingPreviewProps) {
  const pane = useRef<HTMLDivElement | null>(null);
  const list = useRef<HTMLDivElement | null>(null);
  const blocks = useMemo(() => previewBlocks(body, grouping), [body, grouping]);
  const citations = useMemo(() => new Map((body?.citations ?? []).map((c) => [c.n, c])), [body]);
  // Where the list starts in the pane's scrolled content (the pane's and the page's padding).
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => setMargin(list.current?.offsetTop ?? 0), []);
  const virtualizer = useVirtualizer({
    count: blocks.length,
    getScrollElement: () => pane.current,
    estimateSize: (i) => estimatedHeight(blocks[i]!),
    getItemKey: (i) => blockKey(blocks[i]!, i),
    overscan: blocks.length <= ALL_BLOCKS ? ALL_BLOCKS : OVERSCAN,
    scrollMargin: margin,
  });
  useEffect(() => {
    if (!goTo) return;
    const at = blocks.findIndex((b) => b.kind === 'claim' && b.claim.n === goTo.n);
    if (at >= 0) virtualizer.scrollToIndex(at, { align: 'start' });
  }, [goTo, blocks, virtualizer]);

  const items = virtualizer.getVirtualItems();
  return (
    <div className="briefing-preview-pane" ref={pane}>
      <article className="briefing-preview" aria-label="Briefing preview" data-testid="briefing-preview" aria-busy={body === null || grouping}>
        <div className="briefing-blocks" ref={list} style={{ height: `${virtualizer.getTotalSize()}px` }}>
          {items.map((item) => {
            const block = blocks[item.index]!;
            return (
              <div key={item.key} data-index={item.index} ref={virtualizer.measureElement} className="briefing-block" style={{ transform: `translateY(${item.start - margin}px)` }}>
                {block.kind === 'head' ? (
                  <Head head={head} claimCount={body?.claimCount ?? null} />
                ) : block.kind === 'foot' ? (
                  head.meta.marking && (
                    <div className="marking-banner" data-testid="marking-bottom">
                      <bdi>{head.meta.marking}</bdi>
                    </div>
                  )
                ) : (
                  <Block block={block} citations={citations} onOpen={onOpen} />
                )}
              </div>
            );
          })}
        </div>
      </article>
    </div>
  );
});

/** A block's key: the same claim, story chunk or article part keeps its measured height when the briefing is rebuilt. */
function blockKey(b: PreviewBlock, i: number): string {
  switch (b.kind) {
    case 'group':
      return `g:${b.group.key}`;
    case 'claim':
      return `c:${b.claim.id}`;
    case 'article':
      return `a:${b.article.articleId}:${b.paragraphs[0]?.n ?? 0}`;
    default:
      return `${b.kind}:${i}`;
  }
}

function Head({ head: b, claimCount }: { head: BriefingPreviewProps['head']; claimCount: number | null }): JSX.Element {
  const { meta } = b;
  return (
    <>
      {meta.marking && (
        <div className="marking-banner" data-testid="marking-top">
          <bdi>{meta.marking}</bdi>
        </div>
      )}
      <h1 dir={dirOf(meta.title)}>{meta.title}</h1>
      <p className="byline">
        {meta.author && (
          <>
            <bdi>{meta.author}</bdi> ·{' '}
          </>
        )}
        <bdi>{meta.date}</bdi> · {claimCount === null ? 'gathering the claims…' : `${claimCount} claim${claimCount === 1 ? '' : 's'}`} · {meta.pageSize}
      </p>

      <section aria-label="Bottom line up front">
        <h2>Bottom line up front</h2>
        <FreeText text={b.bluf} empty="No bottom line yet." />
      </section>
      <section aria-label="Key judgments">
        <h2>Key judgments</h2>
        <FreeText text={b.keyJudgments} empty="No key judgments yet." />
      </section>
    </>
  );
}

/** One block below the key judgments; drawn again only when its block or the citations changed, never for a keystroke. */
const Block = memo(function Block({ block: b, citations, onOpen }: { block: PreviewBlock; citations: ReadonlyMap<number, BriefingCitation>; onOpen: OpenClaim }) {
  switch (b.kind) {
    case 'claims-title':
      return (
        <>
          <h2>Key claims</h2>
          {b.empty && <p className="muted">No claims selected: accept claims, or pick them in the claims table.</p>}
        </>
      );
    case 'group':
      return (
        <div className="claim-group" data-testid="briefing-group">
          <h3 dir={b.group.dir}>
            {b.group.label} <span className="muted">({b.group.claims.length})</span>
          </h3>
        </div>
      );
    case 'claim':
      return <ClaimCard claim={b.claim} citation={citations.get(b.claim.citation)} onOpen={onOpen} />;
    case 'grouping':
      return (
        <p className="muted grouping-note">Grouping the stories across articles and the network…</p>
      );
    case 'stories':
      return (
        <div data-testid="briefing-stories">
          {b.first && <h2>Stories across articles</h2>}
          {b.stories.map((s, i) => (
            <StoryArticle key={s.id} story={s} n={b.from + i + 1} />
          ))}
        </div>
      );
    case 'network':
      return <NetworkFigure network={b.network} />;
    case 'actors':
      return (
        <>
          {b.first && <h2>Actors</h2>}
          {b.first && b.rows.length === 0 ? (
            <p className="muted">No actors in the selected claims.</p>
          ) : (
            <table className="chunked">
              {b.first && (
                <thead>
                  <tr>
                    <th>Actor</th>
                    <th>Type</th>
                    <th>Role</th>
                    <th>Claims made</th>
                    <th>Subject of</th>
                  </tr>
                </thead>
              )}
              <tbody>
                {b.rows.map((a) => (
                  <tr key={a.id}>
                    <td dir="auto">{a.name}</td>
                    <td>{ACTOR_TYPE_LABELS[a.type]}</td>
                    <td dir="auto">{a.role}</td>
                    <td className="num">{a.claims}</td>
                    <td className="num">{a.subjectOf}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      );
    case 'sources':
      return (
        <>
          {b.first && <h2>Sources</h2>}
          {b.first && b.rows.length === 0 ? (
            <p className="muted">No sources in the selected claims.</p>
          ) : (
            <table className="chunked sources">
              {b.first && (
                <thead>
                  <tr>
                    <th>Source</th>
                    <th>Kind</th>
                    <th>Reliability</th>
                    <th>Claims</th>
                  </tr>
                </thead>
              )}
              <tbody>
                {b.rows.map((s) => (
                  <tr key={s.id}>
                    <td dir="auto">{s.name}</td>
                    <td>{SOURCE_KIND_LABELS[s.kind]}</td>
                    <td className="num">{s.reliability}</td>
                    <td className="num">{s.claims}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      );
    case 'citations':
      return (
        <>
          {b.first && <h2>Citations</h2>}
          <ol className="citations">
            {b.rows.map((c) => (
              <li key={c.n} value={c.n}>
                <CitationText citation={c} />
              </li>
            ))}
          </ol>
        </>
      );
    case 'appendix-title':
      return (
        <>
          <h2>Appendix: cited articles</h2>
          <Legend />
        </>
      );
    case 'article':
      return <AppendixPart article={b.article} index={b.index} paragraphs={b.paragraphs} first={b.first} />;
    default:
      return null;
  }
});

function FreeText({ text, empty }: { text: string; empty: string }): JSX.Element {
  const paras = textParagraphs(text);
  if (paras.length === 0) return <p className="muted">{empty}</p>;
  return (
    <>
      {paras.map((p, i) => (
        <p key={i} dir={dirOf(p)} className="free-text">
          {p}
        </p>
      ))}
    </>
  );
}

function CitationText({ citation: c }: { citation: BriefingCitation }): JSX.Element {
  return (
    <>
      <bdi className="ref-title">{c.title || UNTITLED_ARTICLE}</bdi>
      {c.publisher && (
        <>
          , <bdi>{c.publisher}</bdi>
        </>
      )}
      {c.publishedAt && <>, {c.publishedAt}</>}
      {citedParagraphsLabel(c) && <>, {citedParagraphsLabel(c)}</>}.
      {c.url && (
        <>
          {' '}
          <span className="url" dir="ltr">
            {c.url}
          </span>
        </>
      )}
    </>
  );
}

function ClaimCard({ claim: c, citation, onOpen }: { claim: BriefingClaim; citation: BriefingCitation | undefined; onOpen: OpenClaim }): JSX.Element {
  return (
    <div className="claim-card" data-testid="briefing-claim" data-claim-n={c.n}>
      <div className="claim-head">
        <strong>Claim {c.n}</strong>
        <span className="grade" title="Admiralty grade: source reliability and information credibility">
          {c.grade}
        </span>
        <span>{CLAIM_TYPE_LABELS[c.claimType]}</span>
        {c.hedged && <span className="hedged">Hedged</span>}
        {!c.anchored && <span className="orphan">Quote no longer in article</span>}
        <button type="button" className="open-highlight" onClick={() => onOpen(c.articleId, c.id)} title="Open this claim's highlight in Reading">
          Open highlight
        </button>
      </div>
      <blockquote className="quote" lang={c.lang === 'und' ? undefined : c.lang} dir={c.dir}>
        {c.quote}
      </blockquote>
      <dl className="claim-meta">
        <dt>Speaker</dt>
        <dd>{c.speaker ? <bdi>{c.speaker}</bdi> : UNATTRIBUTED}</dd>
        {c.subjects.length > 0 && (
          <>
            <dt>Subjects</dt>
            <dd>
              {c.subjects.map((s, i) => (
                <span key={i}>
                  {i > 0 && ', '}
                  <bdi>{s}</bdi>
                </span>
              ))}
            </dd>
          </>
        )}
        <dt>Source</dt>
        <dd>
          {c.source ? <bdi>{c.source}</bdi> : 'Unknown'}
          {c.source && c.sourceIsPublisher && <span className="no-source"> ({PUBLISHER_ONLY})</span>}
          {c.channel.trim() && (
            <>
              , via <bdi>{c.channel.trim()}</bdi>
            </>
          )}
        </dd>
        <dt>Citation</dt>
        <dd>
          <span className="cite">[{c.citation}]</span>{' '}
          {citation && (
            <>
              <bdi>{citation.title || UNTITLED_ARTICLE}</bdi>
              {c.paragraph !== null && `, ¶ ${c.paragraph}`}
            </>
          )}
        </dd>
        {c.comment.trim() && (
          <>
            <dt>Analyst comment</dt>
            <dd dir="auto">{c.comment.trim()}</dd>
          </>
        )}
      </dl>
    </div>
  );
}

const KINDS: AnnotationKind[] = ['claim', 'actor', 'source', 'note'];

function Legend(): JSX.Element {
  return (
    <p className="legend" aria-label="Legend">
      {KINDS.map((k) => (
        <mark key={k} className={`hl hl-${k}`}>
          {ANNOTATION_KIND_LABELS[k]}
        </mark>
      ))}
    </p>
  );
}

/** An article of the appendix, or 25 paragraphs of it (`first`: the part with its heading). */
function AppendixPart({ article: a, index, paragraphs, first }: { article: AppendixArticle; index: number; paragraphs: AppendixParagraph[]; first: boolean }): JSX.Element {
  const meta = [a.publisher, a.publishedAt, a.url].filter((x): x is string => Boolean(x));
  return (
    <section className="source-article" data-testid="appendix-article" data-article-id={a.articleId}>
      {first && (
        <h3 dir="ltr">
          A{index + 1}. <bdi>{a.title || UNTITLED_ARTICLE}</bdi>
        </h3>
      )}
      {first && meta.length > 0 && (
        <p className="article-meta">
          {meta.map((m, i) => (
            <span key={i}>
              {i > 0 && ' · '}
              <bdi>{m}</bdi>
            </span>
          ))}
        </p>
      )}
      <ol className="paras" lang={a.lang === 'und' ? undefined : a.lang} dir={a.dir}>
        {paragraphs.map((p) => (
          <li key={p.n} value={p.n}>
            {highlightPieces(p.text, p.spans).map((piece, i) => {
              const first = piece.kinds[0];
              if (!first) return <span key={i}>{piece.text}</span>;
              const classes = ['hl', `hl-${first}`, ...piece.kinds.slice(1).map((k) => `also-${k}`)].join(' ');
              const title = [...piece.kinds.map((k) => ANNOTATION_KIND_LABELS[k]), ...piece.claimNs.map((n) => `claim ${n}`)].join(', ');
              return (
                <mark key={i} className={classes} title={title}>
                  {piece.text}
                </mark>
              );
            })}
          </li>
        ))}
      </ol>
    </section>
  );
}

import { memo } from 'react';
import type { JSX } from 'react';
import { ACTOR_TYPE_LABELS, ANNOTATION_KIND_LABELS, CLAIM_TYPE_LABELS, SOURCE_KIND_LABELS, UNTITLED_ARTICLE, UNATTRIBUTED } from '../../../shared/labels';
import { highlightPieces } from '../../../shared/briefing/highlights';
import type { AppendixArticle, Briefing, BriefingBody, BriefingCitation, BriefingClaim } from '../../../shared/briefing/types';
import { PUBLISHER_ONLY, citedParagraphsLabel, textParagraphs } from '../../../shared/briefing/wording';
import { dirOf } from '../../../shared/briefing/direction';
import { StoriesPreview } from './StoriesPreview';
import type { AnnotationKind } from '../../../shared/domain';

/**
 * The live preview of the briefing, drawn as React elements from the same model the exporters
 * render (shared/briefing/model.ts), so it shows what the Markdown and PDF will say. Every piece of
 * analyst or article text goes in as a text node (never as HTML); headings, names and quotes take
 * their direction from their own first strong character, chosen by the same function as the
 * HTML/PDF, Markdown and Word exports (shared/briefing/direction.ts).
 */
export const BriefingPreview = memo(function BriefingPreview({ briefing: b }: { briefing: Briefing }) {
  const { meta } = b;
  return (
    <article className="briefing-preview" aria-label="Briefing preview" data-testid="briefing-preview">
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
        <bdi>{meta.date}</bdi> · {b.claimCount} claim{b.claimCount === 1 ? '' : 's'} · {meta.pageSize}
      </p>

      <section aria-label="Bottom line up front">
        <h2>Bottom line up front</h2>
        <FreeText text={b.bluf} empty="No bottom line yet." />
      </section>
      <section aria-label="Key judgments">
        <h2>Key judgments</h2>
        <FreeText text={b.keyJudgments} empty="No key judgments yet." />
      </section>

      <BriefingBodyPreview body={b} />

      {meta.marking && (
        <div className="marking-banner" data-testid="marking-bottom">
          <bdi>{meta.marking}</bdi>
        </div>
      )}
    </article>
  );
});


/** The body's parts, each kept by the Briefing view while the analyst types the draft's texts. */
const BODY_PARTS = Object.keys({ groups: 0, claimCount: 0, citations: 0, actors: 0, sources: 0, articles: 0, appendix: 0, stories: 0, network: 0 } satisfies Record<keyof BriefingBody, 0>) as (keyof BriefingBody)[];

/**
 * Everything below the key judgments (claims, stories, tables, citations, appendix): tens of
 * thousands of elements on a big case, so drawn again only when one of its parts changed, never
 * for a keystroke in the title or the bottom line.
 */
const BriefingBodyPreview = memo(
  function BriefingBodyPreview({ body: b }: { body: BriefingBody }) {
    const citations = new Map(b.citations.map((c) => [c.n, c]));
    return (
      <>
        <section aria-label="Key claims">
          <h2>Key claims</h2>
          {b.groups.length === 0 && <p className="muted">No claims selected: accept claims, or pick them in the claims table.</p>}
          {b.groups.map((g) => (
            <section key={g.key || '(none)'} className="claim-group" data-testid="briefing-group">
              <h3 dir={g.dir}>
                {g.label} <span className="muted">({g.claims.length})</span>
              </h3>
              {g.claims.map((c) => (
                <ClaimCard key={c.id} claim={c} citation={citations.get(c.citation)} />
              ))}
            </section>
          ))}
        </section>

        <StoriesPreview briefing={b} />

        <section aria-label="Actors">
          <h2>Actors</h2>
          {b.actors.length === 0 ? (
            <p className="muted">No actors in the selected claims.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>Actor</th>
                  <th>Type</th>
                  <th>Role</th>
                  <th>Claims made</th>
                  <th>Subject of</th>
                </tr>
              </thead>
              <tbody>
                {b.actors.map((a) => (
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
        </section>

        <section aria-label="Sources">
          <h2>Sources</h2>
          {b.sources.length === 0 ? (
            <p className="muted">No sources in the selected claims.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>Source</th>
                  <th>Kind</th>
                  <th>Reliability</th>
                  <th>Claims</th>
                </tr>
              </thead>
              <tbody>
                {b.sources.map((s) => (
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
        </section>

        {b.citations.length > 0 && (
          <section aria-label="Citations">
            <h2>Citations</h2>
            <ol className="citations">
              {b.citations.map((c) => (
                <li key={c.n} value={c.n}>
                  <CitationText citation={c} />
                </li>
              ))}
            </ol>
          </section>
        )}

        {b.appendix.length > 0 && (
          <section aria-label="Appendix" className="appendix">
            <h2>Appendix: cited articles</h2>
            <Legend />
            {b.appendix.map((a, i) => (
              <AppendixSection key={a.articleId} article={a} index={i} />
            ))}
          </section>
        )}
      </>
    );
  },
  (x, y) => BODY_PARTS.every((k) => x.body[k] === y.body[k]),
);

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

function ClaimCard({ claim: c, citation }: { claim: BriefingClaim; citation: BriefingCitation | undefined }): JSX.Element {
  return (
    <div className="claim-card" data-testid="briefing-claim">
      <div className="claim-head">
        <strong>Claim {c.n}</strong>
        <span className="grade" title="Admiralty grade: source reliability and information credibility">
          {c.grade}
        </span>
        <span>{CLAIM_TYPE_LABELS[c.claimType]}</span>
        {c.hedged && <span className="hedged">Hedged</span>}
        {!c.anchored && <span className="orphan">Quote no longer in article</span>}
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

function AppendixSection({ article: a, index }: { article: AppendixArticle; index: number }): JSX.Element {
  const meta = [a.publisher, a.publishedAt, a.url].filter((x): x is string => Boolean(x));
  return (
    <section className="source-article" data-testid="appendix-article">
      <h3 dir="ltr">
        A{index + 1}. <bdi>{a.title || UNTITLED_ARTICLE}</bdi>
      </h3>
      {meta.length > 0 && (
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
        {a.paragraphs.map((p) => (
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

/**
 * The actor network picture, drawn by cytoscape.js: actors as nodes (size by claims made), edges
 * from speaker to the actors a claim concerns, coloured by the stance the claims' words show (with
 * a legend), and dashed edges between actors of one story once the stories are grouped. Pan and
 * zoom are the library's; filters by article, published date (From/To, undated articles kept unless
 * the analyst unticks them) and actor type; a click on a node lists its claims, on an edge the
 * claims it stands for. The node list beside the picture and the list of story links under it are
 * the keyboard and screen-reader way to the same lists. A network of
 * more than FIRST_VIEW_ACTORS actors is drawn first as those who speak most (network-cytoscape.ts),
 * with a control to draw all of them: every other actor in one step, then the links in idle-time
 * batches ("All N actors drawn; adding links…") while pan and zoom keep working; a filter change
 * cancels the batches.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import cytoscape, { type Core } from 'cytoscape';
import { ACTOR_TYPES, type ActorType, type CaseData } from '../../../shared/domain';
import { ACTOR_TYPE_COLOURS, STANCE_STYLE, STORY_LINK_LABEL, actorNetwork, dateRangeProblem, publishedDay, type Network, type NetworkEdge, type Story } from '../../../shared/stories';
import { BIG_NETWORK, FIRST_VIEW_ACTORS, cytoscapeOptions, drawInBatches, fitPlaces, networkBatches, showNamesAfterPaint, shownNetwork, spiralPositions, type DrawProgress } from './network-cytoscape';
import { neutraliseDirectionControls } from '../../../shared/direction-controls';


type Selection = { kind: 'node' | 'edge'; id: string } | null;

/**
 * cytoscape.js inserts an inline <style> (the container's `position: relative`) unless an element
 * with this id is in the document; the strict CSP refuses inline styles, so the rule is in
 * stories.css and a marker element with that id tells the library it is there.
 */
function markCytoscapeStylesheet(): void {
  const id = '__________cytoscape_stylesheet';
  if (document.getElementById(id)) return;
  const marker = document.createElement('meta');
  marker.id = id;
  document.head.append(marker);
}

interface Props {
  data: Pick<CaseData, 'articles' | 'actors' | 'annotations'>;
  onOpen: (articleId: string, annotationId: string) => void;
  /** The case's stories (groupStories), for the story links; undefined while they are being grouped. */
  stories?: readonly Story[] | undefined;
}

const NO_NETWORK: Network = { nodes: [], edges: [] };

/** A title in words, each actor's name apart so that it keeps its own direction (Arabic names in English words). */
type Words = (string | { name: string })[];

function Worded({ words }: { words: Words }) {
  return <>{words.map((w, i) => (typeof w === 'string' ? w : <bdi key={i}>{neutraliseDirectionControls(w.name)}</bdi>))}</>;
}

/** What a link stands for, in words: the selection's title and the story links' list. */
function edgeTitle(e: NetworkEdge, name: (id: string) => string): Words {
  const stance = e.stance ? ` (${STANCE_STYLE[e.stance].label})` : '';
  const [source, target] = [{ name: name(e.source) }, { name: name(e.target) }];
  if (e.relation === 'contradicts') return [source, ' contradicts ', target, `’s statement${stance}`];
  if (e.relation === 'same-story') return [source, ' and ', target, ` in the same story${stance}`];
  return [source, ' about ', target, stance];
}

export function NetworkView({ data, onOpen, stories }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [articleId, setArticleId] = useState<string>('');
  const [types, setTypes] = useState<readonly ActorType[]>(ACTOR_TYPES);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [includeUndated, setIncludeUndated] = useState(true);
  const rangeProblem = dateRangeProblem(from, to);
  const [selection, setSelection] = useState<Selection>(null);
  const [positions, setPositions] = useState<Record<string, { x: number; y: number }>>({});
  const [showAll, setShowAll] = useState(false);
  const [cy, setCy] = useState<Core | null>(null);
  const net = useMemo(
    () => (rangeProblem ? NO_NETWORK : actorNetwork({ ...data, stories: stories ?? null }, { articleId: articleId || null, types, from: from || null, to: to || null, includeUndated })),
    [data, stories, articleId, types, from, to, includeUndated, rangeProblem],
  );
  const days = useMemo(() => {
    const dated = data.articles.map((a) => publishedDay(a.publishedAt)).filter((d): d is string => d !== null).sort();
    return { first: dated[0], last: dated[dated.length - 1], undated: data.articles.length - dated.length };
  }, [data.articles]);
  const first = useMemo(() => shownNetwork(net, FIRST_VIEW_ACTORS), [net]);
  const spiral = useMemo(() => (net.nodes.length > BIG_NETWORK ? spiralPositions(net) : null), [net]);
  const [progress, setProgress] = useState<DrawProgress & { of: typeof net | null }>({ actors: 0, links: 0, done: false, of: null });
  // What the picture holds: the first view until "Show all" has added to it, for this network.
  const drawn = progress.of === net ? progress : { actors: first.nodes.length, links: first.edges.length, done: !showAll || first.nodes.length === net.nodes.length };

  useEffect(() => {
    if (!box.current) return;
    markCytoscapeStylesheet();
    const made = cytoscape({ container: box.current, ...cytoscapeOptions(first, spiral) });
    let timer: number | undefined;
    const place = () => setPositions(Object.fromEntries(made.nodes().map((n) => [n.id(), n.renderedPosition()])));
    // After the viewport settles: 2,000 list items re-rendered on every frame of a pan would stall it.
    const placeLater = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(place, 150);
    };
    made.on('tap', 'node', (e) => setSelection({ kind: 'node', id: e.target.id() }));
    made.on('tap', 'edge', (e) => setSelection({ kind: 'edge', id: e.target.id() }));
    made.on('viewport add remove', placeLater);
    place();
    // A big network's names come once its first picture is on screen (they would cost it a fifth).
    const stopNames = spiral ? showNamesAfterPaint(made) : () => {};
    setCy(made);
    return () => {
      stopNames();
      window.clearTimeout(timer);
      setCy(null);
      made.destroy();
    };
  }, [first, spiral]);

  useEffect(() => {
    // A destroyed instance is the old network's, until the new one is in state.
    if (!cy || cy.destroyed() || !showAll || !spiral || first.nodes.length === net.nodes.length) return;
    fitPlaces(cy, spiral);
    const stop = drawInBatches(cy, networkBatches(net, first, spiral), (p) => setProgress({ ...p, of: net }));
    return () => {
      stop();
      // "Show fewer": back to the first view (a new network rebuilds the picture anyway).
      if (!cy.destroyed()) {
        const keep = new Set([...first.nodes.map((n) => n.id), ...first.edges.map((e) => e.id)]);
        cy.elements().filter((el) => !keep.has(el.id())).remove();
        cy.fit(undefined, 20);
      }
      setProgress((p) => ({ ...p, of: null }));
    };
  }, [cy, showAll, net, first, spiral]);

  const stanceCounts = useMemo(() => {
    const counts = { support: 0, deny: 0, mixed: 0, unknown: 0, story: 0 };
    for (const e of showAll ? net.edges : first.edges) {
      counts[e.stance ?? 'unknown'] += 1;
      if (e.kind === 'story') counts.story += 1;
    }
    return counts;
  }, [net, first, showAll]);

  const claimById = useMemo(() => new Map(data.annotations.map((a) => [a.id, a])), [data.annotations]);
  const articleById = useMemo(() => new Map(data.articles.map((a) => [a.id, a])), [data.articles]);
  const nameOf = useMemo(() => {
    const names = new Map(net.nodes.map((n) => [n.id, n.name]));
    return (id: string) => names.get(id) ?? id;
  }, [net]);
  const storyLinks = useMemo(() => net.edges.filter((e) => e.kind === 'story'), [net]);
  const listed = useMemo(() => {
    if (!selection) return null;
    if (selection.kind === 'node') {
      const n = net.nodes.find((x) => x.id === selection.id);
      return n ? { title: ['Claims by ', { name: n.name }], idsTitle: null, ids: n.claims, aboutTitle: ['Claims about ', { name: n.name }], about: n.about } : null;
    }
    const e = net.edges.find((x) => x.id === selection.id);
    if (!e) return null;
    if (e.kind === 'about') return { title: edgeTitle(e, nameOf), idsTitle: null, ids: e.claims, aboutTitle: null, about: [] };
    // A story link: the other actor's claims, then the statement they concern.
    const statement = new Set(e.statement);
    const own = e.claims.filter((id) => !statement.has(id));
    return e.relation === 'contradicts'
      ? { title: edgeTitle(e, nameOf), idsTitle: ['Claims by ', { name: nameOf(e.source) }, ' against it'], ids: own, aboutTitle: [{ name: nameOf(e.target) }, '’s statement'], about: e.statement }
      : { title: edgeTitle(e, nameOf), idsTitle: ['Claims by ', { name: nameOf(e.target) }], ids: own, aboutTitle: ['The story’s other claims'], about: e.statement };
  }, [selection, net, nameOf]);

  const claimList = (ids: readonly string[]) => (
    <ul className="network-claims">
      {ids.map((id) => {
        const c = claimById.get(id);
        if (!c) return null;
        const a = articleById.get(c.articleId);
        return (
          <li key={id}>
            <button type="button" className="story-open" onClick={() => onOpen(c.articleId, c.id)}>
              <span className="story-meta">
                {neutraliseDirectionControls(a?.title || 'Untitled')} · {neutraliseDirectionControls(a?.publisher ?? 'no publisher')} · {a?.publishedAt ?? 'no date'}
              </span>
              <q dir="auto">{c.target.quote.exact}</q>
            </button>
          </li>
        );
      })}
    </ul>
  );

  return (
    <div className="network-view">
      <div className="stories-toolbar">
        <label>
          Article{' '}
          <select aria-label="Network article" value={articleId} onChange={(e) => setArticleId(e.target.value)}>
            <option value="">All articles</option>
            {data.articles.map((a) => (
              <option key={a.id} value={a.id}>
                {neutraliseDirectionControls(a.title || 'Untitled')}
              </option>
            ))}
          </select>
        </label>
        <span className="network-dates" role="group" aria-label="Published between">
          <label>
            From{' '}
            <input type="date" aria-label="Network from date" value={from} min={days.first} max={days.last} onChange={(e) => setFrom(e.target.value)} />
          </label>
          <label>
            To <input type="date" aria-label="Network to date" value={to} min={days.first} max={days.last} onChange={(e) => setTo(e.target.value)} />
          </label>
          <label title="Claims of articles without a published date are kept in a date range unless this is unticked">
            <input type="checkbox" checked={includeUndated} disabled={!from && !to} onChange={(e) => setIncludeUndated(e.target.checked)} /> undated ({days.undated})
          </label>
          {(from || to) && (
            <button
              type="button"
              onClick={() => {
                setFrom('');
                setTo('');
              }}
            >
              All dates
            </button>
          )}
        </span>
        {ACTOR_TYPES.map((t) => (
          <label key={t}>
            <input type="checkbox" checked={types.includes(t)} onChange={(e) => setTypes((ts) => (e.target.checked ? [...ts, t] : ts.filter((x) => x !== t)))} />{' '}
            <span style={{ color: ACTOR_TYPE_COLOURS[t] }}>●</span> {t}
          </label>
        ))}
        <span className="stories-count">
          {net.nodes.length} actors · {net.edges.length} links
        </span>
      </div>
      {rangeProblem && (
        <p className="network-range-problem" role="alert">
          {rangeProblem}
        </p>
      )}
      {net.nodes.length > FIRST_VIEW_ACTORS && (
        <p className="network-shown" role="status">
          {!showAll
            ? `Showing the ${first.nodes.length} actors who speak most, of ${net.nodes.length.toLocaleString('en')} (${first.edges.length.toLocaleString('en')} of ${net.edges.length.toLocaleString('en')} links). `
            : drawn.done
              ? `Showing all ${net.nodes.length.toLocaleString('en')} actors and ${net.edges.length.toLocaleString('en')} links. `
              : drawn.actors === net.nodes.length
                ? `All ${net.nodes.length.toLocaleString('en')} actors drawn; adding links… (${drawn.links.toLocaleString('en')} of ${net.edges.length.toLocaleString('en')}) `
                : `Drawing ${drawn.actors.toLocaleString('en')} of ${net.nodes.length.toLocaleString('en')} actors… (${drawn.links.toLocaleString('en')} of ${net.edges.length.toLocaleString('en')} links) `}
          <button type="button" onClick={() => setShowAll((v) => !v)}>
            {showAll ? `Show the ${FIRST_VIEW_ACTORS} who speak most` : `Show all ${net.nodes.length.toLocaleString('en')} actors`}
          </button>
        </p>
      )}
      <ul className="network-legend" aria-label="Link colours: the stance the claims' words show">
        {(Object.keys(STANCE_STYLE) as (keyof typeof STANCE_STYLE)[]).map((k) => (
          <li key={k} data-stance={k}>
            <span className="network-legend-line" style={{ backgroundColor: STANCE_STYLE[k].colour }} /> {STANCE_STYLE[k].label} ({stanceCounts[k]})
          </li>
        ))}
        <li data-kind="story">
          <span className="network-legend-line story" /> {STORY_LINK_LABEL} ({stanceCounts.story})
        </li>
      </ul>
      <div className="network-main">
        <div ref={box} className="network-canvas" role="img" aria-label={`Actor network: ${drawn.actors} actors, ${drawn.links} links drawn`} />
        <ul className="network-nodes" aria-label="Actors in the network">
          {[...net.nodes]
            .sort((a, b) => b.claims.length - a.claims.length || a.name.localeCompare(b.name))
            .map((n) => (
              <li key={n.id} data-node-id={n.id} data-x={positions[n.id]?.x.toFixed(1)} data-y={positions[n.id]?.y.toFixed(1)}>
                <button type="button" aria-pressed={selection?.kind === 'node' && selection.id === n.id} onClick={() => setSelection({ kind: 'node', id: n.id })}>
                  {neutraliseDirectionControls(n.name)} ({n.claims.length})
                </button>
              </li>
            ))}
        </ul>
      </div>
      {storyLinks.length > 0 && (
        <section className="network-story-links" aria-label="Story links in the network">
          <h4>Links between actors of one story ({storyLinks.length})</h4>
          <ul>
            {storyLinks.map((e) => (
              <li key={e.id} data-edge-id={e.id} data-stance={e.stance ?? 'unknown'}>
                <button type="button" aria-pressed={selection?.kind === 'edge' && selection.id === e.id} onClick={() => setSelection({ kind: 'edge', id: e.id })}>
                  <span className="network-legend-line story" style={{ borderTopColor: STANCE_STYLE[e.stance ?? 'unknown'].colour }} /> <Worded words={edgeTitle(e, nameOf)} /> ({e.claims.length})
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {stories === undefined && (
        <p className="network-grouping" role="status">
          Grouping stories: the links between actors of one story follow.
        </p>
      )}
      {listed && (
        <section className="network-selection" aria-label="Selected in the network">
          <h4>
            <Worded words={listed.title} />
          </h4>
          {listed.idsTitle && (
            <h5>
              <Worded words={listed.idsTitle} />
            </h5>
          )}
          {listed.ids.length ? claimList(listed.ids) : <p>None.</p>}
          {listed.aboutTitle && listed.about.length > 0 && (
            <>
              <h4>
                <Worded words={listed.aboutTitle} />
              </h4>
              {claimList(listed.about)}
            </>
          )}
        </section>
      )}
    </div>
  );
}

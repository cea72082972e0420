import { createHash } from 'node:crypto';
import { analyzeText, type Analysis, type SuggestedActor, type SuggestedClaim, type SuggestedSource } from '../../shared/analysis/analyze';
import { normaliseKey } from '../../shared/analysis/normalise';
import { addActor, addAnnotation, addSource, commit, updateAnnotation } from '../../shared/case-ops';
import type { Actor, Annotation, AnnotationKind, Article, CaseData, ChangeSet, EntityChange, RejectedSuggestion, Source } from '../../shared/domain';
import type { ActionResult, ReviewEdit, SuggestionInfo, SuggestResult } from '../../shared/ipc-contract';
import { fail } from '../../shared/result';
import { LIMITS } from '../../shared/case-limits';
import { fitText } from '../../shared/fit';
import { Composer, learnActorAlias, learnSourceAlias, now, stamp } from './composer';
import { findByName } from '../../shared/names';
import type { Workspace } from './workspace';

/**
 * Suggestions as ordinary annotations: the engine in shared/analysis proposes claims, actor and
 * source mentions; they are stored as `review: 'pending'` annotations with their rule and cue, and
 * the analyst accepts, edits or rejects them. Every step is one undoable change set.
 *
 * Learning lives in the case itself: Suggest runs with the case's actors and sources (every alias)
 * and with the rejected keys, so an accepted actor is found in every article and a rejected text
 * of one kind is not proposed again. A rejection is recorded as the annotation's `review: 'rejected'`
 * (kept, hidden), so undoing a rejection also forgets it; `data.rejected` is read as well.
 */

type ReviewKind = Exclude<AnnotationKind, 'note'>;


/** The rejected keys Suggest must honour: the case's list plus every rejected annotation's text and kind. */
export function rejectedKeys(data: Pick<CaseData, 'rejected' | 'annotations'>): RejectedSuggestion[] {
  const seen = new Set<string>();
  const out: RejectedSuggestion[] = [];
  const add = (r: RejectedSuggestion): void => {
    const k = `${r.kind}\u0000${r.key}`;
    if (r.key && !seen.has(k)) {
      seen.add(k);
      out.push(r);
    }
  };
  for (const r of data.rejected) add(r);
  for (const a of data.annotations) if (a.review === 'rejected') add({ kind: a.kind, key: normaliseKey(a.target.quote.exact) });
  return out;
}

function articleOf(data: CaseData, id: string): Article {
  return data.articles.find((a) => a.id === id) ?? fail('not-found', 'That article is no longer in the case.', `articleId=${id}`);
}

/** Runs the engine on one article with everything the case has learned. */
export function analyseArticle(data: CaseData, article: Article, rejected: RejectedSuggestion[] = rejectedKeys(data)): Analysis {
  return analyzeText(article.text, {
    ...(article.lang !== 'und' ? { lang: article.lang } : {}),
    knownActors: data.actors,
    knownSources: data.sources,
    rejected,
  });
}

/**
 * What the engine learned from the case, as one hash: the actors' and sources' ids, names and
 * aliases and the rejected keys. Two analyses of the same text under the same fingerprint are equal.
 */
function learnedFingerprint(data: CaseData, rejected: readonly RejectedSuggestion[]): string {
  const h = createHash('sha256');
  for (const a of data.actors) h.update(`a\u0000${a.id}\u0000${a.name}\u0000${a.type}\u0000${a.role}\u0000${a.aliases.join('\u0001')}\u0002`);
  for (const s of data.sources) h.update(`s\u0000${s.id}\u0000${s.name}\u0000${s.kind}\u0000${s.aliases.join('\u0001')}\u0002`);
  for (const r of rejected) h.update(`r\u0000${r.kind}\u0000${r.key}\u0002`);
  return h.digest('base64');
}

interface CachedAnalysis {
  textHash: string;
  fingerprint: string;
  analysis: Analysis;
}

/**
 * The analysis behind each article's pending suggestions, so that reviewing them is bookkeeping:
 * accepting, rejecting and the review queue's details read the analysis Suggest made instead of
 * running the engine again over the whole article (0.4 s for a long one). An entry is keyed by case
 * and article and holds the text's hash and the learned fingerprint it was made under:
 * - Suggest reuses it only when both still match (a new alias or a rejection changes what it finds);
 * - review reuses it while the text is the same: the pending suggestions are what that analysis
 *   proposed, and what changed since (an actor created by an earlier accept) is found by name when
 *   a candidate is resolved, as a fresh analysis would find it by its alias.
 * Least recently used entries go past ANALYSIS_CACHE_LIMIT, so memory stays bounded on big cases.
 */
const ANALYSIS_CACHE_LIMIT = 256;
const analyses = new Map<string, CachedAnalysis>();

/** Drops every kept analysis: the next review of any article analyses it again (tests compare the two paths). */
export function forgetAnalyses(): void {
  analyses.clear();
}

const cacheKey = (data: CaseData, article: Article): string => `${data.id}\u0000${article.id}`;

function remember(key: string, entry: CachedAnalysis): Analysis {
  analyses.delete(key);
  analyses.set(key, entry);
  if (analyses.size > ANALYSIS_CACHE_LIMIT) analyses.delete(analyses.keys().next().value as string);
  return entry.analysis;
}

/** The analysis Suggest uses: cached when the text and everything the case has learned are unchanged. */
function analysisForSuggest(data: CaseData, article: Article, rejected: RejectedSuggestion[], fingerprint: string): Analysis {
  const key = cacheKey(data, article);
  const hit = analyses.get(key);
  if (hit && hit.textHash === article.contentHash && hit.fingerprint === fingerprint) return remember(key, hit);
  return remember(key, { textHash: article.contentHash, fingerprint, analysis: analyseArticle(data, article, rejected) });
}

/** The analysis behind an article's pending suggestions: Suggest's, while the text is unchanged (else made now and kept). */
function analysisForReview(data: CaseData, article: Article): Analysis {
  const key = cacheKey(data, article);
  const hit = analyses.get(key);
  if (hit && hit.textHash === article.contentHash) return remember(key, hit);
  const rejected = rejectedKeys(data);
  return remember(key, { textHash: article.contentHash, fingerprint: learnedFingerprint(data, rejected), analysis: analyseArticle(data, article, rejected) });
}

const knownId = (id: string | null | undefined, list: readonly { id: string }[]): string | null =>
  id && !id.startsWith('new:') && list.some((x) => x.id === id) ? id : null;

/** Spans already marked (in any review state) per kind, so a suggestion never doubles a highlight. */
class Taken {
  private readonly spans = new Map<AnnotationKind, [number, number][]>();
  add(kind: AnnotationKind, start: number, end: number): void {
    const list = this.spans.get(kind) ?? [];
    list.push([start, end]);
    this.spans.set(kind, list);
  }
  overlaps(kind: AnnotationKind, start: number, end: number): boolean {
    return (this.spans.get(kind) ?? []).some(([s, e]) => s < end && e > start);
  }
}

/**
 * Suggests claims, actor and source mentions in the given articles as pending annotations, in one
 * undoable change set. Claims keep the speaker and source only when they are known to the case;
 * candidates are resolved when the analyst accepts (see {@link buildReview}). Spans overlapping an
 * annotation of the same kind (pending, accepted or rejected) are skipped. Fails 'not-found' for an
 * unknown article.
 */
export function buildSuggestions(data: CaseData, articleIds: readonly string[]): { changeSet: ChangeSet; createdIds: string[]; counts: Record<ReviewKind, number> } {
  const changes: EntityChange[] = [];
  const createdIds: string[] = [];
  const counts: Record<ReviewKind, number> = { claim: 0, actor: 0, source: 0 };
  const rejected = rejectedKeys(data);
  const fingerprint = learnedFingerprint(data, rejected);
  // One pass over the annotations, not one per article: suggest-all on 5,000 articles.
  const wanted = new Set(articleIds);
  const byArticle = new Map<string, Taken>();
  for (const a of data.annotations) {
    if (!wanted.has(a.articleId)) continue;
    let t = byArticle.get(a.articleId);
    if (!t) byArticle.set(a.articleId, (t = new Taken()));
    t.add(a.kind, a.target.position.start, a.target.position.end);
  }
  const articleById = new Map(data.articles.map((a) => [a.id, a]));
  const actorById = new Map(data.actors.map((a) => [a.id, a]));
  const sourceById = new Map(data.sources.map((s) => [s.id, s]));
  const knownActor = (id: string | null | undefined): string | null => (id && !id.startsWith('new:') && actorById.has(id) ? id : null);
  const knownSource = (id: string | null | undefined): string | null => (id && !id.startsWith('new:') && sourceById.has(id) ? id : null);
  for (const articleId of articleIds) {
    const article = articleById.get(articleId) ?? articleOf(data, articleId);
    const analysis = analysisForSuggest(data, article, rejected, fingerprint);
    const taken = byArticle.get(articleId) ?? new Taken();
    byArticle.set(articleId, taken);
    const create = (kind: ReviewKind, start: number, end: number, extra: Partial<Parameters<typeof addAnnotation>[1]>, rule: string, cue: string | null, confidence: number): void => {
      if (end <= start || taken.overlaps(kind, start, end)) return;
      taken.add(kind, start, end);
      const s = stamp();
      // The builder is given the case as far as this highlight is concerned (its article and the
      // actor and source it links, all known to exist): it scans what it is given, and the whole
      // case per suggestion made Suggest on every article quadratic (100,000 annotations).
      const speaker = extra.claim?.speakerId ?? extra.actorId;
      const source = extra.claim?.sourceId ?? extra.sourceId;
      const view: CaseData = {
        ...data,
        articles: [article],
        annotations: [],
        actors: speaker ? [actorById.get(speaker)!] : [],
        sources: source ? [sourceById.get(source)!] : [],
      };
      const cs = addAnnotation(view, { articleId, kind, start, end, origin: { kind: 'suggested', rule, cue }, review: 'pending', confidence, ...extra }, s);
      changes.push(...cs.changes);
      createdIds.push(s.id);
      counts[kind] += 1;
    };
    for (const c of analysis.claims) {
      create(
        'claim',
        c.start,
        c.end,
        {
          claim: {
            speakerId: knownActor(c.speaker?.actorId),
            sourceId: knownSource(c.source?.sourceId),
            hedged: c.hedged,
            channel: fitText(c.channel?.text ?? '', LIMITS.channel),
          },
        },
        c.rule,
        c.cue?.text ?? null,
        c.confidence,
      );
    }
    for (const actor of analysis.actors) {
      for (const m of actor.mentions) create('actor', m.start, m.end, { actorId: knownActor(actor.id) }, actor.rule, null, actor.confidence);
    }
    for (const source of analysis.sources) {
      for (const m of source.mentions) create('source', m.start, m.end, { sourceId: knownSource(source.id) }, source.rule, null, source.known ? 0.9 : 0.6);
    }
  }
  const total = counts.claim + counts.actor + counts.source;
  return { changeSet: { label: `Suggest ${total} highlight${total === 1 ? '' : 's'}`, at: now(), changes }, createdIds, counts };
}

const covers = (span: { start: number; end: number }, a: Annotation): boolean => span.start === a.target.position.start && span.end === a.target.position.end;

interface SpanIndex {
  actors: Map<string, SuggestedActor>;
  sources: Map<string, SuggestedSource>;
  claims: Map<string, SuggestedClaim>;
}
const spanIndexes = new WeakMap<Analysis, SpanIndex>();
const spanKey = (start: number, end: number): string => `${start}:${end}`;

/** An analysis's candidates by the span of each mention (the first in the analysis's order wins), built once per analysis. */
function spanIndex(analysis: Analysis): SpanIndex {
  let index = spanIndexes.get(analysis);
  if (index) return index;
  index = { actors: new Map(), sources: new Map(), claims: new Map() };
  for (const x of analysis.actors) for (const m of x.mentions) if (!index.actors.has(spanKey(m.start, m.end))) index.actors.set(spanKey(m.start, m.end), x);
  for (const x of analysis.sources) for (const m of x.mentions) if (!index.sources.has(spanKey(m.start, m.end))) index.sources.set(spanKey(m.start, m.end), x);
  for (const c of analysis.claims) if (!index.claims.has(spanKey(c.start, c.end))) index.claims.set(spanKey(c.start, c.end), c);
  spanIndexes.set(analysis, index);
  return index;
}
const annotationSpan = (a: Annotation): string => spanKey(a.target.position.start, a.target.position.end);

function candidateActorAt(analysis: Analysis, a: Annotation): SuggestedActor | undefined {
  return spanIndex(analysis).actors.get(annotationSpan(a));
}
function candidateSourceAt(analysis: Analysis, a: Annotation): SuggestedSource | undefined {
  return spanIndex(analysis).sources.get(annotationSpan(a));
}
function claimAt(analysis: Analysis, a: Annotation): SuggestedClaim | undefined {
  return spanIndex(analysis).claims.get(annotationSpan(a));
}


/**
 * The case's actor that accepting an engine actor candidate links: the one with its id, else one
 * whose name or alias is the candidate's name; undefined when accepting creates a new actor. The
 * review card (suggestionInfo) and accepting (acceptInto) both ask this, so the card says what
 * accepting does.
 */
function existingActorFor(data: CaseData, cand: Pick<SuggestedActor, 'id' | 'name'>): Actor | undefined {
  const known = knownId(cand.id, data.actors);
  return known ? data.actors.find((a) => a.id === known) : (findByName(data.actors, cand.name) ?? undefined);
}
/** The case's source that accepting an engine source candidate links (as existingActorFor). */
function existingSourceFor(data: CaseData, cand: Pick<SuggestedSource, 'id' | 'name'>): Source | undefined {
  const known = knownId(cand.id, data.sources);
  return known ? data.sources.find((x) => x.id === known) : (findByName(data.sources, cand.name) ?? undefined);
}

/** The case's actor for an engine actor: the existing one (existingActorFor) or a new one. */
function ensureActor(c: Composer, cand: Pick<SuggestedActor, 'id' | 'name' | 'type' | 'aliases' | 'role'>): string {
  const existing = existingActorFor(c.data, cand);
  if (existing) return existing.id;
  const s = stamp();
  c.step(addActor(c.data, { name: cand.name, type: cand.type, aliases: cand.aliases, ...(cand.role ? { role: cand.role } : {}) }, s), s.id);
  return s.id;
}

function ensureSource(c: Composer, cand: Pick<SuggestedSource, 'id' | 'name' | 'kind'>): string {
  const existing = existingSourceFor(c.data, cand);
  if (existing) return existing.id;
  const s = stamp();
  c.step(addSource(c.data, { name: cand.name, kind: cand.kind }, s), s.id);
  return s.id;
}


/**
 * Accepts one pending suggestion inside `c`: applies the edit (span, kind), creates or finds the
 * actor or source a candidate names and links it, fills a claim's speaker and source from the
 * engine, and learns the marked text as an alias. `analysis` is the article's analysis before the step.
 */
function acceptInto(c: Composer, analysis: Analysis, id: string, edit: ReviewEdit | undefined): void {
  const before = c.annotation(id) ?? fail('not-found', 'That suggestion is no longer in the case.', `id=${id}`);
  const spanEdited = edit !== undefined && ((edit.start ?? before.target.position.start) !== before.target.position.start || (edit.end ?? before.target.position.end) !== before.target.position.end);
  const kindEdited = edit?.kind !== undefined && edit.kind !== before.kind;
  if (spanEdited || kindEdited) {
    c.step(updateAnnotation(c.about(id), id, { ...(edit?.start !== undefined ? { start: edit.start } : {}), ...(edit?.end !== undefined ? { end: edit.end } : {}), ...(kindEdited ? { kind: edit?.kind } : {}) }, now()));
  }
  const a = c.annotation(id)!;
  const text = a.target.quote.exact;
  const asSuggested = !spanEdited && !kindEdited;
  if (a.kind === 'actor') {
    let actorId = a.actorId;
    if (!actorId) {
      const cand = asSuggested ? candidateActorAt(analysis, before) : undefined;
      actorId = ensureActor(c, cand ?? { id: '', name: text, type: 'person', aliases: [], role: '' });
      // The same candidate's other pending mentions in this article point at the actor too.
      for (const m of cand?.mentions ?? []) {
        const sibling = c
          .actorMentionsAt(a.articleId, m)
          .map((sid) => c.annotation(sid))
          .find((x) => x !== undefined && x.kind === 'actor' && x.review === 'pending' && x.actorId === null && x.id !== id && covers(m, x));
        if (sibling) c.step(updateAnnotation(c.about(sibling.id), sibling.id, { actorId }, now()));
      }
    }
    c.step(updateAnnotation(c.about(id), id, { actorId, review: 'accepted' }, now()));
    learnActorAlias(c, actorId, text);
  } else if (a.kind === 'source') {
    let sourceId = a.sourceId;
    if (!sourceId) {
      const cand = asSuggested ? candidateSourceAt(analysis, before) : undefined;
      sourceId = ensureSource(c, cand ?? { id: '', name: text, kind: 'outlet' });
    }
    c.step(updateAnnotation(c.about(id), id, { sourceId, review: 'accepted' }, now()));
    learnSourceAlias(c, sourceId, text);
  } else if (a.kind === 'claim') {
    const found = claimAt(analysis, before);
    let speakerId = a.claim?.speakerId ?? null;
    let sourceId = a.claim?.sourceId ?? null;
    if (!speakerId && found?.speaker?.actorId) {
      const cand = analysis.actors.find((x) => x.id === found.speaker?.actorId);
      if (cand) speakerId = ensureActor(c, cand);
    }
    if (!sourceId && found?.source?.sourceId) {
      const cand = analysis.sources.find((x) => x.id === found.source?.sourceId);
      if (cand) sourceId = ensureSource(c, cand);
    }
    c.step(updateAnnotation(c.about(id), id, { claim: { speakerId, sourceId }, review: 'accepted' }, now()));
  } else {
    c.step(updateAnnotation(c.about(id), id, { review: 'accepted' }, now()));
  }
}

function pendingOrFail(data: CaseData, id: string): Annotation {
  const a = data.annotations.find((x) => x.id === id) ?? fail('not-found', 'That suggestion is no longer in the case.', `id=${id}`);
  if (a.review !== 'pending') fail('invalid-request', `That suggestion was already ${a.review}.`);
  return a;
}

/**
 * Accepts (optionally edited: span, kind) or rejects one pending suggestion, as one undoable change
 * set. Accepting turns it into an ordinary annotation linked to its actor or source (created when the
 * engine named a new one); rejecting hides it, and its text is not suggested again for that kind.
 * Fails 'not-found' for an unknown id and 'invalid-request' when it is not pending.
 */
export function buildReview(data: CaseData, id: string, decision: 'accept' | 'reject', edit?: ReviewEdit): { changeSet: ChangeSet; createdIds: string[] } {
  const a = pendingOrFail(data, id);
  const c = new Composer(data);
  if (decision === 'reject') {
    c.step(updateAnnotation(c.about(id), id, { review: 'rejected' }, now()));
    return { changeSet: c.changeSet(`Reject ${a.kind} “${short(a.target.quote.exact)}”`), createdIds: [] };
  }
  acceptInto(c, analysisForReview(data, articleOf(data, a.articleId)), id, edit);
  return { changeSet: c.changeSet(`Accept ${edit?.kind ?? a.kind} “${short(a.target.quote.exact)}”`), createdIds: c.createdIds };
}

/** Accepts or rejects every pending suggestion of one kind in an article, as one undoable change set. */
export function buildReviewAll(data: CaseData, articleId: string, kind: ReviewKind, decision: 'accept' | 'reject', only?: readonly string[]): { changeSet: ChangeSet; createdIds: string[] } {
  const article = articleOf(data, articleId);
  // `only` narrows the set (one actor's mentions); ids of other articles, kinds or decided ones are ignored.
  const wanted = only ? new Set(only) : null;
  const ids = data.annotations.filter((a) => a.articleId === articleId && a.kind === kind && a.review === 'pending' && (!wanted || wanted.has(a.id))).map((a) => a.id);
  const c = new Composer(data);
  const analysis = decision === 'accept' ? analysisForReview(data, article) : null;
  for (const id of ids) {
    if (analysis) acceptInto(c, analysis, id, undefined);
    else c.step(updateAnnotation(c.about(id), id, { review: 'rejected' }, now()));
  }
  const plural = kind === 'claim' ? 'claims' : `${kind} mentions`;
  return { changeSet: c.changeSet(`${decision === 'accept' ? 'Accept' : 'Reject'} ${ids.length} ${plural}`), createdIds: c.createdIds };
}

const short = (s: string): string => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

/**
 * What the review queue shows beside each pending suggestion of an article that the annotation does
 * not hold itself: the new actor or source a candidate would create, a claim's speaker and source as
 * written. Keyed by annotation id; suggestions the engine no longer produces have no entry.
 */
export function suggestionInfo(data: CaseData, articleId: string): Record<string, SuggestionInfo> {
  const article = articleOf(data, articleId);
  const pending = data.annotations.filter((a) => a.articleId === articleId && a.review === 'pending');
  if (pending.length === 0) return {};
  const analysis = analysisForReview(data, article);
  const out: Record<string, SuggestionInfo> = {};
  for (const a of pending) {
    if (a.kind === 'actor' && !a.actorId) {
      const cand = candidateActorAt(analysis, a);
      const existing = cand && existingActorFor(data, cand);
      if (existing) out[a.id] = { existingActor: { id: existing.id, name: existing.name } };
      else if (cand) out[a.id] = { newActor: { name: cand.name, type: cand.type, role: cand.role } };
    } else if (a.kind === 'source' && !a.sourceId) {
      const cand = candidateSourceAt(analysis, a);
      const existing = cand && existingSourceFor(data, cand);
      if (existing) out[a.id] = { existingSource: { id: existing.id, name: existing.name } };
      else if (cand) out[a.id] = { newSource: { name: cand.name, kind: cand.kind } };
    } else if (a.kind === 'claim') {
      const c = claimAt(analysis, a);
      if (c) {
        // The same candidates and resolution as acceptInto: a speaker or source the engine did not
        // resolve to a candidate is not linked on accepting (linked: false), a known one is named as
        // the case names it, a new one as it will be created.
        const speakerCand = c.speaker?.actorId ? analysis.actors.find((x) => x.id === c.speaker?.actorId) : undefined;
        const speakerActor = speakerCand && existingActorFor(data, speakerCand);
        const sourceCand = c.source?.sourceId ? analysis.sources.find((x) => x.id === c.source?.sourceId) : undefined;
        const sourceKnown = sourceCand && existingSourceFor(data, sourceCand);
        out[a.id] = {
          ...(c.speaker
            ? { speaker: { text: c.speaker.text, name: speakerActor?.name ?? speakerCand?.name ?? null, known: speakerActor !== undefined, linked: speakerCand !== undefined, rule: c.speaker.rule, from: c.speaker.from?.text ?? null } }
            : {}),
          ...(c.source ? { source: { text: c.source.text, name: sourceKnown?.name ?? sourceCand?.name ?? null, known: sourceKnown !== undefined, linked: sourceCand !== undefined } } : {}),
          ...(c.cue ? { cue: c.cue.text } : {}),
        };
      }
    }
  }
  return out;
}

function commitSet(ws: Workspace, changeSet: ChangeSet, createdIds: string[]): ActionResult {
  if (changeSet.changes.length > 0) ws.commitData(commit(ws.data, changeSet));
  const { history } = ws.data;
  return { changes: changeSet.changes.length > 0 ? changeSet.changes : [], createdIds, undoLabel: history.undo.at(-1)?.label ?? null, redoLabel: history.redo.at(-1)?.label ?? null };
}

/** Handler for `suggest`: one article, several, or (neither given) every article in the case. */
export function suggest(ws: Workspace, req: { articleId?: string; articleIds?: string[] }): SuggestResult {
  const ids = req.articleIds ?? (req.articleId ? [req.articleId] : ws.data.articles.map((a) => a.id));
  const { changeSet, createdIds, counts } = buildSuggestions(ws.data, ids);
  return { ...commitSet(ws, changeSet, createdIds), counts };
}

/** Handler for `reviewSuggestion`. */
export function reviewSuggestion(ws: Workspace, req: { id: string; decision: 'accept' | 'reject'; edit?: ReviewEdit }): ActionResult {
  const { changeSet, createdIds } = buildReview(ws.data, req.id, req.decision, req.edit);
  return commitSet(ws, changeSet, createdIds);
}

/** Handler for `reviewAll`. */
export function reviewAll(ws: Workspace, req: { articleId: string; kind: ReviewKind; decision: 'accept' | 'reject'; ids?: readonly string[] | undefined }): ActionResult {
  const { changeSet, createdIds } = buildReviewAll(ws.data, req.articleId, req.kind, req.decision, req.ids);
  return commitSet(ws, changeSet, createdIds);
}

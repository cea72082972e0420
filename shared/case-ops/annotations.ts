/**
 * Builders of the undoable changes to highlights: add, edit (kind, review, claim details, links,
 * note, range) and delete. Each reads the case and returns a ChangeSet; nothing is changed here.
 */
import { describeRange } from '../anchoring/describe';
import type { Annotation, CaseData, ChangeSet, ClaimDetails } from '../domain';
import { ANNOTATION_KIND_NOUNS } from '../labels';
import { fail } from '../result';
import { change, findIndexed, sameJson, type Stamp } from './change';
import type { AnnotationInput, AnnotationPatch } from './schemas';

/** Details of a new claim: no speaker yet, a plain statement, credibility "cannot be judged". */
export function defaultClaim(): ClaimDetails {
  return { speakerId: null, subjectIds: [], sourceId: null, channel: '', claimType: 'statement', hedged: false, credibility: 6, comment: '', tags: [] };
}

function checkRefs(data: CaseData, a: Annotation): void {
  const actorIds = new Set(data.actors.map((x) => x.id));
  const sourceIds = new Set(data.sources.map((x) => x.id));
  const missingActor = [a.actorId, a.claim?.speakerId ?? null, ...(a.claim?.subjectIds ?? [])].find((x) => x !== null && !actorIds.has(x));
  if (missingActor !== undefined) fail('not-found', 'That actor is no longer in the case.', `actorId=${missingActor}`);
  const missingSource = [a.sourceId, a.claim?.sourceId ?? null].find((x) => x !== null && !sourceIds.has(x));
  if (missingSource !== undefined) fail('not-found', 'That source is no longer in the case.', `sourceId=${missingSource}`);
}

/** Keeps only the fields that belong to the annotation's kind (claim details for claims, actorId for actor mentions...). */
function shapeForKind(a: Annotation): Annotation {
  return {
    ...a,
    claim: a.kind === 'claim' ? (a.claim ?? defaultClaim()) : null,
    actorId: a.kind === 'actor' ? a.actorId : null,
    sourceId: a.kind === 'source' ? a.sourceId : null,
  };
}

function uniqueSubjects(claim: ClaimDetails): ClaimDetails {
  return { ...claim, subjectIds: [...new Set(claim.subjectIds)] };
}

/**
 * A new highlight on an article. Its selectors are described from the article's current text.
 * Fails 'not-found' for an unknown article, actor or source, 'invalid-request' for a bad range.
 */
export function addAnnotation(data: CaseData, input: AnnotationInput, stamp: Stamp): ChangeSet {
  const article = data.articles.find((a) => a.id === input.articleId) ?? fail('not-found', 'That article is no longer in the case.', `articleId=${input.articleId}`);
  if (data.annotations.some((a) => a.id === stamp.id)) fail('invalid-request', 'An annotation with that id already exists.', `id=${stamp.id}`);
  const manual = (input.origin ?? { kind: 'manual' }).kind === 'manual';
  const annotation = shapeForKind({
    id: stamp.id,
    articleId: article.id,
    kind: input.kind,
    target: describeRange(article.text, input.start, input.end),
    origin: input.origin ?? { kind: 'manual' },
    review: input.review ?? (manual ? 'accepted' : 'pending'),
    confidence: input.confidence ?? (manual ? 1 : 0.5),
    claim: input.kind === 'claim' ? uniqueSubjects({ ...defaultClaim(), ...input.claim }) : null,
    actorId: input.actorId ?? null,
    sourceId: input.sourceId ?? null,
    note: input.note ?? '',
    createdAt: stamp.at,
    updatedAt: stamp.at,
  });
  checkRefs(data, annotation);
  return { label: `Add ${ANNOTATION_KIND_NOUNS[annotation.kind]}`, at: stamp.at, changes: [change('annotations', annotation.id, null, annotation)] };
}

/**
 * Edits a highlight: kind, review state, claim details (merged field by field), links, note, or its range
 * (re-described from the article text). A patch that changes nothing gives an empty change set.
 */
export function updateAnnotation(data: CaseData, id: string, patch: AnnotationPatch, at: string): ChangeSet {
  const { entity: before } = findIndexed(data.annotations, id, 'highlight');
  let target = before.target;
  if (patch.start !== undefined || patch.end !== undefined) {
    const article = data.articles.find((a) => a.id === before.articleId) ?? fail('not-found', 'That article is no longer in the case.');
    target = describeRange(article.text, patch.start ?? before.target.position.start, patch.end ?? before.target.position.end);
  }
  const kind = patch.kind ?? before.kind;
  // An edit of the credibility is the analyst's choice, even of the default 6 (the stories count it).
  const chosen = patch.claim?.credibility !== undefined ? { credibilityChosen: true } : {};
  const claim = kind === 'claim' ? uniqueSubjects({ ...defaultClaim(), ...before.claim, ...patch.claim, ...chosen }) : null;
  const after = shapeForKind({
    ...before,
    kind,
    target,
    review: patch.review ?? before.review,
    confidence: patch.confidence ?? before.confidence,
    claim,
    actorId: patch.actorId !== undefined ? patch.actorId : before.actorId,
    sourceId: patch.sourceId !== undefined ? patch.sourceId : before.sourceId,
    note: patch.note ?? before.note,
  });
  if (sameJson(after, before)) return { label: `Edit ${ANNOTATION_KIND_NOUNS[kind]}`, at, changes: [] };
  checkRefs(data, after);
  return { label: `Edit ${ANNOTATION_KIND_NOUNS[kind]}`, at, changes: [change('annotations', id, before, { ...after, updatedAt: at })] };
}

/** Deletes a highlight (undo puts it back where it was). */
export function deleteAnnotation(data: CaseData, id: string, at: string): ChangeSet {
  const { entity, index } = findIndexed(data.annotations, id, 'highlight');
  return { label: `Delete ${ANNOTATION_KIND_NOUNS[entity.kind]}`, at, changes: [change('annotations', id, entity, null, index)] };
}

import { z } from 'zod';
import { CASE_SCHEMA, CASE_SCHEMA_VERSION, type CaseData, type Credibility } from './domain';
import { LIMITS } from './case-limits';

/**
 * Schema of a case file as stored on disk. Used when a case is opened, so that a hand-edited or
 * foreign file is refused with the path of the first wrong field instead of breaking the UI later.
 */
const id = z.string().min(1).max(LIMITS.id);
const isoish = z.string().max(LIMITS.date);

export const articleSchema = z.object({
  id,
  title: z.string().max(LIMITS.title),
  text: z.string(),
  lang: z.enum(['ar', 'en', 'fr', 'und']),
  dir: z.enum(['rtl', 'ltr']),
  url: z.string().max(LIMITS.url).nullable(),
  publisher: z.string().max(LIMITS.storedPublisher).nullable(),
  byline: z.string().max(LIMITS.byline).nullable(),
  publishedAt: isoish.nullable(),
  origin: z.object({ fileName: z.string().nullable(), format: z.string().max(LIMITS.format), encoding: z.string().max(LIMITS.encoding).nullable() }),
  contentHash: z.string().max(LIMITS.contentHash),
  paragraphStarts: z.array(z.number().int().nonnegative()),
  sourceId: id.nullable(),
  addedAt: isoish,
});

const targetSchema = z.object({
  position: z.object({ type: z.literal('TextPositionSelector'), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  quote: z.object({ type: z.literal('TextQuoteSelector'), exact: z.string().min(1), prefix: z.string(), suffix: z.string() }),
});

const originSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('manual') }),
  z.object({ kind: z.literal('suggested'), rule: z.string(), cue: z.string().nullable() }),
  z.object({ kind: z.literal('learned'), rule: z.string() }),
]);

export const claimDetailsSchema = z.object({
  speakerId: id.nullable(),
  subjectIds: z.array(id),
  sourceId: id.nullable(),
  channel: z.string().max(LIMITS.channel),
  claimType: z.enum(['statement', 'allegation', 'warning', 'call', 'promise', 'denial', 'figure']),
  hedged: z.boolean(),
  // One test, not a union of six literals: a union builds an issue for every literal it misses, and
  // every annotation of a case is checked on open and on each kept change.
  credibility: z.custom<Credibility>((v) => v === 1 || v === 2 || v === 3 || v === 4 || v === 5 || v === 6),
  credibilityChosen: z.boolean().optional(),
  comment: z.string().max(LIMITS.comment),
  tags: z.array(z.string().max(LIMITS.tag)),
});

export const annotationSchema = z.object({
  id,
  articleId: id,
  kind: z.enum(['claim', 'actor', 'source', 'note']),
  target: targetSchema,
  origin: originSchema,
  review: z.enum(['pending', 'accepted', 'rejected']),
  confidence: z.number().min(0).max(1),
  claim: claimDetailsSchema.nullable(),
  actorId: id.nullable(),
  sourceId: id.nullable(),
  note: z.string().max(LIMITS.note),
  createdAt: isoish,
  updatedAt: isoish,
});

export const actorSchema = z.object({
  id,
  name: z.string().min(1).max(LIMITS.name),
  type: z.enum(['person', 'organisation', 'state', 'place', 'group', 'other']),
  aliases: z.array(z.string().min(1).max(LIMITS.name)),
  role: z.string().max(LIMITS.role),
});

export const sourceSchema = z.object({
  id,
  name: z.string().min(1).max(LIMITS.name),
  kind: z.enum(['outlet', 'official', 'social', 'document', 'person']),
  reliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']),
  aliases: z.array(z.string().min(1).max(LIMITS.name)),
});

export const briefingDraftSchema = z.object({
  title: z.string().max(LIMITS.briefingLine),
  marking: z.string().max(LIMITS.briefingLine),
  author: z.string().max(LIMITS.briefingLine),
  date: z.string().max(LIMITS.date),
  bluf: z.string().max(LIMITS.briefingText),
  keyJudgments: z.string().max(LIMITS.briefingText),
  selection: z.enum(['accepted', 'picked']),
  pickedClaimIds: z.array(id),
  groupBy: z.enum(['actor', 'source', 'article']),
  pageSize: z.enum(['A4', 'Letter']),
});

// By its collection: a plain union tries every entity schema in turn, building issues for each miss.
export const entityChangeSchema = z.discriminatedUnion('collection', [
  z.object({ collection: z.literal('articles'), id, before: articleSchema.nullable(), after: articleSchema.nullable(), index: z.number().int().nonnegative().optional() }),
  z.object({ collection: z.literal('actors'), id, before: actorSchema.nullable(), after: actorSchema.nullable(), index: z.number().int().nonnegative().optional() }),
  z.object({ collection: z.literal('sources'), id, before: sourceSchema.nullable(), after: sourceSchema.nullable(), index: z.number().int().nonnegative().optional() }),
  z.object({ collection: z.literal('annotations'), id, before: annotationSchema.nullable(), after: annotationSchema.nullable(), index: z.number().int().nonnegative().optional() }),
]);

export const changeSetSchema = z.object({ label: z.string(), at: isoish, changes: z.array(entityChangeSchema) });

export const caseSchema = z.object({
  schema: z.literal(CASE_SCHEMA),
  schemaVersion: z.literal(CASE_SCHEMA_VERSION),
  id,
  title: z.string().max(LIMITS.caseTitle),
  createdAt: isoish,
  updatedAt: isoish,
  articles: z.array(articleSchema),
  actors: z.array(actorSchema),
  sources: z.array(sourceSchema),
  annotations: z.array(annotationSchema),
  rejected: z.array(z.object({ kind: z.enum(['claim', 'actor', 'source', 'note']), key: z.string() })),
  briefing: briefingDraftSchema,
  history: z.object({ undo: z.array(changeSetSchema), redo: z.array(changeSetSchema) }),
});

// Compile-time check that the schema and the domain type agree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const caseSchemaMatchesDomain: Same<z.infer<typeof caseSchema>, CaseData> = true;

/** Human-readable path of a zod issue, e.g. "annotations[3].target.position.start". */
export function issuePath(path: readonly (string | number)[]): string {
  return path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
}

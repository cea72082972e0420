import { z } from 'zod';
import { actorSchema, annotationSchema, claimDetailsSchema, sourceSchema } from '../case-schema';
import { LIMITS, MAX_ALIASES_PER_REQUEST } from '../case-limits';

/**
 * The fields of the analyst's annotation, actor and source actions, declared once. The IPC
 * contract's actions (actionSchema in shared/ipc-contract.ts) are made of these fields and validate
 * every request in the back end; the builders in shared/case-ops/ take the inputs typed below.
 */

/** An annotation, actor, source or article id. */
export const entityIdSchema = z.string().min(1).max(LIMITS.id);
/** A UTF-16 offset into an article's canonical text. */
export const offsetSchema = z.number().int().nonnegative().max(1e9);
/** An actor or source name (or alias), trimmed. */
export const entityNameSchema = z.string().trim().min(1).max(LIMITS.name);
export const aliasesSchema = z.array(entityNameSchema).max(MAX_ALIASES_PER_REQUEST);
export const roleSchema = actorSchema.shape.role;
export const noteSchema = z.string().max(LIMITS.note);
export const annotationKindSchema = annotationSchema.shape.kind;
export const reviewStateSchema = annotationSchema.shape.review;
export const actorTypeSchema = actorSchema.shape.type;
export const sourceKindSchema = sourceSchema.shape.kind;
export const reliabilitySchema = sourceSchema.shape.reliability;

/** Any subset of a claim's details; missing fields keep their value (or the default on creation). */
export const claimPatchSchema = claimDetailsSchema.partial().strict();

export const originInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('manual') }),
  z.object({ kind: z.literal('suggested'), rule: z.string().max(200), cue: z.string().max(2000).nullable() }),
  z.object({ kind: z.literal('learned'), rule: z.string().max(200) }),
]);

/** A new highlight: offsets are UTF-16 units into the article's canonical text (snap them first). */
export const annotationInputSchema = z.object({
  articleId: entityIdSchema,
  kind: annotationKindSchema,
  start: offsetSchema,
  end: offsetSchema,
  origin: originInputSchema.optional(),
  review: reviewStateSchema.optional(),
  confidence: z.number().min(0).max(1).optional(),
  claim: claimPatchSchema.optional(),
  actorId: entityIdSchema.nullable().optional(),
  sourceId: entityIdSchema.nullable().optional(),
  note: noteSchema.optional(),
});
export type AnnotationInput = z.infer<typeof annotationInputSchema>;

/** Changes to a highlight; `start` and `end` move it (both or neither). */
export const annotationPatchSchema = annotationInputSchema
  .omit({ articleId: true, origin: true })
  .partial()
  .refine((p) => (p.start === undefined) === (p.end === undefined), { message: 'start and end go together' });
export type AnnotationPatch = z.infer<typeof annotationPatchSchema>;

export const actorInputSchema = z.object({
  name: entityNameSchema,
  type: actorTypeSchema,
  aliases: aliasesSchema.optional(),
  role: roleSchema.optional(),
});
export type ActorInput = z.infer<typeof actorInputSchema>;

export const actorPatchSchema = actorInputSchema.partial();
export type ActorPatch = z.infer<typeof actorPatchSchema>;

export const sourceInputSchema = z.object({
  name: entityNameSchema,
  kind: sourceKindSchema,
  reliability: reliabilitySchema.optional(),
  aliases: aliasesSchema.optional(),
});
export type SourceInput = z.infer<typeof sourceInputSchema>;

export const sourcePatchSchema = sourceInputSchema.partial();
export type SourcePatch = z.infer<typeof sourcePatchSchema>;

/** Deleting an actor or source still in use needs force: mentions of it are deleted, claims detached. */
export const deleteOptionsSchema = z.object({ force: z.boolean().optional() });
export type DeleteOptions = z.infer<typeof deleteOptionsSchema>;

export const mergeActorsSchema = z.object({ keepId: entityIdSchema, mergeId: entityIdSchema }).refine((m) => m.keepId !== m.mergeId, {
  message: 'an actor cannot be merged into itself',
});
export type MergeActorsInput = z.infer<typeof mergeActorsSchema>;

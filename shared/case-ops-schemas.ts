import { z } from 'zod';
import { claimDetailsSchema } from './case-schema';
import { LIMITS, MAX_ALIASES_PER_REQUEST } from './case-limits';

/**
 * Request schemas for the analyst's annotation, actor and source actions. The IPC contract validates
 * requests with these before the back end calls the builders in shared/case-ops.ts.
 */

const id = z.string().min(1).max(LIMITS.id);
const name = z.string().trim().min(1).max(LIMITS.name);
const aliases = z.array(z.string().trim().min(1).max(LIMITS.name)).max(MAX_ALIASES_PER_REQUEST);

/** Any subset of a claim's details; missing fields keep their value (or the default on creation). */
export const claimPatchSchema = claimDetailsSchema.partial();

export const originInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('manual') }),
  z.object({ kind: z.literal('suggested'), rule: z.string().max(200), cue: z.string().max(2000).nullable() }),
  z.object({ kind: z.literal('learned'), rule: z.string().max(200) }),
]);

/** A new highlight: offsets are UTF-16 units into the article's canonical text (snap them first). */
export const annotationInputSchema = z.object({
  articleId: id,
  kind: z.enum(['claim', 'actor', 'source', 'note']),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  origin: originInputSchema.optional(),
  review: z.enum(['pending', 'accepted', 'rejected']).optional(),
  confidence: z.number().min(0).max(1).optional(),
  claim: claimPatchSchema.optional(),
  actorId: id.nullable().optional(),
  sourceId: id.nullable().optional(),
  note: z.string().max(LIMITS.note).optional(),
});
export type AnnotationInput = z.infer<typeof annotationInputSchema>;

/** Changes to a highlight; `start` and `end` move it (both or neither). */
export const annotationPatchSchema = z
  .object({
    kind: z.enum(['claim', 'actor', 'source', 'note']).optional(),
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().positive().optional(),
    review: z.enum(['pending', 'accepted', 'rejected']).optional(),
    confidence: z.number().min(0).max(1).optional(),
    claim: claimPatchSchema.optional(),
    actorId: id.nullable().optional(),
    sourceId: id.nullable().optional(),
    note: z.string().max(LIMITS.note).optional(),
  })
  .refine((p) => (p.start === undefined) === (p.end === undefined), { message: 'start and end go together' });
export type AnnotationPatch = z.infer<typeof annotationPatchSchema>;

export const actorInputSchema = z.object({
  name,
  type: z.enum(['person', 'organisation', 'state', 'group', 'other']),
  aliases: aliases.optional(),
  role: z.string().trim().max(LIMITS.role).optional(),
});
export type ActorInput = z.infer<typeof actorInputSchema>;

export const actorPatchSchema = actorInputSchema.partial();
export type ActorPatch = z.infer<typeof actorPatchSchema>;

export const sourceInputSchema = z.object({
  name,
  kind: z.enum(['outlet', 'official', 'social', 'document', 'person']),
  reliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']).optional(),
  aliases: aliases.optional(),
});
export type SourceInput = z.infer<typeof sourceInputSchema>;

export const sourcePatchSchema = sourceInputSchema.partial();
export type SourcePatch = z.infer<typeof sourcePatchSchema>;

/** Deleting an actor or source still in use needs force: mentions of it are deleted, claims detached. */
export const deleteOptionsSchema = z.object({ force: z.boolean().optional() });
export type DeleteOptions = z.infer<typeof deleteOptionsSchema>;

export const mergeActorsSchema = z.object({ keepId: id, mergeId: id }).refine((m) => m.keepId !== m.mergeId, {
  message: 'an actor cannot be merged into itself',
});
export type MergeActorsInput = z.infer<typeof mergeActorsSchema>;

import type { z } from 'zod';
import { actorSchema, annotationSchema, articleSchema, caseSchema, changeSetSchema, issuePath, sourceSchema } from './case-schema';
import type { CaseData, ChangeSet, Collection, EntityChange } from './domain';

/**
 * The write gate: a case the back end is about to keep (and so write) must pass the schema that
 * reading uses, or the analyst would be locked out of it. Checking a whole big case on every edit
 * would cost hundreds of milliseconds, so only what differs from the case before is checked: the
 * head fields, every entity that is not the very object it was before, the new history entries, and
 * the ids of every collection that changed. Pure; no I/O.
 */

const ENTITY_SCHEMAS: Record<Collection, z.ZodTypeAny> = { articles: articleSchema, actors: actorSchema, sources: sourceSchema, annotations: annotationSchema };
const COLLECTIONS: readonly Collection[] = ['articles', 'actors', 'sources', 'annotations'];
const headSchema = caseSchema.omit({ articles: true, actors: true, sources: true, annotations: true, history: true });

/** What is wrong with a case about to be written: where (e.g. "actors[3].name") and what. */
export interface GateProblem {
  where: string;
  what: string;
}

function firstIssue(result: { success: boolean; error?: z.ZodError }, prefix: (string | number)[]): GateProblem | null {
  if (result.success) return null;
  const issue = result.error?.issues[0];
  return { where: issuePath([...prefix, ...(issue?.path ?? [])].filter((p): p is string | number => typeof p === 'string' || typeof p === 'number')) || 'the case', what: issue?.message.toLowerCase() ?? 'is invalid' };
}

/** A change whose entities carry another id than the change would, on undo, add a second entity with that id. */
export function changeIdProblem(c: Pick<EntityChange, 'id' | 'before' | 'after'>): string | null {
  if (c.before && c.before.id !== c.id) return `a change to ${c.id} holds an entry with id ${c.before.id}`;
  if (c.after && c.after.id !== c.id) return `a change to ${c.id} holds an entry with id ${c.after.id}`;
  return null;
}

/** Entity objects known to pass their collection's schema, by collection (see caseWriteProblem). */
type Checked = Map<Collection, Set<unknown>>;

/**
 * A change set as the schema still needs to see it: each entity it holds that passes its
 * collection's schema (known from the entity checks, or parsed here once per object) is shown as
 * null, which the schema accepts. Accepting all actor mentions of a long article edits a thousand
 * annotations twice, and the whole set's parse checked each in-between object twice and each
 * final one a third time. An entity that fails is left in place, so the set's own parse reports
 * the same first issue at the same path as before.
 */
function unchecked(set: ChangeSet, checked: Checked): ChangeSet {
  const passes = (collection: Collection, entity: unknown): boolean => {
    if (entity === null || !Object.hasOwn(ENTITY_SCHEMAS, collection)) return false;
    const schema = ENTITY_SCHEMAS[collection];
    let known = checked.get(collection);
    if (!known) checked.set(collection, (known = new Set()));
    if (known.has(entity)) return true;
    if (!schema.safeParse(entity).success) return false;
    known.add(entity);
    return true;
  };
  // A malformed set is left to the schema to describe.
  if (typeof set !== 'object' || set === null || !Array.isArray(set.changes)) return set;
  const changes = set.changes.map((c) => {
    if (typeof c !== 'object' || c === null) return c;
    const before = passes(c.collection, c.before);
    const after = passes(c.collection, c.after);
    return before || after ? ({ ...c, before: before ? null : c.before, after: after ? null : c.after } as EntityChange) : c;
  });
  return { ...set, changes };
}

function checkChangeSets(sets: readonly ChangeSet[], known: ReadonlySet<ChangeSet>, where: string, checked: Checked): GateProblem | null {
  for (const [i, set] of sets.entries()) {
    if (known.has(set)) continue;
    const problem = firstIssue(changeSetSchema.safeParse(unchecked(set, checked)), [where, i]);
    if (problem) return problem;
    for (const [j, c] of set.changes.entries()) {
      const wrong = changeIdProblem(c);
      if (wrong) return { where: `${where}[${i}].changes[${j}]`, what: wrong };
    }
  }
  return null;
}

/**
 * First problem that would make `next` unreadable, checking only what differs from `prev` (by
 * object identity: the builders copy what they change and share the rest); null when it may be
 * written. Without `prev`, the whole case is checked.
 */
export function caseWriteProblem(next: CaseData, prev?: CaseData): GateProblem | null {
  if (!prev) return firstIssue(caseSchema.safeParse(next), []) ?? repeatedIdProblem(next, COLLECTIONS);
  const head = firstIssue(headSchema.safeParse(next), []);
  if (head) return head;
  const changed: Collection[] = [];
  // The objects checked here and those they replaced (valid, as `prev` was kept through this gate):
  // the new history entries hold the same objects, so they need not be parsed again there.
  const checked: Checked = new Map();
  for (const collection of COLLECTIONS) {
    const list = next[collection] as readonly { id: string }[];
    const before = prev[collection] as readonly { id: string }[];
    if (list === before) continue;
    const { fresh, sameIds, old } = freshEntities(list, before);
    // Entities replaced in place under their own ids cannot repeat an id; anything else is checked.
    if (!sameIds) changed.push(collection);
    const ok = old ?? new Set<unknown>();
    for (const i of fresh) {
      const problem = firstIssue(ENTITY_SCHEMAS[collection].safeParse(list[i]), [collection, i]);
      if (problem) return problem;
      ok.add(list[i]);
      if (!old) ok.add(before[i]);
    }
    checked.set(collection, ok);
  }
  const repeated = repeatedIdProblem(next, changed);
  if (repeated) return repeated;
  if (next.history !== prev.history) {
    const known = new Set<ChangeSet>([...prev.history.undo, ...prev.history.redo]);
    return checkChangeSets(next.history.undo, known, 'history.undo', checked) ?? checkChangeSets(next.history.redo, known, 'history.redo', checked);
  }
  return null;
}

/**
 * Positions of the entities in `list` that are not in `before` (by identity), and whether each of
 * them replaced, at the same position, an entity of the same id. An edit replaces in place (a plain
 * comparison per position); an insertion or deletion shifts positions, so a set of the old objects
 * decides (returned as `old`; else the replaced entity is `before` at the same position).
 */
function freshEntities(list: readonly { id: string }[], before: readonly { id: string }[]): { fresh: number[]; sameIds: boolean; old: Set<unknown> | null } {
  const fresh: number[] = [];
  if (list.length === before.length) {
    let sameIds = true;
    for (let i = 0; i < list.length; i++) {
      if (list[i] === before[i]) continue;
      fresh.push(i);
      if (list[i]!.id !== before[i]!.id) sameIds = false;
    }
    return { fresh, sameIds, old: null };
  }
  const old = new Set<unknown>(before);
  for (let i = 0; i < list.length; i++) if (!old.has(list[i])) fresh.push(i);
  return { fresh, sameIds: false, old };
}

/** The first entry whose id repeats an earlier one's in `collections` (all four by default), or null. */
export function repeatedIdProblem(data: CaseData, collections: readonly Collection[] = COLLECTIONS): GateProblem | null {
  for (const key of collections) {
    const seen = new Set<string>();
    for (const [i, item] of (data[key] as readonly { id: string }[]).entries()) {
      if (seen.has(item.id)) return { where: `${key}[${i}].id`, what: `repeats the id "${item.id.slice(0, 60)}" of an earlier entry` };
      seen.add(item.id);
    }
  }
  return null;
}

/**
 * Whether the undo and redo history fits the case it is stored with: every change names the id of
 * the entries it holds, and replaying the history from the case meets each entry where the change
 * expects it (an undo only removes what is there and only puts back what is missing; likewise for
 * redo). Annotations of an article that is not there are skipped, as undo skips them (an article
 * removed outside the history). Returns a description of the first mismatch, or null.
 */
export function historyProblem(data: CaseData): string | null {
  const undoProblem = replay(data, data.history.undo, 'undo');
  // Redo starts from the case as it is now, as undo did.
  return undoProblem ?? replay(data, data.history.redo, 'redo');
}

/** What must match between a change and the case: an annotation's kind; for the rest, only that it exists. */
const kindOf = (collection: Collection, e: { id: string }): string => (collection === 'annotations' ? (e as { id: string; kind?: string }).kind ?? '' : collection);

/** Walks change sets from the top of a stack, as undo (backward) or redo (forward) would apply them. */
function replay(data: CaseData, sets: readonly ChangeSet[], direction: 'undo' | 'redo'): string | null {
  // Maps only of the collections the history touches (and articles, which annotations need): on
  // opening a 200 MB case with an empty history, maps of its 226,000 annotations held the host ~1 s.
  const touched = new Set<Collection>();
  for (const set of sets) for (const c of set.changes) touched.add(c.collection);
  if (touched.size === 0) return null;
  if (touched.has('annotations')) touched.add('articles');
  const present = new Map<Collection, Map<string, string>>();
  for (const collection of COLLECTIONS) {
    const entries = touched.has(collection) ? (data[collection] as readonly { id: string }[]).map((e): [string, string] => [e.id, kindOf(collection, e)]) : [];
    present.set(collection, new Map(entries));
  }
  const articles = present.get('articles')!;
  for (let i = sets.length - 1; i >= 0; i--) {
    const set = sets[i]!;
    const step = `${direction} step ${sets.length - i} (“${set.label.slice(0, 80)}”)`;
    // Collection by collection, articles first, as applyChanges does: restored annotations find their article.
    for (const collection of COLLECTIONS) {
      const mine = set.changes.filter((c) => c.collection === collection);
      const map = present.get(collection)!;
      for (const c of direction === 'undo' ? mine.reverse() : mine) {
        const wrong = changeIdProblem(c);
        if (wrong) return `${step}: ${wrong}`;
        const [expected, next] = direction === 'undo' ? [c.after, c.before] : [c.before, c.after];
        if (collection === 'annotations' && !articles.has(((expected ?? next) as { articleId: string }).articleId)) continue;
        const here = map.get(c.id);
        if (expected ? here !== kindOf(collection, expected) : here !== undefined) {
          return `${step} expects ${collection} ${c.id.slice(0, 60)} ${expected ? `to be there as ${kindOf(collection, expected)}` : 'to be absent'}`;
        }
        if (next) map.set(c.id, kindOf(collection, next));
        else map.delete(c.id);
      }
    }
  }
  return null;
}

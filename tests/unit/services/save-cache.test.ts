/**
 * Saves reuse the JSON text of entities unchanged since the last save (jsonPieces' cache, by object
 * identity) and write the pieces without joining them. What reaches the disk must still be exactly
 * JSON.stringify of the case in memory, whatever was edited, inserted, deleted or undone between
 * saves, and a failed save must leave the last good file as it was.
 */
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeRange } from '../../../shared/anchoring/describe';
import { defaultClaim } from '../../../shared/case-ops';
import { emptyCase, type Annotation, type Article, type CaseData, type ChangeSet } from '../../../shared/domain';
import { CaseStore } from '../../../electron/services/case-store';
import { jsonPieces } from '../../../electron/services/json-slices';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'claimwork-save-cache-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const AT = '2026-12-07T00:00:00.000Z';
const TEXTS = ['قال الناطق باسم الجيش إن القوات تقدمت 😀', 'The minister said talks would resume.', 'Le ministre a déclaré « non ».'];

function article(i: number): Article {
  const text = `${TEXTS[i % TEXTS.length]!} (${i})`;
  return {
    id: `article-${i}`, title: `Article ${i}`, text, lang: i % 3 === 0 ? 'ar' : 'en', dir: i % 3 === 0 ? 'rtl' : 'ltr', url: null, publisher: null, byline: null,
    publishedAt: null, origin: { fileName: null, format: 'paste', encoding: null }, contentHash: `hash-${i}`, paragraphStarts: [0], sourceId: null, addedAt: AT,
  };
}

function annotation(id: string, articleId: string, note: string): Annotation {
  const text = `${TEXTS[Number(articleId.split('-')[1]) % TEXTS.length]!}`;
  return {
    id, articleId, kind: 'claim', target: describeRange(text, 0, 8), origin: { kind: 'manual' },
    review: 'accepted', confidence: 1, claim: defaultClaim(), actorId: null, sourceId: null, note, createdAt: AT, updatedAt: AT,
  };
}

function startCase(): CaseData {
  const articles = Array.from({ length: 4 }, (_, i) => article(i));
  const annotations = Array.from({ length: 12 }, (_, i) => annotation(`ann-${i}`, articles[i % 4]!.id, `note ${i}`));
  return { ...emptyCase('case-1', AT, 'قضية'), articles, annotations };
}

/** One copy-on-write edit, as the back end's builders make them: changed objects are new, the rest shared. */
type Edit = (data: CaseData) => CaseData;
const edits: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 6 }), fc.string({ unit: 'grapheme', maxLength: 8 })).map(([n, credibility, note]): Edit => (data) => {
    if (data.annotations.length === 0) return data;
    const i = n % data.annotations.length;
    const annotations = data.annotations.slice();
    const a = annotations[i]!;
    annotations[i] = { ...a, note, claim: { ...(a.claim ?? defaultClaim()), credibility: credibility as 1 } };
    // The undo history keeps the entity as it was (the same object as in the case before).
    const set: ChangeSet = { label: `Edit ${a.id}`, at: AT, changes: [{ collection: 'annotations', id: a.id, before: a, after: annotations[i]! }] };
    return { ...data, annotations, history: { undo: [...data.history.undo, set], redo: [] } };
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([n, k]): Edit => (data) => {
    const annotations = data.annotations.slice();
    annotations.splice(n % (annotations.length + 1), 0, annotation(`new-${k}-${annotations.length}`, data.articles[k % data.articles.length]!.id, 'نص جديد'));
    return { ...data, annotations };
  }),
  fc.nat().map((n): Edit => (data) => (data.annotations.length === 0 ? data : { ...data, annotations: data.annotations.filter((_, i) => i !== n % data.annotations.length) })),
  fc.tuple(fc.nat(), fc.string({ unit: 'grapheme', maxLength: 12 })).map(([n, title]): Edit => (data) => {
    const articles = data.articles.slice();
    const i = n % articles.length;
    articles[i] = { ...articles[i]!, title };
    return { ...data, articles };
  }),
  fc.constant<Edit>((data) => {
    // Undo: the last step's entity comes back as the very object it was.
    const last = data.history.undo.at(-1);
    const change = last?.changes[0];
    if (!last || !change?.before || !change.after) return data;
    const annotations = data.annotations.map((a) => (a === change.after ? (change.before as Annotation) : a));
    return { ...data, annotations, history: { undo: data.history.undo.slice(0, -1), redo: [...data.history.redo, last] } };
  }),
  fc.string({ unit: 'grapheme', maxLength: 10 }).map((title): Edit => (data) => ({ ...data, title, briefing: { ...data.briefing, bluf: title } })),
);

describe('saves that reuse the JSON of unchanged entities', () => {
  it('write exactly JSON.stringify of the case after every save of random edits, undos, inserts and deletes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(edits, fc.boolean()), { minLength: 1, maxLength: 25 }), async (steps) => {
        const file = path.join(dir, `c-${Math.random().toString(36).slice(2)}.claimwork.json`);
        const store = await CaseStore.create(file, startCase());
        try {
          for (const [edit, save] of steps) {
            store.update(edit(store.data));
            if (!save) continue;
            await store.flush();
            expect(await readFile(file, 'utf8')).toBe(JSON.stringify(store.data));
          }
          await store.flush();
          expect(await readFile(file, 'utf8')).toBe(JSON.stringify(store.data));
        } finally {
          await store.close();
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('writes what a reopened case holds after saves of a case opened from its file', async () => {
    const file = path.join(dir, 'reopened.claimwork.json');
    await (await CaseStore.create(file, startCase())).close();
    const store = await CaseStore.open(file);
    const a = store.data.annotations[3]!;
    store.update({ ...store.data, annotations: store.data.annotations.map((x) => (x === a ? { ...a, note: 'edited after opening' } : x)) });
    await store.flush();
    expect(await readFile(file, 'utf8')).toBe(JSON.stringify(store.data));
    await store.close();
    const again = await CaseStore.open(file);
    expect(again.data.annotations[3]!.note).toBe('edited after opening');
    await again.close();
  });

  it('leaves the last good file as it was when a save fails, and writes the kept edits once it can', async () => {
    const folder = path.join(dir, 'sub');
    const file = path.join(folder, 'failing.claimwork.json');
    const store = await CaseStore.create(file, startCase());
    store.update({ ...store.data, title: 'saved' });
    await store.flush();
    const good = await readFile(file, 'utf8');
    // Take the folder away and put a plain file in its place: every write now fails with ENOTDIR.
    await rename(folder, `${folder}-away`);
    await writeFile(folder, 'not a folder');
    store.update({ ...store.data, annotations: store.data.annotations.slice(1) });
    await expect(store.flush()).rejects.toThrow(/Could not save/);
    expect(await readFile(path.join(`${folder}-away`, 'failing.claimwork.json'), 'utf8')).toBe(good);
    await rm(folder);
    await rename(`${folder}-away`, folder);
    const a = store.data.annotations[0]!;
    store.update({ ...store.data, annotations: [{ ...a, note: 'after the failure' }, ...store.data.annotations.slice(1)] });
    await store.flush();
    expect(await readFile(file, 'utf8')).toBe(JSON.stringify(store.data));
    await store.close();
  });
});

describe('jsonPieces with a cache', () => {
  it('joins to JSON.stringify for any JSON value edited copy-on-write between calls', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.jsonValue(), { minLength: 1, maxLength: 6 }), fc.array(fc.tuple(fc.nat(), fc.jsonValue()), { maxLength: 8 }), async (items, changes) => {
        const cache = new WeakMap<object, string>();
        let value = { collection: items.map((v, i) => ({ id: i, v })) };
        expect((await jsonPieces(value, { cache, sliceMs: 0 })).join('')).toBe(JSON.stringify(value));
        for (const [n, v] of changes) {
          const collection = value.collection.slice();
          const i = n % collection.length;
          collection[i] = { ...collection[i]!, v };
          value = { collection };
          expect((await jsonPieces(value, { cache })).join('')).toBe(JSON.stringify(value));
        }
      }),
      { numRuns: 200 },
    );
  });
});

/**
 * Issue 14, item 1: model-based property test over the contract. Random sequences of what an
 * analyst (or a hostile page) can do — imports of HTML and DOCX with generated hostile metadata,
 * pastes, article edits and deletions, annotations, actor and source actions, suggestions accepted
 * and rejected, undo and redo, save as, open — run against a real Workspace writing real files.
 * After every sequence each case file written (and its .bak) is read back with the check opening
 * uses, and its undo history must fit it: none may be refused. A step may be refused by the
 * contract (a publisher too long for a source name), never by the write gate and never with an
 * internal error.
 *
 * CASE_MODEL_RUNS=2000 runs more sequences (default 80, some 15 s here); CASE_MODEL_SEED reruns one.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historyProblem } from '../../../shared/case-gate';
import type { ImportOutcome } from '../../../shared/ipc-contract';
import type { Result } from '../../../shared/result';
import { parseCaseText } from '../../../electron/services/case-file';
import { createHandlers, dispatch, type HandlerTable } from '../../../electron/services/handlers';
import { Workspace } from '../../../electron/services/workspace';
import { documentXml, makeRawDocx } from '../hostile/make-hostile';

const RUNS = Number(process.env.CASE_MODEL_RUNS ?? 80);
const SEED = process.env.CASE_MODEL_SEED === undefined ? undefined : Number(process.env.CASE_MODEL_SEED);

interface Real {
  ws: Workspace;
  handlers: HandlerTable;
  dir: string;
  /** Every case file this run wrote. */
  cases: Set<string>;
  saved: number;
}
type Model = Record<string, never>;

/** Calls the contract; a refusal is fine, an internal error or a refusal by the write gate is not. */
async function call(r: Real, name: string, payload: unknown): Promise<unknown> {
  const res = (await dispatch(r.handlers, name, payload)) as Result<unknown>;
  if (!res.ok) {
    if (res.error.code === 'internal' || /did not make this change/.test(res.error.message)) throw new Error(`${name} failed: ${res.error.message}`);
    return null;
  }
  if (name.startsWith('import') || name === 'addTextArticle') {
    const outcome = res.value as ImportOutcome;
    if (outcome.status === 'refused' && /did not make this change/.test(outcome.message)) throw new Error(`${name} refused by the gate: ${outcome.message}`);
  }
  return res.value;
}

// Text an attacker or a sloppy page can put in metadata: direction controls, surrogate pairs,
// Arabic, markup characters, blank space of every kind.
const piece = fc.constantFrom('a', 'word', ' ', '  ', '\n', '\t', '\u202E', '\u2066', '\u2069', 'بوتين', 'ـ', '😀', '<', '&', '"', "'", '\u00a0', 'É', '0');
const shortText = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
/** Short, or far over every limit (up to some 6,000 characters). */
const hostileText = fc.oneof(
  { weight: 2, arbitrary: shortText },
  { weight: 1, arbitrary: fc.tuple(fc.array(piece, { minLength: 1, maxLength: 4 }), fc.integer({ min: 50, max: 1200 })).map(([p, n]) => Array.from({ length: n }, () => p.join('')).join(' ')) },
);
const BODIES = [
  'قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات مع الولايات المتحدة ستستأنف الأسبوع المقبل في جنيف.\nوأضاف أن الوفد سيضم ممثلين عن الجيش.',
  'The minister said on Tuesday that the talks in Geneva would resume next week, according to Reuters.\nOfficials in Tripoli confirmed the date.',
  'Le ministre a déclaré mardi que les pourparlers reprendraient la semaine prochaine, selon l’AFP.',
];
const body = fc.tuple(fc.constantFrom(...BODIES), fc.nat(1e6)).map(([b, n]) => `${b}\n${n}`);

const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const b64 = (s: string | Uint8Array): string => Buffer.from(s).toString('base64');
const pick = <T,>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

type Step = { label: string; run: (r: Real) => Promise<void> };
const step = (label: string, run: (r: Real) => Promise<unknown>): Step => ({ label, run: async (r) => void (await run(r)) });

const htmlImport = fc.record({ title: hostileText, date: hostileText, author: hostileText, site: hostileText, body }).map((m) =>
  step(`importFile html ${JSON.stringify(m).slice(0, 80)}`, (r) => {
    const html = `<!doctype html><html><head><title>${xml(m.title)}</title><meta property="article:published_time" content="${attr(m.date)}"><meta name="author" content="${attr(m.author)}"><meta property="og:site_name" content="${attr(m.site)}"></head><body><article>${m.body
      .split('\n')
      .map((p) => `<p>${xml(p)}</p>`)
      .join('')}</article></body></html>`;
    return call(r, 'importFile', { name: 'page.html', dataBase64: b64(html) });
  }),
);
const docxImport = fc.record({ title: hostileText, creator: hostileText, created: hostileText, body }).map((m) =>
  step(`importFile docx ${JSON.stringify(m).slice(0, 80)}`, (r) => {
    const core = `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>${xml(m.title)}</dc:title><dc:creator>${xml(m.creator)}</dc:creator><dcterms:created>${xml(m.created)}</dcterms:created></cp:coreProperties>`;
    const docx = makeRawDocx(documentXml(m.body.split('\n').map(xml)), [{ name: 'docProps/core.xml', data: new TextEncoder().encode(core) }]);
    return call(r, 'importFile', { name: 'memo.docx', dataBase64: b64(docx) });
  }),
);
const paste = fc.record({ title: hostileText, publisher: hostileText, publishedAt: hostileText, body }).map((m) =>
  step(`addTextArticle ${JSON.stringify(m).slice(0, 80)}`, (r) => call(r, 'addTextArticle', { title: m.title.slice(0, 2000), text: m.body, publisher: m.publisher.slice(0, 600), publishedAt: m.publishedAt.slice(0, 64) })),
);
const updateArticle = fc.record({ n: fc.nat(), title: hostileText, publisher: hostileText, byline: hostileText, publishedAt: hostileText }).map((m) =>
  step(`updateArticle ${m.n}`, async (r) => {
    const a = pick(r.ws.data.articles, m.n);
    if (a) await call(r, 'updateArticle', { id: a.id, title: m.title.slice(0, 2000) || 'x', publisher: m.publisher.slice(0, 500), byline: m.byline.slice(0, 2000), publishedAt: m.publishedAt.slice(0, 64) });
  }),
);
const deleteArticle = fc.nat().map((n) =>
  step(`deleteArticle ${n}`, async (r) => {
    const a = pick(r.ws.data.articles, n);
    if (a) await call(r, 'deleteArticle', { id: a.id });
  }),
);
const annotate = fc
  .record({ n: fc.nat(), kind: fc.constantFrom('claim', 'actor', 'source', 'note'), from: fc.double({ min: 0, max: 1, noNaN: true }), width: fc.double({ min: 0, max: 1, noNaN: true }), name: fc.option(hostileText) })
  .map((m) =>
    step(`annotate ${JSON.stringify(m).slice(0, 80)}`, async (r) => {
      const a = pick(r.ws.data.articles, m.n);
      if (!a) return;
      const start = Math.floor(m.from * (a.text.length - 1));
      const end = Math.max(start + 1, Math.min(a.text.length, start + Math.ceil(m.width * a.text.length)));
      const name = m.name?.trim().slice(0, 500);
      const link = name && m.kind === 'actor' ? { newActor: { name } } : name && m.kind === 'source' ? { newSource: { name } } : {};
      await call(r, 'applyAction', { action: { type: 'annotation.create', articleId: a.id, kind: m.kind, start, end, ...link } });
    }),
  );
const relink = fc.record({ n: fc.nat(), m: fc.nat() }).map(({ n, m }) =>
  step(`link mention ${n} ${m}`, async (r) => {
    const ann = pick(r.ws.data.annotations, n);
    if (!ann) return;
    if (ann.kind === 'actor') {
      const actor = pick(r.ws.data.actors, m);
      if (actor) await call(r, 'applyAction', { action: { type: 'annotation.update', id: ann.id, actorId: actor.id } });
    } else if (ann.kind === 'source') {
      const source = pick(r.ws.data.sources, m);
      if (source) await call(r, 'applyAction', { action: { type: 'annotation.update', id: ann.id, sourceId: source.id } });
    } else await call(r, 'applyAction', { action: { type: 'annotation.delete', id: ann.id } });
  }),
);
const entity = fc.record({ op: fc.constantFrom('actor.create', 'actor.update', 'actor.delete', 'actor.merge', 'source.create', 'source.update', 'source.delete'), n: fc.nat(), m: fc.nat(), name: hostileText, aliases: fc.array(hostileText, { maxLength: 3 }) }).map((x) =>
  step(`${x.op} ${x.n}`, async (r) => {
    const name = x.name.trim().slice(0, 500) || 'Name';
    const aliases = x.aliases.map((a) => a.trim().slice(0, 500)).filter(Boolean);
    const actor = pick(r.ws.data.actors, x.n);
    const other = pick(r.ws.data.actors, x.m);
    const source = pick(r.ws.data.sources, x.n);
    if (x.op === 'actor.create') await call(r, 'applyAction', { action: { type: 'actor.create', name, aliases } });
    else if (x.op === 'source.create') await call(r, 'applyAction', { action: { type: 'source.create', name, aliases } });
    else if (x.op === 'actor.update' && actor) await call(r, 'applyAction', { action: { type: 'actor.update', id: actor.id, name, aliases } });
    else if (x.op === 'actor.delete' && actor) await call(r, 'applyAction', { action: { type: 'actor.delete', id: actor.id, force: true } });
    else if (x.op === 'actor.merge' && actor && other && actor.id !== other.id) await call(r, 'applyAction', { action: { type: 'actor.merge', keepId: actor.id, mergeId: other.id } });
    else if (x.op === 'source.update' && source) await call(r, 'applyAction', { action: { type: 'source.update', id: source.id, name, aliases } });
    else if (x.op === 'source.delete' && source) await call(r, 'applyAction', { action: { type: 'source.delete', id: source.id, force: true } });
  }),
);
const suggest = fc.record({ n: fc.nat(), kind: fc.constantFrom('claim', 'actor', 'source'), decision: fc.constantFrom('accept', 'reject'), widen: fc.boolean() }).map((x) =>
  step(`suggest and review ${JSON.stringify(x)}`, async (r) => {
    const a = pick(r.ws.data.articles, x.n);
    if (!a) return;
    await call(r, 'suggest', { articleId: a.id });
    const pending = r.ws.data.annotations.find((p) => p.articleId === a.id && p.review === 'pending' && p.kind === x.kind);
    // Accepting one suggestion edited to span the whole text makes a name as long as the article.
    if (pending && x.widen) await call(r, 'reviewSuggestion', { id: pending.id, decision: 'accept', edit: { start: 0, end: a.text.length } });
    await call(r, 'reviewAll', { articleId: a.id, kind: x.kind, decision: x.decision });
  }),
);
const undoRedo = fc.constantFrom('undo', 'redo').map((name) => step(name, (r) => call(r, name, {})));
const saveAs = fc.constant(
  step('saveCaseAs', async (r) => {
    const file = path.join(r.dir, `saved-${++r.saved}.claimwork.json`);
    r.cases.add(file);
    await call(r, 'saveCaseAs', { path: file });
  }),
);
const open = fc.nat().map((n) =>
  step(`openCase ${n}`, async (r) => {
    const file = pick([...r.cases], n);
    if (file) await call(r, 'openCase', { path: file });
  }),
);

// fc.commands picks among these uniformly: an entry listed twice comes twice as often.
const STEPS: fc.Arbitrary<Step>[] = [htmlImport, htmlImport, docxImport, paste, updateArticle, deleteArticle, annotate, annotate, annotate, relink, entity, entity, suggest, undoRedo, undoRedo, saveAs, open];

class Do implements fc.AsyncCommand<Model, Real> {
  constructor(private readonly s: Step) {}
  check(): boolean {
    return true;
  }
  async run(_m: Model, r: Real): Promise<void> {
    await this.s.run(r);
  }
  toString(): string {
    return this.s.label;
  }
}

/** Every case file of the run (and its .bak) opens as the app opens it, with an undo history that fits. */
async function expectAllReopen(r: Real): Promise<void> {
  await r.ws.flush();
  for (const file of r.cases) {
    for (const f of [file, `${file}.bak`]) {
      const exists = await stat(f).then(() => true, () => false);
      if (!exists) continue;
      const data = parseCaseText(await readFile(f, 'utf8'), path.basename(f));
      expect(historyProblem(data), `${path.basename(f)}: its undo history`).toBeNull();
    }
  }
}

describe('model-based: nothing the contract lets through makes a case that does not reopen', () => {
  it(`${RUNS} random sequences of imports, edits, suggestions, undo/redo, save as and open`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(STEPS.map((a) => a.map((s) => new Do(s))), { maxCommands: 14 }), async (cmds) => {
        const dir = await mkdtemp(path.join(os.tmpdir(), 'cw-model-'));
        const ws = await Workspace.start(path.join(dir, 'data'));
        const real: Real = { ws, handlers: createHandlers(ws, { info: { kind: 'browser', nativeDialogs: false, version: 'test' } }), dir, cases: new Set([ws.casePath]), saved: 0 };
        try {
          await fc.asyncModelRun(() => ({ model: {}, real }), cmds);
          await expectAllReopen(real);
        } finally {
          await real.ws.close().catch(() => undefined);
          await rm(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
  }, 600_000);
});

/**
 * Reviewing suggestions is bookkeeping: the analysis Suggest made for an article is kept (per
 * case and article, with the text's hash and what the case has learned), so accepting, rejecting
 * and the queue's details never run the engine over the article again, and give what a fresh
 * analysis would.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseData } from '../../../shared/domain';
import { forgetAnalyses, reviewAll, reviewSuggestion, suggest, suggestionInfo } from '../../../electron/services/suggest';
import { Workspace } from '../../../electron/services/workspace';

// Counts the engine's runs; the engine itself runs unchanged.
const runs = vi.hoisted(() => ({ n: 0 }));
vi.mock('../../../shared/analysis/analyze', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../../shared/analysis/analyze')>();
  return {
    ...mod,
    analyzeText: (...args: Parameters<typeof mod.analyzeText>) => {
      runs.n++;
      return mod.analyzeText(...args);
    },
  };
});

import { seedArticlePath as SEED, seedMissing } from '../../support/paths';
const origin = { fileName: null, format: 'paste', encoding: null };

let dirs: string[] = [];
let spaces: Workspace[] = [];
async function workspace(): Promise<Workspace> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cw-suggest-cache-'));
  const ws = await Workspace.start(dir);
  dirs.push(dir);
  spaces.push(ws);
  return ws;
}
async function addSeed(ws: Workspace): Promise<string> {
  const outcome = ws.addArticle({ title: 'Seed', text: await readFile(SEED, 'utf8'), origin }, 'seed');
  if (outcome.status !== 'imported') throw new Error('seed not imported');
  return outcome.article.id;
}

beforeEach(() => {
  runs.n = 0;
  forgetAnalyses();
});
afterEach(async () => {
  for (const ws of spaces) await ws.close();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  dirs = [];
  spaces = [];
});

/**
 * What the analyst sees of a case after review, without ids and times. Sources are compared by
 * whether they are linked, not by name: with the kept analysis a source mention whose candidate
 * (“Kremlin Press”) was created by an earlier accept is linked to it, where a fresh analysis,
 * already knowing it, proposes the longer span's text as another source (“خدمة Kremlin Press”).
 */
function summary(data: CaseData): unknown {
  const actor = new Map(data.actors.map((a) => [a.id, `${a.name} (${a.type}) [${[...a.aliases].sort().join(', ')}]`]));
  const linked = (id: string | null | undefined): string => (id ? 'linked' : '');
  return {
    actors: [...actor.values()].sort(),
    annotations: data.annotations
      .map((a) => [a.kind, a.target.position.start, a.target.position.end, a.review, actor.get(a.actorId ?? '') ?? null, linked(a.sourceId), actor.get(a.claim?.speakerId ?? '') ?? null, linked(a.claim?.sourceId)].join(' | '))
      .sort(),
  };
}

describe.skipIf(seedMissing !== null)('reviewing suggestions', () => {
  it('never analyses the article again: details, accept, reject, accept all', async () => {
    const ws = await workspace();
    const id = await addSeed(ws);
    suggest(ws, { articleId: id });
    expect(runs.n).toBe(1);
    const pending = () => ws.data.annotations.filter((a) => a.articleId === id && a.review === 'pending');
    expect(Object.keys(suggestionInfo(ws.data, id)).length).toBeGreaterThan(0);
    const putin = pending().find((a) => a.kind === 'actor' && a.target.quote.exact === 'بوتين')!;
    reviewSuggestion(ws, { id: putin.id, decision: 'accept' });
    const other = pending().find((a) => a.kind === 'actor')!;
    reviewSuggestion(ws, { id: other.id, decision: 'reject' });
    suggestionInfo(ws.data, id);
    reviewAll(ws, { articleId: id, kind: 'claim', decision: 'accept' });
    reviewAll(ws, { articleId: id, kind: 'actor', decision: 'accept' });
    reviewAll(ws, { articleId: id, kind: 'source', decision: 'reject' });
    expect(pending()).toHaveLength(0);
    expect(runs.n).toBe(1);
  });

  it('gives the same case as analysing afresh before every step', async () => {
    const kept = await workspace();
    const fresh = await workspace();
    const steps = async (ws: Workspace, beforeStep: () => void): Promise<unknown> => {
      const id = await addSeed(ws);
      suggest(ws, { articleId: id });
      const first = ws.data.annotations.find((a) => a.articleId === id && a.kind === 'claim' && a.review === 'pending')!;
      beforeStep();
      reviewSuggestion(ws, { id: first.id, decision: 'accept' });
      beforeStep();
      reviewAll(ws, { articleId: id, kind: 'actor', decision: 'accept' });
      beforeStep();
      const speakers = Object.values(suggestionInfo(ws.data, id)).flatMap((i) => (i.speaker ? [`${i.speaker.name ?? i.speaker.text} ${i.speaker.known}`] : []));
      beforeStep();
      reviewAll(ws, { articleId: id, kind: 'claim', decision: 'accept' });
      beforeStep();
      reviewAll(ws, { articleId: id, kind: 'source', decision: 'accept' });
      return { case: summary(ws.data), speakers: speakers.sort() };
    };
    const a = await steps(kept, () => undefined);
    const keptRuns = runs.n;
    const b = await steps(fresh, forgetAnalyses);
    expect(keptRuns).toBe(1);
    expect(runs.n - keptRuns).toBeGreaterThan(1);
    expect(a).toEqual(b);
  });

  it('analyses again for Suggest only when the text or what the case learned changed', async () => {
    const ws = await workspace();
    const id = await addSeed(ws);
    suggest(ws, { articleId: id });
    suggest(ws, { articleId: id });
    expect(runs.n).toBe(1);
    // A rejection changes what the engine may propose: Suggest analyses again and honours it.
    const mention = ws.data.annotations.find((a) => a.articleId === id && a.kind === 'actor' && a.review === 'pending')!;
    reviewSuggestion(ws, { id: mention.id, decision: 'reject' });
    expect(runs.n).toBe(1);
    const again = suggest(ws, { articleId: id });
    expect(runs.n).toBe(2);
    expect(again.changes).toHaveLength(0);
  });
});

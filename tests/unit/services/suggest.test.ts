import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normaliseKey } from '../../../shared/analysis/normalise';
import type { Annotation } from '../../../shared/domain';
import { reviewAll, reviewSuggestion, suggest, suggestionInfo } from '../../../electron/services/suggest';
import { Workspace } from '../../../electron/services/workspace';

import { seedArticlePath as SEED, seedMissing } from '../../support/paths';
const origin = { fileName: null, format: 'paste', encoding: null };

let dir: string;
let ws: Workspace;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cw-suggest-'));
  ws = await Workspace.start(dir);
});
afterEach(async () => {
  await ws.close();
  await rm(dir, { recursive: true, force: true });
});

async function addSeed(): Promise<string> {
  const outcome = ws.addArticle({ title: 'Seed', text: await readFile(SEED, 'utf8'), origin }, 'seed');
  if (outcome.status !== 'imported') throw new Error('seed not imported');
  return outcome.article.id;
}

function addText(title: string, text: string): string {
  const outcome = ws.addArticle({ title, text, origin }, title);
  if (outcome.status !== 'imported') throw new Error(`${title} not imported`);
  return outcome.article.id;
}

const pending = (articleId: string, kind?: Annotation['kind']) =>
  ws.data.annotations.filter((a) => a.articleId === articleId && a.review === 'pending' && (!kind || a.kind === kind));
const byText = (articleId: string, kind: Annotation['kind'], text: string) =>
  ws.data.annotations.find((a) => a.articleId === articleId && a.kind === kind && a.target.quote.exact === text);

describe.skipIf(seedMissing !== null)('suggest', () => {
  it('suggests pending claims with their rule and cue, including Putin’s “ستستمر في مساعدة”', async () => {
    const id = await addSeed();
    const result = suggest(ws, { articleId: id });
    expect(result.counts.claim).toBeGreaterThanOrEqual(10);
    expect(result.counts.actor).toBeGreaterThan(20);
    expect(result.undoLabel).toMatch(/^Suggest \d+ highlights$/);
    const claim = pending(id, 'claim').find((a) => a.target.quote.exact.includes('ستستمر في مساعدة'));
    expect(claim).toBeDefined();
    expect(claim!.origin).toMatchObject({ kind: 'suggested', rule: 'ar-verb-first' });
    expect(claim!.origin.kind === 'suggested' && claim!.origin.cue).toBeTruthy();
    expect(suggestionInfo(ws.data, id)[claim!.id]?.speaker?.text).toBe('بوتين');
  });

  it('does not double a highlight when run again', async () => {
    const id = await addSeed();
    const first = suggest(ws, { articleId: id });
    const second = suggest(ws, { articleId: id });
    expect(first.changes.length).toBeGreaterThan(0);
    expect(second.changes).toHaveLength(0);
  });

  it('accepting a candidate actor mention creates the actor, links the mention and its siblings, and undo restores pending', async () => {
    const id = await addSeed();
    suggest(ws, { articleId: id });
    const mention = pending(id, 'actor').find((a) => a.target.quote.exact === 'بوتين')!;
    expect(mention.actorId).toBeNull();
    expect(suggestionInfo(ws.data, id)[mention.id]?.newActor).toMatchObject({ name: 'فلاديمير بوتين', type: 'person' });
    const result = reviewSuggestion(ws, { id: mention.id, decision: 'accept' });
    const putin = ws.data.actors.find((a) => a.name === 'فلاديمير بوتين')!;
    expect(putin).toBeDefined();
    expect(result.createdIds).toContain(putin.id);
    const after = ws.data.annotations.find((a) => a.id === mention.id)!;
    expect(after).toMatchObject({ review: 'accepted', actorId: putin.id });
    // The other mentions of the same person now point at him, still waiting for review.
    const siblings = ws.data.annotations.filter((a) => a.articleId === id && a.actorId === putin.id && a.id !== mention.id);
    expect(siblings.length).toBeGreaterThan(0);
    expect(siblings.every((a) => a.review === 'pending')).toBe(true);

    ws.undo();
    expect(ws.data.annotations.find((a) => a.id === mention.id)).toMatchObject({ review: 'pending', actorId: null });
    expect(ws.data.actors.some((a) => a.name === 'فلاديمير بوتين')).toBe(false);
  });

  it('the card names what accepting links: an actor created after Suggest is shown as existing and linked, not as new', async () => {
    const id = await addSeed();
    suggest(ws, { articleId: id });
    // The analyst makes the actor by hand after the suggestions were made, under another name with the engine's as alias.
    const made = ws.applyAction({ type: 'actor.create', name: 'Vladimir Putin', aliases: ['فلاديمير بوتين'] });
    const putinId = made.createdIds[0]!;
    const mention = pending(id, 'actor').find((a) => a.target.quote.exact === 'بوتين')!;
    const claim = pending(id, 'claim').find((a) => a.target.quote.exact.includes('ستستمر في مساعدة'))!;
    const info = suggestionInfo(ws.data, id);
    expect(info[mention.id]?.newActor).toBeUndefined();
    expect(info[mention.id]?.existingActor).toEqual({ id: putinId, name: 'Vladimir Putin' });
    expect(info[claim.id]?.speaker).toMatchObject({ name: 'Vladimir Putin', known: true, linked: true });
    const actorsBefore = ws.data.actors.length;
    reviewSuggestion(ws, { id: claim.id, decision: 'accept' });
    reviewSuggestion(ws, { id: mention.id, decision: 'accept' });
    expect(ws.data.actors.length).toBe(actorsBefore);
    expect(ws.data.annotations.find((a) => a.id === claim.id)?.claim?.speakerId).toBe(putinId);
    expect(ws.data.annotations.find((a) => a.id === mention.id)?.actorId).toBe(putinId);
  });

  it('a card that says "(new)" creates that actor on accepting', async () => {
    const id = await addSeed();
    suggest(ws, { articleId: id });
    const info = suggestionInfo(ws.data, id);
    const claims = pending(id, 'claim').filter((a) => info[a.id]?.speaker?.linked && !info[a.id]?.speaker?.known);
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      const promised = suggestionInfo(ws.data, id)[claim.id]?.speaker;
      const before = new Set(ws.data.actors.map((a) => a.id));
      reviewSuggestion(ws, { id: claim.id, decision: 'accept' });
      const speakerId = ws.data.annotations.find((a) => a.id === claim.id)?.claim?.speakerId;
      const speaker = ws.data.actors.find((a) => a.id === speakerId);
      expect(speaker?.name).toBe(promised?.name);
      // New on the card: new in the case; existing (an earlier claim made it): the same actor.
      expect(before.has(speakerId!)).toBe(promised!.known);
    }
  });

  it('accepting a claim links its speaker, creating the actor the engine named', async () => {
    const id = await addSeed();
    suggest(ws, { articleId: id });
    const claim = pending(id, 'claim').find((a) => a.target.quote.exact.includes('ستستمر في مساعدة'))!;
    reviewSuggestion(ws, { id: claim.id, decision: 'accept' });
    const putin = ws.data.actors.find((a) => a.name === 'فلاديمير بوتين')!;
    expect(ws.data.annotations.find((a) => a.id === claim.id)).toMatchObject({ review: 'accepted', claim: { speakerId: putin.id } });
  });

  it('a nested report: the card names the speaker and the outlet told, and accepting links both', () => {
    const cases = [
      { title: 'told', text: 'The mayor of Springfield, Ann Hale, told Reuters that the search for the missing fishermen would resume at dawn.', claim: 'the search for the missing', speaker: 'Ann Hale', source: 'Reuters' },
      { title: 'declare', text: "Le ministre de l'Intérieur, Paul Martin, a déclaré à l'AFP que les contrôles seraient renforcés dès lundi.", claim: 'les contrôles seraient renforcés', speaker: 'Paul Martin', source: 'AFP' },
    ];
    for (const t of cases) {
      const id = addText(t.title, t.text);
      suggest(ws, { articleId: id });
      const claim = pending(id, 'claim').find((a) => a.target.quote.exact.includes(t.claim))!;
      const info = suggestionInfo(ws.data, id)[claim.id];
      expect(info?.speaker?.name).toBe(t.speaker);
      expect(info?.source?.name).toContain(t.source);
      reviewSuggestion(ws, { id: claim.id, decision: 'accept' });
      const accepted = ws.data.annotations.find((a) => a.id === claim.id)?.claim;
      expect(ws.data.actors.find((a) => a.id === accepted?.speakerId)?.name).toBe(t.speaker);
      expect(ws.data.sources.find((x) => x.id === accepted?.sourceId)?.name).toContain(t.source);
    }
  });

  it('a rejected suggestion does not come back when Suggest runs again, here or in another article; undo forgets the rejection', async () => {
    const id = await addSeed();
    suggest(ws, { articleId: id });
    const moscow = pending(id, 'actor').filter((a) => a.target.quote.exact === 'موسكو');
    expect(moscow.length).toBeGreaterThan(1);
    reviewSuggestion(ws, { id: moscow[0]!.id, decision: 'reject' });
    expect(ws.data.annotations.find((a) => a.id === moscow[0]!.id)?.review).toBe('rejected');

    const other = addText('Other', 'وصل الوفد إلى موسكو يوم الأحد. وقال بوتين إن روسيا ستواصل دعم شركائها.');
    suggest(ws, { articleId: other });
    expect(byText(other, 'actor', 'موسكو')).toBeUndefined();
    expect(byText(other, 'actor', 'بوتين')).toBeDefined();

    // Undoing the Suggest on the second article and the rejection: موسكو is suggested there again.
    ws.undo();
    ws.undo();
    suggest(ws, { articleId: other });
    expect(byText(other, 'actor', 'موسكو')).toBeDefined();
  });

  // Two command-line runs, each loading tsx: slow on a busy two-core machine.
  it('the analyze command honours rejections made in the review queue (--case)', async () => {
    const text = 'وصل الوفد إلى موسكو يوم الأحد. وقال بوتين إن روسيا ستواصل دعم شركائها.';
    const id = addText('One', text);
    suggest(ws, { articleId: id });
    reviewSuggestion(ws, { id: byText(id, 'actor', 'موسكو')!.id, decision: 'reject' });
    const casePath = ws.casePath;
    await ws.close();
    ws = await Workspace.start(dir);
    const file = path.join(dir, 'other.txt');
    await writeFile(file, `عنوان\n\n${text}\n`);
    const root = path.resolve(__dirname, '../../..');
    const analyse = async (extra: string[]) => {
      const r = await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(root, 'electron/cli/main.ts'), 'analyze', file, '--format', 'json', ...extra], { cwd: root });
      return (JSON.parse(r.stdout) as { actors: { name: string }[] }).actors.map((a) => a.name);
    };
    expect(await analyse([])).toContain('موسكو');
    const withCase = await analyse(['--case', casePath]);
    expect(withCase).not.toContain('موسكو');
    expect(withCase).toContain('بوتين');
  }, 120_000);

  it('keys written to the case’s rejected list are honoured too', async () => {
    const other = addText('Other', 'وصل الوفد إلى موسكو يوم الأحد. وقال بوتين إن روسيا ستواصل دعم شركائها.');
    ws.commitData({ ...ws.data, rejected: [{ kind: 'actor', key: normaliseKey('بوتين') }] });
    suggest(ws, { articleId: other });
    expect(byText(other, 'actor', 'بوتين')).toBeUndefined();
    expect(byText(other, 'actor', 'موسكو')).toBeDefined();
  });

  it('an accepted actor’s aliases are matched in another article and linked to it', async () => {
    const id = await addSeed();
    suggest(ws, { articleId: id });
    const haftar = pending(id, 'actor').find((a) => a.target.quote.exact === 'Haftar')!;
    reviewSuggestion(ws, { id: haftar.id, decision: 'accept' });
    const actor = ws.data.actors.find((a) => a.id === ws.data.annotations.find((x) => x.id === haftar.id)!.actorId)!;
    expect(actor.name).toBe('خليفة هافتار');
    expect(actor.aliases).toEqual(expect.arrayContaining(['Haftar', 'هفتار']));

    // A second article names him only by a Latin spelling and a short Arabic one, with no title.
    const other = addText('Second', 'Officials in Benghazi met Haftar on Sunday. التقى هفتار أمس وفدا من الدبلوماسيين.');
    suggest(ws, { articleId: other });
    const latin = byText(other, 'actor', 'Haftar');
    const arabic = byText(other, 'actor', 'هفتار');
    expect(latin).toMatchObject({ actorId: actor.id, review: 'pending', origin: { kind: 'suggested', rule: 'known-alias' } });
    expect(arabic).toMatchObject({ actorId: actor.id });
  });

  it('a new alias added by the analyst finds its mentions in every article', async () => {
    const first = addText('One', 'وقال المشير إن الجيش مستعد. والتقى المشير بالسفير.');
    const second = addText('Two', 'أكد المشير أن الانتخابات ستجري في موعدها.');
    suggest(ws, {});
    expect(byText(first, 'actor', 'المشير')?.actorId ?? null).toBeNull();
    ws.applyAction({ type: 'actor.create', name: 'خليفة حفتر', actorType: 'person', aliases: ['المشير'] });
    const actorId = ws.data.actors[0]!.id;
    suggest(ws, {});
    for (const articleId of [first, second]) {
      const linked = ws.data.annotations.filter((a) => a.articleId === articleId && a.kind === 'actor' && a.actorId === actorId);
      expect(linked.length, articleId).toBeGreaterThan(0);
    }
  });

  it('accept all actors in an article creates each actor once and is one undo step', async () => {
    const id = await addSeed();
    suggest(ws, { articleId: id });
    const before = pending(id, 'actor').length;
    const result = reviewAll(ws, { articleId: id, kind: 'actor', decision: 'accept' });
    expect(pending(id, 'actor')).toHaveLength(0);
    expect(result.undoLabel).toBe(`Accept ${before} actor mentions`);
    const names = ws.data.actors.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['فلاديمير بوتين', 'خليفة هافتار', 'إبراهيم تراور']));
    expect(ws.data.annotations.filter((a) => a.articleId === id && a.kind === 'actor').every((a) => a.actorId !== null)).toBe(true);
    // What the case learned finds nothing that merely looks alike: روسيا is not رئيس, ألمانيا is not الأمن.
    suggest(ws, { articleId: id });
    const learned = pending(id, 'actor').map((a) => a.target.quote.exact);
    expect(learned).not.toContain('رئيس');
    expect(learned).not.toContain('الأمن');
    ws.undo();
    ws.undo();
    expect(pending(id, 'actor')).toHaveLength(before);
    expect(ws.data.actors).toHaveLength(0);
  });

  it('edit then accept: a new span and kind', async () => {
    const id = await addSeed();
    suggest(ws, { articleId: id });
    const claim = pending(id, 'claim')[0]!;
    const { start } = claim.target.position;
    reviewSuggestion(ws, { id: claim.id, decision: 'accept', edit: { start, end: start + 10 } });
    const after = ws.data.annotations.find((a) => a.id === claim.id)!;
    expect(after.review).toBe('accepted');
    expect(after.target.position).toMatchObject({ start, end: start + 10 });
    expect(() => reviewSuggestion(ws, { id: claim.id, decision: 'reject' })).toThrow(/already accepted/);
  });
});

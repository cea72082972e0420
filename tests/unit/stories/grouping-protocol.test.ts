/**
 * The grouping worker's message protocol (renderer/src/stories/grouping-protocol.ts): the answer the
 * worker posts survives a structured clone as the same stories the window would group, a malformed
 * answer is refused rather than shown, and only the newest request's result is shown.
 */
import { describe, expect, it } from 'vitest';
import { groupBriefing, storiesStillHold } from '../../../shared/briefing/model';
import { groupStories } from '../../../shared/stories';
import { NewestOnly, answer, packTask, readReply } from '../../../renderer/src/stories/grouping-protocol';
import { storiesCase } from '../../fixtures/stories/case';

describe('grouping worker answers', () => {
  it('stories: the packed task is UTF-8 JSON of the collections, annotations reduced to what grouping reads', () => {
    const data = storiesCase('en');
    const packed = structuredClone(packTask({ kind: 'stories', input: data }));
    const text = packed.parts.map((p) => new TextDecoder().decode(p)).join('');
    const sent = JSON.parse(text) as { annotations: Record<string, unknown>[] };
    expect(sent.annotations).toHaveLength(data.annotations.length);
    // Only what grouping reads: no quote, note, grade or dates.
    expect(Object.keys(sent.annotations[0]!).sort()).toEqual(['actorId', 'articleId', 'claim', 'id', 'kind', 'review', 'sourceId', 'target']);
    expect(Object.keys(sent.annotations[0]!.target as object)).toEqual(['position']);
    // Written a few annotations at a time, it is the same task.
    const textOf = (p: { parts: Uint8Array[] }) => p.parts.map((x) => new TextDecoder().decode(x)).join('');
    for (const size of [1, 3, data.annotations.length, data.annotations.length + 5]) expect(textOf(packTask({ kind: 'stories', input: data }, size))).toBe(text);
    expect(JSON.parse(packTask({ kind: 'stories', input: { ...data, annotations: [] } }).parts.map((p) => new TextDecoder().decode(p)).join('')).annotations).toEqual([]);
  });

  it('stories: the cloned answer is read back as the stories grouped in the window', () => {
    for (const lang of ['ar', 'en'] as const) {
      const data = storiesCase(lang);
      const reply = readReply(structuredClone(answer({ id: 7, task: packTask({ kind: 'stories', input: data }) })));
      expect(reply).toMatchObject({ id: 7, ok: true, kind: 'stories' });
      const expected = groupStories(data);
      expect(reply?.ok && reply.result).toEqual(expected);
      expect(expected.stories.length).toBeGreaterThan(1);
    }
  });

  it('briefing: stories, network and the Set of claim ids survive the clone', () => {
    const data = storiesCase('en');
    const reply = readReply(structuredClone(answer({ id: 8, task: packTask({ kind: 'briefing', input: data }) })));
    expect(reply).toMatchObject({ id: 8, ok: true, kind: 'briefing' });
    const result = reply?.ok && reply.kind === 'briefing' ? reply.result : null;
    expect(result?.claimIds).toBeInstanceOf(Set);
    expect(result).toEqual(groupBriefing(data));
  });

  it('an error in the grouping comes back as a message, not a thrown error', () => {
    const reply = answer({ id: 9, task: { kind: 'stories', parts: [new TextEncoder().encode('{"articles": not JSON')] } });
    expect(reply).toMatchObject({ id: 9, ok: false });
    expect(readReply(structuredClone(reply))).toEqual(reply);
  });

  it('refuses what is not an answer', () => {
    const story = groupStories(storiesCase('en')).stories[0]!;
    const wire = (kind: string, result: unknown) => ({ id: 1, ok: true, kind, parts: [new TextEncoder().encode(JSON.stringify(result))] });
    for (const bad of [
      null,
      'stories',
      { ...wire('stories', { stories: [], originOf: {} }), id: '1' },
      { id: 1, ok: true, kind: 'stories', parts: [new TextEncoder().encode('{"stories": [')] },
      { id: 1, ok: true, kind: 'stories', parts: ['{"stories": [], "originOf": {}}'] },
      { id: 1, ok: true, kind: 'stories', result: { stories: [], originOf: {} } },
      wire('stories', { stories: [{ ...story, claims: 'none' }], originOf: {} }),
      wire('stories', { stories: [story] }),
      wire('network', { stories: [], originOf: {} }),
      wire('briefing', { stories: [story], claimIds: 'a', network: null }),
      wire('briefing', { stories: [story], claimIds: [], network: { nodes: [] } }),
      { id: 1, ok: false },
    ]) {
      expect(readReply(bad), JSON.stringify(bad)).toBeNull();
    }
    expect(readReply(wire('briefing', { stories: [story], claimIds: ['a'], network: null }))).toMatchObject({ ok: true, result: { claimIds: new Set(['a']) } });
  });
});

describe('newest request only', () => {
  const queue = () => {
    let n = 0;
    return new NewestOnly<string>(() => (n += 1));
  };

  it('posts the first request at once and shows its result when nothing newer was asked', () => {
    const q = queue();
    expect(q.ask('a')).toEqual({ id: 1, task: 'a' });
    expect(q.busy).toBe(true);
    expect(q.answered(1)).toEqual({ show: true, task: 'a', post: null });
    expect(q.busy).toBe(false);
  });

  it('an edit while grouping runs: the running result is dropped, only the newest waiting request is posted and shown', () => {
    const q = queue();
    q.ask('before the edit');
    expect(q.wants(1)).toBe(true);
    expect(q.ask('first edit')).toBeNull();
    // The window need not even read the running request's answer now.
    expect(q.wants(1)).toBe(false);
    expect(q.ask('second edit')).toBeNull();
    expect(q.answered(1)).toEqual({ show: false, task: 'before the edit', post: { id: 3, task: 'second edit' } });
    // The first edit (id 2) never reached the worker; an answer to it is ignored.
    expect(q.answered(2)).toEqual({ show: false, task: null, post: null });
    expect(q.wants(3)).toBe(true);
    expect(q.wants(2)).toBe(false);
    expect(q.answered(3)).toEqual({ show: true, task: 'second edit', post: null });
  });

  it('drop gives the newest task to make elsewhere and forgets the rest', () => {
    const q = queue();
    q.ask('a');
    q.ask('b');
    expect(q.drop()).toBe('b');
    expect(q.busy).toBe(false);
    expect(q.answered(1)).toEqual({ show: false, task: null, post: null });
    expect(q.drop()).toBeNull();
  });
});

describe('storiesStillHold', () => {
  it('holds across a credibility edit, not across a speaker edit', () => {
    const data = storiesCase('en');
    const i = data.annotations.findIndex((a) => a.claim !== null);
    const claim = data.annotations[i]!;
    const graded = { ...data, annotations: data.annotations.map((a, k) => (k === i ? { ...claim, claim: { ...claim.claim!, credibility: 2 as const } } : a)) };
    const spoken = { ...data, annotations: data.annotations.map((a, k) => (k === i ? { ...claim, claim: { ...claim.claim!, speakerId: 'someone-else' } } : a)) };
    expect(storiesStillHold(data, graded)).toBe(true);
    expect(storiesStillHold(data, spoken)).toBe(false);
    expect(storiesStillHold(data, { ...data, articles: [...data.articles] })).toBe(false);
  });
});

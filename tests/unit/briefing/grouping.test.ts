/**
 * The Briefing view keeps the slow part of the briefing (stories grouped over the whole case and the
 * network) while the analyst types: a briefing built with it must be the one built without it, and a
 * grouping made for other claims must not leak into the briefing.
 */
import { describe, expect, it } from 'vitest';
import { briefingBody, briefingHead, buildBriefing, groupBriefing, groupingStillHolds, withGrouping } from '../../../shared/briefing/model';
import type { Annotation } from '../../../shared/domain';
import { storiesCase } from '../../fixtures/stories/case';

describe('the briefing with its stories grouped beforehand', () => {
  it('is the same briefing as one built in one go (head and body together)', () => {
    const data = storiesCase('ar');
    data.actors[0]!.name = `\u202b${data.actors[0]!.name}`;
    const grouping = groupBriefing(data);
    expect(grouping.stories.length).toBeGreaterThan(0);
    const whole = buildBriefing(data);
    expect(whole.stories.length).toBeGreaterThan(0);
    expect(buildBriefing(data, { grouping })).toEqual(whole);
    expect({ ...briefingHead(data), ...briefingBody(data, { grouping }) }).toEqual(whole);
    // The names inside the stories are neutralised as the rest of the briefing's are.
    expect(JSON.stringify(whole.stories)).not.toContain('\u202b');
  });

  it('uses a grouping only for the claims it was made for', () => {
    const data = storiesCase('en');
    const grouping = groupBriefing(data);
    const picked = data.annotations.filter((a) => a.kind === 'claim').slice(0, 2).map((a) => a.id);
    const own = buildBriefing({ ...data, briefing: { ...data.briefing, selection: 'picked', pickedClaimIds: picked } });
    const stale = buildBriefing({ ...data, briefing: { ...data.briefing, selection: 'picked', pickedClaimIds: picked } }, { grouping });
    expect(stale).toEqual(own);
    expect(own.network?.nodes.length ?? 0).toBeLessThan(grouping.network?.nodes.length ?? 0);
  });
});

describe('the grouping added to a body built before it (the Briefing view, once the worker answers)', () => {
  it('gives the body built with the grouping, the body before left as it was', () => {
    for (const lang of ['ar', 'en'] as const) {
      const data = storiesCase(lang);
      const grouping = groupBriefing(data);
      const before = briefingBody(data, { groupLater: true });
      const copy = structuredClone(before);
      expect(withGrouping(data, before, grouping)).toEqual(briefingBody(data, { grouping }));
      expect(before).toEqual(copy);
    }
  });

  it('adds to the appendix the articles only story reports cite, and ignores a grouping made for other claims', () => {
    const data = storiesCase('en');
    const putin = data.annotations.filter((a) => a.kind === 'claim' && a.claim?.speakerId === 'putin').map((a) => a.id);
    const picked = { ...data, briefing: { ...data.briefing, selection: 'picked' as const, pickedClaimIds: putin.slice(0, 1) } };
    const grouping = groupBriefing(picked);
    const before = briefingBody(picked, { groupLater: true });
    const after = withGrouping(picked, before, grouping);
    expect(after).toEqual(briefingBody(picked, { grouping }));
    expect(after.appendix.length).toBeGreaterThan(before.appendix.length);
    expect(withGrouping(picked, before, groupBriefing(data))).toBe(before);
  });
});

describe('whether a grouping still holds after an edit', () => {
  const claimOf = (data: ReturnType<typeof storiesCase>) => data.annotations.findIndex((a) => a.kind === 'claim' && a.claim?.speakerId);
  const edited = (data: ReturnType<typeof storiesCase>, patch: (a: Annotation) => Annotation) => {
    const i = claimOf(data);
    const annotations = [...data.annotations];
    annotations[i] = patch(annotations[i]!);
    return { ...data, annotations };
  };

  it('holds for a credibility, a comment, a tag, hedging or a note: the stories would be the same', () => {
    const data = storiesCase('ar');
    for (const patch of [
      (a: Annotation) => ({ ...a, claim: { ...a.claim!, credibility: 1 as const, credibilityChosen: true } }),
      (a: Annotation) => ({ ...a, claim: { ...a.claim!, comment: 'checked with the desk', tags: ['navy'], hedged: true, channel: 'TV' } }),
      (a: Annotation) => ({ ...a, note: 'read again', updatedAt: '2026-12-07T12:00:00.000Z' }),
    ]) {
      const now = edited(data, patch);
      expect(groupingStillHolds(data, now)).toBe(true);
      // What it stands for: grouping again gives the same stories and network.
      expect(groupBriefing(now).stories).toEqual(groupBriefing(data).stories);
    }
  });

  it('fails for a change of speaker, subjects, claim type, quote, review or the choice of claims', () => {
    const data = storiesCase('ar');
    const other = data.actors.find((x) => x.id !== data.annotations[claimOf(data)]!.claim!.speakerId)!.id;
    const changes = [
      edited(data, (a) => ({ ...a, claim: { ...a.claim!, speakerId: other } })),
      edited(data, (a) => ({ ...a, claim: { ...a.claim!, subjectIds: [...a.claim!.subjectIds, other] } })),
      edited(data, (a) => ({ ...a, claim: { ...a.claim!, claimType: 'denial' as const } })),
      edited(data, (a) => ({ ...a, target: { ...a.target, position: { ...a.target.position, end: a.target.position.end - 1 } } })),
      edited(data, (a) => ({ ...a, review: 'rejected' as const })),
      { ...data, actors: [...data.actors] },
      { ...data, briefing: { ...data.briefing, selection: 'picked' as const } },
    ];
    for (const now of changes) expect(groupingStillHolds(data, now)).toBe(false);
    // The speaker's change does change the stories: a grouping kept through it would be wrong.
    expect(groupBriefing(changes[0]!).stories).not.toEqual(groupBriefing(data).stories);
  });

  it('leaves stories and network for later only when asked and no grouping fits', () => {
    const data = storiesCase('en');
    const later = briefingBody(data, { groupLater: true });
    expect(later.stories).toEqual([]);
    expect(later.network).toBeNull();
    const whole = buildBriefing(data);
    expect(briefingBody(data, { grouping: groupBriefing(data), groupLater: true }).stories).toEqual(whole.stories);
    // The claims, tables and appendix do not wait for the stories.
    expect(later.groups).toEqual(whole.groups);
  });
});

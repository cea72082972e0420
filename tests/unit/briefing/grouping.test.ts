/**
 * The Briefing view keeps the slow part of the briefing (stories grouped over the whole case and the
 * network) while the analyst types: a briefing built with it must be the one built without it, and a
 * grouping made for other claims must not leak into the briefing.
 */
import { describe, expect, it } from 'vitest';
import { briefingBody, briefingHead, buildBriefing, groupBriefing } from '../../../shared/briefing/model';
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

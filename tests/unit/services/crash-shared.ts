/** Helpers shared by crash-safety.test.ts and its child crash-saver.ts (kept apart so importing them runs nothing). */
import type { CaseData } from '../../../shared/domain';

/** The edit counter a case holds: n from its "edit n" title; throws on any other title. */
export function counterOf(data: CaseData): number {
  const match = /^edit (\d+)$/.exec(data.title);
  if (!match) throw new Error(`case title is not "edit <n>": ${JSON.stringify(data.title.slice(0, 80))}`);
  return Number(match[1]);
}

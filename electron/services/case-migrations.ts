import { CASE_SCHEMA_VERSION, defaultBriefing } from '../../shared/domain';

type RawCase = Record<string, unknown>;

/**
 * One step per old schema version: migrations[v] turns a version-v case into version v+1.
 * Version 0 was the pre-release draft format without undo history, rejected keys or briefing draft.
 */
const migrations: Record<number, (raw: RawCase) => RawCase> = {
  0: (raw) => ({
    ...raw,
    rejected: Array.isArray(raw.rejected) ? raw.rejected : [],
    briefing: typeof raw.briefing === 'object' && raw.briefing !== null ? raw.briefing : defaultBriefing(),
    history: { undo: [], redo: [] },
    schemaVersion: 1,
  }),
};

/** Brings a parsed case object of `fromVersion` up to the current schema version (pure, copies). */
export function migrateCase(raw: RawCase, fromVersion: number): RawCase {
  let current = raw;
  for (let v = fromVersion; v < CASE_SCHEMA_VERSION; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`No migration from case format ${v}`);
    current = step(current);
  }
  return current;
}

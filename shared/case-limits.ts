/**
 * Length limits of a case's text fields, in UTF-16 code units. The case schema (what reading
 * accepts), the IPC contract and the intake all take their limits from here, so nothing can come
 * in that the case file would later refuse.
 */
export const LIMITS = {
  id: 200,
  /** Article title and byline. */
  title: 2000,
  byline: 2000,
  /** An article's publisher as stored; new input is held to `name`, since it names a Source. */
  storedPublisher: 2000,
  url: 4000,
  /** Dates and times (ISO strings, or what a page says). */
  date: 64,
  /** Actor and source names and aliases, an actor's role. */
  name: 500,
  role: 500,
  caseTitle: 500,
  channel: 2000,
  comment: 20000,
  note: 20000,
  tag: 200,
  format: 32,
  encoding: 64,
  contentHash: 128,
  /** Briefing fields. */
  briefingLine: 500,
  briefingText: 50000,
} as const;

/** Largest number of aliases one contract request may set. */
export const MAX_ALIASES_PER_REQUEST = 200;

/**
 * The words Claimwork shows for the case's enumerations (annotation kinds, claim types, actor types,
 * source kinds, Admiralty grades), in the app and in every export. One table per enumeration and
 * wording, so a label is changed in one place; typed as a full Record so a new enum value cannot
 * go without its label.
 */
import type { ActorType, AnnotationKind, ClaimType, Credibility, Reliability, SourceKind } from './domain';

/** An annotation kind as a title: highlight legends, the review queue, the reading view's tools. */
export const ANNOTATION_KIND_LABELS: Record<AnnotationKind, string> = {
  claim: 'Claim',
  actor: 'Actor',
  source: 'Source',
  note: 'Note',
};

/** An annotation kind in the plural, lower case: "Accept all claims". */
export const ANNOTATION_KIND_PLURALS: Record<AnnotationKind, string> = {
  claim: 'claims',
  actor: 'actors',
  source: 'sources',
  note: 'notes',
};

/** What one annotation of a kind is, inside a sentence: the undo history's "Add actor mention". */
export const ANNOTATION_KIND_NOUNS: Record<AnnotationKind, string> = {
  claim: 'claim',
  actor: 'actor mention',
  source: 'source mention',
  note: 'note',
};

/** A claim type as the briefing prints it. */
export const CLAIM_TYPE_LABELS: Record<ClaimType, string> = {
  statement: 'Statement',
  allegation: 'Allegation',
  warning: 'Warning',
  call: 'Call',
  promise: 'Promise',
  denial: 'Denial',
  figure: 'Figure',
};

/** A claim type as the claim editor offers it: the stored word, with "call" explained. */
export const CLAIM_TYPE_CHOICES: Record<ClaimType, string> = {
  statement: 'statement',
  allegation: 'allegation',
  warning: 'warning',
  call: 'call / demand',
  promise: 'promise',
  denial: 'denial',
  figure: 'figure',
};

/** A source kind as the briefing prints it. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  outlet: 'Outlet',
  official: 'Official channel',
  social: 'Social media account',
  document: 'Document',
  person: 'Person',
};

/** An actor type as the briefing prints it. */
export const ACTOR_TYPE_LABELS: Record<ActorType, string> = {
  person: 'Person',
  organisation: 'Organisation',
  state: 'State',
  place: 'Place',
  group: 'Group',
  other: 'Other',
};

/** The Admiralty scale's words for a source's reliability (A–F). */
export const RELIABILITY_LABELS: Record<Reliability, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Cannot be judged',
};

/** The Admiralty scale's words for a claim's credibility (1–6). */
export const CREDIBILITY_LABELS: Record<Credibility, string> = {
  1: 'Confirmed',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Cannot be judged',
};

/** A credibility grade's words inside a sentence: "probably true". */
export const CREDIBILITY_WORDS = Object.fromEntries(
  Object.entries(CREDIBILITY_LABELS).map(([grade, label]) => [grade, label.toLowerCase()]),
) as Record<Credibility, string>;

/** What every format prints for an article without a title. */
export const UNTITLED_ARTICLE = 'Untitled article';
/** What every format prints for a claim or story without a speaker. */
export const UNATTRIBUTED = 'Unattributed';

/** Shapes of the analysis result: the CLI JSON ("claimwork.analysis/1") and what the UI reviews. */
import type { ActorType, Direction, Lang, SourceKind } from '../domain';

/** A span of the canonical text: UTF-16 offsets, end exclusive, with the text it covers. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Who made a claim, as written at the cue; `name` is the resolved actor's name (pronouns resolved). */
export interface SuggestedSpeaker {
  actorId: string | null;
  text: string;
  start: number;
  end: number;
  name: string | null;
  /** 'name' written out, 'pronoun' resolved by the last-named rule, 'implicit' verb subject, 'description'. */
  via: 'name' | 'pronoun' | 'implicit' | 'description';
  /**
   * The speaker-resolution rule that chose the actor (see shared/analysis/speakers.ts): "named",
   * "pronoun-subject", "pronoun-last-speaker", "implicit-last-speaker", "quote-after-claim"…
   */
  rule: string;
  /** The actor mention the speaker was taken from (a pronoun's antecedent), null when none. */
  from: Span | null;
}

export interface SuggestedClaimSource {
  sourceId: string | null;
  text: string;
  start: number;
  end: number;
}

export interface SuggestedClaim extends Span {
  cue: Span | null;
  speaker: SuggestedSpeaker | null;
  source: SuggestedClaimSource | null;
  /** How it was published ("على صفحتها على Facebook", "in a statement"), when the text says. */
  channel: Span | null;
  hedged: boolean;
  /** 0..1: how sure the rule is, for ordering the review queue. */
  confidence: number;
  /** The rule that fired, e.g. "ar-verb-first", "en-said-after", "quote". */
  rule: string;
}

export interface SuggestedActor {
  /** A known actor's id, or "new:<normalised name>" for a candidate. */
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  mentions: Span[];
  /**
   * A place named inside a longer actor name ("نابلس" in "بلدية نابلس"): the longer name is the
   * highlight, so these are listed but never suggested on their own. Absent when there are none; an
   * actor named only this way has no `mentions`.
   */
  within?: Span[];
  known: boolean;
  /** Title or role seen before the name ("وزير الدفاع الروسي"), '' if none. */
  role: string;
  rule: string;
  /** 0..1 from the evidence: a known actor, the rule that found it, a title, how often it is named. */
  confidence: number;
}

export interface SuggestedSource {
  /** A known source's id, or "new:<normalised name>". */
  id: string;
  name: string;
  kind: SourceKind;
  mentions: Span[];
  known: boolean;
  rule: string;
}

export interface Analysis {
  lang: Lang;
  dir: Direction;
  claims: SuggestedClaim[];
  actors: SuggestedActor[];
  sources: SuggestedSource[];
}

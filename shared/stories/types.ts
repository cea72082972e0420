/** Shapes of the stories engine: one statement across articles, its origins, contradictions and credibility. */
import type { Credibility } from '../domain';
import type { ReasonPart } from './reason';

/** A claim of a story: which article, where (UTF-16 offsets into the article's text) and what it says. */
export interface StoryClaim {
  annotationId: string;
  articleId: string;
  start: number;
  end: number;
  quote: string;
  /** The claim's own speaker (may be a spokesperson of the story's speaker). */
  speakerId: string | null;
  review: 'accepted' | 'pending';
}

export type ContradictionKind = 'denial' | 'rebuttal' | 'figure';

/** A statement that goes against a story, and why in words. */
export interface Contradiction extends StoryClaim {
  kind: ContradictionKind;
  reason: string;
  /** The reason as parts, each name and quoted word apart (reason.ts). */
  reasonParts: ReasonPart[];
}

/** The proposed Admiralty information credibility, with its reason in words. */
export interface CredibilityProposal {
  grade: Credibility;
  reason: string;
  /** The reason as parts, each name apart, to be isolated in its own direction (reason.ts). */
  reasonParts: ReasonPart[];
}

/** An independent origin of a story: near-identical articles and articles of one publisher count once. */
export interface StoryOrigin {
  /** A name for the origin: its publisher, else the first article's title. */
  label: string;
  articleIds: string[];
}

export interface Story {
  /** Stable while the story keeps its first claim: "story-" + that claim's annotation id. */
  id: string;
  /** The speaker actor (a ministry rather than its spokesperson); null for unattributed claims. */
  speaker: { actorId: string; name: string } | null;
  claims: StoryClaim[];
  origins: StoryOrigin[];
  /** The earliest report by published date (article order where dates are unknown). */
  first: { annotationId: string; articleId: string; publishedAt: string | null };
  contradictions: Contradiction[];
  credibility: CredibilityProposal;
}

export interface StoriesResult {
  /** Article id → origin id (the first article of its near-identical group). */
  originOf: Record<string, string>;
  stories: Story[];
}

/** Stories across articles: grouping, origins, contradictions and the credibility they support. */
export { groupStories, speakerGroups, type StoriesInput, type StoriesOptions } from './group';
export { originsOf, shingles } from './origins';
export { CREDIBILITY_WORDS, proposeCredibility } from './credibility';
export { tokenize } from './tokens';
export { reasonText, type ReasonPart } from './reason';
export type { Contradiction, ContradictionKind, CredibilityProposal, StoriesResult, Story, StoryClaim, StoryOrigin } from './types';
export { ACTOR_TYPE_COLOURS, STANCE_STYLE, STORY_LINK_LABEL, actorNetwork, dateRangeProblem, publishedDay, type Network, type NetworkEdge, type NetworkFilter, type NetworkNode, type StoryRelation } from './network';
export { claimStance, combinedStance, type Stance } from './stance';

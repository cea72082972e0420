import { canonicalText } from '../../../shared/text';
import { seedArticleText, seedMissing } from '../../support/paths';

/** The product owner's seed article (in the shared folder next to the repo), in canonical form; '' where missing. */
export const SEED_ARTICLE = canonicalText(seedArticleText());
/** Why the tests on the seed article skip here, or null. */
export const SEED_MISSING = seedMissing;

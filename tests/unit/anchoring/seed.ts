import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { canonicalText } from '../../../shared/text';

/** The product owner's seed article (in the shared folder next to the repo), in canonical form. */
export const SEED_ARTICLE = canonicalText(
  readFileSync(fileURLToPath(new URL('../../../../shared/fixtures/seed-article-ar.txt', import.meta.url)), 'utf8'),
);

/**
 * Where the tests find what is not in the repository: the product owner's folder beside it
 * (`../shared`: the seed article, the evaluation sets). One policy for all tests: a test that needs
 * a file from there and does not find it is skipped, and `missing()` prints one line saying which
 * file and why, never silently.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The product owner's folder, next to the repository. */
export const sharedDir = path.resolve(repoRoot, '..', 'shared');
/** The seed article (Arabic, Moscow / Haftar / Burkina Faso), as the product owner gave it. */
export const seedArticlePath = path.join(sharedDir, 'fixtures', 'seed-article-ar.txt');
/** The development evaluation sets (readability pages, attribution gold, PolNeAR, Wojood …). */
export const evalDevDir = path.join(sharedDir, 'eval', 'dev');
/** Saved news pages with their expected text (the HTML import tests and benchmarks). */
export const readabilityDevDir = path.join(evalDevDir, 'readability');

const told = new Set<string>();

/**
 * Null when `file` exists; otherwise the reason to skip the tests that need it, printed once per
 * file (`what` names it for a reader: "the seed article").
 */
export function missing(file: string, what: string): string | null {
  if (existsSync(file)) return null;
  const reason = `${path.relative(repoRoot, file)} is missing (the product owner's folder beside the repository)`;
  if (!told.has(file)) {
    told.add(file);
    console.log(`Skipping the tests that need ${what}: ${reason}.`);
  }
  return reason;
}

/** Why the seed-article tests are skipped here, or null when the seed article is present. */
export const seedMissing: string | null = missing(seedArticlePath, 'the seed article');

/** The seed article's text as stored (not canonicalised); '' where it is missing (its tests skip). */
export function seedArticleText(): string {
  return seedMissing ? '' : readFileSync(seedArticlePath, 'utf8');
}

/**
 * Wording every briefing format prints the same way: the publisher-only note, cited paragraphs,
 * the paragraphs of the analyst's free text.
 */
import type { BriefingCitation } from './types';

/** What a claim without a named source says next to its publisher, in every format. */
export const PUBLISHER_ONLY = 'the publisher; no source named';

/** The paragraphs a citation lists, e.g. "¶ 5, 12, 20"; an orphaned quote adds that it is no longer found. */
export function citedParagraphsLabel(c: BriefingCitation): string {
  const parts: string[] = [];
  if (c.paragraphs.length > 0) parts.push(`¶ ${c.paragraphs.join(', ')}`);
  if (c.orphaned) parts.push('a quote no longer found in the article');
  return parts.join('; ');
}

/** The paragraphs of an analyst's free text (BLUF, key judgments): one per non-empty line. */
export function textParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

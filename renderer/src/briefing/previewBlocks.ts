import type { AppendixArticle, AppendixParagraph, BriefingActorRow, BriefingBody, BriefingCitation, BriefingClaim, BriefingGroup, BriefingSourceRow } from '../../../shared/briefing/types';
import type { BriefingStory } from '../../../shared/briefing/stories-section';
import type { BriefingNetwork } from '../../../shared/briefing/network-picture';

/** Rows of a table, stories, citations or paragraphs of an article drawn together as one block. */
const CHUNK = 25;

/**
 * One block of the preview, in reading order: the unit the preview mounts when it is on screen
 * (a claim card, a group heading, 25 table rows, 25 paragraphs of an article…), so a briefing of
 * 20,000 claims puts only a screenful in the page. `first` marks the block that carries its
 * section's heading.
 */
export type PreviewBlock =
  | { kind: 'head' }
  | { kind: 'claims-title'; empty: boolean }
  | { kind: 'group'; group: BriefingGroup }
  | { kind: 'claim'; claim: BriefingClaim }
  | { kind: 'grouping' }
  | { kind: 'stories'; stories: BriefingStory[]; from: number; first: boolean }
  | { kind: 'network'; network: BriefingNetwork }
  | { kind: 'actors'; rows: BriefingActorRow[]; first: boolean }
  | { kind: 'sources'; rows: BriefingSourceRow[]; first: boolean }
  | { kind: 'citations'; rows: BriefingCitation[]; first: boolean }
  | { kind: 'appendix-title' }
  | { kind: 'article'; article: AppendixArticle; index: number; paragraphs: AppendixParagraph[]; first: boolean }
  | { kind: 'foot' };

function chunks<T>(xs: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/**
 * The preview's blocks for `body` (null: not built yet, only the heading). `grouping` is true while
 * the stories and the network are still being grouped (a block says so where they will be).
 * Tables with no rows keep one block for their "none" line.
 */
export function previewBlocks(body: BriefingBody | null, grouping: boolean): PreviewBlock[] {
  const out: PreviewBlock[] = [{ kind: 'head' }];
  if (!body) return [...out, { kind: 'foot' }];
  out.push({ kind: 'claims-title', empty: body.groups.length === 0 });
  for (const group of body.groups) {
    out.push({ kind: 'group', group });
    for (const claim of group.claims) out.push({ kind: 'claim', claim });
  }
  if (grouping) out.push({ kind: 'grouping' });
  chunks(body.stories).forEach((stories, i) => out.push({ kind: 'stories', stories, from: i * CHUNK, first: i === 0 }));
  if (body.network) out.push({ kind: 'network', network: body.network });
  const actorChunks = chunks(body.actors);
  (actorChunks.length ? actorChunks : [[]]).forEach((rows, i) => out.push({ kind: 'actors', rows, first: i === 0 }));
  const sourceChunks = chunks(body.sources);
  (sourceChunks.length ? sourceChunks : [[]]).forEach((rows, i) => out.push({ kind: 'sources', rows, first: i === 0 }));
  chunks(body.citations).forEach((rows, i) => out.push({ kind: 'citations', rows, first: i === 0 }));
  if (body.appendix.length > 0) out.push({ kind: 'appendix-title' });
  body.appendix.forEach((article, index) => {
    const parts = chunks(article.paragraphs);
    (parts.length ? parts : [[]]).forEach((paragraphs, i) => out.push({ kind: 'article', article, index, paragraphs, first: i === 0 }));
  });
  out.push({ kind: 'foot' });
  return out;
}

/** A first guess of a block's height (px) before it is measured, so the scrollbar starts near right. */
export function estimatedHeight(b: PreviewBlock): number {
  switch (b.kind) {
    case 'head':
      return 320;
    case 'claim':
      return 150;
    case 'stories':
      return 60 + 130 * b.stories.length;
    case 'network':
      return 500;
    case 'actors':
    case 'sources':
    case 'citations':
      return (b.first ? 60 : 0) + 26 * Math.max(1, b.rows.length);
    case 'article':
      return (b.first ? 60 : 0) + 70 * b.paragraphs.length;
    default:
      return 44;
  }
}

/**
 * The actor network picture written beside an exported Markdown briefing, which links it as an
 * image by its file name (shared/briefing/stories-markdown.ts).
 */
import path from 'node:path';
import type { Briefing } from '../../../shared/briefing/model';
import { networkSvg } from '../../../shared/briefing/network-picture';
import { writeFileAtomic } from '../safe-write';

/** "brief.md" → "brief.network.svg": the picture's file name beside `markdownPath`. */
export function networkFileName(markdownPath: string): string {
  return `${path.basename(markdownPath).replace(/\.(md|markdown)$/i, '')}.network.svg`;
}

/**
 * Writes the briefing's network as SVG beside `markdownPath` (atomically) and returns its file name
 * for the Markdown's image link; undefined when the briefing has no network. Rejects on I/O failure.
 */
export async function writeNetworkBeside(briefing: Briefing, markdownPath: string): Promise<string | undefined> {
  if (!briefing.network) return undefined;
  const file = networkFileName(markdownPath);
  await writeFileAtomic(path.join(path.dirname(markdownPath), file), `<?xml version="1.0" encoding="UTF-8"?>\n${networkSvg(briefing.network)}\n`);
  return file;
}

import type { Direction, Lang } from '../../../shared/domain';

/** File formats the importer reads. */
export type ImportFormat = 'txt' | 'md' | 'html' | 'pdf' | 'docx';

/**
 * What an importer hands back: canonical text (shared/text canonicalText: NFC, one paragraph per
 * line) and whatever metadata the file carries. Null means "the file did not say".
 */
export interface Extracted {
  title: string;
  byline: string | null;
  publisher: string | null;
  /** As the source gives it: an ISO date or timestamp, not reformatted. */
  publishedAt: string | null;
  url: string | null;
  lang: Lang;
  dir: Direction;
  /** Encoding label the bytes were decoded with; null for formats that carry their own (PDF, DOCX). */
  encoding: string | null;
  format: ImportFormat;
  text: string;
}

import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Unicode ranges copied from Fontsource's CSS for the subsets we ship. */
const ARABIC_RANGE =
  'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC';
const LATIN_RANGE =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';

interface FontFile {
  family: 'Amiri' | 'Noto Sans';
  weight: 400 | 700;
  file: string;
  range: string;
}

/**
 * Every face the briefing uses. Both weights are real files: if the 700 face were missing,
 * Chromium would synthesise bold Arabic, and the synthesised glyphs break text extraction.
 */
export const BRIEFING_FONT_FILES: readonly FontFile[] = [
  { family: 'Amiri', weight: 400, file: 'amiri-arabic-400-normal.woff2', range: ARABIC_RANGE },
  { family: 'Amiri', weight: 700, file: 'amiri-arabic-700-normal.woff2', range: ARABIC_RANGE },
  { family: 'Amiri', weight: 400, file: 'amiri-latin-400-normal.woff2', range: LATIN_RANGE },
  { family: 'Amiri', weight: 700, file: 'amiri-latin-700-normal.woff2', range: LATIN_RANGE },
  { family: 'Noto Sans', weight: 400, file: 'noto-sans-latin-400-normal.woff2', range: LATIN_RANGE },
  { family: 'Noto Sans', weight: 700, file: 'noto-sans-latin-700-normal.woff2', range: LATIN_RANGE },
];

/**
 * Finds resources/ when no folder is given: first under the working directory (the CLI and tests run
 * from the repo root), then walking up from this module (a packaged app or another working directory).
 * Returns null when neither has resources/fonts.
 */
export function defaultResourcesDir(): string | null {
  const candidates = [path.resolve(process.cwd(), 'resources')];
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i += 1) {
    candidates.push(path.join(dir, 'resources'));
    dir = path.dirname(dir);
  }
  return candidates.find((c) => existsSync(path.join(c, 'fonts', BRIEFING_FONT_FILES[0]!.file))) ?? null;
}

/**
 * @font-face rules for the briefing, each font inlined as a base64 data: URL so that the HTML
 * document is self-contained and Chromium fetches nothing while printing.
 * Throws an Error naming the missing file when resources/fonts is incomplete.
 */
export function briefingFontCss(resourcesDir?: string): string {
  const dir = resourcesDir ?? defaultResourcesDir();
  if (dir === null) throw new Error('The briefing fonts were not found: resources/fonts is missing.');
  return BRIEFING_FONT_FILES.map((f) => {
    const file = path.join(dir, 'fonts', f.file);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      throw new Error(`The briefing font ${f.file} is missing from ${path.join(dir, 'fonts')}.`);
    }
    return [
      '@font-face {',
      `  font-family: '${f.family}';`,
      '  font-style: normal;',
      `  font-weight: ${f.weight};`,
      '  font-display: block;',
      `  src: url(data:font/woff2;base64,${bytes.toString('base64')}) format('woff2');`,
      `  unicode-range: ${f.range};`,
      '}',
    ].join('\n');
  }).join('\n');
}

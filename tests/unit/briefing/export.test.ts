import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BRIEFING_FONT_FILES, briefingFontCss } from '../../../electron/services/export/fonts';
import { formatOfPath } from '../../../electron/services/export/briefing';
import { writeFileAtomic } from '../../../electron/services/safe-write';

const dir = mkdtempSync(path.join(tmpdir(), 'claimwork-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('replaces the file whole and leaves no temporary file', async () => {
    const target = path.join(dir, 'out.md');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, new TextEncoder().encode('new ✓'));
    expect(readFileSync(target, 'utf8')).toBe('new ✓');
    expect(readdirSync(dir)).toEqual(['out.md']);
  });

  it('rejects when the folder does not exist', async () => {
    await expect(writeFileAtomic(path.join(dir, 'missing', 'out.md'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('briefingFontCss', () => {
  it('inlines Amiri 400/700 and Noto Sans 400/700 as data: URLs, fetching nothing', () => {
    const css = briefingFontCss();
    expect(css.match(/@font-face/g)).toHaveLength(6);
    expect(css).not.toMatch(/url\((?!data:font\/woff2;base64,)/);
    for (const [family, weight] of [['Amiri', 400], ['Amiri', 700], ['Noto Sans', 400], ['Noto Sans', 700]] as const) {
      expect(css).toMatch(new RegExp(`font-family: '${family}';\\n  font-style: normal;\\n  font-weight: ${weight};`));
    }
  });

  it('names the missing file when resources are incomplete', () => {
    const partial = path.join(dir, 'resources');
    mkdirSync(path.join(partial, 'fonts'), { recursive: true });
    cpSync(path.resolve('resources/fonts', BRIEFING_FONT_FILES[0]!.file), path.join(partial, 'fonts', BRIEFING_FONT_FILES[0]!.file));
    expect(() => briefingFontCss(partial)).toThrow(/amiri-arabic-700-normal\.woff2 is missing/);
  });
});

describe('formatOfPath', () => {
  it('knows .md, .html, .pdf and .docx in any case', () => {
    expect(['a.md', 'b.MARKDOWN', 'c.html', 'd.PDF', 'e.docx', 'f.doc', 'g'].map(formatOfPath)).toEqual(['md', 'md', 'html', 'pdf', 'docx', null, null]);
  });
});

import fs from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../electron/services/import/decode';
import { extractFile } from '../../../electron/services/import/extract';
import type { AppFailure } from '../../../shared/result';
import { seedArticlePath, seedMissing } from '../../support/paths';

const arabic =
  'قال المتحدث باسم الجيش الوطني الليبي إن القوات سيطرت على المدينة، وأضاف أن العمليات مستمرة.\n' +
  'وأعلنت وزارة الخارجية الروسية أن موسكو ستواصل دعمها للحوار بين الأطراف الليبية.\n' +
  'في واغادوغو، قال رئيس المجلس العسكري إن بوركينا فاسو تعتمد على شركائها الجدد.';
const french = "Le ministre a déclaré que la délégation française était arrivée à Niamey mardi. « Nous sommes prêts », a-t-il ajouté, malgré l'été difficile.";

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect((error as AppFailure).appError.code).toBe('refused-input');
    return (error as AppFailure).appError.message;
  }
  throw new Error('expected a refusal');
}

describe('decodeText', () => {
  it('decodes a windows-1256 Arabic file back to the same Arabic and says which encoding it was', () => {
    const result = decodeText(iconv.encode(arabic, 'windows-1256'));
    expect(result).toEqual({ text: arabic, encoding: 'windows-1256' });
  });

  it('tells ISO-8859-6 Arabic apart from windows-1256', () => {
    const result = decodeText(iconv.encode(arabic, 'ISO-8859-6'));
    expect(result).toEqual({ text: arabic, encoding: 'ISO-8859-6' });
  });

  it.skipIf(seedMissing !== null)('decodes the seed article written in windows-1256', () => {
    const seed = fs.readFileSync(seedArticlePath, 'utf8');
    expect(decodeText(iconv.encode(seed, 'windows-1256'))).toEqual({ text: seed, encoding: 'windows-1256' });
  });

  it('reads windows-1252 French including its typographic quotes', () => {
    const text = `${french} “Voilà” — fin.`;
    expect(decodeText(iconv.encode(text, 'windows-1252'))).toEqual({ text, encoding: 'windows-1252' });
  });

  it('reads Latin-1 French', () => {
    const result = decodeText(iconv.encode(french, 'ISO-8859-1'));
    expect(result.text).toBe(french);
    expect(['ISO-8859-1', 'windows-1252']).toContain(result.encoding);
  });

  it('reads UTF-16 LE and BE with a byte order mark, and UTF-16 LE without one', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(arabic, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(arabic, 'utf16be')]);
    expect(decodeText(le)).toEqual({ text: arabic, encoding: 'UTF-16LE' });
    expect(decodeText(be)).toEqual({ text: arabic, encoding: 'UTF-16BE' });
    expect(decodeText(iconv.encode(`${french}\n${arabic}`, 'utf16le'))).toEqual({ text: `${french}\n${arabic}`, encoding: 'UTF-16LE' });
  });

  it('reads UTF-8 with and without a BOM, dropping the BOM', () => {
    expect(decodeText(Buffer.from(arabic, 'utf8'))).toEqual({ text: arabic, encoding: 'UTF-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(arabic, 'utf8')]))).toEqual({ text: arabic, encoding: 'UTF-8' });
  });

  it('re-imports with the encoding the analyst chose, and refuses labels it does not know', () => {
    const bytes = iconv.encode(arabic, 'windows-1256');
    expect(decodeText(bytes, 'cp1256')).toEqual({ text: arabic, encoding: 'windows-1256' });
    // The analyst may pick the wrong one: the text is then decoded as asked, not second-guessed.
    expect(decodeText(bytes, 'ISO-8859-6').text).not.toBe(arabic);
    expect(refusal(() => decodeText(bytes, 'klingon-8'))).toMatch(/klingon-8.*not an encoding/);
  });

  it('refuses UTF-8 mixed with windows-1256 bytes instead of importing garbage', () => {
    const mixed = Buffer.concat([Buffer.from(arabic, 'utf8'), Buffer.from('\n'), iconv.encode(arabic, 'windows-1256')]);
    expect(refusal(() => decodeText(mixed))).toMatch(/UTF-8 with damaged or mixed-in bytes/);
  });

  it('refuses a UTF-8 file (with BOM) that contains invalid bytes', () => {
    const bad = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('valid start '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' end')]);
    expect(refusal(() => decodeText(bad))).toMatch(/invalid UTF-8/);
  });

  it('refuses binary data', () => {
    const binary = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(refusal(() => decodeText(binary))).toMatch(/binary data/);
    // Binary data after 100 KB of ordinary text is still binary data.
    const tail = Buffer.concat([Buffer.from('Plain text line.\n'.repeat(6000)), Buffer.from([0, 1, 2, 0, 0xff, 0])]);
    expect(refusal(() => decodeText(tail))).toMatch(/binary data/);
    // Choosing an encoding does not turn binary data into text.
    expect(refusal(() => decodeText(binary, 'windows-1256'))).toMatch(/binary data/);
  });

  it('records the detected encoding on an imported text file', async () => {
    const article = await extractFile('report.txt', iconv.encode(arabic, 'windows-1256'));
    expect(article).toMatchObject({ encoding: 'windows-1256', lang: 'ar', dir: 'rtl', format: 'txt', text: arabic });
    const forced = await extractFile('report.txt', iconv.encode(arabic, 'windows-1256'), { encoding: 'windows-1256' });
    expect(forced.text).toBe(arabic);
  });
});

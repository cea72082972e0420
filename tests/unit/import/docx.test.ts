import { describe, expect, it } from 'vitest';
import { extractFile } from '../../../electron/services/import/extract';
import { readCentralDirectory } from '../../../electron/services/import/zip-guard';
import type { AppFailure } from '../../../shared/result';
import { makeDocx, makeZip } from './make-files';

const paragraphs = [
  'الخرطوم تعلن وقف إطلاق النار',
  'أعلن الجيش السوداني وقف إطلاق النار لمدة ثلاثة أيام في الخرطوم، وقال متحدث باسمه إن الهدنة تبدأ مساء الجمعة.',
  'The United Nations welcomed the announcement and called on both sides to let aid convoys through.',
  'وقالت قوات الدعم السريع (RSF) في بيان إنها ستلتزم بالهدنة "ما دام الطرف الآخر ملتزما بها".',
  'Observers in Port Sudan said fighting had eased by Saturday morning.',
];

const refused = (pattern: RegExp) => (e: AppFailure) => e.appError.code === 'refused-input' && pattern.test(e.appError.message);

const contentTypes = new TextEncoder().encode(
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
);

describe('DOCX import', () => {
  it('brings back Arabic and English paragraphs in order', async () => {
    const result = await extractFile('sudan.docx', await makeDocx(paragraphs));
    expect(result.text.split('\n')).toEqual(paragraphs);
    expect(result).toMatchObject({ format: 'docx', encoding: null, title: paragraphs[0], lang: 'ar', dir: 'rtl' });
  });

  it('refuses a ZIP bomb whose central directory declares gigabytes, before inflating anything', async () => {
    const bomb = makeZip([
      { name: '[Content_Types].xml', data: contentTypes },
      { name: 'word/document.xml', data: new Uint8Array(1024), claimedSize: 6 * 1024 ** 3 },
    ]);
    expect(readCentralDirectory(bomb).find((e) => e.name === 'word/document.xml')?.uncompressedSize).toBe(6 * 1024 ** 3);
    await expect(extractFile('bomb.docx', bomb)).rejects.toSatisfy(refused(/expand to 6,144 MB.*ZIP bomb/));
  });

  it('refuses a ZIP bomb spread over many parts that each look small', async () => {
    const parts = Array.from({ length: 30 }, (_, i) => ({ name: `word/media/part${i}.bin`, data: new Uint8Array(16), claimedSize: 10 * 1024 ** 2 }));
    const bomb = makeZip([{ name: 'word/document.xml', data: contentTypes }, ...parts]);
    await expect(extractFile('many.docx', bomb)).rejects.toSatisfy(refused(/ZIP bomb/));
  });

  it('refuses a ZIP whose data inflates to more than its directory admits', async () => {
    const liar = makeZip([
      { name: '[Content_Types].xml', data: contentTypes },
      { name: 'word/document.xml', data: new Uint8Array(8 * 1024 * 1024), claimedSize: 1000 },
    ]);
    await expect(extractFile('liar.docx', liar)).rejects.toSatisfy(refused(/damaged/));
  });

  it('refuses a ZIP that is not a Word document, and a .docx that is not a ZIP', async () => {
    const zip = makeZip([{ name: 'notes/readme.txt', data: new TextEncoder().encode('hello') }]);
    await expect(extractFile('archive.docx', zip)).rejects.toSatisfy(refused(/ZIP archive, not an article/));
    await expect(extractFile('fake.docx', new TextEncoder().encode('just some text'))).rejects.toSatisfy(refused(/named \.docx but is not a Word document/));
  });

  it('refuses a truncated DOCX as damaged', async () => {
    const docx = await makeDocx(paragraphs);
    await expect(extractFile('cut.docx', docx.slice(0, docx.length - 200))).rejects.toSatisfy(refused(/damaged/));
  });
});

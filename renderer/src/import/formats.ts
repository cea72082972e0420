/** File extensions the back end's importers read (electron/services/import/extract.ts IMPORT_EXTENSIONS). */
export const IMPORTABLE_EXTENSIONS = ['.html', '.htm', '.xhtml', '.pdf', '.docx', '.md', '.markdown', '.txt', '.text'] as const;

/** Value for the file input's accept attribute. */
export const ACCEPT_ATTRIBUTE = [...IMPORTABLE_EXTENSIONS, 'text/plain', 'text/markdown', 'text/html', 'application/pdf'].join(',');

/** Largest file the back end accepts (50 MiB); bigger ones are refused before they are read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** True when the name ends in an extension the importers read. */
export function isImportableName(name: string): boolean {
  const lower = name.toLowerCase();
  return IMPORTABLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

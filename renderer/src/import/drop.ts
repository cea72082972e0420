import { isImportableName } from './formats';

/** A file to import, with the path it had inside a dropped folder (for the results list). */
export interface PendingFile {
  file: File;
  /** Name shown to the analyst: the file name, or its path inside a dropped folder. */
  label: string;
}

/** A file left out before import, with the reason shown in the results list. */
export interface SkippedFile {
  label: string;
  reason: string;
}

const readEntries = (reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> =>
  new Promise((resolve, reject) => reader.readEntries(resolve, reject));
const entryFile = (entry: FileSystemFileEntry): Promise<File> => new Promise((resolve, reject) => entry.file(resolve, reject));

/**
 * Expands a drop into files: loose files as they are (the back end refuses unknown types with a
 * reason), folders walked recursively (hidden entries skipped; files of other types listed as
 * skipped). Order: as dropped, each folder's files sorted by path. Never throws: unreadable
 * entries become skipped lines.
 */
export async function filesFromDrop(data: DataTransfer): Promise<{ files: PendingFile[]; skipped: SkippedFile[] }> {
  const files: PendingFile[] = [];
  const skipped: SkippedFile[] = [];
  // Entries must be taken synchronously, before the drop event's data store is closed.
  const entries = Array.from(data.items)
    .filter((i) => i.kind === 'file')
    .map((i) => ({ entry: i.webkitGetAsEntry?.() ?? null, file: i.getAsFile() }));
  for (const { entry, file } of entries) {
    if (!entry || entry.isFile) {
      if (file) files.push({ file, label: file.name });
      continue;
    }
    const found: PendingFile[] = [];
    const pending: FileSystemDirectoryEntry[] = [entry as FileSystemDirectoryEntry];
    while (pending.length > 0) {
      const dir = pending.pop()!;
      const reader = dir.createReader();
      try {
        // readEntries returns the folder in chunks; an empty chunk means the end.
        for (let chunk = await readEntries(reader); chunk.length > 0; chunk = await readEntries(reader)) {
          for (const child of chunk) {
            const label = child.fullPath.replace(/^\//, '');
            if (child.name.startsWith('.')) continue;
            if (child.isDirectory) pending.push(child as FileSystemDirectoryEntry);
            else if (!isImportableName(child.name)) skipped.push({ label, reason: 'not a file type Claimwork reads (.html, .htm, .pdf, .docx, .md, .txt).' });
            else {
              try {
                found.push({ file: await entryFile(child as FileSystemFileEntry), label });
              } catch {
                skipped.push({ label, reason: 'this file cannot be read.' });
              }
            }
          }
        }
      } catch {
        skipped.push({ label: dir.fullPath.replace(/^\//, ''), reason: 'this folder cannot be read.' });
      }
    }
    found.sort((a, b) => a.label.localeCompare(b.label));
    files.push(...found);
  }
  return { files, skipped };
}

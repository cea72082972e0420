import { describe, expect, it } from 'vitest';
import { filesFromDrop } from '../../../renderer/src/import/drop';

/*
 * The browser's FileSystem entries exist only for a real drop from the OS, which no headless test can
 * make; these stand-ins follow the API's shape (readEntries hands a folder out in chunks, then []).
 */
type Node = { name: string; children?: Node[] };

function entryOf(node: Node, parent: string): FileSystemEntry {
  const fullPath = `${parent}/${node.name}`;
  if (!node.children) {
    return { name: node.name, fullPath, isFile: true, isDirectory: false, file: (ok: (f: File) => void) => ok(new File(['x'], node.name)) } as unknown as FileSystemEntry;
  }
  const children = node.children.map((c) => entryOf(c, fullPath));
  return {
    name: node.name,
    fullPath,
    isFile: false,
    isDirectory: true,
    createReader: () => {
      let at = 0;
      return {
        readEntries: (ok: (e: FileSystemEntry[]) => void) => {
          const chunk = children.slice(at, at + 2); // two at a time: the walk must keep reading
          at += chunk.length;
          ok(chunk);
        },
      };
    },
  } as unknown as FileSystemEntry;
}

function drop(nodes: Node[]): DataTransfer {
  const items = nodes.map((n) => ({ kind: 'file', webkitGetAsEntry: () => entryOf(n, ''), getAsFile: () => (n.children ? null : new File(['x'], n.name)) }));
  return { items } as unknown as DataTransfer;
}

describe('filesFromDrop', () => {
  it('walks dropped folders: importable files in path order, other types listed as skipped, hidden ones ignored', async () => {
    const { files, skipped } = await filesFromDrop(
      drop([
        { name: 'loose.pdf' },
        {
          name: 'press',
          children: [
            { name: 'b.html' },
            { name: 'photo.jpg' },
            { name: '.DS_Store' },
            { name: 'a.txt' },
            { name: 'more', children: [{ name: 'c.docx' }, { name: 'notes.md' }, { name: 'tool.exe' }] },
          ],
        },
        { name: 'unknown.xyz' },
      ]),
    );
    expect(files.map((f) => f.label)).toEqual(['loose.pdf', 'press/a.txt', 'press/b.html', 'press/more/c.docx', 'press/more/notes.md', 'unknown.xyz']);
    expect(skipped.map((s) => s.label).sort()).toEqual(['press/more/tool.exe', 'press/photo.jpg']);
    expect(skipped[0]!.reason).toContain('not a file type Claimwork reads');
  });
});

import { useState, type DragEvent } from 'react';
import { filesFromDrop, type PendingFile, type SkippedFile } from './drop';

/**
 * Files and folders dropped anywhere on the workbench are imported; `dragging` is true while files
 * are held over it (the drop hint shows). `dropProps` go on the workbench's outer element.
 */
export function useFileDrop(importFiles: (files: PendingFile[], skipped: SkippedFile[]) => unknown) {
  const [dragging, setDragging] = useState(false);
  const dropProps = {
    onDragOver: (e: DragEvent<HTMLElement>) => {
      if (e.dataTransfer.types.includes('Files')) {
        e.preventDefault();
        setDragging(true);
      }
    },
    onDragLeave: (e: DragEvent<HTMLElement>) => e.currentTarget === e.target && setDragging(false),
    onDrop: (e: DragEvent<HTMLElement>) => {
      e.preventDefault();
      setDragging(false);
      void filesFromDrop(e.dataTransfer).then(({ files, skipped }) => importFiles(files, skipped));
    },
  };
  return { dragging, dropProps };
}

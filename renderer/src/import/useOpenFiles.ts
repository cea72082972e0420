import { useCallback, useEffect, useRef } from 'react';
import type { HostInfo } from '../../../shared/ipc-contract';
import { api } from '../api';
import type { useImport } from './useImport';
import type { Run } from '../case/wiring';

/**
 * Open files… and the menu's commands. The hidden file input (`fileInput`) works in every host and
 * lets the renderer show progress and cancel per file; a menu command has no user gesture to open it,
 * so Electron's menu uses the native dialog instead. The menu's Paste article opens `onPaste`.
 */
export function useOpenFiles(wiring: { host: HostInfo | null; importer: ReturnType<typeof useImport>; run: Run; onPaste: () => void }) {
  const { host, importer, run, onPaste } = wiring;
  const fileInput = useRef<HTMLInputElement>(null);
  const openFiles = useCallback(
    async (fromMenu = false) => {
      if (!fromMenu || !host?.nativeDialogs) return fileInput.current?.click();
      const outcomes = await run(api.importWithDialog({}));
      if (outcomes) importer.report(outcomes.map((outcome) => ({ label: outcome.name, outcome })));
    },
    [host, importer, run],
  );

  useEffect(
    () =>
      api.on('command', ({ name }) => {
        if (name === 'paste-article') onPaste();
        if (name === 'open-files') void openFiles(true);
      }),
    [openFiles, onPaste],
  );

  return { fileInput, openFiles };
}

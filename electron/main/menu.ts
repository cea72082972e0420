import type { MenuItemConstructorOptions } from 'electron';
import type { HostEvents } from '../../shared/ipc-contract';

type RendererCommand = HostEvents['command']['name'];
export type MenuCommand = 'new-case' | 'open-case' | 'save-case-as' | `recent:${string}` | RendererCommand;

export interface AppMenuDeps {
  run: (name: MenuCommand) => Promise<void>;
  /** The recent cases at the time of building: main rebuilds the menu whenever the list changes. */
  recent: readonly string[];
  openDataFolder: () => void;
  platform: NodeJS.Platform;
  /** A development build (not packaged): only then does the View menu offer Toggle DevTools. */
  dev: boolean;
}

/**
 * The application menu template, a pure function of its inputs (no `electron` import at run time,
 * so unit tests load it); actions go through `run` so the menu holds no logic of its own.
 */
export function buildAppMenu(deps: AppMenuDeps): MenuItemConstructorOptions[] {
  const go = (name: MenuCommand) => () => void deps.run(name);
  const isMac = deps.platform === 'darwin';
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New case', accelerator: 'CmdOrCtrl+N', click: go('new-case') },
        { label: 'Open case…', accelerator: 'CmdOrCtrl+O', click: go('open-case') },
        {
          label: 'Recent cases',
          submenu: deps.recent.length ? deps.recent.map((p) => ({ label: p, click: go(`recent:${p}`) })) : [{ label: 'None', enabled: false }],
        },
        { label: 'Save case as…', accelerator: 'CmdOrCtrl+Shift+S', click: go('save-case-as') },
        { type: 'separator' },
        { label: 'Paste article…', accelerator: 'CmdOrCtrl+Shift+V', click: go('paste-article') },
        { label: 'Open articles…', accelerator: 'CmdOrCtrl+Shift+O', click: go('open-files') },
        { type: 'separator' },
        { label: 'Show data folder', click: deps.openDataFolder },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: go('undo') },
        { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', click: go('redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        ...(deps.dev ? [{ role: 'toggleDevTools' as const }] : []),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
      ],
    },
  ];
}

import os from 'node:os';
import path from 'node:path';

/**
 * The app's data folder when no host tells us (browser host, CLI): $CLAIMWORK_DATA_DIR, else the
 * platform's per-user config folder + "Claimwork" (the same place Electron's userData points to).
 */
export function defaultDataDir(): string {
  if (process.env.CLAIMWORK_DATA_DIR) return path.resolve(process.env.CLAIMWORK_DATA_DIR);
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Claimwork');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Claimwork');
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Claimwork');
}

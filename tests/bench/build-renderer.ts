/**
 * Builds the renderer for the benchmark into its own folder (not out/, which `npm run build` and the
 * end-to-end tests use), with the renderer section of electron.vite.config.ts, as production does.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfigFromFile, type RendererViteConfig } from 'electron-vite';
import { build } from 'vite';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Production build of renderer/ into `outDir` (created or emptied). Rejects on any build error. */
export async function buildRenderer(outDir: string): Promise<void> {
  const { config } = await loadConfigFromFile({ command: 'build', mode: 'production' }, path.join(repoRoot, 'electron.vite.config.ts'), repoRoot, 'warn');
  const section = config.renderer;
  if (!section || typeof section === 'function') throw new Error('electron.vite.config.ts has no plain renderer section');
  const renderer: RendererViteConfig = section;
  await build({ ...renderer, configFile: false, logLevel: 'warn', build: { ...renderer.build, outDir, emptyOutDir: true } });
}

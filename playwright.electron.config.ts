import { defineConfig } from '@playwright/test';

// Needs the Electron binary, which cannot be downloaded on air-gapped machines: the tests skip there.
export default defineConfig({
  testDir: 'tests/e2e-electron',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
});

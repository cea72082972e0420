import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './safe-write';

const settingsSchema = z.object({
  recentCases: z.array(z.string()).default([]),
  lastCasePath: z.string().nullable().default(null),
  lastExportDir: z.string().nullable().default(null),
});
export type Settings = z.infer<typeof settingsSchema>;

const RECENT_LIMIT = 10;

/** App settings kept beside the cases (recent cases, last folders). A damaged file falls back to defaults. */
export class SettingsFile {
  private constructor(private readonly filePath: string, private value: Settings) {}

  static async load(dataDir: string): Promise<SettingsFile> {
    const filePath = path.join(dataDir, 'settings.json');
    let value: Settings = settingsSchema.parse({});
    try {
      const parsed = settingsSchema.safeParse(JSON.parse(await readFile(filePath, 'utf8')));
      if (parsed.success) value = parsed.data;
    } catch {
      /* missing or unreadable: defaults */
    }
    return new SettingsFile(filePath, value);
  }

  get current(): Settings {
    return this.value;
  }

  async update(patch: Partial<Settings>): Promise<void> {
    this.value = { ...this.value, ...patch };
    await writeFileAtomic(this.filePath, JSON.stringify(this.value, null, 2));
  }

  /** Moves `casePath` to the front of the recent list and remembers it as the case to reopen. */
  async touchCase(casePath: string): Promise<void> {
    const recentCases = [casePath, ...this.value.recentCases.filter((p) => p !== casePath)].slice(0, RECENT_LIMIT);
    await this.update({ recentCases, lastCasePath: casePath });
  }
}

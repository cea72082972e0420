/** Placeholder until the extract command lands; replaced by its implementation. */
export async function run(_args: string[]): Promise<number> {
  process.stderr.write('claimwork: the extract command is not available yet.\n');
  return 1;
}

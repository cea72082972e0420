/** Placeholder until the analyze command lands; replaced by its implementation. */
export async function run(_args: string[]): Promise<number> {
  process.stderr.write('claimwork: the analyze command is not available yet.\n');
  return 1;
}

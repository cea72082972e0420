/** The parts of a path, split on either kind of slash (a Windows path from Electron's dialog, too). */
const partsOf = (p: string): string[] => p.split(/[\\/]+/).filter(Boolean);

/**
 * What the import results show for each file: its name, or, when two files share a name, as many
 * of its folders as tell them apart ("bbc-1/source.html", "bbc-2/source.html"). Same order as
 * `paths`; a path given twice stays the same both times.
 */
export function distinctLabels(paths: readonly string[]): string[] {
  const parts = paths.map(partsOf);
  const tail = (p: string[], n: number) => p.slice(Math.max(0, p.length - n)).join('/');
  return parts.map((p, i) => {
    if (p.length === 0) return paths[i]!;
    let n = 1;
    // Grow the shown tail while another, different path ends the same way.
    while (n < p.length && parts.some((q, j) => j !== i && paths[j] !== paths[i] && tail(q, n) === tail(p, n))) n++;
    return tail(p, n);
  });
}

/**
 * `extract FILE [--format json] [--encoding LABEL]`: article text and metadata of one file, as the
 * importer sees it. Prints exactly one JSON object on stdout; errors go to stderr with exit status 1.
 */
import { AppFailure } from '../../../shared/result';
import { extractPath } from '../import/batch';

const USAGE = 'Usage: npm run -s cli -- extract FILE [--format json] [--encoding LABEL]';

/** Runs the command; returns the process exit status (0 success, 1 refused input or usage error). */
export async function run(args: string[]): Promise<number> {
  let file: string | null = null;
  let encoding: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--format') {
      const format = args[++i];
      if (format !== 'json') return usageError(`unsupported format "${format ?? ''}" (only json).`);
    } else if (arg.startsWith('--format=')) {
      if (arg.slice(9) !== 'json') return usageError(`unsupported format "${arg.slice(9)}" (only json).`);
    } else if (arg === '--encoding') {
      encoding = args[++i];
      if (!encoding) return usageError('--encoding needs a label, e.g. windows-1256.');
    } else if (arg.startsWith('--encoding=')) {
      encoding = arg.slice(11);
    } else if (arg === '--help' || arg === '-h') {
      process.stderr.write(USAGE + '\n');
      return 0;
    } else if (arg.startsWith('--')) {
      return usageError(`unknown option ${arg}.`);
    } else if (file === null) {
      file = arg;
    } else {
      return usageError('give exactly one FILE.');
    }
  }
  if (file === null) return usageError('FILE is missing.');

  try {
    const a = await extractPath(file, encoding === undefined ? {} : { encoding });
    const out = { title: a.title, byline: a.byline, publisher: a.publisher, publishedAt: a.publishedAt, lang: a.lang, dir: a.dir, encoding: a.encoding, text: a.text };
    process.stdout.write(JSON.stringify(out) + '\n');
    return 0;
  } catch (error) {
    if (error instanceof AppFailure) {
      process.stderr.write(`claimwork extract: ${error.appError.message}\n`);
      return 1;
    }
    throw error;
  }
}

function usageError(message: string): number {
  process.stderr.write(`claimwork extract: ${message}\n${USAGE}\n`);
  return 1;
}

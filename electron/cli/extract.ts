/**
 * `extract FILE [--format json] [--encoding LABEL]`: article text and metadata of one file, as the
 * app's importer reads it. Prints exactly one JSON object on stdout; a refusal goes to stderr with
 * exit status 1.
 */
import { AppFailure } from '../../shared/result';
import { readArticleFile } from '../services/import';
import { UsageError, type ParsedArgs } from './args';


/** Runs the command; returns the process exit status (0 success, 1 refused input). */
export async function run({ values, positionals }: ParsedArgs): Promise<number> {
  const format = values.format as string | undefined;
  if (format !== undefined && format !== 'json') throw new UsageError(`unsupported format "${format}" (only json).`);
  const encoding = values.encoding as string | undefined;
  if (encoding === '') throw new UsageError('--encoding needs a label, e.g. windows-1256.');
  if (positionals.length === 0) throw new UsageError('FILE is missing.');
  if (positionals.length > 1) throw new UsageError('give exactly one FILE.');
  try {
    const a = await readArticleFile(positionals[0]!, encoding);
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

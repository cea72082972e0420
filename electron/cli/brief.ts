/**
 * `brief FILE... --out PATH [--out PATH...]`: a briefing from a case and/or article files, written
 * through the app's own export (the same builder, renderers, printer and atomic writes), once per
 * --out. The PDFs of one run share one Chromium.
 */
import path from 'node:path';
import { formatOfPath } from '../services/export/briefing';
import { UsageError, plural, type ParsedArgs } from './args';
import { CliFailure, isCaseFile, withCliSession } from './session';
import { acceptAllSuggestions } from './accept';


/** Runs the command; returns the exit status. Writes results to stdout, problems to stderr. */
export async function run({ values, positionals }: ParsedArgs): Promise<number> {
  const outs = (values.out as string[] | undefined) ?? [];
  if (positionals.length === 0) throw new UsageError('give at least one article or case file.');
  if (outs.length === 0) throw new UsageError('--out PATH is required.');
  const wrong = outs.find((o) => !formatOfPath(o));
  if (wrong !== undefined) throw new UsageError(`--out must end in .md, .html, .pdf or .docx: "${wrong}".`);
  const sizeArg = values['page-size'] as string | undefined;
  const pageSize = sizeArg === undefined ? null : sizeArg.toLowerCase() === 'a4' ? 'A4' : sizeArg.toLowerCase() === 'letter' ? 'Letter' : null;
  if (sizeArg !== undefined && pageSize === null) throw new UsageError(`--page-size must be A4 or Letter, not "${sizeArg}".`);
  const cases = positionals.filter(isCaseFile);
  if (cases.length > 1) throw new UsageError('give at most one case file.');
  const articles = positionals.filter((f) => !cases.includes(f));

  return withCliSession(cases[0] ?? null, async (session) => {
    if (cases.length === 0) await session.call('renameCase', { title: 'Briefing' });
    for (const file of articles) {
      const outcome = await session.importFile(file);
      if (outcome.status === 'refused') throw new CliFailure(outcome.message);
    }
    if (values['accept-suggestions']) await acceptAllSuggestions(session);
    const title = values.title as string | undefined;
    if (title !== undefined || pageSize !== null) {
      await session.call('updateBriefing', { patch: { ...(title !== undefined ? { title } : {}), ...(pageSize ? { pageSize } : {}) } });
    }
    const articleCount = session.ws.data.articles.length;
    let warned = false;
    for (const out of outs) {
      const result = await session.call('exportBriefing', { format: formatOfPath(out)!, path: path.resolve(out) });
      if (result.claimCount === 0 && !warned) {
        warned = true;
        const hint = values['accept-suggestions'] ? '' : ' (use --accept-suggestions to accept the suggested ones)';
        process.stderr.write(`claimwork brief: no claims were accepted${hint}; the briefing lists the articles only.\n`);
      }
      process.stdout.write(`${out}: ${plural(result.claimCount, 'claim')} from ${plural(articleCount, 'article')}\n`);
    }
    return 0;
  });
}

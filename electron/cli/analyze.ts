/**
 * `analyze FILE... [--format json|md] [--lang ar|en|fr|und] [--case CASE.json]`: the suggestions the
 * app would make for each file (claims with their cue, speaker, source and channel; actors; sources),
 * without writing anything. Files are read by the app's importers; with --case, the engine knows
 * that case's actors, sources and rejections, as Suggest does in the app. JSON prints one document
 * per file per line (JSON Lines, schema "claimwork.analysis/1") and nothing else on stdout.
 */
import type { Analysis } from '../../shared/analysis/analyze';
import { LANGS, type Article, type Lang } from '../../shared/domain';
import { AppFailure } from '../../shared/result';
import { articleFromPath } from '../services/import';
import { analyseArticle } from '../services/suggest';
import { UsageError, plural, type ParsedArgs } from './args';
import { withCliSession } from './session';

export const ANALYSIS_SCHEMA = 'claimwork.analysis/1';

/** One JSON Lines document for a file. */
export function toJson(file: string, article: Article, analysis: Analysis): string {
  return JSON.stringify({
    schema: ANALYSIS_SCHEMA,
    file,
    article: { title: article.title, lang: analysis.lang, dir: analysis.dir },
    text: article.text,
    claims: analysis.claims,
    actors: analysis.actors,
    sources: analysis.sources,
  });
}

function clip(s: string, n = 160): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** A readable Markdown summary for one file. */
export function toMarkdown(file: string, article: Article, a: Analysis): string {
  const counts = `${plural(a.claims.length, 'claim')}, ${plural(a.actors.length, 'actor')}, ${plural(a.sources.length, 'source')}`;
  const lines = [`# ${article.title}`, '', `File: ${file} · language ${a.lang} (${a.dir}) · ${counts}`, '', '## Claims', ''];
  if (a.claims.length === 0) lines.push('None found.');
  a.claims.forEach((c, i) => {
    // Pronouns and implied subjects show whom they were resolved to.
    const resolved = c.speaker && (c.speaker.via === 'pronoun' || c.speaker.via === 'implicit') && c.speaker.name && c.speaker.name !== c.speaker.text;
    const who = c.speaker ? (resolved ? `${c.speaker.text} → ${c.speaker.name}` : c.speaker.text) : 'nobody named';
    const extra = [c.cue ? `cue “${c.cue.text}”` : null, c.source ? `source ${c.source.text}` : null, c.channel ? `channel ${c.channel.text}` : null, c.hedged ? 'hedged' : null, `rule ${c.rule}`, `confidence ${c.confidence}`].filter(Boolean).join('; ');
    lines.push(`${i + 1}. **${who}**: ${clip(c.text)}`, `   - ${extra}`);
  });
  lines.push('', '## Actors', '');
  if (a.actors.length === 0) lines.push('None found.');
  for (const x of a.actors) {
    const aliases = x.aliases.length ? `; also ${x.aliases.join(', ')}` : '';
    // A place named only inside a body's name ("بلدية نابلس") says where it was named.
    const within = x.within?.length ? `; named inside ${x.within.length === 1 ? 'a longer name' : `${x.within.length} longer names`}` : '';
    lines.push(`- **${x.name}** (${x.type}${x.known ? ', known' : ', new'}${x.role ? `, ${x.role}` : ''}): ${plural(x.mentions.length, 'mention')}${within}${aliases}`);
  }
  lines.push('', '## Sources', '');
  if (a.sources.length === 0) lines.push('None found.');
  for (const s of a.sources) lines.push(`- **${s.name}** (${s.kind}): ${s.mentions.map((m) => m.text).join(', ')}`);
  return lines.join('\n') + '\n';
}

/** Runs the command; returns the exit status. */
export async function run({ values, positionals }: ParsedArgs): Promise<number> {
  const format = (values.format as string | undefined) ?? 'json';
  if (format !== 'json' && format !== 'md') throw new UsageError(`--format must be json or md, not "${format}".`);
  const lang = values.lang as Lang | undefined;
  if (lang !== undefined && !LANGS.includes(lang)) throw new UsageError(`--lang must be one of ${LANGS.join(', ')}, not "${lang}".`);
  if (positionals.length === 0) throw new UsageError('no FILE given.');
  return withCliSession((values.case as string | undefined) ?? null, async ({ ws }) => {
    let status = 0;
    for (const file of positionals) {
      let out: string;
      try {
        const article = await articleFromPath(file, lang);
        const analysis = analyseArticle(ws.data, article);
        out = format === 'json' ? `${toJson(file, article, analysis)}\n` : toMarkdown(file, article, analysis);
      } catch (error) {
        if (!(error instanceof AppFailure)) throw error;
        process.stderr.write(`claimwork analyze: ${error.appError.message}\n`);
        status = 1;
        continue;
      }
      process.stdout.write(out);
    }
    return status;
  });
}

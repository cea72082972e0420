/**
 * Claimwork command line: the same services as the app, without a UI.
 * Usage: npm run -s cli -- <command> [args]. Results go to stdout, errors to stderr, exit status 1 on error.
 */
type Command = (args: string[]) => Promise<number>;

const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  analyze: {
    summary: 'analyze FILE... [--format json|md]   suggested claims, speakers, actors and sources (JSON Lines)',
    load: async () => (await import('./analyze')).run,
  },
  extract: {
    summary: 'extract FILE [--format json] [--encoding LABEL]   article text and metadata from html, pdf, docx, txt, md',
    load: async () => (await import('./extract')).run,
  },
  brief: {
    summary: 'brief FILE... --out PATH.md|PATH.pdf [--out PATH...] [--accept-suggestions] [--title T]   build a briefing',
    load: async () => (await import('./brief')).run,
  },
  stories: {
    summary: 'stories FILE...|CASE.claimwork.json [--accept-suggestions] [--format json|md]   one statement across articles: origins, contradictions, credibility',
    load: async () => (await import('./stories')).run,
  },
  doctor: {
    summary: 'doctor   which Chromium prints PDFs here (and runs the browser-host tests), and whether it works',
    load: async () => (await import('./doctor')).run,
  },
};

function usage(): string {
  return ['Usage: npm run -s cli -- <command> [options]', '', 'Commands:', ...Object.values(commands).map((c) => `  ${c.summary}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stderr.write(usage() + '\n');
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`claimwork: unknown command "${name}".\n${usage()}\n`);
    return 1;
  }
  return (await command.load())(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`claimwork: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);

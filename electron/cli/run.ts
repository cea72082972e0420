/**
 * The command line's dispatcher: finds the command, parses its arguments with the one parser, runs
 * it, and turns usage mistakes and refusals into a message on stderr and exit status 1.
 */
import { helpText, parseCommandArgs, usageLine, UsageError, type CommandSpec, type ParsedArgs } from './args';
import { analyzeSpec, briefSpec, doctorSpec, extractSpec, storiesSpec } from './commands';
import { CliFailure } from './session';

type Run = (args: ParsedArgs) => Promise<number>;

const commands: { spec: CommandSpec; load: () => Promise<Run> }[] = [
  { spec: analyzeSpec, load: async () => (await import('./analyze')).run },
  { spec: extractSpec, load: async () => (await import('./extract')).run },
  { spec: briefSpec, load: async () => (await import('./brief')).run },
  { spec: storiesSpec, load: async () => (await import('./stories')).run },
  { spec: doctorSpec, load: async () => (await import('./doctor')).run },
];

function usage(): string {
  return [
    'Usage: npm run -s cli -- <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.spec.summary}`),
    '',
    'npm run -s cli -- <command> --help   says everything a command takes.',
  ].join('\n');
}

/** Runs one command line (`argv` without node and the script); resolves to the exit status. */
export async function runCli(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? process.stdout : process.stderr).write(`${usage()}\n`);
    return name ? 0 : 1;
  }
  const command = commands.find((c) => c.spec.name === name);
  if (!command) {
    process.stderr.write(`claimwork: unknown command "${name}".\n${usage()}\n`);
    return 1;
  }
  try {
    const args = parseCommandArgs(command.spec, rest);
    if (args.help) {
      process.stdout.write(helpText(command.spec));
      return 0;
    }
    return await (await command.load())(args);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`claimwork ${name}: ${error.message}\n${usageLine(command.spec)}\n`);
      return 1;
    }
    if (error instanceof CliFailure) {
      process.stderr.write(`claimwork ${name}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

/**
 * Claimwork command line: the app's back end (a Workspace and its handler table) without a UI.
 * Usage: npm run -s cli -- <command> [args]. Results go to stdout, problems to stderr; the exit
 * status is 1 on any problem.
 */
import { runCli } from './run';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`claimwork: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);

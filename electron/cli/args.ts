/**
 * The command line's one argument parser: node:util's parseArgs with each command's option table,
 * so every command takes `--name value`, `--name=value` and `-x value` alike and refuses unknown
 * options with the same message.
 */
import { parseArgs } from 'node:util';

/** A mistake in how the command was called; the caller prints the message and the command's usage. */
export class UsageError extends Error {}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** The value's name in the help (`--out PATH`). */
  value?: string;
  /** One line for `--help`. */
  help: string;
}

export interface CommandSpec {
  name: string;
  /** The positional arguments as the usage line shows them (`FILE...`). */
  operands: string;
  /** One line for the list of commands. */
  summary: string;
  /** What the command does, in a few lines, for its `--help`. */
  description: string;
  options: Record<string, OptionSpec>;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  help: boolean;
}

/** Parses `argv` against `spec`; `--help`/`-h` is always known. Throws UsageError on a mistake. */
export function parseCommandArgs(spec: CommandSpec, argv: readonly string[]): ParsedArgs {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, o] of Object.entries(spec.options)) options[name] = { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) };
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    const { help, ...rest } = values as Record<string, string | boolean | string[] | undefined>;
    return { values: rest, positionals, help: help === true };
  } catch (error) {
    throw new UsageError(usageMessage(error instanceof Error ? error.message : String(error)));
  }
}

/** node:util's messages name the option with quotes and a hint; keep the part an analyst needs. */
function usageMessage(message: string): string {
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `unknown option ${unknown[1]}.`;
  const needs = /Option '([^']+?)(?: <value>)?' argument missing/.exec(message);
  if (needs) return `${needs[1]!.replace(/^-\w, /, '')} needs a value.`;
  const noValue = /Option '([^']+)' does not take an argument/.exec(message);
  if (noValue) return `${noValue[1]} takes no value.`;
  return message;
}

/** The usage line: `npm run -s cli -- NAME OPERANDS [--opt VALUE]...`. */
export function usageLine(spec: CommandSpec): string {
  const opts = Object.entries(spec.options).map(([name, o]) => `[--${name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}]${o.multiple ? '...' : ''}`);
  return `Usage: npm run -s cli -- ${spec.name} ${spec.operands}${opts.length ? ` ${opts.join(' ')}` : ''}`;
}

/** The whole `--help` of one command: usage, description, every option. */
export function helpText(spec: CommandSpec): string {
  const rows = Object.entries(spec.options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : ''}--${name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}`;
    return `  ${flag.padEnd(28)} ${o.help}`;
  });
  rows.push(`  ${'-h, --help'.padEnd(28)} this help`);
  return [usageLine(spec), '', spec.description, '', 'Options:', ...rows, ''].join('\n');
}

/** "1 article", "2 articles". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

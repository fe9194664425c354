import { parseArgs, type ParseArgsConfig } from 'node:util';
import { both } from './messages.ts';

export class UsageError extends Error {}

export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** One line per option, Vietnamese then English. */
  help: string[];
  run(values: Record<string, unknown>, positionals: string[]): Promise<number>;
}

export function helpText(command: CommandSpec): string {
  return [
    `${both('usage')}: ${command.usage}`,
    '',
    command.summary,
    '',
    ...command.help.map((l) => `  ${l}`),
    `  -h, --help   ${both('thisHelp')}`,
  ].join('\n');
}

/** Parses a command's arguments, turning parseArgs' errors into a usage error that names the option. */
export function parseCommand(command: CommandSpec, argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      // A boolean option that is on by default is turned off as --no-<option> (--no-board-files).
      allowNegative: true,
      strict: true,
    });
  } catch (error) {
    // parseArgs names the option in English; the line says in both languages what kind of problem it is.
    throw new UsageError(`${both('badOption')}: ${(error as Error).message}\n\n${helpText(command)}`);
  }
}

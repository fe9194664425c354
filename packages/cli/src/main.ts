#!/usr/bin/env node
// column57: the project's command line. Each command lives in commands/ and describes its own options.
import { type CommandSpec, helpText, parseCommand, UsageError } from './args.ts';
import { benchCommand } from './commands/bench.ts';
import { buildCommand } from './commands/build.ts';
import { reportCommand } from './commands/report.ts';
import { rollbackCommand } from './commands/rollback.ts';
import { serveCommand } from './commands/serve.ts';
import { snapshotCommand } from './commands/snapshot.ts';
import { both } from './messages.ts';

const COMMANDS: CommandSpec[] = [buildCommand, serveCommand, snapshotCommand, reportCommand, rollbackCommand, benchCommand];

function overview() {
  return [
    `column57: ${both('tagline')}`,
    '',
    `${both('usage')}: column57 <command> [options]`,
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    '',
    `\`column57 <command> --help\` ${both('forDetails')}.`,
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(overview());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`column57: ${both('noCommand')} "${name}"\n\n${overview()}`);
    return 2;
  }
  const { values, positionals } = parseCommand(command, rest);
  if (values.help) {
    console.log(helpText(command));
    return 0;
  }
  return command.run(values, positionals);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`column57: ${error instanceof UsageError ? '' : `${both('error')}: `}${(error as Error).message}`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);

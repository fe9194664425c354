import { resolveConnection, writeSnapshot } from '@column57/snapshot';
import type { CommandSpec } from '../args.ts';
import { ROOT } from '../root.ts';
import { both, summary } from '../messages.ts';

export const snapshotCommand: CommandSpec = {
  name: 'snapshot',
  summary: summary('snapshotSummary'),
  usage: 'column57 snapshot --out DIR [--body SLUG ...] [--cms URL] [--token TOKEN]',
  options: {
    out: { type: 'string', short: 'o' },
    body: { type: 'string', short: 'b', multiple: true },
    cms: { type: 'string' },
    token: { type: 'string' },
  },
  help: [
    `-o, --out DIR      ${both('snapshotOut')}`,
    `-b, --body SLUG    ${both('onlyThisBody')}`,
    `    --cms URL      ${both('cmsAddress')}`,
    `    --token TOKEN  ${both('snapshotToken')}`,
  ],
  async run(values) {
    if (typeof values.out !== 'string') throw new Error(both('snapshotOutRequired'));
    const cms = resolveConnection(ROOT, values.cms as string | undefined, values.token as string | undefined);
    const { problems } = await writeSnapshot({
      out: values.out,
      bodies: values.body as string[] | undefined,
      cms,
      log: (m) => console.error(m),
    });
    return problems.length ? 1 : 0;
  },
};

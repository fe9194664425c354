import { join, resolve } from 'node:path';
import { defaultReleasesDir, holdOf, listReleases, liveRelease, resume, rollback } from '@column57/builder/releases';
import type { CommandSpec } from '../args.ts';
import { ROOT } from '../root.ts';
import { both, pair, summary } from '../messages.ts';

export const rollbackCommand: CommandSpec = {
  name: 'rollback',
  summary: summary('rollbackSummary'),
  usage: 'column57 rollback --body SLUG [--to RELEASE | --list | --resume] [--out DIR]',
  options: {
    body: { type: 'string', short: 'b' },
    to: { type: 'string' },
    list: { type: 'boolean' },
    resume: { type: 'boolean' },
    out: { type: 'string', short: 'o' },
  },
  help: [
    `-b, --body SLUG    ${both('rollbackBody')}`,
    `    --to RELEASE   ${both('rollbackTo')}`,
    `    --list         ${both('rollbackList')}`,
    `    --resume       ${both('rollbackResume')}`,
    `-o, --out DIR      ${both('outputFolder')}`,
    '',
    // A paragraph, one line per language.
    pair('rollbackHeld').vi,
    pair('rollbackHeld').en,
  ],
  async run(values) {
    const slug = values.body as string | undefined;
    if (!slug) throw new Error(both('rollbackBodyRequired'));
    const outDir = resolve((values.out as string | undefined) ?? join(ROOT, 'out'));
    const releasesDir = defaultReleasesDir(outDir);
    if (values.list) {
      const live = liveRelease(outDir, slug);
      const hold = holdOf(releasesDir, slug);
      const releases = listReleases(releasesDir, slug);
      if (!releases.length) console.log(`${slug}: ${both('noReleasesYet')}`);
      for (const id of releases.reverse())
        console.log(`${id}${id === live ? `  ← ${both('liveRelease')}` : ''}${hold?.release === id ? ` (${both('heldRelease')})` : ''}`);
      return 0;
    }
    if (values.resume) {
      const resumed = resume(releasesDir, slug);
      console.log(`${slug}: ${both(resumed ? 'willBeRebuilt' : 'wasNotHeld')}`);
      return 0;
    }
    const { from, to } = rollback({ outDir, releasesDir, slug, to: values.to as string | undefined });
    console.log(`${slug}: ${from ?? '-'} → ${to}; ${both('heldUntil')}: column57 rollback --body ${slug} --resume`);
    return 0;
  },
};

import { join } from 'node:path';
import { runBench, runLoadBench } from '@column57/bench';
import { runCountryBench } from '@column57/bench/country';
import type { CommandSpec } from '../args.ts';
import { both, summary } from '../messages.ts';
import { ROOT } from '../root.ts';

const positive = (name: string, value: unknown, fallback: number) => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(both('positiveInvalid', { name, value: String(value) }));
  return n;
};

export const benchCommand: CommandSpec = {
  name: 'bench',
  summary: summary('benchSummary'),
  usage:
    'column57 bench [--bodies N] [--articles N] [--runs N] [--trials N] [--hugo auto|skip] [--publish auto|skip]' +
    ' | --load [--people N] [--seconds N] [--instances N]' +
    ' | --country [--provinces N] [--communes N] [--articles N] [--commune-articles N]',
  options: {
    bodies: { type: 'string' },
    articles: { type: 'string' },
    hugo: { type: 'string' },
    publish: { type: 'string' },
    runs: { type: 'string' },
    trials: { type: 'string' },
    work: { type: 'string' },
    load: { type: 'boolean' },
    people: { type: 'string' },
    instances: { type: 'string' },
    seconds: { type: 'string' },
    country: { type: 'boolean' },
    provinces: { type: 'string' },
    communes: { type: 'string' },
    'commune-articles': { type: 'string' },
  },
  help: [
    `    --bodies N       ${both('benchBodies')}`,
    `    --articles N     ${both('benchArticles')}`,
    `    --runs N         ${both('benchRuns')}`,
    `    --trials N       ${both('benchTrials')}`,
    `    --hugo MODE      auto: ${both('benchHugo')}`,
    `    --publish MODE   auto: ${both('benchPublish')}`,
    `    --work DIR       ${both('benchWork')}`,
    `    --load           ${both('benchLoad')}`,
    `    --people N       ${both('benchPeople')}`,
    `    --instances N    ${both('benchInstances')}`,
    `    --seconds N      ${both('benchSeconds')}`,
    `    --country        ${both('benchCountry')}`,
    `    --provinces N    ${both('benchProvinces')}`,
    `    --communes N     ${both('benchCommunes')}`,
    `    --articles N     ${both('benchCountryArticles')}`,
    `    --commune-articles N  ${both('benchCommuneArticles')}`,
    `${both('benchResults')} bench-results/.`,
  ],
  async run(values) {
    if (values.load) {
      await runLoadBench({
        people: positive('people', values.people, 60),
        seconds: positive('seconds', values.seconds, 180),
        instances: positive('instances', values.instances, 1),
        resultsDir: join(ROOT, 'bench-results'),
        log: (m) => console.error(m),
      });
      return 0;
    }
    if (values.country) {
      // Fewer provinces bring their share of the country's communes unless --communes says how many.
      const provinces = positive('provinces', values.provinces, 34);
      if (provinces > 34) throw new Error(both('provincesAtMost', { value: String(provinces) }));
      await runCountryBench({
        provinces,
        communes: values.communes === undefined ? undefined : positive('communes', values.communes, 0),
        centralArticles: positive('articles', values.articles, 300),
        provinceArticles: positive('articles', values.articles, 300),
        communeArticles: positive('commune-articles', values['commune-articles'], 12),
        workDir: (values.work as string | undefined) ?? join(ROOT, '.cache', 'bench-country'),
        resultsDir: join(ROOT, 'bench-results'),
        log: (m) => console.error(m),
      });
      return 0;
    }
    const hugo = (values.hugo as string | undefined) ?? 'auto';
    if (hugo !== 'auto' && hugo !== 'skip') throw new Error(both('autoOrSkip', { name: 'hugo', value: String(hugo) }));
    const publish = (values.publish as string | undefined) ?? 'auto';
    if (publish !== 'auto' && publish !== 'skip') throw new Error(both('autoOrSkip', { name: 'publish', value: String(publish) }));
    await runBench({
      bodies: positive('bodies', values.bodies, 56),
      articles: positive('articles', values.articles, 1000),
      workDir: (values.work as string | undefined) ?? join(ROOT, '.cache', 'bench'),
      resultsDir: join(ROOT, 'bench-results'),
      hugo,
      publish,
      runs: positive('runs', values.runs, 3),
      trials: positive('trials', values.trials, 10),
      log: (m) => console.error(m),
    });
    return 0;
  },
};

import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order test files start in. Two workers share the files, and a run ends when the later worker does: a
 * three-minute file started last leaves the other core idle for three minutes. Vitest orders by the last
 * run's durations when it has them (a local cache); a clean clone (CI) has none and starts small-but-slow files
 * last. These files are known to be long (seconds of one worker in CI, from the reporter's "Slowest test
 * files"), so they start first, longest first; everything else keeps Vitest's own order behind them.
 * A file missing here only starts later: the list tunes the schedule, it does not choose what runs.
 */
const KNOWN_SECONDS: Record<string, number> = {
  'tests/cms/route-inventory.test.ts': 200,
  'tests/cms/admin-vietnamese.test.ts': 185,
  'tests/publishing/pipeline.test.ts': 130,
  'tests/bench.test.ts': 250,
  'tests/bench-country.test.ts': 90,
  'tests/snapshot/demo-fixture.test.ts': 95,
  'tests/cms/communes.test.ts': 90,
  'tests/cms/desk-flow.test.ts': 78,
  'tests/sites/browser.test.ts': 75,
  'tests/cms/reporting.test.ts': 74,
  'tests/cms/audit.test.ts': 70,
  'tests/sites/demo-build.test.ts': 60,
  'tests/cms/subscriptions.test.ts': 59,
  'tests/typecheck.test.ts': 58,
  'tests/cms/change-outbox.test.ts': 55,
  'tests/sites/incremental.test.ts': 52,
  'tests/cms/programme-blocks.test.ts': 45,
  'tests/cms/cluster.test.ts': 35,
};

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = await super.sort(files);
    const seconds = (file: TestSpecification) => KNOWN_SECONDS[file.moduleId.slice(file.project.config.root.length + 1)] ?? 0;
    // Array.prototype.sort is stable: files with no known time keep Vitest's order.
    return [...ordered].sort((a, b) => seconds(b) - seconds(a));
  }
}

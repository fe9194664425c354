import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints the slowest test files last, where a CI log's tail still shows them: the suite has a time budget
 * (well under 30 minutes on two cores) and this says where it goes.
 */
export default class SlowestFilesReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const timed = modules
      .map((m) => ({ file: m.relativeModuleId, seconds: m.diagnostic().duration / 1000 }))
      .sort((a, b) => b.seconds - a.seconds)
      .slice(0, 15);
    if (!timed.length) return;
    const total = modules.reduce((sum, m) => sum + m.diagnostic().duration, 0) / 1000;
    console.log(`\nSlowest test files (all files: ${total.toFixed(0)} s of worker time):`);
    for (const { file, seconds } of timed) console.log(`  ${seconds.toFixed(1).padStart(7)} s  ${file}`);
  }
}

import { expect, it } from 'vitest';
import { measure, spreadOf } from '../packages/bench/src/measure.ts';

it('reports a scenario run several times as its median, least and greatest', () => {
  expect(spreadOf([3.1, 1.2, 2.5])).toEqual({ median: 2.5, min: 1.2, max: 3.1 });
  expect(spreadOf([4, 1, 2, 3])).toEqual({ median: 2.5, min: 1, max: 4 });
  expect(spreadOf([7])).toEqual({ median: 7, min: 7, max: 7 });
});

// A parent that fills 150 MiB and starts a child that fills 150 MiB more: the peak counts the whole tree (and no
// more: the two share Node's code pages, counted once), and the time runs from the spawn.
it("measures a process tree's peak PSS and its wall time from the spawn", async () => {
  const fill = (mib: number) => `const b = Buffer.alloc(${mib} * 1048576, 1);`;
  const child = `${fill(150)} setTimeout(() => b.length, 1500);`;
  const parent =
    `${fill(150)} const { spawn } = require('node:child_process');` +
    `const c = spawn(process.execPath, ['-e', ${JSON.stringify(child)}], { stdio: 'inherit' });` +
    `c.on('exit', () => console.log(JSON.stringify({ kept: b.length })));`;
  const m = await measure(process.execPath, ['-e', parent]);
  expect(m.exitCode).toBe(0);
  expect(JSON.parse(m.output.trim()).kept).toBe(150 * 1048576);
  expect(m.peakMiB).toBeGreaterThan(300);
  expect(m.peakMiB).toBeLessThan(600);
  expect(m.seconds).toBeGreaterThan(1.5);
  expect(m.startedAt).toBeLessThanOrEqual(Date.now() - 1500);
}, 30_000);

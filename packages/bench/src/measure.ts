import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { BENCH_TEXT } from './messages.ts';

/**
 * Every process of a tree, its root first, from each thread's list of children in /proc (Linux): a walk of the
 * tree alone, not of every process on the machine, so that sampling it costs the measured side little.
 */
function treePids(rootPid: number): number[] {
  const pids: number[] = [];
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    pids.push(pid);
    try {
      for (const task of readdirSync(`/proc/${pid}/task`)) {
        const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
        if (children) stack.push(...children.split(' ').map(Number));
      }
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

/**
 * The tree's proportional set size in bytes: each page a process maps counts once over all the processes that
 * share it (summed RSS counted the libraries and the copy-on-write pages of forked renderers once per process).
 */
function treePss(rootPid: number): number {
  let total = 0;
  for (const pid of treePids(rootPid)) {
    try {
      const pss = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      total += Number(pss?.[1] ?? 0) * 1024;
    } catch {
      // ended, or not ours to read
    }
  }
  return total;
}

export interface Measurement {
  /** Wall seconds from the spawn to the exit: process start, runtime and module loading included. */
  seconds: number;
  /** When the process was spawned (epoch ms), to time moments the process reports from the same start. */
  startedAt: number;
  /** Peak of the whole process tree's PSS, sampled every 100 ms, after two seconds every second. */
  peakMiB: number;
  exitCode: number;
  output: string;
}

/** Runs a command to completion, sampling the memory of its whole process tree. */
export function measure(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Measurement> {
  return new Promise((resolve) => {
    const startedAt = Date.now();
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    let peak = 0;
    let timer: NodeJS.Timeout;
    // Reading a large process's PSS walks its page tables (tens of ms for gigabytes): every 100 ms for the first
    // two seconds, so short runs are seen, then every second, so the sampling costs the measured side little.
    const sample = () => {
      peak = Math.max(peak, treePss(child.pid!));
      timer = setTimeout(sample, Date.now() - startedAt < 2000 ? 100 : 1000);
    };
    timer = setTimeout(sample, 100);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
        startedAt,
        peakMiB: peak / 1048576,
        exitCode: code ?? 1,
        output: output.slice(-3000),
      });
    });
  });
}

/**
 * Empties the kernel's page cache, so that a cold run reads its files from disk as the first build on a machine
 * does, for each side alike. Needs root; says whether it could.
 */
export function dropPageCache(): boolean {
  try {
    spawnSync('sync');
    writeFileSync('/proc/sys/vm/drop_caches', '3');
    return true;
  } catch {
    return false;
  }
}

/** The median of some values, and their least and greatest: what a scenario run several times is reported as. */
export function spreadOf(values: number[]): { median: number; min: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1)! };
}

/** A measurement of a command that must succeed: a failure stops the benchmark with the command's output. */
export function check(name: string, m: Measurement) {
  if (m.exitCode !== 0) throw new Error(`${BENCH_TEXT.both('buildFailed', { name, code: m.exitCode })}:\n${m.output}`);
  return m;
}

/** A build report's phases of a tenth of a second or more, as a table's note. */
export function phaseNote(phases: Record<string, number>) {
  return Object.entries(phases)
    .filter(([, s]) => s >= 0.05)
    .map(([k, s]) => `${k} ${s.toFixed(1)}`)
    .join(', ');
}

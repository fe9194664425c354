#!/usr/bin/env node
// Entry point behind `npm start`, `npm test` and `npm run column57`.
//
// It has to run on the machine's own Node (possibly 20, end of life) with nothing installed, so it is
// plain JavaScript with no dependencies. It makes sure Node 24 and pnpm 10 are at hand (fetching them
// from the npm registry into .tools/ when the machine lacks them), installs the workspace when the
// lockfile changed, then hands over to the real task running on Node 24.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NODE_VERSION = '24.21.0';
const PNPM_VERSION = '10.34.9';
const MIN_NODE_MAJOR = 24;

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const toolsDir = join(root, '.tools');

const TASKS = {
  start: ['scripts/start.ts'],
  test: ['node_modules/vitest/vitest.mjs', 'run'],
  'test:unit': ['node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.unit.config.ts'],
  column57: ['packages/cli/src/main.ts'],
  'demo-snapshot': ['scripts/make-demo-snapshot.ts'],
  typecheck: ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'],
  lint: ['node_modules/vitest/vitest.mjs', 'run', 'tests/lint.test.ts', 'tests/typecheck.test.ts'],
  format: ['node_modules/prettier/bin/prettier.cjs', '--write', '.'],
};

function log(message) {
  process.stderr.write(`[column57] ${message}\n`);
}

/**
 * The few lines this script prints, in Vietnamese and in English. It runs on whatever Node the machine has,
 * before the workspace (and packages/i18n with its catalogues) is installed, so it keeps its own small
 * catalogue and says each line as "vi / en", the way every column57 log line reads.
 */
const TEXT = {
  vi: {
    fetchingTools: ({ node, pnpm }) => `tải Node ${node} và pnpm ${pnpm} từ npm registry vào .tools/`,
    toolsFailed: ({ wanted, status }) =>
      `không cài được ${wanted} từ npm registry (npm thoát với mã ${status}). ` +
      'Hãy kiểm tra kết nối tới registry, hoặc tự cài Node >= 24 và pnpm 10 rồi chạy pnpm start / pnpm test.',
    installing: ({ frozen }) => `cài đặt workspace bằng pnpm${frozen ? ' (giữ nguyên lockfile)' : ''}`,
    installFailed: ({ status }) => `pnpm install thất bại (mã thoát ${status}); xem kết quả ở trên`,
    installed: ({ seconds }) => `đã cài workspace trong ${seconds} giây`,
    prerequisitesMissing: 'máy thiếu thứ các bài kiểm thử cần (xem ở trên)',
    usage: 'cách dùng',
    error: 'lỗi',
  },
  en: {
    fetchingTools: ({ node, pnpm }) => `fetching Node ${node} and pnpm ${pnpm} from the npm registry into .tools/`,
    toolsFailed: ({ wanted, status }) =>
      `could not install ${wanted} from the npm registry (npm exited ${status}). ` +
      'Check that the registry is reachable, or install Node >= 24 and pnpm 10 yourself and run pnpm start / pnpm test.',
    installing: ({ frozen }) => `installing the workspace with pnpm${frozen ? ' (frozen lockfile)' : ''}`,
    installFailed: ({ status }) => `pnpm install failed (exit ${status}); see the output above`,
    installed: ({ seconds }) => `workspace installed in ${seconds} s`,
    prerequisitesMissing: 'the machine lacks what the tests need (see above)',
    usage: 'usage',
    error: 'error',
  },
};
const both = (key, values = {}) =>
  [TEXT.vi[key], TEXT.en[key]].map((message) => (typeof message === 'function' ? message(values) : message)).join(' / ');

function majorOf(version) {
  return Number(String(version).replace(/^v/, '').split('.')[0]);
}

function systemPnpmWorks() {
  const result = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell: false });
  return result.status === 0 && majorOf(result.stdout.trim()) === 10;
}

/** Node 24 and pnpm from the npm registry, kept in .tools/ (git-ignored). */
function ensureLocalTools() {
  const nodePackage = `node-${process.platform}-${process.arch}`;
  const nodeHome = join(toolsDir, 'node_modules', nodePackage);
  const nodeBin = join(nodeHome, 'bin', 'node');
  const pnpmEntry = join(toolsDir, 'node_modules', 'pnpm', 'bin', 'pnpm.cjs');
  const wanted = `${nodePackage}@${NODE_VERSION} pnpm@${PNPM_VERSION}`;
  const stampFile = join(toolsDir, 'installed.txt');
  const upToDate = existsSync(nodeBin) && existsSync(pnpmEntry) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === wanted;
  if (!upToDate) {
    log(`${both('fetchingTools', { node: NODE_VERSION, pnpm: PNPM_VERSION })} ...`);
    mkdirSync(toolsDir, { recursive: true });
    writeFileSync(join(toolsDir, 'package.json'), JSON.stringify({ private: true, name: 'column57-tools' }, null, 2));
    const result = spawnSync(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--no-package-lock',
        '--prefix',
        toolsDir,
        `${nodePackage}@${NODE_VERSION}`,
        `pnpm@${PNPM_VERSION}`,
      ],
      { stdio: 'inherit' },
    );
    if (result.status !== 0 || !existsSync(nodeBin)) {
      throw new Error(both('toolsFailed', { wanted, status: result.status }));
    }
    writeFileSync(stampFile, wanted);
  }
  // A tiny pnpm launcher so that child processes (and pnpm scripts) find pnpm on PATH.
  const binDir = join(toolsDir, 'bin');
  mkdirSync(binDir, { recursive: true });
  const launcher = join(binDir, 'pnpm');
  const launcherText = `#!/bin/sh\nexec "${nodeBin}" "${pnpmEntry}" "$@"\n`;
  if (!existsSync(launcher) || readFileSync(launcher, 'utf8') !== launcherText) {
    writeFileSync(launcher, launcherText, { mode: 0o755 });
  }
  return { node: nodeBin, nodeHome, pathDirs: [join(nodeHome, 'bin'), binDir] };
}

function resolveToolchain() {
  if (majorOf(process.version) >= MIN_NODE_MAJOR && systemPnpmWorks()) {
    return { node: process.execPath, nodeHome: dirname(dirname(process.execPath)), pathDirs: [] };
  }
  return ensureLocalTools();
}

function childEnv(tools) {
  const env = { ...process.env };
  env.PATH = [...tools.pathDirs, env.PATH].filter(Boolean).join(':');
  // Native modules must compile against the headers of the Node that runs them; a user-level
  // npmrc pointing at another Node's headers would otherwise win silently.
  if (existsSync(join(tools.nodeHome, 'include', 'node', 'node.h'))) env.npm_config_nodedir = tools.nodeHome;
  // Nothing phones home.
  env.STRAPI_TELEMETRY_DISABLED = 'true';
  env.ASTRO_TELEMETRY_DISABLED = '1';
  env.npm_config_update_notifier = 'false';
  return env;
}

function installFingerprint(tools) {
  const hash = createHash('sha256');
  hash.update(tools.node);
  const manifests = ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json', 'cms/package.json', 'sites/package.json'];
  const packagesDir = join(root, 'packages');
  if (existsSync(packagesDir)) {
    for (const name of readdirSync(packagesDir).sort()) manifests.push(`packages/${name}/package.json`);
  }
  for (const file of manifests) {
    const path = join(root, file);
    if (existsSync(path)) hash.update(file).update(readFileSync(path));
  }
  return hash.digest('hex');
}

function ensureWorkspaceInstalled(tools, env) {
  const stampFile = join(root, 'node_modules', '.column57-installed');
  const fingerprint = installFingerprint(tools);
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === fingerprint) return;
  const frozen = existsSync(join(root, 'pnpm-lock.yaml')) && process.env.CI ? ['--frozen-lockfile'] : [];
  log(`${both('installing', { frozen: frozen.length > 0 })} ...`);
  const started = Date.now();
  const result = spawnSync('pnpm', ['install', ...frozen], { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(both('installFailed', { status: result.status }));
  writeFileSync(stampFile, installFingerprint(tools));
  log(both('installed', { seconds: Math.round((Date.now() - started) / 1000) }));
}

/** PostgreSQL, Chromium, Hugo, espeak-ng, ffmpeg ... from the machine's packages (scripts/test-prerequisites.sh says why each). */
function ensureTestPrerequisites(env) {
  const result = spawnSync('bash', [join(root, 'scripts', 'test-prerequisites.sh')], { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(both('prerequisitesMissing'));
}

function main() {
  const [task, ...args] = process.argv.slice(2);
  if (!TASKS[task]) {
    log(`${both('usage')}: node scripts/toolchain.mjs <${Object.keys(TASKS).join('|')}> [args...]`);
    process.exit(2);
  }
  const tools = resolveToolchain();
  const env = childEnv(tools);
  ensureWorkspaceInstalled(tools, env);
  if (task === 'test') ensureTestPrerequisites(env);
  const child = spawn(tools.node, [...TASKS[task], ...args], { cwd: root, env, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

try {
  main();
} catch (error) {
  log(`${both('error')}: ${error.message}`);
  process.exit(1);
}

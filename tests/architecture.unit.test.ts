import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../scripts/lib/paths.ts';

// The tree reads as the data flow: i18n → snapshot → cms; snapshot → sites → builder → publisher → bench → cli.
// Beside the flow, speech and artwork are tools both the CMS and the builder use (audio, pictures); they import only i18n.
// This test reads every import of every source file (TypeScript's parser, Astro frontmatter included) and
// fails on an arrow that points back up, or on a relative path that leaves its package, so a new file that
// breaks the layout fails here, not in a review. ARCHITECTURE.md draws the same table.

const PACKAGES: Record<string, { dir: string; mayImport: string[] }> = {
  i18n: { dir: 'packages/i18n', mayImport: [] },
  snapshot: { dir: 'packages/snapshot', mayImport: ['i18n'] },
  cms: { dir: 'cms', mayImport: ['i18n', 'snapshot', 'speech', 'artwork'] },
  speech: { dir: 'packages/speech', mayImport: ['i18n'] },
  artwork: { dir: 'packages/artwork', mayImport: ['i18n'] },
  sites: { dir: 'sites', mayImport: ['i18n', 'snapshot'] },
  builder: { dir: 'packages/builder', mayImport: ['i18n', 'snapshot', 'sites', 'speech', 'artwork'] },
  publisher: { dir: 'packages/publisher', mayImport: ['i18n', 'snapshot', 'sites', 'builder'] },
  bench: { dir: 'packages/bench', mayImport: ['i18n', 'snapshot', 'sites', 'builder', 'publisher'] },
  cli: { dir: 'packages/cli', mayImport: ['i18n', 'snapshot', 'sites', 'builder', 'publisher', 'bench'] },
};

/** Relative paths out of a package that are allowed, each with its reason. */
const LEAVES_ITS_PACKAGE: Record<string, string> = {
  'packages/bench/src/publish-latency.ts -> scripts/lib/embedded-cms.ts':
    'the embedded CMS is repository tooling shared with the tests and npm start, not a package',
  'packages/bench/src/publish-latency.ts -> scripts/lib/free-port.ts': 'the same tooling',
  'packages/bench/src/publish-latency.ts -> scripts/lib/paths.ts': "where the compiled CMS is, to make the publisher's account",
  'packages/bench/src/load.ts -> scripts/lib/embedded-cms.ts': 'the load test starts the same embedded CMS, on PostgreSQL',
  'packages/bench/src/load.ts -> scripts/lib/free-port.ts': 'the same tooling',
  'packages/bench/src/load.ts -> scripts/lib/paths.ts': "where the compiled CMS is, to make the load test's accounts as the seed does",
  'packages/bench/src/load.ts -> scripts/lib/nginx-balancer.ts': 'nginx in front of several CMS instances, as the cluster test has it',
};

const SKIP = new Set(['node_modules', 'dist', 'build', 'types', '.strapi', '.renderer', '.astro', 'screenshots', 'public']);
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return SKIP.has(name) || name.startsWith('.') ? [] : sources(path);
    return ['.ts', '.tsx', '.mjs', '.js', '.astro'].includes(extname(name)) ? [path] : [];
  });

function importsOf(file: string): string[] {
  let text = readFileSync(file, 'utf8');
  if (file.endsWith('.astro')) text = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text);
    } else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression.getText(tree);
      if (callee === 'require' || node.expression.kind === ts.SyntaxKind.ImportKeyword) found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

const edges = Object.entries(PACKAGES).flatMap(([name, { dir }]) =>
  sources(join(ROOT, dir)).flatMap((file) => importsOf(file).map((specifier) => ({ from: name, file: relative(ROOT, file), specifier }))),
);

describe('the layout follows the data flow', () => {
  it('reads every package (the walk works)', () => {
    for (const { dir } of Object.values(PACKAGES)) expect(sources(join(ROOT, dir)).length, dir).toBeGreaterThan(0);
    expect(edges.filter((e) => e.specifier.startsWith('@column57/')).length).toBeGreaterThan(50);
  });

  it('a package imports only packages above it in the flow', () => {
    const wrong = edges
      .filter((e) => e.specifier.startsWith('@column57/'))
      .filter((e) => {
        const target = e.specifier.slice('@column57/'.length).split('/')[0];
        return target !== e.from && !PACKAGES[e.from].mayImport.includes(target);
      })
      .map((e) => `${e.file} imports ${e.specifier}`);
    expect(wrong).toEqual([]);
  });

  it('no relative path leaves its package, but for the ones said and reasoned', () => {
    const leaving = edges
      .filter((e) => e.specifier.startsWith('.'))
      .map((e) => ({ ...e, target: relative(ROOT, resolve(ROOT, dirname(e.file), e.specifier)) }))
      .filter((e) => !(e.target + sep).startsWith(PACKAGES[e.from].dir + sep))
      .map((e) => `${e.file} -> ${e.target}`);
    expect(leaving.filter((edge) => !(edge in LEAVES_ITS_PACKAGE))).toEqual([]);
    expect(
      Object.keys(LEAVES_ITS_PACKAGE).filter((edge) => !leaving.includes(edge)),
      'exceptions no longer needed',
    ).toEqual([]);
  });

  it('each package declares the packages it imports', () => {
    const undeclared = Object.entries(PACKAGES).flatMap(([name, { dir }]) => {
      const manifest = JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8'));
      const declared = new Set(Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }));
      const used = new Set(
        edges
          .filter((e) => e.from === name && e.specifier.startsWith('@column57/'))
          .map((e) => e.specifier.split('/').slice(0, 2).join('/')),
      );
      return [...used].filter((pkg) => !declared.has(pkg)).map((pkg) => `${dir}/package.json lacks ${pkg}`);
    });
    expect(undeclared).toEqual([]);
  });
});

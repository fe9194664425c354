import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { definedCatalogues, LOCALES } from '../packages/i18n/src/index.ts';
import { ROOT } from '../scripts/lib/paths.ts';

// Every user-visible string is a key of a catalogue (packages/i18n). This test finds the catalogues by
// walking the source tree, not from a list, checks each in both languages, and reads every string of the
// source to find Vietnamese written anywhere else: a new file that says something outside a catalogue fails.

const SOURCE_ROOTS = ['cms/src', 'cms/config', 'sites/src', 'sites/renderer', 'sites/embed', 'packages', 'scripts'];
const SKIP_DIRS = new Set(['node_modules', 'dist', 'build', '.strapi', 'screenshots']);
const EXTENSIONS = new Set(['.ts', '.tsx', '.js', '.mjs', '.astro']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return SKIP_DIRS.has(name) ? [] : sourceFiles(path);
    return EXTENSIONS.has(extname(name)) ? [path] : [];
  });
}

const files = SOURCE_ROOTS.flatMap((root) => sourceFiles(join(ROOT, root))).map((path) => relative(ROOT, path));
const catalogueFiles = files.filter((file) => /\bdefine(Catalogue|Vocabulary)\(/.test(readFileSync(join(ROOT, file), 'utf8')));
const isDefinitionOfTheMechanism = (file: string) => file === 'packages/i18n/src/index.ts';

/**
 * Files whose Vietnamese is not interface text, each with the reason. Only whole files, and each must
 * still hold Vietnamese (checked below), so the list cannot outlive what it excuses.
 */
const NOT_INTERFACE: Record<string, string> = {
  'cms/src/seed/data.ts': 'demo content and its defaults, not interface',
  'cms/src/seed/index.ts': 'demo content',
  'cms/src/seed/reporting.ts': 'demo report figures and notes',
  'cms/src/bulletins/clause-words.ts': 'words where a spoken sentence may be cut: language data for the script proposal',
  'packages/speech/src/lexicon.ts': 'the words a bulletin is read aloud with (figures, dates, abbreviations): spoken content',
  'sites/src/lib/search-format.ts': 'the letter "đ", which the search indexes fold to "d": language data',
  'sites/src/scripts/search.js': 'the letter "đ", folded in the reader\'s words and put back in the passages: language data',
};

/**
 * Files that cannot import a catalogue and so carry a copy of one's text, each with the catalogue's name.
 * Their Vietnamese must be messages of that catalogue (checked below). None at present: the embed scripts,
 * which run in a portal's browser, carry placeholders that the builder fills from their catalogue
 * (packages/builder/src/embed-scripts.ts).
 */
const COPIES_OF_A_CATALOGUE: Record<string, string> = {};

/**
 * Files that run before the workspace is installed, on whatever Node the machine has, and so cannot import
 * packages/i18n: each keeps a small catalogue of its own and says every line in both languages.
 */
const BEFORE_THE_WORKSPACE: Record<string, string> = {
  'scripts/toolchain.mjs': 'fetches Node 24 and installs the workspace that holds the catalogues',
};

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

/** The string literals, template parts and JSX text of a TypeScript or JavaScript file (comments are not read). */
function textsOfScript(source: string, file: string): string[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, kind);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

/** An Astro file: its frontmatter as TypeScript, and its template with HTML comments removed. */
function textsOfAstro(source: string, file: string): string[] {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  const [frontmatter, template] = match ? [match[1], match[2]] : ['', source];
  return [...textsOfScript(frontmatter, `${file}.ts`), template.replace(/<!--[\s\S]*?-->/g, '').replace(/\{\/\*[\s\S]*?\*\/\}/g, '')];
}

const textsOf = (file: string) => {
  const source = readFileSync(join(ROOT, file), 'utf8');
  return file.endsWith('.astro') ? textsOfAstro(source, file) : textsOfScript(source, file);
};

describe('one way to say a string', () => {
  it('finds the catalogues by walking the tree (the walk works)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(catalogueFiles).toContain('sites/src/lib/strings.ts');
    expect(catalogueFiles).toContain('packages/snapshot/src/vocabulary.ts');
  });

  it('every catalogue has every key in both languages, none empty, each taking the same values', async () => {
    for (const file of catalogueFiles.filter((f) => !isDefinitionOfTheMechanism(f))) await import(pathToFileURL(join(ROOT, file)).href);
    const catalogues = definedCatalogues();
    expect(new Set(catalogues.map((c) => c.name)).size, 'catalogue names are unique').toBe(catalogues.length);
    const problems: string[] = [];
    for (const { name, messages } of catalogues) {
      const keys = LOCALES.map((locale) => Object.keys(messages[locale]).sort());
      if (keys[0].join() !== keys[1].join()) problems.push(`${name}: keys differ between vi and en`);
      for (const key of keys[0]) {
        // A message's values are probed with a proxy that prints each value's name: both languages must use the same ones.
        const probe = new Proxy({}, { get: (_, prop) => `⟨${String(prop)}⟩` });
        const [vi, en] = LOCALES.map((locale) => {
          const message = (messages[locale] as Record<string, unknown>)[key];
          return typeof message === 'function' ? String(message(probe)) : String(message);
        });
        if (!vi.trim() || !en.trim()) problems.push(`${name}.${key}: empty`);
        const values = (text: string) => [...new Set(text.match(/⟨[^⟩]+⟩/g) ?? [])].sort().join();
        if (values(vi) !== values(en)) problems.push(`${name}.${key}: vi uses ${values(vi)}, en uses ${values(en)}`);
      }
    }
    expect(problems).toEqual([]);
    expect(catalogues.length).toBeGreaterThanOrEqual(catalogueFiles.length - 1);
  });

  it('no Vietnamese is written outside a catalogue', () => {
    const excused = new Set([
      ...catalogueFiles,
      ...Object.keys(NOT_INTERFACE),
      ...Object.keys(COPIES_OF_A_CATALOGUE),
      ...Object.keys(BEFORE_THE_WORKSPACE),
    ]);
    const offenders = files
      .filter((file) => !excused.has(file))
      .flatMap((file) =>
        textsOf(file)
          .filter((text) => VIETNAMESE.test(text))
          .map((text) => `${file}: ${text.trim().slice(0, 80)}`),
      );
    expect(offenders).toEqual([]);
  });

  it('a file carrying a copy of a catalogue says in Vietnamese only what the catalogue says', async () => {
    for (const file of catalogueFiles.filter((f) => !isDefinitionOfTheMechanism(f))) await import(pathToFileURL(join(ROOT, file)).href);
    const strays = Object.entries(COPIES_OF_A_CATALOGUE).flatMap(([file, name]) => {
      const catalogue = definedCatalogues().find((c) => c.name === name);
      if (!catalogue) return [`${file}: no catalogue named ${name}`];
      const said = new Set(Object.values(catalogue.messages.vi).filter((m) => typeof m === 'string'));
      return textsOf(file)
        .filter((text) => VIETNAMESE.test(text) && !said.has(text))
        .map((text) => `${file}: ${text.trim().slice(0, 80)}`);
    });
    expect(strays).toEqual([]);
  });

  it('every excused file still holds Vietnamese, so the lists shrink as text moves', () => {
    const stale = [...Object.keys(NOT_INTERFACE), ...Object.keys(COPIES_OF_A_CATALOGUE), ...Object.keys(BEFORE_THE_WORKSPACE)].filter(
      (file) => !files.includes(file) || !textsOf(file).some((text) => VIETNAMESE.test(text)),
    );
    expect(stale).toEqual([]);
  });

  it('every line printed or error raised for a person is said in Vietnamese too, not in English alone', () => {
    // The Vietnamese check above cannot see a line written in English only. This one reads every call that
    // prints (a logger, console, process.stdout/stderr, an HTTP refusal) and every error made, with the
    // literal text each passes: a phrase of English words with no Vietnamese beside it is a line that should
    // have come from a catalogue.
    const offenders = files
      .filter((file) => !file.endsWith('.astro'))
      .flatMap((file) => printedPhrasesOf(file).map((text) => `${file}: ${text.slice(0, 90)}`));
    expect(offenders).toEqual([]);
  });
});

const PRINTS = new RegExp(
  [
    String.raw`ctx\.(forbidden|badRequest|notFound|unauthorized)`,
    String.raw`console\.\w+`,
    String.raw`process\.(stdout|stderr)\.write`,
    String.raw`(.+\.)?log(\.(info|warn|error|debug))?`,
  ]
    .map((callee) => `^${callee}$`)
    .join('|'),
);
const ENGLISH_PHRASE = /[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}/;

/** The literal text of each printing call of a script whose words are English only. */
function printedPhrasesOf(file: string): string[] {
  const source = readFileSync(join(ROOT, file), 'utf8');
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const found: string[] = [];
  const literalText = (node: ts.Node): string[] => {
    if (ts.isStringLiteralLike(node)) return [node.text];
    if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
    if (ts.isBinaryExpression(node)) return [...literalText(node.left), ...literalText(node.right)];
    if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
    return [];
  };
  const visit = (node: ts.Node) => {
    const prints = ts.isCallExpression(node) && PRINTS.test(node.expression.getText(tree));
    const raises = ts.isNewExpression(node) && /Error$/.test(node.expression.getText(tree));
    const args = prints || raises ? (node as ts.CallExpression | ts.NewExpression).arguments : undefined;
    if (args) {
      const printed = args.flatMap(literalText).join(' ');
      const text = printed
        .replace(/column57( \w+)?:/g, '')
        // Paths, file names and options ("node scripts/toolchain.mjs", "--body") are not words to translate.
        .split(/\s+/)
        .filter((token) => !/[/.]|^-/.test(token))
        .join(' ');
      if (ENGLISH_PHRASE.test(text) && !VIETNAMESE.test(text) && !/\w \/ \w/.test(printed)) found.push(text.trim());
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

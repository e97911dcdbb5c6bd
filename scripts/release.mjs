#!/usr/bin/env node
// Builds the release artefacts into dist-release/, from the sources alone
// (esbuild reads the TypeScript; no `npm run build` needed first):
//
//   dist-release/cli/                    the CLI package: the core and every
//                                        dependency bundled, so it installs on
//                                        its own (no @replylint/rules from a registry)
//   dist-release/replylint-cli-<v>.tgz   that package, packed (`npm install ./that.tgz`)
//   dist-release/replylint-linux-x64     a single-file executable (Node's single
//                                        executable applications): no Node needed
//   action/dist/index.cjs                the GitHub Action's entry point (action.yml)
//
//   node scripts/release.mjs                 # everything
//   node scripts/release.mjs --bundle-only   # the bundles only, not packed (the
//                                            # postinstall step, which pre-commit's install runs)
import { parse } from 'acorn';
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist-release/`;
const pkgDir = `${out}cli/`;
const cli = JSON.parse(readFileSync(`${root}cli/package.json`, 'utf8'));
const bundleOnly = process.argv.includes('--bundle-only');

// fdir (under tinyglobby) tries, when its module loads, to require a `picomatch` from wherever the bundle sits:
// from the user's node_modules for the npm package, and from the build machine's tree while the executable's snapshot
// is made, which then refuses to start (a snapshot may not hold user modules). tinyglobby passes its own matcher, so
// that optional require is dropped. If fdir's text changes, the build stops here rather than ship the require again.
const noOptionalPicomatch = {
  name: 'no-optional-picomatch',
  setup(b) {
    // esbuild reads the filter as a Go regular expression, which takes no flags.
    b.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, async ({ path }) => {
      const text = readFileSync(path, 'utf8');
      const optional = /__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);/u;
      if (!optional.test(text)) throw new Error(`release: ${path} no longer has the optional picomatch require this build removes; check it`);
      return { contents: text.replace(optional, ''), loader: 'js' };
    });
  },
};

// What a one-file lint of a plain-text reply never touches is evaluated when first used, not when the bundle loads:
// the Markdown and HTML parsers (remark-parse, rehype-parse and the packages under them: micromark, parse5, the HTML
// schemas and entity tables, half the bundle's modules), the YAML parser (a YAML config or template) and the JSON
// Schema validator (a config file). Each such import becomes a stand-in whose exports call the real module, which is
// required on the first call, so esbuild wraps that package's modules to be evaluated then. The single-file
// executable keeps them out of its start-up snapshot the same way: a snapshot's every object is rebuilt at each
// start, and these packages' objects made a plain-text run some 15 ms slower than without them (bench:startup).
//
// In the npm package's bundle they are not even in the file: each is a bundle of its own in dist/lazy/, required from
// there on first use, so a plain-text run reads, decodes and loads half the code (some 12 ms of a one-file lint,
// measured on the instrumented bin). The worker, the executable and the Action keep them inside: the executable runs
// the worker from memory, with no folder beside it.
/** The lazy modules' plugin; with `chunks`, each module is left out and noted there (its path, by the name of its file). */
const lazyModules = (chunks) => ({
  name: 'lazy-modules',
  setup(b) {
    /** Each package made lazy, and the sources whose imports of it are (only these, so nothing else changes unseen). */
    const lazy = [
      [/^(?:remark-parse|rehype-parse)$/u, /[\\/]rules[\\/]src[\\/]prose\.ts$/u],
      [/^yaml$/u, /[\\/]cli[\\/]src[\\/](?:config|extract)\.ts$/u],
      // The config's validator, compiled ahead of time (a quarter of a megabyte of code): only a run with a config needs it.
      [/^\.\/config-validate\.generated\.js$/u, /[\\/]cli[\\/]src[\\/]config\.ts$/u],
      // The Arabic half of the core: its readers, signals and rule modules build some hundreds of patterns as they load,
      // which an English reply never uses. Reached only through these imports, all of functions (the notes both halves
      // use are in rules/src/rules/notes-ar.ts), the modules are evaluated when the first Arabic reply is checked.
      [/^\.\/no-(?:negative-phrasing|overpromise|uncertain-expertise|unclear-instructions)-ar\.js$/u, /[\\/]rules[\\/]src[\\/]rules[\\/]no-[a-z-]+\.ts$/u],
      [/^\.\/checklist-ar\.js$/u, /[\\/]rules[\\/]src[\\/]checklist\.ts$/u],
      [/^\.\/ar\/reader\.js$/u, /[\\/]rules[\\/]src[\\/]lang[\\/]packs\.ts$/u],
    ];
    // esbuild's filter (a Go regular expression, no flags) is the packages' names from the list above.
    b.onResolve({ filter: new RegExp(lazy.map(([name]) => name.source).join('|')) }, async ({ path, importer, resolveDir, kind, pluginData }) => {
      if (pluginData === 'real' || !lazy.some(([name, from]) => name.test(path) && from.test(importer))) return undefined;
      const real = await b.resolve(path, { importer, resolveDir, kind, pluginData: 'real' });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: 'lazy-module' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-module' }, async ({ path }) => {
      // The stand-in exports what the real module exports as functions (its functions and classes); an import of
      // anything else fails the build ("No matching export"), so it cannot be made lazy by mistake. A source of the
      // project's own is read for its exported function declarations (Node cannot import TypeScript here); it stays in
      // the bundle, evaluated on first use: as a file apart it would carry its own copy of the core's modules.
      const ours = path.endsWith('.ts');
      const names = ours
        ? [...readFileSync(path, 'utf8').matchAll(/^export function (\w+)/gmu)].map((m) => m[1])
        : Object.entries(await import(pathToFileURL(path).href)).filter(([, value]) => typeof value === 'function').map(([name]) => name);
      const chunk = `${path.split(/[\\/]node_modules[\\/]/u).pop().replace(/\.[cm]?js$/u, '').replace(/[^\w-]+/gu, '-')}.cjs`;
      if (!ours) chunks?.set(chunk, path);
      const lines = [
        'let real;',
        chunks && !ours
          ? `const load = () => (real ??= require(require('node:path').join(__dirname, 'lazy', ${JSON.stringify(chunk)})));`
          : `const load = () => (real ??= require(${JSON.stringify(path)}));`,
        // Called, constructed, read or tested with instanceof, each stand-in does so on the real export.
        'const lazy = (name) => new Proxy(function () {}, {',
        '  apply: (_, self, args) => Reflect.apply(load()[name], self, args),',
        '  construct: (_, args) => Reflect.construct(load()[name], args),',
        '  get: (_, key) => (key === Symbol.hasInstance ? (value) => value instanceof load()[name] : Reflect.get(load()[name], key)),',
        '});',
        ...names.map((name) => (name === 'default' ? 'export default lazy("default");' : `export const ${name} = lazy(${JSON.stringify(name)});`)),
      ];
      return { contents: lines.join('\n'), loader: 'js', resolveDir: root };
    });
  },
});

// jsonc-parser's formatter (which replylint does not use) fills caches of indentation strings when its module loads,
// some 13,000 small strings; marked free of side effects, the unused module is left out of the bundles.
const jsoncWithoutFormatter = {
  name: 'jsonc-without-formatter',
  setup(b) {
    b.onResolve({ filter: /.*/ }, async ({ path, importer, resolveDir, kind, pluginData }) => {
      if (pluginData === 'jsonc' || !/[\\/]jsonc-parser[\\/]/u.test(importer)) return undefined;
      const real = await b.resolve(path, { importer, resolveDir, kind, pluginData: 'jsonc' });
      if (real.errors.length > 0) return { errors: real.errors };
      return { ...real, sideEffects: false };
    });
  },
};

// esbuild writes its output in ASCII except inside regular-expression literals, which it leaves as written: the
// Arabic phrase tables put a few hundred non-ASCII characters there. One of them makes the whole megabyte bundle a
// two-byte string to V8, decoded from UTF-8 and widened on every start (some 10 ms of a one-file lint,
// bench:startup), where an ASCII file is read as bytes. An escape in the literal would change its `source`, which
// the Arabic tables fold letter by letter (rules/src/arabic.ts), so each such literal becomes `new RegExp` of a
// string whose escapes JavaScript decodes: the same pattern, the same source, the same flags.
const nonAscii = /[^\0-\x7F]/gu;
/** A string literal of the text in ASCII: each code unit beyond it as its \\u escape (a pair for a code point beyond the BMP). */
const asciiString = (text) => JSON.stringify(text).replace(/[^\0-\x7F]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
async function bundle(options, { keepPatterns = false } = {}) {
  await build(options);
  const text = readFileSync(options.outfile, 'utf8');
  const literals = [];
  parse(text, {
    ecmaVersion: 'latest',
    sourceType: 'script',
    allowHashBang: true,
    onToken: (token) => {
      if (token.type.label === 'regexp' && (keepPatterns || /[^\0-\x7F]/u.test(token.value.pattern))) literals.push(token);
    },
  });
  let ascii = '';
  let at = 0;
  for (const { start, end, value } of literals) {
    // A space first: the minified code may have the literal right after a keyword (`return/…/`).
    ascii += `${text.slice(at, start)} new RegExp(${asciiString(value.pattern)},${JSON.stringify(value.flags)})`;
    at = end;
  }
  ascii += text.slice(at);
  const left = ascii.match(nonAscii);
  if (left) throw new Error(`release: ${options.outfile} still has non-ASCII characters outside regular expressions (${left.slice(0, 5).join(' ')})`);
  writeFileSync(options.outfile, ascii);
}

// CommonJS, so the same file runs as the single-file executable's main script
// (Node 20 runs only CommonJS there). Packages that read import.meta.url get the
// bundle's own URL; inside the executable's worker, which runs from memory, the
// executable's path stands in.
const common = {
  bundle: true,
  plugins: [noOptionalPicomatch, lazyModules(), jsoncWithoutFormatter],
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Prefer packages' ESM builds: jsonc-parser's UMD build loads its parts with requires a bundler cannot follow.
  mainFields: ['module', 'main'],
  // The core from its sources: a fresh clone (as pre-commit installs it) has no rules/dist yet.
  alias: { '@replylint/rules': `${root}rules/src/index.ts` },
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "var __bundleUrl = require('node:url').pathToFileURL(typeof __filename === 'string' ? __filename : process.execPath).href;" },
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
};

rmSync(pkgDir, { recursive: true, force: true });
mkdirSync(`${pkgDir}bin`, { recursive: true });
const chunks = new Map();
await bundle({ ...common, plugins: [noOptionalPicomatch, lazyModules(chunks), jsoncWithoutFormatter], entryPoints: [`${root}cli/src/bundle.ts`], outfile: `${pkgDir}dist/replylint.cjs` });
for (const [chunk, path] of chunks) await bundle({ ...common, plugins: [noOptionalPicomatch, jsoncWithoutFormatter], entryPoints: [path], outfile: `${pkgDir}dist/lazy/${chunk}` });
await bundle({ ...common, entryPoints: [`${root}cli/src/worker.ts`], outfile: `${pkgDir}dist/worker.cjs` });
// The GitHub Action's entry point (action.yml): the same CLI, plus what a workflow run shows.
await bundle({ ...common, entryPoints: [`${root}cli/src/action-main.ts`], outfile: `${root}action/dist/index.cjs` });
copyFileSync(`${pkgDir}dist/worker.cjs`, `${root}action/dist/worker.cjs`);
copyFileSync(`${root}scripts/release/bin.cjs`, `${pkgDir}bin/replylint.cjs`);
chmodSync(`${pkgDir}bin/replylint.cjs`, 0o755);
cpSync(`${root}schema`, `${pkgDir}schema`, { recursive: true });
copyFileSync(`${root}README.md`, `${pkgDir}README.md`);
copyFileSync(`${root}LICENSE`, `${pkgDir}LICENSE`);
const manifest = {
  name: cli.name,
  version: cli.version,
  description: cli.description,
  license: cli.license,
  repository: { type: 'git', url: 'https://github.com/replylint/replylint' },
  engines: { node: '>=20.19' },
  bin: { replylint: './bin/replylint.cjs' },
  files: ['bin', 'dist', 'schema', 'README.md', 'LICENSE'],
};
writeFileSync(`${pkgDir}package.json`, `${JSON.stringify(manifest, null, 2)}\n`);
if (bundleOnly) process.exit(0);

// The tarball.
const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', out], { cwd: pkgDir, encoding: 'utf8' }).trim().split('\n').pop();
console.log(`release: ${out}${tarball}`);

// The single-file executable: this Node binary with the bundle (and its worker, as an asset) injected.
if (platform() !== 'linux' || arch() !== 'x64') {
  console.log(`release: no single-file executable on ${platform()}-${arch()} (it is built for linux-x64)`);
  process.exit(0);
}
const exe = `${out}replylint-linux-x64`;
const blob = `${out}sea-prep.blob`;
// Its main script is built into a V8 start-up snapshot (cli/src/sea-snapshot.ts): the modules are loaded and the
// phrase tables made here, once, so a run starts from that heap instead of evaluating the bundle again.
const snapshotMain = `${out}sea-snapshot.cjs`;
//
// Before the heap is kept, the snapshot script lints the rules' examples, so the functions a lint calls are compiled
// into it (cli/src/sea-snapshot.ts). V8 cannot keep the machine code that lint compiled its patterns to (the builder
// stops on it), so this bundle keeps a list of every pattern made while the snapshot is built: the banner puts a
// stand-in for RegExp that notes each pattern it makes, and every regular-expression literal becomes a `new RegExp`
// (a literal's pattern is made by V8 from a template the list cannot reach). After the warm-up the script resets
// each noted pattern to its uncompiled state and puts RegExp back, so nothing of this is left in what a run uses.
const notePatterns = `(() => {
  const made = [];
  let building = true;
  const Native = RegExp;
  // A module may have kept the stand-in under a name of its own; after the reset it still makes patterns, unnoted.
  const note = (pattern) => (building && made.push(pattern), pattern);
  globalThis.RegExp = new Proxy(Native, {
    construct: (target, args, newTarget) => note(Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget)),
    apply: (target, self, args) => note(Reflect.apply(target, self, args)),
  });
  globalThis[Symbol.for('replylint.snapshot.patterns')] = () => {
    building = false;
    globalThis.RegExp = Native;
    // V8 keeps compiled patterns by source and flags, and a pattern reset now would be handed back the compiled one:
    // a full garbage collection empties that cache first. Writing a heap snapshot (to nowhere) is the one way to ask
    // for one that leaves no object behind (no --expose-gc: flags set here would keep the snapshot from starting).
    require('node:v8').writeHeapSnapshot(require('node:os').devNull);
    for (const pattern of made) {
      const at = pattern.lastIndex;
      pattern.compile(pattern);
      pattern.lastIndex = at;
    }
    made.length = 0;
    delete globalThis[Symbol.for('replylint.snapshot.patterns')];
  };
})();`;
await bundle({ ...common, banner: { js: `${common.banner.js}\n${notePatterns}` }, entryPoints: [`${root}cli/src/sea-snapshot.ts`], outfile: snapshotMain }, { keepPatterns: true });
writeFileSync(
  `${out}sea-config.json`,
  JSON.stringify({ main: snapshotMain, output: blob, disableExperimentalSEAWarning: true, useSnapshot: true, assets: { 'worker.cjs': `${pkgDir}dist/worker.cjs` } }),
);
// The snapshot builder warns that some built-in modules (worker_threads, readline, sea) are not yet verified in
// snapshots; none is used before the executable's main function runs (test/release.e2e.test.ts runs the executable
// with worker threads and compares its reports with the npm package's). Those warnings are left out of the build's
// output; anything else it says is shown. (--no-warnings cannot be used: the snapshot would keep it and refuse to start.)
const built = spawnSync(process.execPath, ['--experimental-sea-config', `${out}sea-config.json`], { encoding: 'utf8' });
const said = built.stderr
  .split(/\n(?=\(node:\d+\) )/u)
  .filter((w) => !/not yet fully verified whether built-in module/u.test(w))
  .join('\n')
  .trim();
if (said) console.error(said);
if (built.status !== 0) {
  // V8's own failures (a fatal check while writing the snapshot) are printed on standard output.
  if (built.stdout.trim()) console.error(built.stdout.trim());
  throw new Error(`release: building the executable's snapshot failed (${built.signal ?? `exit ${built.status}`})`);
}
rmSync(snapshotMain);
rmSync(exe, { force: true });
copyFileSync(process.execPath, exe);
chmodSync(exe, 0o755);
const { inject } = await import('postject');
await inject(exe, 'NODE_SEA_BLOB', readFileSync(blob), { sentinelFuse: 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2' });
rmSync(blob);
rmSync(`${out}sea-config.json`);
console.log(`release: ${exe}`);

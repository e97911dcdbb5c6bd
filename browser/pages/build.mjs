// Bundles the test pages' editors from the npm registry's packages into
// pages/dist/ (or the folder given as the first argument), next to the pages'
// HTML: the browser tests and the benchmark serve this folder from localhost.
// Tests that run at the same time each build into a folder of their own, so
// none serves a page while another rewrites it.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readdirSync } from 'node:fs';

const here = new URL('.', import.meta.url);
const path = (p) => new URL(p, here).pathname;
const dist = process.argv[2] ?? path('dist');
mkdirSync(dist, { recursive: true });
// npm may nest a copy of lexical under each @lexical/* package; Lexical needs exactly one in a page.
const oneLexical = {
  name: 'one-lexical',
  setup(build) {
    build.onResolve({ filter: /^lexical$/ }, (args) => (args.importer.includes(`${'/'}@lexical/`) ? build.resolve('lexical', { resolveDir: path('.'), kind: args.kind }) : undefined));
  },
};
const editors = readdirSync(path('.')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
await build({
  entryPoints: Object.fromEntries(editors.map((name) => [name, path(`${name}.ts`)])),
  outdir: dist,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'chrome120',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  loader: { '.svg': 'text' },
  plugins: [oneLexical],
});
for (const file of readdirSync(path('.'))) if (file.endsWith('.html')) cpSync(path(file), `${dist}/${file}`);
// TinyMCE loads its theme, model, icons and skin from its own folder at run time: serve the npm package's files.
const tinymce = new URL('../../node_modules/tinymce/', import.meta.url).pathname;
for (const part of ['tinymce.min.js', 'models', 'themes', 'icons', 'skins', 'plugins/lists']) cpSync(`${tinymce}${part}`, `${dist}/tinymce/${part}`, { recursive: true });

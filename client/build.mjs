// Bundles the extension and the language server into dist/ (CommonJS, Node 20,
// `vscode` left to the host) so the .vsix ships no node_modules, and copies the
// rule docs in for the "Show rule documentation" command.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';

const here = new URL('.', import.meta.url);
// Prefer packages' ESM builds: jsonc-parser's UMD build loads its parts with requires a bundler cannot follow.
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'], sourcemap: false, minify: false, logLevel: 'warning', legalComments: 'none' };

await build({ ...common, entryPoints: [new URL('src/extension.ts', here).pathname], outfile: new URL('dist/extension.js', here).pathname, external: ['vscode'] });
await build({ ...common, entryPoints: [new URL('../server/src/main.ts', here).pathname], outfile: new URL('dist/server.js', here).pathname });

const docs = new URL('docs/', here);
rmSync(docs, { recursive: true, force: true });
mkdirSync(docs);
for (const file of readdirSync(new URL('../rules/docs/', here))) cpSync(new URL(`../rules/docs/${file}`, here), new URL(file, docs));

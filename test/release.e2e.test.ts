/**
 * The release artefacts, used the way the README says: `npm run release`, then
 * in an empty folder outside the repository, the tarball copied in, `npm install --save-dev ./replylint-cli-*.tgz`
 * alone and `npx replylint …`; and the single-file executable run with no
 * `node` on PATH.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist-release');
const bad = 'Hi Sam,\n\nYou need to clear your cookies.\n\nBest,\nAna\n';
// Written for this test: a greeting, thanks, an apology, what was done, an invitation and a two-line sign-off.
const arabic = 'مرحبا ليلى،\n\nشكرا لرسالتك. أعتذر عن التأخير في شحن طلبك.\n\nأرسلت لك رقم التتبع اليوم، ويمكنك متابعة الشحنة من صفحة طلباتك.\n\nإذا احتجت أي مساعدة أخرى، راسلينا.\n\nمع خالص التحية،\nسلمى\n';
const clean = "Hi Sam,\n\nI've refunded the charge. Please reach out if anything else comes up.\n\nThanks,\nAna\n";
let project: string;
let tarball: string;

beforeAll(() => {
  execFileSync('npm', ['run', '--silent', 'release'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  tarball = join(out, readdirSync(out).find((f) => /^replylint-cli-.*\.tgz$/u.test(f))!);
  project = mkdtempSync(join(tmpdir(), 'replylint-install-'));
  expect(relative(root, project).startsWith('..')).toBe(true);
  writeFileSync(join(project, 'package.json'), '{ "name": "support-templates", "private": true }\n');
  mkdirSync(join(project, 'replies'));
  writeFileSync(join(project, 'replies', 'bad.txt'), bad);
  writeFileSync(join(project, 'replies', 'clean.txt'), clean);
  // The tarball alone: no workspace, no @replylint/rules from a registry. As the README says: copied into the
  // template repository and installed from there (offline here, to show nothing is fetched).
  copyFileSync(tarball, join(project, basename(tarball)));
  execFileSync('npm', ['install', '--save-dev', '--no-audit', '--no-fund', '--offline', `./${basename(tarball)}`], { cwd: project, stdio: ['ignore', 'ignore', 'inherit'] });
}, 600_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

const npx = (args: string[], input?: string) => spawnSync('npx', ['--no-install', 'replylint', ...args], { cwd: project, encoding: 'utf8', input, maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });

describe('the CLI tarball, installed alone in an empty folder', () => {
  it('installs with no dependencies to fetch, and carries schema, README and LICENSE', () => {
    // package.json names the copied file, so a CI run installs the same one.
    expect(JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')).devDependencies['@replylint/cli']).toBe(`file:${basename(tarball)}`);
    const installed = join(project, 'node_modules', '@replylint', 'cli');
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(manifest.dependencies ?? {}).toEqual({});
    for (const file of ['README.md', 'LICENSE', 'schema/replylint.schema.json', 'bin/replylint.cjs', 'dist/replylint.cjs', 'dist/worker.cjs']) expect(existsSync(join(installed, file)), file).toBe(true);
    expect(readdirSync(join(project, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual(['@replylint']);
  }, 300_000);

  it('ships its bundles in ASCII, which each start reads as bytes instead of decoding UTF-8 into a two-byte string', () => {
    const dist = join(project, 'node_modules', '@replylint', 'cli', 'dist');
    for (const file of ['replylint.cjs', 'worker.cjs']) expect(readFileSync(join(dist, file)).every((byte) => byte < 0x80), file).toBe(true);
    expect(readFileSync(join(root, 'action', 'dist', 'index.cjs')).every((byte) => byte < 0x80)).toBe(true);
  }, 300_000);

  it("keeps V8's code cache: made once by a lint, then used by later runs (a refused cache is written again at each exit), and one per install", () => {
    const cache = mkdtempSync(join(tmpdir(), 'replylint-code-cache-'));
    const env = { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: cache };
    const bin = join(project, 'node_modules', '@replylint', 'cli', 'bin', 'replylint.cjs');
    const lint = () => expect(spawnSync(process.execPath, [bin, 'replies'], { cwd: project, encoding: 'utf8', env }).stdout).toContain('no-negative-phrasing');
    const folder = join(cache, 'replylint');
    // A first run that only prints the version makes no cache: one made from it would hold almost none of the lint.
    expect(spawnSync(process.execPath, [bin, '--version'], { cwd: project, encoding: 'utf8', env }).stdout).toMatch(/^\d+\.\d+\.\d+/u);
    expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([]);
    lint();
    const [made] = readdirSync(folder);
    expect(made).toMatch(/^code-[0-9a-f]{16}-[0-9a-f]{16}\.bin$/u);
    const first = statSync(join(folder, made!)).mtimeMs;
    lint();
    lint();
    expect(readdirSync(folder)).toEqual([made]);
    expect(statSync(join(folder, made!)).mtimeMs).toBe(first);
    // A cache this install left for an earlier bundle is replaced, not kept beside the new one.
    const earlier = `${made!.slice(0, 22)}${'0'.repeat(16)}.bin`;
    renameSync(join(folder, made!), join(folder, earlier));
    lint();
    expect(readdirSync(folder)).toEqual([made]);
    rmSync(cache, { recursive: true, force: true });
  }, 300_000);

  it('npx replylint --help', () => {
    const result = npx(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: replylint');
    expect(result.stdout).toContain('--format, -f');
  }, 300_000);

  it('lints a folder: the bad reply reported, the clean one not, exit codes kept', () => {
    const result = npx(['--format', 'json', 'replies']);
    expect(result.status).toBe(0);
    const results = JSON.parse(result.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    expect(results.map((r) => relative(project, r.filePath))).toEqual(['replies/bad.txt', 'replies/clean.txt']);
    expect(results[0]!.messages.map((m) => m.ruleId)).toContain('no-negative-phrasing');
    expect(results[1]!.messages).toEqual([]);
    expect(npx(['--max-warnings', '0', 'replies']).status).toBe(1);
    expect(npx(['--bogus']).status).toBe(2);
  }, 300_000);

  it('judges each bundled example, linted alone, as the workspace CLI does (the Arabic rules load on first use, mid-check)', () => {
    // Each in a run of its own: the first Arabic reply a process checks is the one that loads the Arabic rule modules.
    mkdirSync(join(project, 'examples'));
    const examples = readdirSync(join(root, 'examples')).filter((f) => /\.(?:txt|md)$/u.test(f));
    expect(examples.some((f) => /arabic/u.test(f))).toBe(true);
    for (const example of examples) {
      writeFileSync(join(project, 'examples', example), readFileSync(join(root, 'examples', example)));
      const bundled = npx(['--format', 'json', `examples/${example}`]);
      const workspace = spawnSync(process.execPath, [join(root, 'cli/bin/replylint.js'), '--format', 'json', `examples/${example}`], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(bundled.stderr, example).toBe('');
      expect(bundled.stdout, example).toBe(workspace.stdout);
    }
  }, 300_000);

  it('lints 300 files or more on worker threads (the bundled worker) with the same reports as one thread and as the workspace CLI', () => {
    const many = join(project, 'many');
    mkdirSync(many);
    // Every kind of reply the bundle's build treats apart: plain text, Markdown and HTML (their parsers are loaded
    // on first use) and Arabic (its tables are built from the patterns' written text).
    const kinds: Array<[string, string]> = [
      ['txt', bad],
      ['txt', clean],
      ['md', `# Re: your order\n\n${bad}`],
      ['html', `<p>Hi Sam,</p><p>You need to clear your <b>cookies</b>.</p><p>Best,<br>Ana</p>`],
      ['txt', arabic],
      // Reported Arabic and emoji: the build rewrites the non-ASCII regular expressions (the Arabic folding reads their
      // source) so the bundle is ASCII.
      ['txt', 'مرحبا ليلى،\n\nيجب عليك إعادة تشغيل الجهاز. سيصل طلبك غدا بالتأكيد 😀.\n\nمع التحية،\nسلمى\n'],
      ['txt', 'Hi Sam 👋,\n\nYou need to clear your cookies 🍪. Your package will arrive tomorrow, guaranteed!\n\nBest,\nAna\n'],
    ];
    for (let i = 0; i < 320; i++) {
      const [extension, text] = kinds[i % kinds.length]!;
      writeFileSync(join(many, `r${String(i).padStart(3, '0')}.${extension}`), text);
    }
    const threaded = npx(['--format', 'json', '--concurrency', '2', 'many']);
    const single = npx(['--format', 'json', '--concurrency', '1', 'many']);
    expect(threaded.stderr).toBe('');
    expect(threaded.status).toBe(0);
    expect(threaded.stdout).toBe(single.stdout);
    expect((JSON.parse(threaded.stdout) as unknown[]).length).toBe(320);
    // The workspace CLI runs the sources as built by tsc, module by module: the bundle must judge as they do.
    const workspace = spawnSync(process.execPath, [join(root, 'cli/bin/replylint.js'), '--format', 'json', '--concurrency', '1', 'many'], { cwd: project, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
    expect(threaded.stdout).toBe(workspace.stdout);
  }, 300_000);

  it('--print-config names the config file and the settings it gives', () => {
    writeFileSync(join(project, '.replylintrc.yaml'), '$schema: ./node_modules/@replylint/cli/schema/replylint.schema.json\nchannel: chat\nrules:\n  require-thanks: error\n');
    try {
      const result = npx(['--print-config', 'replies/bad.txt']);
      expect(result.status).toBe(0);
      const printed = JSON.parse(result.stdout);
      expect(printed).toMatchObject({ configFile: join(project, '.replylintrc.yaml'), channel: 'chat', ignored: false });
      expect(printed.rules['require-thanks']).toBe('error');
      expect(printed.rules['no-overpromise']).toBe('warn');
    } finally {
      rmSync(join(project, '.replylintrc.yaml'));
    }
  }, 300_000);

  it("the README's $schema path exists in the install and is the config schema", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const path = /^\$schema: (\S+)$/mu.exec(readme)?.[1];
    expect(path).toBe('./node_modules/@replylint/cli/schema/replylint.schema.json');
    const schema = JSON.parse(readFileSync(join(project, path!), 'utf8'));
    expect(schema.properties.rules).toBeDefined();
  }, 300_000);
});

describe('the single-file executable', () => {
  it('lints a folder with no node on PATH', () => {
    const exe = join(out, 'replylint-linux-x64');
    const bin = mkdtempSync(join(tmpdir(), 'replylint-no-node-'));
    // PATH holds only an empty folder: no node, no npx.
    const env = { PATH: bin, HOME: project, NO_COLOR: '1' };
    expect(spawnSync('sh', ['-c', 'command -v node'], { env: { PATH: bin } }).status).not.toBe(0);
    const result = spawnSync(exe, ['--format', 'json', 'replies'], { cwd: project, encoding: 'utf8', env });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const results = JSON.parse(result.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    expect(results.map((r) => relative(project, r.filePath))).toEqual(['replies/bad.txt', 'replies/clean.txt']);
    expect(results[0]!.messages.map((m) => m.ruleId)).toContain('no-negative-phrasing');
    // The same reports as the npm install, worker threads included (the worker runs from an asset).
    expect(spawnSync(exe, ['--format', 'json', '--concurrency', '2', 'many'], { cwd: project, encoding: 'utf8', env, maxBuffer: 1 << 28 }).stdout).toBe(npx(['--format', 'json', '--concurrency', '1', 'many']).stdout);
    expect(spawnSync(exe, ['--version'], { encoding: 'utf8', env }).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/u);
    rmSync(bin, { recursive: true });
  }, 300_000);

  it('--init asks its questions on a terminal and writes the config, from the npm install and from the executable', () => {
    // A real terminal (a pty, through Python's pty module): --init asks only when someone can answer. The answers are
    // typed once each question has been printed.
    const drive = [
      'import os, pty, select, sys, time',
      'answers = sys.argv[2:]',
      'pid, fd = pty.fork()',
      'if pid == 0:',
      '    os.execvp(sys.argv[1].split()[0], sys.argv[1].split())',
      'out = b""; asked = 0',
      'while True:',
      '    ready, _, _ = select.select([fd], [], [], 10)',
      '    if not ready: break',
      '    try: data = os.read(fd, 4096)',
      '    except OSError: break',
      '    if not data: break',
      '    out += data',
      '    while asked < len(answers) and out.count(b"]: ") > asked:',
      '        os.write(fd, (answers[asked] + "\\r").encode()); asked += 1',
      '_, status = os.waitpid(pid, 0)',
      'sys.stdout.write(out.decode(errors="replace")); sys.exit(os.waitstatus_to_exitcode(status))',
    ].join('\n');
    const npm = join(project, 'node_modules', '.bin', 'replylint');
    for (const command of [`${npm} --init`, `${join(out, 'replylint-linux-x64')} --init`]) {
      const folder = mkdtempSync(join(tmpdir(), 'replylint-init-'));
      const result = spawnSync('python3', ['-c', drive, command, 'chat', 'macros/**', 'en'], { cwd: folder, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
      expect(result.stdout, command).not.toContain('dynamic import');
      expect(result.stdout, command).toContain('Wrote .replylintrc.yaml (channel chat, language en, templates macros/**)');
      expect(result.status, command).toBe(0);
      const config = readFileSync(join(folder, '.replylintrc.yaml'), 'utf8');
      expect(config).toMatch(/^channel: chat +#/mu);
      expect(config).toMatch(/^language: en +#/mu);
      expect(config).toMatch(/^  - files: "macros\/\*\*"$/mu);
      rmSync(folder, { recursive: true });
    }
  }, 120_000);

  it('runs a formatter of your own, an ES module or CommonJS, from the npm install and from the executable', () => {
    writeFileSync(join(project, 'count.mjs'), 'export default (results, { cwd }) => `${results.length} files in ${cwd}`;\n');
    writeFileSync(join(project, 'count.cjs'), 'module.exports = (results) => `${results.length} files`;\n');
    const exe = join(out, 'replylint-linux-x64');
    for (const run of [(args: string[]) => npx(args), (args: string[]) => spawnSync(exe, args, { cwd: project, encoding: 'utf8' })]) {
      const esm = run(['--format', './count.mjs', 'replies']);
      expect(esm.stderr).toBe('');
      expect(esm.stdout).toBe(`2 files in ${project}\n`);
      expect(run(['--format', './count.cjs', 'replies']).stdout).toBe('2 files\n');
    }
  }, 120_000);

  it('the executable and the npm install read a YAML config, and name its mistakes, alike (the YAML parser and the schema validator are loaded on first use)', () => {
    const exe = join(out, 'replylint-linux-x64');
    const team = join(project, 'team');
    mkdirSync(team);
    writeFileSync(join(team, 'bad.txt'), bad);
    const both = (args: string[]) => [spawnSync(exe, args, { cwd: team, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }), spawnSync('npx', ['--no-install', 'replylint', ...args], { cwd: team, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })];
    writeFileSync(join(team, '.replylintrc.yaml'), 'rules:\n  no-negative-phrasing: off\n');
    for (const result of both(['--format', 'json', 'bad.txt'])) {
      expect(result.stderr).toBe('');
      const rules = (JSON.parse(result.stdout) as Array<{ messages: Array<{ ruleId: string }> }>)[0]!.messages.map((m) => m.ruleId);
      expect(rules).toContain('require-thanks');
      expect(rules).not.toContain('no-negative-phrasing');
    }
    writeFileSync(join(team, '.replylintrc.yaml'), 'rules:\n  no-such-rule: warn\n');
    for (const result of both(['bad.txt'])) {
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('.replylintrc.yaml:2:3: rules.no-such-rule');
    }
    writeFileSync(join(team, '.replylintrc.yaml'), 'rules:\n  no-negative-phrasing: [off\n');
    for (const result of both(['bad.txt'])) {
      expect(result.status).toBe(2);
      // The YAML parser finds the list unclosed where the file ends.
      expect(result.stderr).toContain('.replylintrc.yaml:3:1: invalid YAML');
    }
    rmSync(team, { recursive: true });
  }, 300_000);

  it('the npm install parses Markdown and HTML replies with the parsers it ships apart (dist/lazy/), as the executable does', () => {
    const exe = join(out, 'replylint-linux-x64');
    const lazy = join(project, 'node_modules', '@replylint', 'cli', 'dist', 'lazy');
    // The parsers a plain-text run never loads are files of their own in the package, not in the bundle it reads at start.
    expect(readdirSync(lazy).sort()).toEqual(['rehype-parse-index.cjs', 'remark-parse-index.cjs', 'yaml-dist-index.cjs']);
    const replies = join(project, 'marked-up');
    mkdirSync(replies);
    writeFileSync(join(replies, 'a.md'), 'Hi Sam,\n\n**You must** restart your router.\n\nThanks,\nAna\n');
    writeFileSync(join(replies, 'b.html'), '<p>Hi Sam,</p><p>You need to restart your router.</p><p>Thanks,<br>Ana</p>\n');
    const env = { ...process.env, NO_COLOR: '1' };
    const fromNpm = spawnSync('npx', ['--no-install', 'replylint', '--format', 'json', 'a.md', 'b.html'], { cwd: replies, encoding: 'utf8', env });
    const fromExe = spawnSync(exe, ['--format', 'json', 'a.md', 'b.html'], { cwd: replies, encoding: 'utf8', env });
    const found = (stdout: string) =>
      (JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number }> }>).map((file) => [
        basename(file.filePath),
        file.messages.filter((m) => m.ruleId === 'no-negative-phrasing').map((m) => `${m.line}:${m.column}`),
      ]);
    expect(fromNpm.stderr).toBe('');
    // The emphasis and the tags are markup, not text: the reports stand where the words are.
    expect(found(fromNpm.stdout)).toEqual([
      ['a.md', ['3:3']],
      ['b.html', ['1:18']],
    ]);
    expect(found(fromExe.stdout)).toEqual(found(fromNpm.stdout));
    rmSync(replies, { recursive: true });
  }, 300_000);
});

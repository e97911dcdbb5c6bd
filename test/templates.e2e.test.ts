/**
 * Template repositories in CI: fixture repositories in each format with their
 * expected reports checked exactly, SARIF validated against the 2.1.0 schema,
 * --fix proven idempotent and harmless to placeholders and markup, config
 * errors named, and a generated stress repository that never crashes the CLI
 * or reports on a placeholder.
 */
import { cpSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findPlaceholders } from '../rules/src/index.js';
import { run, type JsonResult } from '../cli/src/index.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const repos = readdirSync(fixtures).filter((name) => statSync(join(fixtures, name)).isDirectory());

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: async () => new Uint8Array(), isTTY: false, env: {} });
  // The JSON report's paths are absolute, as ESLint's are; these tests compare them relative to the repository.
  if (args.includes('json') && stdout.startsWith('[')) stdout = JSON.stringify((JSON.parse(stdout) as JsonResult[]).map((r) => ({ ...r, filePath: relative(cwd, r.filePath) })));
  return { code, stdout, stderr };
}

function copy(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `replylint-${name}-`));
  cpSync(join(fixtures, name), dir, { recursive: true });
  return dir;
}

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** What a report must keep: file, reply, rule, where, the flagged text, the message and the rewrites. */
const summary = (results: JsonResult[]) =>
  results.flatMap((r) =>
    r.messages.map((m) => ({
      file: r.filePath,
      ...(r.reply ? { reply: r.reply } : {}),
      ruleId: m.ruleId,
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
      severity: m.severity,
      actual: m.actual,
      message: m.message,
      expected: m.expected,
    })),
  );

/**
 * The expected reports are written by a person. UPDATE_FIXTURES=1 never
 * overwrites them: it prints what changed and writes the new output beside
 * them as <name>.proposed.json, for review; the test still fails until the
 * expected file is changed by hand.
 */
function propose(expectedPath: string, expected: unknown[], actual: unknown[]): void {
  const show = (entry: unknown): string => JSON.stringify(entry);
  const was = new Set(expected.map(show));
  const now = new Set(actual.map(show));
  const lines = [...expected.filter((e) => !now.has(show(e))).map((e) => `- ${show(e)}`), ...actual.filter((e) => !was.has(show(e))).map((e) => `+ ${show(e)}`)];
  if (lines.length === 0) return;
  const proposed = expectedPath.replace(/\.json$/u, '.proposed.json');
  writeFileSync(proposed, `${JSON.stringify(actual, null, 2)}\n`);
  console.log(`${relative(process.cwd(), expectedPath)} differs from the output (proposed in ${relative(process.cwd(), proposed)}):\n${lines.join('\n')}`);
}

/** The offset where each line starts, for turning 1-based lines and (UTF-16) columns into offsets. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

const tags = (text: string): string[] => (text.match(/<[^>]+>/gu) ?? []).sort();
/** The fixed text's tags less the bare block open/close pairs added beyond the original's (`</p><p>`). */
function withoutAddedParagraphs(fixed: string[], original: string[]): string[] {
  const rest = [...fixed];
  for (const block of ['p', 'div', 'li', 'td', 'blockquote']) {
    const count = (list: string[], tag: string): number => list.filter((t) => t === tag).length;
    const added = Math.min(count(fixed, `<${block}>`) - count(original, `<${block}>`), count(fixed, `</${block}>`) - count(original, `</${block}>`));
    for (let i = 0; i < added; i++) {
      rest.splice(rest.indexOf(`<${block}>`), 1);
      rest.splice(rest.indexOf(`</${block}>`), 1);
    }
  }
  return rest;
}
const placeholders = (text: string): string[] => findPlaceholders(text, { template: true }).map((p) => p.text).sort();

describe('fixture repositories', () => {
  for (const name of repos) {
    it(`${name}: reports exactly what expected.json says`, async () => {
      const { stdout, stderr } = await cli(['--format', 'json', '.'], join(fixtures, name));
      expect(stderr).toBe('');
      const actual = summary(JSON.parse(stdout) as JsonResult[]);
      const expectedPath = fileURLToPath(new URL(`./fixtures-expected/${name}.json`, import.meta.url));
      const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as unknown[];
      if (process.env.UPDATE_FIXTURES) propose(expectedPath, expected, actual);
      expect(actual).toEqual(expected);
    });

    it(`${name}: SARIF output is valid against the SARIF 2.1.0 schema`, async () => {
      const { stdout } = await cli(['--format', 'sarif', '.'], join(fixtures, name));
      const require = createRequire(import.meta.url);
      type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };
      const AjvDraft04 = require('ajv-draft-04') as new (options: object) => { compile(schema: object): Validate };
      const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
      // The schema's patterns predate Unicode mode.
      const validate = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
      const log = JSON.parse(stdout);
      expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      expect(log.runs[0].tool.driver.rules.every((r: { helpUri?: string }) => r.helpUri?.startsWith('https://'))).toBe(true);
    });

    it(`${name}: --fix is idempotent and leaves placeholders, tags and attributes alone`, async () => {
      const dir = copy(name);
      const before = new Map(filesIn(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
      await cli(['--fix', '.'], dir);
      const after = new Map(filesIn(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
      for (const [file, text] of before) {
        const fixed = after.get(file)!;
        expect(placeholders(fixed), file).toEqual(placeholders(text));
        // Every tag stays, attributes and all; the only markup a fix may add is a whole new paragraph (a closing invitation
        // after the last one), as a block's close and reopening.
        expect(withoutAddedParagraphs(tags(fixed), tags(text)), file).toEqual(tags(text));
        if (file.endsWith('.json')) expect(() => JSON.parse(fixed)).not.toThrow();
      }
      const second = await cli(['--fix-dry-run', '.'], dir);
      expect(second.stdout).toBe('');
      expect(second.stderr).toBe('');
      // Nothing safe is left to fix.
      const after2 = JSON.parse((await cli(['--format', 'json', '.'], dir)).stdout) as JsonResult[];
      expect(after2.flatMap((r) => r.messages.filter((m) => m.fix).map((m) => `${r.filePath} ${m.ruleId} ${m.actual}`))).toEqual([]);
      expect(filesIn(dir)).toEqual([...before.keys()]);
    });
  }

  it('applies the team config: glossary, service levels, phrases, overrides and ignores', async () => {
    const { stdout } = await cli(['--format', 'json', '.'], join(fixtures, 'config'));
    const results = JSON.parse(stdout) as JsonResult[];
    expect(results.map((r) => r.filePath)).toEqual(['macros/dns.txt', 'reply.txt']);
    const macro = results[0]!.messages;
    expect(macro.find((m) => m.actual === 'immediately')?.expected[0]).toBe('usually within 5 business days');
    expect(macro.find((m) => m.ruleId === 'team-phrases')?.fix?.text).toBe('as soon as we can');
    expect(macro.some((m) => m.actual === 'DNS')).toBe(false);
    expect(results[1]!.messages.map((m) => [m.ruleId, m.severity])).toEqual([['require-thanks', 2]]);
  });
});

describe('config errors', () => {
  it.each([
    ['.replylintrc.json', '{ "rules": { "no-overpromise": "loud" } }', '.replylintrc.json:1:14: rules.no-overpromise: must be one of "off", "info", "warn", "error"'],
    ['.replylintrc.json', '{ "rules": { "no-such-rule": "warn" } }', '.replylintrc.json:1:14: rules.no-such-rule: is not a known setting (no such rule)'],
    ['.replylintrc.json', '{ "glossary": "DNS" }', '.replylintrc.json:1:3: glossary: must be a list'],
    ['.replylintrc.json', '{ "rules": { "no-overpromise": ["warn", { "serviceLevels": { "shipping": 3 } }] } }', 'rules.no-overpromise'],
    ['.replylintrc.json', '{ "rules": ', '.replylintrc.json:1:12: invalid JSON: the file ends where a value was expected'],
    ['.replylintrc.yaml', 'rules:\n  - [unclosed', '.replylintrc.yaml:2:14: invalid YAML: Flow sequence in block collection must be sufficiently indented'],
    ['package.json', '{ "replylint": { "channel": "fax" } }', 'package.json:1:18: channel: must be one of "email", "chat", "social"'],
  ])('%s %s → %s', async (file, content, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-config-'));
    writeFileSync(join(dir, file), content);
    writeFileSync(join(dir, 'reply.txt'), 'Hi Sam,\n\nThanks! I reset it.\n\nBest,\nAna');
    const { code, stderr, stdout } = await cli(['reply.txt'], dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });
});

describe('a generated stress repository', () => {
  it('lints thousands of templates in every syntax with no crash and no report on a placeholder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-stress-'));
    const syntaxes = [
      (n: string) => `{{ ticket.requester.${n} }}`,
      (n: string) => `{{${n}}}`,
      (n: string) => `{%customer.${n},fallback=there%}`,
      (n: string) => `{{${n} | fallback: "there"}}`,
      (n: string) => `%{recipient.${n}}`,
      (n: string) => `\${order.${n}}`,
      (n: string) => `#{ticket.${n}}`,
      (n: string) => `{${n}}`,
      // Stand-ins ([Your Name], <PROJECT NAME>) are reported in templates too: nothing fills them.
    ];
    const bodies = [
      'You need to check your order number. Your package will arrive tomorrow.',
      "I'm so sorry your order {{order.id}} is late. I've sent a replacement.",
      'Just check your settings and then restart the app and then log in again.',
      'Thanks for your patience &amp; understanding &mdash; we&rsquo;ve refunded {amount}.',
      '{% if vip %}{% if order.late %}We apologise for any inconvenience.{% else %}Thanks!{% endif %}{% endif %}',
      '{{#if trial}}{{#each items}}Item {{name}} ships today.{{/each}}{{/if}}',
    ];
    mkdirSync(join(dir, 'macros'));
    let count = 0;
    for (let i = 0; i < 1500; i++) {
      const make = syntaxes[i % syntaxes.length]!;
      const body = bodies[i % bodies.length]!;
      const text = `Hi ${make('first_name')},\n\n${body} ${make('detail')}\n\nLet us know if you have any other questions.\n\n${make('agent')}\n`;
      const ext = ['.liquid', '.hbs', '.txt', '.md', '.html'][i % 5]!;
      writeFileSync(join(dir, `reply-${i}${ext}`), ext === '.html' ? `<p>${text.replace(/\n\n/gu, '</p><p>')}</p>` : text);
      count++;
    }
    const macros = Array.from({ length: 300 }, (_, i) => ({
      title: `Macro ${i} "quoted" \\ back`,
      actions: [{ field: i % 2 ? 'comment_value' : 'comment_value_html', value: `Hi {{ticket.requester.first_name}},\n\n${bodies[i % bodies.length]} \u2019\u00e9\ud83d\ude00\t"x"\n\n{{current_user.name}}` }],
    }));
    writeFileSync(join(dir, 'macros/export.json'), JSON.stringify({ macros }, null, 1));
    writeFileSync(join(dir, '.replylintrc.json'), JSON.stringify({ template: true }));
    const { code, stdout, stderr } = await cli(['--format', 'json', '.'], dir);
    expect(stderr).toBe('');
    expect([0, 1]).toContain(code);
    const results = JSON.parse(stdout) as JsonResult[];
    expect(results.length).toBe(count + macros.length);
    const contents = new Map<string, string>();
    for (const result of results) {
      const text = contents.get(result.filePath) ?? readFileSync(join(dir, result.filePath), 'utf8');
      contents.set(result.filePath, text);
      const spans = findPlaceholders(text, { template: true });
      const starts = lineStarts(text);
      const offsetOf = (line: number, column: number): number => starts[line - 1]! + column - 1;
      for (const m of result.messages) {
        // No report sits on a placeholder, with a rewrite or without one, and no rewrite is inside one.
        expect(m.ruleId === 'no-unfilled-placeholder' && !m.message.includes('never closed') && !m.message.includes('not open')).toBe(false);
        const ranges: Array<[number, number]> = [[offsetOf(m.line, m.column), offsetOf(m.endLine, m.endColumn)], ...(m.fix ? [m.fix.range] : []), ...m.suggestions.map((s) => s.fix.range)];
        for (const [start, end] of ranges) {
          for (const p of spans) expect(start >= p.start && end <= p.end && end > start, `${result.filePath}: ${m.ruleId} on ${p.text}`).toBe(false);
        }
      }
    }
  }, 120_000);
});

/**
 * Every regular expression of the core, the CLI and the server, checked for
 * super-linear backtracking with recheck (its pure JavaScript backend: no Java,
 * no native binary). Two kinds are collected:
 *
 * - literals, read from the TypeScript sources with the compiler's parser;
 * - expressions built at run time (`new RegExp(…)`: the compiled phrase
 *   tables, the Arabic folded patterns), caught by wrapping the RegExp
 *   constructor while the core is loaded and run over the example replies.
 *   Every `new RegExp` in the sources must be seen built, or be listed in
 *   `notBuiltHere` with the reason.
 *
 * recheck takes seconds for a large pattern, so its verdicts are kept in
 * test/redos-verdicts.json, keyed by recheck's version, the parameters and a
 * hash of the pattern: a pattern not found there (a new one, or a changed
 * one) is checked now. `REDOS_UPDATE=1` rewrites the file with the current
 * patterns' verdicts; `REDOS_RECHECK=1` ignores it and checks everything.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { lowerSource } from '../rules/src/lowered.js';
import { eachStructural, everyTable } from '../rules/src/phrases.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const roots = ['rules/src', 'cli/src', 'server/src'];
const verdictFile = join(root, 'test/redos-verdicts.json');

interface Pattern {
  /** Where it is written (a literal) or whose code built it, relative to the repository. */
  file: string;
  line?: number;
  source: string;
  flags: string;
}

/**
 * Patterns recheck finds vulnerable that stay, each with its reason. None do
 * today; a vulnerable pattern not listed here fails the test, and so does an
 * entry that no longer matches a pattern. Long patterns (compiled tables) are
 * named by the SHA-256 of their source (`begins` is for reading).
 */
const knownVulnerable: ReadonlyArray<{ file: string; source?: string; sha256?: string; begins?: string }> = [];

/** Patterns recheck cannot decide within its budget, each with the reason it stays. */
const undecided: ReadonlyArray<{ file: string; source?: string; sha256?: string; begins?: string; reason: string }> = [
  {
    file: 'rules/src/rules/no-unclear-instructions-ar.ts',
    sha256: 'ca61ef5bec8bf80f',
    begins: '(?:[،,؛]\\s{0,20})?(?:(?:و|ف)?ثم|وبعد ذلك|',
    reason:
      'stepSeparator: words that chain steps («ثم»، «وبعد ذلك»، «وعاد» …) between bounded runs of white space, each alternative a fixed word; ' +
      'recheck runs out of its 30 s on its size since «وعاد» joined it (an idle two-core machine, 2026-12-07). Split on 5,000 to 40,000 repeats of ' +
      'its worst inputs (runs of «، » and of spaces, «وبعد », «،{20 spaces}ثم») the time doubles with the length: 2, 5, 8, 17 ms.',
  },
];

/** `new RegExp` calls whose patterns cannot be enumerated here. */
const notBuiltHere: ReadonlyArray<{ file: string; reason: string }> = [
  { file: 'cli/src/report/command.ts', reason: "`--group-by` is the user's own pattern, typed on their command line, never read from a file" },
];

/**
 * recheck's budget for one pattern. Its fuzzer's time limits are replaced by step limits, so a verdict does not
 * depend on how busy the machine is; a pattern it cannot decide in 30 s is "unknown".
 */
const params = { timeout: 30_000, randomSeed: 0, attackTimeout: null, incubationTimeout: null, seedingTimeout: null, attackLimit: 10_000_000 } as const;

function sourceFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.ts$/u.test(entry.name) && !/\.(?:test|d)\.ts$/u.test(entry.name)) found.push(path);
    }
  };
  for (const dir of roots) walk(join(root, dir));
  return found;
}

/** Regex literals, and the files and lines of `new RegExp(…)` / `RegExp(…)` calls. */
function readSources(): { literals: Pattern[]; constructed: Array<{ file: string; line: number }> } {
  const literals: Pattern[] = [];
  const constructed: Array<{ file: string; line: number }> = [];
  for (const path of sourceFiles()) {
    const file = relative(root, path);
    const tree = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const lineOf = (node: ts.Node): number => tree.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text;
        const slash = text.lastIndexOf('/');
        literals.push({ file, line: lineOf(node), source: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        constructed.push({ file, line: lineOf(node) });
      }
      ts.forEachChild(node, visit);
    };
    visit(tree);
  }
  return { literals, constructed };
}

/** The project file whose code asked for a pattern: the first frame outside the helpers that only assemble one. */
const builders = new Set(['rules/src/arabic.ts', 'rules/src/phrases.ts']);

function ownerOf(stack: string): string | undefined {
  const files = [...stack.matchAll(/\((?:file:\/\/)?([^():]+\.ts):\d+:\d+\)|at (?:file:\/\/)?([^():\s]+\.ts):\d+:\d+/gu)]
    .map((m) => relative(root, m[1] ?? m[2]!))
    .filter((file) => roots.some((dir) => file.startsWith(`${dir}/`)));
  return files.find((file) => !builders.has(file)) ?? files[0];
}

/** Loads the core with the RegExp constructor wrapped, runs it over the examples, and returns what was built. */
async function builtPatterns(): Promise<Pattern[]> {
  const Real = RegExp;
  const built: Pattern[] = [];
  globalThis.RegExp = new Proxy(Real, {
    construct(target, args: [string | RegExp, string?], newTarget) {
      const made = Reflect.construct(target, args, newTarget) as RegExp;
      const file = ownerOf(new Error().stack ?? '');
      if (file) built.push({ file, source: made.source, flags: made.flags });
      return made;
    },
  });
  try {
    const core = await import('../rules/src/index.js');
    await import('../cli/src/index.js');
    const examples = join(root, 'examples');
    for (const name of readdirSync(examples)) {
      const text = readFileSync(join(examples, name), 'utf8');
      const format = name.endsWith('.md') ? 'markdown' : 'text';
      for (const channel of ['email', 'chat', 'social'] as const) core.review(text, { channel, format, preset: 'strict' });
      core.review(text, { template: true, format: 'html' });
    }
  } finally {
    globalThis.RegExp = Real;
  }
  return built;
}

/** The source's alternatives at the top level (one when it has no top-level "|"). */
function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let from = 0;
  eachStructural(source, (at, c, depth) => {
    if (c === '|' && depth === 0) {
      parts.push(source.slice(from, at));
      from = at + 1;
    }
    return false;
  });
  parts.push(source.slice(from));
  return parts;
}

/** Whether the group that opens a part closes only at its end: "(?:a)" is one group, "(?:a)b(?:c)" is not. */
function closesAtEnd(part: string): boolean {
  let closes = -1;
  eachStructural(part, (at, c, depth) => {
    if (c === ')' && depth === 0) closes = at;
    return closes !== -1;
  });
  return closes === part.length - 1;
}

type Verdict = 'safe' | `vulnerable ${string}` | `unknown ${string}`;

const require = createRequire(import.meta.url);
const recheckVersion = (require('recheck/package.json') as { version: string }).version;

const keyOf = (p: Pattern): string => createHash('sha256').update(`${recheckVersion}\u0000${JSON.stringify(params)}\u0000${checkedFlags(p.flags)}\u0000${p.source}`).digest('hex');
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
/** g, y and d change where a search starts or what it records, not how it backtracks. */
const checkedFlags = (flags: string): string => flags.replace(/[gyd]/gu, '');

function readVerdicts(): Record<string, Verdict> {
  if (process.env.REDOS_RECHECK === '1') return {};
  try {
    return (JSON.parse(readFileSync(verdictFile, 'utf8')) as { verdicts: Record<string, Verdict> }).verdicts;
  } catch {
    return {};
  }
}

function recheck(p: Pattern): Verdict {
  process.env.RECHECK_BACKEND = 'pure';
  const { checkSync } = require('recheck') as typeof import('recheck');
  const result = checkSync(p.source, checkedFlags(p.flags), params);
  if (result.status === 'safe') return 'safe';
  if (result.status === 'vulnerable') return `vulnerable ${result.complexity.type}: ${result.attack.pattern.slice(0, 120)}`;
  return `unknown ${result.error.kind}`;
}

describe('ReDoS', () => {
  it('every regular expression in rules/, cli/ and server/ is safe, or listed', { timeout: 60 * 60_000 }, async () => {
    const { literals, constructed } = readSources();
    const built = await builtPatterns();

    // Every place that builds a pattern was seen building one, or says why it cannot be.
    const builtBy = new Set(built.map((p) => p.file));
    const unseen = constructed.filter((c) => !builtBy.has(c.file) && !builders.has(c.file) && !notBuiltHere.some((n) => n.file === c.file));
    expect(unseen).toEqual([]);

    const patterns = new Map<string, Pattern>();
    for (const p of [...literals, ...built]) {
      const key = keyOf(p);
      if (!patterns.has(key)) patterns.set(key, p);
    }
    const verdicts = readVerdicts();
    const current: Record<string, Verdict> = {};
    for (const [key, p] of patterns) current[key] = verdicts[key] ?? recheck(p);
    if (process.env.REDOS_UPDATE === '1') {
      writeFileSync(verdictFile, `${JSON.stringify({ recheck: recheckVersion, params, verdicts: Object.fromEntries(Object.entries(current).sort()) }, null, 1)}\n`);
    }

    // An alternation of patterns each found safe is safe, whatever recheck can decide of the whole: at each place the
    // engine tries one alternative after the other, so its work is the sum of theirs. (The core joins some patterns so
    // that a sentence is searched once for several; recheck's budget is spent long before it has read such a union.)
    const safe = [...patterns].filter(([key]) => current[key] === 'safe').map(([, p]) => ({ source: p.source, flags: checkedFlags(p.flags) }));
    const safePart = (source: string, flags: string): boolean =>
      safe.some(
        (s) =>
          (s.flags === flags && s.source === source) ||
          // The lower-case copy of a safe pattern (lowered.ts), which runs on lower-cased text without the i flag.
          (s.flags.includes('i') && s.flags.replace('i', '') === flags && lowerSource(s.source) === source),
      );
    // So is "\b(?:(?:a)|(?:b))" when "\ba" and "\bb" are: the word boundary every part opens with, checked once.
    const unionOfSafe = (p: Pattern): boolean => {
      const led = p.source.startsWith('\\b(?:') && closesAtEnd(p.source.slice(2));
      const lead = led ? '\\b' : '';
      const parts = topLevelAlternatives(led ? p.source.slice(5, -1) : p.source);
      return parts.length > 1 && parts.every((part) => part.startsWith('(?:') && closesAtEnd(part) && safePart(lead + part.slice(3, -1), checkedFlags(p.flags)));
    };
    // A phrase table's faster search (phrases.ts, `scan`) is the table's own alternation behind another zero-width edge,
    // used only for tables whose every phrase begins with a word character: at each place it tries what the table's
    // regex tries, or fails on the first character, so it backtracks no more than the table's regex does.
    const tableOf = new Map(everyTable.filter((t) => t.scan).map((t) => [t.scan!.source, t.regex.source]));
    const safeTableSearch = (p: Pattern): boolean => {
      const table = tableOf.get(p.source);
      return table !== undefined && safe.some((s) => s.source === table && s.flags === checkedFlags(p.flags));
    };
    for (const [key, p] of patterns) if (current[key] !== 'safe' && (unionOfSafe(p) || safeTableSearch(p))) current[key] = 'safe';

    const matches = (entry: { file: string; source?: string; sha256?: string }, p: Pattern): boolean =>
      entry.file === p.file && (entry.source === p.source || (entry.sha256 !== undefined && sha256(p.source).startsWith(entry.sha256)));
    const problems: string[] = [];
    const listed = new Set<object>();
    for (const [key, p] of patterns) {
      const verdict = current[key]!;
      const where = `${p.file}${p.line ? `:${p.line}` : ''} /${p.source.length > 200 ? `${p.source.slice(0, 200)}…` : p.source}/${p.flags} (sha256 ${sha256(p.source).slice(0, 16)})`;
      if (verdict === 'safe') continue;
      const entry = verdict.startsWith('vulnerable') ? knownVulnerable.find((e) => matches(e, p)) : undecided.find((e) => matches(e, p));
      if (entry) listed.add(entry);
      else problems.push(`${verdict}\n    ${where}`);
    }
    if (problems.length > 0) console.log(`ReDoS: ${problems.length} patterns neither safe nor listed:\n${problems.join('\n')}`);
    expect(problems).toEqual([]);
    // A listed pattern that is gone or fixed leaves the list.
    expect([...knownVulnerable, ...undecided].filter((entry) => !listed.has(entry))).toEqual([]);
  });
});

describe('an alternation of safe patterns', () => {
  it('is split at its top level only, each part a whole group', () => {
    expect(topLevelAlternatives('(?:a|b)|(?:[|]c)|\\|d')).toEqual(['(?:a|b)', '(?:[|]c)', '\\|d']);
    expect(topLevelAlternatives('ab')).toEqual(['ab']);
    expect(closesAtEnd('(?:a(b))')).toBe(true);
    expect(closesAtEnd('(?:a)b(?:c)')).toBe(false);
    expect(closesAtEnd('(?:a\\))')).toBe(true);
  });
});

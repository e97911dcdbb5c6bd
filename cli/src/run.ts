import { parseArgs, type ParseArgsConfig } from 'node:util';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError, channels, languages, presets, ruleIds, version, type Channel, type Language, type LintOptions, type PresetName, type RuleSetting, type SeverityOrOff } from '@replylint/rules';
import { InputError, decodeReply, defaultMaxFileSize, discover, readReply } from './files.js';
import { lintFile, lintText, type FileResult, type InputProblem } from './lint-files.js';
import { maxThreads, processAll } from './pool.js';
import { smallRunBytes } from './regexp-speed.js';
import { ResultCache } from './cache.js';
import { writeReport } from './write.js';
import { printable } from './printable.js';
import { closest } from './suggest.js';
import { runInit } from './init.js';
import { runReport } from './report/command.js';
import type { FileJob } from './process-file.js';
import { ConfigFileError, ConfigResolver, loadConfigFile, toLintOptions, type Settings } from './config.js';
import { formatJson, toJsonResult, type JsonResult } from './formatters/json.js';
import { formatStylish } from './formatters/stylish.js';
import { formatSarif } from './formatters/sarif.js';
import { formatGithub } from './formatters/github.js';
import { formatJunit } from './formatters/junit.js';

export interface Io {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard input's bytes; a reader may stop once it has more than `limit` of them. */
  readStdin(limit: number): Promise<Uint8Array>;
  isTTY: boolean;
  env: Record<string, string | undefined>;
  /** Asks one question on the terminal (for --init); absent when no one can answer. */
  prompt?: (question: string) => Promise<string>;
  /**
   * Told how many bytes the run lints (counted up to a little past `smallRunBytes`), once, before the first lint:
   * the process's entry point then chooses how V8 compiles the rules' patterns (regexp-speed.ts).
   */
  tuneRegexps?: (bytes: number) => void;
}

const formats = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
/** A built-in format, or a formatter module named by path or package. */
type OutputFormat = (typeof formats)[number] | { module: string };

/** The size of the files the jobs read, counted until it passes `smallRunBytes` (a file that cannot be read counts nothing here). */
function inputBytes(jobs: readonly FileJob[]): number {
  let bytes = 0;
  for (const job of jobs) {
    if (bytes > smallRunBytes) break;
    try {
      bytes += statSync(job.absolute).size;
    } catch {
      // Said when the file is read.
    }
  }
  return bytes;
}

export const usage = `Usage: replylint [options] [paths or globs…]
       replylint report [options] <paths or globs…>   (an HTML report for trainers)

Lints customer-support replies: .txt, .md/.markdown and .html/.htm files,
templates (.liquid, .hbs, .handlebars, .mustache, .ftl, .j2, .jinja, .jinja2,
.tmpl), and exports holding many replies (Zendesk macro JSON; JSON, YAML or
CSV with "replies" in the config). Folders are read
recursively. A config file (.replylintrc.json, .replylintrc.yaml,
replylint.config.json or a "replylint" key in package.json) is found by
walking up from each file.

Options:
  --format, -f <name>      stylish (default), json (ESLint's shape), sarif,
                           github (workflow annotations), junit, or a
                           formatter module: ./formatter.js or a package name
  --output-file, -o <path> write the report to a file instead of standard output
  --rule <id>=<severity>   off, info, warn or error; repeat for more rules
  --preset <name>          recommended or strict (over the config's "extends")
  --channel <name>         email, chat or social (over the config)
  --template               treat the files as templates: placeholders are expected
                           (the default for the template extensions above)
  --language <lang>        auto (default: per reply, from the words of its
                           prose), en or ar
  --config, -c <path>      use this config file for every file (no lookup)
  --print-config <file>    print the settings that apply to this file; lint nothing
  --init                   write a commented .replylintrc.yaml here; asks on a
                           terminal, or takes --channel, --language, --preset and
                           --init-templates <folder or glob> (repeatable)
  --quiet                  report errors only (warnings are not shown or counted)
  --report-unused-disable-directives
                           report replylint-disable comments that silence
                           nothing, as errors (--fix removes them)
  --report-unused-disable-directives-severity <level>
                           the same at off, info, warn or error
  --max-warnings <n>       exit 1 when there are more warnings than this
  --fix                    apply the safe rewrites to the files, atomically
  --fix-dry-run            print the diff --fix would make; write nothing (with
                           --stdin: print the fixed text)
  --score                  print each reply's score (0-100) and checklist
  --cache                  skip files unchanged since the last run
  --cache-location <path>  where to keep the cache (default .replylintcache)
  --stdin                  read one reply from standard input
  --stdin-filename <path>  the name to report for standard input
  --max-file-size <MiB>    refuse larger files (default ${defaultMaxFileSize / 1048576})
  --concurrency <n>        lint on this many threads (default and most: one per core)
  --color, --no-color      force colours on or off
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 clean (or warnings within --max-warnings), 1 errors or too many
warnings, 2 a usage, config or input error.
`;

class UsageError extends Error {}

const optionSpec = {
  format: { type: 'string', short: 'f', default: 'stylish' },
  'output-file': { type: 'string', short: 'o' },
  rule: { type: 'string', multiple: true, default: [] as string[] },
  preset: { type: 'string' },
  channel: { type: 'string' },
  template: { type: 'boolean' },
  language: { type: 'string' },
  config: { type: 'string', short: 'c' },
  'print-config': { type: 'string' },
  init: { type: 'boolean', default: false },
  'init-templates': { type: 'string', multiple: true, default: [] as string[] },
  quiet: { type: 'boolean', default: false },
  'report-unused-disable-directives': { type: 'boolean' },
  'report-unused-disable-directives-severity': { type: 'string' },
  'max-warnings': { type: 'string', default: '-1' },
  fix: { type: 'boolean', default: false },
  'fix-dry-run': { type: 'boolean', default: false },
  score: { type: 'boolean', default: false },
  cache: { type: 'boolean', default: false },
  'cache-location': { type: 'string', default: '.replylintcache' },
  stdin: { type: 'boolean', default: false },
  'stdin-filename': { type: 'string', default: '<stdin>' },
  'max-file-size': { type: 'string' },
  concurrency: { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} satisfies ParseArgsConfig['options'];

/** parseArgs's own message for an unknown option, told in our words, with the nearest known option. */
function unknownOption(error: Error & { code?: string }): string {
  const match = /^Unknown option '(-{1,2})([^']*)'/u.exec(error.message);
  if (error.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || !match) return error.message;
  const given = match[2]!;
  const guess = closest(given, Object.keys(optionSpec));
  return `unknown option ${match[1]}${given}${guess ? `; did you mean --${guess}?` : ''}`;
}

interface Parsed {
  init: boolean;
  initTemplates: string[];
  /** --language as typed (auto included), for --init. */
  rawLanguage?: string;
  format: OutputFormat;
  printConfig?: string;
  quiet: boolean;
  cache?: string;
  concurrency?: number;
  outputFile?: string;
  flags: LintOptions;
  configPath?: string;
  score: boolean;
  maxWarnings: number;
  fix: boolean;
  fixDryRun: boolean;
  stdin: boolean;
  stdinFilename: string;
  maxFileSize: number;
  color: boolean | undefined;
  paths: string[];
  help: boolean;
  version: boolean;
}

function parse(argv: readonly string[]): Parsed {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: optionSpec,
    });
  } catch (error) {
    throw new UsageError(unknownOption(error as Error));
  }
  const v = parsed.values;
  // A name with a slash or a dot, or one of no built-in format, is a formatter module (a path or a package).
  const builtIn = formats.includes(v.format as (typeof formats)[number]);
  if (!builtIn && [...v.format].every((c) => c >= 'a' && c <= 'z')) {
    const guess = closest(v.format, formats);
    if (guess) throw new UsageError(`--format: no format "${v.format}"; did you mean ${guess}? (a formatter module is named by a path such as ./formatter.js, or a package)`);
  }
  const format: OutputFormat = builtIn ? (v.format as (typeof formats)[number]) : { module: v.format };
  if (v.preset !== undefined && v.preset !== 'recommended' && v.preset !== 'strict') throw new UsageError(`--preset must be recommended or strict; got "${v.preset}"`);
  if (v.channel !== undefined && !channels.includes(v.channel as Channel)) throw new UsageError(`--channel must be one of ${channels.join(', ')}; got "${v.channel}"`);
  if (v.language !== undefined && v.language !== 'auto' && !languages.includes(v.language as Language)) throw new UsageError(`--language must be auto, ${languages.join(' or ')}; got "${v.language}"`);
  const maxWarnings = Number(v['max-warnings']);
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError(`--max-warnings takes a whole number; got "${v['max-warnings']}"`);
  const maxFileSize = v['max-file-size'] === undefined ? defaultMaxFileSize : Number(v['max-file-size']) * 1048576;
  if (!Number.isFinite(maxFileSize) || maxFileSize <= 0) throw new UsageError(`--max-file-size takes a number of MiB; got "${v['max-file-size']}"`);
  const concurrency = v.concurrency === undefined ? undefined : Number(v.concurrency);
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1)) throw new UsageError(`--concurrency takes a whole number of threads; got "${v.concurrency}"`);
  const rules: Record<string, RuleSetting> = {};
  for (const item of v.rule ?? []) {
    const match = /^([a-z-]+)=(off|info|warn|error)$/u.exec(item);
    if (!match) throw new UsageError(`--rule takes <id>=off|info|warn|error; got "${item}"`);
    if (!ruleIds.includes(match[1]!)) {
      const guess = closest(match[1]!, ruleIds);
      throw new UsageError(`--rule: unknown rule "${match[1]}"${guess ? `; did you mean ${guess}?` : `; known rules: ${ruleIds.join(', ')}`}`);
    }
    rules[match[1]!] = match[2] as RuleSetting;
  }
  if (v.stdin && parsed.positionals.length > 0) throw new UsageError('--stdin reads one reply from standard input; give no paths with it');
  if (v.stdin && v.fix) throw new UsageError('--fix writes files; it does not apply to --stdin (--fix-dry-run prints the fixed text)');
  const flags: LintOptions = { rules };
  const unused = v['report-unused-disable-directives-severity'];
  if (unused !== undefined && !['off', 'info', 'warn', 'error'].includes(unused)) {
    throw new UsageError(`--report-unused-disable-directives-severity must be off, info, warn or error; got "${unused}"`);
  }
  if (unused !== undefined) flags.reportUnusedDisableDirectives = unused as SeverityOrOff;
  else if (v['report-unused-disable-directives'] !== undefined) flags.reportUnusedDisableDirectives = v['report-unused-disable-directives'] ? 'error' : 'off';
  if (v.preset) flags.preset = v.preset as PresetName;
  if (v.channel) flags.channel = v.channel as Channel;
  if (v.template !== undefined) flags.template = v.template;
  // `auto` on the command line undoes a language set in the config.
  if (v.language !== undefined) flags.language = v.language === 'auto' ? undefined : (v.language as Language);
  return {
    format,
    init: v.init ?? false,
    initTemplates: v['init-templates'] ?? [],
    ...(v.language !== undefined ? { rawLanguage: v.language } : {}),
    ...(v['print-config'] !== undefined ? { printConfig: v['print-config'] } : {}),
    quiet: v.quiet ?? false,
    ...(v.cache && !v.fix && !v['fix-dry-run'] ? { cache: v['cache-location'] ?? '.replylintcache' } : {}),
    ...(concurrency !== undefined ? { concurrency } : {}),
    ...(v['output-file'] ? { outputFile: v['output-file'] } : {}),
    flags,
    ...(v.config ? { configPath: v.config } : {}),
    score: v.score ?? false,
    maxWarnings,
    fix: v.fix ?? false,
    fixDryRun: v['fix-dry-run'] ?? false,
    stdin: v.stdin ?? false,
    stdinFilename: v['stdin-filename'] ?? '<stdin>',
    maxFileSize,
    color: v['no-color'] ? false : v.color,
    paths: parsed.positionals,
    help: v.help ?? false,
    version: v.version ?? false,
  };
}

/** The options for a file: its config's settings, then the command line's flags over them. */
function optionsFor(settings: Settings, flags: LintOptions): LintOptions & { replies?: Settings['replies'] } {
  const fromConfig = toLintOptions(settings);
  return { ...fromConfig, ...flags, rules: { ...fromConfig.rules, ...flags.rules } };
}

/** --print-config: the settings one file gets (config found for it, then the command line), every rule's severity spelled out. */
function printConfig(args: Parsed, io: Io): number {
  const file = args.printConfig!;
  const absolute = isAbsolute(file) ? file : resolve(io.cwd, file);
  try {
    let config: { settings: Settings; ignored: boolean; configPath?: string };
    if (args.configPath) {
      const path = isAbsolute(args.configPath) ? args.configPath : resolve(io.cwd, args.configPath);
      const loaded = loadConfigFile(path, args.configPath);
      if (!loaded) throw new ConfigFileError(args.configPath, 'replylint', 'package.json has no "replylint" key');
      config = { settings: loaded.config, ignored: false, configPath: path };
    } else config = new ConfigResolver(io.cwd, (warning) => io.stderr(`replylint: warning: ${printable(warning)}\n`)).forFile(absolute);
    const { replies, ...options } = optionsFor(config.settings, args.flags);
    const preset = options.preset ?? 'recommended';
    const rules = Object.fromEntries(ruleIds.map((id) => [id, options.rules?.[id] ?? presets[preset][id] ?? 'off']));
    const printed = { configFile: config.configPath ?? null, ignored: config.ignored, ...options, rules, ...(replies ? { replies } : {}) };
    io.stdout(`${JSON.stringify(printed, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ConfigFileError || error instanceof ConfigError) {
      io.stderr(`replylint: ${error instanceof ConfigFileError ? 'invalid config ' : ''}${printable(error.message)}\n`);
      return 2;
    }
    throw error;
  }
}

/**
 * --format with a module: a path (./formatter.js) or a package (then also
 * replylint-formatter-<name>), found from the working folder. Like ESLint's,
 * it exports a function from the results (ESLint's JSON shape, absolute
 * paths) to the report's text. It is code the user chose to run.
 */
type Formatter = (results: JsonResult[], context: { cwd: string }) => unknown;
async function loadFormatter(spec: string, cwd: string): Promise<Formatter> {
  const requireHere = createRequire(join(cwd, '__replylint__.js'));
  let path: string | undefined;
  if (spec.startsWith('.') || isAbsolute(spec)) path = resolve(cwd, spec);
  else {
    for (const name of [spec, `replylint-formatter-${spec}`]) {
      try {
        path = requireHere.resolve(name);
        break;
      } catch {
        // try the next name
      }
    }
    if (!path) throw new Error(`no format "${spec}": the built-in ones are ${formats.join(', ')}; no formatter package "${spec}" (or replylint-formatter-${spec}) is installed here; a formatter file is named by a path such as ./formatter.js`);
  }
  let loaded: unknown;
  try {
    loaded = requireHere(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'MODULE_NOT_FOUND') throw new Error(`no such formatter file: ${path}`);
    if (code !== 'ERR_REQUIRE_ESM' && code !== 'ERR_REQUIRE_ASYNC_MODULE') throw error;
    loaded = await import(pathToFileURL(path).href);
  }
  const candidate = typeof loaded === 'function' ? loaded : (loaded as { default?: unknown } | null)?.default;
  if (typeof candidate !== 'function') throw new Error(`${path} must export a function (results, context) => string`);
  return candidate as Formatter;
}

async function runFormatter(formatter: Formatter, results: readonly FileResult[], texts: ReadonlyMap<string, string>, cwd: string): Promise<string> {
  const json: JsonResult[] = results.map((r) => toJsonResult({ ...r, filePath: absolutePath(r.filePath, cwd) }, texts.get(r.filePath)));
  const out: unknown = await formatter(json, { cwd });
  if (typeof out !== 'string') throw new Error(`it returned ${out === null ? 'null' : typeof out}, not the report's text`);
  return out === '' || out.endsWith('\n') ? out : `${out}\n`;
}

/** A reported file's absolute path (standard input keeps its name). */
export function absolutePath(file: string, cwd: string): string {
  return file === '<stdin>' || isAbsolute(file) ? file : resolve(cwd, file);
}

/** A one-line progress bar on standard error, for long runs on a terminal. */
function progressBar(io: Io): (done: number, total: number) => void {
  return (done, total) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    io.stderr(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} files`);
  };
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  if (argv[0] === 'report') return runReport(argv.slice(1), io);
  let args: Parsed;
  try {
    args = parse(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`replylint: ${error.message}\nRun replylint --help for usage.\n`);
      return 2;
    }
    throw error;
  }
  if (args.help) {
    io.stdout(usage);
    return 0;
  }
  if (args.version) {
    io.stdout(`${version}\n`);
    return 0;
  }
  if (args.printConfig !== undefined) return printConfig(args, io);
  if (args.init) {
    try {
      return await runInit(io, { channel: args.flags.channel, language: args.rawLanguage, preset: args.flags.preset, templates: args.initTemplates });
    } catch (error) {
      if (error instanceof ConfigFileError) {
        io.stderr(`replylint: --init wrote a config that does not load: ${printable(error.message)}\n`);
        return 2;
      }
      throw error;
    }
  }
  let formatter: Formatter | undefined;
  if (typeof args.format === 'object') {
    // Loaded before linting, so a wrong name costs nothing.
    try {
      formatter = await loadFormatter(args.format.module, io.cwd);
    } catch (error) {
      io.stderr(`replylint: --format ${printable(args.format.module)}: ${printable((error as Error).message)}\n`);
      return 2;
    }
  }
  if (!args.stdin && args.paths.length === 0) {
    io.stderr('replylint: give files, folders or globs to lint, or --stdin\nRun replylint --help for usage.\n');
    return 2;
  }

  let fixedConfig: Settings | undefined;
  const results: FileResult[] = [];
  const texts = new Map<string, string>();
  const problems: InputProblem[] = [];
  /** Said on standard error without failing the run: files left out on purpose. */
  const notes: string[] = [];
  /** Said on standard error without failing the run: a cache that could not be used, a package.json passed over. */
  const warnings: string[] = [];
  const diffs: string[] = [];
  const resolver = new ConfigResolver(io.cwd, (warning) => warnings.push(warning));

  try {
    if (args.configPath) {
      const path = isAbsolute(args.configPath) ? args.configPath : resolve(io.cwd, args.configPath);
      const loaded = loadConfigFile(path, args.configPath);
      if (!loaded) throw new ConfigFileError(args.configPath, 'replylint', 'package.json has no "replylint" key');
      fixedConfig = loaded.config;
    }
    if (args.stdin) {
      const bytes = await io.readStdin(args.maxFileSize);
      if (bytes.byteLength > args.maxFileSize) throw new InputError(args.stdinFilename, `standard input is over the ${(args.maxFileSize / 1048576).toFixed(0)} MiB limit for one reply; stopped reading it`);
      const text = decodeReply(args.stdinFilename, bytes, args.maxFileSize);
      io.tuneRegexps?.(bytes.byteLength);
      const settings = fixedConfig ?? resolver.forFile(args.stdinFilename).settings;
      texts.set(args.stdinFilename, text);
      if (args.fixDryRun) {
        // Nothing to write: the fixed text is the answer, as an editor integration wants it.
        const outcome = lintFile(args.stdinFilename, text, optionsFor(settings, args.flags), true);
        io.stdout(outcome.fixed ?? text);
        return 0;
      }
      results.push(lintText(args.stdinFilename, text, optionsFor(settings, args.flags)));
    } else {
      const { files, explicit, errors, notes: skipped } = await discover(args.paths, io.cwd);
      problems.push(...errors.map((e) => ({ path: e.path, text: e.message })));
      notes.push(...skipped);
      const jobs: FileJob[] = [];
      for (const file of files) {
        const absolute = isAbsolute(file) ? file : join(io.cwd, file);
        const config = fixedConfig ? { settings: fixedConfig, ignored: false } : resolver.forFile(absolute);
        if (config.ignored) {
          // ESLint's convention: a file named on the command line and ignored is said, not skipped in silence.
          if (explicit.has(file)) warnings.push(`${file}: ignored by ${config.configPath ? `the config's ignorePatterns or a .replylintignore (${relative(io.cwd, config.configPath) || config.configPath})` : 'a .replylintignore'}; not linted`);
          continue;
        }
        jobs.push({ file, absolute, options: optionsFor(config.settings, args.flags), fix: args.fix, dryRun: args.fixDryRun, explicit: explicit.has(file), maxFileSize: args.maxFileSize });
      }
      const cache = args.cache ? new ResultCache(resolve(io.cwd, args.cache), (warning) => warnings.push(warning)) : undefined;
      // A hit still needs the text its positions are about, decoded as a fresh read decodes it (no byte-order mark).
      const cached = jobs.map((job) => {
        const hit = cache?.get(job);
        if (!hit) return undefined;
        try {
          return { ...hit, text: readReply(job.absolute, job.maxFileSize) };
        } catch {
          return undefined;
        }
      });
      const todo = jobs.filter((_, i) => !cached[i]);
      io.tuneRegexps?.(inputBytes(todo));
      if (args.concurrency !== undefined && args.concurrency > maxThreads()) notes.push(`--concurrency ${args.concurrency} is more than the ${maxThreads()} cores here; linting on at most ${maxThreads()} threads`);
      const progress = io.isTTY && todo.length > 200 ? progressBar(io) : undefined;
      const fresh = await processAll(todo, progress, args.concurrency);
      if (progress) io.stderr('\r\u001b[K');
      let next = 0;
      const outcomes = jobs.map((job, i) => {
        const hit = cached[i];
        if (hit) return hit;
        const done = fresh[next++]!;
        cache?.set(job, done);
        return done;
      });
      cache?.save();
      for (const outcome of outcomes) {
        if (outcome.problem) problems.push({ path: outcome.file, text: outcome.problem });
        if (outcome.note) notes.push(outcome.note);
        if (outcome.diff) diffs.push(outcome.diff);
        if (outcome.text !== undefined) texts.set(outcome.file, outcome.text);
        for (const result of outcome.results) results.push(result);
      }
    }
  } catch (error) {
    if (error instanceof ConfigFileError || error instanceof ConfigError) {
      io.stderr(`replylint: ${error instanceof ConfigFileError ? 'invalid config ' : ''}${printable(error.message)}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(`replylint: ${printable(error.message)}\n`);
      return 2;
    }
    throw error;
  }

  if (args.quiet) {
    // --quiet: errors only, shown and counted.
    for (let i = 0; i < results.length; i++) results[i] = { ...results[i]!, messages: results[i]!.messages.filter((m) => m.severity === 'error') };
  }
  if (args.fixDryRun) {
    io.stdout(diffs.join(''));
  } else {
    const color = args.outputFile ? false : (args.color ?? (io.isTTY && !io.env.NO_COLOR));
    let report: string;
    if (formatter && typeof args.format === 'object') {
      try {
        report = await runFormatter(formatter, results, texts, io.cwd);
      } catch (error) {
        io.stderr(`replylint: --format ${printable(args.format.module)}: ${printable((error as Error).message)}\n`);
        return 2;
      }
    } else report =
      args.format === 'json'
        ? formatJson(results, texts, io.cwd)
        : args.format === 'sarif'
          ? formatSarif(results, io.cwd, io.env, problems)
          : args.format === 'github'
            ? formatGithub(results, io.cwd, io.env, problems)
            : args.format === 'junit'
              ? formatJunit(results, problems)
              : formatStylish(results, { color, score: args.score });
    if (args.outputFile) {
      const failed = writeReport(resolve(io.cwd, args.outputFile), report);
      if (failed) {
        io.stderr(`replylint: cannot write the report to ${args.outputFile}: ${failed}\n`);
        return 2;
      }
    } else io.stdout(report);
  }
  for (const note of notes) io.stderr(`replylint: note: ${printable(note)}\n`);
  for (const warning of warnings) io.stderr(`replylint: warning: ${printable(warning)}\n`);
  for (const problem of problems) io.stderr(`replylint: ${printable(problem.text)}\n`);

  const errors = results.reduce((n, r) => n + r.messages.filter((m) => m.severity === 'error').length, 0);
  // Info reports are for reading, never a reason to fail: only warnings count against --max-warnings.
  const warningCount = results.reduce((n, r) => n + r.messages.filter((m) => m.severity === 'warn').length, 0);
  if (problems.length > 0) return 2;
  if (errors > 0) return 1;
  if (args.maxWarnings >= 0 && warningCount > args.maxWarnings) {
    if (args.format === 'stylish') io.stderr(`replylint: ${warningCount} ${warningCount === 1 ? 'warning' : 'warnings'}, more than --max-warnings ${args.maxWarnings}\n`);
    return 1;
  }
  return 0;
}


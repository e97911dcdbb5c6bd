import { parseArgs } from 'node:util';
import { renameSync, writeFileSync, unlinkSync, statSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { ConfigError, channels, fixAll, ruleIds, version, type Channel, type LintOptions, type PresetName, type RuleSetting } from '@replylint/rules';
import { InputError, decodeReply, defaultMaxFileSize, discover, readReply } from './files.js';
import { fileOptions, lintText, type FileResult } from './lint-files.js';
import { formatJson } from './formatters/json.js';
import { formatStylish } from './formatters/stylish.js';

export interface Io {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<Uint8Array>;
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

export const usage = `Usage: replylint [options] [paths or globs…]

Lints customer-support replies (.txt and .md files; folders are read recursively).

Options:
  --format <name>          stylish (default) or json (ESLint's JSON shape)
  --rule <id>=<severity>   off, info, warn or error; repeat for more rules
  --preset <name>          recommended (default) or strict
  --channel <name>         email (default), chat or social
  --max-warnings <n>       exit 1 when there are more warnings than this
  --fix                    apply the safe rewrites to the files, atomically
  --score                  print each reply's score (0-100) and checklist
  --template               treat the files as templates: placeholders are expected
                           (the default for .liquid, .hbs, .mustache, .ftl, .j2)
  --stdin                  read one reply from standard input
  --stdin-filename <path>  the name to report for standard input
  --max-file-size <MiB>    refuse larger files (default ${defaultMaxFileSize / 1048576})
  --color, --no-color      force colours on or off
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 clean (or warnings within --max-warnings), 1 errors or too many
warnings, 2 a usage or input error.
`;

class UsageError extends Error {}

interface Parsed {
  format: 'stylish' | 'json';
  score: boolean;
  options: LintOptions;
  maxWarnings: number;
  fix: boolean;
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
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        rule: { type: 'string', multiple: true, default: [] },
        preset: { type: 'string', default: 'recommended' },
        channel: { type: 'string', default: 'email' },
        'max-warnings': { type: 'string', default: '-1' },
        fix: { type: 'boolean', default: false },
        score: { type: 'boolean', default: false },
        template: { type: 'boolean' },
        stdin: { type: 'boolean', default: false },
        'stdin-filename': { type: 'string', default: '<stdin>' },
        'max-file-size': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const v = parsed.values;
  if (v.format !== 'stylish' && v.format !== 'json') throw new UsageError(`--format must be stylish or json; got "${v.format}"`);
  if (v.preset !== 'recommended' && v.preset !== 'strict') throw new UsageError(`--preset must be recommended or strict; got "${v.preset}"`);
  if (!channels.includes(v.channel as Channel)) throw new UsageError(`--channel must be one of ${channels.join(', ')}; got "${v.channel}"`);
  const maxWarnings = Number(v['max-warnings']);
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError(`--max-warnings takes a whole number; got "${v['max-warnings']}"`);
  const maxFileSize = v['max-file-size'] === undefined ? defaultMaxFileSize : Number(v['max-file-size']) * 1048576;
  if (!Number.isFinite(maxFileSize) || maxFileSize <= 0) throw new UsageError(`--max-file-size takes a number of MiB; got "${v['max-file-size']}"`);
  const rules: Record<string, RuleSetting> = {};
  for (const item of v.rule ?? []) {
    const match = /^([a-z-]+)=(off|info|warn|error)$/u.exec(item);
    if (!match) throw new UsageError(`--rule takes <id>=off|info|warn|error; got "${item}"`);
    if (!ruleIds.includes(match[1]!)) throw new UsageError(`--rule: unknown rule "${match[1]}"; known rules: ${ruleIds.join(', ')}`);
    rules[match[1]!] = match[2] as RuleSetting;
  }
  if (v.stdin && parsed.positionals.length > 0) throw new UsageError('--stdin reads one reply from standard input; give no paths with it');
  if (v.stdin && v.fix) throw new UsageError('--fix writes files; it does not apply to --stdin');
  return {
    format: v.format,
    options: { channel: v.channel as Channel, preset: v.preset as PresetName, rules, ...(v.template === undefined ? {} : { template: v.template }) },
    score: v.score ?? false,
    maxWarnings,
    fix: v.fix ?? false,
    stdin: v.stdin ?? false,
    stdinFilename: v['stdin-filename'] ?? '<stdin>',
    maxFileSize,
    color: v['no-color'] ? false : v.color,
    paths: parsed.positionals,
    help: v.help ?? false,
    version: v.version ?? false,
  };
}

/** Writes through a temporary file in the same folder and renames it over the original, so a crash never leaves half a file. */
export function writeAtomic(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.replylint-${process.pid}-${Date.now()}.tmp`);
  const mode = statSync(path).mode;
  try {
    writeFileSync(temp, text, { mode });
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Nothing was left behind.
    }
    throw error;
  }
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
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
  if (!args.stdin && args.paths.length === 0) {
    io.stderr('replylint: give files, folders or globs to lint, or --stdin\nRun replylint --help for usage.\n');
    return 2;
  }

  const results: FileResult[] = [];
  const texts = new Map<string, string>();
  const inputErrors: InputError[] = [];
  try {
    if (args.stdin) {
      const text = decodeReply(args.stdinFilename, await io.readStdin(), args.maxFileSize);
      texts.set(args.stdinFilename, text);
      results.push(lintText(args.stdinFilename, text, args.options));
    } else {
      const { files, errors } = await discover(args.paths, io.cwd);
      inputErrors.push(...errors);
      for (const file of files) {
        const absolute = join(io.cwd, file);
        let text: string;
        try {
          text = readReply(file.startsWith('/') ? file : absolute, args.maxFileSize);
        } catch (error) {
          if (error instanceof InputError) {
            inputErrors.push(new InputError(file, error.message.slice(error.path.length + 2)));
            continue;
          }
          throw error;
        }
        if (args.fix) {
          const fixed = fixAll(text, fileOptions(file, args.options));
          if (fixed !== text) {
            writeAtomic(file.startsWith('/') ? file : absolute, fixed);
            text = fixed;
          }
        }
        texts.set(file, text);
        results.push(lintText(file, text, args.options));
      }
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`replylint: ${error.message}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(`replylint: ${error.message}\n`);
      return 2;
    }
    throw error;
  }

  const color = args.color ?? (io.isTTY && !io.env.NO_COLOR);
  io.stdout(args.format === 'json' ? formatJson(results, texts) : formatStylish(results, { color, score: args.score }));
  for (const error of inputErrors) io.stderr(`replylint: ${error.message}\n`);

  const errors = results.reduce((n, r) => n + r.messages.filter((m) => m.severity === 'error').length, 0);
  const warnings = results.reduce((n, r) => n + r.messages.filter((m) => m.severity !== 'error').length, 0);
  if (inputErrors.length > 0) return 2;
  if (errors > 0) return 1;
  if (args.maxWarnings >= 0 && warnings > args.maxWarnings) {
    if (args.format === 'stylish') io.stderr(`replylint: ${warnings} warnings, more than --max-warnings ${args.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

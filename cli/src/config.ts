/**
 * Team configuration: found by walking up from each file, validated against
 * the schema built from the rule registry, resolved per file (overrides by
 * glob), and turned into the core's LintOptions. Shared by the CLI and the
 * language server, so a team's config applies in the editor exactly as in CI.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import ignore, { type Ignore } from 'ignore';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { presets, type Channel, type Format, type Language, type LintOptions, type PresetName, type RuleSetting, type SeverityOrOff } from '@replylint/rules';
import { configSchema } from './config-schema.js';
import { compileGlob, GlobError } from './glob.js';

export const configFileNames = ['.replylintrc.json', '.replylintrc.yaml', '.replylintrc.yml', 'replylint.config.json', 'package.json'] as const;

export interface TeamPhrase {
  phrase: string;
  preferred?: string | string[];
  message?: string;
  severity?: 'info' | 'warn' | 'error';
}

export interface Settings {
  extends?: PresetName;
  channel?: Channel;
  format?: Format;
  template?: boolean;
  /** The replies' language: `auto` (default) detects it per reply from its script. */
  language?: Language | 'auto';
  rules?: Record<string, RuleSetting>;
  glossary?: string[];
  serviceLevels?: { firstResponse?: string; shipping?: string; refund?: string };
  phrases?: TeamPhrase[];
  replies?: { path?: string; text?: string; title?: string };
}

export interface ConfigFile extends Settings {
  root?: boolean;
  ignorePatterns?: string[];
  overrides?: Array<Settings & { files: string | string[] }>;
}

export interface LoadedConfig {
  path: string;
  dir: string;
  config: ConfigFile;
}

/** A config file that cannot be used: the message names the file, the key and what was expected. */
export class ConfigFileError extends Error {
  override name = 'ConfigFileError';
  constructor(
    readonly file: string,
    readonly key: string,
    problem: string,
    /** 1-based line of the problem, when known. */
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${key ? `${key}: ` : ''}${problem}`);
  }
}

/** A config file that cannot even be parsed. */
export class ConfigSyntaxError extends ConfigFileError {
  override name = 'ConfigSyntaxError';
}

/** Compiled on first use: most runs have no config file, and compiling costs a third of a second. */
let compiled: ReturnType<Ajv2020['compile']> | undefined;
const validator = (): ReturnType<Ajv2020['compile']> => (compiled ??= new Ajv2020({ allErrors: true, strict: false }).compile(configSchema()));

function describe(errors: ErrorObject[]): { key: string; problem: string } {
  // The deepest error says the most; oneOf's own summary says the least.
  const useful = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'if');
  const best = [...(useful.length ? useful : errors)].sort((a, b) => b.instancePath.split('/').length - a.instancePath.split('/').length)[0]!;
  const key = best.instancePath.split('/').filter(Boolean).join('.');
  const params = best.params as Record<string, unknown>;
  let problem = best.message ?? 'is invalid';
  if (best.keyword === 'enum') problem = `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  if (best.keyword === 'additionalProperties') return { key: [key, params.additionalProperty].filter(Boolean).join('.'), problem: 'is not a known setting' + (key === 'rules' ? ' (no such rule)' : '') };
  if (best.keyword === 'type') problem = `must be ${params.type === 'array' ? 'a list' : `a ${String(params.type)}`}`;
  return { key, problem };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Reads, parses and validates one config file. */
export function loadConfigFile(path: string, display = path): LoadedConfig | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigFileError(display, '', `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    return parseConfig(text, path, display);
  } catch (error) {
    // The JSON and YAML parsers and the schema check recurse: a file nested thousands deep overflows the stack.
    if (error instanceof RangeError && /call stack/u.test(error.message)) throw new ConfigSyntaxError(display, '', 'nested too deeply to read');
    throw error;
  }
}

function parseConfig(text: string, path: string, display: string): LoadedConfig | undefined {
  let data: unknown;
  if (/\.ya?ml$/u.test(path)) {
    try {
      data = parseYaml(text) ?? {};
    } catch (error) {
      const line = error instanceof YAMLParseError ? error.linePos?.[0].line : undefined;
      // The YAML parser reports its own stack overflow as a parse error.
      if (/call stack/u.test((error as Error).message)) throw new ConfigSyntaxError(display, '', 'nested too deeply to read', line);
      throw new ConfigSyntaxError(display, '', `invalid YAML: ${(error as Error).message.split('\n')[0]}`, line);
    }
  } else {
    const errors: ParseError[] = [];
    data = parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false });
    if (errors.length > 0) {
      const first = errors[0]!;
      throw new ConfigSyntaxError(display, '', `invalid JSON: ${printParseErrorCode(first.error)}`, lineOf(text, first.offset));
    }
    if (path.endsWith('package.json')) {
      const section = (data as Record<string, unknown> | null)?.replylint;
      if (section === undefined) return undefined;
      data = section;
    }
  }
  const validate = validator();
  if (!validate(data)) {
    const { key, problem } = describe(validate.errors ?? []);
    throw new ConfigFileError(display, key, problem);
  }
  const config = data as ConfigFile;
  config.overrides?.forEach((override, i) => {
    for (const glob of asList(override.files)) {
      try {
        globMatcher(glob);
      } catch (error) {
        if (error instanceof GlobError) throw new ConfigFileError(display, `overrides.${i}.files`, error.message);
        throw error;
      }
    }
  });
  return { path, dir: dirname(path), config };
}

const asList = (value: string | string[]): string[] => (Array.isArray(value) ? value : [value]);

/** Each override glob is compiled once: the server matches them on every lint. */
const matchers = new Map<string, (path: string) => boolean>();
function globMatcher(glob: string): (path: string) => boolean {
  let matcher = matchers.get(glob);
  if (!matcher) {
    matcher = compileGlob(glob, { matchBase: true });
    matchers.set(glob, matcher);
  }
  return matcher;
}

function merge(base: Settings, over: Settings): Settings {
  return {
    ...base,
    ...over,
    rules: { ...base.rules, ...over.rules },
    glossary: [...(base.glossary ?? []), ...(over.glossary ?? [])],
    phrases: [...(base.phrases ?? []), ...(over.phrases ?? [])],
    serviceLevels: { ...base.serviceLevels, ...over.serviceLevels },
    replies: { ...base.replies, ...over.replies },
  };
}

/** Adds options to a rule's setting, keeping its severity (from the config, else the preset). */
function withOptions(rules: Record<string, RuleSetting>, preset: PresetName, id: string, options: Record<string, unknown>): void {
  const current = rules[id] ?? presets[preset][id] ?? 'warn';
  const [severity, existing] = Array.isArray(current) ? current : [current as SeverityOrOff, {}];
  rules[id] = [severity, { ...existing, ...options }];
}

/** The core's options for a file, from the settings that apply to it. */
export function toLintOptions(settings: Settings): LintOptions & { replies?: Settings['replies'] } {
  const preset = settings.extends ?? 'recommended';
  const rules: Record<string, RuleSetting> = { ...settings.rules };
  if (settings.glossary?.length) withOptions(rules, preset, 'no-unclear-instructions', { glossary: settings.glossary });
  if (settings.serviceLevels && Object.keys(settings.serviceLevels).length) withOptions(rules, preset, 'no-overpromise', { serviceLevels: settings.serviceLevels });
  if (settings.phrases?.length) withOptions(rules, preset, 'team-phrases', { phrases: settings.phrases });
  const options: LintOptions & { replies?: Settings['replies'] } = { preset, rules };
  if (settings.channel) options.channel = settings.channel;
  if (settings.format) options.format = settings.format;
  if (settings.template !== undefined) options.template = settings.template;
  if (settings.language && settings.language !== 'auto') options.language = settings.language;
  if (settings.replies && Object.keys(settings.replies).length) options.replies = settings.replies;
  return options;
}

export interface FileConfig {
  /** The config file that applies, if any. */
  configPath?: string;
  settings: Settings;
  ignored: boolean;
}

/** Finds and caches config files; resolves the settings for each file. */
export class ConfigResolver {
  private readonly byDir = new Map<string, LoadedConfig | null>();
  private readonly ignores = new Map<string, Ignore>();

  /** `warn` is told of files passed over: a package.json that is not JSON may belong to anyone (a folder above the project, say). */
  constructor(
    private readonly cwd: string,
    private readonly warn: (message: string) => void = () => {},
  ) {}

  clear(): void {
    this.byDir.clear();
    this.ignores.clear();
  }

  /** The nearest config for a folder, walking up to the file system's root (or a config with `root: true`). */
  nearest(dir: string): LoadedConfig | undefined {
    const cached = this.byDir.get(dir);
    if (cached !== undefined) return cached ?? undefined;
    let found: LoadedConfig | undefined;
    for (const name of configFileNames) {
      const path = join(dir, name);
      if (!existsSync(path)) continue;
      try {
        found = loadConfigFile(path, relative(this.cwd, path) || path);
      } catch (error) {
        if (!(name === 'package.json' && error instanceof ConfigSyntaxError)) throw error;
        this.warn(`${error.message}; this package.json was passed over in the search for a config`);
        continue;
      }
      if (found) break;
    }
    const parent = dirname(dir);
    if (!found && parent !== dir) found = this.nearest(parent);
    this.byDir.set(dir, found ?? null);
    return found;
  }

  private ignoreFor(dir: string, patterns: readonly string[]): Ignore {
    const key = `${dir}\u0000${patterns.join('\u0000')}`;
    let ig = this.ignores.get(key);
    if (!ig) {
      ig = ignore().add([...patterns]);
      const file = join(dir, '.replylintignore');
      if (existsSync(file)) ig.add(readFileSync(file, 'utf8'));
      this.ignores.set(key, ig);
    }
    return ig;
  }

  forFile(file: string): FileConfig {
    const absolute = resolve(this.cwd, file);
    const loaded = this.nearest(dirname(absolute));
    const base = loaded?.dir ?? this.cwd;
    const rel = relative(base, absolute).split(sep).join('/');
    const ignored = !rel.startsWith('..') && this.ignoreFor(base, loaded?.config.ignorePatterns ?? []).ignores(rel);
    let settings: Settings = { ...(loaded?.config ?? {}) };
    delete (settings as ConfigFile).overrides;
    for (const override of loaded?.config.overrides ?? []) {
      const matches = asList(override.files).some((glob) => globMatcher(glob)(rel));
      if (!matches) continue;
      const { files: _files, ...rest } = override;
      settings = merge(settings, rest);
    }
    return { ...(loaded ? { configPath: loaded.path } : {}), settings, ignored };
  }
}

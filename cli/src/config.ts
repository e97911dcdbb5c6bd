/**
 * Team configuration: found by walking up from each file, validated against
 * the schema built from the rule registry, resolved per file (overrides by
 * glob), and turned into the core's LintOptions. Shared by the CLI and the
 * language server, so a team's config applies in the editor exactly as in CI.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { ErrorObject } from 'ajv';
import { validateConfig } from './config-validate.generated.js';
import ignore, { type Ignore } from 'ignore';
import { isMap, isSeq, parse as parseYaml, parseDocument, YAMLParseError, type Node as YamlNode } from 'yaml';
import { findNodeAtLocation, parse as parseJsonc, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Settings } from './settings.js';
import { compileGlob, GlobError } from './glob.js';
import { closest } from './suggest.js';

export const configFileNames = ['.replylintrc.json', '.replylintrc.yaml', '.replylintrc.yml', 'replylint.config.json', 'package.json'] as const;

export type { Settings, TeamPhrase } from './settings.js';

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
    /** 1-based column of the problem, when known. */
    readonly column?: number,
  ) {
    super(`${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: ${key ? `${key}: ` : ''}${problem}`);
  }
}

/** A config file that cannot even be parsed. */
export class ConfigSyntaxError extends ConfigFileError {
  override name = 'ConfigSyntaxError';
}


/** Where a key (or, failing that, its nearest parent) is written in the file: its offset, for a line and column. */
function offsetOfKey(text: string, yaml: boolean, path: string[]): number | undefined {
  if (yaml) {
    let node: unknown = parseDocument(text).contents;
    let found: number | undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => String((p.key as { value?: unknown } | null)?.value) === segment);
        if (!pair) break;
        found = (pair.key as YamlNode | null)?.range?.[0] ?? found;
        node = pair.value;
      } else if (isSeq(node)) {
        node = node.items[Number(segment)];
        found = (node as YamlNode | undefined)?.range?.[0] ?? found;
      } else break;
    }
    return found;
  }
  const tree = parseTree(text);
  if (!tree) return undefined;
  for (let n = path.length; n > 0; n--) {
    const node = findNodeAtLocation(tree, path.slice(0, n).map((p) => (p !== '' && [...p].every((c) => c >= '0' && c <= '9') ? Number(p) : p)));
    // A property's value node: its key is the first child of its parent.
    if (node) return node.parent?.type === 'property' ? node.parent.offset : node.offset;
  }
  return undefined;
}

function describe(errors: ErrorObject[]): { key: string; problem: string } {
  // The deepest error says the most; oneOf's own summary says the least.
  const useful = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'if');
  const best = [...(useful.length ? useful : errors)].sort((a, b) => b.instancePath.split('/').length - a.instancePath.split('/').length)[0]!;
  const key = best.instancePath.split('/').filter(Boolean).join('.');
  const params = best.params as Record<string, unknown>;
  let problem = best.message ?? 'is invalid';
  if (best.keyword === 'enum') problem = `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  if (best.keyword === 'additionalProperties') {
    const known = Object.keys((best.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {});
    const guess = closest(String(params.additionalProperty), known);
    return { key: [key, params.additionalProperty].filter(Boolean).join('.'), problem: `is not a known setting${key === 'rules' ? ' (no such rule)' : ''}${guess ? `; did you mean ${guess}?` : ''}` };
  }
  if (best.keyword === 'type') problem = `must be ${params.type === 'array' ? 'a list' : `a ${String(params.type)}`}`;
  return { key, problem };
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** jsonc-parser's error codes, in words; a comma before a closing bracket is the usual mistake, so it is named. */
function jsonProblem(text: string, error: ParseError): string {
  let before = error.offset - 1;
  while (before >= 0 && text[before]!.trim() === '') before--;
  const afterComma = text[before] === ',';
  const closing = text[error.offset] === '}' || text[error.offset] === ']';
  switch (printParseErrorCode(error.error)) {
    case 'PropertyNameExpected':
    case 'ValueExpected':
      if (afterComma && closing) return 'a trailing comma (JSON allows no comma before } or ])';
      return error.offset >= text.length ? 'the file ends where a value was expected' : 'a value or a property name was expected here';
    case 'CommaExpected':
      // The same closing mark twice ("[\"DNS\"]]"): one too many. A closing mark of the other kind where a comma could
      // go: the list or object before it was left open.
      if (closing && text[before] === text[error.offset]) return `an extra ${text[error.offset]} here`;
      if (text[error.offset] === '}') return 'a ] was expected before this } (a list left open)';
      if (text[error.offset] === ']') return 'a } was expected before this ] (an object left open)';
      return 'a comma was expected here';
    case 'ColonExpected':
      return 'a colon was expected after the property name';
    case 'CloseBraceExpected':
      return 'a } was expected (an object left open)';
    case 'CloseBracketExpected':
      return 'a ] was expected (a list left open)';
    case 'EndOfFileExpected':
      return 'more text after the end of the JSON value';
    case 'InvalidCommentToken':
      return 'comments are not allowed in a JSON config (use .replylintrc.yaml for comments)';
    case 'UnexpectedEndOfString':
      return 'a string left open (no closing ")';
    case 'InvalidSymbol':
      return 'not JSON here (property names and strings need double quotes)';
    default:
      return printParseErrorCode(error.error);
  }
}

/** Reads, parses and validates one config file. */
export function loadConfigFile(path: string, display = path, seen: ReadonlySet<string> = new Set()): LoadedConfig | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new ConfigFileError(display, '', `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  // A config saved as UTF-16 (as some Windows editors do) is named as such, not as a JSON syntax error.
  // (UTF-16 without its mark still has a zero byte beside each ASCII letter: "{" is 7B 00 or 00 7B.)
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes.length >= 2 && (bytes[0] === 0) !== (bytes[1] === 0))) {
    throw new ConfigFileError(display, '', 'is saved as UTF-16, not UTF-8; save it as UTF-8');
  }
  if (bytes.includes(0)) throw new ConfigFileError(display, '', 'is not a text file (it holds NUL bytes)');
  // A UTF-8 byte order mark (Notepad writes one) is not part of the JSON or YAML.
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return parseConfig(text, path, display, seen);
  } catch (error) {
    // The JSON and YAML parsers and the schema check recurse: a file nested thousands deep overflows the stack.
    if (error instanceof RangeError && /call stack/u.test(error.message)) throw new ConfigSyntaxError(display, '', 'nested too deeply to read');
    throw error;
  }
}

/** The files a shareable config package may hold its settings in, tried in this order (data only: JSON or YAML). */
const sharedFiles = ['replylint.json', 'replylint.yaml', 'replylint.yml', '.replylintrc.json', '.replylintrc.yaml', '.replylintrc.yml'];

/** npm's package name form: an optional @scope/ and a name, lower case, no path tricks. */
function isPackageName(name: string): boolean {
  const parts = name.split('/');
  const ok = (part: string): boolean => part !== '' && !part.startsWith('.') && [...part].every((c) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || '-._~'.includes(c));
  if (parts.length === 1) return ok(parts[0]!);
  return parts.length === 2 && parts[0]!.startsWith('@') && ok(parts[0]!.slice(1)) && ok(parts[1]!);
}

/**
 * `extends: "@acme/replylint-config"`: the package is looked up in node_modules
 * from the config's folder upwards (as Node would find it), and its settings
 * are read as data: the "replylint" key of its package.json, a
 * replylint.json/.yaml (or .replylintrc.*) at its root, or its "main" when that
 * is a .json or .yaml file. Nothing in it is run. Its settings and overrides go
 * under the config's own; its `extends` (a preset or another package) is followed.
 */
function extendShared(config: ConfigFile, name: string, path: string, display: string, where: { line: number; column: number } | undefined, seen: ReadonlySet<string>): ConfigFile {
  const fail = (problem: string): never => {
    throw new ConfigFileError(display, 'extends', problem, where?.line, where?.column);
  };
  if (!isPackageName(name)) fail(`must be one of "recommended", "strict", or the name of a shareable config package; got "${name}"`);
  let packageDir: string | undefined;
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules', name, 'package.json'))) {
      packageDir = join(dir, 'node_modules', name);
      break;
    }
    if (dirname(dir) === dir) break;
  }
  if (!packageDir) return fail(`must be one of "recommended", "strict", or a shareable config package installed in node_modules; no package "${name}" was found from ${dirname(display) === '.' ? 'this folder' : dirname(display)}`);
  if (seen.has(packageDir)) fail(`"${name}" extends itself, through ${[...seen].length} shareable configs`);
  let manifest: { main?: unknown; replylint?: unknown };
  try {
    manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as typeof manifest;
  } catch (error) {
    return fail(`the package.json of "${name}" cannot be read (${(error as Error).message})`);
  }
  let shared: LoadedConfig | undefined;
  const nested = new Set([...seen, packageDir]);
  if (manifest.replylint !== undefined) shared = loadConfigFile(join(packageDir, 'package.json'), `${name}/package.json`, nested);
  else {
    const main = typeof manifest.main === 'string' && /\.(json|ya?ml)$/u.test(manifest.main) ? [manifest.main] : [];
    const file = [...main, ...sharedFiles].find((f) => existsSync(join(packageDir, f)));
    if (!file) return fail(`"${name}" holds no replylint settings: a shareable config is data, in a "replylint" key of its package.json, in ${sharedFiles.slice(0, 2).join(' or ')}, or in a .json or .yaml "main"`);
    const target = join(packageDir, file);
    // A "main" such as data.json still goes through the JSON/YAML reader, never require().
    shared = loadConfigFile(target.endsWith('.json') || /\.ya?ml$/u.test(target) ? target : fail(`"${name}": ${file} is not JSON or YAML`), `${name}/${file}`, nested);
  }
  const base = shared!.config;
  const { extends: _ignored, overrides, ...own } = config;
  const merged: ConfigFile = { ...merge(base, own), ...(overrides || base.overrides ? { overrides: [...(base.overrides ?? []), ...(overrides ?? [])] } : {}) };
  if (base.extends !== undefined) merged.extends = base.extends;
  else delete merged.extends;
  if (config.root !== undefined) merged.root = config.root;
  if (config.ignorePatterns !== undefined) merged.ignorePatterns = config.ignorePatterns;
  else delete merged.ignorePatterns;
  return merged;
}

function parseConfig(text: string, path: string, display: string, seen: ReadonlySet<string>): LoadedConfig | undefined {
  let data: unknown;
  if (/\.ya?ml$/u.test(path)) {
    try {
      data = parseYaml(text) ?? {};
    } catch (error) {
      const where = error instanceof YAMLParseError ? error.linePos?.[0] : undefined;
      // The YAML parser reports its own stack overflow as a parse error.
      if (/call stack/u.test((error as Error).message)) throw new ConfigSyntaxError(display, '', 'nested too deeply to read', where?.line, where?.col);
      // Its first line ends "at line 3, column 1:" before a code excerpt; the position goes in front instead.
      // The parser's advice to call its own API ("please use YAML.parseAllDocuments()") means nothing to a user.
      const first = (error as Error).message.split('\n')[0]!.replace(/^Source contains multiple documents; please use YAML\.parseAllDocuments\(\)/u, 'a config file holds one document, and this one has a second after a "---" line');
      const cut = first.lastIndexOf(' at line ');
      throw new ConfigSyntaxError(display, '', `invalid YAML: ${cut > 0 ? first.slice(0, cut) : (first.endsWith(':') ? first.slice(0, -1) : first)}`, where?.line, where?.col);
    }
  } else {
    const errors: ParseError[] = [];
    data = parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false });
    if (errors.length > 0) {
      const first = errors[0]!;
      const { line, column } = positionOf(text, first.offset);
      throw new ConfigSyntaxError(display, '', `invalid JSON: ${jsonProblem(text, first)}`, line, column);
    }
    if (path.endsWith('package.json')) {
      const section = (data as Record<string, unknown> | null)?.replylint;
      if (section === undefined) return undefined;
      data = section;
    }
  }
  // The schema compiled ahead of time (config-validate.generated.ts): compiling it here cost some 200 ms of each run.
  const problems = validateConfig(data);
  if (problems.length > 0) {
    const { key, problem } = describe(problems);
    const keyPath = [...(path.endsWith('package.json') ? ['replylint'] : []), ...key.split('.').filter(Boolean)];
    const offset = offsetOfKey(text, /\.ya?ml$/u.test(path), keyPath);
    const where = offset === undefined ? undefined : positionOf(text, offset);
    throw new ConfigFileError(display, key, problem, where?.line, where?.column);
  }
  let config = data as ConfigFile;
  const named = config.extends as string | undefined;
  if (named !== undefined && named !== 'recommended' && named !== 'strict') {
    const offset = offsetOfKey(text, /\.ya?ml$/u.test(path), [...(path.endsWith('package.json') ? ['replylint'] : []), 'extends']);
    const where = offset === undefined ? undefined : positionOf(text, offset);
    config = extendShared(config, named, path, display, where, seen);
  }
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

export { toLintOptions } from './settings.js';

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
      if (found) {
        // Two config files side by side: one is read and the other would be edited in vain, so it is said which.
        const passedOver = configFileNames.filter((other) => other !== name && other !== 'package.json' && existsSync(join(dir, other)));
        if (passedOver.length > 0) this.warn(`${relative(this.cwd, path) || path} is the config used in its folder; ${passedOver.join(' and ')} beside it ${passedOver.length > 1 ? 'are' : 'is'} ignored (keep one)`);
        break;
      }
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

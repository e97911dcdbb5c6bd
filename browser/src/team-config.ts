/**
 * A team's `.replylintrc` in the browser: parsed from JSON or YAML, validated
 * with the very schema the CLI uses (cli/src/config-schema.ts, compiled to a
 * standalone validator at build time because an extension page may not
 * compile code at run time), and turned into the core's LintOptions.
 */
import { parse as parseYaml } from 'yaml';
import type { Channel, LintOptions } from '@replylint/rules';
import { toLintOptions as settingsToOptions, type Settings } from '@replylint/cli/settings';
// Written by build.mjs from the CLI's configSchema().
import validateConfig from './generated/validate-config.js';

/** A team's settings as the options page keeps them: the CLI's, of which the file-only ones are ignored here. */
export type TeamSettings = Settings;

export type ParseResult = { ok: true; settings: TeamSettings; ignored: string[] } | { ok: false; error: string };

/** Settings that only mean something for files on disk; accepted, and said to be ignored here. */
const fileOnly = ['root', 'ignorePatterns', 'overrides', 'replies', 'format', 'template', '$schema'];

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

function describe(errors: readonly AjvError[]): string {
  const useful = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'if');
  const best = [...(useful.length ? useful : errors)].sort((a, b) => b.instancePath.split('/').length - a.instancePath.split('/').length)[0];
  if (!best) return 'is invalid';
  const key = best.instancePath.split('/').filter(Boolean).join('.');
  if (best.keyword === 'additionalProperties') return `${[key, best.params.additionalProperty].filter(Boolean).join('.')}: is not a known setting`;
  if (best.keyword === 'enum') return `${key}: must be one of ${(best.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  return `${key || 'config'}: ${best.message ?? 'is invalid'}`;
}

/** Parses and validates a config's text; `name` picks YAML for .yaml/.yml files, JSON otherwise (a package.json gives its "replylint" key). */
export function parseTeamConfig(text: string, name = 'pasted'): ParseResult {
  let data: unknown;
  const yaml = /\.ya?ml$/u.test(name) || (name === 'pasted' && !text.trimStart().startsWith('{'));
  try {
    data = yaml ? (parseYaml(text) ?? {}) : JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `invalid ${yaml ? 'YAML' : 'JSON'}: ${(error as Error).message.split('\n')[0]}` };
  }
  if (name.endsWith('package.json') && data && typeof data === 'object') data = (data as Record<string, unknown>).replylint ?? {};
  if (!validateConfig(data)) return { ok: false, error: describe((validateConfig as unknown as { errors: AjvError[] }).errors ?? []) };
  const record = data as Record<string, unknown>;
  return { ok: true, settings: record as TeamSettings, ignored: fileOnly.filter((k) => k in record) };
}

/**
 * The core's options for a reply box: the team's settings read by the same
 * function as the CLI and the language server, with the site's channel. A
 * reply box holds helpdesk macros, so placeholders are expected (template).
 */
export function toLintOptions(settings: TeamSettings | undefined, channel: Channel): LintOptions {
  const { replies: _replies, ...options } = settingsToOptions(settings ?? {});
  return { ...options, channel, template: true, format: 'text' };
}

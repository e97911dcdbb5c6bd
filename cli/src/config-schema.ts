/**
 * The JSON schema of replylint's config file, built from the rule registry so
 * rule ids and options can never drift from the engine. `npm run
 * docs:generate` writes it to schema/replylint.schema.json for editors.
 */
import { channels, languages, rules } from '@replylint/rules';

type Schema = Record<string, unknown>;

const severity: Schema = { enum: ['off', 'info', 'warn', 'error'] };

/** Schemas for rule options whose shape a default value cannot tell. */
const optionSchemas: Record<string, Schema> = {
  phrases: {
    type: 'array',
    description: "The team's own phrase rules: literal phrases (never regular expressions) and what to write instead.",
    items: {
      type: 'object',
      required: ['phrase'],
      additionalProperties: false,
      properties: {
        phrase: { type: 'string', minLength: 1, maxLength: 200 },
        preferred: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
        message: { type: 'string' },
        severity: { enum: ['info', 'warn', 'error'] },
      },
    },
  },
  serviceLevels: serviceLevelsSchema(),
};

function serviceLevelsSchema(): Schema {
  return {
    type: 'object',
    description: 'The team\'s real service levels, e.g. "within 2 business days".',
    additionalProperties: false,
    properties: {
      firstResponse: { type: 'string' },
      shipping: { type: 'string' },
      refund: { type: 'string' },
    },
  };
}

function schemaOfValue(name: string, value: unknown, allowed?: readonly string[]): Schema {
  if (optionSchemas[name]) return optionSchemas[name]!;
  if (allowed) return { enum: [...allowed] };
  if (Array.isArray(value)) return { type: 'array', items: { type: 'string' } };
  if (typeof value === 'number') return { type: 'number', minimum: 0 };
  if (typeof value === 'boolean') return { type: 'boolean' };
  if (typeof value === 'string') return { type: 'string' };
  return { type: 'object' };
}

function ruleSettingSchema(defaults: Record<string, unknown>, values: Record<string, readonly string[] | undefined> = {}): Schema {
  const options: Schema = {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(Object.entries(defaults).map(([k, v]) => [k, schemaOfValue(k, v, values[k])])),
  };
  return { oneOf: [severity, { type: 'array', prefixItems: [severity, options], items: false, minItems: 1, maxItems: 2 }] };
}

const globs: Schema = { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };

export function settingsProperties(): Schema {
  return {
    extends: {
      type: 'string',
      minLength: 1,
      description: 'The preset to start from (recommended or strict), or a shareable config: an npm package in node_modules holding JSON or YAML data (never code).',
      examples: ['recommended', 'strict', '@acme/replylint-config'],
    },
    channel: { enum: [...channels], description: 'Which structural expectations apply: email, chat or social.' },
    format: { enum: ['text', 'markdown', 'html'], description: 'What the replies are written in (default: by file extension).' },
    template: { type: 'boolean', description: 'The files are templates: placeholders are expected, only broken syntax is reported.' },
    language: { enum: ['auto', ...languages], description: "The replies' language: auto (default) detects it per reply from its script; en or ar sets it." },
    reportUnusedDisableDirectives: {
      enum: ['off', 'info', 'warn', 'error'],
      description: 'Report replylint-disable comments that silence nothing, at this severity (default off); the fix removes them.',
    },
    rules: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(rules.map((rule) => [rule.meta.id, { description: rule.meta.description, ...ruleSettingSchema(rule.meta.defaultOptions as Record<string, unknown>, rule.meta.optionValues as Record<string, readonly string[] | undefined> | undefined) }])),
    },
    glossary: { type: 'array', items: { type: 'string' }, description: "Terms the team's customers know: never reported as jargon." },
    serviceLevels: serviceLevelsSchema(),
    phrases: optionSchemas.phrases,
    replies: {
      type: 'object',
      description: 'How to find the replies in a file that holds many (JSON, YAML or CSV), or in a JSON or YAML file that is one reply.',
      additionalProperties: false,
      properties: {
        path: { type: 'string', description: 'For JSON and YAML: the key path to the list of replies, e.g. "macros" or "data.templates" ("." for a list at the top level). Without it, "text" names the key of a file that is one reply.' },
        text: { type: 'string', description: 'The key (or CSV column) holding the reply text; alone, the key holding the text of a JSON or YAML file that is one reply (e.g. "body").' },
        title: { type: 'string', description: 'The key (or CSV column) naming the reply in reports.' },
      },
    },
  };
}

export function configSchema(): Schema {
  const settings = settingsProperties();
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://github.com/replylint/replylint/blob/main/schema/replylint.schema.json',
    title: 'replylint configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      root: { type: 'boolean', description: 'Stop looking for config files in parent folders.' },
      ignorePatterns: { type: 'array', items: { type: 'string' }, description: 'Files to skip, in gitignore syntax.' },
      ...settings,
      overrides: {
        type: 'array',
        description: 'Settings for the files that match a glob, over the ones above.',
        items: {
          type: 'object',
          required: ['files'],
          additionalProperties: false,
          properties: { files: globs, ...Object.fromEntries(Object.entries(settings).filter(([k]) => k !== 'extends')) },
        },
      },
    },
  };
}

/**
 * A team's settings and the core's options they give. Pure data in, data out
 * (no file is read here), so the browser extension turns a pasted config into
 * options with the same function the CLI and the language server use.
 */
import { presets, type Channel, type Format, type Language, type LintOptions, type PresetName, type RuleSetting, type SeverityOrOff } from '@replylint/rules';

export interface TeamPhrase {
  phrase: string;
  preferred?: string | string[];
  message?: string;
  severity?: 'info' | 'warn' | 'error';
}

export interface Settings {
  /** A preset, or (in a config file) a shareable config package, which loading replaces by the preset it leads to. */
  extends?: PresetName;
  channel?: Channel;
  format?: Format;
  template?: boolean;
  /** The replies' language: `auto` (default) detects it per reply from its script. */
  language?: Language | 'auto';
  /** Report replylint-disable comments that silence nothing, at this severity (default off). */
  reportUnusedDisableDirectives?: SeverityOrOff;
  rules?: Record<string, RuleSetting>;
  glossary?: string[];
  serviceLevels?: { firstResponse?: string; shipping?: string; refund?: string };
  phrases?: TeamPhrase[];
  replies?: { path?: string; text?: string; title?: string };
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
  if (settings.reportUnusedDisableDirectives) options.reportUnusedDisableDirectives = settings.reportUnusedDisableDirectives;
  if (settings.replies && Object.keys(settings.replies).length) options.replies = settings.replies;
  return options;
}


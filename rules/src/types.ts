import type { Position } from 'unist';
import type { VFileMessage } from 'vfile-message';
import type { ReplyContext } from './context.js';
import type { Format } from './prose.js';
import type { Language } from './language.js';
export type { Language } from './language.js';
export type { Format } from './prose.js';

export type Channel = 'email' | 'chat' | 'social';
export const channels: readonly Channel[] = ['email', 'chat', 'social'];

export type Severity = 'error' | 'warn' | 'info';
export type SeverityOrOff = Severity | 'off';

/** How a rule is configured: a severity, or a severity with options. */
export type RuleSetting = SeverityOrOff | [SeverityOrOff, Record<string, unknown>];

export interface LintOptions {
  /** Which structural expectations apply: `email` (default), `chat` or `social`. */
  channel?: Channel;
  /** Per-rule severity and options, applied over the preset. */
  rules?: Record<string, RuleSetting>;
  /** The preset to start from (default `recommended`). */
  preset?: PresetName;
  /** The file path, recorded on each message. */
  filePath?: string;
  /**
   * The text is a template (a saved reply with placeholders), not a reply
   * about to be sent: placeholders are expected, only broken syntax is reported.
   */
  template?: boolean;
  /** What the text is written in: `text` (default), `markdown` or `html`. Only the prose is linted. */
  format?: Format;
  /** The reply's language; detected from its script when not given. */
  language?: Language;
  /**
   * Report `replylint-disable` directives that silence nothing, at this
   * severity (default `off`), under the `valid-suppression` rule id; the fix
   * removes them.
   */
  reportUnusedDisableDirectives?: SeverityOrOff;
}

export type PresetName = 'recommended' | 'strict';

/** A rewrite offered for the flagged range. */
export interface Report {
  start: number;
  end: number;
  /** Why, in one sentence the writer can act on. */
  message: string;
  /** Replacements for the flagged range: `''` deletes, `[]` means a person must rewrite. */
  expected: string[];
  /**
   * True when the first rewrite keeps the meaning and may be applied without a
   * person looking (`--fix`); otherwise rewrites are suggestions only.
   */
  safe?: boolean;
  /** Overrides the rule's note for this report (Markdown). */
  note?: string;
  /** Overrides the rule's severity for this report (a team phrase may carry its own). */
  severity?: Severity;
  /** Reports that share this key are reported once per reply, the first (a jargon term explained once is enough). */
  once?: string;
}

export interface RuleMeta<Options> {
  id: string;
  /** One line, for the rule index and editor settings. */
  description: string;
  /** The why, in Markdown, citing the source article. */
  note: string;
  /** Where in the sources the rule comes from. */
  source: string;
  /** A short example the rule reports, and its better version; shown on hover and linted by the tests. */
  example: { bad: string; good: string };
  /** The same in the other languages the rule knows, for hovers on replies in those languages. */
  examples?: Partial<Record<Exclude<Language, 'en'>, { bad: string; good: string }>>;
  /** Channels the rule runs on (default: all). */
  channels?: readonly Channel[];
  /** Languages the rule knows (default: English only). */
  languages?: readonly Language[];
  /**
   * `paragraph`: what the rule reports in a paragraph depends only on that
   * paragraph (its text, its sentences and their regions), so a long reply is
   * checked paragraph by paragraph and each paragraph's reports are remembered
   * until it changes. `reply` (default): the rule reads the whole reply.
   */
  scope?: 'reply' | 'paragraph';
  /** A condition on the whole reply, checked before the rule runs (a paragraph-scoped rule may need one). */
  appliesTo?: (context: ReplyContext) => boolean;
  defaultOptions: Options;
  /** The values a string option may take, where they are a closed set (a typo in a config is then an error, not a default). */
  optionValues?: Partial<Record<keyof Options, readonly string[]>>;
}

export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta<Options>;
  /** Runs the rule; returns its reports in any order. */
  check(context: ReplyContext, options: Options): Report[];
}

/** What every replylint message carries, on top of VFileMessage. */
export interface ReplyMessage extends VFileMessage {
  /** Always a range, with offsets, in UTF-16 code units of the linted string. */
  place: Position;
  ruleId: string;
  source: 'replylint';
  url: string;
  actual: string;
  expected: string[];
  note: string;
  /** True when `expected[0]` is a safe fix (see Report.safe). */
  safe: boolean;
  /** 'error' | 'warn' | 'info', mirrored by `fatal` (true, false, undefined). */
  severity: Severity;
  /** In a file that holds many replies, the one this message is about (its title or key). */
  reply?: string;
}

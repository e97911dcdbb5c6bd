import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { channels, languages, ruleIds, type Channel, type Language, type LintOptions, type PresetName, type RuleSetting } from '@replylint/rules';
import { ConfigFileError, loadConfigFile, type Settings } from '../config.js';
import { collect } from './collect.js';
import { writeReport } from '../write.js';
import { printable } from '../printable.js';
import { readFileSync } from 'node:fs';
import { renderCsv, renderReport } from './html.js';
import { parseComments, parseSavedReport, savedReport, type Comment, type SavedReport } from './skills.js';
import type { ReportReply } from './collect.js';
import type { Io } from '../run.js';

export const reportUsage = `Usage: replylint report [options] <paths or globs…>

Writes one self-contained HTML report of the replies (no network: styles and
scripts are inline) for trainers: a summary of scores and problems per rule
and per group, and every reply with its problems highlighted in place.

Options:
  --out, -o <path>         where to write it (default report.html, or report.csv; - for standard output)
  --format <name>          html (default) or csv (the scores, for spreadsheets)
  --group-by <regex>       group replies by this pattern on their path (its first
                           group, or the whole match); default: the first folder
  --title <text>           the report's title
  --channel <name>         email, chat or social (over the config)
  --rule <id>=<severity>   off, info, warn or error; repeat for more rules
  --preset <name>          recommended or strict (over the config's "extends")
  --language <lang>        auto (default: per reply), en or ar
  --template               treat the files as templates: placeholders are expected
  --config <path>          use this config file for every file (default: the
                           config found by walking up from each file, as for lint)
  --json <path>            also write the scores as JSON (for a later --compare)
  --compare <path>         show the progress since an earlier run's --json file
  --model-answers <dir>    show the model answer of the same file name beside
                           each reply, with the parts each has and its findings
  --comments <path>        show the comments exported from an earlier report
  -h, --help               show this help
`;

export async function runReport(argv: readonly string[], io: Io): Promise<number> {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        format: { type: 'string', default: 'html' },
        'group-by': { type: 'string' },
        title: { type: 'string', default: 'replylint report' },
        channel: { type: 'string' },
        rule: { type: 'string', multiple: true, default: [] },
        preset: { type: 'string' },
        language: { type: 'string' },
        template: { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        json: { type: 'string' },
        compare: { type: 'string' },
        'model-answers': { type: 'string' },
        comments: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    io.stderr(`replylint report: ${(error as Error).message}\nRun replylint report --help for usage.\n`);
    return 2;
  }
  if (values.help) {
    io.stdout(reportUsage);
    return 0;
  }
  if (values.format !== 'html' && values.format !== 'csv') {
    io.stderr(`replylint report: --format must be html or csv; got "${values.format}"\n`);
    return 2;
  }
  if (positionals.length === 0) {
    io.stderr('replylint report: give the folders, files or globs of replies to report on\n');
    return 2;
  }
  const flags = lintFlags(values);
  if (typeof flags === 'string') {
    io.stderr(`replylint report: ${flags}\nRun replylint report --help for usage.\n`);
    return 2;
  }
  let config: Settings | undefined;
  if (values.config !== undefined) {
    try {
      const loaded = loadConfigFile(resolve(io.cwd, values.config), values.config);
      if (!loaded) throw new ConfigFileError(values.config, 'replylint', 'package.json has no "replylint" key');
      config = loaded.config;
    } catch (error) {
      if (error instanceof ConfigFileError) {
        io.stderr(`replylint report: invalid config ${printable(error.message)}\n`);
        return 2;
      }
      throw error;
    }
  }
  const readInput = <T>(path: string | undefined, what: string, parse: (text: string) => T | string): T | undefined | false => {
    if (path === undefined) return undefined;
    let parsed: T | string;
    try {
      parsed = parse(readFileSync(resolve(io.cwd, path), 'utf8'));
    } catch (error) {
      parsed = (error as Error).message;
    }
    if (typeof parsed === 'string') {
      io.stderr(`replylint report: cannot read ${what} ${printable(path)}: ${printable(parsed)}\n`);
      return false;
    }
    return parsed;
  };
  const previous = readInput<SavedReport>(values.compare, 'the earlier run', parseSavedReport);
  const comments = readInput<Comment[]>(values.comments, 'the comments', parseComments);
  if (previous === false || comments === false) return 2;
  let groupBy: RegExp | undefined;
  if (values['group-by']) {
    try {
      groupBy = new RegExp(values['group-by'], 'u');
    } catch (error) {
      io.stderr(`replylint report: --group-by is not a valid regular expression: ${(error as Error).message}\n`);
      return 2;
    }
  }
  const progress = io.isTTY
    ? (done: number, total: number): void => {
        if (total < 200 && done < total) return;
        io.stderr(`\r[${'#'.repeat(Math.round((done / total) * 30)).padEnd(30, '-')}] ${done}/${total} files`);
      }
    : undefined;
  let collected;
  try {
    collected = await collect(positionals, { cwd: io.cwd, flags, ...(config ? { config } : {}), ...(groupBy ? { groupBy } : {}), ...(progress ? { onProgress: progress } : {}) });
  } catch (error) {
    if (error instanceof ConfigFileError) {
      io.stderr(`replylint report: invalid config ${printable(error.message)}\n`);
      return 2;
    }
    throw error;
  }
  let models: Map<string, ReportReply> | undefined;
  if (values['model-answers'] !== undefined) {
    try {
      const found = await collect([values['model-answers']], { cwd: io.cwd, flags, ...(config ? { config } : {}) });
      for (const problem of found.problems) collected.problems.push(`model answers: ${problem}`);
      models = new Map(found.replies.map((r) => [r.scenario, r]));
    } catch (error) {
      if (error instanceof ConfigFileError) {
        io.stderr(`replylint report: invalid config ${printable(error.message)}\n`);
        return 2;
      }
      throw error;
    }
  }
  if (progress) io.stderr('\r\u001b[K');
  const out = values.out ?? (values.format === 'csv' ? 'report.csv' : 'report.html');
  const content = values.format === 'csv' ? renderCsv(collected.replies) : renderReport(collected.replies, values.title, { ...(previous ? { previous } : {}), ...(models ? { models } : {}), ...(comments ? { comments } : {}), unread: collected.problems });
  // "-" is standard output: the report piped on (to a mail command, say) rather than written to a file named "-".
  const toStdout = out === '-';
  const failed = toStdout ? undefined : writeReport(resolve(io.cwd, out), content);
  if (failed) {
    io.stderr(`replylint report: cannot write the report to ${out}: ${failed}\n`);
    return 2;
  }
  if (values.json !== undefined) {
    const failedJson = writeReport(resolve(io.cwd, values.json), `${JSON.stringify(savedReport(collected.replies), null, 2)}\n`);
    if (failedJson) {
      io.stderr(`replylint report: cannot write the JSON to ${values.json}: ${failedJson}\n`);
      return 2;
    }
  }
  for (const note of collected.notes) io.stderr(`replylint report: note: ${printable(note)}\n`);
  for (const warning of collected.warnings) io.stderr(`replylint report: warning: ${printable(warning)}\n`);
  for (const problem of collected.problems) io.stderr(`replylint report: ${printable(problem)}\n`);
  if (toStdout) io.stdout(content);
  else io.stdout(`Wrote ${out}: ${collected.replies.length} ${collected.replies.length === 1 ? 'reply' : 'replies'}, ${(content.length / 1024).toFixed(0)} KiB\n`);
  return collected.problems.length > 0 ? 2 : 0;
}

interface LintFlagValues {
  channel?: string | undefined;
  rule?: string[] | undefined;
  preset?: string | undefined;
  language?: string | undefined;
  template?: boolean | undefined;
}

/** The lint options the report shares with the lint command, checked as it checks them; a string says what is wrong. */
function lintFlags(v: LintFlagValues): LintOptions | string {
  if (v.preset !== undefined && v.preset !== 'recommended' && v.preset !== 'strict') return `--preset must be recommended or strict; got "${v.preset}"`;
  if (v.channel !== undefined && !channels.includes(v.channel as Channel)) return `--channel must be one of ${channels.join(', ')}; got "${v.channel}"`;
  if (v.language !== undefined && v.language !== 'auto' && !languages.includes(v.language as Language)) return `--language must be auto, ${languages.join(' or ')}; got "${v.language}"`;
  const rules: Record<string, RuleSetting> = {};
  for (const item of v.rule ?? []) {
    const at = item.lastIndexOf('=');
    const id = item.slice(0, at);
    const setting = item.slice(at + 1);
    if (at < 1 || !['off', 'info', 'warn', 'error'].includes(setting)) return `--rule takes <id>=off|info|warn|error; got "${item}"`;
    if (!ruleIds.includes(id)) return `--rule: unknown rule "${id}"; known rules: ${ruleIds.join(', ')}`;
    rules[id] = setting as RuleSetting;
  }
  const flags: LintOptions = { rules };
  if (v.preset) flags.preset = v.preset as PresetName;
  if (v.channel) flags.channel = v.channel as Channel;
  if (v.template !== undefined) flags.template = v.template;
  if (v.language !== undefined) flags.language = v.language === 'auto' ? undefined : (v.language as Language);
  return flags;
}

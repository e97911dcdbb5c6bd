import { statSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { review, type Checklist, type LintOptions, type Score } from '@replylint/rules';
import { ConfigResolver, toLintOptions, type Settings } from '../config.js';
import { discover, readReply, InputError } from '../files.js';
import { extractReplies, multiReplyKind, ExtractError, type ReplySelector } from '../extract.js';
import { lintFailure } from '../process-file.js';
import { fileOptions } from '../lint-files.js';

export interface ReportMessage {
  ruleId: string;
  severity: string;
  reason: string;
  note: string;
  url: string;
  actual: string;
  expected: string[];
  /** Offsets into the reply's text as shown. */
  start: number;
  end: number;
  line: number;
}

export interface ReportReply {
  /** File, and reply within it for exports. */
  name: string;
  filePath: string;
  reply?: string;
  group: string;
  /** The reply's path below the given folder (and its name within an export): the same reply in an earlier run, a comment's reply. */
  key: string;
  /** The file's name (and reply within an export): the scenario, to pair with a model answer. */
  scenario: string;
  text: string;
  messages: ReportMessage[];
  checklist: Checklist;
  score: Score;
  /** False when replylint has no rules for the reply's language yet. */
  scored: boolean;
  language: string;
}

export interface CollectOptions {
  cwd: string;
  /** The lint options given on the command line, over each file's config (as the CLI applies them). */
  flags?: LintOptions;
  /** A config used for every file instead of the one found for it (`--config`). */
  config?: Settings;
  /** A regular expression run on each file's path; its first group (or whole match) names the group. */
  groupBy?: RegExp;
  onProgress?: (done: number, total: number) => void;
}

function groupOf(path: string, reply: string | undefined, groupBy: RegExp | undefined): string {
  const posix = path.split(sep).join('/');
  if (groupBy) {
    const match = groupBy.exec(posix);
    return match ? (match[1] ?? match[0]) : '(other)';
  }
  const parts = posix.split('/');
  if (parts.length > 1) return parts[0]!;
  return reply !== undefined ? posix : '(top level)';
}

/** "trainees/" as "trainees" (plain code: a pattern ending in `[\/]+$` is slow on a long run of slashes). */
function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 1 && (path[end - 1] === '/' || path[end - 1] === sep)) end--;
  return path.slice(0, end);
}

/** Lints every reply under the paths for the report: the text as shown, with offsets into it. */
export async function collect(paths: readonly string[], options: CollectOptions): Promise<{ replies: ReportReply[]; problems: string[]; notes: string[]; warnings: string[] }> {
  const { files, errors, notes } = await discover(paths, options.cwd);
  const problems = errors.map((e) => e.message);
  const warnings: string[] = [];
  const resolver = new ConfigResolver(options.cwd, (warning) => warnings.push(warning));
  const replies: ReportReply[] = [];
  // Groups are named from the path below the folder the trainer gave ("trainees" and "trainees/" alike, so
  // resolve(), which drops the trailing slash); when several folders are given, each folder is a group.
  const roots = paths
    .map((p) => ({ path: resolve(options.cwd, p), name: withoutTrailingSlashes(p) }))
    .filter(({ path }) => {
      try {
        return statSync(path).isDirectory();
      } catch {
        return false;
      }
    })
    .sort((a, b) => b.path.length - a.path.length);
  const byFolder = roots.length > 1;
  files.forEach((file, i) => {
    const absolute = isAbsolute(file) ? file : resolve(options.cwd, file);
    const root = roots.find((r) => absolute.startsWith(r.path.endsWith(sep) ? r.path : r.path + sep));
    const below = root ? relative(root.path, absolute) : file;
    const folder = byFolder && root && options.groupBy === undefined ? root.name || basename(root.path) : undefined;
    const config = options.config ? { settings: options.config, ignored: false } : resolver.forFile(absolute);
    if (config.ignored) return;
    const fromConfig = toLintOptions(config.settings);
    const flags = options.flags ?? {};
    const { replies: selector, ...base } = { ...fromConfig, ...flags, rules: { ...fromConfig.rules, ...flags.rules } };
    let text: string;
    try {
      text = readReply(absolute);
    } catch (error) {
      if (error instanceof InputError) problems.push(`${file}: ${error.message.slice(error.path.length + 2)}`);
      else throw error;
      return;
    }
    // One file that cannot be read (nested too deeply, say) is a problem named in the output, never the end of the report.
    try {
      replies.push(...reportReplies(file, text, { below, folder, selector, base, groupBy: options.groupBy }, problems));
    } catch (error) {
      problems.push(`${file}: ${lintFailure(error)}`);
    }
    options.onProgress?.(i + 1, files.length);
  });
  return { replies, problems, notes, warnings };
}

/** The report's replies in one file: the file itself, or each reply of an export. */
interface Unit {
  /** The path below the folder the trainer gave, for the group. */
  below: string;
  /** The given folder the file is in, which is its group when several folders were given. */
  folder: string | undefined;
  selector: ReplySelector | undefined;
  base: LintOptions;
  groupBy: RegExp | undefined;
}

function reportReplies(file: string, text: string, { below, folder, selector, base, groupBy }: Unit, problems: string[]): ReportReply[] {
  const replies: ReportReply[] = [];
  const kind = multiReplyKind(file);
  const units: Array<{ text: string; reply?: string; options: LintOptions }> = [];
  if (kind) {
    try {
      for (const r of extractReplies(kind, text, selector)) units.push({ text: r.text, reply: r.name, options: { ...base, template: base.template ?? true, format: base.format ?? r.format } });
    } catch (error) {
      if (!(error instanceof ExtractError)) throw error;
      if (selector) problems.push(`${file}: ${error.message}`);
    }
  } else units.push({ text, options: fileOptions(file, base) });
  for (const unit of units) {
    const { messages, checklist, score, scored, language } = review(unit.text, unit.options);
    replies.push({
      name: unit.reply !== undefined ? `${file} › ${unit.reply}` : file,
      filePath: file,
      ...(unit.reply !== undefined ? { reply: unit.reply } : {}),
      group: folder ?? groupOf(below, unit.reply, groupBy),
      key: `${(folder !== undefined ? `${folder}/${below}` : below).split(sep).join('/')}${unit.reply !== undefined ? ` › ${unit.reply}` : ''}`,
      scenario: `${basename(file)}${unit.reply !== undefined ? ` › ${unit.reply}` : ''}`,
      text: unit.text,
      messages: messages.map((m) => ({
        ruleId: m.ruleId,
        severity: m.severity,
        reason: m.reason,
        note: m.note,
        url: m.url,
        actual: m.actual,
        expected: m.expected,
        start: m.place.start.offset!,
        end: m.place.end.offset!,
        line: m.place.start.line,
      })),
      checklist,
      score,
      scored,
      language,
    });
  }
  return replies;
}

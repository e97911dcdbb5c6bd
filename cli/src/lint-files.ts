import { checklistParts, fixAll, review, type Checklist, type Format, type LintOptions, type Range, type ReplyMessage, type Score } from '@replylint/rules';
import { location } from 'vfile-location';
import { VFile } from 'vfile';
import { extractReplies, multiReplyKind, type ReplySelector } from './extract.js';

export interface FileResult {
  filePath: string;
  /** In a file that holds many replies, which one this result is about. */
  reply?: string;
  messages: ReplyMessage[];
  checklist: Checklist;
  score: Score;
  /** The reply's language, and whether replylint has rules for it (else the score says nothing). */
  language: string;
  scored: boolean;
}

/**
 * A path that could not be linted (missing, unreadable, binary, a glob matching nothing …), said on standard error and
 * also in the machine formats made for CI (SARIF, GitHub annotations, JUnit), so a report uploaded alone still shows why
 * the run failed. `text` names the path and the problem.
 */
export interface InputProblem {
  path: string;
  text: string;
}

/** File extensions whose files are templates by default: placeholders are expected there. */
export const templateExtensions = new Set(['.liquid', '.hbs', '.handlebars', '.mustache', '.ftl', '.j2', '.jinja', '.jinja2', '.tmpl']);

export function formatOf(filePath: string): Format {
  if (/\.(?:md|markdown|mdx)$/iu.test(filePath)) return 'markdown';
  if (/\.html?$/iu.test(filePath)) return 'html';
  return 'text';
}

/** Lint options for one file: config and flags first, then the defaults its extension implies. */
export function fileOptions(filePath: string, options: LintOptions): LintOptions {
  const template = options.template ?? [...templateExtensions].some((ext) => filePath.toLowerCase().endsWith(ext));
  return { ...options, template, format: options.format ?? formatOf(filePath), filePath };
}

export function lintText(filePath: string, text: string, options: LintOptions): FileResult {
  const { messages, checklist, score, language, scored } = review(text, fileOptions(filePath, options));
  return { filePath, messages, checklist, score, language, scored };
}

export interface FileOutcome {
  results: FileResult[];
  /** The file's text after --fix, when it changed. */
  fixed?: string;
}

/** A range in a reply's text as a range in the file that holds it. */
function inFile(offsets: readonly number[], range: Range): Range {
  const start = offsets[range.start]!;
  const end = range.end > range.start ? offsets[range.end - 1]! + 1 : start;
  return { start, end };
}

/** The checklist with each part's place in the file, as the messages have theirs. */
function checklistInFile(checklist: Checklist, offsets: readonly number[]): Checklist {
  const mapped: Record<string, unknown> = { ...checklist };
  for (const { part } of checklistParts) {
    const item = checklist[part];
    if (item.range) mapped[part] = { ...item, range: inFile(offsets, item.range) };
  }
  return mapped as unknown as Checklist;
}

/**
 * Lints one file: a single reply, or each reply of a file that holds many,
 * with positions mapped back into the file. With `fix`, also returns the
 * fixed text (safe fixes only, placeholders and markup untouched).
 */
export function lintFile(filePath: string, content: string, options: LintOptions & { replies?: ReplySelector }, fix = false): FileOutcome {
  const kind = multiReplyKind(filePath);
  const { replies: selector, ...lintOptions } = options;
  // Saved replies and macro exports are templates unless the config says otherwise.
  const replyOptions = { ...lintOptions, template: lintOptions.template ?? true };
  if (!kind) {
    let text = content;
    let fixed: string | undefined;
    if (fix) {
      const after = fixAll(content, fileOptions(filePath, lintOptions));
      if (after !== content) fixed = text = after;
    }
    return { results: [lintText(filePath, text, lintOptions)], ...(fixed !== undefined ? { fixed } : {}) };
  }

  let text = content;
  let replies = extractReplies(kind, text, selector);
  if (fix) {
    // Rewrite from the last span in the file to the first, so earlier offsets stay valid (a YAML alias's span is its anchor's, which may come first).
    let changed = false;
    for (const reply of [...replies].sort((a, b) => b.raw.start - a.raw.start)) {
      const after = fixAll(reply.text, { ...replyOptions, format: lintOptions.format ?? reply.format });
      if (after === reply.text) continue;
      text = text.slice(0, reply.raw.start) + reply.encode(after) + text.slice(reply.raw.end);
      changed = true;
    }
    if (changed) replies = extractReplies(kind, text, selector);
  }
  const place = location(new VFile(text));
  const results = replies.map((reply) => {
    const { messages, checklist, score, language, scored } = review(reply.text, { ...replyOptions, format: lintOptions.format ?? reply.format, filePath });
    for (const message of messages) {
      const { start, end } = inFile(reply.offsets, { start: message.place.start.offset!, end: message.place.end.offset! });
      message.place = { start: { ...place.toPoint(start)!, offset: start }, end: { ...place.toPoint(end)!, offset: end } };
      message.reply = reply.name;
      message.file = filePath;
    }
    return { filePath, reply: reply.name, messages, checklist: checklistInFile(checklist, reply.offsets), score, language, scored };
  });
  return { results, ...(text !== content ? { fixed: text } : {}) };
}

import { review, type Checklist, type LintOptions, type ReplyMessage, type Score } from '@replylint/rules';

export interface FileResult {
  filePath: string;
  messages: ReplyMessage[];
  checklist: Checklist;
  score: Score;
}

/** File extensions whose files are templates by default: placeholders are expected there. */
export const templateExtensions = new Set(['.liquid', '.hbs', '.handlebars', '.mustache', '.ftl', '.j2', '.jinja', '.jinja2', '.tmpl']);

/** Lint options for one file: `--template` when given, else templates by extension. */
export function fileOptions(filePath: string, options: LintOptions): LintOptions {
  const template = options.template ?? [...templateExtensions].some((ext) => filePath.toLowerCase().endsWith(ext));
  return { ...options, template, filePath };
}

export function lintText(filePath: string, text: string, options: LintOptions): FileResult {
  const { messages, checklist, score } = review(text, fileOptions(filePath, options));
  return { filePath, messages, checklist, score };
}

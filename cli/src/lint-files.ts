import { lint, type LintOptions, type ReplyMessage } from '@replylint/rules';

export interface FileResult {
  filePath: string;
  messages: ReplyMessage[];
}

export function lintText(filePath: string, text: string, options: LintOptions): FileResult {
  return { filePath, messages: lint(text, { ...options, filePath }) };
}

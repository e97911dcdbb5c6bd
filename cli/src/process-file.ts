import type { LintOptions } from '@replylint/rules';
import { InputError, encodeReply, readReplyFile, type ReadReply } from './files.js';
import { lintFile, type FileResult } from './lint-files.js';
import { ExtractError, type ReplySelector } from './extract.js';
import { unifiedDiff } from './diff.js';
import { WriteRefused, writeAtomic } from './write.js';

export interface FileJob {
  file: string;
  absolute: string;
  options: LintOptions & { replies?: ReplySelector };
  fix: boolean;
  dryRun: boolean;
  explicit: boolean;
  maxFileSize: number;
}

export interface FileDone {
  file: string;
  results: FileResult[];
  /** The text the reports are about (after --fix). */
  text?: string;
  diff?: string;
  problem?: string;
  /** Said without failing the run: why a file named on the command line was passed over. */
  note?: string;
}

/** Plain data: results cross threads by structured clone, which would drop a VFileMessage's own fields. */
function plain(results: FileResult[]): FileResult[] {
  return results.map((r) => ({ ...r, messages: r.messages.map((m) => ({ ...m, message: m.message, reason: m.reason }) as unknown as typeof m) }));
}

/** Why a file could not be linted, in words: a stack overflow means markup or data nested deeper than can be read. */
export function lintFailure(error: unknown): string {
  if (error instanceof RangeError && /call stack/u.test(error.message)) return 'could not be linted: nested too deeply to read';
  return `could not be linted: ${(error as Error).message}`;
}

/** Reads, lints and (with --fix) rewrites one file; never throws for a bad file, only reports it. */
export function processFile(job: FileJob): FileDone {
  let read: ReadReply;
  try {
    read = readReplyFile(job.absolute, job.maxFileSize);
  } catch (error) {
    if (error instanceof InputError) return { file: job.file, results: [], problem: `${job.file}: ${error.message.slice(error.path.length + 2)}` };
    throw error;
  }
  const { text } = read;
  try {
    const outcome = lintFile(job.file, text, job.options, job.fix || job.dryRun);
    const done: FileDone = { file: job.file, results: plain(outcome.results), text };
    if (outcome.fixed !== undefined) {
      if (job.dryRun) done.diff = unifiedDiff(job.file, text, outcome.fixed);
      else {
        try {
          writeAtomic(job.absolute, encodeReply(outcome.fixed, read.encoding), read.snapshot);
          done.text = outcome.fixed;
        } catch (error) {
          const why = error instanceof WriteRefused ? error.message : `could not be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); left as it was`;
          // Not fixed: the reports are the ones about the file as it is.
          return { file: job.file, results: plain(lintFile(job.file, text, job.options).results), text, problem: `${job.file}: ${why}` };
        }
      }
    }
    return done;
  } catch (error) {
    if (error instanceof ExtractError) {
      // A JSON, YAML or CSV file is only linted when it holds replies. With `replies`
      // in the config it must; otherwise one named on the command line (as pre-commit
      // and lint-staged name every staged file) is passed over with a note.
      if (job.options.replies || !error.notReplies) return { file: job.file, results: [], ...(job.explicit || job.options.replies ? { problem: `${job.file}: ${error.message}` } : {}) };
      return { file: job.file, results: [], ...(job.explicit ? { note: `${job.file}: skipped, not a reply file (${error.message})` } : {}) };
    }
    return { file: job.file, results: [], problem: `${job.file}: ${lintFailure(error)}` };
  }
}

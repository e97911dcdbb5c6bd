/**
 * Warm-up: right after start-up the server lints the rules' own examples, in
 * both languages, short and as one long reply, then types a sentence into a
 * reply and into a long one a character at a time, linting each state as it
 * would after a keystroke. It runs in slices of a few milliseconds between
 * which real requests are served, and waits while the writer types. The JIT
 * then has compiled the rules, and the paths a keystroke takes, before the
 * writer's first keystrokes instead of during them: measured on the latency
 * benchmark, those first keystrokes were the slowest of all, and without the
 * typing, lints of a reply being typed still stalled now and then on code
 * the examples alone had not settled.
 */
import { exampleTexts, lint, rules, withoutParagraphCache, type LintOptions } from '@replylint/rules';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostic } from './diagnostics.js';

/** The texts to warm up on: every rule's examples, as they are and inside an email, and all of them as one long reply. */
export function warmUpTexts(): string[] {
  const samples = exampleTexts();
  const emails = samples.map((text) => `Hi Sam,\n\n${text}\n\nBest,\nAna`);
  const long = `Hi Sam,\n\n${samples.join('\n\n')}\n\nBest,\nAna`;
  // Long enough for the paragraph-by-paragraph path (over 4,000 characters).
  const longer = Array.from({ length: Math.ceil(5000 / long.length) }, () => long).join('\n\n');
  return [...samples, ...emails, longer];
}

/** What the warm-up types, a character at a time. */
const typed = ' Thanks for your patience. You must restart the router first, then we will refund the order by Friday, and I\'ll check it arrives.';

/**
 * A writer at work: the successive states of a reply of a few paragraphs (long
 * enough to be parsed paragraph by paragraph) and of one long enough to be
 * checked paragraph by paragraph, as a sentence is typed at the end of their
 * first paragraph.
 */
export function typingTexts(): string[] {
  const samples = rules.map((rule) => rule.meta.example.bad);
  const paragraphs = (count: number): string[] => Array.from({ length: count }, (_, i) => samples.slice((i * 3) % samples.length, ((i * 3) % samples.length) + 3).join(' '));
  const states: string[] = [];
  for (const body of [paragraphs(5), paragraphs(30)]) {
    for (let typedLength = 1; typedLength <= typed.length; typedLength++) {
      states.push(`Hi Sam,\n\n${body[0]}${typed.slice(0, typedLength)}\n\n${body.slice(1).join('\n\n')}\n\nBest,\nAna`);
    }
  }
  return states;
}

export interface WarmUpOptions {
  /** Passes over the examples (the typing is done once, after them). */
  rounds?: number;
  /** The longest a slice may run before it yields, in milliseconds. */
  slice?: number;
  /** True while the writer is at work: the warm-up then waits, so it never delays their diagnostics. */
  busy?: () => boolean;
  /** Called when done, with the number of lints run. */
  done?: (lints: number) => void;
}

/** Starts the warm-up; returns a function that stops it (on shutdown, or when it is not wanted). */
export function warmUp(options: WarmUpOptions = {}): () => void {
  const rounds = options.rounds ?? 20;
  // The examples, round after round, then the typing once.
  const examples = warmUpTexts();
  const typing = typingTexts();
  const total = examples.length * rounds + typing.length;
  const textAt = (i: number): string => (i < examples.length * rounds ? examples[i % examples.length]! : typing[i - examples.length * rounds]!);
  const slice = options.slice ?? 2;
  const lintOptions: LintOptions = { channel: 'email' };
  let index = 0;
  // One of the two is pending at a time; each is cleared with its own function (clearImmediate on a timer corrupts it).
  let pending: NodeJS.Immediate | undefined;
  let wait: NodeJS.Timeout | undefined;
  const step = (): void => {
    if (options.busy?.()) {
      // Unreferenced: waiting on the writer never keeps a process alive. (An unreferenced setImmediate would
      // not run until something else woke the event loop, so the slices stay referenced.)
      wait = setTimeout(step, 100).unref();
      return;
    }
    const until = performance.now() + slice;
    // Texts repeat from round to round: read from the paragraph cache, the repeats would skip the very work to warm up.
    withoutParagraphCache(() => {
      while (index < total && performance.now() < until) {
        const text = textAt(index);
        const document = TextDocument.create('file:///warm-up.txt', 'plaintext', 1, text);
        JSON.stringify(lint(text, lintOptions).map((message) => toDiagnostic(message, document)));
        index++;
      }
    });
    if (index < total) pending = setImmediate(step);
    else options.done?.(index);
  };
  pending = setImmediate(step);
  return () => {
    clearImmediate(pending);
    clearTimeout(wait);
  };
}

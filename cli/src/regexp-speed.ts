/**
 * How V8 compiles the rules' patterns in a command-line run, chosen by how
 * much there is to lint. Each pattern is compiled to machine code the first
 * time it runs (regexp-tiering.ts); compiled without V8's regexp
 * optimisations, a first lint takes about a third less time (some 48 ms
 * instead of 70 on a one-file run here), while every later lint runs about
 * half as slowly again (399 real replies: 1.0 s instead of 0.7 s). A
 * pre-commit hook or an editor's save lints a few small files: it gains the
 * compile time. A template repository in CI lints thousands: it gains the
 * speed. The break-even is some 15 KB of replies.
 *
 * A pattern keeps the code it was first compiled to, so the choice is made
 * once, before the first lint, and only by the entry point of the process
 * (main.ts), on its main thread before any worker starts: worker threads
 * share V8's flags, and a flag changed while another isolate runs can crash
 * the process.
 */

/** Runs with at most this many bytes of input compile their patterns without optimising them. */
export const smallRunBytes = 16 * 1024;

/** The V8 flags for a run with `bytes` of input. */
export function regexpFlagsFor(bytes: number): string {
  return bytes <= smallRunBytes ? '--no-regexp-optimization' : '--regexp-optimization';
}

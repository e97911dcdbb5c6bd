/**
 * Imported first by every entry point: V8 compiles each regular expression
 * straight to machine code instead of interpreting it first. The rules' phrase
 * tables are large alternations that the interpreter is slow on, so a one-file
 * lint (a pre-commit run, an editor's first check) spends most of its time
 * there; measured on one reply, the first lint takes 3-4 times less. The flag
 * is process-wide: the main thread sets it before any pattern runs and before
 * any worker starts. A worker must not (V8 flags changed while other threads
 * run their isolates can crash the process), and inherits it anyway: only the
 * entry points of the main thread import this module, never worker.ts (asking
 * node:worker_threads whether this is the main thread cost a one-file lint 3 ms
 * of loading it).
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');

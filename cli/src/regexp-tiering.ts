/**
 * Imported first by every entry point: V8 compiles each regular expression
 * straight to machine code instead of interpreting it first. The rules' phrase
 * tables are large alternations that the interpreter is slow on, so a one-file
 * lint (a pre-commit run, an editor's first check) spends most of its time
 * there; measured on one reply, the first lint takes 3-4 times less. The flag
 * is process-wide: the main thread sets it before any pattern runs and before
 * any worker starts. A worker must not (V8 flags changed while other threads
 * run their isolates can crash the process: the language server's lint
 * workers run its main.js, which imports this), and inherits it anyway. The
 * bundled CLI does not import this module; its bin script sets the flag.
 */
import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) setFlagsFromString('--no-regexp-tier-up');

import { setFlagsFromString } from 'node:v8';
import { run } from './run.js';
import { regexpFlagsFor } from './regexp-speed.js';

/**
 * One question on the terminal, one line back (readline is loaded only here: only --init asks). Loaded as a built-in,
 * not with `import()`: the bundles run from a V8 snapshot or a compiled script, where `import()` has no loader.
 */
async function prompt(question: string): Promise<string> {
  const { createInterface } = process.getBuiltinModule('node:readline/promises') as typeof import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

/** Reads standard input, stopping once it holds more than `limit` bytes: the rest is never read or kept. */
async function readStdin(limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size > limit) break;
  }
  return Buffer.concat(chunks);
}

/** Runs the command line of this process and sets its exit code. Shared by `bin/replylint.js` and the bundles. */
export async function main(): Promise<void> {
  // A reader that stops early (`replylint … | head`) closes the pipe: what is left to print has nowhere to go, which
  // is not an error of the lint. Without a listener Node throws it and prints a stack; the exit code stays the lint's.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  try {
    process.exitCode = await run(process.argv.slice(2), {
      cwd: process.cwd(),
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      readStdin,
      isTTY: process.stdout.isTTY === true,
      env: process.env,
      tuneRegexps: (bytes) => setFlagsFromString(regexpFlagsFor(bytes)),
      // Questions only when someone is at a terminal to answer them. (isatty, not process.stdin.isTTY: touching
      // process.stdin builds its stream, 6 ms of a one-file lint that never reads it; and node:tty is loaded only
      // when stderr is a terminal, as it is not under pre-commit or an editor.)
      ...(process.stderr.isTTY && process.getBuiltinModule('node:tty').isatty(0) ? { prompt } : {}),
    });
  } catch (error) {
    process.stderr.write(`replylint: internal error: ${(error as Error).stack ?? String(error)}\nPlease report this with the input that caused it.\n`);
    process.exitCode = 2;
  }
}

import { run } from './run.js';

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
  try {
    process.exitCode = await run(process.argv.slice(2), {
      cwd: process.cwd(),
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      readStdin,
      isTTY: process.stdout.isTTY === true,
      env: process.env,
    });
  } catch (error) {
    process.stderr.write(`replylint: internal error: ${(error as Error).stack ?? String(error)}\nPlease report this with the input that caused it.\n`);
    process.exitCode = 2;
  }
}

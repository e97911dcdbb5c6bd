#!/usr/bin/env node
import { run } from './run.js';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

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

/**
 * What the CLI's tests share: the command run in process, as a user types it, and a folder of files to run it in.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../src/index.js';

/** Runs `replylint` with these arguments in `cwd` (default: the process's), with what it prints and its exit code. */
export async function cli(args: string[], options: { cwd?: string; stdin?: string | Uint8Array } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    cwd: options.cwd ?? process.cwd(),
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: async () => (typeof options.stdin === 'string' ? new TextEncoder().encode(options.stdin) : (options.stdin ?? new Uint8Array())),
    isTTY: false,
    env: {},
  });
  return { code, stdout, stderr };
}

/** A new temporary folder holding these files (their folders made as needed). */
export function workspace(files: Record<string, string | Uint8Array>, prefix = 'replylint-cli-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

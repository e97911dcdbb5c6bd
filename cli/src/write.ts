import { renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Writes through a temporary file in the same folder and renames it over the original, so a crash never leaves half a file. */
export function writeAtomic(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.replylint-${process.pid}-${Date.now()}.tmp`);
  const mode = statSync(path).mode;
  try {
    writeFileSync(temp, text, { mode });
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Nothing was left behind.
    }
    throw error;
  }
}

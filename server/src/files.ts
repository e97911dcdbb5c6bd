/**
 * Which documents are replies: the `replylint.files` globs, in order, the last
 * that matches deciding (a `!` glob excludes), as in a .gitignore read the
 * other way round. Untitled drafts are always replies: that is where agents
 * write them.
 */
import { compileGlob, GlobError } from '@replylint/cli/config';

const compiled = new Map<string, (path: string) => boolean>();

function matcher(glob: string): (path: string) => boolean {
  let match = compiled.get(glob);
  if (!match) {
    try {
      match = compileGlob(glob, { matchBase: true });
    } catch (error) {
      if (!(error instanceof GlobError)) throw error;
      // A glob that cannot be compiled matches nothing; normalizeSettings-level problems are reported there.
      match = () => false;
    }
    compiled.set(glob, match);
  }
  return match;
}

/** Whether a file, by its `/`-separated path relative to the workspace, is a reply under these globs. */
export function isReplyPath(relativePath: string, globs: readonly string[]): boolean {
  let reply = false;
  for (const glob of globs) {
    const negated = glob.startsWith('!');
    if (matcher(negated ? glob.slice(1) : glob)(relativePath)) reply = !negated;
  }
  return reply;
}

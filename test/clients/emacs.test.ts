import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readmeBlock, serverOnPath } from './readme-recipes.js';

// Emacs 28 with Debian's eglot 1.9 and markdown-mode: another independent LSP client, set up with the README's
// recipe as written. .txt opens in text-mode, .md in markdown-mode (from the package's own auto-mode entry).
const check = (recipe: string, files: string[]): string => `
;; What an interactive Emacs does at start-up: activate the installed packages, then read the user's init.
(package-activate-all)
(load ${JSON.stringify(recipe)})
(dolist (file '(${files.map((f) => JSON.stringify(f)).join(' ')}))
  (with-current-buffer (find-file-noselect file)
    ;; The command loop runs post-command-hook after find-file; eglot-ensure starts eglot there.
    (run-hooks 'post-command-hook)
    (let ((deadline (+ (float-time) 60)) (diags nil))
      (while (and (null diags) (< (float-time) deadline))
        (accept-process-output nil 0.2)
        (when (bound-and-true-p flymake-mode) (flymake-start))
        (setq diags (flymake-diagnostics)))
      (princ (format "FILE %s %s %d\\n" (file-name-nondirectory file) major-mode (length diags)))
      (dolist (d diags)
        (princ (format "%d %s\\n" (line-number-at-pos (flymake-diagnostic-beg d)) (flymake-diagnostic-text d)))))))
(kill-emacs 0)
`;

describe('a real Emacs with eglot, set up as the README says', () => {
  it('gets diagnostics for a .txt reply (text-mode) and a .md reply (markdown-mode)', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'replylint-emacs-'));
    const reply = 'Hi Sam,\n\nYou need to restart the router. Your package will arrive tomorrow.\n\nBest,\nAna\n';
    writeFileSync(join(workspace, 'reply.txt'), reply);
    writeFileSync(join(workspace, 'reply.md'), `# Late parcel\n\n${reply}`);
    const recipe = join(workspace, 'init.el');
    writeFileSync(recipe, readmeBlock('### Emacs (eglot)', 'elisp'));
    const script = join(workspace, 'check.el');
    writeFileSync(script, check(recipe, [join(workspace, 'reply.txt'), join(workspace, 'reply.md')]));
    const result = spawnSync('emacs', ['--batch', '-l', script], {
      cwd: workspace,
      encoding: 'utf8',
      timeout: 150_000,
      env: { ...process.env, PATH: `${serverOnPath()}:${process.env.PATH ?? ''}`, HOME: workspace },
    });
    expect(result.error).toBeUndefined();
    const out = result.stdout;
    const section = (name: string): string => out.split(`FILE ${name} `)[1]?.split('\nFILE ')[0] ?? '';
    expect(section('reply.txt')).toMatch(/^text-mode [1-9]/u);
    expect(section('reply.md')).toMatch(/^markdown-mode [1-9]/u);
    for (const name of ['reply.txt', 'reply.md']) {
      expect(section(name)).toContain('[no-negative-phrasing]: "You need to" puts the burden on the customer');
      expect(section(name)).toContain('[require-closing-invitation]');
    }
    // eglot warns of a registration it cannot take; the server does not ask for one.
    expect(result.stderr).not.toContain('unsupported capability');
  }, 180_000);
});

/**
 * The pre-commit hooks with the real pre-commit (Debian's package, installed by
 * scripts/setup-real-clients.sh), as a team uses them: a `.pre-commit-config.yaml`
 * naming this repository by `repo:` and `rev:`, so pre-commit installs it with
 * npm (`language: node`) exactly as from GitHub; here the repository is a local
 * snapshot of this checkout (uncommitted changes included, as `pre-commit
 * try-repo` takes them), so nothing comes from GitHub.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
let base: string;
let team: string;
let env: NodeJS.ProcessEnv;

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const badReply = 'Hi [Customer Name],\n\nYou need to clear your cookies.\n\nBest,\nAna\n';
const cleanReply = "Hi Sam,\n\nI've refunded the charge. Please reach out if anything else comes up.\n\nThanks,\nAna\n";

beforeAll(() => {
  if (!hasPreCommit) return;
  base = mkdtempSync(join(tmpdir(), 'replylint-pre-commit-'));
  // The hooks repository: this checkout's files as they are now, committed.
  const hooks = join(base, 'replylint');
  mkdirSync(hooks);
  const files = git(root, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean);
  for (const file of files) {
    try {
      mkdirSync(dirname(join(hooks, file)), { recursive: true });
      cpSync(join(root, file), join(hooks, file));
    } catch {
      // a file deleted but not yet staged
    }
  }
  git(hooks, 'init', '-q');
  git(hooks, 'add', '-A');
  git(hooks, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'snapshot');
  const rev = git(hooks, 'rev-parse', 'HEAD').trim();

  // A team's template repository: replies, and the tooling files every repository has.
  team = join(base, 'templates');
  const write = (name: string, text: string) => {
    mkdirSync(dirname(join(team, name)), { recursive: true });
    writeFileSync(join(team, name), text);
  };
  write('replies/clean.txt', cleanReply);
  write('package.json', '{ "name": "support-templates", "private": true }\n');
  write('tsconfig.json', '{ "compilerOptions": { "strict": true } }\n');
  write('renovate.json', '{ "extends": ["config:recommended"] }\n');
  write('.github/workflows/replylint.yml', readFileSync(join(root, 'docs/ci/github-actions.yml'), 'utf8'));
  write('settings.yaml', 'owner: support\nreview: weekly\n');
  // Tooling that is no strict JSON or YAML: a dev container's JSON with comments, a Helm chart's Go template.
  write('.devcontainer/devcontainer.json', '{\n  // the dev container\n  "name": "templates",\n}\n');
  write('chart/templates/deployment.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n  labels:\n    {{- include "chart.labels" . | nindent 4 }}\n');
  write('.pre-commit-config.yaml', `repos:\n  - repo: ${hooks}\n    rev: ${rev}\n    hooks:\n      - id: replylint\n      - id: replylint-fix\n        stages: [manual]\n`);
  git(team, 'init', '-q');
  git(team, 'add', '-A');
  env = { ...process.env, PRE_COMMIT_HOME: join(base, 'cache'), NO_COLOR: '1', PRE_COMMIT_COLOR: 'never' };
  // Installs the hook environment once (npm install of the repository, then its packed tarball).
  const install = spawnSync('pre-commit', ['install-hooks'], { cwd: team, env, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`pre-commit install-hooks failed:\n${install.stdout}\n${install.stderr}`);
}, 3_600_000);

afterAll(() => {
  if (base) rmSync(base, { recursive: true, force: true });
});

const preCommit = (...args: string[]) => spawnSync('pre-commit', args, { cwd: team, env, encoding: 'utf8' });

// Like the other real clients, pre-commit is installed by `npm test` (scripts/setup-real-clients.sh): missing, the
// hooks are untested, which is a failure to see, not a skip to miss.
it('has the real pre-commit to run (npm test installs it: scripts/setup-real-clients.sh)', () => {
  expect(hasPreCommit, 'pre-commit is not on PATH').toBe(true);
});

describe.skipIf(!hasPreCommit)('pre-commit hooks (real pre-commit)', () => {
  it('pass on a clean reply and the tooling files a repository has (workflow, renovate.json, package.json, tsconfig.json, other YAML)', () => {
    const result = preCommit('run', 'replylint', '--all-files');
    expect(result.stdout).toMatch(/replylint\.+Passed/u);
    expect(result.status).toBe(0);
  }, 300_000);

  it('the CLI passes over a non-reply YAML named explicitly, with a note, instead of failing', () => {
    // settings.yaml is not in the hook's exclude list: the CLI itself must let it through.
    const result = preCommit('run', 'replylint', '--verbose', '--files', 'settings.yaml');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('settings.yaml: skipped, not a reply file');
  }, 300_000);

  it('the CLI passes over JSON with comments and a templated YAML named explicitly, which no config reads as replies', () => {
    const result = preCommit('run', 'replylint', '--verbose', '--files', '.devcontainer/devcontainer.json', 'chart/templates/deployment.yaml', 'replies/clean.txt');
    expect(result.status, result.stdout).toBe(0);
    expect(result.stdout).toContain('.devcontainer/devcontainer.json: skipped, not a reply file (invalid JSON at line 2)');
    expect(result.stdout).toMatch(/chart\/templates\/deployment\.yaml: skipped, not a reply file \(invalid YAML at line \d+/u);
  }, 300_000);

  it('fail on a reply with an error-level finding, naming it', () => {
    writeFileSync(join(team, 'replies/bad.txt'), badReply);
    git(team, 'add', 'replies/bad.txt');
    const result = preCommit('run', 'replylint', '--files', 'replies/bad.txt', 'replies/clean.txt', 'package.json');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/replylint\.+Failed/u);
    expect(result.stdout).toContain('no-unfilled-placeholder');
    expect(result.stdout).toContain('replies/bad.txt');
  }, 300_000);

  it('replylint-fix rewrites safely and leaves the placeholder alone', () => {
    writeFileSync(join(team, 'replies/fixme.txt'), badReply);
    git(team, 'add', 'replies/fixme.txt');
    const result = preCommit('run', 'replylint-fix', '--hook-stage', 'manual', '--files', 'replies/fixme.txt');
    expect(result.stdout).toContain('files were modified by this hook');
    const fixed = readFileSync(join(team, 'replies/fixme.txt'), 'utf8');
    expect(fixed).toContain('Please clear your cookies.');
    expect(fixed).toContain('[Customer Name]');
  }, 300_000);
});

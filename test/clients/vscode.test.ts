/**
 * A real VS Code: code-server (VS Code 1.100 for the browser) with the built
 * .vsix installed, in Debian's headless Chromium driven by playwright-core.
 * The extension host runs in Node on the server side, so the language server
 * is a real child process, as on a desktop. Screenshots land in test-artifacts/.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const vsix = join(root, 'client/replylint.vsix');
const artifacts = join(root, 'test-artifacts');

function codeServerEntry(): string {
  const setup = spawnSync('bash', [join(root, 'scripts/setup-real-clients.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (setup.status !== 0) throw new Error('scripts/setup-real-clients.sh failed');
  return setup.stdout.trim().split('\n').at(-1)!;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHttp(url: string, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer at ${url}`);
}

const reply = 'Hi Sam,\n\nYou need to clear your cookies. Your package will arrive tomorrow.\n\nThanks,\nAna\n';
// An Arabic reply, right to left, with an English product name inside it and diacritics on the flagged words.
const arabicReply = 'مرحبًا سارة،\n\nشكرًا لتواصلك معنا بشأن طلب ShopApp. عَلَيْكَ التَّحَقُّق من رقم طلبك في رسالة التأكيد.\n\nأخبرنا إذا كان لديك أي أسئلة أخرى.\n\nمع خالص التحية،\nنور\n';

const dismissReply = 'Hi Sam,\n\nYour package will arrive tomorrow. Thanks for your patience.\n\nBest,\nAna\n';
const glossaryReply = 'Hi Sam,\n\nPlease clear your DNS cache and restart the router.\n\nThanks,\nAna\n';
const cli = join(root, 'cli/dist/cli.js');
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
/** The rules that judge a reply as a whole, which wait while a draft is being typed. */
const wholeReply = /require-closing-invitation|require-thanks|require-next-step|no-generic-greeting/u;

describe('a real VS Code (code-server in headless Chromium)', () => {
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let workspace: string;
  let log = '';

  beforeAll(async () => {
    expect(existsSync(vsix), 'build the extension first: npm run package:vsix').toBe(true);
    const entry = codeServerEntry();
    const home = mkdtempSync(join(tmpdir(), 'replylint-vscode-'));
    const extensions = join(home, 'extensions');
    const userData = join(home, 'user-data');
    workspace = join(home, 'workspace');
    mkdirSync(join(userData, 'User'), { recursive: true });
    mkdirSync(workspace);
    writeFileSync(join(workspace, 'reply.txt'), reply);
    writeFileSync(join(workspace, 'arabic.txt'), arabicReply);
    writeFileSync(join(workspace, 'draft.txt'), '');
    writeFileSync(join(workspace, 'dismiss.txt'), dismissReply);
    writeFileSync(join(workspace, 'glossary.txt'), glossaryReply);
    writeFileSync(join(workspace, '.replylintrc.json'), '{\n  "channel": "email"\n}\n');
    writeFileSync(
      join(userData, 'User/settings.json'),
      JSON.stringify({
        'security.workspace.trust.enabled': false,
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'extensions.ignoreRecommendations': true,
        'telemetry.telemetryLevel': 'off',
      }),
    );
    const install = spawnSync(process.execPath, [entry, '--extensions-dir', extensions, '--user-data-dir', userData, '--install-extension', vsix], { encoding: 'utf8' });
    expect(install.stdout + install.stderr).toContain('was successfully installed');

    const port = await freePort();
    server = spawn(
      process.execPath,
      [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', userData, '--extensions-dir', extensions, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', workspace],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    server.stdout!.on('data', (d: Buffer) => (log += d.toString()));
    server.stderr!.on('data', (d: Buffer) => (log += d.toString()));
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000);

    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    mkdirSync(artifacts, { recursive: true });
    for (const old of readdirSync(artifacts).filter((f) => f.startsWith('vscode-'))) rmSync(join(artifacts, old));
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill();
  });

  it('shows squiggles, opens the quick-fix menu, and applies a rewrite', async () => {
    try {
      await page.getByText('reply.txt', { exact: true }).first().click({ timeout: 60_000 });
      await page.locator('.squiggly-warning').first().waitFor({ timeout: 60_000 });
      // Three problems; the overpromise lies inside the closing-invitation range, so two squiggles draw them.
      await expect.poll(() => page.locator('.statusbar').innerText(), { timeout: 20_000 }).toMatch(/replylint \d+\/100 · \d+ missing · 3 problems/u);
      expect(await page.locator('.squiggly-warning').count()).toBeGreaterThanOrEqual(2);
      await page.screenshot({ path: join(artifacts, 'vscode-1-squiggles.png') });

      // Hover the first problem: go to it with "Next Problem", then show the hover.
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('Alt+F8');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+k');
      await page.keyboard.press('Control+i');
      await page.locator('.monaco-hover').getByText('Instead of:').first().waitFor({ timeout: 20_000 });
      await page.screenshot({ path: join(artifacts, 'vscode-2-hover.png') });
      await page.keyboard.press('Escape');

      // The quick-fix menu on the same problem, and the preferred rewrite.
      await page.keyboard.press('Control+.');
      const fix = page.getByText('Replace with "Please"').first();
      await fix.waitFor({ timeout: 20_000 });
      await page.screenshot({ path: join(artifacts, 'vscode-3-quick-fix.png') });
      // The preferred rewrite is the focused first item: Enter applies it, as a writer would.
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+s');
      await expect.poll(() => readFileSync(join(workspace, 'reply.txt'), 'utf8'), { timeout: 20_000 }).toContain('Please clear your cookies.');
      await expect.poll(() => page.locator('.statusbar').innerText(), { timeout: 20_000 }).toMatch(/replylint \d+\/100 · \d+ missing · 2 problems/u);
      await page.screenshot({ path: join(artifacts, 'vscode-4-fixed.png') });
    } catch (error) {
      await page.screenshot({ path: join(artifacts, 'vscode-failure.png') }).catch(() => undefined);
      throw new Error(`${(error as Error).message}\ncode-server log:\n${log.slice(-4000)}`);
    }
  }, 240_000);

  it('opens an Arabic reply, explains in Arabic, and applies the Arabic rewrite', async () => {
    try {
      await page.getByText('arabic.txt', { exact: true }).first().click({ timeout: 60_000 });
      await expect.poll(() => page.locator('.statusbar').innerText(), { timeout: 60_000 }).toMatch(/replylint \d+\/100( · \d+ missing)? · 1 problem\b/u);
      await page.locator('.squiggly-warning').first().waitFor({ timeout: 20_000 });
      await page.screenshot({ path: join(artifacts, 'vscode-5-arabic.png') });

      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('Alt+F8');
      // The problem peek shows the Arabic message.
      await page.getByText('تُلقي العبء على العميل').first().waitFor({ timeout: 20_000 });
      await page.screenshot({ path: join(artifacts, 'vscode-6-arabic-problem.png') });
      await page.keyboard.press('Escape');

      await page.keyboard.press('Control+.');
      await page.getByText('Replace with "دعنا نتحقق"').first().waitFor({ timeout: 20_000 });
      await page.screenshot({ path: join(artifacts, 'vscode-7-arabic-quick-fix.png') });
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+s');
      await expect.poll(() => readFileSync(join(workspace, 'arabic.txt'), 'utf8'), { timeout: 20_000 }).toBe(arabicReply.replace('عَلَيْكَ التَّحَقُّق', 'دعنا نتحقق'));
      await expect.poll(() => page.locator('.statusbar').innerText(), { timeout: 20_000 }).not.toMatch(/problems?\b/u);
      await page.screenshot({ path: join(artifacts, 'vscode-8-arabic-fixed.png') });
    } catch (error) {
      await page.screenshot({ path: join(artifacts, 'vscode-failure-arabic.png') }).catch(() => undefined);
      throw new Error(`${(error as Error).message}\ncode-server log:\n${log.slice(-4000)}`);
    }
  }, 240_000);

  /** The Problems panel's text (it is opened once and stays open below the editor). */
  const problems = async (): Promise<string> => (await page.locator('.markers-panel').count()) > 0 ? page.locator('.markers-panel').first().innerText() : '';
  /** The Problems panel's lines about one file (the panel lists every open file's problems, each under its name). */
  const problemsOf = async (name: string): Promise<string> => {
    const files = new Set(['reply.txt', 'arabic.txt', 'draft.txt', 'dismiss.txt', 'glossary.txt']);
    const lines = (await problems()).split('\n').map((l) => l.trim());
    const start = lines.indexOf(name);
    if (start === -1) return '';
    const rest = lines.slice(start + 1);
    const end = rest.findIndex((l) => files.has(l));
    return (end === -1 ? rest : rest.slice(0, end)).join('\n');
  };
  /** Opens the quick-fix menu at the cursor once the editor has the diagnostics there. */
  async function quickFixMenu(): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt++) {
      await page.keyboard.press('Control+.');
      try {
        await page.locator('.action-widget .monaco-list-row').first().waitFor({ timeout: 5000 });
        return;
      } catch {
        await page.keyboard.press('Escape');
        await sleep(1000);
      }
    }
    throw new Error('the quick-fix menu did not open');
  }
  /** Runs a command from the command palette, by its title. */
  async function runCommand(title: string): Promise<void> {
    await page.keyboard.press('F1');
    await page.keyboard.type(title);
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('Enter');
  }
  /** Puts the cursor at a line and column (1-based) of the active editor. */
  async function goTo(line: number, column: number): Promise<void> {
    await page.keyboard.press('Control+g');
    await page.keyboard.type(`${line}:${column}`);
    await page.keyboard.press('Enter');
  }
  /** Picks an entry of the open quick-fix menu with the keyboard, as a writer does. */
  async function pickQuickFix(title: string): Promise<void> {
    const focused = page.locator('.action-widget .monaco-list-row.focused');
    await focused.first().waitFor({ timeout: 20_000 });
    for (let i = 0; i < 20; i++) {
      if ((await focused.first().innerText()).includes(title)) {
        await page.keyboard.press('Enter');
        return;
      }
      await page.keyboard.press('ArrowDown');
    }
    throw new Error(`no "${title}" in the quick-fix menu`);
  }
  /** Opens a file from the explorer, with the Problems panel showing below it. */
  async function open(name: string): Promise<void> {
    await page.getByText(name, { exact: true }).first().click({ timeout: 60_000 });
    await page.locator('.tab.active').getByText(name).waitFor({ timeout: 20_000 });
    if (!(await page.locator('.markers-panel').first().isVisible().catch(() => false))) {
      await page.keyboard.press('Control+Shift+m');
      await page.locator('.markers-panel').first().waitFor({ timeout: 20_000 });
    }
    await page.locator('.monaco-editor .view-lines').first().click();
  }

  it('typing a reply at a human pace: no whole-reply warning before the sign-off, then they show; the score follows', async () => {
    try {
      await open('draft.txt');
      const samples: string[] = [];
      let typing = true;
      const sampler = (async () => {
        while (typing) {
          samples.push(await problemsOf('draft.txt'));
          await sleep(400);
        }
      })();
      // About eight characters a second, as a writer types, with a pause of three seconds mid-sentence.
      await page.keyboard.type('Hi Sam,\n\nYou need to clear your cookies. I have sent you a new', { delay: 120 });
      await sleep(3000);
      await page.screenshot({ path: join(artifacts, 'vscode-9-typing.png') });
      await page.keyboard.type(' link to sign in', { delay: 120 });
      await sleep(2500);
      typing = false;
      await sampler;
      // The phrase report on the finished sentence showed while typing; no whole-reply report did.
      expect(samples.some((t) => t.includes('no-negative-phrasing'))).toBe(true);
      expect(samples.filter((t) => wholeReply.test(t))).toEqual([]);
      const before = await page.locator('.statusbar').innerText();
      expect(before).toMatch(/replylint \d+\/100/u);
      // The sign-off finishes the draft: the whole-reply reports show, and the score moves.
      await page.keyboard.type('.\n\nBest,\nAna', { delay: 120 });
      await expect.poll(() => problemsOf('draft.txt'), { timeout: 20_000 }).toMatch(/require-closing-invitation/u);
      await expect.poll(() => page.locator('.statusbar').innerText(), { timeout: 20_000 }).not.toBe(before);
      await page.screenshot({ path: join(artifacts, 'vscode-10-signed-off.png') });
      // The score and checklist, in the status bar's tooltip.
      await page.locator('.statusbar-item').filter({ hasText: /replylint \d+\/100/u }).first().hover();
      await page.getByText('Closing invitation — missing').first().waitFor({ timeout: 20_000 });
      await page.screenshot({ path: join(artifacts, 'vscode-11-score-checklist.png') });
      await page.keyboard.press('Escape');
    } catch (error) {
      await page.screenshot({ path: join(artifacts, 'vscode-failure-typing.png') }).catch(() => undefined);
      throw new Error(`${(error as Error).message}\ncode-server log:\n${log.slice(-4000)}`);
    }
  }, 240_000);

  it('dismiss leaves the reply byte-identical and the report gone, also after reloading the window; the documentation command opens the rule', async () => {
    try {
      await open('dismiss.txt');
      await expect.poll(() => problemsOf('dismiss.txt'), { timeout: 30_000 }).toMatch(/no-overpromise/u);
      // The documentation command offers the rule under the cursor first (not "[object Object]") and opens its bundled page.
      await goTo(3, 16);
      await runCommand('replylint: Show rule documentation');
      const first = page.locator('.quick-input-list .monaco-list-row').first();
      await expect.poll(() => first.innerText(), { timeout: 20_000 }).toBe('no-overpromise');
      await page.keyboard.press('Enter');
      await page.locator('.tab').filter({ hasText: 'no-overpromise.md' }).first().waitFor({ timeout: 30_000 });
      // The page itself, rendered from the copy inside the extension (no network): the preview is a webview.
      await page.frameLocator('iframe.webview.ready').frameLocator('#active-frame').getByText('Certainty about times or outcomes', { exact: false }).first().waitFor({ timeout: 30_000 });
      await page.screenshot({ path: join(artifacts, 'vscode-12-rule-docs.png') });
      await page.keyboard.press('Control+w');

      await open('dismiss.txt');
      await expect.poll(() => problemsOf('dismiss.txt'), { timeout: 30_000 }).toMatch(/no-overpromise/u);
      await goTo(3, 16);
      await quickFixMenu();
      const dismiss = page.getByText('Dismiss this no-overpromise report').first();
      await dismiss.waitFor({ timeout: 20_000 });
      await page.screenshot({ path: join(artifacts, 'vscode-13-dismiss-menu.png') });
      // The rewrite first, then fix-all, then dismiss and the rest.
      const menu = await page.locator('.action-widget .monaco-list-row').allInnerTexts();
      expect(menu.map((t) => t.trim()).filter((t) => t !== 'Quick Fix')).toEqual([
        'Replace with "should arrive"',
        'Fix all safe rewrites in this reply',
        'Dismiss this no-overpromise report',
        'Ignore "will arrive" everywhere (no-overpromise)',
        'Open the documentation for no-overpromise',
      ]);
      await pickQuickFix('Dismiss this no-overpromise report');
      await expect.poll(() => problemsOf('dismiss.txt'), { timeout: 20_000 }).not.toMatch(/no-overpromise/u);
      expect(await problemsOf('dismiss.txt')).toMatch(/require-closing-invitation/u);
      expect(readFileSync(join(workspace, 'dismiss.txt'), 'utf8')).toBe(dismissReply);
      expect(await page.locator('.tab.active.dirty').count()).toBe(0);
      expect(readFileSync(join(workspace, '.replylint/dismissed.json'), 'utf8')).toContain('"file": "dismiss.txt"');

      // Reload the window: a new extension host and language server read the dismissal back.
      await page.reload();
      await open('dismiss.txt');
      await expect.poll(() => page.locator('.statusbar').innerText(), { timeout: 60_000 }).toMatch(/replylint \d+\/100/u);
      await expect.poll(() => problemsOf('dismiss.txt'), { timeout: 30_000 }).toMatch(/require-closing-invitation/u);
      expect(await problemsOf('dismiss.txt')).not.toMatch(/no-overpromise/u);
      expect(readFileSync(join(workspace, 'dismiss.txt'), 'utf8')).toBe(dismissReply);
      await page.screenshot({ path: join(artifacts, 'vscode-14-dismissed-after-reload.png') });

      // Listed, and undone, by a command.
      await runCommand('replylint: Show and undo dismissed reports');
      await page.getByText('no-overpromise "will arrive" in dismiss.txt').first().waitFor({ timeout: 20_000 });
      await page.screenshot({ path: join(artifacts, 'vscode-15-dismissed-list.png') });
      await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'no-overpromise "will arrive" in dismiss.txt' }).first().click();
      await page.getByRole('button', { name: 'OK' }).first().click();
      await expect.poll(() => problemsOf('dismiss.txt'), { timeout: 20_000 }).toMatch(/no-overpromise/u);
    } catch (error) {
      await page.screenshot({ path: join(artifacts, 'vscode-failure-dismiss.png') }).catch(() => undefined);
      throw new Error(`${(error as Error).message}\ncode-server log:\n${log.slice(-4000)}`);
    }
  }, 300_000);

  it('"add to the team glossary" writes the config file, and the CLI stops reporting the term too', async () => {
    const cliRules = (): string[] => {
      const run = spawnSync(process.execPath, [cli, 'glossary.txt', '--format', 'json'], { cwd: workspace, encoding: 'utf8' });
      return (JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string }> }>)[0]!.messages.map((m) => m.ruleId);
    };
    try {
      expect(cliRules()).toContain('no-unclear-instructions');
      await open('glossary.txt');
      await expect.poll(() => problemsOf('glossary.txt'), { timeout: 30_000 }).toMatch(/no-unclear-instructions/u);
      await goTo(3, 20);
      await quickFixMenu();
      const add = page.getByText('Add "DNS" to the team glossary').first();
      await add.waitFor({ timeout: 20_000 });
      await pickQuickFix('Add "DNS" to the team glossary');
      await expect.poll(() => readFileSync(join(workspace, '.replylintrc.json'), 'utf8'), { timeout: 20_000 }).toContain('"DNS"');
      await expect.poll(() => problemsOf('glossary.txt'), { timeout: 20_000 }).not.toMatch(/no-unclear-instructions/u);
      expect(await problemsOf('glossary.txt')).toMatch(/require-closing-invitation/u);
      expect(cliRules()).not.toContain('no-unclear-instructions');
      expect(readFileSync(join(workspace, 'glossary.txt'), 'utf8')).toBe(glossaryReply);
    } catch (error) {
      await page.screenshot({ path: join(artifacts, 'vscode-failure-glossary.png') }).catch(() => undefined);
      throw new Error(`${(error as Error).message}\ncode-server log:\n${log.slice(-4000)}`);
    }
  }, 240_000);
});

// The first window above turns workspace trust off; this one keeps code-server's default, answers the
// trust prompt "No", and checks the README's promise that the extension works in an untrusted workspace,
// team config included (it is data, never run).
describe('a real VS Code in Restricted Mode (an untrusted workspace)', () => {
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  let log = '';

  afterAll(async () => {
    await browser?.close();
    server?.kill();
  });

  it('lints a reply with the team config after the user declines to trust the folder', async () => {
    const entry = codeServerEntry();
    const home = mkdtempSync(join(tmpdir(), 'replylint-vscode-restricted-'));
    const extensions = join(home, 'extensions');
    const userData = join(home, 'user-data');
    const folder = join(home, 'workspace');
    mkdirSync(join(userData, 'User'), { recursive: true });
    mkdirSync(folder);
    writeFileSync(join(folder, 'reply.txt'), reply);
    // The team turns one rule off: the reply's overpromise must not be reported, in Restricted Mode too.
    writeFileSync(join(folder, '.replylintrc.json'), '{\n  "rules": { "no-overpromise": "off" }\n}\n');
    // Only the noise is turned off; workspace trust keeps its default (on, with a prompt).
    writeFileSync(join(userData, 'User/settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'telemetry.telemetryLevel': 'off' }));
    const install = spawnSync(process.execPath, [entry, '--extensions-dir', extensions, '--user-data-dir', userData, '--install-extension', vsix], { encoding: 'utf8' });
    expect(install.stdout + install.stderr).toContain('was successfully installed');
    const port = await freePort();
    server = spawn(process.execPath, [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', userData, '--extensions-dir', extensions, '--disable-telemetry', '--disable-update-check', folder], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (d: Buffer) => (log += d.toString()));
    server.stderr!.on('data', (d: Buffer) => (log += d.toString()));
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    try {
      await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`);
      await page.getByText('Do you trust the authors of the files in this folder?').waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: "No, I don't trust the authors" }).click();
      await expect.poll(() => page.locator('.statusbar').innerText(), { timeout: 30_000 }).toMatch(/Restricted Mode/u);
      await page.getByText('reply.txt', { exact: true }).first().click({ timeout: 60_000 });
      await page.locator('.squiggly-warning').first().waitFor({ timeout: 60_000 });
      await expect.poll(() => page.locator('.statusbar').innerText(), { timeout: 20_000 }).toMatch(/replylint \d+\/100 · \d+ missing · 2 problems/u);
      await page.keyboard.press('Control+Shift+M');
      const problems = page.locator('.markers-panel');
      await expect.poll(() => problems.innerText(), { timeout: 20_000 }).toMatch(/no-negative-phrasing/u);
      expect(await problems.innerText()).not.toMatch(/no-overpromise/u);
      await page.screenshot({ path: join(artifacts, 'vscode-restricted-mode.png') });
    } catch (error) {
      await page.screenshot({ path: join(artifacts, 'vscode-failure-restricted.png') }).catch(() => undefined);
      throw new Error(`${(error as Error).message}\ncode-server log:\n${log.slice(-4000)}`);
    }
  }, 300_000);
});

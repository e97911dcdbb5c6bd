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
    writeFileSync(
      join(userData, 'User/settings.json'),
      JSON.stringify({
        'security.workspace.trust.enabled': false,
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'extensions.ignoreRecommendations': true,
        'telemetry.telemetryLevel': 'off',
        'replylint.focusMode': 'off',
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
      await expect.poll(() => page.locator('.statusbar').innerText(), { timeout: 20_000 }).toMatch(/replylint: 3/u);
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
      await expect.poll(() => page.locator('.statusbar').innerText(), { timeout: 20_000 }).toMatch(/replylint: 2/u);
      await page.screenshot({ path: join(artifacts, 'vscode-4-fixed.png') });
    } catch (error) {
      await page.screenshot({ path: join(artifacts, 'vscode-failure.png') }).catch(() => undefined);
      throw new Error(`${(error as Error).message}\ncode-server log:\n${log.slice(-4000)}`);
    }
  }, 240_000);

  it('opens an Arabic reply, explains in Arabic, and applies the Arabic rewrite', async () => {
    try {
      await page.getByText('arabic.txt', { exact: true }).first().click({ timeout: 60_000 });
      await expect.poll(() => page.locator('.statusbar').innerText(), { timeout: 60_000 }).toMatch(/replylint: 1/u);
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
      await expect.poll(() => page.locator('.statusbar').innerText(), { timeout: 20_000 }).not.toMatch(/replylint: \d/u);
      await page.screenshot({ path: join(artifacts, 'vscode-8-arabic-fixed.png') });
    } catch (error) {
      await page.screenshot({ path: join(artifacts, 'vscode-failure-arabic.png') }).catch(() => undefined);
      throw new Error(`${(error as Error).message}\ncode-server log:\n${log.slice(-4000)}`);
    }
  }, 240_000);
});

// Drives the unpacked extension in Debian's Chromium with playwright-core:
// serves the test pages from localhost, loads the extension with
// --load-extension, and enables a site through the real popup page.
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const here = new URL('..', import.meta.url).pathname;
export const extensionDir = join(here, 'dist');
export const pagesDir = join(here, 'pages/dist');

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/** Serves pages/dist on 127.0.0.1 (an ephemeral port); resolves to its origin and a close function. */
export function servePages(dir = pagesDir) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const file = normalize(join(dir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

export function chromiumPath() {
  for (const p of [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser']) if (p && existsSync(p)) return p;
  throw new Error('Chromium not found: run scripts/setup-real-clients.sh (Debian package chromium)');
}

/** Chromium with the extension loaded (headless=new: the old headless mode runs no extensions). */
export async function launch({ extension = true } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'replylint-chromium-'));
  const args = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--lang=en-US', '--force-device-scale-factor=1'];
  if (extension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(), headless: true, args, viewport: { width: 1100, height: 800 },
  });
  let extensionId;
  if (extension) {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
    extensionId = new URL(worker.url()).host;
  }
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, extensionId, close };
}

/** The id Chromium gave a page's tab: the page is brought to the front and the extension asks for the active tab (it may not read tabs' addresses). */
export async function tabIdOf(context, page) {
  await page.bringToFront();
  const worker = context.serviceWorkers()[0];
  return worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
}

/** Enables (or disables) replylint for the page's site by ticking the box in the extension's real popup. */
export async function setSite(context, extensionId, page, enabled, channel) {
  const tabId = await tabIdOf(context, page);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('body[data-ready="true"]', { timeout: 5000 }).catch(async (e) => { throw new Error(`popup not ready for tab ${tabId}: ${await popup.textContent("#site")}`); });
  if (channel) await popup.selectOption('#channel', channel);
  const box = popup.locator('#enabled');
  if ((await box.isChecked()) !== enabled) await box.click();
  await popup.waitForTimeout(50);
  await popup.close();
  await page.bringToFront();
}

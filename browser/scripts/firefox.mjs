// Drives the extension in Debian's Firefox ESR over Marionette, Firefox's own
// remote protocol (length-prefixed JSON over TCP; no driver binary to fetch):
// the unpacked extension is installed as a temporary add-on, as about:debugging
// does, and a site is enabled through the real popup page.
//
// WebDriver may not navigate to a moz-extension: page, so the popup is opened by
// the browser's own window code (the chrome context, which Firefox allows only
// when started with -remote-allow-system-access), in a window of its own so that
// the tab being tested stays the active tab of its window, as when an agent
// clicks the toolbar button.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionDir } from './harness.mjs';

/** The add-on id of the manifest (browser_specific_settings.gecko.id), and the fixed internal UUID its pages get here. */
export const addonId = 'replylint@replylint.dev';
const uuid = '5e1f0c2a-7d3b-4a6e-9c81-2f4b6d8a0e13';
export const extensionOrigin = `moz-extension://${uuid}`;

export function firefoxPath() {
  for (const p of [process.env.FIREFOX, '/usr/bin/firefox-esr', '/usr/bin/firefox']) if (p && existsSync(p)) return p;
  throw new Error('Firefox not found: run scripts/setup-real-clients.sh (Debian package firefox-esr)');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** One Marionette connection: `send(command, parameters)` resolves to the command's result or rejects with its error. */
function connectMarionette(port) {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let buffer = Buffer.alloc(0);
    let greeted = false;
    let lastId = 0;
    const pending = new Map();
    socket.once('error', reject);
    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const colon = buffer.indexOf(':');
        if (colon < 0) return;
        const length = Number(buffer.subarray(0, colon).toString());
        if (buffer.length < colon + 1 + length) return;
        const message = JSON.parse(buffer.subarray(colon + 1, colon + 1 + length).toString());
        buffer = buffer.subarray(colon + 1 + length);
        if (!greeted) {
          greeted = true;
          resolve({
            send(command, parameters = {}) {
              const id = ++lastId;
              const body = JSON.stringify([0, id, command, parameters]);
              socket.write(`${Buffer.byteLength(body)}:${body}`);
              return new Promise((ok, fail) => pending.set(id, { ok, fail, command }));
            },
            close: () => socket.destroy(),
          });
          continue;
        }
        const [, id, error, result] = message;
        const waiting = pending.get(id);
        pending.delete(id);
        if (error) waiting?.fail(new Error(`${waiting.command}: ${error.error}: ${error.message}`));
        else waiting?.ok(result);
      }
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Headless Firefox with a fresh profile and the unpacked extension installed; `close()` ends it and removes the profile. */
export async function launchFirefox() {
  const profile = mkdtempSync(join(tmpdir(), 'replylint-firefox-'));
  const port = await freePort();
  const prefs = {
    'marionette.port': port,
    // The extension's pages at a known address.
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
    'browser.shell.checkDefaultBrowser': false,
    'browser.aboutwelcome.enabled': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'datareporting.policy.dataSubmissionEnabled': false,
    'app.update.disabledForTesting': true,
    'browser.tabs.warnOnClose': false,
  };
  writeFileSync(join(profile, 'user.js'), Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n'));
  const child = spawn(firefoxPath(), ['--headless', '--marionette', '-remote-allow-system-access', '-no-remote', '-profile', profile], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let marionette;
  for (let i = 0; i < 150 && !marionette; i++) {
    if (child.exitCode !== null) throw new Error(`Firefox exited (${child.exitCode}): ${stderr.slice(-500)}`);
    marionette = await connectMarionette(port).catch(() => undefined);
    if (!marionette) await sleep(200);
  }
  if (!marionette) throw new Error(`Firefox's Marionette did not answer on ${port}: ${stderr.slice(-500)}`);
  await marionette.send('WebDriver:NewSession', { capabilities: {} });
  const installed = await marionette.send('Addon:Install', { path: extensionDir, temporary: true });
  const close = async () => {
    marionette.close();
    child.kill();
    await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
    rmSync(profile, { recursive: true, force: true });
  };
  return { marionette, addon: installed.value, close };
}

/** Runs a script in the current browsing context and returns its value. */
export async function run(marionette, script, args = []) {
  return (await marionette.send('WebDriver:ExecuteScript', { script, args })).value;
}

/** The element reference of the first match of a CSS selector. */
export async function find(marionette, selector) {
  const { value } = await marionette.send('WebDriver:FindElement', { using: 'css selector', value: selector });
  return Object.values(value)[0];
}

/**
 * Enables (or disables) replylint for the site of the current tab by ticking the box in the extension's real popup,
 * then comes back to that tab.
 */
export async function setSiteInFirefox(marionette, enabled, channel) {
  const tested = (await marionette.send('WebDriver:GetWindowHandle')).value;
  // On a loaded machine the popup's page now and then comes up without the extension API (seen under three busy
  // processes beside the test); a second window is then opened, as a person would open the popup again.
  for (let attempt = 1; ; attempt++) {
    try {
      return await setSiteOnce(marionette, enabled, channel, tested);
    } catch (error) {
      // A new window's first document is swapped for the popup's in another process: a script sent as that happens
      // meets "Browsing context has been discarded" (seen once under a mutation run beside CI). Both are transient.
      if (attempt >= 3 || !/no tab to enable|Browsing context has been discarded|no such window/.test(String(error))) throw error;
      const handles = await marionette.send('WebDriver:GetWindowHandles');
      for (const handle of handles.filter((h) => h !== tested)) {
        await marionette.send('WebDriver:SwitchToWindow', { handle });
        await marionette.send('WebDriver:CloseWindow');
      }
      await marionette.send('WebDriver:SwitchToWindow', { handle: tested });
    }
  }
}

/** Loads the popup again in the window opened for it (the browser window that is not the tested one). */
async function reloadPopup(marionette) {
  await marionette.send('Marionette:SetContext', { value: 'chrome' });
  try {
    await run(
      marionette,
      `for (const w of Services.wm.getEnumerator('navigator:browser')) {
         if (w.__replylintTested || !w.gBrowser) continue;
         w.gBrowser.selectedBrowser.fixupAndLoadURIString(arguments[0], { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });
       }
       return true;`,
      [`${extensionOrigin}/popup.html`],
    );
  } finally {
    await marionette.send('Marionette:SetContext', { value: 'content' });
  }
}

async function setSiteOnce(marionette, enabled, channel, tested) {
  const before = await marionette.send('WebDriver:GetWindowHandles');
  await marionette.send('Marionette:SetContext', { value: 'chrome' });
  try {
    // The window of the tab being tested is marked, so the new window is told apart from it while it opens.
    await run(marionette, `const w = Services.wm.getMostRecentWindow('navigator:browser'); w.__replylintTested = true; w.OpenBrowserWindow(); return true;`);
    // Up to 30 s each, here and below: on a loaded machine (vitest runs the real-client files side by side) a new
    // window can take several seconds to be ready, and 5 s was not always enough.
    let popupWindow = false;
    for (let i = 0; i < 300 && !popupWindow; i++) {
      await sleep(100);
      popupWindow = await run(
        marionette,
        `const w = Services.wm.getMostRecentWindow('navigator:browser');
         if (w.__replylintTested || !w.gBrowser || w.document.readyState !== 'complete' || w.gBrowser.tabs.length !== 1) return false;
         w.gBrowser.selectedBrowser.fixupAndLoadURIString(arguments[0], { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });
         return true;`,
        [`${extensionOrigin}/popup.html`],
      );
    }
    if (!popupWindow) throw new Error('popup: the window for the popup was not ready within 30 s');
  } finally {
    await marionette.send('Marionette:SetContext', { value: 'content' });
  }
  let popup;
  for (let i = 0; i < 300 && !popup; i++) {
    const handles = await marionette.send('WebDriver:GetWindowHandles');
    popup = handles.find((h) => !before.includes(h));
    if (!popup) await sleep(100);
  }
  await marionette.send('WebDriver:SwitchToWindow', { handle: popup });
  // Under load the new window's own first page can win over the popup's load, and the window then stays on it (seen:
  // 30 s on about:blank). The load is asked for again every 3 s until the popup's address is there.
  // The address is read again when the window's first document was swapped for the popup's as the script was sent.
  const address = async () => {
    try {
      return String(await run(marionette, 'return location.href;'));
    } catch (error) {
      if (!/Browsing context has been discarded/.test(String(error))) throw error;
      await marionette.send('WebDriver:SwitchToWindow', { handle: popup });
      return '';
    }
  };
  for (let i = 0; i < 300 && !(await address()).startsWith(extensionOrigin); i++) {
    if (i % 30 === 29) await reloadPopup(marionette);
    await sleep(100);
  }
  // Its address may be set before its document has the extension API: wait for that too (up to 10 s), or the tab
  // query below meets an undefined "browser".
  const apiReady = `return document.readyState === 'complete' && Boolean((window.wrappedJSObject?.browser ?? window.browser)?.tabs);`;
  for (let i = 0; i < 100 && !(await run(marionette, apiReady)); i++) await sleep(100);
  // The popup is told which tab it is for, as the Chromium harness does: the active tab that is not its own.
  const tabId = await marionette.send('WebDriver:ExecuteAsyncScript', {
    script: `const done = arguments[arguments.length - 1];
      const api = window.wrappedJSObject?.browser ?? window.browser;
      (async () => {
        const own = await api.tabs.getCurrent();
        const active = await api.tabs.query({ active: true });
        done(active.map((t) => t.id).find((id) => id !== own.id) ?? null);
      })().catch((e) => done(String(e)));`,
    args: [],
  });
  if (typeof tabId.value !== 'number') throw new Error(`popup: no tab to enable (${tabId.value})`);
  await run(marionette, `location.search = '?tab=' + arguments[0]; return true;`, [tabId.value]);
  for (let i = 0; i < 50 && !(await run(marionette, `return document.body?.dataset.ready === 'true';`)); i++) await sleep(100);
  if (channel) await run(marionette, `const s = document.querySelector('#channel'); s.value = arguments[0]; s.dispatchEvent(new Event('change', { bubbles: true })); return true;`, [channel]);
  if ((await run(marionette, `return document.querySelector('#enabled').checked;`)) !== enabled) {
    await marionette.send('WebDriver:ElementClick', { id: await find(marionette, '#enabled') });
  }
  await sleep(100);
  await marionette.send('WebDriver:CloseWindow');
  await marionette.send('WebDriver:SwitchToWindow', { handle: tested });
}

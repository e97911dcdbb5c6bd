/**
 * The browser extension in real Firefox (Debian's firefox-esr, driven over
 * Marionette, the unpacked extension installed as a temporary add-on as
 * about:debugging does): the same build as for Chromium, whose manifest names
 * both a service worker (Chromium) and background scripts (Firefox). On a
 * textarea, a contenteditable box and CKEditor 5: the site enabled through the real popup,
 * a flawed reply typed key by key, the underlines under the flagged words (by
 * the reply's offsets and by geometry against the text's own client rects),
 * the card opened from the keyboard and a rewrite applied.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain ES modules shared with the Chromium harness
import { servePages } from '../../browser/scripts/harness.mjs';
// @ts-expect-error: plain ES modules shared with the Chromium harness
import { find, launchFirefox, run, setSiteInFirefox } from '../../browser/scripts/firefox.mjs';

interface Marionette {
  send(command: string, parameters?: unknown): Promise<{ value?: unknown } & Record<string, unknown>>;
}
interface Firefox {
  marionette: Marionette;
  addon: string;
  close(): Promise<void>;
}
interface Underline {
  rule: string;
  start: number;
  end: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const artifacts = `${root}test-artifacts/firefox`;
const reply = 'Hi Sam,\n\nThanks for your patience with the router. You need to restart the router before 5pm. Your replacement will definitely arrive tomorrow.\n\nBest,\nAna';

let firefox: Firefox;
let server: { origin: string; close(): Promise<void> };

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  server = await servePages();
  firefox = await launchFirefox();
}, 120_000);

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function underlines(m: Marionette): Promise<Underline[]> {
  return (await run(
    m,
    `const host = document.querySelector('replylint-overlay');
     return Array.from(host?.shadowRoot?.querySelectorAll('.u:not([hidden])') ?? []).map((u) => {
       const r = u.getBoundingClientRect();
       return { rule: u.dataset.rule, start: Number(u.dataset.start), end: Number(u.dataset.end), left: r.left, top: r.top, right: r.right, bottom: r.bottom };
     });`,
  )) as Underline[];
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false | null>, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

async function screenshot(m: Marionette, name: string): Promise<void> {
  const { value } = await m.send('WebDriver:TakeScreenshot', { full: false, hash: false });
  writeFileSync(`${artifacts}/${name}.png`, Buffer.from(String(value), 'base64'));
}

/** Presses keys (WebDriver key values) together, then releases them in reverse order. */
async function chord(m: Marionette, ...keys: string[]): Promise<void> {
  const actions = [...keys.map((value) => ({ type: 'keyDown', value })), ...[...keys].reverse().map((value) => ({ type: 'keyUp', value }))];
  await m.send('WebDriver:PerformActions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  await m.send('WebDriver:ReleaseActions');
}
const ALT = '\uE00A';
const ENTER = '\uE007';

const boxes = [
  {
    name: 'textarea',
    page: 'textarea.html',
    editable: '#editor',
    // The reply as the box holds it, and the caret put inside a phrase.
    text: `return document.querySelector('#editor').value;`,
    caret: `const el = document.querySelector('#editor'); el.focus(); const at = el.value.indexOf(arguments[0]) + 2; el.setSelectionRange(at, at); return at;`,
    // A textarea's text has no client rects of its own: the underline must lie inside the box.
    rects: null,
  },
  {
    name: 'contenteditable',
    page: 'contenteditable.html',
    editable: '#editor',
    text: `return document.querySelector('#editor').innerText;`,
    caret: `const el = document.querySelector('#editor'); el.focus();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const i = node.data.indexOf(arguments[0]);
        if (i >= 0) { getSelection().collapse(node, i + 2); return i + 2; }
      }
      return -1;`,
    rects: `const el = document.querySelector('#editor');
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const i = node.data.indexOf(arguments[0]);
        if (i < 0) continue;
        const range = document.createRange(); range.setStart(node, i); range.setEnd(node, i + arguments[0].length);
        return Array.from(range.getClientRects()).filter((r) => r.width > 1).map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
      }
      return [];`,
  },
  {
    // A rich editor that keeps its own model: the rewrite must reach it through the beforeinput event it listens to.
    name: 'CKEditor 5',
    page: 'ckeditor.html',
    editable: '.ck-editor__editable',
    text: `return window.wrappedJSObject?.editor?.getData() ?? window.editor.getData();`,
    caret: `const el = document.querySelector('.ck-editor__editable'); el.focus();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const i = node.data.indexOf(arguments[0]);
        if (i >= 0) { getSelection().collapse(node, i + 2); return i + 2; }
      }
      return -1;`,
    rects: `const el = document.querySelector('.ck-editor__editable');
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const i = node.data.indexOf(arguments[0]);
        if (i < 0) continue;
        const range = document.createRange(); range.setStart(node, i); range.setEnd(node, i + arguments[0].length);
        return Array.from(range.getClientRects()).filter((r) => r.width > 1).map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
      }
      return [];`,
  },
];

describe('the browser extension in real Firefox', () => {
  it('installs as a temporary add-on from the same build as for Chromium, and is off on a site not enabled', async () => {
    expect(firefox.addon).toBe('replylint@replylint.dev');
    const m = firefox.marionette;
    await m.send('WebDriver:Navigate', { url: `${server.origin}/textarea.html` });
    const editor = await find(m, '#editor');
    await m.send('WebDriver:ElementSendKeys', { id: editor, text: 'You need to restart the router.' });
    await sleep(1500);
    expect(await run(m, `return document.documentElement.dataset.replylint ?? null;`)).toBeNull();
    expect(await underlines(m)).toEqual([]);
  }, 60_000);

  for (const box of boxes) {
    it(`${box.name}: enabled from the popup, underlines at the flagged words, a rewrite applied from the keyboard`, async () => {
      const m = firefox.marionette;
      await m.send('WebDriver:Navigate', { url: `${server.origin}/${box.page}` });
      await setSiteInFirefox(m, true, 'email');
      await waitFor('the content script to switch on', () => run(m, `return document.documentElement.dataset.replylint === 'on';`));

      // 1. The reply typed key by key.
      await waitFor('the editor', () => run(m, `return document.querySelector(arguments[0]) !== null;`, [box.editable]));
      const editor = await find(m, box.editable);
      await m.send('WebDriver:ElementClick', { id: editor });
      // Rich editors make a paragraph per Enter: one Enter between paragraphs, as an agent types them. The extension
      // reads a blank line between paragraphs, so its offsets are those of the reply as written.
      const typed = box.editable === '#editor' ? reply : reply.replace(/\n\n/gu, '\n');
      await m.send('WebDriver:ElementSendKeys', { id: editor, text: typed });
      const lines = await waitFor('the underlines', async () => {
        const now = await underlines(m);
        return now.some((u) => u.rule === 'no-negative-phrasing') && now.some((u) => u.rule === 'no-overpromise') ? now : undefined;
      });
      await screenshot(m, `${box.name}-underlined`);
      const text = String(await run(m, box.text));
      const negative = lines.find((u) => u.rule === 'no-negative-phrasing')!;
      const overpromise = lines.find((u) => u.rule === 'no-overpromise')!;
      // By the reply's own offsets (a contenteditable's innerText may end its lines as the browser likes: compare words).
      expect(text.replace(/\s+/gu, ' ')).toContain('You need to restart');
      const flagged = (u: Underline): string => reply.slice(u.start, u.end);
      expect(flagged(negative)).toBe('You need to');
      expect(flagged(overpromise)).toBe('will definitely arrive');
      // By geometry: under the words themselves, or inside the box for a textarea.
      const boxRect = (await run(m, `const r = document.querySelector(arguments[0]).getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };`, [box.editable])) as Underline;
      for (const u of [negative, overpromise]) {
        expect(u.left).toBeGreaterThanOrEqual(boxRect.left);
        expect(u.right).toBeLessThanOrEqual(boxRect.right);
        expect(u.top).toBeGreaterThanOrEqual(boxRect.top);
        expect(u.bottom).toBeLessThanOrEqual(boxRect.bottom);
      }
      expect(overpromise.top).toBeGreaterThanOrEqual(negative.top);
      if (box.rects) {
        const words = (await run(m, box.rects, ['You need to'])) as Underline[];
        expect(words.length).toBeGreaterThan(0);
        const hit = words.some((w) => negative.left < w.right && negative.right > w.left && Math.abs(negative.bottom - w.bottom) < 8);
        expect(hit, JSON.stringify({ negative, words })).toBe(true);
      }

      // 2. The card from the keyboard: the caret in the flagged words, Alt+Enter, then Enter applies the first rewrite.
      expect(await run(m, box.caret, ['You need to'])).toBeGreaterThan(0);
      await chord(m, ALT, ENTER);
      await waitFor('the card', () => run(m, `const card = document.querySelector('replylint-overlay').shadowRoot.querySelector('.card'); return !card.hidden && card.dataset.opened === 'keyboard';`));
      await screenshot(m, `${box.name}-card`);
      await chord(m, ENTER);
      const rewritten = await waitFor('the rewrite', async () => {
        const now = String(await run(m, box.text));
        return now.includes('Please restart the router') ? now : undefined;
      });
      expect(rewritten).not.toContain('You need to');
      // Once: an editor that applies the request in its own time must not also get the browser's insertion.
      expect(rewritten.match(/Please/gu)).toHaveLength(1);
      await waitFor('the underline to go', async () => !(await underlines(m)).some((u) => u.rule === 'no-negative-phrasing'));
      await screenshot(m, `${box.name}-rewritten`);

      // 3. Switched off again from the popup: the underlines go.
      await setSiteInFirefox(m, false);
      await waitFor('the underlines to go', async () => (await underlines(m)).length === 0);
    }, 120_000);
  }
});

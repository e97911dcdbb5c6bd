/**
 * The browser extension in real Firefox (Debian's firefox-esr, driven over
 * Marionette, the unpacked extension installed as a temporary add-on as
 * about:debugging does): the same build as for Chromium, whose manifest names
 * both a service worker (Chromium) and background scripts (Firefox). On a
 * textarea, a contenteditable box, CKEditor 5, ProseMirror, Quill and Lexical: the site enabled through the real popup,
 * a flawed reply typed key by key, the underlines under the flagged words (by
 * the reply's offsets and by geometry against the text's own client rects),
 * the card opened from the keyboard and a rewrite applied.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

let pages: string;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  // The test pages, built into a folder of this test's own: the Chromium test builds pages/dist while this one runs.
  pages = mkdtempSync(join(tmpdir(), 'replylint-firefox-pages-'));
  execFileSync(process.execPath, ['browser/pages/build.mjs', pages], { cwd: root, stdio: 'inherit' });
  server = await servePages(pages);
  firefox = await launchFirefox();
}, 120_000);

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  if (pages) rmSync(pages, { recursive: true, force: true });
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
/**
 * Types text a key at a time, with a short pause after each, as a person does (Enter for a line break). Lexical in
 * Firefox keeps only the first character of each line from WebDriver's element send-keys, which sends a line at once.
 */
async function typeKeys(m: Marionette, text: string): Promise<void> {
  const actions = [...text].flatMap((char) => {
    const value = char === '\n' ? '\uE007' : char;
    return [{ type: 'keyDown', value }, { type: 'keyUp', value }, { type: 'pause', duration: 10 }];
  });
  await m.send('WebDriver:PerformActions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  await m.send('WebDriver:ReleaseActions');
}
const ALT = '\uE00A';
const ENTER = '\uE007';

/** Puts the caret two characters into a phrase of a rich box's text (arguments: selector, phrase). */
const caretInText = `const el = document.querySelector(arguments[0]); el.focus();
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const i = node.data.indexOf(arguments[1]);
    if (i >= 0) { getSelection().collapse(node, i + 2); return i + 2; }
  }
  return -1;`;
/** The client rects of a phrase in a rich box's DOM, found without the extension's help (arguments: selector, phrase). */
const rectsOfText = `const el = document.querySelector(arguments[0]);
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const i = node.data.indexOf(arguments[1]);
    if (i < 0) continue;
    const range = document.createRange(); range.setStart(node, i); range.setEnd(node, i + arguments[1].length);
    return Array.from(range.getClientRects()).filter((r) => r.width > 1).map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
  }
  return [];`;
/** A page global of the test page (the editor's own API), read from the content of the page. */
const pageGlobal = (expression: string): string => `const page = window.wrappedJSObject ?? window; return ${expression.replace(/\bwindow\./gu, 'page.')};`;

interface Box {
  name: string;
  page: string;
  editable: string;
  /** What the agent types between paragraphs: rich editors make a paragraph per Enter. */
  paragraphBreak: string;
  /** The reply as the editor holds it (its own data where it has an API). */
  text: string;
  /** Puts the caret inside a phrase; a textarea has its own. */
  caret: string;
  /** The phrase's client rects, or null for a textarea (its text has none). */
  rects: string | null;
}

const boxes: Box[] = [
  {
    name: 'textarea',
    page: 'textarea.html',
    editable: '#editor',
    paragraphBreak: '\n\n',
    text: `return document.querySelector('#editor').value;`,
    caret: `const el = document.querySelector(arguments[0]); el.focus(); const at = el.value.indexOf(arguments[1]) + 2; el.setSelectionRange(at, at); return at;`,
    rects: null,
  },
  { name: 'contenteditable', page: 'contenteditable.html', editable: '#editor', paragraphBreak: '\n\n', text: `return document.querySelector('#editor').innerText;`, caret: caretInText, rects: rectsOfText },
  // Rich editors with a model of their own: the rewrite must reach it, as their data shows.
  { name: 'CKEditor 5', page: 'ckeditor.html', editable: '.ck-editor__editable', paragraphBreak: '\n', text: pageGlobal('window.editor.getData()'), caret: caretInText, rects: rectsOfText },
  { name: 'ProseMirror', page: 'prosemirror.html', editable: '.ProseMirror', paragraphBreak: '\n', text: pageGlobal('window.pmText()'), caret: caretInText, rects: rectsOfText },
  // Quill's paragraphs have no margin: a blank line is an empty paragraph, two Enters.
  { name: 'Quill', page: 'quill.html', editable: '.ql-editor', paragraphBreak: '\n\n', text: pageGlobal('window.quill.getText()'), caret: caretInText, rects: rectsOfText },
  { name: 'Lexical', page: 'lexical.html', editable: '#editor', paragraphBreak: '\n', text: pageGlobal('window.lexicalText()'), caret: caretInText, rects: rectsOfText },
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
      const typed = reply.replace(/\n\n/gu, box.paragraphBreak);
      await typeKeys(m, typed);
      // The lint of the whole reply, not of a draft typed half-way: both reports there, and the underlines the same
      // on two looks half a second apart.
      let previous = '';
      const lines = await waitFor('the underlines', async () => {
        const now = await underlines(m);
        const same = JSON.stringify(now) === previous;
        previous = JSON.stringify(now);
        if (!same) await sleep(500);
        return same && now.some((u) => u.rule === 'no-negative-phrasing') && now.some((u) => u.rule === 'no-overpromise') ? now : undefined;
      });
      await screenshot(m, `${box.name}-underlined`);
      const text = String(await run(m, box.text));
      const negative = lines.find((u) => u.rule === 'no-negative-phrasing')!;
      const overpromise = lines.find((u) => u.rule === 'no-overpromise')!;
      // By the reply's own offsets (a contenteditable's innerText may end its lines as the browser likes: compare words).
      expect(text.replace(/\s+/gu, ' ')).toContain('You need to restart');
      // Where the box's text is the reply as written (a blank line between paragraphs), by offsets too; in the other
      // editors, by the words' client rects below.
      if (['textarea', 'contenteditable', 'CKEditor 5'].includes(box.name)) {
        const flagged = (u: Underline): string => reply.slice(u.start, u.end);
        expect(flagged(negative)).toBe('You need to');
        expect(flagged(overpromise)).toBe('will definitely arrive');
      }
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
        const words = (await run(m, box.rects, [box.editable, 'You need to'])) as Underline[];
        expect(words.length).toBeGreaterThan(0);
        const hit = words.some((w) => negative.left < w.right && negative.right > w.left && Math.abs(negative.bottom - w.bottom) < 8);
        expect(hit, JSON.stringify({ negative, words })).toBe(true);
        const promise = (await run(m, box.rects, [box.editable, 'will definitely arrive'])) as Underline[];
        expect(promise.some((w) => overpromise.left < w.right && overpromise.right > w.left && Math.abs(overpromise.bottom - w.bottom) < 8), JSON.stringify({ overpromise, promise })).toBe(true);
      }

      // 2. The card from the keyboard: the caret in the flagged words, Alt+Enter, then Enter applies the first rewrite.
      expect(await run(m, box.caret, [box.editable, 'You need to'])).toBeGreaterThan(0);
      await chord(m, ALT, ENTER);
      await waitFor('the card', () => run(m, `const card = document.querySelector('replylint-overlay').shadowRoot.querySelector('.card'); return !card.hidden && card.dataset.opened === 'keyboard';`));
      await screenshot(m, `${box.name}-card`);
      // Still the keyboard's card, its first rewrite focused, after the screenshot (the pointer rests on the reply).
      expect(await run(m, `const root = document.querySelector('replylint-overlay').shadowRoot; const card = root.querySelector('.card'); return [card.hidden, card.dataset.opened, root.activeElement?.className ?? null];`)).toEqual([false, 'keyboard', 'rewrite']);
      // To CKEditor 5, the request names the words it replaces (its target ranges), as a browser's spelling correction
      // does; the other boxes take the selection.
      await run(m, `document.addEventListener('beforeinput', (e) => { if (e.isTrusted) return; const r = e.getTargetRanges()[0]; const range = document.createRange(); if (r) { range.setStart(r.startContainer, r.startOffset); range.setEnd(r.endContainer, r.endOffset); } document.documentElement.dataset.target = r ? range.toString() : ''; }, true);`);
      await chord(m, ENTER);
      const rewritten = await waitFor('the rewrite', async () => {
        const now = String(await run(m, box.text));
        return now.includes('Please restart the router') ? now : undefined;
      });
      expect(rewritten).not.toContain('You need to');
      expect(await run(m, `return document.documentElement.dataset.target ?? null;`)).toBe(box.name === 'CKEditor 5' ? 'You need to' : '');
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

/**
 * The browser extension in real Chromium (Debian's package, driven by
 * playwright-core, the unpacked extension loaded with --load-extension), on
 * local test pages that embed the real editors from the npm registry. For each
 * reply box: type a flawed reply a character at a time, find the underlines at
 * the flagged words by geometry, insert a macro with a placeholder, open the
 * card by hover and by keyboard, apply a rewrite and read the editor's own
 * data and its undo step, dismiss a finding and reload.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module shared with the benchmark script
import { launch, servePages, setSite } from '../../browser/scripts/harness.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const artifacts = `${root}test-artifacts/browser`;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

interface Underline extends Box {
  rule: string;
  start: number;
  end: number;
}

interface EditorCase {
  name: string;
  page: string;
  /** The element the agent clicks into. */
  editable: string;
  /** One Enter between paragraphs (rich editors make a <p>) or two (plain boxes). */
  paragraphBreak: string;
  /** The editor's own idea of its content: getData(), its state, its value. */
  data: (page: Page) => Promise<string>;
  /** Loads content as the helpdesk would (a draft restored after a reload). */
  load: (page: Page, paragraphs: string[]) => Promise<void>;
  /** The flagged words have DOM text rects (every box but the textarea). */
  domText: boolean;
  autosave?: (page: Page) => Promise<string[]>;
  /** The frame the editor lives in, for editors in an iframe (TinyMCE). */
  frame?: (page: Page) => Promise<Frame>;
  /** Inserts a helpdesk macro at the caret the way the helpdesk would (the editor's API; else as text input). */
  insertMacro?: (page: Page, text: string) => Promise<void>;
}

const reply = ['Hi Sam,', 'Thanks for your patience with the router 🙏. You need to restart the router before 5pm. Your replacement will definitely arrive tomorrow.', 'Best,', 'Ana'];

const cases: EditorCase[] = [
  {
    name: 'textarea',
    page: 'textarea.html',
    editable: '#editor',
    paragraphBreak: '\n\n',
    data: (page) => page.$eval('#editor', (el) => (el as HTMLTextAreaElement).value),
    load: (page, paragraphs) =>
      page.$eval('#editor', (el, text) => {
        (el as HTMLTextAreaElement).value = text;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }, paragraphs.join('\n\n')),
    domText: false,
  },
  {
    name: 'contenteditable',
    page: 'contenteditable.html',
    editable: '#editor',
    paragraphBreak: '\n\n',
    data: (page) => page.$eval('#editor', (el) => (el as HTMLElement).innerText),
    load: (page, paragraphs) => page.$eval('#editor', (el, ps) => { el.innerHTML = ps.map((p) => `<div>${p}</div><div><br></div>`).join(''); }, paragraphs),
    domText: true,
  },
  {
    name: 'CKEditor 5',
    page: 'ckeditor.html',
    editable: '.ck-editor__editable',
    paragraphBreak: '\n',
    data: (page) => page.evaluate(() => window.editor.getData()),
    load: (page, paragraphs) => page.evaluate((ps) => window.editor.setData(ps.map((p) => `<p>${p}</p>`).join('')), paragraphs),
    domText: true,
    autosave: (page) => page.evaluate(() => window.autosaved),
    insertMacro: (page, text) => page.evaluate((t) => window.editor.execute('insertText', { text: t }), text),
  },
  {
    name: 'ProseMirror',
    page: 'prosemirror.html',
    editable: '.ProseMirror',
    paragraphBreak: '\n',
    data: (page) => page.evaluate(() => window.pmText()),
    load: (page, paragraphs) =>
      page.evaluate((ps) => {
        const { state } = window.view;
        const nodes = ps.map((p) => state.schema.node('paragraph', null, state.schema.text(p)));
        window.view.dispatch(state.tr.replaceWith(0, state.doc.content.size, nodes));
      }, paragraphs),
    domText: true,
  },
  {
    name: 'Quill',
    page: 'quill.html',
    editable: '.ql-editor',
    // Quill's paragraphs have no margin: a blank line is an empty paragraph, two Enters.
    paragraphBreak: '\n\n',
    data: (page) => page.evaluate(() => window.quill.getText()),
    load: (page, paragraphs) => page.evaluate((ps) => window.quill.setText(ps.join('\n\n'), 'user'), paragraphs),
    domText: true,
    insertMacro: (page, text) => page.evaluate((t) => window.quill.insertText(window.quill.getSelection(true).index, t, 'user'), text),
  },
  {
    name: 'Lexical',
    page: 'lexical.html',
    editable: '#editor',
    paragraphBreak: '\n',
    data: (page) => page.evaluate(() => window.lexicalText()),
    load: (page, paragraphs) => page.evaluate((ps) => window.lexicalLoad(ps), paragraphs),
    domText: true,
    insertMacro: (page, text) => page.evaluate((t) => window.lexicalInsert(t), text),
  },
  {
    name: 'TinyMCE',
    page: 'tinymce.html',
    editable: 'body#tinymce',
    paragraphBreak: '\n',
    // TinyMCE edits a document of its own, in an iframe: the extension runs in that frame.
    frame: async (page) => {
      await page.waitForSelector('body[data-ready="true"]');
      return (await (await page.waitForSelector('iframe.tox-edit-area__iframe, .tox-edit-area iframe')).contentFrame())!;
    },
    data: (page) => page.evaluate(() => window.tiny.getContent()),
    load: (page, paragraphs) => page.evaluate((ps) => window.tiny.setContent(ps.map((p) => `<p>${p}</p>`).join('')), paragraphs),
    domText: true,
    insertMacro: (page, text) => page.evaluate((t) => window.tiny.insertContent(t), text),
  },
];

declare global {
  interface Window {
    editor: { getData(): string; setData(data: string): void; execute(command: string, options: object): void };
    autosaved: string[];
    view: any;
    pmText(): string;
    quill: { getText(): string; setText(text: string, source: string): void; insertText(index: number, text: string, source: string): void; getSelection(focus: boolean): { index: number } };
    tiny: { getContent(): string; setContent(html: string): void; insertContent(text: string): void };
    lexicalText(): string;
    lexicalLoad(paragraphs: string[]): void;
    lexicalInsert(text: string): void;
  }
}

let server: { origin: string; close(): Promise<void> };
let browser: { context: BrowserContext; extensionId: string; close(): Promise<void> };

beforeAll(async () => {
  execFileSync(process.execPath, ['browser/pages/build.mjs'], { cwd: root, stdio: 'inherit' });
  mkdirSync(artifacts, { recursive: true });
  server = await servePages();
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function lints(page: Page | Frame): Promise<number> {
  return page.evaluate(() => Number(document.querySelector('replylint-overlay')?.getAttribute('data-lints') ?? '0'));
}

/** Waits for a lint that starts after now, and for the frame that draws it. */
async function nextLint(page: Page | Frame, before: number): Promise<void> {
  await page.waitForFunction((n) => Number(document.querySelector('replylint-overlay')?.getAttribute('data-lints') ?? '0') > n, before, { timeout: 10_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

async function underlines(page: Page | Frame): Promise<Underline[]> {
  return page.evaluate(() => {
    const host = document.querySelector('replylint-overlay');
    return Array.from(host?.shadowRoot?.querySelectorAll<HTMLElement>('.u:not([hidden])') ?? []).map((u) => {
      const r = u.getBoundingClientRect();
      return { rule: u.dataset.rule!, start: Number(u.dataset.start), end: Number(u.dataset.end), left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
    });
  });
}

/** The client rects of a phrase in the editor's DOM, found without the extension's help. */
async function textRects(page: Page | Frame, selector: string, phrase: string): Promise<Box[]> {
  return page.$eval(selector, (root, needle) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      return Array.from(range.getClientRects()).map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height }));
    }
    return [];
  }, phrase);
}

async function cardState(page: Page | Frame): Promise<{ hidden: boolean; opened?: string; message?: string; rewrites: string[]; focused?: string }> {
  return page.evaluate(() => {
    const root = document.querySelector('replylint-overlay')!.shadowRoot!;
    const card = root.querySelector<HTMLElement>('.card')!;
    return {
      hidden: card.hidden,
      opened: card.dataset.opened,
      message: card.querySelector('.msg')?.textContent ?? undefined,
      rewrites: Array.from(card.querySelectorAll<HTMLElement>('button.rewrite')).map((b) => b.dataset.rewrite ?? ''),
      focused: (root.activeElement as HTMLElement | null)?.className,
    };
  });
}

/**
 * Each line of the phrase, as the DOM lays it out, has an underline of the rule
 * from its left edge to its right edge (or to the box's edge, where a wrapped
 * line's trailing space overhangs it).
 */
async function expectUnderlined(page: Page | Frame, selector: string, lines: Underline[], rule: string, phrase: string): Promise<void> {
  // A loaded machine may still be drawing the lint of a half-typed reply: look again (fresh underlines) for up to 15 s.
  for (let attempt = 0; ; attempt++) {
    try {
      return await checkUnderlined(page, selector, attempt === 0 ? lines : await underlines(page), rule, phrase);
    } catch (error) {
      if (attempt >= 30) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

async function checkUnderlined(page: Page | Frame, selector: string, lines: Underline[], rule: string, phrase: string): Promise<void> {
  // One box per line of text (a wrapped line's trailing space comes as its own rect).
  const rects: Box[] = [];
  for (const r of (await textRects(page, selector, phrase)).filter((x) => x.width > 0.5)) {
    const same = rects.find((x) => Math.abs(x.top - r.top) < 2);
    if (!same) rects.push({ ...r });
    else {
      same.left = Math.min(same.left, r.left);
      same.right = Math.max(same.right, r.right);
      same.width = same.right - same.left;
    }
  }
  expect(rects.length, phrase).toBeGreaterThan(0);
  const box = await page.$eval(selector, (el) => el.getBoundingClientRect().right);
  for (const rect of rects) {
    const line = lines.find((u) => u.rule === rule && Math.abs(u.top - rect.top) < 3);
    expect(line, `${rule} under "${phrase}" at y=${rect.top} in ${JSON.stringify(lines)}`).toBeDefined();
    expect(Math.abs(line!.left - rect.left)).toBeLessThan(1.5);
    if (Math.abs(line!.right - box) > 1.5) expect(Math.abs(line!.right - rect.right)).toBeLessThan(1.5);
    expect(line!.bottom).toBeLessThanOrEqual(rect.bottom + 3);
  }
}

/** Every case dismisses the same finding on the same test site: the options page's button brings them back. */
async function forgetDismissed(): Promise<void> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.waitForSelector('body[data-ready="true"]');
  await options.click('#forget');
  await options.waitForFunction(() => document.querySelector('#dismissed-count')!.textContent === '0');
  await options.close();
}

/** Moves the pointer off the reply and waits for a hover card to close. */
async function pointerAway(page: Page | Frame): Promise<void> {
  const mouse = ('mouse' in page ? page : page.page()).mouse;
  // For an editor in a frame, the pointer crosses the frame's empty corner on its way out, as a hand would:
  // the frame's own idea of where the pointer is then lies on no underline.
  const frameBox = 'mouse' in page || !page.parentFrame() ? null : await (await page.frameElement()).boundingBox();
  if (frameBox) await mouse.move(frameBox.x + frameBox.width - 4, frameBox.y + frameBox.height - 4, { steps: 2 });
  await mouse.move(5, 5, { steps: 2 });
  await page.waitForFunction(() => document.querySelector('replylint-overlay')?.shadowRoot?.querySelector<HTMLElement>('.card')?.hidden !== false);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const center = (b: Box): { x: number; y: number } => ({ x: b.left + b.width / 2, y: b.top + b.height / 2 });

async function typeReply(page: Page, doc: Page | Frame, c: EditorCase, paragraphs: string[]): Promise<void> {
  await doc.click(c.editable);
  // keyboard.type sends each character as its own key events: the agent typing.
  for (const [i, p] of paragraphs.entries()) {
    if (i > 0) for (const _ of c.paragraphBreak) await page.keyboard.press('Enter');
    await page.keyboard.type(p);
  }
}

describe('the browser extension in real Chromium', () => {
  it('is off by default: a site not enabled gets no overlay and no lint', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/textarea.html`);
    await typeReply(page, page, cases[0]!, ['You need to restart the router.']);
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => document.querySelector('replylint-overlay'))).toBeNull();
    expect(await page.evaluate(() => document.documentElement.dataset.replylint)).toBeUndefined();
    // Enabled from the real popup, for this site only.
    await setSite(browser.context, browser.extensionId, page, true, 'email');
    await page.waitForSelector('html[data-replylint="on"]');
    // Never in a box that sits in a form asking for a password (nor in any <input>): only the reply box gets underlines.
    await page.click('#secret');
    await page.keyboard.type('You need to restart the router.');
    await page.fill('#editor', '');
    const before = await lints(page);
    await page.click('#editor');
    await page.keyboard.type(' You need to restart the router.');
    await nextLint(page, before);
    await page.waitForTimeout(600);
    const secret = await page.$eval('#secret', (el) => el.getBoundingClientRect().toJSON() as Box);
    const reply = await page.$eval('#editor', (el) => el.getBoundingClientRect().toJSON() as Box);
    const lines = await underlines(page);
    expect(lines.filter((u) => u.top >= secret.top && u.bottom <= secret.bottom && u.left >= secret.left)).toEqual([]);
    expect(lines.filter((u) => u.top >= reply.top && u.bottom <= reply.bottom).length).toBeGreaterThan(0);
    await page.close();
  });

  for (const c of cases) {
    it(`${c.name}: underlines, placeholder macro, card by hover and keyboard, rewrite with undo, dismiss across a reload`, async () => {
      const page = await browser.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      // An editor with unsaved changes may ask before a reload (TinyMCE does): the agent says leave.
      page.on('dialog', (d) => void d.accept());
      await page.goto(`${server.origin}/${c.page}`);
      let doc = c.frame ? await c.frame(page) : page.mainFrame();
      await doc.waitForSelector(c.editable);
      await setSite(browser.context, browser.extensionId, page, true, 'email');
      await forgetDismissed();
      await page.bringToFront();
      await doc.waitForSelector('html[data-replylint="on"]');
      // Where the frame sits in the page: the mouse moves in the page's coordinates.
      const frameAt = c.frame ? (await (await doc.frameElement()).boundingBox())! : { x: 0, y: 0 };
      const center = (b: Box): { x: number; y: number } => ({ x: frameAt.x + b.left + b.width / 2, y: frameAt.y + b.top + b.height / 2 });
      const slug = c.name.toLowerCase().replace(/[^a-z0-9]+/gu, '-');

      // 1. Type the flawed reply a character at a time; the underlines land on the flagged words.
      const before = await lints(doc);
      await typeReply(page, doc, c, reply);
      await nextLint(doc, before);
      await doc.waitForFunction(() => document.querySelector('replylint-overlay')?.shadowRoot?.querySelector('.u[data-rule="no-overpromise"]:not([hidden])'), null, { timeout: 10_000 });
      let lines = await underlines(doc);
      const negative = lines.find((u) => u.rule === 'no-negative-phrasing')!;
      const overpromise = lines.find((u) => u.rule === 'no-overpromise')!;
      expect(negative, JSON.stringify(lines)).toBeDefined();
      expect(overpromise).toBeDefined();
      if (c.domText) {
        await expectUnderlined(doc, c.editable, lines, 'no-negative-phrasing', 'You need to');
        await expectUnderlined(doc, c.editable, lines, 'no-overpromise', 'will definitely arrive');
      }
      // Independently of the DOM: a click in the middle of the underline puts the caret inside the flagged words.
      await page.mouse.click(center(negative).x, center(negative).y);
      const caret = await doc.evaluate((sel) => {
        const el = document.querySelector(sel) as HTMLElement;
        if (el instanceof HTMLTextAreaElement) return { at: el.selectionStart, phrase: el.value.indexOf('You need to') };
        const s = getSelection()!;
        return { at: s.focusOffset, phrase: (s.focusNode as Text | null)?.data?.indexOf('You need to') ?? -1 };
      }, c.editable);
      expect(caret.phrase).toBeGreaterThanOrEqual(0);
      expect(caret.at).toBeGreaterThanOrEqual(caret.phrase);
      expect(caret.at).toBeLessThanOrEqual(caret.phrase + 'You need to'.length);

      // 2. A macro with a placeholder, inserted at the start: never reported, never rewritten.
      await pointerAway(doc);
      await doc.click(c.editable);
      await page.keyboard.press('Control+Home');
      const beforeMacro = await lints(doc);
      const macro = 'Ticket {{ticket.id}}: ';
      if (c.insertMacro) await c.insertMacro(page, macro);
      else await doc.evaluate((t) => document.execCommand('insertText', false, t), macro);
      await nextLint(doc, beforeMacro);
      lines = await underlines(doc);
      if (c.domText) {
        const [placeholder] = await textRects(doc, c.editable, '{{ticket.id}}');
        expect(placeholder).toBeDefined();
        const hits = lines.filter((u) => u.right > placeholder!.left && u.left < placeholder!.right && u.bottom > placeholder!.top && u.top < placeholder!.bottom);
        expect(hits).toEqual([]);
      }
      expect(lines.some((u) => u.rule === 'no-unfilled-placeholder')).toBe(false);
      expect(await c.data(page)).toContain('{{ticket.id}}');
      lines = await underlines(doc);
      const negative2 = lines.find((u) => u.rule === 'no-negative-phrasing')!;

      // 3. The card by hover.
      await page.mouse.move(center(negative2).x, center(negative2).y);
      await doc.waitForFunction(() => !document.querySelector('replylint-overlay')!.shadowRoot!.querySelector<HTMLElement>('.card')!.hidden);
      let card = await cardState(doc);
      expect(card.opened).toBe('hover');
      expect(card.message?.length).toBeGreaterThan(10);
      expect(card.rewrites).toContain('Please');
      await page.screenshot({ path: `${artifacts}/${slug}-card-hover.png` });
      await pointerAway(doc);

      // 4. The card by keyboard: the caret in the flagged words, Alt+Enter; Escape returns to the reply.
      await page.mouse.click(center(negative2).x, center(negative2).y);
      await pointerAway(doc);
      await page.keyboard.press('Alt+Enter');
      await doc.waitForFunction(() => !document.querySelector('replylint-overlay')!.shadowRoot!.querySelector<HTMLElement>('.card')!.hidden);
      card = await cardState(doc);
      expect(card.opened).toBe('keyboard');
      expect(card.focused).toBe('rewrite');
      // The pointer crossing another underline and coming to rest off the text neither replaces nor closes it (past
      // the hover delays): the agent is working from the keyboard.
      const keyboardCard = card;
      const otherFinding = lines.find((u) => u.rule === 'no-overpromise')!;
      await page.mouse.move(center(otherFinding).x, center(otherFinding).y, { steps: 3 });
      await sleep(600);
      await page.mouse.move(5, 5, { steps: 3 });
      await sleep(600);
      expect(await cardState(doc)).toEqual(keyboardCard);
      await page.keyboard.press('Escape');
      await doc.waitForFunction(() => document.querySelector('replylint-overlay')!.shadowRoot!.querySelector<HTMLElement>('.card')!.hidden);
      expect(await doc.evaluate((sel) => document.querySelector(sel)!.contains(document.activeElement) || document.activeElement === document.querySelector(sel), c.editable)).toBe(true);

      // A click back into the reply closes it too.
      await page.keyboard.press('Alt+Enter');
      await doc.waitForFunction(() => document.querySelector('replylint-overlay')!.shadowRoot!.querySelector<HTMLElement>('.card')!.dataset.opened === 'keyboard');
      await page.mouse.click(center(negative2).x, center(negative2).y);
      await pointerAway(doc);
      await doc.waitForFunction(() => document.querySelector('replylint-overlay')!.shadowRoot!.querySelector<HTMLElement>('.card')!.hidden);
      // The caret where the agent clicks, for the Alt+Enter below (TinyMCE puts it back where it was when its frame's
      // body takes the focus back from the card: the second click places it).
      await page.mouse.click(center(negative2).x, center(negative2).y);
      await pointerAway(doc);

      // 5. Apply a rewrite from the keyboard-opened card: the editor's own data changes, and one undo restores it.
      const dataBefore = await c.data(page);
      expect(dataBefore).toContain('You need to restart');
      await page.keyboard.press('Alt+Enter');
      await doc.waitForFunction(() => !document.querySelector('replylint-overlay')!.shadowRoot!.querySelector<HTMLElement>('.card')!.hidden);
      const beforeApply = await lints(doc);
      await page.keyboard.press('Enter');
      await nextLint(doc, beforeApply);
      const dataAfter = await c.data(page);
      expect(dataAfter).toContain('Please restart the router');
      expect(dataAfter).not.toContain('You need to');
      expect(dataAfter).toContain('{{ticket.id}}');
      expect((await underlines(doc)).some((u) => u.rule === 'no-negative-phrasing')).toBe(false);
      if (c.autosave) await expect.poll(async () => (await c.autosave!(page)).at(-1) ?? '').toContain('Please restart the router');
      await page.screenshot({ path: `${artifacts}/${slug}-rewritten.png` });
      await page.keyboard.press('Control+z');
      await expect.poll(() => c.data(page)).toContain('You need to restart');
      expect(await c.data(page)).toContain('{{ticket.id}}');
      const beforeRedo = await lints(doc);
      await page.keyboard.press('Control+Shift+z');
      await expect.poll(() => c.data(page)).toContain('Please restart the router');
      await nextLint(doc, beforeRedo);

      // 6. Dismiss a finding; it stays dismissed after a reload (kept in the extension's storage, not in the text).
      await pointerAway(doc);
      const promise = (await underlines(doc)).find((u) => u.rule === 'no-overpromise')!;
      expect(promise).toBeDefined();
      // The badge's score ("3 · 70"): a dismissed finding costs it nothing (a warning costs 5 points).
      const scoreShown = (): Promise<number> => doc.evaluate(() => Number(/score (\d+)/u.exec(document.querySelector('replylint-overlay')!.shadowRoot!.querySelector<HTMLElement>('.badge')?.title ?? '')?.[1] ?? NaN));
      const scoreBefore = await scoreShown();
      expect(scoreBefore).toBeGreaterThan(0);
      await page.mouse.move(center(promise).x, center(promise).y);
      await doc.waitForFunction(() => !document.querySelector('replylint-overlay')!.shadowRoot!.querySelector<HTMLElement>('.card')!.hidden);
      await doc.evaluate(() => document.querySelector('replylint-overlay')!.shadowRoot!.querySelector<HTMLElement>('.card button.dismiss')!.click());
      await doc.waitForFunction(() => !document.querySelector('replylint-overlay')!.shadowRoot!.querySelector('.u[data-rule="no-overpromise"]:not([hidden])'));
      await expect.poll(scoreShown).toBe(scoreBefore + 5);
      const textAfterDismiss = await c.data(page);
      expect(textAfterDismiss).toContain('will definitely arrive');
      await page.reload();
      doc = c.frame ? await c.frame(page) : page.mainFrame();
      await doc.waitForSelector(c.editable);
      await doc.waitForSelector('html[data-replylint="on"]');
      await doc.click(c.editable);
      const beforeLoad = await lints(doc);
      await c.load(page, reply);
      await nextLint(doc, beforeLoad);
      await doc.waitForFunction(() => document.querySelector('replylint-overlay')?.shadowRoot?.querySelector('.u[data-rule="no-negative-phrasing"]:not([hidden])'), null, { timeout: 10_000 });
      lines = await underlines(doc);
      expect(lines.some((u) => u.rule === 'no-overpromise')).toBe(false);
      await page.screenshot({ path: `${artifacts}/${slug}-after-reload.png` });
      expect(errors).toEqual([]);
      await page.close();
    }, 120_000);
  }

  it('an Arabic reply in CKEditor 5 with dir="rtl": underlines under the right words, rewrite applied', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/ckeditor.html?dir=rtl`);
    await page.waitForSelector('.ck-editor__editable[dir="rtl"]');
    await setSite(browser.context, browser.extensionId, page, true, 'email');
    await forgetDismissed();
    await page.bringToFront();
    await page.waitForSelector('html[data-replylint="on"]');
    const ck: EditorCase = cases.find((c) => c.name === 'CKEditor 5')!;
    // Mixed direction: a Latin order number inside the Arabic sentence.
    const arabic = ['مرحبا سارة،', 'شكرا لصبرك. طلبك رقم A-1042 في الطريق. يجب عليك إعادة تشغيل الجهاز. سيصل طلبك غدا بالتأكيد.', 'مع التحية،', 'أنا'];
    const before = await lints(page);
    await typeReply(page, page, ck, arabic);
    await nextLint(page, before);
    await page.waitForFunction(() => document.querySelector('replylint-overlay')?.shadowRoot?.querySelector('.u[data-rule="no-negative-phrasing"]:not([hidden])'), null, { timeout: 10_000 });
    const lines = await underlines(page);
    await expectUnderlined(page, ck.editable, lines, 'no-negative-phrasing', 'يجب عليك');
    await expectUnderlined(page, ck.editable, lines, 'no-overpromise', 'سيصل');
    // RTL: the later words of a line sit further left.
    const [order] = await textRects(page, ck.editable, 'A-1042');
    const negative = lines.find((u) => u.rule === 'no-negative-phrasing')!;
    if (Math.abs(order!.top - negative.top) < 3) expect(negative.right).toBeLessThan(order!.left);
    await page.mouse.move(center(negative).x, center(negative).y);
    await page.waitForFunction(() => !document.querySelector('replylint-overlay')!.shadowRoot!.querySelector<HTMLElement>('.card')!.hidden);
    const card = await cardState(page);
    expect(card.rewrites.length).toBeGreaterThan(0);
    const rewrite = card.rewrites[0]!;
    await page.screenshot({ path: `${artifacts}/ckeditor-5-arabic-rtl-card.png` });
    const beforeApply = await lints(page);
    await page.evaluate(() => document.querySelector('replylint-overlay')!.shadowRoot!.querySelector<HTMLElement>('.card button.rewrite')!.click());
    await nextLint(page, beforeApply);
    const data = await ck.data(page);
    expect(data).toContain(`${rewrite} إعادة تشغيل الجهاز`);
    expect(data).not.toContain('يجب عليك');
    expect(data).toContain('A-1042');
    await pointerAway(page);
    await page.screenshot({ path: `${artifacts}/ckeditor-5-arabic-rtl-rewritten.png` });
    await page.keyboard.press('Control+z');
    await expect.poll(() => ck.data(page)).toContain('يجب عليك');
    await page.close();
  }, 120_000);

  for (const name of ['contenteditable', 'CKEditor 5']) {
    it(`${name}: adding the closing invitation keeps the link and the italics of the last sentence; Enter on a card with no rewrite dismisses nothing`, async () => {
      const c = cases.find((x) => x.name === name)!;
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/${c.page}`);
      await page.waitForSelector(c.editable);
      await setSite(browser.context, browser.extensionId, page, true, 'email');
      await forgetDismissed();
      await page.bringToFront();
      await page.waitForSelector('html[data-replylint="on"]');
      await page.click(c.editable);
      const before = await lints(page);
      // ("Rest assured" stays in the sentence: "should arrive" beside it would contradict it, so no rewrite is offered.)
      const last = 'Thanks for your order. Rest assured, your replacement <i>will definitely arrive</i> tomorrow; you can track it on <a href="https://track.example.com/123">the tracking page</a>.';
      const html = ['Hi Sam,', last, 'Best,', 'Ana'];
      if (name === 'contenteditable') await page.$eval(c.editable, (el, ps) => { el.innerHTML = ps.map((p) => `<div>${p}</div><div><br></div>`).join(''); }, html);
      else await page.evaluate((ps) => window.editor.setData(ps.map((p) => `<p>${p}</p>`).join('')), html);
      await nextLint(page, before);
      await page.waitForFunction(() => document.querySelector('replylint-overlay')?.shadowRoot?.querySelector('.u[data-rule="require-closing-invitation"]:not([hidden])'), null, { timeout: 10_000 });
      const markup = (): Promise<string> => (name === 'contenteditable' ? page.$eval(c.editable, (el) => el.innerHTML) : page.evaluate(() => window.editor.getData()));

      // "will definitely arrive" has no rewrite: Alt+Enter puts the focus on the card, not on its Dismiss button.
      const promise = (await underlines(page)).find((u) => u.rule === 'no-overpromise')!;
      expect(promise).toBeDefined();
      await page.mouse.click(center(promise).x, center(promise).y);
      await pointerAway(page);
      await page.keyboard.press('Alt+Enter');
      await page.waitForFunction(() => document.querySelector('replylint-overlay')!.shadowRoot!.querySelector<HTMLElement>('.card')!.dataset.opened === 'keyboard');
      const card = await cardState(page);
      expect(card.rewrites).toEqual([]);
      expect(card.focused).toBe('card');
      const unchanged = await markup();
      await page.keyboard.press('Enter');
      await sleep(400);
      expect((await cardState(page)).hidden).toBe(false);
      await page.keyboard.press('Escape');
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await options.waitForSelector('body[data-ready="true"]');
      expect(await options.textContent('#dismissed-count')).toBe('0');
      await options.close();
      await page.bringToFront();
      expect((await underlines(page)).some((u) => u.rule === 'no-overpromise')).toBe(true);
      expect(await markup()).toBe(unchanged);

      // The closing invitation is added after the last sentence; the sentence itself is not typed again.
      // (At the underline's end, past the words of the promise it shares the sentence with.)
      const invitation = (await underlines(page)).filter((u) => u.rule === 'require-closing-invitation').at(-1)!;
      await page.mouse.move(invitation.right - 8, invitation.top + invitation.height / 2);
      await page.waitForFunction(() => document.querySelector('replylint-overlay')!.shadowRoot!.querySelector<HTMLElement>('.card')?.dataset.opened === 'hover');
      const [rewrite] = (await cardState(page)).rewrites;
      expect(rewrite).toMatch(/tracking page\.\n\n\S/u);
      const added = rewrite!.slice(rewrite!.lastIndexOf('\n') + 1);
      expect(added.length).toBeGreaterThan(10);
      const beforeApply = await lints(page);
      await page.evaluate(() => document.querySelector('replylint-overlay')!.shadowRoot!.querySelector<HTMLElement>('.card button.rewrite')!.click());
      await nextLint(page, beforeApply);
      const after = await markup();
      expect(after).toContain('<a href="https://track.example.com/123">the tracking page</a>');
      expect(after).toContain('<i>will definitely arrive</i>');
      expect(after).toContain(added);
      expect(after).not.toContain('\u00a0');
      expect(after).not.toContain('&nbsp;');
      expect((await underlines(page)).some((u) => u.rule === 'require-closing-invitation')).toBe(false);
      await page.close();
    }, 90_000);
  }

  it('a contenteditable box with <p> paragraphs: the closing invitation is one new paragraph, after a rewrite over bold words', async () => {
    const c = cases.find((x) => x.name === 'contenteditable')!;
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/${c.page}`);
    await page.waitForSelector(c.editable);
    await setSite(browser.context, browser.extensionId, page, true, 'email');
    await page.bringToFront();
    await page.waitForSelector('html[data-replylint="on"]');
    await page.click(c.editable);
    const before = await lints(page);
    await page.$eval(c.editable, (el) => {
      el.innerHTML = '<p>Hi Sam,</p><p>Thanks for your order. You <b>need to</b> restart the router. I have shipped the replacement today.</p><p>Best,<br>Ana</p>';
    });
    await nextLint(page, before);
    await page.waitForFunction(() => document.querySelector('replylint-overlay')?.shadowRoot?.querySelector('.u[data-rule="require-closing-invitation"]:not([hidden])'), null, { timeout: 10_000 });
    // (Chrome's own editing may make the space after inserted words a no-break space, as it does when the agent types:
    // it renders and reads as a space.)
    const markup = async (): Promise<string> => (await page.$eval(c.editable, (el) => el.innerHTML)).replace(/&nbsp;/gu, ' ');
    const applyFirst = async (rule: string, at: 'left' | 'right'): Promise<string> => {
      const u = (await underlines(page)).filter((x) => x.rule === rule).at(at === 'left' ? 0 : -1)!;
      await page.mouse.move(at === 'left' ? u.left + 6 : u.right - 6, u.top + u.height / 2);
      await page.waitForFunction((r) => {
        const card = document.querySelector('replylint-overlay')!.shadowRoot!.querySelector<HTMLElement>('.card');
        return card && !card.hidden && card.querySelector('.rule')?.textContent?.endsWith(r);
      }, rule);
      const [rewrite] = (await cardState(page)).rewrites;
      const n = await lints(page);
      await page.evaluate(() => document.querySelector('replylint-overlay')!.shadowRoot!.querySelector<HTMLElement>('.card button.rewrite')!.click());
      await nextLint(page, n);
      await pointerAway(page);
      return rewrite!;
    };
    expect(await applyFirst('no-negative-phrasing', 'left')).toBe('Please');
    expect(await markup()).toContain('Thanks for your order. Please restart the router.');
    const invitation = await applyFirst('require-closing-invitation', 'right');
    const added = invitation.slice(invitation.lastIndexOf('\n') + 1);
    expect(await markup()).toBe(`<p>Hi Sam,</p><p>Thanks for your order. Please restart the router. I have shipped the replacement today.</p><p>${added}</p><p>Best,<br>Ana</p>`);
    // One paragraph with line breaks in it, as a helpdesk's box may hold the whole reply.
    const again = await lints(page);
    await page.$eval(c.editable, (el) => {
      el.innerHTML = '<p>Hi Sam,<br><br>Thanks for your order. I have shipped the replacement today.<br><br>Best,<br>Ana</p>';
    });
    await nextLint(page, again);
    await page.waitForFunction(() => document.querySelector('replylint-overlay')?.shadowRoot?.querySelector('.u[data-rule="require-closing-invitation"]:not([hidden])'), null, { timeout: 10_000 });
    await applyFirst('require-closing-invitation', 'right');
    expect(await markup()).not.toContain('<p><br></p>');
    expect((await markup()).replace(/<br>/gu, '\n').replace(/<\/?p>/gu, '\n').replace(/\n{3,}/gu, '\n\n').trim()).toBe(`Hi Sam,\n\nThanks for your order. I have shipped the replacement today.\n\n${added}\n\nBest,\nAna`);
    await page.close();
  }, 60_000);

  it('CKEditor 5: positions through a numbered list and a soft line break', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/ckeditor.html`);
    await page.waitForSelector('body[data-ready="true"]');
    await setSite(browser.context, browser.extensionId, page, true, 'email');
    await page.bringToFront();
    await page.waitForSelector('html[data-replylint="on"]');
    await page.click('.ck-editor__editable');
    const before = await lints(page);
    await page.evaluate(() => window.editor.setData('<p>Hi Sam,</p><ol><li>Open the app settings.</li><li>You need to restart the router.</li></ol><p>Sorry 😞 for the wait. Your replacement will definitely arrive tomorrow.</p><p>Best,<br>Ana</p>'));
    await nextLint(page, before);
    await page.waitForFunction(() => document.querySelector('replylint-overlay')?.shadowRoot?.querySelector('.u[data-rule="no-overpromise"]:not([hidden])'), null, { timeout: 10_000 });
    const lines = await underlines(page);
    await expectUnderlined(page, '.ck-editor__editable', lines, 'no-negative-phrasing', 'You need to');
    await expectUnderlined(page, '.ck-editor__editable', lines, 'no-overpromise', 'will definitely arrive');
    await page.screenshot({ path: `${artifacts}/ckeditor-5-list.png` });
    await page.close();
  }, 60_000);

  it('the options page checks a team config with the CLI schema, and the config applies', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('body[data-ready="true"]');
    await options.fill('#source', '{ "rules": { "no-overpromise": "sometimes" } }');
    await options.click('#save');
    await expect.poll(() => options.textContent('#status')).toContain('must be one of');
    await options.fill('#source', '{ "rules": { "no-such-rule": "off" } }');
    await options.click('#save');
    await expect.poll(() => options.textContent('#status')).toContain('no-such-rule: is not a known setting');
    await options.fill('#source', 'rules:\n  no-overpromise: "off"\nglossary: [SKU]\n');
    await options.click('#save');
    await expect.poll(() => options.textContent('#status')).toContain('Saved');
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/textarea.html`);
    await setSite(browser.context, browser.extensionId, page, true, 'email');
    await page.waitForSelector('html[data-replylint="on"]');
    const before = await lints(page);
    await page.click('#editor');
    await page.keyboard.type('You need to restart the router. Your replacement will definitely arrive tomorrow.');
    await nextLint(page, before);
    await page.waitForFunction(() => document.querySelector('replylint-overlay')?.shadowRoot?.querySelector('.u[data-rule="no-negative-phrasing"]:not([hidden])'));
    expect((await underlines(page)).some((u) => u.rule === 'no-overpromise')).toBe(false);
    await options.bringToFront();
    await options.click('#clear');
    await expect.poll(() => options.textContent('#status')).toContain('removed');
    await page.bringToFront();
    await page.keyboard.type(' ');
    await page.waitForFunction(() => document.querySelector('replylint-overlay')?.shadowRoot?.querySelector('.u[data-rule="no-overpromise"]:not([hidden])'), null, { timeout: 10_000 });
    await options.close();
    await page.close();
  }, 60_000);
});

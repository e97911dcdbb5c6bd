/**
 * One reply box the extension follows: a textarea or the root of a
 * contenteditable editor. It reads the text, asks the service worker for
 * findings, and draws them in the overlay, following the text through
 * scrolling, resizing and the editor's re-rendering.
 */
import type { Finding, LintResult } from '../messages.js';
import { TextareaMirror } from './mirror.js';
import type { Overlay } from './overlay.js';
import { TextMap } from './text-map.js';
import { timed } from './work.js';

export interface HitBox {
  field: Field;
  finding: Finding;
  rect: DOMRect;
}

/** How long after the last keystroke the reply is linted, and the longest a run of typing waits. */
const lintDelay = 250;
const lintMaxWait = 1500;
/** Matches the core's default: an idle writer is taken to be done after 30 s. */
const idleAfter = 30_000;

export class Field {
  readonly kind: 'textarea' | 'rich';
  private mapCache: TextMap | null = null;
  private mirror: TextareaMirror | null = null;
  private result: LintResult | null = null;
  /** The text the current findings were computed for. */
  private resultText = '';
  private shown: Finding[] = [];
  private underlines: HTMLDivElement[] = [];
  hitBoxes: HitBox[] = [];
  private readonly badge: HTMLButtonElement;
  private readonly panel: HTMLDivElement;
  private readonly observer: MutationObserver;
  private readonly resize: ResizeObserver;
  private lintTimer = 0;
  private idleTimer = 0;
  private firstPending = 0;
  private lastEdit = 0;
  private badgeKey = '';
  private seq = 0;
  private drawQueued = false;

  constructor(
    readonly element: HTMLElement,
    private readonly overlay: Overlay,
    private readonly origin: string,
  ) {
    this.kind = element instanceof HTMLTextAreaElement ? 'textarea' : 'rich';
    if (element instanceof HTMLTextAreaElement) this.mirror = new TextareaMirror(element, overlay.root);
    const doc = element.ownerDocument;
    this.badge = doc.createElement('button');
    this.badge.className = 'badge';
    this.badge.type = 'button';
    this.badge.hidden = true;
    this.panel = doc.createElement('div');
    this.panel.className = 'panel';
    this.panel.hidden = true;
    this.badge.addEventListener('click', () => {
      this.panel.hidden = !this.panel.hidden;
      this.draw();
    });
    overlay.layer.append(this.badge, this.panel);
    this.observer = new MutationObserver(() => timed(() => this.changed()));
    this.observer.observe(element, { childList: true, subtree: true, characterData: true });
    this.resize = new ResizeObserver(() => timed(() => this.queueDraw()));
    this.resize.observe(element);
    element.addEventListener('input', this.onInput);
    this.lint();
  }

  private readonly onInput = (): void => timed(() => this.changed());

  /** The text and its DOM map, rebuilt only after the DOM changed. */
  map(): TextMap {
    if (this.mapCache) return this.mapCache;
    if (this.mirror) {
      this.mirror.sync();
      this.mapCache = TextMap.ofTextNode(this.mirror.text);
    } else {
      const quill = this.element.classList.contains('ql-editor');
      this.mapCache = TextMap.ofElement(this.element, { paragraphGap: quill ? '\n' : '\n\n' });
    }
    return this.mapCache;
  }

  private changed(): void {
    this.mapCache = null;
    const now = performance.now();
    this.lastEdit = now;
    if (!this.lintTimer) this.firstPending = now;
    clearTimeout(this.lintTimer);
    const wait = Math.max(0, Math.min(lintDelay, this.firstPending + lintMaxWait - now));
    this.lintTimer = window.setTimeout(() => this.lint(), wait);
    // Whole-reply rules wait for the draft to be finished; an idle writer is taken to be done.
    clearTimeout(this.idleTimer);
    this.idleTimer = window.setTimeout(() => this.lint(), idleAfter + 50);
    this.queueDraw();
  }

  /** The caret's offset in the reply, when the caret is in this box. */
  caretOffset(): number | null {
    if (this.element instanceof HTMLTextAreaElement) return this.element.selectionEnd;
    const selection = this.element.ownerDocument.getSelection();
    if (!selection || !selection.focusNode || !this.element.contains(selection.focusNode)) return null;
    return this.map().offsetOf(selection.focusNode, selection.focusOffset);
  }

  async lint(): Promise<void> {
    this.lintTimer = 0;
    const text = timed(() => this.map().text);
    const seq = ++this.seq;
    const idleMs = this.lastEdit ? performance.now() - this.lastEdit : idleAfter;
    const editOffset = this.lastEdit ? (timed(() => this.caretOffset()) ?? text.length) : text.length;
    let answer: (LintResult & { disabled?: boolean; error?: string }) | undefined;
    try {
      answer = await chrome.runtime.sendMessage({ type: 'lint', text, origin: this.origin, idleMs, editOffset });
    } catch {
      return; // The extension was reloaded or the worker is gone: this page's script is stale.
    }
    if (seq !== this.seq || !answer || answer.disabled || answer.error) return;
    this.result = answer;
    this.resultText = text;
    timed(() => this.draw());
    // A count on the extension's own element (never the editor's), for scripts that wait for a lint.
    this.overlay.host.dataset.lints = String(Number(this.overlay.host.dataset.lints ?? '0') + 1);
  }

  /** Findings moved to the current text: the ones in an edited stretch wait for the next lint. */
  private currentFindings(text: string): Finding[] {
    if (!this.result) return [];
    const old = this.resultText;
    if (old === text) return this.result.findings;
    let prefix = 0;
    const max = Math.min(old.length, text.length);
    while (prefix < max && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (suffix < max - prefix && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
    const delta = text.length - old.length;
    const out: Finding[] = [];
    for (const f of this.result.findings) {
      if (f.end <= prefix) out.push(f);
      else if (f.start >= old.length - suffix) out.push({ ...f, start: f.start + delta, end: f.end + delta });
    }
    return out;
  }

  queueDraw(): void {
    if (this.drawQueued) return;
    this.drawQueued = true;
    requestAnimationFrame(() => {
      this.drawQueued = false;
      timed(() => this.draw());
    });
  }

  /** Places the underlines, the badge and its panel for the text as it is now. */
  draw(): void {
    if (!this.element.isConnected) return;
    if (this.mirror) this.mirror.sync();
    const map = this.map();
    const findings = this.currentFindings(map.text);
    this.shown = findings;
    const view = this.element.ownerDocument.defaultView!;
    // An editor whose root is its frame's <body> (TinyMCE) owns the whole frame's viewport.
    const box = this.element === this.element.ownerDocument.body ? new DOMRect(0, 0, view.innerWidth, view.innerHeight) : this.element.getBoundingClientRect();
    const clip = { left: Math.max(box.left, 0), top: Math.max(box.top, 0), right: Math.min(box.right, view.innerWidth), bottom: Math.min(box.bottom, view.innerHeight) };
    const boxes: HitBox[] = [];
    let used = 0;
    for (const finding of findings) {
      for (const rect of map.rects(finding.start, finding.end)) {
        if (rect.bottom < clip.top || rect.top > clip.bottom || rect.right < clip.left || rect.left > clip.right) continue;
        boxes.push({ field: this, finding, rect });
        let line = this.underlines[used];
        if (!line) {
          line = this.element.ownerDocument.createElement('div');
          this.overlay.layer.append(line);
          this.underlines.push(line);
        }
        used++;
        line.className = `u ${finding.severity}${finding.wholeReply ? ' whole' : ''}`;
        line.dataset.rule = finding.ruleId;
        line.dataset.start = String(finding.start);
        line.dataset.end = String(finding.end);
        line.dataset.findingId = finding.id;
        const left = Math.max(rect.left, clip.left);
        const right = Math.min(rect.right, clip.right);
        setStyle(line, 'left', `${left}px`);
        setStyle(line, 'width', `${Math.max(0, right - left)}px`);
        setStyle(line, 'top', `${rect.top}px`);
        setStyle(line, 'height', `${rect.height - 1}px`);
        if (line.hidden) line.hidden = false;
      }
    }
    for (let i = used; i < this.underlines.length; i++) if (!this.underlines[i]!.hidden) this.underlines[i]!.hidden = true;
    this.hitBoxes = boxes;
    this.drawBadge(box, findings.length);
  }

  private drawBadge(box: DOMRect, count: number): void {
    const result = this.result;
    if (!result || box.width === 0) {
      this.badge.hidden = true;
      this.panel.hidden = true;
      return;
    }
    this.badge.hidden = false;
    const score = result.score === null ? '–' : String(result.score);
    const label = `${count} · ${score}`;
    const key = `${label}|${result.held}`;
    if (this.badgeKey === key && this.panel.hidden) {
      setStyle(this.badge, 'left', `${box.right - 6}px`);
      setStyle(this.badge, 'top', `${box.bottom - 6}px`);
      return;
    }
    this.badgeKey = key;
    this.badge.textContent = label;
    this.badge.classList.toggle('clean', count === 0);
    this.badge.title = `replylint: ${count} finding${count === 1 ? '' : 's'}, score ${score}${result.held ? ` (${result.held} whole-reply check${result.held === 1 ? '' : 's'} wait until the draft is finished)` : ''}`;
    this.badge.setAttribute('aria-label', this.badge.title);
    // Anchored by its bottom-right corner (a transform in the stylesheet): placing it reads no layout.
    setStyle(this.badge, 'left', `${box.right - 6}px`);
    setStyle(this.badge, 'top', `${box.bottom - 6}px`);
    if (!this.panel.hidden) {
      const doc = this.element.ownerDocument;
      const lines = result.checklist.map((item) => {
        const li = doc.createElement('div');
        li.className = !item.expected ? 'na' : item.present ? 'yes' : 'no';
        li.textContent = item.label;
        return li;
      });
      const head = doc.createElement('div');
      head.textContent = `Score ${score}${result.held ? ` · ${result.held} held while drafting` : ''}`;
      this.panel.replaceChildren(head, ...lines);
      setStyle(this.panel, 'left', `${box.right - 6}px`);
      setStyle(this.panel, 'top', `${box.bottom - 34}px`);
    }
  }

  /** The finding under the caret, for the keyboard. */
  findingAtCaret(): Finding | undefined {
    const at = this.caretOffset();
    if (at === null) return undefined;
    const here = this.shown.filter((f) => f.start <= at && at <= f.end);
    return here.sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  }

  /**
   * Replaces a finding's words through the editor, so its model, its undo
   * history and the helpdesk's autosave all see the change: the words are
   * selected, then a beforeinput event asks the editor to insert the text
   * (CKEditor 5 takes it from there, in its own time); if the editor did not
   * take it, the browser's own editing inserts it (execCommand, which fires
   * input as typing does), which textareas, plain contenteditables,
   * ProseMirror, Quill, Lexical and TinyMCE observe.
   */
  async apply(found: Finding, rewrite: string): Promise<boolean> {
    const before = this.freshText();
    if (before.slice(found.start, found.end) !== found.actual) return false;
    const wanted = before.slice(0, found.start) + rewrite + before.slice(found.end);
    // Only the characters that change are replaced: a rewrite that keeps the words around it (the closing invitation
    // added after the last sentence, "should" for "will definitely" before "arrive") must not retype them, for the
    // editor would then drop the links, bold and italics they carry. The core worked out which those are.
    const { start, end, text: replacement } = found.changes[found.expected.indexOf(rewrite)] ?? { start: 0, end: found.actual.length, text: rewrite };
    const finding = { ...found, start: found.start + start, end: found.start + end };
    const el = this.element;
    const doc = el.ownerDocument;
    if (!this.select(finding.start, finding.end)) return false;
    // Editors take the DOM selection on selectionchange: let them, before asking for the insertion.
    await settle(doc);
    // To an editor known to apply the request to its own model, the request names the words it replaces, as a
    // browser's spelling correction does, and CKEditor 5 then replaces exactly them even if it has not yet taken the
    // selection (on a busy machine it once inserted the rewrite at the caret the agent had left, inside "You need to").
    // Other editors get no target: Quill would then apply the request itself, as two steps of its undo history.
    const knownModelFirst = el.closest(modelFirstEditors) !== null;
    const target = knownModelFirst ? this.map().range(finding.start, finding.end) : null;
    const targetRanges = target ? [new StaticRange(target)] : [];
    const ask = new InputEvent('beforeinput', { inputType: replacement === '' ? 'deleteContentBackward' : 'insertText', data: replacement === '' ? null : replacement, targetRanges, bubbles: true, cancelable: true, composed: true });
    el.dispatchEvent(ask);
    await settle(doc);
    let now = this.freshText();
    // An editor that keeps its own model takes the request and changes the text in its own time: CKEditor 5 in
    // Firefox neither cancels the event nor has its DOM updated by the next frame, and inserting the words again
    // then wrote them twice. Such an editor (known by its root, or by cancelling the event) is waited for, up to
    // half a second, and never given the browser's insertion as well.
    const modelFirst = ask.defaultPrevented || knownModelFirst;
    for (const until = Date.now() + 500; modelFirst && now === before && Date.now() < until; ) {
      await settle(doc);
      now = this.freshText();
    }
    if (now === before && !modelFirst) {
      if (!this.select(finding.start, finding.end)) return false;
      // Editors that leave the edit to the browser keep their own undo history from events. TinyMCE makes an undo
      // level from an input event of the kind a spelling correction fires ("insertReplacementText"), not from a
      // script's insertText: one such event before the change keeps the text as it was, one after keeps the rewrite,
      // so one undo takes back exactly the rewrite. A textarea's undo is the browser's own and needs neither.
      const markUndoLevel = (): void => {
        if (!(el instanceof HTMLTextAreaElement)) el.dispatchEvent(new InputEvent('input', { inputType: 'insertReplacementText', bubbles: true, composed: true }));
      };
      markUndoLevel();
      if (replacement === '') doc.execCommand('delete');
      else doc.execCommand('insertText', false, this.inParagraph(finding.start) ? replacement.replace(/\n\n/gu, '\n') : replacement);
      markUndoLevel();
      await settle(doc);
      now = this.freshText();
    }
    this.changed();
    return now === wanted;
  }

  /**
   * Whether the reply's text at an offset stands in a paragraph element (`<p>`, a heading): there one line break typed
   * starts the next paragraph, which the reply's text shows as a blank line, so a blank line typed as two breaks would
   * leave an empty paragraph in the reply.
   */
  private inParagraph(offset: number): boolean {
    if (this.kind === 'textarea') return false;
    let node: Node | null = this.map().range(offset, offset)?.startContainer ?? null;
    for (; node && node !== this.element; node = node.parentNode) {
      if (node.nodeType === Node.ELEMENT_NODE && /^(?:P|H[1-6])$/u.test((node as Element).tagName)) return true;
    }
    return false;
  }

  private freshText(): string {
    this.mapCache = null;
    return this.map().text;
  }

  /** Selects [start, end) of the reply in the box, with the box focused. */
  private select(start: number, end: number): boolean {
    const el = this.element;
    el.focus({ preventScroll: true });
    if (el instanceof HTMLTextAreaElement) {
      el.setSelectionRange(start, end);
      return true;
    }
    const range = this.map().range(start, end);
    const selection = el.ownerDocument.getSelection();
    if (!range || !selection) return false;
    selection.removeAllRanges();
    selection.addRange(range);
    return true;
  }

  dismissLocally(finding: Finding): void {
    if (!this.result) return;
    this.result = { ...this.result, findings: this.result.findings.filter((f) => f.dismissKey !== finding.dismissKey) };
    this.draw();
  }

  detach(): void {
    this.observer.disconnect();
    this.resize.disconnect();
    this.element.removeEventListener('input', this.onInput);
    clearTimeout(this.lintTimer);
    clearTimeout(this.idleTimer);
    for (const line of this.underlines) line.remove();
    this.badge.remove();
    this.panel.remove();
    this.mirror?.remove();
  }
}

/** Writes a style only when it changes: an unchanged overlay costs the page no style work. */
function setStyle(el: HTMLElement, key: 'left' | 'top' | 'width' | 'height', value: string): void {
  if (el.style[key] !== value) el.style[key] = value;
}

/**
 * The roots of editors that apply a script's beforeinput request to their own model: CKEditor 5. (Lexical, also
 * model-first, leaves a script's request to the browser's insertion, which it then reads.)
 */
const modelFirstEditors = '.ck-editor__editable';

/** A task and a frame: long enough for an editor to react to a selection change or an input event. */
function settle(doc: Document): Promise<void> {
  const view = doc.defaultView ?? window;
  return new Promise((resolve) => view.setTimeout(() => view.requestAnimationFrame(() => resolve()), 0));
}

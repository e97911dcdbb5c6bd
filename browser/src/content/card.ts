/**
 * The card for one finding: its message, why it matters, and the rewrites as
 * buttons. Opened by hovering an underline or by Alt+Enter with the caret in
 * the flagged words; arrows and Tab move between its buttons, Escape returns
 * to the reply.
 */
import type { Finding } from '../messages.js';
import type { Field } from './field.js';
import { plainNote, type Overlay } from './overlay.js';

export class Card {
  private readonly el: HTMLDivElement;
  open: { field: Field; finding: Finding } | null = null;
  private closeTimer = 0;

  constructor(
    private readonly overlay: Overlay,
    private readonly onDismiss: (field: Field, finding: Finding) => void,
  ) {
    const doc = overlay.host.ownerDocument;
    this.el = doc.createElement('div');
    this.el.className = 'card';
    this.el.hidden = true;
    this.el.setAttribute('role', 'dialog');
    this.el.setAttribute('aria-label', 'replylint');
    this.el.tabIndex = -1;
    this.el.addEventListener('mouseenter', () => clearTimeout(this.closeTimer));
    this.el.addEventListener('mouseleave', () => this.closeSoon());
    this.el.addEventListener('keydown', (event) => this.onKey(event));
    // A keyboard card closes when the agent goes elsewhere (a click back into the reply, Tab out of the card).
    this.el.addEventListener('focusout', (event) => {
      const to = event.relatedTarget;
      if (this.openedBy === 'keyboard' && to && !this.el.contains(to as Node)) this.close(false);
    });
    overlay.layer.append(this.el);
  }

  show(field: Field, finding: Finding, rect: DOMRect, byKeyboard: boolean): void {
    clearTimeout(this.closeTimer);
    if (this.open && this.open.finding.id === finding.id && this.open.field === field && !this.el.hidden && !byKeyboard) return;
    this.open = { field, finding };
    const doc = this.overlay.host.ownerDocument;
    const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] => {
      const node = doc.createElement(tag);
      node.className = className;
      if (text !== undefined) node.textContent = text;
      // Arabic messages and rewrites read right to left inside the card.
      if (text !== undefined) node.dir = 'auto';
      return node;
    };
    const rewrites = make('div', 'rewrites');
    for (const rewrite of finding.expected) {
      const button = make('button', 'rewrite', rewrite === '' ? `Delete “${finding.actual}”` : rewrite);
      button.type = 'button';
      button.dataset.rewrite = rewrite;
      button.addEventListener('click', () => void this.apply(rewrite));
      rewrites.append(button);
    }
    if (finding.expected.length === 0) rewrites.append(make('div', 'why', 'No rewrite can be offered: this one needs your own words.'));
    const dismiss = make('button', 'dismiss', 'Dismiss');
    dismiss.type = 'button';
    dismiss.addEventListener('click', () => {
      this.close(true);
      this.onDismiss(field, finding);
    });
    const more = make('a', 'more', 'Why this rule');
    more.href = finding.url;
    more.target = '_blank';
    more.rel = 'noreferrer';
    const actions = make('div', 'actions');
    actions.append(dismiss, more);
    this.el.replaceChildren(make('div', 'rule', `replylint · ${finding.ruleId}`), make('div', 'msg', finding.message), make('div', 'why', plainNote(finding.note)), rewrites, actions);
    this.el.dataset.findingId = finding.id;
    this.el.dataset.opened = byKeyboard ? 'keyboard' : 'hover';
    this.el.hidden = false;
    const view = doc.defaultView!;
    const height = this.el.offsetHeight;
    const below = rect.bottom + 6 + height <= view.innerHeight;
    this.el.style.top = `${below ? rect.bottom + 6 : Math.max(0, rect.top - 6 - height)}px`;
    this.el.style.left = `${Math.max(4, Math.min(rect.left, view.innerWidth - this.el.offsetWidth - 4))}px`;
    // From the keyboard the focus goes to the first rewrite, so Enter applies it. With no rewrite it goes to the card
    // itself: Enter, pressed out of habit, must not dismiss the report for the whole site (arrows reach Dismiss).
    if (byKeyboard) (finding.expected.length > 0 ? this.buttons()[0] : this.el)?.focus();
  }

  private buttons(): HTMLElement[] {
    return Array.from(this.el.querySelectorAll<HTMLElement>('button, a'));
  }

  private async apply(rewrite: string): Promise<void> {
    const open = this.open;
    if (!open) return;
    this.close(false);
    await open.field.apply(open.finding, rewrite);
  }

  private onKey(event: KeyboardEvent): void {
    const buttons = this.buttons();
    const at = buttons.indexOf(this.overlay.root.activeElement as HTMLElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      this.close(true);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = (at + (event.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length;
      buttons[next]?.focus();
    }
  }

  closeSoon(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = window.setTimeout(() => this.close(false), 300);
  }

  /** Hides the card; with `refocus`, the caret goes back into the reply where it was. */
  close(refocus: boolean): void {
    clearTimeout(this.closeTimer);
    const open = this.open;
    this.el.hidden = true;
    this.open = null;
    if (refocus && open) open.field.element.focus({ preventScroll: true });
  }

  /** How the open card was opened: a hover card closes when the pointer leaves, a keyboard card stays. */
  get openedBy(): 'hover' | 'keyboard' | null {
    return this.el.hidden ? null : this.el.dataset.opened === 'keyboard' ? 'keyboard' : 'hover';
  }

  get isOpen(): boolean {
    return !this.el.hidden;
  }
}

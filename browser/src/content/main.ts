/**
 * The content script. It stays dormant until the agent enables the site in
 * the toolbar popup (off by default), then follows every reply box the agent
 * focuses. It never reads a page where it is off.
 */
import type { Finding } from '../messages.js';
import { storageKeys, type Sites } from '../settings.js';
import { Card } from './card.js';
import { Field, type HitBox } from './field.js';
import { Overlay } from './overlay.js';
import { replyBoxOf } from './eligible.js';
import { timed, workHost } from './work.js';

// The document's origin: an editor's about:srcdoc or about:blank frame (TinyMCE) has its page's, while its location says 'null'.
const origin = self.origin;
let overlay: Overlay | null = null;
let card: Card | null = null;
const fields = new Map<HTMLElement, Field>();
let hoverTimer = 0;
let hovered: HitBox | null = null;
let pointerQueued = false;
let lastPointer = { x: 0, y: 0 };
/** The pointer has left this window (or the editor's frame) since its last move here. */
let pointerOutside = false;

async function enabledHere(): Promise<boolean> {
  const got = await chrome.storage.local.get(storageKeys.sites);
  return ((got[storageKeys.sites] as Sites | undefined) ?? {})[origin]?.enabled === true;
}

function attach(box: HTMLElement): Field | undefined {
  if (!overlay) return undefined;
  let field = fields.get(box);
  if (!field) {
    field = new Field(box, overlay, origin);
    fields.set(box, field);
  }
  return field;
}

function prune(): void {
  for (const [box, field] of fields) {
    if (!box.isConnected) {
      field.detach();
      fields.delete(box);
    }
  }
}

function scan(): void {
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('textarea, [contenteditable]'))) {
    const box = replyBoxOf(el);
    if (box) attach(box);
  }
}

const onFocus = (event: FocusEvent): void => timed(() => {
  const box = replyBoxOf(event.composedPath()[0] ?? event.target);
  if (box) attach(box);
  prune();
});

const onScroll = (): void => timed(() => {
  for (const field of fields.values()) field.queueDraw();
});

/** The finding under the pointer; where findings overlap (a phrase inside a flagged sentence), the narrowest. */
function hitAt(x: number, y: number): HitBox | null {
  let best: HitBox | null = null;
  for (const field of fields.values()) {
    for (const hit of field.hitBoxes) {
      const r = hit.rect;
      if (x < r.left - 1 || x > r.right + 1 || y < r.top - 1 || y > r.bottom + 3) continue;
      if (!best || hit.finding.end - hit.finding.start < best.finding.end - best.finding.start) best = hit;
    }
  }
  return best;
}

const onPointer = (event: MouseEvent): void => {
  lastPointer = { x: event.clientX, y: event.clientY };
  pointerOutside = false;
  if (pointerQueued) return;
  pointerQueued = true;
  requestAnimationFrame(() => {
    pointerQueued = false;
    const hit = pointerOutside ? null : hitAt(lastPointer.x, lastPointer.y);
    // A card the agent opened from the keyboard stays until they leave it: the pointer resting on the reply (and the
    // moves a browser fires by itself when the text under it reflows) must neither replace it nor close it.
    if (card?.openedBy === 'keyboard') {
      hovered = hit;
      clearTimeout(hoverTimer);
      return;
    }
    if (hit && (!hovered || hovered.finding.id !== hit.finding.id)) {
      hovered = hit;
      clearTimeout(hoverTimer);
      hoverTimer = window.setTimeout(() => {
        if (hovered === hit && card?.openedBy !== 'keyboard') card?.show(hit.field, hit.finding, hit.rect, false);
      }, 150);
    } else if (!hit && hovered) {
      hovered = null;
      clearTimeout(hoverTimer);
      if (card?.openedBy === 'hover' && !overlay?.root.querySelector('.card:hover')) card.closeSoon();
    }
  });
};

/** The pointer left the window (or the editor's frame): no underline is hovered any more. */
const onPointerOut = (event: MouseEvent): void => {
  if (event.relatedTarget !== null) return;
  // A move queued just before the pointer left must not hover what it left behind.
  pointerOutside = true;
  hovered = null;
  clearTimeout(hoverTimer);
  if (card?.openedBy === 'hover' && !overlay?.root.querySelector('.card:hover')) card.closeSoon();
};

/** Alt+Enter in a reply box opens the card of the finding under the caret. */
const onKey = (event: KeyboardEvent): void => timed(() => {
  if (!(event.altKey && event.key === 'Enter')) return;
  const box = replyBoxOf(event.composedPath()[0] ?? event.target);
  const field = box ? fields.get(box) : undefined;
  const finding = field?.findingAtCaret();
  if (!field || !finding) return;
  event.preventDefault();
  event.stopPropagation();
  clearTimeout(hoverTimer);
  const hit = field.hitBoxes.find((h) => h.finding.id === finding.id);
  const rect = hit?.rect ?? field.element.getBoundingClientRect();
  card?.show(field, finding, rect, true);
});

function dismiss(field: Field, finding: Finding): void {
  field.dismissLocally(finding);
  // Once the dismissal is stored, every box on the page is linted again: the finding leaves the others too, and no
  // score counts it any more.
  chrome.runtime.sendMessage({ type: 'dismiss', origin, key: finding.dismissKey }).then(
    () => {
      for (const each of fields.values()) void each.lint();
    },
    () => {},
  );
}

function start(): void {
  if (overlay) return;
  overlay = new Overlay(document);
  card = new Card(overlay, dismiss);
  document.documentElement.dataset.replylint = 'on';
  workHost(overlay.host);
  window.addEventListener('focusin', onFocus, true);
  window.addEventListener('keydown', onKey, true);
  window.addEventListener('mousemove', onPointer, { passive: true, capture: true });
  document.addEventListener('mouseout', onPointerOut, { passive: true });
  window.addEventListener('scroll', onScroll, { passive: true, capture: true });
  window.addEventListener('resize', onScroll, { passive: true });
  scan();
}

function stop(): void {
  if (!overlay) return;
  for (const field of fields.values()) field.detach();
  fields.clear();
  overlay.remove();
  overlay = null;
  card = null;
  workHost(null);
  delete document.documentElement.dataset.replylint;
  window.removeEventListener('focusin', onFocus, true);
  window.removeEventListener('keydown', onKey, true);
  window.removeEventListener('mousemove', onPointer, { capture: true });
  document.removeEventListener('mouseout', onPointerOut);
  window.removeEventListener('scroll', onScroll, { capture: true });
  window.removeEventListener('resize', onScroll);
}

async function refresh(): Promise<void> {
  if (await enabledHere()) start();
  else stop();
}

chrome.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local') return;
  if (changes[storageKeys.sites]) void refresh().then(() => {
    for (const field of fields.values()) void field.lint();
  });
  else if (changes[storageKeys.team]) for (const field of fields.values()) void field.lint();
});

// The popup asks the page which site it is (the top frame answers).
chrome.runtime.onMessage.addListener((request: { type?: string }, _sender, sendResponse) => {
  if (request.type === 'origin' && window === window.top) sendResponse({ origin });
  return false;
});

void refresh();

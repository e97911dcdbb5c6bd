/**
 * The reply's text as the agent sees it, read from an editor's DOM, with an
 * exact map between its UTF-16 offsets and DOM positions.
 *
 * Text nodes are copied as they are (DOM strings are UTF-16, so emoji and
 * Arabic keep their offsets). Structure the DOM holds as elements becomes
 * text the core can read: a line break for `<br>` and between line blocks
 * (`<div>`, `<li>`), a blank line between paragraph blocks (`<p>`, headings,
 * lists) where the editor renders paragraphs apart, and the marker of each list
 * item ("1. ", "- ") so numbered steps read as steps. Those characters are
 * virtual: each maps to the DOM position where it stands.
 */

export interface Point {
  node: Node;
  offset: number;
}

interface Segment {
  start: number;
  end: number;
  /** The text node these characters come from; null for virtual text. */
  text: Text | null;
  /** For virtual text: where it stands in the DOM. */
  at: Point | null;
}

const paragraphBlocks = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'TABLE', 'FIGURE', 'HR']);
const lineBlocks = new Set(['DIV', 'LI', 'TR', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ADDRESS', 'DD', 'DT', 'DL', 'FIGCAPTION']);
const skipped = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IMG', 'SVG', 'VIDEO', 'AUDIO', 'IFRAME', 'OBJECT', 'CANVAS']);

export interface MapOptions {
  /** The gap between paragraph blocks: a blank line, or one line break where paragraphs have no margin (Quill). */
  paragraphGap: string;
}

export class TextMap {
  readonly text: string;
  private readonly segments: Segment[];
  private readonly byNode: Map<Text, number>;

  constructor(text: string, segments: Segment[]) {
    this.text = text;
    this.segments = segments;
    this.byNode = new Map();
    segments.forEach((s, i) => {
      if (s.text) this.byNode.set(s.text, i);
    });
  }

  /** A map over one text node holding the whole value (a textarea's mirror). */
  static ofTextNode(node: Text): TextMap {
    return new TextMap(node.data, [{ start: 0, end: node.data.length, text: node, at: null }]);
  }

  static ofElement(root: HTMLElement, options: MapOptions): TextMap {
    const parts: string[] = [];
    const segments: Segment[] = [];
    let length = 0;
    let pendingGap: string | null = null;
    // True right after a block opens (or after its list marker): a block nested first in another adds no gap.
    let atBlockStart = true;
    const push = (value: string, text: Text | null, at: Point | null): void => {
      if (value === '') return;
      segments.push({ start: length, end: length + value.length, text, at });
      parts.push(value);
      length += value.length;
    };
    const gapBefore = (el: Element | null, at: Point): void => {
      if (pendingGap !== null && length > 0 && !atBlockStart) {
        const paragraph = pendingGap === options.paragraphGap || (el !== null && paragraphBlocks.has(el.tagName));
        push(paragraph && !(el && el.tagName === 'LI') ? options.paragraphGap : '\n', null, at);
      }
      pendingGap = null;
    };
    const walk = (node: Node): void => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === Node.TEXT_NODE) {
          const data = (child as Text).data;
          if (data === '') continue;
          // Whitespace-only text between blocks is source formatting, not text.
          if ((pendingGap !== null || atBlockStart) && data.trim() === '' && (isBlock(child.nextSibling) || child.nextSibling === null)) continue;
          gapBefore(null, { node: child, offset: 0 });
          push(data, child as Text, null);
          atBlockStart = false;
          continue;
        }
        if (child.nodeType !== Node.ELEMENT_NODE) continue;
        const el = child as HTMLElement;
        if (skipped.has(el.tagName.toUpperCase()) || el.hidden) continue;
        if (el.getAttribute('contenteditable') === 'false' && el !== root) continue;
        if (el.tagName === 'BR') {
          // A break that ends its block only keeps an empty line open: it adds no text.
          if (!isLastInBlock(el)) {
            gapBefore(null, { node, offset: indexOf(el) });
            push('\n', null, { node, offset: indexOf(el) });
            atBlockStart = false;
          }
          continue;
        }
        const block = paragraphBlocks.has(el.tagName) || lineBlocks.has(el.tagName);
        if (block) {
          if (pendingGap === null && !atBlockStart && length > 0 && !endsWithBreak(parts)) pendingGap = '\n';
          gapBefore(el, { node: el, offset: 0 });
          atBlockStart = true;
          if (el.tagName === 'LI') push(listMarker(el), null, { node: el, offset: 0 });
        }
        walk(el);
        if (block) {
          pendingGap = lineBlocks.has(el.tagName) ? '\n' : options.paragraphGap;
          atBlockStart = false;
        }
      }
    };
    walk(root);
    return new TextMap(parts.join(''), segments);
  }

  /** The DOM position of a text offset. */
  pointAt(offset: number, preferEnd = false): Point | null {
    const i = this.segmentAt(offset, preferEnd);
    if (i < 0) return null;
    const s = this.segments[i]!;
    if (s.text) return { node: s.text, offset: Math.min(offset - s.start, s.text.data.length) };
    if (s.at) return s.at;
    return null;
  }

  private segmentAt(offset: number, preferEnd: boolean): number {
    const segs = this.segments;
    if (segs.length === 0) return -1;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    // An offset on a boundary: the end of the text before it, or the start of the text after it.
    if (preferEnd && lo > 0 && segs[lo]!.start === offset && segs[lo - 1]!.text) return lo - 1;
    if (!preferEnd && segs[lo]!.end === offset && lo + 1 < segs.length && segs[lo + 1]!.text) return lo + 1;
    if (!segs[lo]!.text && lo + 1 < segs.length && segs[lo + 1]!.text && segs[lo]!.end === offset) return lo + 1;
    return lo;
  }

  /** The text offset of a DOM position, or null when it is outside the mapped text. */
  offsetOf(node: Node, offset: number): number | null {
    if (node.nodeType === Node.TEXT_NODE) {
      const i = this.byNode.get(node as Text);
      return i === undefined ? null : this.segments[i]!.start + offset;
    }
    // An element position: the text node at or after it, else the end of the text before it.
    const after = node.childNodes[offset] ?? null;
    for (const s of this.segments) {
      if (!s.text) continue;
      if (after && (after === s.text || after.contains(s.text) || (after.compareDocumentPosition(s.text) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0)) return s.start;
      if (!after && !node.contains(s.text) && (node.compareDocumentPosition(s.text) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0) return s.start;
    }
    return this.text.length;
  }

  /** The client rectangles of the text in [start, end), drawn from its text nodes only (never a block's box). */
  rects(start: number, end: number): DOMRect[] {
    const out: DOMRect[] = [];
    const range = document.createRange();
    const segs = this.segments;
    for (let i = Math.max(0, this.segmentAt(start, false)); i < segs.length; i++) {
      const s = segs[i]!;
      if (s.start >= end) break;
      if (!s.text || s.end <= start) continue;
      range.setStart(s.text, Math.max(start, s.start) - s.start);
      range.setEnd(s.text, Math.min(end, s.end) - s.start);
      for (const r of Array.from(range.getClientRects())) if (r.width > 0.5 && r.height > 0) out.push(r);
    }
    return mergeLines(out);
  }

  /** A DOM range over [start, end), for selecting it before a rewrite. */
  range(start: number, end: number): Range | null {
    const a = this.pointAt(start, false);
    const b = this.pointAt(end, true);
    if (!a || !b) return null;
    const range = document.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range;
  }
}

function isBlock(node: Node | null): boolean {
  return !!node && node.nodeType === Node.ELEMENT_NODE && (paragraphBlocks.has((node as Element).tagName) || lineBlocks.has((node as Element).tagName));
}

function endsWithBreak(parts: readonly string[]): boolean {
  const last = parts[parts.length - 1];
  return last !== undefined && last.endsWith('\n');
}

function indexOf(node: Node): number {
  let i = 0;
  for (let n = node.previousSibling; n; n = n.previousSibling) i++;
  return i;
}

/** True when nothing rendered follows this <br> before the end of its block. */
function isLastInBlock(br: Element): boolean {
  for (let n: Node | null = br; n; n = n.parentNode) {
    for (let next = n.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === Node.TEXT_NODE && (next as Text).data !== '') return false;
      if (next.nodeType === Node.ELEMENT_NODE) {
        const el = next as Element;
        if (isBlock(el)) return true;
        if (!skipped.has(el.tagName) && (el.textContent !== '' || el.tagName === 'BR')) return false;
      }
    }
    const parent = n.parentNode;
    if (!parent || isBlock(parent) || (parent as HTMLElement).isContentEditable === false || parent.nodeType !== Node.ELEMENT_NODE) return true;
  }
  return true;
}

function listMarker(li: Element): string {
  const list = li.parentElement;
  if (!list || list.tagName !== 'OL') return '- ';
  const start = Number(list.getAttribute('start') ?? '1') || 1;
  let index = 0;
  for (let n = li.previousElementSibling; n; n = n.previousElementSibling) if (n.tagName === 'LI') index++;
  return `${start + index}. `;
}

/** Rectangles on one line merged, so a flagged phrase split over inline elements gets one underline per line. */
function mergeLines(rects: DOMRect[]): DOMRect[] {
  const out: DOMRect[] = [];
  for (const r of rects) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.top - r.top) < 2 && Math.abs(last.bottom - r.bottom) < 2 && r.left <= last.right + 2 && r.right >= last.left - 2) {
      const left = Math.min(last.left, r.left);
      const right = Math.max(last.right, r.right);
      out[out.length - 1] = new DOMRect(left, Math.min(last.top, r.top), right - left, Math.max(last.bottom, r.bottom) - Math.min(last.top, r.top));
    } else out.push(r);
  }
  return out;
}

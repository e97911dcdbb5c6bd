/**
 * A textarea has no DOM for its text, so its text is laid out again in a
 * hidden mirror with the same box and font, inside the extension's own shadow
 * root (never in the page's DOM tree around the textarea), and measured there.
 */
const copied = [
  'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderTopStyle', 'borderRightStyle', 'borderBottomStyle', 'borderLeftStyle',
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'lineHeight', 'letterSpacing', 'wordSpacing',
  'textAlign', 'textIndent', 'textTransform', 'direction', 'tabSize', 'whiteSpace', 'overflowWrap', 'wordBreak', 'unicodeBidi',
] as const;

export class TextareaMirror {
  readonly box: HTMLDivElement;
  readonly text: Text;

  constructor(readonly field: HTMLTextAreaElement, parent: Node) {
    this.box = document.createElement('div');
    this.text = document.createTextNode('');
    this.box.append(this.text);
    this.box.setAttribute('aria-hidden', 'true');
    parent.appendChild(this.box);
  }

  /** Lays the mirror over the textarea with its current value, box and scroll. */
  sync(): void {
    const style = getComputedStyle(this.field);
    const target = this.box.style;
    for (const key of copied) target[key] = style[key];
    target.borderColor = 'transparent';
    target.position = 'fixed';
    target.visibility = 'hidden';
    target.overflow = 'hidden';
    target.margin = '0';
    target.pointerEvents = 'none';
    target.whiteSpace = 'pre-wrap';
    target.overflowWrap = 'break-word';
    const rect = this.field.getBoundingClientRect();
    target.left = `${rect.left}px`;
    target.top = `${rect.top}px`;
    // The textarea's content box narrows by its scrollbar; the mirror has none, so it takes the same inner width.
    const scrollbar = this.field.offsetWidth - this.field.clientWidth - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
    target.width = `${rect.width}px`;
    target.height = `${rect.height}px`;
    target.paddingRight = `${parseFloat(style.paddingRight) + Math.max(0, scrollbar)}px`;
    if (this.text.data !== this.field.value) this.text.data = this.field.value;
    this.box.scrollTop = this.field.scrollTop;
    this.box.scrollLeft = this.field.scrollLeft;
  }

  remove(): void {
    this.box.remove();
  }
}

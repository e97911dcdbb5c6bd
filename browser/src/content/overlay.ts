/**
 * The extension's drawing surface: one element at the end of <html>, outside
 * every editor, holding a shadow root with the underlines, the card and the
 * badges. Nothing is ever inserted inside an editor's DOM: editors rebuild
 * their DOM from their model and must not meet foreign nodes.
 */
const css = `
:host { all: initial; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483646; }
.u { position: fixed; height: 0; border-bottom: 2px solid #d97706; pointer-events: none; }
.u.error { border-bottom-color: #dc2626; }
.u.info { border-bottom-color: #2563eb; border-bottom-style: dotted; }
.u.whole { border-bottom: 2px dotted #6366f1; transform: translateY(3px); }
.u.active { border-bottom-width: 3px; background: rgba(217, 119, 6, 0.12); }
.card { position: fixed; max-width: 360px; min-width: 240px; background: #fff; color: #111; font: 13px/1.4 system-ui, sans-serif;
  border: 1px solid #ccc; border-radius: 6px; box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 10px 12px; pointer-events: auto; z-index: 2147483647; }
.card[hidden] { display: none; }
.card .rule { font-size: 11px; color: #666; margin-bottom: 4px; }
.card .msg { font-weight: 600; margin-bottom: 6px; }
.card .why { color: #333; margin-bottom: 8px; max-height: 8em; overflow: auto; }
.card .rewrites { display: flex; flex-direction: column; gap: 4px; margin-bottom: 6px; }
.card button { font: inherit; text-align: start; padding: 4px 8px; border: 1px solid #bbb; border-radius: 4px; background: #f6f6f6; cursor: pointer; }
.card button.rewrite { background: #ecfdf5; border-color: #10b981; }
.card button:focus { outline: 2px solid #2563eb; outline-offset: 1px; }
.card .actions { display: flex; gap: 6px; justify-content: space-between; align-items: center; }
.card a { color: #2563eb; font-size: 12px; }
.badge { position: fixed; pointer-events: auto; font: 12px/1 system-ui, sans-serif; background: #111827; color: #fff; border-radius: 10px;
  padding: 4px 8px; cursor: pointer; border: none; opacity: .9; transform: translate(-100%, -100%); white-space: nowrap; }
.badge.clean { background: #047857; }
.panel { position: fixed; pointer-events: auto; background: #fff; color: #111; font: 12px/1.5 system-ui, sans-serif; border: 1px solid #ccc;
  border-radius: 6px; padding: 8px 10px; box-shadow: 0 4px 16px rgba(0,0,0,.18); min-width: 200px; transform: translate(-100%, -100%); }
.panel[hidden] { display: none; }
.panel .yes::before { content: "✓ "; color: #047857; }
.panel .no::before { content: "✗ "; color: #dc2626; }
.panel .na { color: #888; }
.panel .na::before { content: "– "; }
`;

export class Overlay {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  readonly layer: HTMLDivElement;

  constructor(doc: Document) {
    this.host = doc.createElement('replylint-overlay');
    this.host.style.cssText = 'position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483646;';
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = css;
    this.layer = doc.createElement('div');
    this.layer.className = 'layer';
    this.root.append(style, this.layer);
    doc.documentElement.appendChild(this.host);
  }

  remove(): void {
    this.host.remove();
  }
}

/** Notes are Markdown; the card shows them as plain text (links keep their words). */
export function plainNote(markdown: string): string {
  return markdown.replace(/\[([^\]\n]{0,200})\]\([^()\s]{0,500}\)/gu, '$1').split('**').join('').split('`').join('').trim();
}

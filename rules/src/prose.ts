/**
 * The prose of a reply: the text a customer reads, as a string of the same
 * length as the original, with everything else (Markdown syntax, code, HTML
 * tags and attributes, front matter, template tags) replaced by spaces and
 * block boundaries by line breaks. Offsets into the prose are offsets into
 * the original, so every position stays exact without a mapping table.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import rehypeParse from 'rehype-parse';
import type { Root as MdastRoot, RootContent as MdastNode } from 'mdast';
import type { Root as HastRoot, RootContent as HastNode } from 'hast';
import { findPlaceholders } from './placeholders.js';

export type Format = 'text' | 'markdown' | 'html';

const markdown = unified().use(remarkParse).freeze();
const htmlFragment = unified().use(rehypeParse, { fragment: true }).freeze();
const htmlDocument = unified().use(rehypeParse, { fragment: false }).freeze();

/** A buffer of the original's length that starts blank (line breaks kept) and takes back the ranges that are prose. */
class Mask {
  private readonly chars: string[];
  constructor(private readonly original: string) {
    this.chars = Array.from({ length: original.length }, (_, i) => (original[i] === '\n' || original[i] === '\r' ? original[i]! : ' '));
  }
  keep(start: number, end: number): void {
    for (let i = start; i < end; i++) this.chars[i] = this.original[i]!;
  }
  /** Turns the first characters of a range into line breaks: a block ends here. */
  breakAt(start: number, end: number, breaks: number): void {
    for (let i = start; i < Math.min(end, start + breaks); i++) if (this.chars[i] === ' ') this.chars[i] = '\n';
  }
  toString(): string {
    return this.chars.join('');
  }
}

function markdownProse(text: string): string {
  const mask = new Mask(text);
  const tree = markdown.parse(text) as MdastRoot;
  const visit = (node: MdastRoot | MdastNode): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'text' && start !== undefined && end !== undefined) {
      mask.keep(start, end);
      return;
    }
    if (node.type === 'listItem' && start !== undefined) {
      // Keep the marker ("1.", "-"): lists are steps to the rules.
      const first = node.children[0]?.position?.start.offset ?? end ?? start;
      mask.keep(start, first);
    }
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html' || node.type === 'yaml') return;
    if ('children' in node) for (const child of node.children) visit(child as MdastNode);
  };
  visit(tree);
  return mask.toString();
}

const blockTags = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'blockquote', 'section', 'article', 'header', 'footer', 'hr', 'pre', 'td', 'th']);
const hiddenTags = new Set(['script', 'style', 'template', 'head', 'title', 'code', 'pre']);

function htmlProse(text: string): string {
  const mask = new Mask(text);
  // A whole document (an email template) parses as one, so <html>, <head> and <body> are tags, not text.
  const parser = /<(?:!doctype|html|head|body)\b/iu.test(text) ? htmlDocument : htmlFragment;
  const tree = parser.parse(text) as HastRoot;
  const visit = (node: HastRoot | HastNode): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'text' && start !== undefined && end !== undefined) {
      // White space carries no prose, and parse5 may give it a span over the end tags around it.
      if (node.value.trim() !== '') mask.keep(start, end);
      return;
    }
    if (node.type === 'element') {
      if (hiddenTags.has(node.tagName)) return;
      if (blockTags.has(node.tagName) && start !== undefined && end !== undefined) {
        // A block's tags become line breaks, so its text stands as a paragraph of its own.
        const firstChild = node.children[0]?.position?.start.offset ?? end;
        const lastChild = node.children.at(-1)?.position?.end.offset ?? end;
        mask.breakAt(start, firstChild, node.tagName === 'br' || node.tagName === 'li' || node.tagName === 'td' ? 1 : 2);
        mask.breakAt(lastChild, end, node.tagName === 'li' || node.tagName === 'td' ? 1 : 2);
      }
    }
    if ('children' in node) for (const child of node.children) visit(child as HastNode);
  };
  visit(tree);
  return mask.toString();
}

/**
 * Template tags that are not nouns: Liquid control tags, comments, includes,
 * Handlebars blocks. Help Scout's `{%customer.firstName,fallback=there%}` is a
 * value, not a control tag.
 */
const controlTag =
  /^(?:\{%-?\s*(?:if|elsif|else|endif|unless|endunless|for|endfor|case|when|endcase|assign|capture|endcapture|comment|endcomment|raw|endraw|include|render|break|continue|cycle|increment|decrement|tablerow|endtablerow|liquid|echo|with|endwith|block|endblock|extends|set|macro|endmacro)\b|\{#|<#|<\/#|\{\{\s*[#/^!>]|\{\{\s*else\b)/u;

/**
 * In a template, placeholders read as names ("Hi {{first_name}}," is a
 * personal greeting) and control tags as nothing; both keep their length.
 */
function neutralizePlaceholders(original: string, prose: string): string {
  const placeholders = findPlaceholders(original);
  if (placeholders.length === 0) return prose;
  let result = '';
  let last = 0;
  for (const p of placeholders) {
    if (p.start < last) continue;
    // A placeholder inside markup (a tag, an attribute, code) is not prose: it stays blank.
    if (prose.slice(p.start, p.end) !== original.slice(p.start, p.end)) continue;
    const length = p.end - p.start;
    const token = controlTag.test(p.text) ? ' '.repeat(length) : `N${'n'.repeat(Math.max(0, length - 1))}`;
    result += prose.slice(last, p.start) + token;
    last = p.end;
  }
  return result + prose.slice(last);
}

export function proseOf(text: string, format: Format = 'text', template = false): string {
  let prose = format === 'markdown' ? markdownProse(text) : format === 'html' ? htmlProse(text) : text;
  if (format === 'markdown') {
    // YAML front matter is not prose.
    const front = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/u.exec(text);
    if (front) prose = front[0].replace(/[^\r\n]/gu, ' ') + prose.slice(front[0].length);
  }
  return template ? neutralizePlaceholders(text, prose) : prose;
}

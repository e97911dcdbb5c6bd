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
import { isWhiteSpace } from './structure.js';

export type Format = 'text' | 'markdown' | 'html';

// Made on first use: a plain-text reply needs neither parser, and the release bundle loads each parser's modules
// only when it is made (scripts/release.mjs), which a one-file lint of a .txt reply then never pays for.
type Processor = { parse(text: string): unknown };
let markdownParser: Processor | undefined;
let htmlFragmentParser: Processor | undefined;
let htmlDocumentParser: Processor | undefined;
const markdown = (): Processor => (markdownParser ??= unified().use(remarkParse).freeze());
const htmlFragment = (): Processor => (htmlFragmentParser ??= unified().use(rehypeParse, { fragment: true }).freeze());
const htmlDocument = (): Processor => (htmlDocumentParser ??= unified().use(rehypeParse, { fragment: false }).freeze());

/** The code units of a buffer as a string, lone surrogates kept (a text decoder would replace them). */
function stringOf(units: Uint16Array): string {
  let text = '';
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.subarray(i, i + 8192));
  return text;
}

/**
 * The text with the code unit at each of `places` replaced by `by`, the same length. A buffer of code units, not an
 * array of one-character strings: splitting 1 MB into a million strings was a tenth of a 1 MB Markdown lint.
 */
function replaceUnits(text: string, places: readonly number[], by: string): string {
  if (places.length === 0) return text;
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  const code = by.charCodeAt(0);
  for (const i of places) units[i] = code;
  return stringOf(units);
}

/** A buffer of the original's length that starts blank (line breaks kept) and takes back the ranges that are prose. */
class Mask {
  private readonly units: Uint16Array;
  constructor(private readonly original: string) {
    this.units = new Uint16Array(original.length);
    for (let i = 0; i < original.length; i++) {
      const code = original.charCodeAt(i);
      this.units[i] = code === 0x0a || code === 0x0d ? code : 0x20;
    }
  }
  keep(start: number, end: number): void {
    for (let i = start; i < end; i++) this.units[i] = this.original.charCodeAt(i);
  }
  /** Turns the first characters of a range into line breaks: a block ends here. */
  breakAt(start: number, end: number, breaks: number): void {
    for (let i = start; i < Math.min(end, start + breaks); i++) if (this.units[i] === 0x20) this.units[i] = 0x0a;
  }
  /** Blanks one character kept as text. */
  blank(i: number): void {
    this.units[i] = 0x20;
  }
  toString(): string {
    return stringOf(this.units);
  }
}

/**
 * How deep Markdown containers (block quotes, list items) may nest, and how
 * many columns of container syntax may start a line. Deeper, the rest of the
 * line is read as text: micromark's work grows with depth times lines (500
 * nested lists took 10 s, 2,000 quoted lines 42 s and 3.2 GB) and the tree of
 * 5,000 nested quotes overflowed the stack. Sixteen levels hold any thread
 * quoted reply by reply that a person still reads; at 32, a megabyte of
 * quoted lines each a level deeper took micromark 576 ms, at 16 348 ms.
 */
export const maxMarkdownNesting = 16;
const maxContainerColumns = 4 * maxMarkdownNesting;

/** Whether a code unit is a space or a tab, or the index is past the line. */
const isBlankAt = (text: string, i: number, end: number): boolean => i >= end || text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09;

/** Where a line's container syntax goes past the limits, or -1: `>`, list markers and indentation from the line's start. */
function deepCut(text: string, start: number, end: number): number {
  let markers = 0;
  let i = start;
  while (i < end) {
    if (i - start >= maxContainerColumns) return i;
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x09) {
      i++;
      continue;
    }
    let next = -1;
    if (code === 0x3e) next = i + 1;
    else if ((code === 0x2d || code === 0x2a || code === 0x2b) && isBlankAt(text, i + 1, end)) next = i + 1;
    else if (code >= 0x30 && code <= 0x39) {
      let j = i;
      while (j < end && j - i < 9 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
      const mark = text.charCodeAt(j);
      if ((mark === 0x2e || mark === 0x29) && isBlankAt(text, j + 1, end)) next = j + 1;
    }
    if (next === -1) return -1;
    if (++markers > maxMarkdownNesting) return i;
    i = next;
  }
  return -1;
}

/**
 * How many emphasis marks (`*`, and `_` not inside a word) a paragraph may
 * hold before they are all read as plain marks: micromark pairs them in time
 * that grows with the square of their count ("*a " 2,000 times, then "b* "
 * as often: 4 s), and emphasis changes no prose.
 */
export const maxEmphasisMarks = 128;

const isAlphanumeric = (code: number): boolean => (code >= 0x30 && code <= 0x39) || isAsciiLetter(code) || code > 0x7f;

/** Whether a line holds nothing but `*`, `-`, `_` and blanks: a thematic break, whose marks are no emphasis. */
function isRule(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x2a && code !== 0x2d && code !== 0x5f && code !== 0x20 && code !== 0x09 && code !== 0x0d) return false;
  }
  return true;
}

/** Whether a line holds nothing but white space. */
function isBlankLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isWhiteSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The text as micromark should read it, the same length: container syntax
 * past the nesting limits made text (a NUL, which micromark reads as a
 * character, at the start of the blank run before the cut, so the line's rest
 * is a paragraph), and in a paragraph with too many emphasis marks, each mark
 * a letter. Returns the places of those marks, to blank in the prose. (Not a
 * NUL for the marks: micromark reads each NUL on its own, and a million of
 * them took it a second, a million letters 70 ms.)
 */
function prepareMarkdown(text: string): { source: string; marks: number[] } {
  const cuts: number[] = [];
  const marks: number[] = [];
  let paragraph: number[] = [];
  const endParagraph = (): void => {
    if (paragraph.length > maxEmphasisMarks) for (const i of paragraph) marks.push(i);
    paragraph = [];
  };
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    let cut = deepCut(text, start, end);
    if (cut !== -1) {
      while (cut > start && isBlankAt(text, cut - 1, end)) cut--;
      cuts.push(cut);
    }
    if (isBlankLine(text, start, end)) endParagraph();
    else if (!isRule(text, start, end)) {
      let first = start;
      while (first < end && isBlankAt(text, first, end)) first++;
      for (let i = first; i < end; i++) {
        const code = text.charCodeAt(i);
        // A marker that starts a list item is no emphasis.
        if (i === first && isBlankAt(text, i + 1, end)) continue;
        if (code === 0x2a || (code === 0x5f && !(isAlphanumeric(text.charCodeAt(i - 1)) && isAlphanumeric(text.charCodeAt(i + 1))))) paragraph.push(i);
      }
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  endParagraph();
  return { source: replaceUnits(replaceUnits(text, cuts, '\u0000'), marks, 'a'), marks };
}

/**
 * Keeps the `>` that opens each line of a blockquote, so that its lines read as the customer's words quoted, as `>`
 * lines in a plain-text reply do (and are not reported as the writer's).
 */
function keepQuoteMarks(text: string, mask: Mask, start: number, end: number): void {
  let line = start;
  while (line < end) {
    let at = line;
    while (at < end && (text[at] === ' ' || text[at] === '\t')) at++;
    if (text[at] === '>') mask.keep(at, at + 1);
    const next = text.indexOf('\n', at);
    if (next === -1 || next >= end) break;
    line = next + 1;
  }
}

function markdownProse(text: string): string {
  const mask = new Mask(text);
  const { source, marks } = prepareMarkdown(text);
  const tree = markdown().parse(source) as MdastRoot;
  // An explicit stack: inline nesting (emphasis in emphasis) has no limit of its own.
  const stack: Array<MdastRoot | MdastNode> = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'text' && start !== undefined && end !== undefined) {
      mask.keep(start, end);
      continue;
    }
    if (node.type === 'listItem' && start !== undefined) {
      // Keep the marker ("1.", "-"): lists are steps to the rules.
      const first = node.children[0]?.position?.start.offset ?? end ?? start;
      mask.keep(start, first);
    }
    if (node.type === 'blockquote' && start !== undefined && end !== undefined) keepQuoteMarks(text, mask, start, end);
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html' || node.type === 'yaml') continue;
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as MdastNode);
  }
  for (const i of marks) mask.blank(i);
  return mask.toString();
}

const blockTags = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'blockquote', 'section', 'article', 'header', 'footer', 'hr', 'pre', 'td', 'th']);
const hiddenTags = new Set(['script', 'style', 'template', 'head', 'title', 'code', 'pre']);

/**
 * How deep HTML elements may nest: an opening tag deeper than this is read as
 * text. The HTML-to-tree step recurses, and 2,000 nested <div> overflowed the
 * stack; an email's nested layout tables stay well inside this.
 */
export const maxHtmlNesting = 256;

/** Elements that hold nothing, and elements whose end tag may be left out (they close themselves, so they never pile up). */
const uncounted = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rp']);

const isAsciiLetter = (code: number): boolean => (code | 32) >= 0x61 && (code | 32) <= 0x7a;

/**
 * The text with opening tags past the nesting limit (and their end tags) made
 * text, the same length: "<" becomes "&", which parse5 reads as a character.
 * Depth is counted from the tags as written, which is enough to bound it.
 */
function limitHtmlNesting(text: string): string {
  const places: number[] = [];
  let depth = 0;
  let excess = 0;
  for (let i = text.indexOf('<'); i !== -1; i = text.indexOf('<', i + 1)) {
    const closing = text.charCodeAt(i + 1) === 0x2f;
    const nameStart = closing ? i + 2 : i + 1;
    let nameEnd = nameStart;
    while (nameEnd < text.length && nameEnd - nameStart < 16 && (isAsciiLetter(text.charCodeAt(nameEnd)) || (nameEnd > nameStart && text.charCodeAt(nameEnd) >= 0x30 && text.charCodeAt(nameEnd) <= 0x39))) nameEnd++;
    if (nameEnd === nameStart || uncounted.has(text.slice(nameStart, nameEnd).toLowerCase())) continue;
    if (closing) {
      if (excess > 0) {
        excess--;
        places.push(i);
      } else if (depth > 0) depth--;
    } else if (depth >= maxHtmlNesting) {
      excess++;
      places.push(i);
    } else depth++;
  }
  return replaceUnits(text, places, '&');
}

function htmlProse(text: string): string {
  const mask = new Mask(text);
  // A whole document (an email template) parses as one, so <html>, <head> and <body> are tags, not text.
  const parser = /<(?:!doctype|html|head|body)\b/iu.test(text) ? htmlDocument() : htmlFragment();
  const tree = parser.parse(limitHtmlNesting(text)) as HastRoot;
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
  const placeholders = findPlaceholders(original, { template: true });
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

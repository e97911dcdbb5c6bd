/**
 * Placeholders in saved replies and templates: Liquid and Handlebars
 * (`{{ first_name }}`, `{% if %}`), single braces (`{customer_name}`),
 * osTicket (`%{recipient.name.first}`), FreeMarker (`${order.id}`, `<#include …>`),
 * Zammad (`#{ticket.number}`), `%NAME%`, and stand-ins (`[Your Name]`,
 * `<PROJECT NAME>`, `XXX`).
 */
import type { Range } from './structure.js';

export interface Placeholder extends Range {
  text: string;
}

/** A word matched in any case, for the stand-in keywords: [Customer Name], [insert link]. */
const anyCase = (words: string): string => words.replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
const standIn = anyCase('insert|add|enter|your|customer|client|agent|company|product|order|ticket|first name|last name|name|date|time|link|url|number|amount|tbd|tk');

/** Arabic stand-ins: [اسم العميل], [أدخل الرابط], [رقم الطلب]. */
const arabicStandIn = 'اسم|أدخل|ادخل|أضف|رقم|تاريخ|التاريخ|رابط|الرابط|المبلغ|مبلغ|اسمك|توقيعك|عنوان';

// No body holds the mark that opens its kind, so two places where a search starts never read the same text.
const wellFormed = new RegExp(String.raw`\[(?:${arabicStandIn})(?![\u0621-\u064A])[^[\]\n]{0,40}\]|\{\{\{?[^{}\n]{1,200}\}?\}\}|\{%-?[^%\n]{1,200}-?%\}|\{#[^#\n]{0,200}#\}|%\{[^{}\n]{1,100}\}|\$\{[^{}\n]{1,100}\}|#\{[^{}\n]{1,100}\}|<#[^<>\n]{1,200}>|<\/#\w+>|(?<![\w{])\{[A-Za-z_][\w. /&-]{0,60}\}(?!\})|%[A-Z][A-Z0-9_]{1,40}%|\[(?:${standIn})\b[^[\]\n]{0,40}\](?!\()|<(?:${anyCase('insert|add|your|customer')})\b[^<>\n]{0,40}>|<[A-Z][A-Z0-9 _]{2,40}>|(?<![\p{L}\p{N}])(?:X{3,}|x{3,})(?![\p{L}\p{N}])`, 'gu');

/** Single braces, not `{{`, `{%` or `{#`. */
const isSingleBrace = (placeholder: string): boolean => placeholder.startsWith('{') && !/^\{[{%#]/u.test(placeholder);
/** A single-brace placeholder, `{customer_name}`: its name is all it has. */
const singleBrace = /^\{[A-Za-z_][\w.]*\}$/u;
/**
 * A name a template system gives a field: `customer_name`, `ticket.id`,
 * `firstName`, `NAME`, `order2`, or one naming what fields hold. A plain word
 * in braces in a reply ("we use {braces} rarely") is the writer's own.
 */
const fieldName = new RegExp(String.raw`[_.\d]|^[a-z]+[A-Z]|^[A-Z]{2,}$|${anyCase('name|customer|client|agent|company|product|order|ticket|date|time|link|url|number|amount|email|phone|address|signature|user')}`, 'u');

export interface PlaceholderOptions {
  /**
   * The text is a template, where placeholders are the point: every
   * well-formed one counts, `{anything}` included. In a reply, a plain word in
   * single braces counts only when it reads as a field's name.
   */
  template?: boolean;
}

/** Every placeholder in the text, in order. */
export function findPlaceholders(text: string, options: PlaceholderOptions = {}): Placeholder[] {
  if (!/[{[<%$#]|XXX|xxx/.test(text)) return [];
  const found: Placeholder[] = [];
  for (const match of text.matchAll(wellFormed)) {
    let placeholder = match[0];
    let start = match.index;
    // In single braces, a template's stand-in may be words ("{clear explanation}", "{team/partner}"); in a reply only a
    // field's name counts ("{customer_name}", not "we use {braces} rarely" or "{a b}").
    if (!options.template && isSingleBrace(placeholder) && (!singleBrace.test(placeholder) || !fieldName.test(placeholder.slice(1, -1)))) continue;
    // HESK writes its fields between doubled signs ("%%SITE_URL%%"): the outer signs belong to the placeholder.
    if (placeholder.startsWith('%') && !placeholder.startsWith('%{') && text[start - 1] === '%' && text[start + placeholder.length] === '%') {
      start--;
      placeholder = `%${placeholder}%`;
    }
    found.push({ start, end: start + placeholder.length, text: placeholder });
  }
  return found;
}

export interface SyntaxProblem extends Range {
  message: string;
  /** The same, for an Arabic reply. */
  arabic: string;
}

// A tag's body holds no mark that opens a tag: otherwise an opener with no close was read to the end of the text, once per opener.
const blockOpen = /\{%-?\s*(if|unless|for|case|capture|comment|raw|tablerow)\b[^{%]*%\}|\{\{\s*#\s*(if|each|unless|with)\b[^{}]*\}\}|<#(if|list)\b[^<>]*>/gu;
const blockClose = /\{%-?\s*end(if|unless|for|case|capture|comment|raw|tablerow)\s*-?%\}|\{\{\s*\/\s*(if|each|unless|with)\s*\}\}|<\/#(if|list)>/gu;

/** Broken template syntax: an opening `{{`/`{%` with no close, a stray close, an unclosed block. */
export function findSyntaxProblems(text: string): SyntaxProblem[] {
  if (!/[{}%<]/u.test(text)) return [];
  const problems: SyntaxProblem[] = [];
  for (const [open, close, name] of [['{{', '}}', '{{ … }}'], ['{%', '%}', '{% … %}']] as const) {
    // Each search resumes where the last one stopped: an indexOf from every opener ran to the end of the text
    // each time the close (or a line break) was missing, quadratic in openers.
    const closes = new Cursor(text, close);
    const opens = new Cursor(text, open);
    const lineEnds = new Cursor(text, '\n');
    let i = opens.from(0);
    while (i !== -1) {
      const closeAt = closes.from(i + open.length);
      const nextOpen = opens.from(i + open.length);
      const lineEnd = lineEnds.from(i);
      if (closeAt === -1 || (nextOpen !== -1 && nextOpen < closeAt) || (open === '{{' && lineEnd !== -1 && lineEnd < closeAt)) {
        let end = Math.min(...[lineEnd, nextOpen, text.length].filter((n) => n !== -1 && n > i), i + 40);
        // Never end between the two halves of a surrogate pair.
        if (end < text.length && end > i && /[\udc00-\udfff]/.test(text[end]!)) end++;
        problems.push({ start: i, end, message: `"${open}" is never closed with "${close}"; a broken ${name} placeholder`, arabic: `«${open}» لا يُغلق بـ«${close}»؛ عنصر نائب ${name} مكسور` });
        i = nextOpen;
        continue;
      }
      i = opens.from(closeAt + close.length);
    }
  }
  // Blocks: every {% if %} needs its {% endif %}, every {{#each}} its {{/each}}.
  const stack: Array<{ kind: string; start: number; end: number; text: string }> = [];
  const tags = [...text.matchAll(blockOpen)].map((m) => ({ open: true, kind: m[1] ?? m[2] ?? m[3]!, start: m.index, end: m.index + m[0].length, text: m[0] }));
  for (const m of text.matchAll(blockClose)) tags.push({ open: false, kind: m[1] ?? m[2] ?? m[3]!, start: m.index, end: m.index + m[0].length, text: m[0] });
  tags.sort((a, b) => a.start - b.start);
  for (const tag of tags) {
    if (tag.open) stack.push(tag);
    else if (stack.at(-1)?.kind === tag.kind) stack.pop();
    else problems.push({ start: tag.start, end: tag.end, message: `"${tag.text}" closes a block that is not open`, arabic: `«${tag.text}» يُغلق كتلة لم تُفتح` });
  }
  for (const tag of stack) problems.push({ start: tag.start, end: tag.end, message: `"${tag.text}" is never closed`, arabic: `«${tag.text}» لا يُغلق أبدًا` });
  return problems.sort((a, b) => a.start - b.start);
}

/** The next place of a string at or after a position, for positions asked in increasing order: the text is searched once in all. */
class Cursor {
  private at = -2;
  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  from(position: number): number {
    if (this.at === -1 || this.at >= position) return this.at;
    this.at = this.text.indexOf(this.needle, position);
    return this.at;
  }
}

/**
 * A sentence of the body that is nothing but a placeholder ("**{explanation}**", "{{ticket.comment}}"): what the
 * helpdesk puts there is unknown, so a rule that asks whether the reply holds something (a next step, steps to point
 * at) cannot say it does not. Read on the reply as written.
 */
export function holdsOpaqueContent(original: string, sentences: ReadonlyArray<{ start: number; end: number; region: string }>): boolean {
  if (!/[{[<%$]/u.test(original)) return false;
  for (const sentence of sentences) {
    if (sentence.region !== 'body') continue;
    const text = original.slice(sentence.start, sentence.end);
    const placeholders = findPlaceholders(text, { template: true });
    if (placeholders.length === 0) continue;
    let rest = '';
    let last = 0;
    for (const p of placeholders) {
      rest += text.slice(last, p.start);
      last = Math.max(last, p.end);
    }
    rest += text.slice(last);
    if (!/[\p{L}\p{N}]/u.test(rest)) return true;
  }
  return false;
}

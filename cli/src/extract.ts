/**
 * Files that hold many replies: Zendesk macro exports (JSON, found by their
 * shape), any JSON or YAML list at a configured key path, and CSV with a
 * configured column. Each reply comes out decoded, with a map from each of its
 * offsets to an offset in the file, so reports point into the original file.
 */
import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import { isAlias, isScalar, isMap, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { Format } from '@replylint/rules';

export interface ExtractedReply {
  /** The reply's title or key, named in reports. */
  name: string;
  /** The reply as the customer would read it (escapes decoded). */
  text: string;
  format: Format;
  /** For each offset of `text` (and its end), the offset in the file. */
  offsets: number[];
  /** The span of the encoded value in the file, replaced as a whole by --fix. */
  raw: { start: number; end: number };
  /** How to write a fixed text back into the file (every format that holds many replies has one). */
  encode: (text: string) => string;
}

export interface ReplySelector {
  /**
   * Dotted key path to the list of replies (JSON, YAML). Without it, `text` names the key of a file that is one reply
   * (an osTicket or Freshdesk template: `subject:`, `body:`).
   */
  path?: string;
  /** The key or CSV column with the text. */
  text?: string;
  /** The key or CSV column with the name. */
  title?: string;
}

export class ExtractError extends Error {
  override name = 'ExtractError';
  constructor(
    message: string,
    /** The file is well formed but says nothing of replies: tooling data (package.json, renovate.json, a workflow), not a broken export. */
    readonly notReplies = false,
  ) {
    super(message);
  }
}

const textKeys = ['text', 'body', 'content', 'message', 'reply', 'value', 'template'];
const titleKeys = ['title', 'name', 'subject', 'id', 'key'];

/** Maps a JSON string token (quotes included) to its decoded text, offset by offset. */
export function decodeJsonString(raw: string, start: number): { text: string; offsets: number[] } {
  const offsets: number[] = [];
  let text = '';
  let i = start + 1;
  const end = start + raw.length - 1;
  const source = raw;
  while (i < end) {
    const c = source[i - start]!;
    if (c === '\\') {
      const next = source[i - start + 1]!;
      if (next === 'u') {
        text += String.fromCharCode(Number.parseInt(source.slice(i - start + 2, i - start + 6), 16));
        offsets.push(i);
        i += 6;
        continue;
      }
      const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/' };
      text += escapes[next] ?? next;
      offsets.push(i);
      i += 2;
      continue;
    }
    text += c;
    offsets.push(i);
    i++;
  }
  offsets.push(end);
  return { text, offsets };
}

/**
 * Aligns decoded text with its raw source when the encoding only re-spaces it
 * (YAML block and folded scalars, indentation, CSV quoting): each run of
 * non-space characters is found in order in the raw text.
 */
export function alignRuns(decoded: string, raw: string, rawStart: number, rawEnd: number): number[] {
  const offsets = new Array<number>(decoded.length + 1);
  let cursor = rawStart;
  let i = 0;
  while (i < decoded.length) {
    if (/\s/u.test(decoded[i]!)) {
      offsets[i] = cursor;
      i++;
      continue;
    }
    let j = i;
    while (j < decoded.length && !/\s/u.test(decoded[j]!)) j++;
    const run = decoded.slice(i, j);
    const at = raw.indexOf(run, cursor);
    if (at !== -1 && at + run.length <= rawEnd) {
      for (let t = 0; t < run.length; t++) offsets[i + t] = at + t;
      cursor = at + run.length;
    } else {
      // An escape inside the run: map it character by character.
      for (let t = 0; t < run.length; t++) {
        const found = raw.indexOf(run[t]!, cursor);
        offsets[i + t] = found !== -1 && found < rawEnd ? found : cursor;
        if (found !== -1 && found < rawEnd) cursor = found + 1;
      }
    }
    i = j;
  }
  offsets[decoded.length] = Math.min(cursor, rawEnd);
  return offsets;
}

const looksHtml = (text: string): boolean => /<\/?(?:p|br|div|a|b|strong|em|ul|ol|li|span|table)\b[^<>]*>/iu.test(text);

function jsonChild(node: JsonNode | undefined, key: string): JsonNode | undefined {
  if (node?.type !== 'object') return undefined;
  const property = node.children?.find((p) => p.children?.[0]?.value === key);
  return property?.children?.[1];
}

function jsonAt(root: JsonNode, path: string): JsonNode | undefined {
  let node: JsonNode | undefined = root;
  for (const key of path.split('.').filter(Boolean)) node = /^\d+$/u.test(key) && node?.type === 'array' ? node.children?.[Number(key)] : jsonChild(node, key);
  return node;
}

function jsonReply(content: string, node: JsonNode, name: string, format?: Format): ExtractedReply {
  const raw = content.slice(node.offset, node.offset + node.length);
  const { text, offsets } = decodeJsonString(raw, node.offset);
  return { name, text, format: format ?? (looksHtml(text) ? 'html' : 'text'), offsets, raw: { start: node.offset, end: node.offset + node.length }, encode: (t) => JSON.stringify(t) };
}

/** Zendesk macros: `{macros: [...]}`, `[...]` or one macro, each with `actions[].field` = comment_value(_html). */
function zendeskMacros(content: string, root: JsonNode): ExtractedReply[] | undefined {
  const list = root.type === 'array' ? root.children ?? [] : jsonChild(root, 'macros')?.children ?? (jsonChild(root, 'macro') ? [jsonChild(root, 'macro')!] : jsonChild(root, 'actions') ? [root] : []);
  const replies: ExtractedReply[] = [];
  let isZendesk = false;
  list.forEach((macro, index) => {
    const actions = jsonChild(macro, 'actions');
    if (actions?.type !== 'array') return;
    isZendesk = true;
    const title = jsonChild(macro, 'title')?.value;
    for (const action of actions.children ?? []) {
      const field = jsonChild(action, 'field')?.value;
      if (field !== 'comment_value' && field !== 'comment_value_html') continue;
      let value = jsonChild(action, 'value');
      // A value may be ["channel:all", "text"]: the text is the last string.
      if (value?.type === 'array') value = [...(value.children ?? [])].reverse().find((c) => c.type === 'string');
      if (value?.type !== 'string') continue;
      replies.push(jsonReply(content, value, typeof title === 'string' ? title : `macro ${index + 1}`, field === 'comment_value_html' ? 'html' : undefined));
    }
  });
  return isZendesk ? replies : undefined;
}

/** The error for a file read as one reply whose top level is a list or a value, not keys. */
const oneReplyNotMap = (text: string): string =>
  `"replies.text" without "replies.path" reads the file as one reply with its text under "${text}", but this file's top level has no keys; for a list at the top level, set "replies.path" to "."`;

/** The list's name in a reply's name: "macros[2]", or "[2]" for a list at the top level (path "."). */
const listName = (path: string | undefined): string => (path ?? '').split('.').filter(Boolean).join('.');

function fromJson(content: string, selector: ReplySelector | undefined): ExtractedReply[] {
  const errors: Array<{ error: number; offset: number }> = [];
  const root = parseTree(content, errors as never, { allowTrailingComma: false, disallowComments: true });
  if (!root || errors.length > 0) {
    const offset = errors[0]?.offset ?? 0;
    const line = content.slice(0, offset).split('\n').length;
    // Without "replies" in the config, only a Zendesk macro export is read from JSON: any other JSON that does not
    // parse (a devcontainer.json or a VS Code settings file with comments) is tooling, not a broken export.
    throw new ExtractError(`invalid JSON at line ${line}`, selector === undefined && !/"(?:macros|actions)"\s*:|"comment_value(?:_html)?"/u.test(content));
  }
  if (!selector?.path) {
    const macros = zendeskMacros(content, root);
    if (macros) return macros;
    if (selector?.text) {
      // One reply to a file: the text under its key, named by its title key or by the text's key.
      if (root.type !== 'object') throw new ExtractError(oneReplyNotMap(selector.text));
      const textNode = jsonChild(root, selector.text);
      if (textNode === undefined) throw new ExtractError(`no key "${selector.text}" (replies.text) in this file`);
      if (textNode.type !== 'string') throw new ExtractError(`the value of "${selector.text}" (replies.text) is not text`);
      const title = selector.title ? jsonChild(root, selector.title)?.value : undefined;
      return [jsonReply(content, textNode, title !== undefined && title !== null ? String(title).trim() : selector.text)];
    }
    throw new ExtractError('a JSON file needs "replies.path" in the config to say where its replies are, or "replies.text" alone for a file that is one reply (Zendesk macro exports are found on their own)', true);
  }
  const list = jsonAt(root, selector.path);
  if (!list) throw new ExtractError(`no key "${selector.path}" (replies.path) in this file`);
  const items = list.type === 'array' ? list.children ?? [] : list.type === 'object' ? (list.children ?? []).map((p) => p.children![1]!) : [];
  const keys = list.type === 'object' ? (list.children ?? []).map((p) => String(p.children![0]!.value)) : [];
  const replies = items.flatMap((item, i) => {
    if (item.type === 'string') return [jsonReply(content, item, keys[i] ?? `${listName(selector.path)}[${i}]`)];
    const textNode = selector.text ? jsonChild(item, selector.text) : textKeys.map((k) => jsonChild(item, k)).find((n) => n?.type === 'string');
    if (textNode?.type !== 'string') return [];
    const titleNode = selector.title ? jsonChild(item, selector.title) : titleKeys.map((k) => jsonChild(item, k)).find((n) => n !== undefined);
    const name = titleNode?.value !== undefined ? String(titleNode.value) : (keys[i] ?? `${listName(selector.path)}[${i}]`);
    return [jsonReply(content, textNode, name)];
  });
  if (replies.length === 0 && items.length > 0) throw new ExtractError(noTextInItems(selector));
  return replies;
}

/** A list of records none of which holds the replies' text: a mistyped key must not pass unlinted. */
function noTextInItems(selector: ReplySelector): string {
  return selector.text
    ? `no item of "${selector.path ?? '.'}" (replies.path) has the key "${selector.text}" (replies.text)`
    : `no item of "${selector.path ?? '.'}" (replies.path) has a text key (${textKeys.join(', ')}): set "replies.text" in the config`;
}

/** A node, or the node an alias (`*name`) stands for: a reply given as an alias is read where its anchor is. */
function resolved(doc: Document, node: unknown): YamlNode | undefined {
  const value = isAlias(node) ? node.resolve(doc) : node;
  return (value ?? undefined) as YamlNode | undefined;
}

function yamlAt(doc: Document, path: string): YamlNode | undefined {
  let current = resolved(doc, doc.contents);
  for (const key of path.split('.').filter(Boolean)) {
    if (isMap(current)) current = resolved(doc, current.get(key, true));
    else if (isSeq(current) && /^\d+$/u.test(key)) current = resolved(doc, current.get(Number(key), true));
    else return undefined;
  }
  return current;
}

function yamlReply(content: string, node: YamlNode | undefined, name: string): ExtractedReply | undefined {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  const [start, end] = node.range;
  const text = node.value;
  // A fixed reply is written back as a double-quoted scalar (JSON's escapes are YAML's), keeping the line break a block scalar ended with.
  const trailing = /\r?\n$/.exec(content.slice(start, end))?.[0] ?? '';
  return { name, text, format: looksHtml(text) ? 'html' : 'text', offsets: alignRuns(text, content, start, end), raw: { start, end }, encode: (fixed) => `${JSON.stringify(fixed)}${trailing}` };
}

function fromYaml(content: string, selector: ReplySelector | undefined): ExtractedReply[] {
  const doc = parseDocument(content);
  // Without "replies" in the config no YAML file is read for replies, so one that does not parse (a Helm chart's
  // "{{ .Release.Name }}", say) is tooling like any other, not a broken export.
  if (doc.errors.length > 0) throw new ExtractError(`invalid YAML at line ${doc.errors[0]!.linePos?.[0].line ?? '?'}: ${doc.errors[0]!.message.split('\n')[0]}`, selector === undefined);
  if (!selector?.path) {
    if (!selector?.text) throw new ExtractError('a YAML file needs "replies.path" in the config to say where its replies are, or "replies.text" alone for a file that is one reply', true);
    // One reply to a file («body: |» in an osTicket template): the text under its key, named by its title key or by the
    // text's key.
    const root = resolved(doc, doc.contents);
    if (!isMap(root)) throw new ExtractError(oneReplyNotMap(selector.text));
    const textNode = resolved(doc, root.get(selector.text, true));
    if (textNode === undefined) throw new ExtractError(`no key "${selector.text}" (replies.text) in this file`);
    const titleNode = selector.title ? resolved(doc, root.get(selector.title, true)) : undefined;
    const titleValue = isScalar(titleNode) ? titleNode.value : undefined;
    // A title in a block scalar («subject: |») ends with its line break, which a report's name does not show.
    const reply = yamlReply(content, textNode, titleValue !== undefined && titleValue !== null ? String(titleValue).trim() : selector.text);
    if (!reply) throw new ExtractError(`the value of "${selector.text}" (replies.text) is not text`);
    return [reply];
  }
  const list = yamlAt(doc, selector.path);
  if (!list) throw new ExtractError(`no key "${selector.path}" (replies.path) in this file`);
  const replies: ExtractedReply[] = [];
  // Each text once, under the first name it is given: aliases of one anchor are one reply (and a file of
  // thousands of aliases to a long anchor cannot make replylint lint it thousands of times).
  const seen = new Set<number>();
  const add = (reply: ExtractedReply | undefined): void => {
    if (!reply || seen.has(reply.raw.start)) return;
    seen.add(reply.raw.start);
    replies.push(reply);
  };
  if (isSeq(list)) {
    list.items.forEach((item, i) => {
      const node = resolved(doc, item);
      if (isScalar(node)) {
        add(yamlReply(content, node, `${listName(selector.path)}[${i}]`));
        return;
      }
      if (!isMap(node)) return;
      const textNode = resolved(doc, selector.text ? node.get(selector.text, true) : textKeys.map((k) => node.get(k, true)).find((n) => n !== undefined));
      const titleNode = resolved(doc, selector.title ? node.get(selector.title, true) : titleKeys.map((k) => node.get(k, true)).find((n) => n !== undefined));
      const titleValue = isScalar(titleNode) ? titleNode.value : undefined;
      add(yamlReply(content, textNode, titleValue !== undefined && titleValue !== null ? String(titleValue) : `${listName(selector.path)}[${i}]`));
    });
  } else if (isMap(list)) {
    for (const pair of list.items) add(yamlReply(content, resolved(doc, pair.value), String((pair.key as { value?: unknown })?.value ?? pair.key)));
  }
  if (replies.length === 0 && (isSeq(list) || isMap(list)) && list.items.length > 0) throw new ExtractError(noTextInItems(selector));
  return replies;
}

interface CsvField {
  value: string;
  start: number;
  end: number;
  offsets: number[];
}

/** RFC 4180 CSV, keeping where each field's characters are in the file. */
export function parseCsv(content: string): CsvField[][] {
  const rows: CsvField[][] = [];
  let row: CsvField[] = [];
  let i = 0;
  while (i <= content.length) {
    const start = i;
    let value = '';
    const offsets: number[] = [];
    if (content[i] === '"') {
      i++;
      for (;;) {
        if (i >= content.length) throw new ExtractError(`unclosed quote in the CSV field that starts at line ${content.slice(0, start).split('\n').length}`);
        if (content[i] === '"') {
          if (content[i + 1] === '"') {
            value += '"';
            offsets.push(i);
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += content[i];
        offsets.push(i);
        i++;
      }
    } else {
      while (i < content.length && content[i] !== ',' && content[i] !== '\n' && content[i] !== '\r') {
        value += content[i];
        offsets.push(i);
        i++;
      }
    }
    offsets.push(i);
    row.push({ value, start, end: i, offsets });
    if (content[i] === ',') {
      i++;
      continue;
    }
    if (content[i] === '\r') i++;
    if (content[i] === '\n' || i >= content.length) {
      if (!(row.length === 1 && row[0]!.value === '' && i >= content.length)) rows.push(row);
      row = [];
      i++;
      if (i > content.length) break;
      continue;
    }
    throw new ExtractError(`unexpected character after a quoted CSV field at line ${content.slice(0, i).split('\n').length}`);
  }
  return rows;
}

function fromCsv(content: string, selector: ReplySelector | undefined): ExtractedReply[] {
  const [header, ...rows] = parseCsv(content);
  if (!header) return [];
  const names = header.map((f) => f.value.trim());
  const textColumn = selector?.text ? names.indexOf(selector.text) : names.findIndex((n) => textKeys.includes(n.toLowerCase()));
  if (textColumn === -1) throw new ExtractError(selector?.text ? `no column "${selector.text}" (replies.text) in the header` : 'no text column: set "replies.text" in the config to the column with the replies', !selector);
  const titleColumn = selector?.title ? names.indexOf(selector.title) : names.findIndex((n) => titleKeys.includes(n.toLowerCase()));
  return rows.flatMap((row, r) => {
    const field = row[textColumn];
    if (!field || field.value.trim() === '') return [];
    const title = titleColumn >= 0 ? row[titleColumn]?.value : undefined;
    return [
      {
        name: title || `row ${r + 2}`,
        text: field.value,
        format: looksHtml(field.value) ? 'html' : 'text',
        offsets: field.offsets,
        raw: { start: field.start, end: field.end },
        encode: (fixed: string) => (/[",\r\n]/.test(fixed) ? `"${fixed.replace(/"/g, '""')}"` : fixed),
      } satisfies ExtractedReply,
    ];
  });
}

export type MultiReplyKind = 'json' | 'yaml' | 'csv';

export function multiReplyKind(path: string): MultiReplyKind | undefined {
  if (/\.json$/iu.test(path)) return 'json';
  if (/\.ya?ml$/iu.test(path)) return 'yaml';
  if (/\.csv$/iu.test(path)) return 'csv';
  return undefined;
}

export function extractReplies(kind: MultiReplyKind, content: string, selector?: ReplySelector): ExtractedReply[] {
  if (kind === 'json') return fromJson(content, selector);
  if (kind === 'yaml') return fromYaml(content, selector);
  return fromCsv(content, selector);
}

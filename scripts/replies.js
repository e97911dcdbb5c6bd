// Reads a corpus of replies: a .jsonl file ({id, text, channel?} a line) or a
// folder of replies as a helpdesk keeps them: .txt and .md files, .html, and
// YAML or JSON templates (one reply under `body`, `text` or `response`, or a
// list of them, as osTicket's are). Shared by the corpus review and the benchmark.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, extname, relative } from 'node:path';
import { parse } from 'yaml';

const channels = new Set(['email', 'chat', 'social']);
// Forum and issue-tracker replies are mid-conversation answers with no sign-off: chat expectations fit them.
const aliases = { forum: 'chat', 'issue-tracker': 'chat' };

/**
 * The options a loaded reply is linted with, as the corpus review and the eval both lint it: its channel, template and
 * format, and a technical audience for issue-tracker and forum replies (their terms of the trade are no jargon there).
 */
export function lintOptions(reply) {
  const options = { channel: reply.channel, template: reply.template, format: reply.format };
  return reply.audience === 'technical' ? { ...options, rules: { 'no-unclear-instructions': ['warn', { audience: 'technical' }] } } : options;
}

export function loadReplies(path) {
  const stat = statSync(path);
  if (stat.isDirectory()) return walk(path).flatMap((file) => fromFile(file, relative(path, file)));
  if (extname(path) === '.jsonl') {
    return readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line, i) => {
        const record = JSON.parse(line);
        return {
          id: record.id ?? String(i + 1),
          source: record.source,
          text: String(record.text ?? ''),
          channel: channels.has(record.channel) ? record.channel : (aliases[record.channel] ?? 'email'),
          // An issue tracker's or a forum's readers are technical (see lintOptions).
          ...(record.channel === 'forum' || record.channel === 'issue-tracker' ? { audience: 'technical' } : {}),
          // A saved reply that declares placeholders is a template: they are expected there.
          template: Array.isArray(record.placeholders) && record.placeholders.length > 0,
          // Markdown and HTML are linted on their prose; Liquid and Handlebars templates are text with placeholders.
          format: record.format === 'markdown' || record.format === 'html' ? record.format : 'text',
        };
      });
  }
  return [{ id: path, text: readFileSync(path, 'utf8'), channel: 'email' }];
}

/** The keys a template file keeps its reply's text under, in the order they are tried. */
const textKeys = ['body', 'text', 'response', 'answer', 'message', 'content'];
/** A helpdesk's placeholders (%{…}, {{…}}, %%…%%): a text holding them is a template. */
const placeholder = /%\{[^}\n]+\}|\{\{[^}\n]+\}\}|%%[A-Z_]+%%/u;

/** The replies in one file of a folder: the file itself, or the texts a YAML or JSON template holds. */
function fromFile(file, id) {
  const raw = readFileSync(file, 'utf8');
  const extension = extname(file).toLowerCase();
  const reply = (text, name) => ({ id: name, text, channel: 'email', template: placeholder.test(text), format: /<(?:p|br|div|h\d|strong|a)\b/iu.test(text) ? 'html' : 'text' });
  if (extension === '.html' || extension === '.htm') return [{ ...reply(raw, id), format: 'html' }];
  // As the CLI reads them by default: Markdown on its prose (front matter, HTML blocks and code are not the reply's words).
  if (extension === '.md' || extension === '.markdown') return [{ id, text: raw, channel: 'email', format: 'markdown' }];
  if (extension !== '.yaml' && extension !== '.yml' && extension !== '.json') return [{ id, text: raw, channel: 'email' }];
  let data;
  try {
    data = extension === '.json' ? JSON.parse(raw) : parse(raw);
  } catch (error) {
    console.error(`${id}: skipped, not readable as ${extension.slice(1).toUpperCase()} (${String(error.message).split('\n')[0]})`);
    return [];
  }
  const textOf = (record) => (record && typeof record === 'object' ? textKeys.map((key) => record[key]).find((value) => typeof value === 'string' && value.trim() !== '') : undefined);
  const records = Array.isArray(data) ? data : [data];
  return records.flatMap((record, i) => {
    const text = textOf(record);
    return text === undefined ? [] : [reply(text, records.length > 1 ? `${id}[${i}]` : id)];
  });
}

function walk(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(full));
    // A folder's own notes (where its texts come from) are no replies.
    else if (/\.(?:txt|md|markdown|html?|ya?ml|json)$/u.test(entry.name) && !/^(?:README|SOURCE|LICENSE|CHANGELOG)\.md$/iu.test(entry.name)) files.push(full);
  }
  return files.sort();
}

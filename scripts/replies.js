// Reads a corpus of replies: a .jsonl file ({id, text, channel?} a line) or a
// folder of .txt/.md files. Shared by the corpus review and the benchmark.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, extname, relative } from 'node:path';

const channels = new Set(['email', 'chat', 'social']);
// Forum and issue-tracker replies are mid-conversation answers with no sign-off: chat expectations fit them.
const aliases = { forum: 'chat', 'issue-tracker': 'chat' };

export function loadReplies(path) {
  const stat = statSync(path);
  if (stat.isDirectory()) return walk(path).map((file) => ({ id: relative(path, file), text: readFileSync(file, 'utf8'), channel: 'email' }));
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
          // A saved reply that declares placeholders is a template: they are expected there.
          template: Array.isArray(record.placeholders) && record.placeholders.length > 0,
          // Markdown and HTML are linted on their prose; Liquid and Handlebars templates are text with placeholders.
          format: record.format === 'markdown' || record.format === 'html' ? record.format : 'text',
        };
      });
  }
  return [{ id: path, text: readFileSync(path, 'utf8'), channel: 'email' }];
}

function walk(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(full));
    else if (/\.(?:txt|md)$/u.test(entry.name)) files.push(full);
  }
  return files.sort();
}

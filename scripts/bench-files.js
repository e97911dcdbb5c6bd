#!/usr/bin/env node
// Generates a repository of template files and times the replylint CLI on it,
// end to end (process start, discovery, reading, linting, output):
// `npm run bench:files [-- <count>]` (default 10,000 files).
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generateReplies } from './generate-replies.js';

const count = Number(process.argv[2] ?? 10_000);
const cli = fileURLToPath(new URL('../cli/dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'replylint-bench-files-'));
const syntaxes = ['{{ ticket.requester.first_name }}', '{%customer.firstName,fallback=there%}', '%{recipient.name.first}', '${order.recipient_name}', '#{ticket.customer.firstname}', '{customer_name}'];
const replies = generateReplies(count, 3);
for (let i = 0; i < count; i++) {
  const folder = join(dir, `team-${i % 20}`);
  if (i < 20) mkdirSync(folder);
  const text = replies[i].text.replace(/^(Hi|Hello|Dear|Hey|Good morning) [^,!]+/u, `$1 ${syntaxes[i % syntaxes.length]}`);
  writeFileSync(join(folder, `reply-${i}.${i % 3 === 0 ? 'liquid' : i % 3 === 1 ? 'md' : 'txt'}`), text);
}
writeFileSync(join(dir, '.replylintrc.json'), JSON.stringify({ template: true }));

function time(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status === 2) throw new Error(result.stderr);
  return ms;
}

time(['--format', 'json', 'team-0']); // warm the file system cache
const runs = [time(['--format', 'json', '.']), time(['--format', 'json', '.']), time(['--format', 'json', '.'])].sort((a, b) => a - b);
const one = time(['--format', 'json', 'team-0/reply-0.liquid']);
rmSync(dir, { recursive: true, force: true });
console.log(`${count} template files, CLI end to end (median of 3): ${(runs[1] / 1000).toFixed(2)} s, ${(count / (runs[1] / 1000)).toFixed(0)} files/s`);
console.log(`one file (start-up included): ${one.toFixed(0)} ms`);
const perTenThousand = (runs[1] / 1000) * (10_000 / count);
console.log(`target: 10,000 template files in under 10 s on this 2-core machine: ${perTenThousand < 10 ? 'met' : 'missed'} (${perTenThousand.toFixed(2)} s for 10,000${count === 10_000 ? '' : `, scaled from ${count}`})`);

#!/usr/bin/env node
// Cuts every reply of a .jsonl file into sentences as replylint's parser does,
// for annotation: the same shape as a batch of scripts/label-sample.js.
//
//   node scripts/label-segment.js <replies.jsonl> <out.json> [--language en|ar]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ReplyContext, proseOf } from '../rules/dist/index.js';
import { loadReplies } from './replies.js';
import { isHeldBack } from './eval-split.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { language: { type: 'string', default: 'en' } } });
if (positionals.length !== 2) {
  console.error('usage: node scripts/label-segment.js <replies.jsonl> <out.json> [--language en|ar]');
  process.exit(2);
}
const batch = loadReplies(positionals[0]).map((reply) => {
  const prose = proseOf(reply.text, reply.format, reply.template);
  const context = new ReplyContext(prose, reply.channel, reply.template, reply.text, values.language);
  return {
    id: reply.id,
    channel: reply.channel,
    part: isHeldBack(reply.id) ? 'held' : 'dev',
    text: reply.text,
    sentences: context.sentences.map((s, n) => ({ n, start: s.start, end: s.end, region: s.region, text: reply.text.slice(s.start, s.end) })),
  };
});
writeFileSync(positionals[1], JSON.stringify(batch, null, 1));
console.log(`${batch.length} replies, ${batch.reduce((n, r) => n + r.sentences.length, 0)} sentences`);

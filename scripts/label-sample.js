#!/usr/bin/env node
// Draws the labelled sample from the real-reply corpus and writes the
// annotation batches: each reply with its sentences as replylint's parser cuts
// them (offsets in UTF-16 code units of the reply's text). The batches hold
// corpus text and stay outside the project; only the labels (ids, offsets and
// the annotators' judgements) come back into eval/labels/.
//
//   node scripts/label-sample.js <replies.jsonl> <out-folder> [--batches N] [--round 2 --scale 0.5]
//   node scripts/label-sample.js <replies.jsonl> <out-folder> --tweets 120 [--batches N]
//
// The sample is deterministic: per source a fixed number of replies chosen by
// a hash of their ids, tweets at most a third of the whole. A later round
// (`--round 2`) draws the replies that come next in the same hash order, so it
// never repeats one labelled before; `--scale` sizes it against the first.
// After two rounds only tweets are left unlabelled (every other source has
// been drawn in full): `--tweets N` draws N of them, shared among the tweet
// sources by their quota, each the next in hash order not yet in
// eval/labels/en.jsonl.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ReplyContext, proseOf } from '../rules/dist/index.js';
import { loadReplies } from './replies.js';
import { hashId, isHeldBack } from './eval-split.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { batches: { type: 'string', default: '5' }, round: { type: 'string', default: '1' }, scale: { type: 'string', default: '1' }, tweets: { type: 'string' } } });
if (positionals.length !== 2) {
  console.error('usage: node scripts/label-sample.js <replies.jsonl> <out-folder> [--batches N] [--round N --scale F]');
  process.exit(2);
}
const [corpus, out] = positionals;

/** How many replies to draw from each source (the rest: all of them, up to `other`). */
const quota = { 'twcs-small': 70, 'twcs-sample': 12, 'ibm-twitter-care': 28, 'cx-macros-library': 35, 'oss-saved-replies': 25, 'harvester-seller-letters': 10, 'ansible-ticket-stubs': 12, 'fcc-reply-templates': 15 };
const other = 30;

const bySource = new Map();
for (const reply of loadReplies(corpus)) {
  if (reply.text.trim() === '' || reply.text.length > 2500) continue;
  const list = bySource.get(reply.source) ?? [];
  list.push(reply);
  bySource.set(reply.source, list);
}
const round = Number(values.round);
const scale = Number(values.scale);
if (!Number.isInteger(round) || round < 1 || !(scale > 0)) {
  console.error('label-sample: --round is a whole number from 1, --scale a positive number');
  process.exit(2);
}
const sample = [];
for (const [source, list] of bySource) {
  list.sort((a, b) => hashId(a.id) - hashId(b.id));
  const size = quota[source] ?? other;
  // Rounds before this one took `size` replies each; this one takes its scaled share of the next.
  const from = size * (round - 1);
  sample.push(...list.slice(from, from + Math.round(size * (round === 1 ? 1 : scale))));
}
if (values.tweets !== undefined) {
  const wanted = Number(values.tweets);
  if (!Number.isInteger(wanted) || wanted < 1) {
    console.error('label-sample: --tweets is a whole number from 1');
    process.exit(2);
  }
  const labelled = new Set(
    readFileSync(new URL('../eval/labels/en.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line).id),
  );
  const social = [...bySource].filter(([, list]) => list.some((reply) => reply.channel === 'social'));
  const share = social.reduce((n, [source]) => n + (quota[source] ?? other), 0);
  sample.length = 0;
  for (const [source, list] of social) {
    const fresh = list.filter((reply) => reply.channel === 'social' && !labelled.has(reply.id));
    sample.push(...fresh.slice(0, Math.round((wanted * (quota[source] ?? other)) / share)));
  }
} else if (round > 1) {
  // Later rounds reach the end of the small sources: keep tweets to half of the round, the first in hash order.
  const others = sample.filter((reply) => reply.channel !== 'social').length;
  const tweets = sample.filter((reply) => reply.channel === 'social').sort((a, b) => hashId(a.id) - hashId(b.id));
  const dropped = new Set(tweets.slice(others).map((reply) => reply.id));
  sample.splice(0, sample.length, ...sample.filter((reply) => !dropped.has(reply.id)));
}
sample.sort((a, b) => hashId(a.id) - hashId(b.id));

const batches = Array.from({ length: Number(values.batches) }, () => []);
sample.forEach((reply, i) => {
  const prose = proseOf(reply.text, reply.format, reply.template);
  const context = new ReplyContext(prose, reply.channel, reply.template, reply.text, 'en');
  batches[i % batches.length].push({
    id: reply.id,
    source: reply.source,
    channel: reply.channel,
    template: reply.template,
    format: reply.format,
    part: isHeldBack(reply.id) ? 'held' : 'dev',
    text: reply.text,
    sentences: context.sentences.map((s, n) => ({ n, start: s.start, end: s.end, region: s.region, text: reply.text.slice(s.start, s.end) })),
  });
});
mkdirSync(out, { recursive: true });
batches.forEach((batch, i) => writeFileSync(join(out, `batch-${i + 1}.json`), JSON.stringify(batch, null, 1)));
const sentences = batches.flat().reduce((n, r) => n + r.sentences.length, 0);
const held = batches.flat().filter((r) => r.part === 'held').length;
console.log(`${sample.length} replies, ${sentences} sentences, in ${batches.length} batches; ${sample.filter((r) => r.channel === 'social').length} tweets; ${held} held back`);

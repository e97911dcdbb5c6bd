#!/usr/bin/env node
// Measures replylint against the labels in eval/labels/: per mission rule,
// precision and recall at the reply level; per act, precision and recall at
// the sentence level, and the primary act's accuracy; and, for the part
// developed against, the disagreements.
//
//   npm run eval [-- --held] [--language en|ar] [--show <rule|act>] [--confusion] [--corpus <replies.jsonl>]
//
// English labels point into the shared corpus of real replies (the text stays
// there; the labels hold ids and offsets); Arabic labels into
// eval/arabic/replies.jsonl, written for the project. The held-back third
// (scripts/eval-split.js) is measured only with --held, and its
// disagreements are never printed.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { actOrder, lint, readReply } from '../rules/dist/index.js';
import { lintOptions, loadReplies } from './replies.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const usage = `usage: npm run eval -- [options]
  --held               the held-back part beside the development part (the figures to report)
  --show <kind>        the disagreements of a rule (negative, nextStep, invitation, overpromise, unclear) or an act
  --limit <n>          how many disagreements --show prints (15)
  --confusion          the commonest act confusions in the development part
  --language <set>     one set only: en (real English replies), en-written (written for the project), ar
  --corpus <path>      the English replies, if not at ../shared/corpus/real/replies.jsonl`;
let parsed;
try {
  parsed = parseArgs({
    options: {
      help: { type: 'boolean', short: 'h', default: false },
      held: { type: 'boolean', default: false },
      language: { type: 'string', multiple: true },
      show: { type: 'string', multiple: true },
      confusion: { type: 'boolean', default: false },
      corpus: { type: 'string', default: join(root, '..', 'shared', 'corpus', 'real', 'replies.jsonl') },
      limit: { type: 'string', default: '15' },
    },
  });
} catch (error) {
  console.error(`eval: ${error.message}\n${usage}`);
  process.exit(2);
}
const { values } = parsed;
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const problems = {
  negative: 'no-negative-phrasing',
  nextStep: 'require-next-step',
  invitation: 'require-closing-invitation',
  overpromise: 'no-overpromise',
  unclear: 'no-unclear-instructions',
};

// `en` is real replies written by other teams; `en-written` and `ar` were written for the project by people who had
// not seen the rules (eval/README.md says how), and are measured apart so that neither figure hides the other.
const sets = [
  { name: 'en', language: 'en', labels: join(root, 'eval/labels/en.jsonl'), texts: values.corpus },
  { name: 'en-written', language: 'en', labels: join(root, 'eval/labels/en-written.jsonl'), texts: join(root, 'eval/english/replies.jsonl') },
  { name: 'ar', language: 'ar', labels: join(root, 'eval/labels/ar.jsonl'), texts: join(root, 'eval/arabic/replies.jsonl') },
].filter((set) => (values.language ? values.language.includes(set.name) : existsSync(set.labels)));

const ratio = (a, b) => (b === 0 ? '  –  ' : (a / b).toFixed(2).padStart(5));
const pad = (s, n) => String(s).padEnd(n);

for (const set of sets) {
  if (!existsSync(set.texts)) {
    console.error(`${set.name}: the replies are not at ${set.texts} (use --corpus)`);
    process.exitCode = 2;
    continue;
  }
  const replies = new Map(loadReplies(set.texts).map((reply) => [reply.id, reply]));
  const labels = readFileSync(set.labels, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
  const parts = values.held ? ['dev', 'held'] : ['dev'];
  const results = {};
  const disagreements = [];
  for (const part of parts) {
    const rule = Object.fromEntries(Object.keys(problems).map((p) => [p, { tp: 0, fp: 0, fn: 0, tn: 0 }]));
    const act = Object.fromEntries(actOrder.map((a) => [a, { tp: 0, fp: 0, fn: 0 }]));
    let sentences = 0;
    let primaryRight = 0;
    let replyCount = 0;
    for (const label of labels.filter((l) => l.part === part)) {
      const reply = replies.get(label.id);
      if (!reply) {
        console.error(`${set.name}: no reply ${label.id} in ${set.texts}`);
        continue;
      }
      replyCount++;
      const options = { ...lintOptions(reply), language: set.language };
      const reported = new Set(lint(reply.text, options).map((m) => m.ruleId));
      if (!label.notReply) {
        for (const [problem, ruleId] of Object.entries(problems)) {
          const truth = label.problems[problem];
          if (truth === null || truth === undefined) continue;
          const got = reported.has(ruleId);
          const cell = rule[problem];
          if (truth && got) cell.tp++;
          else if (truth && !got) cell.fn++;
          else if (!truth && got) cell.fp++;
          else cell.tn++;
          if (truth !== got && part === 'dev') disagreements.push({ kind: problem, id: label.id, text: reply.text, detail: truth ? 'missed' : 'false report' });
        }
      }
      const model = readReply(reply.text, { ...options, rules: undefined });
      for (const labelled of label.sentences) {
        const found = model.sentences.find((s) => s.sentence.start === labelled.start) ?? model.sentences.find((s) => s.sentence.start < labelled.end && s.sentence.end > labelled.start);
        sentences++;
        const acts = new Set(found?.reading.acts ?? []);
        const primary = found?.act;
        if (primary === labelled.act) primaryRight++;
        else if (part === 'dev') disagreements.push({ kind: labelled.act, read: primary ?? 'none', id: label.id, text: reply.text.slice(labelled.start, labelled.end), detail: `labelled ${labelled.act} [${labelled.acts.join(' ')}], read ${primary} [${[...acts].join(' ')}]` });
        for (const a of actOrder) {
          const truth = labelled.acts.includes(a);
          const got = acts.has(a);
          if (truth && got) act[a].tp++;
          else if (truth) act[a].fn++;
          else if (got) act[a].fp++;
        }
      }
    }
    results[part] = { rule, act, sentences, primaryRight, replyCount };
  }

  console.log(`\n# ${set.name}: ${labels.length} labelled replies (${parts.map((p) => `${p} ${results[p].replyCount}`).join(', ')})\n`);
  console.log(`${pad('rule', 30)}${parts.map((p) => `${p.padStart(5)} P    R     (tp fp fn)     `).join('')}`);
  for (const [problem, ruleId] of Object.entries(problems)) {
    const row = parts.map((p) => {
      const { tp, fp, fn } = results[p].rule[problem];
      return `  ${ratio(tp, tp + fp)} ${ratio(tp, tp + fn)}  (${tp} ${fp} ${fn})`.padEnd(28);
    });
    console.log(`${pad(ruleId, 30)}${row.join('')}`);
  }
  // A set labelled for the reply-level problems only (no sentences) has no act figures to print.
  if (parts.some((p) => results[p].sentences > 0)) {
    console.log(`\n${pad('act', 30)}${parts.map((p) => `${p.padStart(5)} P    R     (n)            `).join('')}`);
    for (const a of actOrder) {
      const row = parts.map((p) => {
        const { tp, fp, fn } = results[p].act[a];
        return `  ${ratio(tp, tp + fp)} ${ratio(tp, tp + fn)}  (${tp + fn})`.padEnd(28);
      });
      console.log(`${pad(a, 30)}${row.join('')}`);
    }
    console.log(`${pad('primary act accuracy', 30)}${parts.map((p) => `  ${ratio(results[p].primaryRight, results[p].sentences)}  (${results[p].sentences} sentences)`.padEnd(28)).join('')}`);
  }

  if (values.confusion) {
    // The commonest primary-act confusions in the dev part: where tuning pays.
    const pairs = new Map();
    for (const d of disagreements) if (d.read) pairs.set(`${d.kind} -> ${d.read}`, (pairs.get(`${d.kind} -> ${d.read}`) ?? 0) + 1);
    console.log('\n## commonest confusions (labelled -> read), dev part');
    for (const [pair, n] of [...pairs].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${String(n).padStart(5)}  ${pair}`);
  }
  if (values.show) {
    const n = Number(values.limit);
    for (const kind of values.show) {
      const list = disagreements.filter((d) => d.kind === kind);
      console.log(`\n## ${kind}: ${list.length} disagreements in the dev part${list.length > n ? ` (first ${n})` : ''}`);
      for (const d of list.slice(0, n)) console.log(`- [${d.id}] ${d.detail}\n    ${d.text.replace(/\s+/g, ' ').slice(0, 400)}`);
    }
  }
}

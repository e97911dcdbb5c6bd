import { defineRule } from '../define-rule.js';
import type { Report } from '../types.js';

const note =
  'Adapt your tone to the context: cheerful exclamations and emoji that fit good news read as careless in a reply about a loss, a delay or damage (seed 003, "Adapt your tone to the context").';

/** What makes a reply about a loss, a delay or damage. */
const somberSubject =
  /\b(?:lost|missing|damaged|broken|stolen|late|delay(?:ed|s)?|never arrived|hasn['’]t arrived|didn['’]t arrive|not arrived|outage|down|failed|faulty|defective|leak(?:ed|ing)?|injur\w*|bereavement|passed away|died|death|fraud|scam|hacked|charged twice|overcharged|cancell?ed|refused|declined)\b/i;

/** Cheerful markers: celebratory emoji and smileys, laughter, doubled exclamation marks. */
const cheerful =
  /[😀😃😄😁😆😅😂🤣😊😇🙂😉😍🥰😘😎🤩🥳🎉🎊🙌👏✨💯🔥😜😝😛]|(?<![\p{L}\p{N}])(?::-?\)|:-?D|;-?\)|\^_\^)(?![\p{L}\p{N}])|\b(?:lol|haha(?:ha)*|hehe|yay|woo+hoo+|woohoo)\b|!{2,}/giu;

export default defineRule(
  {
    id: 'no-tone-mismatch',
    description: 'Cheerful exclamations or emoji in a reply about a loss, a delay or damage',
    note,
    source: 'seed 003, "Adapt your tone to the context"',
    example: { bad: 'Your parcel was damaged in transit 😂!!', good: "I'm sorry your parcel was damaged in transit." },
    defaultOptions: {},
  },
  (context) => {
    const { body: range } = context.structure;
    if (!somberSubject.test(context.text.slice(range.start, range.end))) return [];
    // One pass over the body, not one per sentence; a match must lie in a body sentence.
    const reports: Report[] = [];
    const bodyText = context.text.slice(range.start, range.end);
    for (const match of bodyText.matchAll(cheerful)) {
      const start = range.start + match.index;
      const end = start + match[0].length;
      if (context.sentenceAt(start)?.region !== 'body' || context.isQuoted(start, end)) continue;
      const isPunctuation = match[0].startsWith('!');
      reports.push({
        start,
        end,
        message: `"${match[0]}" sounds cheerful in a reply about a problem; keep the tone calm and caring`,
        expected: [isPunctuation ? '.' : ''],
      });
    }
    return reports;
  },
);

import { defineRule } from '../define-rule.js';
import { compileTable, reportTable, type PhraseEntry } from '../phrases.js';
import { arabicUncertainExpertise } from './no-uncertain-expertise-ar.js';
import type { ReplyContext } from '../context.js';
import type { Report } from '../types.js';

const note =
  'The customer should feel served by a competent professional, never by a trainee (How to Deliver Excellent Customer Service, second rule). When you need to check, say so as an action: "let me confirm that for you".';

const entries: PhraseEntry[] = [
  {
    pattern: "i(?:'m| am) (?:still )?(?:new here|new to this|new on the team|only a trainee|just a trainee|in training|just started)",
    message: '"{actual}" tells the customer they are not with an expert; say what you will do instead',
    expected: [],
  },
  {
    pattern: "i(?:'m| am) not (?:sure|certain)|i(?:'m| am) unsure",
    message: '"{actual}" undermines your answer; check, then say what you found',
    expected: ['let me confirm that for you:'],
    // "I'm not sure I understand" asks for clarification, which is good practice (Customer Service Online).
    unless: (hit) => /^\s+(?:i|we)\s+(?:understand|follow|understood)\b|^\s+(?:if|whether) you(?:['’]ve| have)? (?:seen|received|got)\b/i.test(hit.after),
  },
  {
    pattern: "i (?:don't|do not) know|i have no idea|no idea,? sorry|(?:i|we) (?:can't|cannot) say for sure",
    message: '"{actual}" leaves the customer without an answer; find out, or say how you will',
    expected: ['let me find out for you:'],
    unless: (hit) => /^\s+(?:if|whether|how (?:much|frustrating|annoying))\b/i.test(hit.after),
  },
  {
    pattern: "(?:(?:that's|that is|this is|it's|it is)(?: really)? not|(?:that|this|it) isn't(?: really)?) (?:really )?my (?:department|job|area|team|responsibility)|not (?:really )?my department",
    message: '"{actual}" hands the problem back; take it to the right team for the customer',
    expected: ["I'll pass this to the right team for you"],
  },
];

const table = compileTable(entries);

/**
 * Fits a confident opening ("Let me confirm that for you:") to what follows
 * the doubt, so the rewritten sentence reads as one:
 * "I'm not sure, but it might be the cache." → "Let me confirm that for you: it might be the cache.";
 * "I'm not sure." → "Let me confirm that for you.";
 * "I don't know when it will be back." → "Let me find out when it will be back.";
 * "I'm not sure of the date." → "Let me confirm the date."
 */
function fitOpening(context: ReplyContext, report: Report): Report {
  const opening = report.expected[0];
  if (opening === undefined || !opening.endsWith(':')) return report;
  const after = context.text.slice(report.end, report.end + 80);
  // "Let me confirm that for you:" → "Let me confirm"; "Let me find out for you:" → "Let me find out".
  const verb = opening.replace(/(?: that)? for you:$/u, '');
  if (/^\s*(?:[.!?…]|$)/u.test(after)) return { ...report, expected: [opening.slice(0, -1)] };
  const joined = /^\s*[,;](?:\s*(?:but|though|however),?(?=\s))?/iu.exec(after);
  if (joined) return { ...report, end: report.end + joined[0].length, expected: [opening] };
  if (/^\s+(?:why|when|where|what|which|who|how|whether)\b/iu.test(after)) return { ...report, expected: [verb] };
  // "of the date" reads as the thing to confirm; "about the refund" as the thing to find out about.
  const of = /^\s+(?:of|about)(?=\s)/iu.exec(after);
  if (of && verb.endsWith('confirm')) return { ...report, end: report.end + of[0].length, expected: [verb] };
  if (/^\s+about\s/iu.test(after)) return { ...report, expected: [verb] };
  return report;
}

export default defineRule(
  {
    id: 'no-uncertain-expertise',
    description: 'Wording that sounds unsure or inexperienced: "I\'m new here", "I\'m not sure", "not my department"',
    note,
    source: 'How to Deliver Excellent Customer Service, second rule',
    example: { bad: "I'm not sure, but it might be the cache.", good: "Let me confirm that for you: it's the browser cache." },
    examples: { ar: { bad: 'لست متأكدًا، لكن المشكلة قد تكون في المتصفح.', good: 'دعني أتأكد من ذلك لك: المشكلة في المتصفح.' } },
    languages: ['en', 'ar'],
    scope: 'paragraph',
    defaultOptions: {},
  },
  (context) => (context.language === 'ar' ? arabicUncertainExpertise(context) : reportTable(context, table).map((report) => fitOpening(context, report))),
);

import { defineRule } from '../define-rule.js';
import { compileTable, reportTable, type PhraseEntry } from '../phrases.js';
import { arabicUncertainExpertise } from './no-uncertain-expertise-ar.js';

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
    pattern: "(?:that's|that is|this is|it's|it is) not my (?:department|job|area|team|responsibility)|not my department",
    message: '"{actual}" hands the problem back; take it to the right team for the customer',
    expected: ["I'll pass this to the right team for you"],
  },
];

const table = compileTable(entries);

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
  (context) => (context.language === 'ar' ? arabicUncertainExpertise(context) : reportTable(context, table)),
);

import { arabicSource, foldedRegex } from '../arabic.js';
import { defineRule } from '../define-rule.js';
import { compileTable, lastClause, reportTable, type PhraseEntry, type PhraseHit } from '../phrases.js';
import { arabicNegativePhrasing } from './no-negative-phrasing-ar.js';
import { blameNote as arabicBlameNote, cantNote as arabicCantNote } from './notes-ar.js';
import { modelOf, type ModelSentence } from '../model/reply-model.js';
import type { ReplyContext } from '../context.js';
import { SpansInOrder } from '../structure.js';
import type { Report } from '../types.js';
import { lowerCase, lowered, type LoweredPattern } from '../lowered.js';

const burdenNote =
  'Phrases like "you must" or "I want you to" make the customer feel the burden of solving the problem is theirs (Customer Service 101, "Learn to use positive language"). Invite instead: "please …", "let\'s …", "the next step is to …".';
const cantNote =
  'Customers don\'t want a lecture about what you can\'t do; they want their options (Customer Service 101, "Learn to use positive language"). Lead with what you *can* do: "what I can do is …", "I can … as soon as …".';
const blameNote =
  'Blame and lecturing put the customer on the defensive. Describe what happened and what happens next, without pointing at anyone (Customer Service 101, "Learn to use positive language"; How to Deliver Excellent Customer Service, respect and courtesy).';
const policyNote =
  'Hiding behind policy sounds like a wall. Explain the reason and offer the alternative you can give (Customer Service 101, "Advocate for your customers").';
/** The messages several tables share: a reminder of what was said before, the problem handed back, a sanction threatened. */
const forgotMessage = '"{actual}" lectures the customer for not remembering; give the information again without the reminder';
const handedBackMessage = '"{actual}" hands the problem back to the customer; say what you can do about it';
const sanctionMessage = '"{actual}" warns the customer; say what happens once you have what you need';
/** The end of the message of a policy held up as the reason for a no (see isLimit). */
const policyReason = ' hides behind policy; explain the reason and the alternative';

/** Verbs after "you should" that describe what the customer can expect, not a duty. */
const expectation =
  /^(?:['’]ve\s+(?:received|got|gotten|seen|heard|been)\b|\s+(?:still\s+|also\s+|now\s+|then\s+)?(?:receive|get|see|be|hear|have\s+(?:received|got|gotten|seen|heard|been)|notice|find|now|already|soon|shortly|also\s+(?:receive|get|see|be)|start|arrive|expect)\b)/i;

/**
 * The burden phrase must open a clause for "please" to read in its place:
 * "To get started, you need to …", not "the steps you need to take" or "the iPhone you have to begin with".
 */
// (A bullet opens its item as a line's start does: "- You must restart the router".)
const clauseStart =
  /(?:^|[,;:—–(]\s*|[.!?]\s+|(?:^|\n)[ \t]{0,8}[-*•+][ \t]{1,4}|\b(?:and|but|so|then|now|first|next|also|because|since|therefore|otherwise|however|for now|just|simply|still|really|basically|for (?:security|safety|privacy|legal|data protection|verification|compliance|regulatory) reasons|as a (?:security|safety) (?:measure|precaution))\s+)$/i;
/** A cost the customer bears ("pay the return shipping yourself"): "please" would make it sound like a favour asked. */
const costToCustomer = /^\s+(?:pay|cover|bear)\b|\b(?:yourself|at your (?:own )?(?:cost|expense))\b/i;
/** The clause before is a condition: "If in doubt, …", "If you prefer, …"; read in code on the last 160 characters. */
function conditionBefore(before: string): boolean {
  const text = before.slice(-160).trimEnd();
  return text.endsWith(',') && /\b(?:if|unless|in case|whenever)\b/i.test(lastClause(text.slice(0, -1), '.!?;,', 160));
}
/** "I believe", "we think": the writer's belief about what the process asks. */
const believedBefore = /\b(?:i|we)\s+(?:believe|think|guess)(?:\s+that)?\s*$/i;
/** "I believe", "we're afraid that" (the contraction joins the pronoun with no space). */
/**
 * Regret said just before the burden ("I'm afraid, you have to contact …", "Unfortunately, you will need to …"): "please"
 * or "let's" after it reads "I'm afraid, please contact …"; "the next step is to" keeps the sentence whole.
 */
const regretWords = /\b(?:(?:i|we)(?:['’](?:m|re)|\s+(?:am|are))\s+afraid|unfortunately|sadly|regrettably)$/i;
/** The words just before, trimmed, past a comma. */
const lastWords = (before: string): string => before.trimEnd().replace(/,$/u, '').trimEnd();
/** Whether the words just before end in regret (read in code: trimmed, then tested at the end). */
const regretBefore = (before: string): boolean => regretWords.test(lastWords(before));
/**
 * "I'm afraid not, you must use your ticket off-peak": after a refusal the burden is the condition it stands on, and
 * "please" would turn it into a favour asked; no rewrite is offered.
 */
const refusedBefore = (before: string): boolean => refusalWords.test(lastWords(before));
const refusalWords = /(?:^|[^a-z’'])(?:(?:i|we)(?:['’](?:m|re)|\s+(?:am|are))\s+afraid\s+not|unfortunately\s+not|sadly\s+not|no)$/i;
const hedgedOpening = /\b(?:i|we)(?:\s+(?:believe|think|guess|am afraid|are afraid)|['’](?:m|re) afraid)(?:\s+that)?\s*$/i;

/**
 * A burden laid on after a whole clause and its comma ("we cannot remove it for you, you will need to follow the
 * guide"): "please" in its place would splice two sentences with a comma, so the rewrite starts a new one from the
 * comma ("…for you. Please follow the guide"). Not after a clause that leans on what follows ("If it fails, …",
 * "To get started, …", "When you arrive, …") or one with no subject and verb of its own ("Hi Anna, …", "Thanks
 * Scott, …"): there the comma belongs.
 */
function splicedClause(hit: PhraseHit, expected: readonly string[]): { start: number; expected: string[] } | undefined {
  const comma = hit.before.trimEnd();
  if (!comma.endsWith(',')) return undefined;
  const parts = comma.slice(0, -1).split(',');
  // Not after a formula of a few words ("I'm afraid, you have to …") or a name the clause ends on ("… though Scott, you'll
  // need to …"): "I'm afraid. Please contact …" and "… though Scott. Please reach out" read worse than the comma.
  const words = parts[parts.length - 1]!.trim().split(/\s+/u);
  if (words.length < 4 || /^\p{Lu}/u.test(words[words.length - 1]!)) return undefined;
  if (parts.some((part) => leansOnWhatFollows.test(part)) || !ownSubjectAndVerb.test(parts[parts.length - 1]!)) return undefined;
  return {
    start: hit.sentence.start + comma.length - 1,
    expected: expected.map((rewrite) => `. ${rewrite[0]!.toUpperCase()}${rewrite.slice(1)}`),
  };
}
/**
 * Regret alone before the burden at the start of its sentence ("I'm afraid, you have to contact your regional support
 * team"): reviewers found both "I'm afraid, please contact …" and "I'm afraid, the next step is to contact …" awkward; a
 * careful agent drops the regret with the burden: "Please contact your regional support team". Elsewhere in a sentence
 * the regret stays, and the rewrite is the next step.
 */
function regretDropped(hit: PhraseHit): { start: number; expected: string[] } | undefined {
  const words = lastWords(hit.before);
  if (!regretOnly.test(words)) return undefined;
  const lead = words.search(/\p{L}/u);
  // "Please" last where the next sentence opens with it, as for any burden.
  return { start: hit.sentence.start + lead, expected: pleaseLast(['please', 'the next step is to'], hit).map((r) => r[0]!.toUpperCase() + r.slice(1)) };
}
/** Only words of regret, past any bullet or mark before them. */
const regretOnly = /^[^\p{L}]*(?:(?:i|we)(?:['’](?:m|re)|\s+(?:am|are))\s+afraid|unfortunately|sadly|regrettably)$/iu;
/** A clause that opens with a word making it lean on the next ("if", "when", "to", "once", "because" …). */
const leansOnWhatFollows =
  /^\W*(?:if|unless|when|whenever|once|after|before|while|whilst|as|since|because|although|though|until|till|to|in order to|so that|where|wherever|whether|in case|for|with|without|by|from|on|at|in|during|hi|hello|hey|dear|thanks|thank you|ok|okay|sorry|yes|no)\b/i;
/** A subject and a finite verb of its own: "we cannot remove it", "I understand", "it's been refunded". */
const ownSubjectAndVerb =
  /\b(?:i|we|they|it|this|that|he|she|there)(?:['’](?:m|re|s|ve|d|ll)\b|\s+(?:(?:really|truly|simply|still|also|just|already|unfortunately|sadly|currently)\s+)?(?:am|are|is|was|were|can|cannot|can['’]t|could|couldn['’]t|will|won['’]t|would|wouldn['’]t|do|don['’]t|does|doesn['’]t|did|didn['’]t|have|has|had|haven['’]t|hasn['’]t|aren['’]t|isn['’]t|wasn['’]t|understand|see|know|checked|looked|tried|sent|need|only)\b)/i;

/**
 * A step the writer and the customer can take together, in a conversation about the fault: "let's restart the router"
 * reads as help. "Let's print the label and drop the parcel at a post office" says the writer will do what only the
 * customer can.
 */
const together = /^\s+(?:first\s+)?(?:try|check(?! out\b)|restart|reset|reboot|test|troubleshoot|clear|refresh|reinstall|update|log out|sign out|take a look|look at|go through|walk through|start by|start with)\b/i;

const burden = (phrase: string): PhraseEntry => ({
  pattern: phrase,
  message: '"{actual}" puts the burden on the customer; invite them instead',
  // "You need to be logged in" states a requirement: no invitation reads well there, so a person rewrites it.
  // "Let's" only fits when the customer and the writer can do the step together.
  // Nor before a colon that opens a list ("You need to: restart, then wait"): "Please:" is no sentence.
  expected: (hit) =>
    /^\s+(?:(?:either|also|still|first|already|always)\s+)?(?:be|have)\b/i.test(hit.after) || /^\s*:/.test(hit.after) || costToCustomer.test(hit.after.slice(0, 200)) || refusedBefore(hit.before)
      ? []
      : regretBefore(hit.before)
        ? ['the next step is to']
        : hedgedOpening.test(hit.before)
          ? []
          : // "You must not share your password" → "Please do not share …" ("Please not share" is no English).
            /^\s+not\b/i.test(hit.after)
            ? ['please do']
            : /^\s+never\b/i.test(hit.after)
              ? ['please']
              : pleaseLast(together.test(hit.after) && !/\b(?:us|me|we|our)\b/i.test(hit.after) ? ['please', "let's", 'the next step is to'] : ['please', 'the next step is to'], hit),
  rewriteBefore: (hit, expected) => regretDropped(hit) ?? noticeDropped(hit, expected) ?? commaAfterPurpose(hit, expected) ?? splicedClause(hit, expected),
  safe: true,
  note: burdenNote,
  // "It's flying off the shelves so you have to be quick!": an idiom of enthusiasm, not a task.
  // "For now, you will need to remove the user by hand": a workaround offered until a fix, not a burden laid on the customer.
  unless: (hit) =>
    (!clauseStart.test(hit.before) && !hedgedOpening.test(hit.before) && !noticeLeadIn.test(hit.before) && !purposeWithoutComma(hit.before)) ||
    // "I believe you have to send the computer for repair": what the writer thinks the process asks, not an order (a
    // hand review and the labels agree); "we're afraid that you must" still is one. "You need to be able to sign in to
    // the account": what it takes, not a task.
    believedBefore.test(hit.before) ||
    /^\s+be able to\b/i.test(hit.after) ||
    // "You must be so frustrated", "I understand how frustrated you must be": a feeling guessed with the customer, not a task.
    (/must$/i.test(hit.actual) && (feltMust.test(hit.after) || (/\bhow (?:[a-z]+ ){1,2}$/i.test(hit.before) && /^\s+(?:be|feel|have been)\b/i.test(hit.after)))) ||
    /^\s+(?:be quick|hurry|love (?:it|this|them)|try (?:it|this|them)(?: out)?|see (?:it|this|them) to believe)\b/i.test(hit.after) ||
    // "You must have received it by now": a guess about the past, not a task; "you must have mistyped it" is reported
    // as blame. "You must have been a member for 30 days" and "you must have installed version 3" are requirements.
    (/must$/i.test(hit.actual) &&
      (/^\s+have\s+(?:already\s+|probably\s+|surely\s+|likely\s+)?(?:received|got|gotten|seen|heard|noticed|missed|misread|misunderstood|mistyped|overlooked|forgotten|ignored)\b/i.test(hit.after) ||
        /^\s+have\b[^.!?]{0,60}\bby now\b/i.test(hit.after))) ||
    workaround.test(hit.before.slice(-40)) ||
    // "To prevent future recordings, you'll need to remove the show": what the customer's own goal requires, said as
    // what will be needed. (The present "To get started, you need to check your order number" is still an order.)
    (futureNeed.test(hit.actual) && purposeBefore(hit.before)),
});
/**
 * The rewrites with "please" last where the sentence already says "please" before the hit, or the next one opens with
 * it: "You will have to speak to our Loyalty Team. Please call …" reads better as "The next step is to speak to our
 * Loyalty Team. Please call …" than with two "Please"s in a row.
 */
function pleaseLast(rewrites: string[], hit: PhraseHit): string[] {
  if (!/\bplease\b/i.test(hit.before) && !/^\s*(?:[-*•]\s*)?please\b/i.test(hit.following)) return rewrites;
  // "Let's" stays where it was asked for: only after the step the writer and the customer take together.
  const next = rewrites.filter((r) => r === 'the next step is to');
  return [...next, ...rewrites.filter((r) => r !== 'please' && r !== 'the next step is to'), ...rewrites.filter((r) => r === 'please')];
}
/**
 * Information's lead-in before the burden ("Please note that you must bring photo ID", "be aware you have to …"): the
 * duty is the content, and the rewrite asks for it in its place ("Please bring photo ID"), not "please note please …".
 */
const noticeLeadIn = /(?:^|[,;:]\s*|[.!?]\s+|\b(?:and|but|so)\s+)(?:(?:please|kindly)\s+)?(?:do\s+)?(?:note|be aware|be advised|remember|bear in mind|keep in mind)(?:\s+that)?\s+$/i;
function noticeDropped(hit: PhraseHit, expected: readonly string[]): { start: number; expected: string[] } | undefined {
  const lead = noticeLeadIn.exec(hit.before);
  if (!lead) return undefined;
  // From the lead-in's own first word: a joiner or a mark before it stays ("…, and please be aware you have to …").
  const from = lead.index + lead[0].search(noticeWords);
  // The "please" it asked with is gone with it, so the rewrite asks with "please" first; in the case it was written in.
  const capital = /^[A-Z]/u.test(hit.before.slice(from));
  const ordered = [...expected].sort((a, b) => Number(!/^please$/i.test(a)) - Number(!/^please$/i.test(b)));
  return { start: hit.sentence.start + from, expected: ordered.map((rewrite) => (capital ? rewrite[0]!.toUpperCase() + rewrite.slice(1) : rewrite[0]!.toLowerCase() + rewrite.slice(1))) };
}
const noticeWords = /(?:please|kindly|do|note|be|remember|bear|keep)\b/i;
/**
 * A purpose opening the sentence with no comma to close it ("In order to process the claim you must send us …"): the
 * burden is still the main clause; the rewrite adds the comma the purpose needs ("…the claim, please send us …").
 */
function purposeWithoutComma(before: string): boolean {
  return /^[\s"'“‘(*•-]*(?:in order to|to)\s+[a-z]+\b[^,.;:!?]{0,80}\s$/i.test(before) && !/\b(?:you|we|i|they)\b/i.test(before);
}
function commaAfterPurpose(hit: PhraseHit, expected: readonly string[]): { start: number; expected: string[] } | undefined {
  if (!purposeWithoutComma(hit.before)) return undefined;
  return { start: hit.sentence.start + hit.before.trimEnd().length, expected: expected.map((rewrite) => `, ${rewrite}`) };
}
/** Whether the words before "I'm afraid" are news already given, not a turn to what comes ("…, but", "… that"): read in code. */
function softenerAfterNews(before: string): boolean {
  const words = before.trimEnd().replace(/,$/u, '').trimEnd();
  return /[\p{L}\p{N}]$/u.test(words) && !/\b(?:but|and|so|that|because|as)$/i.test(words);
}
/** A feeling after "you must": "be so frustrated", "feel let down", "have been worried". */
const feltMust = /^\s+(?:be|feel|have been|have felt)\s+(?:so |very |really |quite |pretty |incredibly |absolutely )?(?:frustrated|annoyed|tired|exhausted|worried|upset|disappointed|fed up|gutted|stressed|angry|furious|confused|concerned|anxious|devastated|shattered|let down)\b/i;
const futureNeed = /^you(?:['’]ll| will) (?:need to|have to)$/i;
/** Whether the clause before is a purpose closed by its comma ("To resolve this error, "): read in code on the last 120 characters. */
function purposeBefore(before: string): boolean {
  const text = before.slice(-120).trimEnd();
  if (!text.endsWith(',')) return false;
  const clause = text.slice(Math.max(text.lastIndexOf('.'), text.lastIndexOf('!'), text.lastIndexOf('?'), text.lastIndexOf(':')) + 1, -1).trim();
  return !clause.includes(',') && /^\W*(?:to|in order to)\s/i.test(clause);
}
const workaround = /\b(?:for now|in the meantime|meanwhile|until then|until (?:it|this|the fix) (?:is|has been) (?:fixed|released|resolved)|as a workaround|for the time being),?\s*$/i;

/** Blame needs a deed: "you should have read …"; "you should have the paid plan" (ought to possess) and "… received it" are expectations. */
const noDeedAfter = (hit: { after: string }): boolean =>
  /^\s+(?:received|got|gotten|seen|heard|been|noticed|had)\b/i.test(hit.after) || !/^\s+(?:[\w-]+ed|done|read|sent|told|written|taken|given|made|known|gone|come|chosen|bought|paid|kept|left|put|set)\b/i.test(hit.after);
const entries: PhraseEntry[] = [
  // Longer phrases first: at one position the first alternative that matches wins.
  burden('you (?:must|need to|have to|have got to|are required to|are expected to|will have to|will need to)'),
  burden("you'(?:ll|ve got to) (?:have to|need to)"),
  // "You're supposed to register it within 30 days": the rule the customer is held to ("you were supposed to" is blame).
  { ...burden("you(?:'re| are) supposed to"), expected: [] },
  {
    ...burden('(?:i|we) (?:want|need) you to'),
    // "That's not the experience we want you to have" is empathy, not a task.
    unless: (hit) => /^\s+(?:have|feel|enjoy|know|be|love|experience|get the best)\b/i.test(hit.after),
  },
  {
    pattern: 'you should have',
    message: '"{actual}" blames the customer for what already happened',
    expected: [],
    note: blameNote,
    unless: noDeedAfter,
  },
  {
    pattern: 'you should',
    message: '"{actual}" lectures the customer; invite them instead',
    expected: ['please'],
    safe: true,
    note: burdenNote,
    // "If in doubt, you should choose the mailing list" is advice for a case, not a lecture.
    // "You should probably ask on the mailing list": hedged advice, not a lecture.
    // Only a lesson: "you should read the FAQ", "you should know that". Advice on what to do ("You should state what issue
    // it fixes", "you should set it to let the application choose") is how a step is put, as the labels of real replies
    // and a hand review read it.
    unless: (hit) =>
      expectation.test(hit.after) ||
      /^\s+(?:have|probably|perhaps|maybe)\b/i.test(hit.after) ||
      (!clauseStart.test(hit.before) && !hedgedOpening.test(hit.before)) ||
      conditionBefore(hit.before) ||
      !/^\s+(?:(?:always|really|first|already) )?(?:read|know|check|look|search|consult|review|understand|be aware|remember|follow)\b/i.test(hit.after),
  },
  {
    pattern: "you (?:didn't|did not|haven't|have not|neglected to)",
    message: '"{actual}" blames the customer for what is missing; ask for it instead',
    expected: [],
    note: blameNote,
    // Only what the customer was to give or do: "you haven't received it yet" is news, not blame. And not inside a
    // relative clause, which describes a thing rather than blaming anyone: "pick one you haven't used before".
    unless: (hit) =>
      /(?:^|\s)(?:one|ones|anything|something|(?:a|an|any|another|other|different|new)\s+[a-z]+)\s+$/i.test(hit.before.slice(-40)) ||
      !/^\s+(?:provide|provided|include|included|fill|filled|follow|followed|read|attach|attached|give|given|answer|answered|complete|completed|specify|specified|mention|mentioned|use|used|check|checked|search|searched|update|updated)\b/i.test(hit.after),
  },
  {
    // (With a word between: "we are therefore unable to", "we simply can't".)
    pattern: "(?:i|we)(?: (?:(?:therefore|thus|sadly|simply|also|just) )?(?:can't|cannot|can not)| (?:am|are) (?:(?:therefore|thus|currently|presently|still|sadly|regrettably|also|simply|just) )?(?:unable to|not able to)| (?:won't be able to|will not be able to|couldn't|could not|would be unable to|would not be able to|wouldn't be able to|aren't able to)|'(?:re|m) (?:(?:therefore|thus|currently|presently|still|sadly|regrettably|also|simply|just) )?(?:unable to|not able to)|'d be unable to|'d not be able to)",
    message: '"{actual}" tells the customer what you can\'t do; lead with what you can',
    expected: [],
    note: cantNote,
    // "We can't wait", "I can't thank you enough"; and "I can't reproduce the issue", a status of the investigation, not a refusal.
    unless: (hit) =>
      /^\s+(?:wait|thank|recommend|stress|emphasi[sz]e|apologi[sz]e|believe|imagine|express|tell you how|say enough|agree|think of|have you (?:feeling|feel|waiting)|be (?:happier|more)|make (?:any )?promises|promise|guarantee|(?:seem to )?(?:reproduce|replicate)|(?:seem to )?see (?:the|this|that|any|your) (?:issue|problem|bug|error|crash)|say (?:when|yet|for sure|exactly|how long|whether|for certain)|confirm (?:when|exactly|yet|whether|an? (?:date|time))|(?:confirm|give|provide|share|offer|promise) (?:you )?(?:a |an |the |any |exact |specific |firm )*(?:timeline|timeframe|time ?frame|eta|date|time|schedule)|comment on (?:when|timelines?|timing|the timing|future|upcoming|unreleased|(?:release )?dates?|speculation|rumou?rs)|speculate|predict|give (?:you )?(?:an? )?(?:eta|exact|timeline|timeframe|date))\b/i.test(
        hit.after,
      ),
  },
  {
    // "It would not have been feasible to ask passengers to swap": the same door closed in other words.
    pattern: "(?:it's|it is|that's|that is|this is|it isn't|it's not|it is not)? ?(?:not possible|impossible|not feasible|unfeasible|not practicable)|(?:it|that|this) (?:would not|wouldn't)(?: have)? been (?:possible|feasible|practical)",
    message: '"{actual}" closes a door; say what is possible instead',
    expected: [],
    note: cantNote,
    unless: (hit) => /^\s+to (?:say|overstate|tell)\b/i.test(hit.after),
  },
  {
    pattern: "(?:(?:there's|there is) )?nothing (?:more |else |further )?(?:that )?(?:i|we) can do|(?:is|are|was)(?: not|n't) something (?:that )?(?:i|we|(?:our|the) (?:[a-z]+ )?(?:team|staff|agents|branch|store)) (?:can|(?:is |are |am |'re |'m )?able to) (?:change|do|offer|provide|support|help with|make|waive|alter|override|refund|reverse|amend|remove|undo|extend)",
    message: '"{actual}" leaves the customer with no options; offer the ones you have',
    expected: [],
    note: cantNote,
  },
  {
    pattern: 'unfortunately',
    message: '"Unfortunately" opens with what went wrong; lead with what you can do',
    note: cantNote,
    // No rewrite: deleting the word leaves the no it softened, blunter (a hand review of corpus reports judged so);
    // what the customer can do instead is for the writer to say.
    expected: [],
    // Only where it opens the news: "This isn't the case unfortunately, Helen" regrets an answer already given. And only
    // before a no, a limit or a rule: "Unfortunately, the volume of orders was far higher than expected" is honest news.
    unless: (hit) =>
      !/(?:^|[.!?,;:—–]\s*|\b(?:yes|no|ok|okay|so|but|and|hi|hello|hey|sadly)\s+)$/i.test(hit.before.replace(/^(?:@\w+\s+)+/u, '').slice(-40)) ||
      !limitAhead.test(hit.after.slice(0, 200)),
  },
  {
    pattern: "i'm afraid(?: that)?|i am afraid(?: that)?",
    message: '"{actual}" apologises for a limit instead of offering an option',
    note: cantNote,
    // No rewrite, as for "unfortunately": deleting the softener leaves the bare no.
    expected: [],
    // "Departure is delayed, I'm afraid.", "departure is being delayed I'm afraid, apologies": a softener after news
    // already given, not a limit put before an option ("… but I'm afraid we can't" still is one).
    unless: (hit) => softenerAfterNews(hit.before) && /^\s*(?:[.!,;]|$)/.test(hit.after),
  },
  {
    pattern: "(?:won't|will not) be available until",
    message: '"{actual}" says what is missing; say when it will be available',
    expected: ['will be available from'],
    safe: true,
    note: cantNote,
  },
  {
    pattern: "(?:won't|will not) be available",
    message: '"{actual}" says what is missing; say when or where it will be available',
    expected: [],
    note: cantNote,
  },
  {
    pattern: "you (?:failed to|forgot to|didn't read|did not read|neglected to|were supposed to)",
    message: '"{actual}" blames the customer; describe what happened instead',
    expected: [],
    note: blameNote,
    // What the customer was to receive is the company's failing: "you were supposed to have received it by now".
    unless: (hit) => /supposed to$/i.test(hit.actual) && /^\s+(?:have\s+)?(?:received?|got|gotten|get|seen|see|heard|hear|been|be)\b/i.test(hit.after),
  },
  {
    // "Such kind of issue was out of our control": an excuse, even in a reply that goes on to say what is being done
    // (the deflection is what the customer reads; the way forward does not take it back).
    pattern: '(?:was|is|were|are|be) (?:completely |totally |entirely |simply )?(?:out of our (?:hands|control)|(?:beyond|outside(?: of)?) our control)',
    message: '"{actual}" deflects; say what you are doing about it',
    expected: [],
    note: blameNote,
    // "…out of our control, but I've asked the courier to call you today": the sentence itself turns to what is being done.
    unless: (hit) => turnsToAction.test(hit.after.slice(0, 80)),
  },
  {
    pattern: "(?:i|we) (?:already|previously) (?:told|explained to|informed) you|(?:i|we)(?:'ve| have) already (?:told|explained to|informed) you|did you even|have you even",
    message: forgotMessage,
    expected: [],
    note: blameNote,
    inQuestions: true,
  },
  {
    pattern: "(?:is|are|was|remains) (?:the )?(?:customer's|buyer's|your own|your sole|solely your) responsibility",
    message: '"{actual}" hands the problem back to the customer; say how you can help with it',
    expected: [],
    note: blameNote,
  },
  {
    pattern: "(?:that's|that is|it's|it is|this is|this isn't|that isn't|it isn't)? ?not our (?:fault|problem|responsibility)",
    message: '"{actual}" deflects blame; say what you can do about it',
    expected: [],
    note: blameNote,
  },
  {
    pattern: 'calm down',
    message: '"{actual}" dismisses the customer\'s feelings; acknowledge them instead',
    expected: [],
    note: blameNote,
    inQuestions: true,
  },
  {
    pattern: 'obviously|as you (?:should|must|ought to) know',
    message: '"{actual}" talks down to the customer',
    note: blameNote,
    deletable: true,
  },

  {
    pattern: "against (?:our|the|company|store) policy|(?:our|the|company) policy (?:doesn't|does not|won't|will not) (?:allow|permit|let)|(?:per|by) (?:our )?(?:company )?policy|policy (?:prohibits|forbids)|policy (?:clearly |explicitly |strictly )?(?:states|says) (?:that )?(?:no|we (?:cannot|can't|do not|don't|won't)|you (?:must|cannot|can't|need to|have to))",
    message: `"{actual}"${policyReason}`,
    expected: [],
    note: policyNote,
    // "Our policy prohibits sellers from profiting on tragedy" protects the customer from others; nothing is held against them.
    // "As per our policy, you're entitled to a full refund" gives the customer something: "per our policy" is hiding
    // only where its sentence holds a no, a limit or a demand (read to the sentence's end, 300 characters at most).
    unless: (hit) =>
      /^\s+(?:sellers?|vendors?|merchants?|third[- ]part(?:y|ies)|scalpers|resellers|anyone|others|other (?:users|customers|members))\b/i.test(hit.after) ||
      (/^(?:per|by)\b/i.test(hit.actual) && !policyLimit.test(withoutConditions(hit.actual + (hit.after.slice(0, 300).split(/[.!?]/u)[0] ?? '')))),
  },
];

const table = compileTable(entries);
/** The rules held up as plain: "Our policy is clear: no refunds after 24 hours" (a lecture, whatever else is offered). */
const rulesHeldUp = compileTable([
  {
    pattern: "our (?:[a-z-]+ )?(?:policy|policies|rules|terms(?: and conditions)?|t&cs) (?:is|are) (?:very |quite |perfectly |really )?(?:clear|simple|clearly stated|very clear)",
    message: '"{actual}" holds the rules up to the customer; explain what applies and what they can do',
    expected: [],
    note: policyNote,
  },
]);
/**
 * The same hindsight in other words: "you'd need to have told us before you travelled", "you were supposed to have sent
 * it" (a table of its own: the first is at the ReDoS check's budget).
 */
const hindsight = compileTable([
  {
    pattern: "you should've|you ought to have|you(?: would|'d) (?:need|have) to have|you needed to have|you (?:were|was) (?:supposed|meant|required|expected) to have",
    message: '"{actual}" blames the customer for what already happened',
    expected: [],
    note: blameNote,
    unless: noDeedAfter,
  },
]);
/**
 * The policy said to forbid in the writer's own words ("for security reasons it's our policy not to discuss accounts
 * here"), in a table of its own: the first is as large as the ReDoS check can decide. The policy entry's message, so a
 * way forward elsewhere in the reply clears it the same way (isLimit reads the message).
 */
const policyNot = compileTable([{ pattern: "(?:it is|it's) (?:our|company|the company's) policy (?:not to|never to|to not)", message: `"{actual}"${policyReason}`, expected: [], note: policyNote }]);

/**
 * Telling the customer they are wrong, handing the problem back and pointing at someone else, in a table of its own
 * for the same reason as the lectures below. "You must have mistyped it" is matched here; the burden table leaves a
 * "you must have" with a past participle alone.
 */
const blame = compileTable([
  {
    // What would not have happened had the customer done otherwise: "Had the work been done then, you would not be
    // hearing this noise now", "if you had read the email, you would have known". (Not an offer on a wish: "if you'd
    // like, we could …".)
    pattern:
      "(?:had (?:you|the [a-z]+|it|this|that|they)|if you(?: had|'d)(?! (?:like|prefer|rather|want))) [^,.!?;\\s][^,.!?;]{0,59}, (?:you|this|it|that|they) (?:would|could|might)(?: not|n't)?(?: have)?",
    message: '"{actual}" tells the customer it is their fault; say what happened and what you can do now',
    expected: [],
    note: blameNote,
    // Not reading, or not knowing, is the lectures' to report ("if you had read …", "… you would have known").
    unless: (hit) => /^(?:if you had|if you'd|had you) (?:read|checked|looked|followed)\b/i.test(hit.actual) || /^\s+(?:known|seen|noticed|read)\b/i.test(hit.after),
  },
  {
    // "You are wrong about the charge", "you misunderstood the offer", "you must have mistyped it".
    pattern:
      "you(?: are|'re| were) (?:simply |clearly |just )?(?:wrong|mistaken|incorrect)|you (?:have |'ve )?(?:misunderstood|misread|misinterpreted)|you must have (?:missed|misread|misunderstood|mistyped|overlooked|forgotten|ignored)",
    message: '"{actual}" tells the customer they are wrong; set out the facts instead',
    expected: [],
    note: blameNote,
    // "You misunderstood nothing"; "I assumed you were mistaken, but …": the writer's own doubt, taken back.
    unless: (hit) => /^\s+nothing\b/i.test(hit.after) || /\b(?:assumed|thought|figured|feared|worried)\s+(?:that\s+)?$/i.test(hit.before),
  },
  {
    // "It is your responsibility to keep your password safe", "that was your own mistake".
    pattern: "(?:it is|it's|that is|that's|this is|it was|that was) (?:entirely |solely )?your (?:own )?(?:responsibility|fault|mistake|problem)|(?:it|that|this|[a-z]+ing(?: [a-z]+)?) was (?:entirely |solely )?your (?:own )?(?:choice|decision)",
    message: '"{actual}" hands the problem back to the customer; say how you can help with it',
    expected: [],
    note: blameNote,
    // "Please don't think it's your fault", "I don't want you to feel this is your fault": reassurance.
    unless: (hit) => {
      const clause = lastClause(hit.before, '.!?;', 80);
      return /(?:\bnot|n['’]t|\bnever)\b/i.test(clause) && /\b(?:think|feel|believe|worry|assume|blame yourself)\b/i.test(clause);
    },
  },
  {
    // "You clearly didn't follow the setup guide", "you are using it wrong", "this is a user error", "you agreed to these terms".
    pattern:
      "you (?:clearly|obviously|evidently|simply|just) (?:didn't|did not|haven't|have not|failed to|forgot to|ignored|missed|misread|misunderstood)|you(?:'re| are) (?:using|doing|installing|setting up|configuring|holding|reading) (?:it|this|that|them|the \\w+) (?:wrong(?:ly)?|incorrectly|the wrong way)|(?:this|that|it) (?:is|was)(?: simply| clearly)? (?:a )?user error|you (?:agreed|consented) to (?:these|the|our|those) (?:[a-z-]+ ){0,2}(?:terms|conditions|rules|polic(?:y|ies)|code of conduct|guidelines|t&cs|eula)|you(?:'re| are) not entitled to",
    message: '"{actual}" tells the customer they are wrong; set out the facts and what they can do',
    expected: [],
    note: blameNote,
  },
  {
    // "The delay was caused by the courier, not us": whoever caused it, the customer needs what happens next.
    // ("That's the courier's policy, not ours": the rule handed to another as the cause is.)
    pattern: 'not (?:by )?(?:us|ours)',
    message: '"{actual}" deflects blame; say what you are doing about it',
    expected: [],
    note: blameNote,
    // Only after who caused it ("caused by the courier, not us"): "contact your bank, not us" directs, and "not US" is a country.
    unless: (hit) => {
      const before = hit.before.trimEnd();
      return !before.endsWith(',') || !/\b(?:caus\w*|fault|done|made|decided|responsib\w*|by|prepar\w*|cook\w*|pack\w*|handl\w*|suppl\w*|sells?|sold|ships?|shipped|deliver\w*|runs?|operat\w*|owns?|polic(?:y|ies)|rules?|decision|call|responsibility)\b/i.test(lastClause(before.slice(0, -1), ',.;!?', 80)) || !/^\s*(?:[.!;]|$)/.test(hit.after) || /US$/.test(hit.actual);
    },
  },
]);

/**
 * How the customer should have asked, in a table of its own: one alternation of every phrase is the slowest pattern
 * the ReDoS check (test/redos.test.ts) has to decide, and a second small table keeps each within its budget.
 */
const lectures = compileTable([
  // "As I said", "as mentioned earlier": a reminder the customer did not ask for (here rather than in the first table,
  // which is at the ReDoS check's budget).
  {
    pattern:
      'as (?:(?:i|we) (?:already |previously |have |had )?(?:said|stated|mentioned|explained|told you)(?: before| earlier| above| previously)?|previously (?:stated|mentioned)|(?:mentioned|stated|explained|noted) (?:before|earlier|previously)|(?:already )?(?:mentioned|stated|explained|advised|noted|said) in (?:our|my) (?:earlier|previous|last|prior|first) (?:reply|replies|email|e-mail|message|tweet|response|letter|post|dm))|like i (?:said|told you)(?: before)?',
    message: forgotMessage,
    note: blameNote,
    deletable: true,
    // "As noted earlier in this email": a pointer within the reply, not a reminder of what the customer forgot.
    // ("… in the email we sent you last month" is the earlier one: a reminder still.)
    unless: (hit) =>
      // ("As we explained in our letter of 3 March" is an earlier letter, named by its date.)
      /^\s+(?:in (?:this|my|our|the) (?:e-?mail|message|reply|letter|post|thread|tweet)|above|below)\b(?!\s+(?:(?:we|i) (?:sent|wrote)|of|dated|from|sent|on)\b)/i.test(hit.after) ||
      // "As I explained in my previous email, …": the whole reminder is reported from the small table below, so that its
      // deletion takes the email too ("In my previous email, roaming …" says something else).
      /^\s+in (?:our|my) (?:earlier|previous|last|prior|first) (?:reply|email|message|response|letter)\b/i.test(hit.after),
  },
  {
    // "This has been answered many times", "please search before posting", "next time, please use the template".
    pattern:
      "(?:has|have) (?:already )?been (?:answered|asked|discussed|reported|covered|explained|addressed)(?: and (?:answered|discussed|explained))? (?:many|several|multiple|numerous|countless|a number of) times|(?:is|are|was|were) (?:clearly|plainly|explicitly|already) (?:documented|stated|explained|written|described)|next time,? please|please refrain from|please (?:search|read|check|look at|review|consult)(?: (?!before )[a-z]+){0,4} before (?:posting|opening|asking|submitting|filing|creating|reporting|commenting|contacting|reaching out|writing)|you(?: were|'ve been| have been) already told|(?:information|details|instructions|steps|answer|explanation|link)s? (?:(?:was|were|has been|have been) )?(?:previously|already) (?:provided|given|sent|explained|shared)(?: to you)?|(?:has|have|was|were) already been explained to you|you(?:'ve| have) already been told|as you(?: were|'ve been| have been) told|(?:i|we)(?:'ve| have)? (?:already|previously) (?:explained|said|stated|mentioned) (?:this|that|it)\\b|please stop (?:emailing|messaging|contacting|calling|posting|asking|spamming|tagging|bumping|commenting|opening)",
    message: '"{actual}" lectures the customer on how they should have asked; answer, or point kindly to where the answer is',
    expected: [],
    note: blameNote,
  },
  {
    // The same lesson given before the instruction ("Before filing an issue, please search …", "In future, please use the
    // form"), and the company's constraints held up for the customer to accept ("Remember that we have a large number of
    // issues", "Please understand if the answer is still no").
    pattern:
      "before (?:filing|opening|posting|submitting|creating|reporting|asking|raising)(?: (?:a|an|any|new|the|your|this|another|such))* (?:issues?|tickets?|bugs?|questions?|reports?|topics?|posts?|pull requests?|prs?|requests?),? please|in (?:the )?future,? please(?! (?:reach|contact|get in touch|let|feel|don't|do not))|remember that (?:we|our)\\b|please understand (?:that|if)\\b",
    message: '"{actual}" lectures the customer; say what you need, and why, without the lesson',
    expected: [],
    note: blameNote,
  },
  {
    // "Hope you understand", "we hope you can understand our position": a plea to accept a no, which leaves the
    // customer nothing to do but accept it ("I hope you understand how to proceed now" checks the answer landed).
    pattern: "(?:(?:i|we) )?hope you (?:can |will |would )?understand",
    message: '"{actual}" asks the customer to accept a no; say what you can do for them instead',
    expected: [],
    note: blameNote,
    unless: (hit) => /^\s+(?:how|what|which|where|when|the (?:steps|instructions|process|answer|options?|next steps)|better|now|more|everything|it all)\b/i.test(hit.after),
  },
  {
    // "Clearly, the instructions were not followed": the same, opening the sentence ("Clearly label the box" is a step).
    pattern: 'clearly(?=,)',
    message: '"{actual}" talks down to the customer',
    note: blameNote,
    deletable: true,
    unless: (hit) => !hit.atSentenceStart,
  },
  {
    // "You were told this already", "if you had read the manual, you would have known", "the third time you've asked".
    pattern:
      "you were told (?:this |that |it )?(?:already|before|previously)|if you had (?:read|followed|checked|looked at|paid attention to)|you would have known|(?:the )?(?:second|third|fourth|fifth|\\d+(?:st|nd|rd|th)) time (?:that )?you(?:'ve| have)? (?:asked|contacted|written|emailed|called|messaged)",
    message: forgotMessage,
    expected: [],
    note: blameNote,
  },
  {
    pattern: "(?:i|we)(?:'ve| have)? (?:already )?told you (?:this |that |it )?(?:already|before|twice|earlier|several times|many times|more than once)|(?:i|we) already told you|this is the (?:last|final) time (?:i|we)(?:'ll| will)? ?(?:remind|tell|ask|warn)",
    message: forgotMessage,
    expected: [],
    note: blameNote,
  },
  {
    // "I'm unable to comprehend your concern": the fault put on how the customer wrote; ask for what is missing instead.
    pattern:
      "(?:i|we)(?:'m| am|'re| are)? (?:unable to|not able to|can't|cannot|can not|couldn't|could not) (?:understand|comprehend|follow|make sense of|make out) (?:your|the|this|that) (?:concern|query|question|message|request|tweet|post|issue|point|email|complaint)",
    message: '"{actual}" puts the fault on how the customer wrote; ask for the detail you need instead',
    expected: [],
    note: blameNote,
  },
  {
    // "I can only apologise for the disappointment": an apology offered as all there is.
    pattern: "(?:i|we) can only (?:apologi[sz]e|say sorry|say we(?:'re| are) sorry)",
    message: '"{actual}" says an apology is all you can give; say what you can do as well',
    expected: [],
    note: cantNote,
  },
  {
    pattern: 'it is what it is',
    message: '"{actual}" dismisses the customer\'s feelings; acknowledge them instead',
    expected: [],
    note: blameNote,
  },
]);

/**
 * Lessons and blame in words the lectures' table did not hold, in a table of their own for the ReDoS check's budget:
 * "for future reference", "as the help pages make plain", "left the driver with no option but to".
 */
const lessons = compileTable([
  {
    // A lesson for next time, and the page the customer should have read held up: "For future reference, these forms are
    // checked …", "as the help pages make plain", "Please read the timetable before travelling down".
    pattern:
      "for future reference|please (?:take more care|be more careful|pay (?:more|closer) attention)|as (?:the|our) (?:[a-z-]+ ){1,3}(?:make|makes|made) (?:it )?(?:clear|plain|explicit)|please (?:read|check) (?:the|our) (?:timetable|schedule|terms|rules|policy|listing|description|website|faq|guidelines|conditions|small print|fine print|opening (?:times|hours)|product page) (?:carefully )?before [a-z]+ing",
    message: '"{actual}" lectures the customer; give the information without the lesson',
    expected: [],
    note: blameNote,
  },
  {
    // The customer's doing made the cause of what the company did: "left Carlos with no option but to stand you down".
    pattern: "left (?:us|me|him|her|them|[a-z]+|(?:our|the) [a-z]+) (?:with )?no (?:option|choice|alternative) but to",
    message: '"{actual}" blames the customer for what was done; say what you can do now',
    expected: [],
    note: blameNote,
  },
]);

/**
 * A duty put to the customer as a rule: "It is mandatory to link your ID with your mobile number". A limit like policy
 * held up as the reason: with the way to meet it in the reply ("Kindly visit our store for the same") it explains the
 * duty. In a table of its own: one more alternative put the warnings' table past the ReDoS check's budget.
 */
const duties = compileTable([
  {
    pattern: "it(?:'s| is) (?:mandatory|compulsory|obligatory) (?:for (?:you|all|every|each) [a-z ]{0,20}?)?to",
    message: `"{actual}"${policyReason}`,
    expected: [],
    note: policyNote,
  },
]);

/**
 * The terms held up to the customer, where they are written, and the lesson that they were plain to see: "as per the
 * conditions on the ticket", "the hire agreement sets out that …", "excluded by clause 4.2", "the tariff boards are
 * clearly displayed", "it was made clear at sign-up". In a table of its own for the ReDoS check's budget.
 */
const houseTerms = compileTable([
  {
    // Only where the terms are the reason for a no, a limit or a demand: "as per our terms, you're entitled to a full
    // refund" gives the customer something.
    pattern:
      "as (?:per|stated (?:in|on)|set out in|printed on|shown on|written on|listed (?:in|on)|displayed on|explained (?:in|on)) (?:the|our|your|every|each) (?:[a-z-]+ ){0,2}(?:conditions|terms|t&cs|faqs?|tickets?|small print|fine print|agreement|contract|page|slip|receipt|website|site)|as (?:the|our|your) (?:[a-z-]+ ){0,2}(?:t&cs|terms|conditions|policy|rules|website|site|guide|manual|faqs?|instructions|signs?|notice|confirmation|ticket|booking|newsletter|leaflet|label|listing)(?: [a-z0-9]+){0,4} (?:explain|explains|explained|state|states|stated|say|says|said|set out|sets out|make clear|makes clear)|(?:agreement|contract|terms|conditions|t&cs)(?: [a-z0-9-]+){0,4}? (?:sets? out|stipulates?|specifies|makes? (?:it )?clear) that",
    message: '"{actual}" quotes the terms at the customer; say what you need and why, and what they can do',
    expected: [],
    note: policyNote,
    unless: (hit) => !policyLimit.test(withoutConditions(hit.before.slice(-200) + hit.actual + hit.after.slice(0, 200))),
  },
  {
    // A numbered clause cited as the reason for a no, a limit or a demand: "under section 4.2 of the collection policy,
    // bins must be out by 7am", "a breach of section 4 of the code of conduct". Not where the clause gives ("under
    // clause 3 you're entitled to a refund").
    pattern:
      "(?:under|per|in line with|in accordance with|according to|(?:in|a) (?:breach|violation) of) (?:section|clause|paragraph|article|rule) [0-9]+(?:[.][0-9]+)*(?: of (?:the|our|your) (?:[a-z-]+ ){0,4}(?:policy|terms|conditions|agreement|contract|code of conduct|rules|guidelines))?",
    message: '"{actual}" quotes a rule at the customer; say what you need and why, and what they can do',
    expected: [],
    note: policyNote,
    unless: (hit) => !policyLimit.test(withoutConditions(hit.before.slice(-200) + hit.actual + hit.after.slice(0, 200))),
  },
  {
    pattern:
      "(?:excluded|not covered) (?:by|under|in) (?:clause|section|paragraph|article|term|condition) [0-9]+(?:[.][0-9]+)*|(?:is|are) (?:entirely |solely )?at the (?:sole )?discretion of|decisions?(?: [a-z-]+(?:'s)?){1,4}? (?:is|are) final",
    message: '"{actual}" quotes a rule at the customer; say what you need and why, and what they can do',
    expected: [],
    note: policyNote,
  },
  {
    pattern:
      "(?:is|are|was|were) (?:very |quite )?(?:clearly|prominently|plainly) (?:displayed|signposted|marked|shown|labell?ed|printed|posted|indicated|visible)|(?:it )?(?:was|were|had been|has been) made (?:very |perfectly |quite )?clear(?: to you)?",
    message: '"{actual}" lectures the customer; give the information without the lesson',
    expected: [],
    note: blameNote,
  },
  {
    // The duty named as someone's, and the fault put elsewhere: "damage caused by misuse is the owner's responsibility",
    // "delays on their end aren't something we're responsible for".
    pattern:
      "(?:is|are|remains?) (?:solely |entirely )?the (?:[a-z]+ )?(?:owner|holder|customer|user|member|buyer|tenant|guest|passenger|driver|cardholder|client|hirer|renter|seller|subscriber|account holder)'s (?:sole |own )?responsibility|(?:is|are|was|were)(?: not|n't) something (?:that )?(?:we|i)(?:'re| are|'m| am| can be| could be)? (?:held )?(?:responsible|liable|accountable) for",
    message: '"{actual}" hands the problem to someone else; say what you can do about it',
    expected: [],
    note: blameNote,
  },
  {
    // The matter put in other hands, with the company said out of it: "delivery of rewards is entirely down to the
    // creator, not us", "this one's down to them rather than us". (Led by a word, so that the table's search can be led by
    // a word boundary; "down to your router" is the reproaches' report.)
    pattern:
      "(?:down to|up to|a matter for|the responsibility of|handled by|managed by) (?:them|the [a-z]+(?: [a-z]+){0,2}|their [a-z]+(?: [a-z]+)?),? (?:and )?(?:not|rather than) (?:us|me|ours|with us)",
    message: '"{actual}" hands the problem to someone else; say what you can do about it',
    expected: [],
    note: blameNote,
  },
  {
    // The lesson that the rule was there to read: "the signs on both approaches say so".
    pattern: "(?:signs?|website|site|terms|t&cs|guide|manual|notice|confirmation|ticket|policy|rules|contract|agreement|post|page|faq|guidelines|listing|description|label|channel)(?: [a-z]+){0,6} (?:say|says|said|state|states|stated) so",
    message: '"{actual}" lectures the customer; give the information without the lesson',
    expected: [],
    note: blameNote,
  },
]);

/**
 * The duty handed to the customer as someone's, the fault put on what they did, and blame asked as a question: "it's up to
 * the hirer to keep them out", "the onus is on the tenant to …", "Since you put plasterboard in a general waste skip, …
 * charged", "Was the 8pm start not on your confirmation email?", "that's not something the door staff bend on". In a
 * table of its own for the ReDoS check's budget.
 */
const handedBack = compileTable([
  {
    // Not the customer's choice: "it's entirely up to you which plan you pick", "up to you to decide".
    pattern: "(?:it(?:'s| is)|that(?:'s| is)) (?:entirely |solely |really )?(?:up to|down to) (?:you|the [a-z]+(?: [a-z]+)?) to|the onus (?:is|lies|rests|falls) (?:on|with) (?:you|the [a-z]+(?: [a-z]+)?) to",
    message: '"{actual}" puts the burden on the customer; say what you need and how you can help with it',
    expected: [],
    note: burdenNote,
    unless: (hit) => /^\s+(?:decide|choose|pick|select|say|tell|judge|determine)\b/i.test(hit.after),
  },
  {
    // Only where what the customer did is the reason for a charge, a no or a loss: "since you ordered on Monday, it ships
    // on Friday" explains.
    pattern: "(?:since|because|as) you (?:(?:already|clearly|previously|then|also) )?(?:put|left|sent|chose|forgot|brought|took|used|arrived|booked|ignored|missed|failed|opened|broke|dropped|placed|threw|mixed|washed|installed|removed|skipped|didn't|did not|never)\\b",
    message: '"{actual}" puts the fault on what the customer did; say what happened and what you can do now',
    expected: [],
    note: blameNote,
    inConditions: true,
    unless: (hit) => !/\b(?:charge[ds]?|fees?|had to|not|n't|cannot|unable|no longer|void|invalid|refus\w*|forfeit\w*|lost|penalt\w*|surcharge|excluded|voided)\b/i.test(hit.after.slice(0, 200)),
  },
  {
    // What the customer should have seen, asked back: "Was the 8pm start not on your confirmation email?", "Didn't you
    // read the listing?".
    pattern:
      "(?:was|were|is|are)(?: the| it| this| that| your)? (?:[a-z0-9-]+ ){0,4}not (?:on|in|clear (?:on|in|from)|mentioned (?:on|in)|shown (?:on|in)|stated (?:on|in)|listed (?:on|in)|printed (?:on|in)) (?:your|the) [a-z ]{0,30}\\?|did(?:n't| you not) (?:you )?(?:read|see|check|notice|get) (?:the|your|our) [a-z ]{0,30}\\?",
    message: '"{actual}" asks the customer why they missed it; give the information without the question',
    expected: [],
    note: blameNote,
    inQuestions: true,
  },
  {
    // The fault put elsewhere: "cold chips aren't down to Fetchly", "complaints about quality are for the restaurant to deal with".
    pattern: "(?:is|are|was|were)(?: not|n't) down to (?:us|me|our [a-z]+|[a-z]+)|(?:is|are) for (?:the|your) [a-z]+(?: [a-z]+)? to (?:deal with|handle|sort out|sort|resolve|answer|look at)",
    message: '"{actual}" hands the problem to someone else; say what you can do about it',
    expected: [],
    note: blameNote,
  },
  {
    pattern: "(?:is|are|was|were)(?: not|n't) something (?:we|i|the [a-z]+(?: [a-z]+)?|our [a-z]+(?: [a-z]+)?) (?:can )?(?:bend|bends|budge|budges|negotiate|negotiates|make exceptions?|makes exceptions?) on",
    message: '"{actual}" puts the rule beyond discussion; say what the customer can do instead',
    expected: [],
    note: policyNote,
  },
]);

/**
 * Reproach for coming back: "We've been over this 3 times now", "there's no need to keep ringing the branch". The
 * customer is told off for asking again instead of answered as if for the first time.
 */
const reproaches = compileTable([
  {
    pattern: "(?:we|i)(?:'ve| have) (?:already )?(?:been|gone) (?:over|through) (?:this|that|it)(?: (?:already|before|again))?(?: (?:[0-9]+|two|three|four|five|several|many|multiple) times)?",
    message: '"{actual}" tells the customer off for asking again; answer as if it were the first time',
    expected: [],
    note: blameNote,
  },
  {
    pattern: "(?:there's|there is) no need to keep (?:on )?[a-z]+ing",
    message: '"{actual}" tells the customer off for getting in touch; say when they will hear from you instead',
    expected: [],
    note: blameNote,
  },
]);

/** More of the same, in tables of their own (one table of them all was past what the ReDoS check decides). */
const reproachesMore = compileTable([
  {
    // The question put beyond asking: "this has been asked and answered more times than I can count", "discussed to death".
    pattern: "(?:has|have) (?:already )?been (?:asked|answered|discussed|covered|debated|reported)(?: and (?:answered|discussed|explained|rejected))? (?:more times than (?:i|we|anyone) can count|countless times|a million times|to death|over and over)|discussed to death",
    message: '"{actual}" tells the customer off for asking; answer it, or link the answer',
    expected: [],
    note: blameNote,
  },
  {
    // Searching put to the customer as what they failed to do: "use the search before posting", "search existing issues
    // before opening a new one".
    pattern: "(?:use the search|search (?:the |our |existing |open |closed )?(?:issues|forums?|threads|posts|faqs?|docs|archives?|tracker))(?: (?:bar|function|feature|first))? before (?:posting|asking|opening|filing|creating|submitting|raising)",
    message: '"{actual}" lectures the customer; link what they need instead',
    expected: [],
    note: blameNote,
  },
  {
    // What comes of asking again, put as a threat: "further issues asking for it will be closed without comment".
    pattern: "(?:any |all )?(?:further|future|repeat(?:ed)?) (?:requests|issues|tickets|posts|messages|reports|questions|complaints|emails|threads|submissions|pull requests|prs)\\b[a-z ]{0,60}? will be (?:closed|ignored|deleted|removed|locked|declined|rejected|disregarded)",
    message: '"{actual}" warns the customer off; say what would change the answer instead',
    expected: [],
    note: policyNote,
  },
  {
    // What breaking the rule again costs: "list above face value again and your account will be closed".
    pattern: "(?:your|the) (?:[a-z-]+ )?(?:account|listing|membership|profile|access)s? (?:will|may|could|would|might|'ll) (?:be|get) (?:permanently |temporarily |immediately )?(?:closed|suspended|terminated|banned|blocked|removed|deleted|locked|restricted)",
    message: '"{actual}" quotes a rule or a threat at the customer; say what you need and why, and what they can do',
    expected: [],
    note: policyNote,
    unless: (hit) => !/\b(?:again|next time)\b/i.test(hit.before.slice(-80)),
  },
]);

/**
 * A moderator's lessons and warnings in other words: the rule said to be plain ("the rules channel literally says …"),
 * the discussion closed ("not going over it again"), the fault counted ("this is the third thread of yours I've had to
 * move"), the next offence's penalty ("the next one … gets deleted"), and what the customer approved held up ("the sign
 * says exactly what's on the proof you signed off"). In a table of its own for the ReDoS check's budget.
 */
const moderatorLessons = compileTable([
  {
    // And the same said of where it was written: "like it clearly says on the store page".
    pattern: "(?:rules|terms|t&cs|guidelines|policy|faq|pinned post)(?: [a-z]+)? (?:literally|clearly|plainly|explicitly) (?:say|says|state|states)|(?:as|like) (?:it|this|that) (?:literally|clearly|plainly|explicitly) (?:says|said|states|stated|shows)",
    message: '"{actual}" lectures the customer; give the information without the lesson',
    expected: [],
    note: blameNote,
  },
  {
    pattern: "(?:(?:i'm|i am|we're|we are) )?not going over (?:it|this|that) again|(?:won't|will not) (?:be )?go(?:ing)? over (?:it|this|that) again|(?:i|we)(?: have|'ve) (?:already )?explained (?:this|it|that) (?:twice|three times|several times|more than once|already)",
    message: '"{actual}" closes the conversation on the customer; answer the question, or say where it can go',
    expected: [],
    note: blameNote,
  },
  {
    // ("… the third time you have asked" is the lessons' report.)
    pattern: "(?:this|that) is the (?:second|third|fourth|fifth) (?:thread|post|ticket|message|email|request|topic)|(?:this|that)'s the (?:second|third|fourth|fifth) (?:thread|post|ticket|message|email|request|topic)",
    message: '"{actual}" counts the customer\'s faults; say what you need instead',
    expected: [],
    note: blameNote,
  },
  {
    pattern: "(?:the next (?:one|thread|post|topic|time)|next time)(?: [a-z]+){0,6}? (?:gets?|will (?:be|get)) (?:deleted|removed|banned|closed|locked|suspended|blocked|cancell?ed|charged|fined)",
    message: '"{actual}" threatens the customer; say what you can do for them',
    expected: [],
    note: blameNote,
  },
  {
    pattern: "exactly (?:what|as)(?:'s| is| was)? (?:on|in) (?:the|your) [a-z]+ you (?:signed off|signed|approved|agreed to|ordered|chose|confirmed)",
    message: '"{actual}" holds up what the customer approved; say what you can do now',
    expected: [],
    note: blameNote,
  },
]);

const deflections = compileTable([
  {
    // The fault put on someone else and the company out of it: "delivery times are down to the restaurant and the rider,
    // so that one's not on us".
    pattern: "(?:is|was|are|were)(?: not|n't) (?:really |entirely )?(?:our|my) (?:fault|doing)|(?:that|this|it)(?: one)?(?:'s| is)(?: not|n't) on us|(?:is|are|was|were) (?:all |entirely |simply )?down to the (?:restaurant|courier|rider|driver|carrier|bank|airline|manufacturer|supplier|seller|retailer|store|post office|delivery (?:company|partner|firm))s?",
    message: '"{actual}" puts the problem on someone else; say what you can do about it',
    expected: [],
    note: blameNote,
    // The cause told with what the writer did about it is an explanation: "… down to the courier, and I've asked them to …".
    unless: (hit) => /\b(?:but|however|so|and)\b,? (?:i|we)(?:['’](?:ve|ll|re|m)| have| will| are| am)\b/i.test(hit.after),
  },
  {
    // The fault put on the customer or their things, and the company out of it: "down to your handset and the building
    // you're in, not us", "that's not something we're responsible for".
    pattern: "(?:is|are|was|were) (?:all |entirely |simply |really |ultimately |solely |completely )?down to (?:you|your [a-z]+)|(?:that|this|it)(?:'s| is)(?: not|n't) (?:something|anything) (?:that )?(?:we|i)(?:'re| are|'m| am) (?:responsible|liable|accountable) for|(?:we|i)(?:'re| are|'m| am) not (?:responsible|liable|accountable) for",
    message: handedBackMessage,
    expected: [],
    note: blameNote,
  },
  {
    // The rule named as what the customer's own doing broke: "your listing was priced above face value, which breaks our
    // seller rules" (not a rule about others: "if you find a site that violates our terms, report it").
    pattern: "(?:which|that|this|it) (?:violates?|violated|breaches|breached|breaks|broke|goes against|went against) (?:the |our )?(?:[a-z-]+ )?(?:rules|terms|polic(?:y|ies)|guidelines|code of conduct)",
    message: '"{actual}" quotes a rule at the customer; say what you need and why, and what they can do',
    expected: [],
    note: policyNote,
    unless: (hit) => !/\byour?\b/i.test(hit.before),
  },
  {
    // The blame put in hindsight: "if you'd turned on notifications, you'd have seen it".
    pattern: "you(?:'d| would) have (?:seen|known|noticed|avoided|caught|spotted|read|found|been warned)",
    message: '"{actual}" blames the customer for what already happened; say what you can do now',
    expected: [],
    note: blameNote,
    inConditions: true,
    unless: (hit) => !/\bif you(?:'d| had)\b/i.test(hit.before),
  },
]);

/** The burden, the lesson and the deflection in the forms the first tables do not hold, in a table of their own for the ReDoS check's budget. */
const youAreRequired = burden("you're (?:required|expected|obliged|obligated) to");
const moreBurdens = compileTable([
  {
    // A word between "you" and the duty: "You also have to ship the product at your own cost", "you still need to sign".
    // ("You just need to …" makes the step light: no-unclear-instructions reports it.) "Please also …" keeps the "also".
    ...burden('you (?:also|still|then|first|now|additionally) (?:must|need to|have to|have got to|will have to|will need to)'),
    expected: (hit) => (/^you also /i.test(hit.actual) && !costToCustomer.test(hit.after.slice(0, 200)) && !/^\s+(?:be|have)\b/i.test(hit.after) ? ['please also'] : []),
  },
  {
    // "You're required to provide photo ID at collection": the contracted form of the first table's "you are required
    // to". Not a requirement for a case the sentence names ("if you're referring to the partner programme, you're
    // required to have …"): that explains who qualifies. ("You'd need to …" was tried: the labels read it as a polite
    // instruction as often as a burden.)
    ...youAreRequired,
    unless: (hit) => youAreRequired.unless!(hit) || /\b(?:if|unless|in case|should you)\b/i.test(hit.sentence.text),
  },
  {
    // The lesson with where the customer should have read it: "As clearly stated on our website, …"; and the lesson for
    // next time: "make sure you read the instructions properly next time", "in future, be sure to …".
    pattern:
      "as (?:clearly |plainly |already |previously )?(?:stated|mentioned|explained|noted|indicated|outlined|shown|written|specified|displayed) (?:on|in) (?:our|the) (?:website|site|web page|webpage|faq|listing|description|product page|confirmation(?: email)?|booking(?: confirmation)?|checkout|app|ticket|receipt)|as (?:clearly |already |previously )?(?:stated|mentioned|explained|advised|said|told you) (?:at|during|on|upon) (?:check-in|check-out|booking|arrival|departure|collection|sign-up|signup|registration|(?:the|your) (?:desk|counter|door|gate|call|phone|time|visit|appointment|tour|induction))|please (?:read|check|review|look at) (?:them|it|these|those|the (?:[a-z-]+ )?(?:rules|terms|policy|guide|instructions)) before your next (?:stay|visit|booking|order|trip|flight|purchase|journey|session|appointment)|(?:properly|carefully|correctly|more carefully) next time|(?:next time|in (?:the )?future|going forward),? (?:make sure|be sure|remember to|ensure|double-check|try to)",
    message: '"{actual}" lectures the customer; give the information without the lesson',
    expected: [],
    note: blameNote,
  },
  {
    // The customer's account held over them in a condition: "if the swearing continues, … your account may be
    // restricted" (the condition read in code, so the pattern stays linear; "your account will be closed" alone may be
    // what the customer asked for).
    pattern: "your (?:[a-z-]+ )?(?:account|access|membership|profile|card|line|service|subscription) (?:will|may|can|could|might|would) be (?:permanently |temporarily )?(?:suspended|banned|terminated|closed|blocked|restricted|frozen|deactivated|disabled|cancell?ed)",
    message: '"{actual}" warns the customer; say what you need and why, and what they can do',
    expected: [],
    note: policyNote,
    inConditions: true,
    unless: (hit) => !/\bif\b/i.test(hit.before.slice(-160)),
  },
  {
    // "Like we said last week", "as we've already explained twice": the lectures' reminders from the writers, in the
    // contracted form too (here: that table is at the ReDoS check's budget).
    pattern: "like we (?:said|told you|mentioned|explained)(?: before| earlier| last (?:week|time|month))?|as (?:i|we)'(?:ve|d) (?:already |previously )?(?:said|stated|mentioned|explained|told you)(?: (?:twice|before|earlier|several times|many times|more than once))?",
    message: forgotMessage,
    note: blameNote,
    deletable: true,
  },
  {
    // Someone else's job named as the answer: "the delay is the courier's responsibility", "that's a matter for your bank".
    pattern:
      "(?:is|are|was|were|lies|rests) (?:entirely |solely )?(?:with )?(?:the|your) (?:[a-z-]+ )?(?:courier|carrier|bank|seller|manufacturer|airline|supplier|retailer|provider|network|driver|landlord|insurer|post office)(?:'s|s') responsibility|(?:the )?(?:fault|blame|problem|issue) (?:lies|lay|rests) (?:entirely |solely |squarely |wholly )?with (?:our|the|your) (?:[a-z-]+ )?(?:courier|carrier|bank|seller|manufacturer|airline|supplier|suppliers|retailer|provider|network|driver|landlord|insurer|post office|partner|warehouse)|not something (?:that )?we could have (?:prevented|avoided|foreseen|controlled)|(?:that|this|it)(?:'s| is| would be) (?:a matter|a question|an issue|something) for (?:your|the) (?:[a-z-]+ )?(?:bank|courier|carrier|provider|seller|manufacturer|network|isp|airline|insurer|landlord|retailer|supplier|council|post office|card issuer)",
    message: '"{actual}" deflects; say what you are doing about it',
    expected: [],
    note: blameNote,
    unless: (hit) => turnsToAction.test(hit.after.slice(0, 80)),
  },
]);

/**
 * More of the same, in a table of their own (each of the tables above is at the ReDoS check's budget): "you are obliged
 * to", "as I've now said twice", "as explained in both of our previous replies", "as previously explained".
 */
const remindersMore = compileTable([
  burden('you are (?:obliged|obligated) to'),
  {
    // The reminder with where it was said, deleted whole: "As I explained in my previous email, roaming …" → "Roaming …",
    // "As previously explained in our letter, …".
    pattern:
      'as (?:(?:i|we) (?:already |previously )?(?:said|stated|mentioned|explained|told you) in (?:our|my) (?:earlier|previous|last|prior|first)|(?:previously|already) (?:stated|mentioned|explained|advised|noted|outlined) in (?:our|my)(?: (?:earlier|previous|last|prior|first))?) (?:reply|email|message|response|letter)',
    message: forgotMessage,
    note: blameNote,
    deletable: true,
  },
  {
    pattern:
      "as (?:i|we)'(?:ve|d) now (?:said|stated|mentioned|explained|told you)(?: (?:twice|three times|before|several times|many times|more than once))?|as (?:already )?(?:mentioned|stated|explained|advised|noted|said) in (?:both|all|each) of (?:our|my) (?:two |three )?(?:earlier|previous|last|prior) (?:replies|emails|e-mails|messages|responses|letters|posts)",
    message: forgotMessage,
    note: blameNote,
    deletable: true,
  },
  {
    // The customer's own deed named as the cause: "you clicked Pay twice, which is why this happened", "you entered the
    // old card, that's why it failed". Say what happened and what is done about it, not who caused it.
    pattern:
      "you (?:[a-z]+ed|did|made|put|sent|chose|forgot|set|left|gave|took|bought|paid|hit|wrote|ran|got)(?: [^.!?,;]{1,60})?,? (?:which is (?:why|what caused)|(?:and )?that(?:'s| is) (?:why|what caused)|which (?:caused|led to|triggered))",
    message: '"{actual}" blames the customer for what happened; say what happened and what you have done about it',
    expected: [],
    note: blameNote,
    // "You asked for a refund, which is why I've cancelled the order": the customer's wish, and the writer's deed for it.
    // Only "you" as the clause's subject: "the address you entered … was missing the flat number, which is why …" tells
    // what went wrong with the address.
    unless: (hit) =>
      /^\s+(?:i|we|i['’](?:ve|m|ll)|we['’](?:ve|re|ll)|our|you(?:['’]ll| will| now| get| can))\b/i.test(hit.after) ||
      !/(?:^|[,:;—–(]|\b(?:and|but|so|because|think|seems|see|like|as|that))\s*$/i.test(hit.before),
  },
  {
    // "As previously explained", "as already explained twice above": "previously" and "already" make it the earlier
    // message, whatever follows ("above", "in our letter": the letter taken along by the entry above).
    pattern: 'as (?:previously|already) (?:stated|mentioned|explained|advised|noted|outlined)(?: (?:twice|three times|several times|many times|more than once))?(?: above| before| earlier)?',
    message: forgotMessage,
    note: blameNote,
    deletable: true,
    unless: (hit) => /^\s+in (?:our|my) (?:reply|email|message|response|letter)\b/i.test(hit.after),
  },
  {
    // Policy as the whole answer: "This is bank policy and we are unable to make exceptions", "That's our policy." (Not
    // "it's our policy to refund within 14 days", which says what the policy gives.)
    pattern: "(?:this|that|it)(?:'s| is) (?:(?:our|the|a) )?(?:(?:bank|company|store|shop|airline|hotel|house|standard|strict|firm|security|club|site) )?policy(?= *(?:[.!,;]|and\\b|$))",
    message: `"{actual}"${policyReason}`,
    expected: [],
    note: policyNote,
  },
]);

/**
 * Blame handed on, rules and sanctions held up, and lessons, in words the tables above lack (each at the ReDoS check's
 * budget): "that one's on the restaurant, not us", "filing a chargeback is a violation of our Terms of Sale", "your
 * account will be locked until …", "this is bank policy", "spamming our mentions won't speed anything up".
 */
const heldUpMore = compileTable([
  {
    // The same with "on": "that one's on the restaurant, not us" (here: the table above is at the ReDoS check's budget).
    pattern: "on (?:them|the [a-z]+(?: [a-z]+){0,2}|their [a-z]+(?: [a-z]+)?),? (?:and )?(?:not|rather than) (?:us|me|ours|with us)",
    message: '"{actual}" hands the problem to someone else; say what you can do about it',
    expected: [],
    note: blameNote,
  },
  {
    // What the customer did, named a breach: "filing a chargeback is a violation of our Terms of Sale".
    pattern: '(?:is|are|would be|constitutes) (?:a |an )?(?:clear |direct |serious )?(?:violation|breach|infringement) of (?:our|the) (?:[a-z-]+ ){0,3}(?:terms|rules|polic(?:y|ies)|guidelines|agreement|code of conduct|t&cs)',
    message: '"{actual}" quotes the rules at the customer; say what you need and why, and what they can do',
    expected: [],
    note: policyNote,
  },
  {
    // The account held until the customer gives in: "your account will be locked until the dispute is withdrawn".
    pattern: 'your (?:[a-z]+ )?(?:account|card|profile|membership|access|line|subscription) (?:will|may|could) be (?:locked|frozen|closed|suspended|restricted|disabled|blocked) until',
    message: '"{actual}" holds a sanction over the customer; say what you need and why, and what they can do',
    expected: [],
    note: policyNote,
  },
  {
    // A lesson in patience: "Spamming our mentions won't speed anything up", "chasing us will not make it any faster".
    pattern:
      "(?:spamming|tagging|messaging|emailing|calling|chasing|bumping|posting|asking|complaining)(?: [a-z]+){0,3} (?:won't|will not|doesn't|does not|isn't going to|is not going to) (?:speed (?:anything|this|it|things) up|make (?:it|this|things|anything) (?:go |happen )?(?:any )?(?:faster|quicker|sooner))",
    message: '"{actual}" lectures the customer; say where things stand and what happens next',
    expected: [],
    note: blameNote,
  },
  {
    // The lesson for next time at the till: "Please read our returns policy before purchasing in future".
    pattern: "please (?:read|check|review)(?: (?!before )[a-z]+){0,4} before (?:purchasing|buying|ordering|booking)(?: [a-z]+){0,3} (?:in (?:the )?future|next time)",
    message: '"{actual}" lectures the customer on what they should have done; give the information without the lesson',
    expected: [],
    note: blameNote,
  },
  {
    // The sanction for what the customer leaves out: "Claims that are missing these documents will not be processed",
    // "applications without a photo will be rejected". Said once the need is asked for, it threatens instead of telling
    // what happens once it arrives.
    pattern:
      "(?:claims|requests|applications|returns|orders|forms|submissions|tickets|cases|parcels|items|entries|payments|refund requests)(?: that| which)?(?: are| arrive| come)? (?:missing|without|lacking|not including|not accompanied by) (?:[a-z-]+ ){0,5}?(?:(?:will|would|can|may)(?: not| never|n't)|cannot) be (?:processed|accepted|considered|reviewed|honou?red|refunded|returned|approved)",
    message: sanctionMessage,
    expected: [],
    note: policyNote,
  },
]);

/** Reminders, sanctions and blame handed on, in a table of their own: added to the ones above, those grew past what the ReDoS check decides. */
const closedWithout = compileTable([
  {
    // The company named in the third person, out of it: "it is not something the bank is responsible for", "this is a
    // matter between you and the retailer".
    pattern:
      "(?:that|this|it)(?:'s| is)(?: not|n't) (?:something|anything) (?:that )?(?:the|our) (?:bank|company|shop|store|team|airline|firm|business|hotel|insurer) (?:is|are) (?:responsible|liable|accountable) for|(?:is|are) a matter (?:solely |purely |entirely )?between you and (?:the|your) [a-z]+",
    message: handedBackMessage,
    expected: [],
    note: blameNote,
  },
  {
    // The reminder with both its words: "As we have already stated, …", "as I had previously explained".
    pattern: 'as (?:i|we) (?:have|had) (?:already|previously) (?:said|stated|mentioned|explained|advised|told you)',
    message: forgotMessage,
    note: blameNote,
    deletable: true,
  },
  {
    // The same on an issue tracker or a helpdesk, closed or thrown away: "Issues without a reproducer will be closed",
    // "Without one, this will be closed", "tickets missing the order number may be deleted".
    pattern:
      "(?:(?:issues|pull requests|prs|reports|bug reports|posts|threads|topics|comments|questions|messages|e-?mails|tickets|requests)(?: that| which)?(?: are| arrive| come)? (?:missing|without|lacking|not including|not following) (?:[a-z-]+ ){0,5}?|without (?:one|it|them|this|that|(?:a|an|the) (?:[a-z-]+ ){0,2}?[a-z-]+),? (?:this|it|the (?:issue|report|ticket|request|pr|pull request|post|thread)|your (?:issue|report|ticket|request|pr|pull request|post|thread)) )(?:will|would|may|can)(?: (?:simply|just|automatically|immediately))? be (?:closed|deleted|removed|rejected|ignored|locked|declined)",
    message: sanctionMessage,
    expected: [],
    note: policyNote,
  },
]);

/**
 * Policy held up as the reason, warnings and legal lines put to the customer, in a table of their own for the same
 * reason as the lectures: "Due to our privacy policy, we will have to …", "We reserve the right to …", "Failure to do so
 * will result in your account being suspended", "We are not liable for …", "We monitor all accounts for abuse".
 */
const warnings = compileTable([
  {
    // Only where the policy is the reason for a no, a limit or a demand: "As per our policy, you're entitled to a full
    // refund" gives the customer something.
    pattern:
      '(?:as per|according to|in line with|in accordance with|under|due to|because of) (?:(?:section|clause|paragraph|article|rule) [0-9][0-9.]* of )?(?:our|the|company|store) (?:[a-z-]+ ){0,3}(?:terms(?: and conditions| of (?:service|use))?|t&cs|polic(?:y|ies))|our (?:[a-z-]+ )?policy (?:is|states|says) that|we (?:operate|have|enforce|follow|run) an? (?:[a-z0-9-]+ ){0,3}policy|we(?:\'re| are) (?:legally )?(?:required|obliged|obligated|bound) (?:by (?:law|regulations?) )?to (?:comply|follow|abide|adhere)',
    message: `"{actual}"${policyReason}`,
    expected: [],
    note: policyNote,
    // Read on the clause's reach around the hit (300 characters each way), so a run-on text of many hits stays linear.
    unless: (hit) => {
      const around = hit.before.slice(-300) + hit.actual + hit.after.slice(0, 300);
      return !policyLimit.test(withoutConditions(around)) && !/\b(?:strict|zero[- ]tolerance|no[- ]\w+) policy\b/i.test(around);
    },
  },
  {
    pattern:
      "we reserve the right to|failure to (?:do so|comply|respond|provide|follow)[a-z ]{0,30} (?:will|may|could|can) (?:result in|lead to)|(?:will|may|could|can|would) (?:result in|lead to) (?:your|the) (?:account|membership|access|listing|order|subscription|post|thread|profile)s? (?:being |getting )?(?:closed|suspended|terminated|banned|blocked|cancell?ed|removed|deleted|locked|restricted)|any further (?:abuse|violations?|misuse|breaches|offen[cs]es?|attempts|messages)",
    message: '"{actual}" warns the customer; say what you need and why, and what they can do',
    expected: [],
    note: policyNote,
  },
  {
    pattern:
      "(?:we|the company) (?:are|is|cannot be|can't be|will not be|won't be) (?:not )?(?:held )?(?:liable|accountable|responsible) for|(?:we|our (?:[a-z]+ ){0,2}teams?) (?:actively |continually |constantly |closely |routinely )?monitors? (?:all )?(?:accounts?|activity|usage|behaviou?r|traffic)(?: closely)? (?:for|in case of)",
    message: '"{actual}" reads as a warning to the customer; say what you can do for them',
    expected: [],
    note: policyNote,
  },
]);

/**
 * A sentence without its conditions ("… as long as you haven't downloaded it", "if you don't need it"): the terms a
 * permission comes with are no limit put to the customer. A condition runs to the next comma or semicolon.
 */
function withoutConditions(text: string): string {
  return text.replace(/\s+/g, ' ').split(/[,;]/).map((part) => {
    const at = part.search(/\b(?:as long as|so long as|provided|if|unless)\b/i);
    return at === -1 ? part : part.slice(0, at);
  }).join(',');
}
/** A no, a limit or a demand in the sentence that cites a policy: read on the sentence with its white space made single. */
const policyLimit = /\b(?:not|no|never|cannot|unable|only|nothing|refuse[sd]?|denied|declined|rejected|ineligible|will have to|must|need to|have to|required?|non-?(?:refundable|transferable|exchangeable|returnable|negotiable))\b|n['’]t\b/i;

export default defineRule(
  {
    id: 'no-negative-phrasing',
    description: "Wording that puts the burden on the customer, lectures about what can't be done, or blames",
    note: burdenNote,
    source: 'Customer Service 101, "Learn to use positive language"',
    example: { bad: "You need to clear your cookies.", good: "Please clear your cookies." },
    examples: { ar: { bad: 'عليك التحقق من رقم طلبك.', good: 'دعنا نتحقق من رقم طلبك.' } },
    languages: ['en', 'ar'],
    // The way forward that makes a limit honest news may be anywhere in the reply.
    scope: 'reply',
    defaultOptions: {},
  },
  (context) => {
    // The phrase tables look no further than a sentence: in a long document they are run paragraph by paragraph and
    // remembered with each paragraph; what needs the whole reply (the way forward, the opening) is decided below.
    const reports =
      context.language === 'ar'
        ? arabicNegativePhrasing(context)
        : context.paragraphwise([{ key: 'no-negative-phrasing\u0000tables', find: (part) => [...reportTable(part, table), ...reportTable(part, blame), ...reportTable(part, lectures), ...reportTable(part, lessons), ...reportTable(part, warnings), ...reportTable(part, duties), ...reportTable(part, houseTerms), ...reportTable(part, handedBack), ...reportTable(part, reproaches), ...reportTable(part, reproachesMore), ...reportTable(part, deflections), ...reportTable(part, moderatorLessons), ...reportTable(part, moreBurdens), ...reportTable(part, policyNot), ...reportTable(part, hindsight), ...reportTable(part, rulesHeldUp), ...reportTable(part, remindersMore), ...reportTable(part, heldUpMore), ...reportTable(part, closedWithout)] }])[0]!;
    const model = modelOf(context);
    // A limit stated honestly is news, not a lecture, when the reply also gives the way forward.
    // An invitation to come back is not a way forward: "we cannot accept the return; anything else I can help with?" still closes the door.
    // Inside an invitation only a step or a commitment counts ("let me know which you prefer and I'll send the label"),
    // and not in a question ("anything else I can help you with?").
    // A pointer to more reading about the decision ("see this article for more information", "our reasoning is here") explains it; it
    // opens no way forward, and nor does closing the thread.
    // (A request to share or send something in the same sentence still is one: "For more details, please share your contact info here".)
    // A promise with nothing firm in it ("we'll do our best to help") is no way forward either.
    // Read only when a limit or a refusal asks for it: most replies have neither.
    let forwardFound: readonly ModelSentence[] | undefined;
    const forwardSentences = (): readonly ModelSentence[] => (forwardFound ??= model.body.filter((s) =>
      (!readMore.test(s.sentence.text) || contactRequest.test(s.sentence.text)) &&
      // ("The charge of £45 will be taken from the card on file on 10 October": what the customer pays for the no is its
      // consequence, not a way past it.)
      !chargeTaken.test(s.sentence.text) &&
      // ("Your order has been cancelled": the no carried out, with nothing in its place.)
      !(cancelledOnly.test(s.sentence.text) && !putRight.test(s.sentence.text)) &&
      s.reading.acts.some(
        (a) => forward.has(a) && !(a === 'commitment' && s.reading.hollow === true) && (s.act !== 'invitation' || a === 'step' || (a === 'commitment' && !s.sentence.isQuestion)) && !(a === 'action' && (closingThread.test(s.sentence.text.replace(/\s+/g, ' ')) || arabicClosing.test(s.sentence.text) || onlyLooked.test(s.sentence.text.replace(/\s+/g, ' ')) || lookedBeforeNo(s))),
      ),
    ));
    const wayForward = (): boolean => context.continues || forwardSentences().length > 0;
    // A policy's own sentence is no way forward from it: "Under our returns policy, items must be returned within 14
    // days" tells a time, but only the rule's.
    const wayForwardBesides = (report: Report): boolean => {
      if (context.continues) return true;
      const own = context.sentenceAt(report.start);
      return forwardSentences().some((s) => s.sentence !== own);
    };
    // "We can't refund sale items, but we can offer store credit": the way forward in the limit's own sentence, close
    // after it (looking no further than a clause's length keeps a run-on text of many limits linear).
    // The same in Arabic: «لا نستطيع حذف التقييم، لكن بإمكانك الرد عليه»، «ما بنقدر ننقلها، لكن في مكان فاضي بمجموعة الثلاثا».
    const offeredAfter = (report: Report): boolean => {
      const sentence = context.sentenceAt(report.start);
      if (sentence === undefined) return false;
      const after = context.text.slice(report.start, Math.min(sentence.end, report.start + 200));
      return context.language === 'en' ? offersInstead.test(lowerCase(after.replace(/\s+/g, ' '))) : offersInsteadAr.test(arabicSource(after).text);
    };
    const kept = reports.map((report) => (isLimit(report, context.language) ? (untilLimit(context, report) ?? report) : report)).filter((report) => {
      if (report.note === untilNote || report.note === untilNoteAr) return !offeredAfter(report);
      if (!isLimit(report, context.language)) return true;
      const forwardHere = context.language === 'en' && report.message.endsWith(policyReason) ? wayForwardBesides(report) : wayForward();
      return !(forwardHere || offeredAfter(report));
    });
    // Rules quoted at the customer and shouting: read before the refusals in other words, so that a sentence that quotes
    // the rule keeps that report ("As stated in the agreement you signed, fees are non-refundable").
    const loud = context.language === 'en' ? rulesAndShouting(context, kept) : shouting(context, kept);
    const ruled = [...loud, ...shoutedMarks(context, [...kept, ...loud])];
    // English only: the Arabic reader does not yet tell a refusal from «لا يمكننا الانتظار» (we can't wait).
    // (So does a look that led to the no: "I've checked with the branch and the booking is non-refundable".)
    const refusing = (s: ModelSentence): boolean =>
      s.act === 'refusal' ||
      ((s.act === 'apology' || s.act === 'empathy') && s.reading.acts.includes('refusal')) ||
      (s.act === 'action' && lookedBeforeNo(s));
    if (context.language === 'en' && model.body.some(refusing) && !wayForward()) {
      // A refusal in other words ("we only support …", "it's behaving as intended") with nothing offered after it.
      // The refusals added below lie in their own sentences: only the reports before them can cover a sentence.
      // A softener alone ("Unfortunately, you can not do that.") does not cover its sentence: the refusal is the report,
      // and the softener's is then dropped below as one no reported twice.
      const covered = new SpansInOrder([...kept.filter((report) => !softener.test(report.message)), ...ruled]);
      // (Read out of order below, so kept apart from the spans read in order.)
      const limitsBefore = kept.filter((report) => isLimit(report, context.language));
      // An apology or sympathy before it does not make it less of one: "Sorry, but you can not do that." reads first as the
    // apology, "I understand it's frustrating, but sale items are non-refundable" as the sympathy.
      for (const [at, said] of model.body.entries()) {
        const { sentence } = said;
        if (!refusing(said) || sentence.isQuestion || covered.overlaps(sentence.start, sentence.end)) continue;
        // The no already reported in the sentence before, told on ("We are unable to offer a payment holiday. Payment
        // holidays are only available on accounts that are up to date."): one no, one report.
        const before = model.body[at - 1]?.sentence;
        if (before && limitsBefore.some((r) => r.start < before.end && r.end > before.start) && !/\n[ \t]*\r?\n/u.test(context.text.slice(before.end, sentence.start))) continue;
        // "We can't guarantee which aircraft will fly", "we wouldn't have the specifics on when": honest uncertainty, not a refusal;
        // "we don't ship to PO boxes, but we can send it to a pickup point": the alternative is in the same sentence.
        const flat = sentence.text.replace(/\s+/g, ' ');
        if (honestUncertainty.test(flat) || offersInstead.test(lowerCase(flat))) continue;
        const text = context.original.slice(sentence.start, sentence.end).trimEnd();
        kept.push({ start: sentence.start, end: sentence.start + text.length, message: 'This says what won\'t happen and offers nothing instead; add what the customer can do', expected: [], note: cantNote });
      }
    }
    kept.push(...ruled);
    if (context.language === 'en') kept.push(...lessonsForNextTime(context, kept));
    // "Unfortunately, we are unable to …": one report for one no. The softener is reported on its own only where nothing
    // else in its sentence is.
    // The sentences that hold another report are gathered once, so a document of many such sentences stays linear.
    if (context.language !== 'en') return kept;
    const refused = new Set(kept.filter((report) => !softener.test(report.message)).map((report) => context.sentenceAt(report.start)));
    return withoutNested(
      kept.filter((report) => {
        if (!softener.test(report.message)) return true;
        const sentence = context.sentenceAt(report.start);
        return sentence === undefined || !refused.has(sentence);
      }),
    );
  },
);

/**
 * One report for one phrase: a report inside another's words ("against our policy" inside "This is against our policy",
 * "We can't" inside "We can't understand your message") says less about the same words, and goes. Sorted once, so a
 * document of many reports stays O(n log n).
 */
function withoutNested(reports: readonly Report[]): Report[] {
  const order = reports.map((report, index) => ({ report, index })).sort((a, b) => a.report.start - b.report.start || b.report.end - a.report.end);
  const dropped = new Set<number>();
  let reach = -1;
  for (const { report, index } of order) {
    if (report.end <= reach) dropped.add(index);
    else reach = report.end;
  }
  return dropped.size === 0 ? [...reports] : reports.filter((_, index) => !dropped.has(index));
}

/** The messages of the words that only soften a no ("unfortunately", "I'm afraid"). */
const softener = /^(?:"Unfortunately" opens with what went wrong|"[^"]*" apologises for a limit instead)/;

/** What makes "unfortunately" the lead-in to a refusal: a no, a limit, a rule or a decision in the rest of its sentence. */
const limitAhead = /^[^.!?]*?(?:\b(?:not|no|never|cannot|unable|only|nothing|neither|nor|impossible|out of (?:scope|stock|our)|as per|rules?|polic(?:y|ies)|terms|declined|rejected|denied|expired|ended|sold out|discontinued|closed)\b|n['’]t\b)/i;

/** The rest of a sentence turning from an excuse to what the writer does about it: ", but I've asked …", "; however, we will …". */
const turnsToAction = /^[^.!?]{0,40}?\b(?:but|however|so)\b,? (?:i|we)(?:['’](?:ve|ll|re|m)| have| will| are| am)?\b/i;

/** A sentence that only points to more reading: "Please see this article for more information: …". */
const readMore = /\b(?:for (?:more|further) (?:information|info|details|about|on)\b|more (?:information|info|details) (?:about|on|regarding) (?:this|that|our|the (?:reason|decision|policy))|(?:our|the) reasoning\b|to (?:learn|read|find out) (?:more|why))/i;

/** A request to send, share or get in touch, which makes a sentence that points to more reading a way forward too. */
const contactRequest = /\b(?:share|send|dm|contact|call|email|message|reach out to|get in touch|reply)\b/i;

/** An alternative offered after the limit, in the same sentence: "…, but we can send it to a pickup point", "…; instead, I've …". */
// Not "but you can not", "but we can't": the turn that only repeats the no.
// Or another thing offered in its place: "… but our dried starter travels well", "but the paperback is available".
const offersInstead = lowered(/\b(?:but|however|instead)\b,? (?:(?:we|i)(?: can| could| will|['’]ll|['’]d be happy to| would be happy to| have|['’]ve)|you can|you could|(?:our|the) (?:[a-z-]+ ){1,3}(?:travels|works|ships|fits|(?:is|are) (?:available|in stock|an option|included|free)))\b(?!\s?not\b|['’]t\b|n['’]t\b)/i);

/**
 * Another thing offered after a "but", in the limit's own sentence, in Arabic: «لكن بإمكانك …»، «بس في مكان فاضي …»،
 * «ولكن يمكننا …». Read on the folded text.
 */
const offersInsteadAr = foldedRegex(
  /(?:^|[^\u0621-\u064A])(?:لكن|ولكن|بس|وبس|إلا أن|غير أن|بالمقابل|بدلا من ذلك)\s+(?:[^\s.،,؛!؟?]+\s+){0,2}?(?:بإمكانك|بإمكانكم|بامكانك|يمكنك|يمكنكم|يمكننا|نستطيع|نقدر|بنقدر|منقدر|تقدر|تقدري|بتقدر|بتقدري|تقدرون|تقدروا|في مكان|فيه مكان|في بديل|فيه بديل|عندنا|لدينا|نقدم|نعرض|نقترح|نوفر|ممكن|متاح|متاحة|متوفر|متوفرة)(?![\u0621-\u064A])/u,
);

/** What the writer cannot know or promise, said plainly: the expectation-setting the source asks for. */
const honestUncertainty =
  /\b(?:can['’]?t|cannot|can not|(?:are|am|is)(?: not|n['’]t) able to|unable to|don['’]t|do not|wouldn['’]t|would not|won['’]t be able to) (?:guarantee|promise|confirm|predict|speculate|comment on (?:when|timelines?|timing|the timing|future|upcoming|unreleased|(?:release )?dates?|speculation|rumou?rs)|say (?:when|yet|for sure|exactly|how long|whether)|know (?:when|yet|exactly|how long)|have (?:the )?(?:specifics|details|information|an? (?:eta|timeline|timeframe|date|update)))\b/i;

/** The same in Arabic: «وقد تم إغلاق طلب الاسترداد»، «أغلقنا التذكرة». */
const arabicClosing = /(?:تم|وتم)\s+(?:إ|ا)غلاق\s+(?:\S+\s+)?(?:ال)?(?:طلب|طلبك|تذكرة|تذكرتك|بلاغ|بلاغك|شكوى|شكواك|حالة)|أغلقنا\s+(?:ال)?(?:طلب|تذكرة|بلاغ|شكوى)/u;
/** Closing the thread, done or announced: an action, but no way forward for the customer ("Closing.", "I'm locking this topic"). */
const closingThread =
  /^\W*(?:closing|locking|archiving)\b|\b(?:clos|lock|archiv)(?:e|es|ed|ing) (?:this|the|your) (?:issue|ticket|pr|pull request|thread|topic|question|post|report|request|case|claim|complaint|appeal|dispute|enquiry|inquiry)\b|\b(?:issue|ticket|pr|pull request|thread|topic|question|post|report|request|case|claim|complaint|appeal|dispute|enquiry|inquiry|it) (?:is|has been|will be|['’]s been) (?:now )?(?:closed|locked|archived)\b/i;

/**
 * A look at the case, reported: "We have reviewed your objection", "I've looked at Sunday's session". It is a deed (a
 * next step, for `require-next-step`), but it leads nowhere from a no: it is how the no was reached.
 */
/** The customer's order called off: "Your order {{id}} has been cancelled", "the booking was cancelled". */
const cancelledOnly = /\b(?:order|booking|reservation|subscription|request|pre-?order)\b[^.!?]{0,60}?\b(?:has been|have been|was|is|is now) (?:cancell?ed|voided|closed)\b/i;
/** What puts a no right: a refund, a credit, a replacement, another way ("… cancelled and refunded in full"). */
const putRight = /\b(?:refund(?:ed)?|credit(?:ed)?|replace(?:d|ment)|rebook(?:ed)?|voucher|instead|alternative|in full)\b/i;
/** A charge, a fee or a penalty said to be taken from the customer: the cost of a no, not a way forward from it. */
const chargeTaken =
  /\b(?:charge|fee|penalty|fine|excess|deduction|cost)s?\b[^.!?]{0,60}?\b(?:will be|is being|has been|was|is) (?:taken|charged|debited|deducted|applied|added|collected)\b|\b(?:will be|is being|has been) (?:charged|debited|deducted) (?:from|to|on|against)\b/i;
const onlyLooked =
  /^\W*(?:(?:i|we)(?:['’]ve| have| had)?|(?:our|the) (?:[a-z]+ )?team(?:['’]s| has| have)?) (?:now |just |already |carefully |fully |thoroughly |since |also )*(?:reviewed|re-?examined|examined|looked (?:at|into|over|through)|checked|read|investigated|gone (?:through|over)|been through|considered|assessed|received|noted|taken a (?:look|closer look) at)\b[^,;:]*$/i;

/** A step that opens with a check the customer is told to make. */
const checkOpening = /^\W*(?:please\s+)?(?:double-check|make sure|be sure|remember to|ensure|take care to|be careful to)\b/i;
const nextTimeAtEnd = /\bnext time$/i;
const nextTimeAnywhere = /next\s+time/i;
/** Where a text's words end: before the marks, spaces and emoji after its last letter or digit (read backwards, once). */
function wordsEnd(text: string): number {
  let end = text.length;
  while (end > 0 && !/[\p{L}\p{N}]/u.test(text[end - 1]!)) end--;
  return end;
}
const beforeYou = / (?:before|when|if) you /i;

/**
 * The lesson for next time, said after the step: "Double-check your basket before you pay next time", "Make sure the
 * address is right before you place an order next time". (A tip offered is left: "check the tracking page when you
 * order next time" tells of a page, not of a mistake.) Read in code, three plain patterns, sentence by sentence.
 */
function lessonsForNextTime(context: ReplyContext, earlier: readonly Report[]): Report[] {
  const reports: Report[] = [];
  const reported = new SpansInOrder(earlier);
  for (const sentence of context.bodySentences()) {
    // (Most sentences have no "next time": they are passed over before any copy of them is made.)
    if (!nextTimeAnywhere.test(sentence.text)) continue;
    const flat = sentence.text.replace(/\s+/g, ' ');
    if (!nextTimeAtEnd.test(flat.slice(0, wordsEnd(flat))) || !checkOpening.test(flat) || !beforeYou.test(flat) || reported.overlaps(sentence.start, sentence.end)) continue;
    const opening = /^\W*(?:please\s+)?/i.exec(sentence.text)![0].length;
    const end = sentence.start + wordsEnd(sentence.text);
    const actual = context.original.slice(sentence.start + opening, end);
    reports.push({ start: sentence.start + opening, end, message: `"${actual.replace(/\s+/g, ' ')}" lectures the customer; give the information without the lesson`, expected: [], note: blameNote });
  }
  return reports;
}

/** A sentence whose deed is only the look that led to the no in it: "I've checked with the branch and the booking is non-refundable". */
function lookedBeforeNo(s: ModelSentence): boolean {
  return s.reading.acts.includes('refusal') && onlyLooked.test(leadClause(s.sentence.text.replace(/\s+/g, ' ')));
}

/**
 * The clause a sentence opens with, up to its first comma, semicolon or "and"/"but"/"so": in "I've checked with the
 * branch and the booking is non-refundable", the look that led to the no, which is no way forward from it.
 */
function leadClause(text: string): string {
  const cut = /[,;:]| (?:and|but|so) /u.exec(text);
  if (!cut) return text;
  // What follows must be a clause of its own, with its subject ("… and the booking is …"); a verb going on from the
  // writer ("I've checked your account and refunded the fee") is a deed too, and the whole sentence is read.
  const next = /^\s*([A-Za-z'’]+)/u.exec(text.slice(cut.index + cut[0].length))?.[1]?.toLowerCase();
  return next !== undefined && /^(?:the|your|it|it['’]s|this|that|there|its|they|their|our|a|an|he|she|his|her|these|those|unfortunately|sadly|i['’]m|we['’]re)$/u.test(next) ? text.slice(0, cut.index) : text;
}

/** Acts that give the customer a way forward (a question that moves the case too: the writer is still working on it). */
const forward: ReadonlySet<string> = new Set(['step', 'commitment', 'action', 'next-info', 'question']);

/**
 * "I can't place an order for you until it arrives": the guide's own example of a can't-do, which a way forward
 * elsewhere in the reply does not soften, for the sentence itself says it the wrong way round. It is said the right way
 * as "I can place an order for you as soon as it arrives" (Arabic «لا يمكنني مساعدتك قبل أن يصلني الرقم» as
 * «يمكنني مساعدتك بمجرد أن يصلني الرقم»). Read from the limit's words to the "until" a few words on, in its sentence.
 */
function untilLimit(context: ReplyContext, report: Report): Report | undefined {
  const sentence = context.sentenceAt(report.start);
  if (sentence === undefined || sentence.isQuestion) return undefined;
  const rest = context.original.slice(report.start, Math.min(sentence.end, report.start + 160));
  if (context.language === 'ar') {
    const m = untilAr.exec(rest);
    if (!m || knownLaterAr.test(m[2]!)) return undefined;
    return { start: report.start, end: report.start + m[0].length, message: `«${m[0]}» يقول ما لا يمكنك فعله أولًا؛ قل ما ستفعله ومتى`, expected: [`${m[1]}${m[2]}بمجرد أن`], note: untilNoteAr };
  }
  const m = untilEn.exec(rest);
  // ("We can't say what it will cost until the engineer has seen it": honest about what is not yet known.)
  if (!m || knownLater.test(m[2]!)) return undefined;
  return { start: report.start, end: report.start + m[0].length, message: `"${m[0]}" says what you can't do first; say what you can, and when`, expected: [`${m[1] ? `${m[1]} can` : 'can'}${m[2]} as soon as`], note: untilNote };
}
/** "I can't place an order for you until it arrives", "we're unable to ship it until we": the limit, a few words, and a condition with its subject. */
const untilEn = /^(?:(I|we|We)(?:['’]m|['’]re| am| are)? )?(?:can['’]t|cannot|can not|unable to)((?: [\w'’-]+){1,8}?) (?:until|till)(?= (?:it|we|you|they|I|he|she|this|that)\b)/;
/** «لا يمكنني مساعدتك قبل أن», «لا نستطيع شحن الطلب حتى يصل»: the limit, a few words, and a condition with its verb. */
const untilAr = /^لا (يمكنني|يمكننا|أستطيع|نستطيع)((?: [\u0621-\u0652]+){1,6}? )(?:قبل أن|إلى أن|حتى(?= [يتنأ]))/u;
/** What is not known until then: a time, a cost, an answer ("say", "confirm", «تحديد», «معرفة»). */
const knownLater = /^ (?:(?:really|yet|actually) )?(?:say|tell|confirm|know|determine|estimate|guarantee|promise|predict|give (?:you )?(?:a|an|any)|provide (?:a|an|any))\b/i;
const knownLaterAr = /^ (?:تحديد|معرفة|تأكيد|إعطاء|إعطائك|تقدير|ضمان|الجزم|إخبارك|إفادتك)/u;
const untilNote = 'Customer Service 101 turns "I can\'t place an order for you until it arrives" into "I can place an order for you as soon as it arrives": the same condition, said as what you will do.';
const untilNoteAr = 'يحوّل دليل «خدمة العملاء 101» عبارة «لا يمكنني تقديم الطلب حتى يصل» إلى «يمكنني تقديم الطلب بمجرد وصوله»: الشرط نفسه، مقولًا بما ستفعله.';

/** Whether a report is of the can't-do family (a limit, "unfortunately", "I'm afraid"), not burden or blame. */
function isLimit(report: Report, language: string): boolean {
  // In Arabic, by the quoted words or the message of a closed door («غير قابلة للاسترداد») or a no made absolute.
  if (language === 'ar') return report.note === arabicCantNote || /(?:لا يمكن|لا نستطيع|لا أستطيع|للأسف|مستحيل|غير ممكن|غير قابل|يجعل الرفض مطلقًا)/u.test(report.message);
  // A policy given as the reason for a no is a limit too: with the way forward in the reply ("Due to our privacy policy,
  // we will have to speak to the account holder. Please have them contact us …") it explains the no, as the guideline's
  // "a limit that already gives the way forward" does.
  return report.note === cantNote || report.message.endsWith(policyReason);
}

/** Rules and threats quoted at the customer, and orders in capitals. */
function rulesAndShouting(context: ReplyContext, earlier: readonly Report[]): Report[] {
  const reports: Report[] = [];
  const body = modelOf(context).body;
  // Opening a reply with a prohibition is a lecture before any help.
  const first = body[0]?.sentence;
  const m = first ? openingProhibition.exec(first.text) : null;
  // "Please don't provide your order details here, we consider them personal": a warning that protects the customer.
  // "Please do not change unrelated lines. It makes your contribution harder to review": a request with its reason
  // given is an explanation, not a lecture.
  const reasoned = m !== null && (reasonInside.test(first!.text.slice(m.index + m[0].length)) || reasonNext.test(body[1]?.sentence.text ?? ''));
  const opening = first && m && !reasoned && !protective.test(first.text.slice(m.index + m[0].length).replace(/\s+/g, ' ')) ? first : undefined;
  if (opening && m) {
    reports.push({ start: opening.start + m.index, end: opening.start + m.index + m[0].length, message: `"${m[0].trim()}" opens with a prohibition; say what the customer can do instead`, expected: [], note: blameNote });
  }
  // Rules quoted at the customer lie in one sentence: found paragraph by paragraph in a long document (an opening
  // prohibition is the one report its sentence gets).
  for (const report of context.paragraphwise([{ key: 'no-negative-phrasing\u0000rules', find: rulesAtCustomer }])[0]!) {
    if (!opening || report.start < opening.start || report.start >= opening.end) reports.push(report);
  }
  return [...reports, ...shouting(context, [...earlier, ...reports])];
}

/**
 * Orders in capitals, in a reply in any language ("ONE REQUEST ONLY" in an Arabic reply shouts as it does in an English
 * one). Words in capitals already reported ("PLEASE DO NOT reply" as a prohibition, "YOU MUST" as a burden) are one
 * report, not two.
 */
function shouting(context: ReplyContext, earlier: readonly Report[]): Report[] {
  const reports: Report[] = [];
  const reported = new SpansInOrder(earlier);
  for (const run of shoutingRuns(context.text)) {
    const start = run.index;
    const end = start + run.text.length;
    const sentence = context.sentenceAt(start);
    if (!sentence || sentence.region !== 'body' || end > sentence.end || context.isQuoted(start, end)) continue;
    if (reported.overlaps(start, end)) continue;
    const message = context.language === 'ar' ? `«${run.text}» بالأحرف الكبيرة يُقرأ صراخًا؛ اكتبه بأحرف عادية` : `"${run.text}" in capitals reads as shouting; write it in sentence case`;
    reports.push({ start, end, message, expected: [sentenceCase(run.text, start === sentence.start)], note: context.language === 'ar' ? arabicBlameNote : blameNote });
  }
  return reports;
}

/** What may follow a sentence's last mark: white space, closing quotes and brackets, emoji. */
const afterMarks = /[\s"'’”)\]»\p{Extended_Pictographic}\uFE0F\u200D]/u;
/**
 * Two exclamation marks or more ending a text, with any emoji or closing marks after them: where they start and end.
 * Read backwards from the end, so a long run is read once.
 */
function marksAtEnd(text: string): { start: number; end: number } | undefined {
  let end = text.length;
  // (An emoji is two code units: the pair is read whole.)
  while (end > 0) {
    const pair = end > 1 && /[\uDC00-\uDFFF]/u.test(text[end - 1]!) ? 2 : 1;
    if (!afterMarks.test(text.slice(end - pair, end))) break;
    end -= pair;
  }
  let start = end;
  while (start > 0 && (text[start - 1] === '!' || text[start - 1] === '！')) start--;
  return end - start >= 2 ? { start, end } : undefined;
}

/**
 * An order or a rule said with a run of exclamation marks ("Please do not post your booking number here!!!", «يرجى عدم
 * نشر رقم الحجز في التغريدات العامة!!!»): the marks raise the voice as capitals do. Not after thanks, sympathy or good
 * news ("Thanks for the feedback!!!", "sorry!!"). The rewrite ends the sentence with a full stop.
 */
function shoutedMarks(context: ReplyContext, earlier: readonly Report[]): Report[] {
  const reports: Report[] = [];
  const reported = new SpansInOrder(earlier);
  for (const { sentence, reading } of modelOf(context).body) {
    if (sentence.isQuestion || context.isQuoted(sentence.start, sentence.end)) continue;
    if (!reading.acts.some((act) => act === 'step' || act === 'rule') || reading.acts.some((act) => act === 'thanks' || act === 'apology' || act === 'empathy')) continue;
    const marks = marksAtEnd(sentence.text);
    if (!marks) continue;
    const start = sentence.start + marks.start;
    const end = sentence.start + marks.end;
    if (reported.overlaps(start, end)) continue;
    const said = context.original.slice(start, end);
    const message = context.language === 'ar' ? `«${said}» بعد طلب أو قاعدة يُقرأ صراخًا؛ أنهِ الجملة بنقطة` : `"${said}" after an instruction or a rule reads as shouting; end the sentence with a full stop`;
    reports.push({ start, end, message, expected: ['.'], note: context.language === 'ar' ? arabicBlameNote : blameNote });
  }
  return reports;
}

/** "Do not be surprised if the answer is no": the customer braced for a refusal before anything is decided. */
const bracing = lowered(/\bdo not be surprised\b/i);

/**
 * Each body sentence's first rule or threat quoted at the customer, or a refusal it is braced for (its words alone: no
 * reading of it is needed).
 */
function rulesAtCustomer(context: ReplyContext): Report[] {
  const reports: Report[] = [];
  for (const sentence of context.bodySentences()) {
    let match: { index: number; length: number } | undefined;
    // The first group that matches holds the first pattern that does, which gives the report.
    const lower = lowerCase(sentence.text);
    const group = ruleAtCustomer.find(({ any }) => any.test(lower));
    if (group) for (const p of group.each) if ((match = p.find(sentence.text))) break;
    const braced = match ? undefined : bracing.find(sentence.text);
    const hit = match ?? braced;
    if (!hit) continue;
    const start = sentence.start + hit.index;
    const quoted = sentence.text.slice(hit.index, hit.index + hit.length);
    // "All sales are final, but you can exchange it within 30 days": a decision said to stand, with the way past it in
    // the same sentence, is a limit that gives the way forward.
    if (/(?:final|non-negotiable)$/i.test(quoted) && offersInstead.test(lowerCase(sentence.text.slice(hit.index + hit.length).replace(/\s+/g, ' ')))) continue;
    // "All personal data will be removed within 30 days, as set out in our Privacy Policy": the terms cited for what the
    // company does, as the first table's "as per our terms" is; only the reason for a no, a limit or a demand is a rule
    // held up to the customer.
    if (/^as /i.test(quoted) && ownDoingCited.test(lowerCase(sentence.text)) && !policyLimit.test(withoutConditions(sentence.text)) && !dutyOrCost.test(lowerCase(sentence.text))) continue;
    const message = braced
      ? `"${quoted}" braces the customer for a no before anything is decided; say what you can do, and what happens next`
      : `"${quoted}" quotes a rule or a threat at the customer; say what you need and why, and what they can do`;
    reports.push({ start, end: start + hit.length, message, expected: [], note: braced ? blameNote : policyNote });
  }
  return reports;
}

/** What the company does with the customer's data or money, cited: "will be permanently removed", "we will refund". */
const ownDoingCited = lowered(/\b(?:(?:we|i)(?:['’]ll| will)|will be (?:(?:permanently|securely|automatically|fully) )?(?:removed|deleted|erased|anonymi[sz]ed|processed|refunded|credited|kept|stored|retained|held))\b/i);
/** A duty, a charge or a failure in the sentence: the terms cited are held up to the customer. */
const dutyOrCost = lowered(/\b(?:please|responsible|responsibility|fail|fails|failed|failure|charge|charges|charged|fee|fees|penalty|penalties|liable|lapse|lapses|lapsed|end|ends|ended|expire|expires|expired|forfeit|forfeits|forfeited)\b/i);
/** Rules and threats quoted at the customer, each as its own pattern (so that each is checked for backtracking alone). */
const ruleAtCustomerPatterns: readonly RegExp[] = [
  /\b(?:as (?:requested|stated|explained|required|described|set out|outlined|specified|detailed) in the (?:template|guidelines|rules|docs|documentation))/i,
  // The terms held up to the customer as theirs: "as stated in the membership agreement you signed", "that's in the
  // conditions you accept at purchase", "covered in the forum rules you agreed to".
  /\b(?:as (?:stated|set out|outlined|specified|detailed|written|explained|mentioned) in (?:(?:section|clause|paragraph|part|article|point) [0-9][0-9.]* of )?(?:the|our|your) (?:[\w-]+ ){0,2}(?:agreement|contract|terms|conditions|t&cs|polic(?:y|ies)|rules))\b/i,
  /\b(?:agreement|contract|terms|conditions|t&cs|polic(?:y|ies)|rules|guidelines)(?: and conditions| of (?:service|use|sale|carriage))? (?:that )?you (?:agreed to|accepted|accept|signed|acknowledged|read and accepted|were given)\b/i,
  // A decision put beyond discussion: "the Captain's decision is final", "bans are final", "all sales are final".
  /\b(?:decision|ruling|verdict|judg(?:e)?ment|ban|suspension|sale|refusal|outcome)s? (?:is|are|remains?) (?:final|non-negotiable)\b/i,
  // The customer's duty named as someone's: "it's the hirer's responsibility to note all existing damage" ("it is your
  // responsibility" is the blame table's).
  /\b(?:it(?:['’]s| is)|(?:is|remains) (?:solely |entirely )?)(?: solely| entirely)? (?:the )?(?:[a-z]+(?:['’]s|s['’])|the customer['’]s) (?:sole |own )?responsibility to\b/i,
  // A threat that names what will be done to the account: "repeat cross-posting will get your account suspended", "or
  // we will block this account".
  /\b(?:will|may|can|could|would|might|['’]ll) (?:get|have|see) (?:your|the|this|that) (?:[\w-]+ )?(?:account|profile|membership|access|post|thread|topic|listing|card|line|service|subscription) (?:permanently |temporarily )?(?:suspended|banned|terminated|closed|removed|deleted|locked|blocked|cancell?ed|disconnected|restricted)\b/i,
  /\bor (?:else )?(?:we|i)(?:['’]ll| will| may| might| shall| are going to| would)(?: have to| be forced to)? (?:block|ban|suspend|close|terminate|remove|delete|lock|cancel|disconnect|restrict|report|end)\b[^.!?]*/i,
  /\b(?:(?:closed|archived|locked|deleted|removed|rejected) (?:due to|as per|per|because of|for) (?:the |our )?(?:\*\*)?(?:policy|rules|guidelines|[\w ]{0,20}not followed))/i,
  /\b(?:(?:as per|due to) the\s+(?:[\w-]+\s+){0,3}(?:rules|policy|guidelines))/i,
  /\b(?:caused by your (?:changes|code|post|edits))/i,
  /\b(?:(?:for|due to|because of) (?:violating|breaching|breaking)|because (?:it|this|that|they|your (?:post|topic|comment|message|issue|review|account)) (?:violates?|breaches|breaks|goes against|go against)) (?:the |our )?(?:[\w-]+ )?(?:rules|terms|polic(?:y|ies)|guidelines|code of conduct)/i,
  /\b(?:(?:is|are|it['’]s|this is) (?:strictly )?against (?:the |our )?(?:[\w-]+ ){0,3}(?:rules|mores|polic(?:y|ies)|terms|guidelines|code of conduct))/i,
  /\b(?:(?:could|would|will|may|might|can) (?:result in|lead to) (?:an? |the |your )?(?:(?:permanent|temporary|immediate|indefinite|account|forum|community|site) ){0,2}(?:suspension|ban|termination|closure|removal|deletion|block)\b[^.!?]*)/i,
  /\b(?:(?:will|may|can|could|would|might) |(?:you|it|they)['’]ll )(?:be|get) (?:permanently |temporarily )?(?:suspended|banned|terminated|blocked)/i,
  // A project's rule for what the customer sends, stated as the rule: "Tickets must follow our guidelines". ("We require
  // that all commits are signed, for legal reasons" comes with its reason and the way to meet it: a hand review and the
  // labels judged that kind honest as often as not, so it is left alone.)
  /\b(?:submissions|issues|bug reports|pull requests|prs|commits|contributions|tickets|patches|posts) (?:must|should|need to|have to|are required to) (?:always )?(?:follow|include|contain|have|be)\b/i,
  // Conduct expected of the customer, by rule: "We expect all channels to follow our monetization policies", "members
  // are expected to abide by the community guidelines" ("we expect you to follow the steps above" asks for no rule).
  /\bwe expect (?:all |every |each |our )?[\w-]+(?: [\w-]+)?(?: \([^()]{1,80}\))? to (?:follow|comply with|abide by|adhere to|respect|observe) (?:[\w’'-]+ ){0,4}?(?:rules|polic(?:y|ies)|guidelines|terms|code of conduct|etiquette|standards)\b/i,
  /\b(?:is|are) (?:also )?expected to (?:follow|comply with|abide by|adhere to|respect|observe) (?:[\w’'-]+ ){0,4}?(?:rules|polic(?:y|ies)|guidelines|terms|code of conduct|etiquette|standards)\b/i,
  // The customers' duty stated as a rule of the house: "Tenants are expected to ventilate the property", "drivers are
  // expected to move their vehicle promptly" (what a thing is expected to do is a forecast: "deliveries are expected to …").
  /\b(?:customers|tenants|guests|drivers|members|users|passengers|residents|buyers|visitors|riders|cardholders|students|patients|clients|subscribers|renters|travell?ers|players|participants|attendees|applicants|shoppers|hirers|borrowers|owners|holders|sellers|parents|campers|swimmers|diners|callers|applicants|claimants|policyholders|account holders|holders|exhibitors|entrants|bidders) (?:are|were) (?:(?:always|therefore|also|all|still|generally) )?(?:(?:expected|obliged|obligated) to|(?:solely |fully |entirely |personally )?responsible for)\b/i,
  // The duty named as someone else's job: "keeping it safe is the account owner's job".
  /\b(?:is|remains) (?:solely |entirely )?(?:the )?(?:[a-z]+ )?(?:owner|holder|customer|user|member|buyer|tenant|guest|passenger|driver|cardholder|client|hirer|renter|seller|subscriber)['’]s (?:sole |own )?(?:job|duty)\b/i,
  // No exception to be had: "with no exceptions for any diver", "no exceptions can be made", "we make no exceptions".
  /\b(?:with no|and no|there are no|there can be no|we make no|we (?:can(?:not|['’]t| not)|do not|don['’]t) make (?:any )?) ?exceptions?\b|\bno exceptions? (?:can|will|is|are) (?:be )?(?:made|possible|allowed|granted)\b|\bno(?<=(?:^|[,;:–—(-]) ?no) exceptions?\b/i,
  // "It is not allowed", not "we are not allowed to access it" (the writer's own limit).
  /\b(?:is|are)(?<!\b(?:we|i|they) (?:is|are)) (?:strictly )?(?:not allowed|prohibited|forbidden|not permitted)/i,
];

/**
 * The same patterns in groups of seven, each group also joined into one alternation (`any`): a sentence is searched
 * once per group instead of once per pattern, and only a group that matches has its patterns tried one by one, in
 * order (most sentences match none). The word boundary every pattern opens with leads the alternation, so the engine
 * can skip ahead on the patterns' first letters. On the generated replies of `npm run bench:parse` this took the
 * search from 19 to 8 µs a reply.
 */
const ruleAtCustomer: ReadonlyArray<{ any: LoweredPattern; each: readonly LoweredPattern[] }> = Array.from({ length: Math.ceil(ruleAtCustomerPatterns.length / 7) }, (_, g) => {
  const each = ruleAtCustomerPatterns.slice(g * 7, g * 7 + 7);
  const rests = each.map((p) => (p.source.startsWith('\\b') ? p.source.slice(2) : undefined));
  const any = rests.every((rest) => rest !== undefined) ? `\\b(?:${rests.map((rest) => `(?:${rest})`).join('|')})` : each.map((p) => `(?:${p.source})`).join('|');
  return { any: lowered(new RegExp(any, 'i')), each: each.map(lowered) };
});
/** After "don't share/provide/post …": the customer's own private data, which the warning keeps safe. */
const protective =
  /^(?: (?:your|any|the|such|personal|private|sensitive|full|account|order|card|payment|contact|login|security)){1,3} ?(?:details|information|info|data|numbers?|passwords?|pins?|codes?|credentials|addresses|address)\b|^(?: \w+){0,3} (?:publicly|in public|on (?:a )?public)\b/i;
/** The reason for a request, in the sentence after it: "It makes your contribution harder to review", "This keeps the history clean". */
const reasonNext = /^\W*(?:it|this|that|doing so|these|they)\s+(?:makes?|will make|would make|can|could|may|might|causes?|helps?|keeps?|means|would|will|adds?|breaks?|slows?)\b/i;
/**
 * … or in the same sentence: "… because it breaks the build", "… as it slows the review", "… so that the history stays
 * clean", "… yourself, that removes everyone's tasks and files permanently".
 */
const reasonInside = /\b(?:because|since (?:it|this|that|they)|as (?:it|this|that|they)|so that|in order to keep)\b|[,;:—–] (?:it|this|that|doing so)(?: (?:would|will|can|could|may|might))? (?:removes?|deletes?|erases?|wipes?|breaks?|cancels?|locks?|resets?|clears?|loses?)\b/i;
const openingProhibition = /^\W*(?:please\s+)?(?:don['’]t|do not|never|stop)\s+(?!worry|hesitate|forget to|think|feel bad|blame yourself|give up|lose hope|panic|stress|fret)[a-z]+/i;
/** Words that make capitals an order rather than an acronym: "PLEASE DO NOT", "YOU MUST". */
const shoutWords = new Set(['PLEASE', 'DO', "DON'T", 'DON’T', 'NOT', 'NEVER', 'STOP', 'MUST', 'YOU', 'YOUR', 'WILL', 'NO', 'ALWAYS', 'READ', 'ONLY', 'CANNOT', "CAN'T", 'CAN’T', 'AGAIN', "YOU'LL", 'YOU’LL', "YOU'RE", 'YOU’RE', "WON'T", 'WON’T']);
const capitalWord = /^[A-Z]{2,}(?:['’][A-Z]+)?$/;
/** Orders that shout on their own at a sentence's start: "READ the guidance …", "STOP posting …", "CHECK the FAQ …". */
const sentenceOrders = new Set(['READ', 'STOP', 'CHECK', 'USE', 'FOLLOW', 'SEARCH', 'NEVER', 'ALWAYS', "DON'T", 'DON’T']);
/** First words of a stand-in in capitals, left in a template for the agent to fill in. */
const standIn = new Set(['INSERT', 'ADD', 'ENTER', 'FILL', 'REPLACE', 'PUT', 'TYPE', 'TODO', 'TBD', 'XXX']);

/** An order word that shouts on its own inside a sentence in lower case: "do NOT open it twice", "or we WILL block it". */
const emphasised = new Set(['NOT', 'NEVER', 'MUST', 'WILL', 'CANNOT', "DON'T", 'DON’T', "WON'T", 'WON’T']);
/** The words such an order word follows. */
const emphasisLead = /^(?:do|please|you|we|i|will|must|and|or)$/i;

/**
 * Runs of two or more words in capitals that start with one of the order words, and one order word in capitals between
 * words in lower case after a word that makes it an order ("do NOT", "we WILL"). Every word of a reply is visited on
 * every lint of it, so a word that cannot be in capitals is passed over by its first letter, and nothing is made for
 * it: a 20,000-word document is linted again on each keystroke.
 */
function shoutingRuns(text: string): Array<{ index: number; text: string }> {
  const runs: Array<{ index: number; text: string }> = [];
  let run: Array<{ index: number; word: string; raw: string }> = [];
  // The word before the run, and the word just read.
  let beforeRun = '';
  let previous = '';
  const flush = (next = ''): void => {
    if (run.length === 0) return;
    // The run starts at its first order word. One that opens with a word of a template's stand-in ("INSERT THINGS TO
    // DO HERE", "ADD YOUR NAME") is text for the agent to replace, not an order to the customer.
    const from = standIn.has(run[0]!.word) ? -1 : run.findIndex((w) => shoutWords.has(w.word));
    // ("Your renewal MUST be submitted before …": "MUST" after any subject is an order shouted.)
    // ("READ the guidance on our website before posting": an order word in capitals opening its sentence.)
    const opensOrder = run.length === 1 && sentenceOrders.has(run[0]!.word) && (beforeRun === '' || /[.!?]$/.test(beforeRun)) && /^[a-z]/.test(next);
    const alone = (run.length === 1 && emphasised.has(run[0]!.word) && (emphasisLead.test(beforeRun) || (run[0]!.word === 'MUST' && /^[a-z]+$/.test(beforeRun))) && /^[a-z]/.test(next)) || opensOrder;
    // ("…, ONE REQUEST ONLY.": three words in capitals or more with the order word last shout whole, standing as a clause
    // of their own between marks; "Use the HTTPS API ONLY for this" names acronyms inside a sentence.)
    const endsOnOrder = from !== -1 && run.length >= 3 && run.length - from < 2 && next === '' && (beforeRun === '' || /[.!?,:;،؛]$/u.test(beforeRun));
    // ("@markt THE APP IS FINE. You'd need …": a whole statement in capitals, its small words too, shouts whatever it
    // says; a heading on a line of its own does not end on a full stop with more text after it.)
    const statement = from === -1 && run.length >= 3 && (beforeRun === '' || /^@|[.!?]$/u.test(beforeRun)) && /^[A-Z'’]+[.!]+$/u.test(run.at(-1)!.raw) && run.filter((w) => smallWords.has(w.word)).length >= 2 && moreOnLine(text, run.at(-1)!.index + run.at(-1)!.raw.length);
    if ((from !== -1 && run.length - from >= 2) || alone || endsOnOrder || statement) {
      const first = alone || endsOnOrder || statement ? run[0]! : run[from]!;
      const last = run.at(-1)!;
      runs.push({ index: first.index, text: text.slice(first.index, last.index + last.word.length) });
    }
    run = [];
  };
  // Every run holds a word of two capitals or more: a reply without two capitals in a row has none to visit.
  if (!/[A-Z]{2}/.test(text)) return runs;
  const words = /\S+/g;
  let match: RegExpExecArray | null;
  while ((match = words.exec(text)) !== null) {
    // A slash, an ampersand or a dash standing alone between words in capitals joins them into one run: "PLEASE DO NOT
    // HIJACK / NECRO POST" shouts as one line, and its rewrite lowers it whole.
    if (run.length > 0 && joiners.has(match[0])) {
      previous = match[0];
      continue;
    }
    const first = match[0].charCodeAt(0);
    if (first < 65 || first > 90) {
      flush(match[0]);
      previous = match[0];
      continue;
    }
    let cut = match[0].length;
    while (cut > 0 && '.,!?;:'.includes(match[0][cut - 1]!)) cut--;
    const word = match[0].slice(0, cut);
    if (capitalWord.test(word)) {
      if (run.length === 0) beforeRun = previous;
      run.push({ index: match.index, word, raw: match[0] });
      if (word.length !== match[0].length) flush();
    } else flush(match[0]);
    previous = match[0];
  }
  flush();
  return runs;
}

/** The small words of a sentence, which an acronym or a name in capitals is not made of. */
const smallWords = new Set(['THE', 'IS', 'ARE', 'IT', "IT'S", 'IT’S', 'THIS', 'THAT', 'A', 'AN', 'TO', 'OF', 'FOR', 'AND', 'BUT', 'WE', 'I', 'HAS', 'HAVE', 'WAS', 'WERE', 'BE', 'IN', 'ON', 'WITH', 'ALL', 'MY', 'OUR', 'ITS', 'SO', 'CAN', 'AM', 'WHAT', 'WHY', 'HOW', 'JUST', 'VERY', 'NOTHING', 'THERE', 'HERE', 'BEEN']);
/** Whether a line goes on with more words after an offset. */
function moreOnLine(text: string, at: number): boolean {
  for (let k = at; k < text.length && text[k] !== '\n'; k++) if (text[k] !== ' ' && text[k] !== '\t' && text[k] !== '\r') return true;
  return false;
}

/** Marks that stand alone between words of one run in capitals. */
const joiners = new Set(['/', '&', '-', '–', '—', '+']);

function sentenceCase(text: string, atStart: boolean): string {
  const lower = text.toLowerCase();
  return atStart ? lower[0]!.toUpperCase() + lower.slice(1) : lower;
}

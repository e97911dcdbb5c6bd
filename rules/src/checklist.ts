/**
 * The reply checklist: which parts of a good reply are present, and where.
 *
 * It follows LATTE (Listen, Acknowledge, Take action, Thank, Explain) and the
 * closing advice of Customer Service 101: greet the customer by name, acknowledge the
 * problem, apologise specifically when there is something to apologise for,
 * act or give a next step, explain, thank, invite them back, sign off.
 * Computed once per reply; the whole-reply rules read it rather than finding
 * the parts again.
 */
import type { ReplyContext, Sentence } from './context.js';
import { isWhiteSpace, leadingMentions, type Range } from './structure.js';
import type { Language } from './language.js';
import { arabicSignals } from './checklist-ar.js';
import type { MatchSource } from './arabic.js';
import { endsWithColon, modelOf } from './model/reply-model.js';
import { moves } from './model/acts.js';
import { findPlaceholders } from './placeholders.js';
import { english as englishReader } from './lang/en/reader.js';

/**
 * A step that leaves the door open: a request to write back ("DM us your order number", "reply with a screenshot"),
 * the way to add to the ticket ("to add comments to an open ticket, log in to our helpdesk"), or anything the
 * customer is told to "feel free" to do.
 */
/** A notice of a change made: "we want to inform you that your email has changed", "your password has been reset". */
const changeNotice = /\b(?:we (?:want|wanted|would like) to (?:inform you|let you know) that\b[^.!?]{0,80}\b(?:has|have) (?:been )?(?:changed|updated|reset)|your (?:password|email(?: address)?|username|phone number|account details) (?:has|have) (?:been )?(?:changed|updated|reset))\b/i;

function writesBack(text: string, language: Language): boolean {
  return language === 'ar'
    ? // And the ticket to come back to, as in English «add comments to your ticket»: «لتحديث أو إضافة تعليقات إلى تذكرة مفتوحة».
      // (Not writing back forbidden: «يرجى عدم الرد على هذه الرسالة»، «لا ترد على هذا البريد».)
      /(?:راسلنا|أرسل لنا|ارسل لنا|أرسلي لنا|تواصل معنا|اتصل بنا|(?<!(?:عدم|لا) )(?<![\u0621-\u064A])[وفب]?(?:ال)?رد على|أخبرنا|أخبرني|تعليقات? (?:إلى|على) (?:ال)?تذكرة|تحديث (?:ال)?تذكرة|(?:فتح|افتح|أنشئ|انشئ) تذكرة جديدة)/u.test(text)
    : /\b(?:(?:dm|pm|message|email|e-mail|tweet|call|contact|write to|ping) (?:us|me)|(?:pop|drop|shoot|give) (?:us|me) an? (?:dm|pm|message|email|line|note|call|ring)|reply (?:with|to (?:this|me|us))|respond (?:with|to this)|write back|send (?:us|me)|let (?:us|me) know|get in touch|reach out|(?:create|open|submit|file|raise|start) a new (?:ticket|request|case|issue|topic|thread)|(?:add (?:a )?(?:comments?|notes?|details|information|a reply) to|comment on|update) (?:your|the|an|this) (?:open |existing )?(?:ticket|request|case)|feel free to)\b/i.test(text);
}

/** A step laid on the customer as a duty ("you must send us the proof", "you're required to email us"): no door held open. */
const demanded = /\byou(?:['’]re| are| will| (?:also|still))? (?:must|have to|need to|required to|have got to)\b/i;

export interface ChecklistItem {
  present: boolean;
  /** Whether a good reply of this channel, on this subject, should have it. */
  expected: boolean;
  /** Where it is, when present. */
  range?: Range;
}

export interface Checklist {
  greeting: ChecklistItem & { named: boolean };
  acknowledgement: ChecklistItem;
  apology: ChecklistItem & { specific: boolean };
  nextStep: ChecklistItem;
  explanation: ChecklistItem;
  thanks: ChecklistItem;
  closingInvitation: ChecklistItem;
  signOff: ChecklistItem;
}

export type ChecklistPart = keyof Checklist;

/** The parts in the order a reply has them, with the words a trainer uses. */
export const checklistParts: ReadonlyArray<{ part: ChecklistPart; label: string }> = [
  { part: 'greeting', label: 'Greeting by name' },
  { part: 'acknowledgement', label: 'Acknowledges the problem' },
  { part: 'apology', label: 'Specific apology' },
  { part: 'nextStep', label: 'Action taken or next step' },
  { part: 'explanation', label: 'Explanation' },
  { part: 'thanks', label: 'Thanks' },
  { part: 'closingInvitation', label: 'Closing invitation' },
  { part: 'signOff', label: 'Sign-off' },
];

/** True when every expected part is present (a generic apology does not count as specific). */
export function isComplete(checklist: Checklist): boolean {
  return checklistParts.every(({ part }) => partDone(checklist, part) !== false);
}

/** Whether the reply got a part right: undefined when the reply does not need it (a generic apology is not right). */
export function partDone(checklist: Checklist, part: ChecklistPart): boolean | undefined {
  const item = checklist[part];
  if (!item.expected) return undefined;
  return part === 'apology' ? checklist.apology.present && checklist.apology.specific : item.present;
}

// --- Closing --------------------------------------------------------------

/** A closing invitation: the door is open. */
const invitation =
  /\b(?:reach out|get in touch|contact (?:us|me)|let (?:us|me) know|don['’]t hesitate|do not hesitate|feel free|here to help|happy to help|glad to help|here for you|write (?:back|to us|us)|reply to this (?:email|message)|just reply|drop (?:us|me) a (?:line|note|message)|give (?:us|me) a (?:call|shout|ring)|get back to (?:us|me)|ping (?:us|me)|always here|any (?:other |more |further )?questions|anything else|any other (?:issues|problems|concerns)|more help|further (?:help|assistance)|(?:dm|message|email|call|text) us|hit reply|we['’]re around|i['’]m around|happy to (?:assist|answer)|available to help|(?:message|tell|email|text|call|ask|ping) (?:me|us)|follow up|update you|keep you (?:posted|updated|in the loop|informed)|share (?:any )?updates|keep an eye|(?:i|we) can help|guide you)\b/i;

// --- The rest ---------------------------------------------------------------

const apologyWords = /\b(?:sorry|apologi[sz]e[sd]?|apologies|apology|regret)\b/i;
const thanksWords = /\b(?:thank(?:s| you)?|thanking|thx|appreciate[sd]?|grateful|gratitude|cheers)\b/i;
const gratitude = /\b(?:thank|thanks|glad|love|loved|appreciate|made our day|so kind|too kind|delighted|happy to hear|great to hear|enjoy)/i;
const acknowledgementWords =
  /\b(?:i|we)\s+(?:completely\s+|totally\s+|fully\s+)?(?:understand|know how|can (?:see|imagine|understand)|hear you|get (?:it|that|why))\b|\bthat (?:sounds|must (?:be|have been))\b|\b(?:sorry|sad|unfortunate) to (?:hear|learn|read|see)\b|\bthanks?(?: you)? for (?:letting (?:us|me) know|reaching out|getting in touch|contacting|writing|flagging|reporting|bringing|the (?:heads[- ]up|report)|your (?:patience|feedback|message|email|note|report)|sending)\b|\b(?:frustrating|annoying|disappointing|inconvenient|stressful)\b|\bi see (?:that|what)\b|\bsorry (?:that |about |for )?(?:your\b|we(?:['’]ve| have)?\b|it(?:['’]s| is| was| has| hasn['’]t| didn['’]t| wasn['’]t)\b|this (?:has|happened|was)\b|the (?!inconvenience|trouble|hassle|confusion|wait\b)[a-z]{4,})|\b(?:i|we)(?:['’]re|['’]m| are| am) (?:fully |well |already |now )?aware (?:of|that)\b|\bwe(?:['’]re| are) seeing (?:reports|an issue|issues|a problem|problems)\b/i;
const explanationWords =
  /\b(?:because|since|so that|this means|which means|that means|that['’]s why|the reason|due to|as a result|caused by|that way|here['’]s what|what happened|(?:this|it) (?:happened|happens|is not|isn['’]t|was not|wasn['’]t) (?:because|when|our)|(?:this|that) is (?:not )?(?:our|the) (?:usual|normal)|isn['’]t (?:our|the) usual|not (?:our|the) usual|so you (?:can|get|will|won['’]t)|so (?:i|we|it|the)\b|in order to)\b|[;—–]\s*(?:the|our|a|an|it|we|there|this|that)\b(?:\s+[a-z'’-]+){0,3}?\s+(?:was|were|had|hadn['’]t|didn['’]t|wasn['’]t|weren['’]t|missed|failed|lost|went|got|broke|ran|sent|shipped|mixed|crashed|dropped)\b|\b(?:got|was|were|has been|had been|have been|is|are) (?:held up|stuck|caught up) (?:at|in|by|behind|with)\b|\bdepends? on\b|\b(?:is|are|was|were) (?:all )?down to\b/i;
/** Words that say there is something wrong: an apology is due, and an explanation helps. */
const problemWords =
  /\b(?:late|delay(?:ed|s)?|lost|missing|damaged|broken|faulty|defective|wrong|error|failed|fail(?:s|ing)?|(?:the|this|that|your) (?:problems?|issues?|trouble)|(?:problems?|issues?|trouble) (?:with|you)|frustrat\w*|disappoint\w*|unhappy|upset|complain\w*|charged twice|double[- ]charged|overcharged|hasn['’]t arrived|didn['’]t arrive|never arrived|not arrived|not working|doesn['’]t work|isn['’]t working|outage|not what (?:we|i) (?:like|love|want|wanted|hope|expect) to (?:hear|see|read))\b/i;
/** Words that say the company got something wrong: then an apology is due. */
const faultWords =
  /\b(?:late|delay(?:ed|s)?|lost|missing|damaged|broken|faulty|defective|wrong|errors?|mistakes?|outage|charged twice|double[- ]charged|overcharged|hasn['’]t arrived|didn['’]t arrive|never arrived|not arrived|not received|mix-?up)\b/i;
/** A decision about the customer's case, which the reply should explain: "we can't refund", "your claim was declined". */
const decisionWords =
  /\b(?:can['’]?not|can['’]t|unable to|not able to|won['’]t be able|will not be able|(?:is|are|was|were) not (?:eligible|possible|covered)|(?:isn['’]t|aren['’]t|wasn['’]t|weren['’]t) (?:eligible|possible|covered)|declined|denied|rejected|refused)\b/i;
const genericGreetingTarget = /^(?:there|all|everyone|team|friend|friends|folks|customer|valued customer|sir|madam|sir\/madam|sir or madam|user|member|client)$/i;

/**
 * The words that show each part of a reply, in one language. The checklist's
 * logic is the same in every language; only what it looks for differs.
 */
export interface Signals {
  apology: RegExp;
  /** An apology that names nothing ("sorry for any inconvenience"). */
  genericApology: RegExp;
  thanks: RegExp;
  /** A reply made only of these has no case to move: thanks for praise. */
  gratitude: RegExp;
  acknowledgement: RegExp;
  explanation: RegExp;
  /** Something is wrong: an acknowledgement and an explanation are due. */
  problem: RegExp;
  /** The company got something wrong: an apology is due. */
  fault: RegExp;
  /** A refusal that is a decision on the customer's case (not a limitation such as "we don't offer that yet"): an explanation is due. */
  decision: RegExp;
  /** Sympathy with the customer's trouble in words of understanding: calls for a next step as an apology does. */
  sympathy: RegExp;
  invitation: RegExp;
  /**
   * The writer opens the conversation, read on the body's first sentence: "We are contacting you regarding your order",
   * "I'm writing to let you know …". No one reached out to be thanked for it.
   */
  outreach: RegExp;
  greetsByName: (greeting: string) => boolean;
  /** The text these patterns read: the prose, or for Arabic the prose folded and unmarked, with offsets mapped back. */
  source: (context: ReplyContext) => MatchSource;
}

const globals = new WeakMap<RegExp, RegExp>();
const global = (pattern: RegExp): RegExp => {
  let g = globals.get(pattern);
  if (!g) {
    g = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    globals.set(pattern, g);
  }
  return g;
};

/**
 * The sentences, in order, where the pattern matches within one sentence that
 * passes `accept`. The pattern runs over the reply's text once, rather than once
 * per sentence; a match that spans two sentences is skipped.
 */
function matchingSentences(
  context: ReplyContext,
  source: MatchSource,
  pattern: RegExp,
  accept: (s: Sentence) => boolean,
  onlyFirst: boolean,
  until = context.structure.body.end,
  from = context.structure.body.start,
): Sentence[] {
  const { body } = context.structure;
  const regex = global(pattern);
  regex.lastIndex = source.at(Math.max(from, body.start));
  const bodyEnd = source.at(body.end);
  const found: Sentence[] = [];
  let match: RegExpExecArray | null;
  // Searching a slice that ends where a better answer already lies saves scanning the rest.
  const text = until < context.text.length ? source.text.slice(0, source.at(until)) : source.text;
  while ((match = regex.exec(text)) !== null && match.index < bodyEnd) {
    if (match[0] === '') regex.lastIndex++;
    const start = source.start(match.index);
    const sentence = context.sentenceAt(start);
    if (!sentence || source.end(match.index + match[0].length) > sentence.end || !accept(sentence)) {
      regex.lastIndex = match.index + 1;
      continue;
    }
    if (found.at(-1) !== sentence) found.push(sentence);
    if (onlyFirst) break;
    regex.lastIndex = Math.max(regex.lastIndex, source.at(sentence.end));
  }
  return found;
}

const inBody = (s: Sentence): boolean => s.region === 'body';

function findSentence(context: ReplyContext, source: MatchSource, pattern: RegExp): Sentence | undefined {
  return matchingSentences(context, source, pattern, inBody, true)[0];
}


/** Whether the greeting names the customer: "Hi Geraldine," or "Hi {{first_name}},", not "Hi there," or "Dear customer". */
function greetsByName(text: string): boolean {
  // (Markup blanked out of the prose, an HTML paragraph's "<p>", leaves white space before the salutation.)
  let target = text
    .trimStart()
    .replace(leadingMentions, '')
    .replace(/^(?:hi|hello|hey|hiya|howdy|dear|greetings|good\s+(?:morning|afternoon|evening|day))\b/i, '')
    .trim();
  // The marks after the name, taken off from the end in a loop (a pattern anchored at the end was quadratic in a run of them).
  let end = target.length;
  while (end > 0 && (',!:—–.'.includes(target[end - 1]!) || isWhiteSpace(target.charCodeAt(end - 1)))) end--;
  target = target.slice(0, end);
  if (target === '') return /@\w+/.test(text);
  return !genericGreetingTarget.test(target);
}

/** Words of understanding the customer's trouble: "we understand your concern", "I can see why you feel that way", "we're sorry you feel this way". */
// Or said as a cry of sympathy with what happened: "Oh no, faded prints after all that editing is gutting", "that sucks
// after 40 hours", "what a pain", "Frustrating, we know", "a no-show on his birthday is awful", "rotten luck".
const understanding = /\b(?:understand|can see) (?:why|how|that|your|the|what)\b|\b(?:we|i) (?:really |truly )?(?:feel for you|hear you)\b|\bsorry (?:that )?you (?:feel|felt)\b|\b(?:gutted|heartbroken|devastated) (?:to (?:hear|see|read|learn)|for you)\b|^\W*oh no\b|\b(?:is|was|'s|’s) (?:so |really |just )?(?:gutting|heartbreaking|gutted)\b|\bwhat a (?:pain|shame|nightmare)\b|\bthat (?:really )?(?:sucks|stinks)\b|\b(?:is|was|'s|’s|sounds|must be|must have been) (?:so |really |just |very |truly |absolutely |such )?(?:an? )?(?:awful|horrible|horrid|miserable|rotten|terrible|dreadful|maddening|infuriating|exasperating|frustrating|upsetting)\b|^\W*(?:so |how |really )?(?:frustrating|annoying|infuriating|maddening)\b|\b(?:rotten|rough|tough) luck\b/i;

/** The writer opening the conversation, at the start of the body's first sentence. */
const outreach =
  /^\W*(?:(?:we|i)(?:['’]re|['’]m| are| am)? (?:just |now )?(?:(?:contacting|emailing|messaging|writing to|calling) you\b|(?:writing|reaching out|getting in touch|emailing) (?:to (?:you|let you know|inform|tell|remind|update)|because|about|regarding|with (?:an update|news))\b)|(?:we|i) (?:want|wanted|would like|['’]d like) to (?:inform you|let you know|notify you|remind you)\b|(?:this|the purpose of this) (?:e-?mail|message|letter|note) is to (?:inform|let you know|notify|remind|tell)\b|(?:(?:this is )?just )?a (?:quick |friendly |short )?(?:note|reminder|heads[- ]up) (?:to let you know|that)\b|we(?:['’]re| are) (?:pleased|happy|delighted|glad|sorry|writing) to (?:inform you|let you know|tell you|announce)\b|your (?:[a-z]+ )?account\b[^.!?]{0,60}\b(?:was|has been) (?:found to|flagged|identified as|detected)\b|(?:we|i)(?:['’]ve| have)? (?:detected|noticed|identified) (?:unusual|suspicious|irregular)\b)/i;

/** The English signals. */
export const english: Signals = {
  apology: apologyWords,
  // The reader's, so the checklist and the sentence model agree on what names nothing.
  genericApology: englishReader.genericApology,
  thanks: thanksWords,
  gratitude,
  acknowledgement: acknowledgementWords,
  explanation: explanationWords,
  problem: problemWords,
  fault: faultWords,
  decision: decisionWords,
  sympathy: understanding,
  invitation,
  outreach,
  greetsByName,
  source: (context) => context.plainSource,
};

/** The words that show each part of a reply, per language (the Arabic ones asked for only when an Arabic reply comes). */
const signalsByLanguage: Record<Language, () => Signals> = { en: () => english, ar: arabicSignals };

/** The languages the checklist reads, and so scores. */
export const checklistLanguages = Object.keys(signalsByLanguage) as Language[];

/** The words that show each part of a reply in its language. */
export function signalsFor(context: ReplyContext): Signals {
  return signalsByLanguage[context.language]();
}

/** A placeholder for the whole message, on a line of its own: `%{response}`, `{{ message }}`, `{{{body}}}`. */
const contentPlaceholder = /^(?:%\{|\{\{\{?|\$\{|\{)\s*(?:[\w]+\.)*(?:response|message|body|content|reply|answer|text|comments?)\s*\}?\}?\}$/i;

/** True when the text is a template that wraps content written elsewhere (osTicket's reply and notice emails). */
function wrapsContent(context: ReplyContext): boolean {
  if (!context.template) return false;
  const { body } = context.structure;
  // A line that is the placeholder alone, past quote marks and tags' brackets: read line by line, each trimmed in code.
  return context.original
    .slice(body.start, body.end)
    .split('\n')
    .some((line) => {
      let start = 0;
      let end = line.length;
      while (start < end && /[\s>]/u.test(line[start]!)) start++;
      while (end > start && /[\s<]/u.test(line[end - 1]!)) end--;
      return contentPlaceholder.test(line.slice(start, end));
    });
}

/** A Markdown heading on a line of its own: "## Voice and tone". */
const markdownHeading = /^ {0,3}#{1,6}[ \t]+\S/gmu;

/**
 * True when the text is an article or a guide in sections (two Markdown headings or more: a style guide, a help-centre
 * page, a README beside the templates), not a letter: nothing a letter owes (a greeting, thanks, a next step, an
 * invitation, a sign-off) is asked of it. One heading is a letter's subject line ("# Re: order delay").
 */
export function isDocument(context: ReplyContext): boolean {
  markdownHeading.lastIndex = 0;
  // A letter in sections ("Dear Mr Khan," … "## Our decision" … "Yours sincerely,") is still a letter.
  const { greeting, signOff } = context.structure;
  return markdownHeading.test(context.original) && markdownHeading.test(context.original) && !(greeting && signOff);
}

/** Whether the writer opens the conversation (see `Signals.outreach`), read on the body's first sentence. */
export function opensConversation(context: ReplyContext): boolean {
  const first = context.bodySentences()[0];
  if (!first) return false;
  const signals = signalsFor(context);
  return signals.outreach.test(signals.source(context).sentence(first));
}

/**
 * Which parts of a good reply this one has, and where. The acknowledgement
 * and the explanation are found when first read (no rule reads them), so a
 * spread of the result has the other six parts only: `settled()` or JSON
 * gives all eight as plain data, as `review()` does.
 */
export function analyzeChecklist(context: ReplyContext): Checklist {
  const { structure, channel } = context;
  const signals = signalsFor(context);
  const source = signals.source(context);
  const textOf = (s: Sentence): string => source.sentence(s);
  const body = context.bodySentences();
  const email = channel === 'email';
  const bodyText = source.slice(structure.body.start, structure.body.end);
  const apologies = matchingSentences(context, source, signals.apology, inBody, false);
  // What the reply needs is read from the reply itself. Something went wrong when it names a fault or a
  // problem, or apologises for "the inconvenience" or "the trouble"; an apology for a limitation ("sorry,
  // bulk editing isn't something we offer") is no sign of one. A decision is a refusal ("we can't refund").
  // (Not in a door held open: "If anything looks wrong when it arrives, just reply" names no fault.)
  const model = modelOf(context);
  // (Built in one pass: a long reply may hold thousands of such sentences.)
  const told: string[] = [];
  let at = 0;
  for (const { sentence, reading } of model.body) {
    const from = sentence.start - structure.body.start;
    const to = sentence.end - structure.body.start;
    if (!reading.acts.includes('invitation') || from < at || to > bodyText.length) continue;
    told.push(bodyText.slice(at, from));
    at = to;
  }
  const toldText = told.length === 0 ? bodyText : `${told.join(' ')} ${bodyText.slice(at)}`;
  const fault = signals.fault.test(toldText);
  const sorryForTrouble = signals.genericApology.test(bodyText);
  const wentWrong = fault || sorryForTrouble || signals.problem.test(toldText);
  const decided = model.withAct('refusal').some((s) => signals.decision.test(textOf(s.sentence)));

  const greetingRange = structure.greeting;
  const greetingText = greetingRange ? source.slice(greetingRange.start, greetingRange.end) : '';
  // A stand-in ("Hi [Customer Name],", "Dear XXX,") is not a name; a template's placeholder ({{first_name}}) is.
  const named = greetingRange !== undefined && signals.greetsByName(greetingText) && !hasStandIn(context.original.slice(greetingRange.start, greetingRange.end));

  const specificApology = apologies.find((s) => !signals.genericApology.test(textOf(s)) || textOf(s).replace(signals.genericApology, '').replace(/[\s.!,،]/g, '').length > 25);
  const apology = specificApology ?? apologies[0];

  // A promise with nothing firm in it ("we'll get this sorted together") is no next step.
  const nextStep = model.body.find((s) => moves(s.reading))?.sentence;
  // A reply that only thanks the customer for praise has no case to move ("sorry for the delay, but glad you've
  // arrived" apologises too: it is not only gratitude).
  // Nor does a notice that something changed as the customer asked ("We want to inform you that your password has
  // changed from your customer panel"): it tells what happened and asks nothing.
  // Sympathy with the customer's trouble in words of understanding ("We understand why you feel this way", "I
  // understand your concern"), with no apology, calls for a next step as an apology does.
  const sympathises = model.withAct('empathy').some((s) => signals.sympathy.test(textOf(s.sentence)));
  const onlyNotice = context.language === 'en' && body.length > 0 && apologies.length === 0 && body.every((s) => changeNotice.test(textOf(s)));
  // Beside the thanks, a door left open or a pleasantry ("We're always here if you ever need us.", "Have a great
  // weekend!") moves no case either: the reply still only answers praise (and stays so once its invitation is added).
  const noCase = (s: Sentence): boolean => model.of(s)?.reading.acts.every((act) => act === 'invitation' || act === 'other' || act === 'thanks') === true;
  const grateful = body.length > 0 && apologies.length === 0 && !sympathises ? new Set(body.filter((s) => signals.gratitude.test(textOf(s)))) : new Set<Sentence>();
  const onlyGratitude = grateful.size > 0 && body.every((s) => grateful.has(s) || !/\p{L}/u.test(s.text) || noCase(s));

  // Thanks are owed to a customer who wrote in. A notice the company sends of its own accord ("Welcome to Acme!", "Your
  // refund of $20 has been processed", "You have been invited to join …") answers no one, unless it shows it does (in
  // English): a person speaking ("I've refunded the charge"), something that went wrong or was refused, a question put to
  // the customer, or what they sent or asked, named ("your request", "as you mentioned").
  const unprompted =
    context.language === 'en' &&
    companyNotice.test(bodyText) &&
    !wentWrong &&
    !decided &&
    !singularWriter.test(bodyText) &&
    !repliesTo.test(bodyText) &&
    !model.has('apology', 'empathy', 'question', 'refusal');
  // A message the writer opens ("We are contacting you regarding your order") thanks no one for reaching out; it owes
  // thanks only for the patience a trouble it brings asks of the customer.
  const opensUnasked = opensConversation(context);
  const thanksSentence = findSentence(context, source, signals.thanks);
  const signOffText = structure.signOff ? source.slice(structure.signOff.start, structure.signOff.end) : '';
  const thanksRange = thanksSentence ?? (signals.thanks.test(signOffText) ? structure.signOff : undefined);

  // An invitation in any of its forms, a request to write back, or a question the customer is to answer
  // ("could you tell me the last thing you tried?", "can you provide more details about:" above a list), wherever it stands in the body.
  const closingSentence = model.body.find(
    (s) =>
      s.reading.acts.includes('invitation') ||
      (s.reading.acts.includes('step') && writesBack(s.sentence.text, context.language) && !(context.language === 'en' && demanded.test(s.sentence.text))) ||
      asksTheCustomer(s.sentence, s.reading.acts, context.language),
  )?.sentence;
  const closingRange = closingSentence ?? (signals.invitation.test(signOffText) ? structure.signOff : undefined);

  // A wrapper template whose body is filled in from elsewhere ("%{response}") is judged on its frame only;
  // A body that is only a stand-in ("[Your answer here]") sends nothing to judge, nor does one that is only
  // a note to the agents in brackets ("[No public comment - internal action only]").
  const bodyWritten = context.original.slice(structure.body.start, structure.body.end);
  // A reply speaks from someone to someone: an English text with no greeting, no sign-off and no "you", "I" or "we"
  // anywhere (a list of writing tips for staff, a product blurb) is not written to a customer, and is not judged as one.
  // A word of feeling ("Empathetic: emotional, stressful issues") is no sign of one: sympathy is said to someone.
  const addressed =
    context.language !== 'en' ||
    channel !== 'email' ||
    greetingRange !== undefined ||
    structure.signOff !== undefined ||
    person.test(bodyText) ||
    model.has('apology', 'thanks', 'invitation', 'question');
  const sections = isDocument(context);
  const framed = addressed && !sections && !wrapsContent(context) && !isOnlyStandIns(bodyWritten) && !agentNote.test(bodyWritten.trim());
  const letter = email && !sections;

  // Set on the item rather than spread into a new one: a spread of the two shapes item() returns cost
  // more than all the checklist's other objects together.
  const greeting = item(greetingRange, letter) as Checklist['greeting'];
  greeting.present = named;
  greeting.named = named;
  // An apology is due where the company got something wrong; one made where something went wrong counts
  // (and one made for "the inconvenience" should name it); one for a limitation is neither due nor marked down.
  const apologyItem = item(apology, framed && (fault || sorryForTrouble || (apologies.length > 0 && wentWrong))) as Checklist['apology'];
  apologyItem.specific = specificApology !== undefined;
  // A sign-off that is only a stand-in ("XXX", "[Your Name]") is not a sign-off.
  const signOff = structure.signOff && isOnlyStandIns(context.original.slice(structure.signOff.start, structure.signOff.end)) ? undefined : structure.signOff;

  return new ReplyChecklist(context, source, signals, framed && wentWrong, framed && (wentWrong || decided), onlyGratitude, {
    greeting,
    apology: apologyItem,
    nextStep: item(nextStep, framed && body.length > 0 && !onlyGratitude && !onlyNotice && (email || wentWrong || decided || apologies.length > 0 || sympathises)),
    thanks: item(thanksRange, framed && email && (!(unprompted || (opensUnasked && !wentWrong)) || thanksRange !== undefined)),
    closingInvitation: item(closingRange, framed && email && body.length > 0),
    signOff: item(signOff, letter),
  });
}

/** A request for what the customer knows, put as a question to them: "Could you tell me the last thing you tried?". */
function asksTheCustomer(sentence: Sentence, acts: readonly string[], language: Language): boolean {
  if (language !== 'en' || !(acts.includes('step') || acts.includes('question'))) return false;
  if (!(sentence.isQuestion || endsWithColon(sentence.text))) return false;
  // A lead clause may come first: "Before I run a few checks, can you confirm:".
  const comma = sentence.text.indexOf(',');
  return requestToTell.test(sentence.text) || (comma > 0 && comma <= 60 && requestToTell.test(sentence.text.slice(comma + 1)));
}

/** "Can you tell me …", "could you confirm:", past a lead word. */
const requestToTell = /^\W*(?:(?:to start|first|also|and|so),?\s+)?(?:can|could|would|will) you\b[^.?!]{0,40}\b(?:tell|share|provide|confirm|send|describe|explain|let)\b/i;

/** A stand-in waiting for real words: `[Customer Name]`, `<PROJECT NAME>`, `XXX` (template syntax such as `{{first_name}}` is not one). */
const isStandIn = (placeholder: string): boolean => placeholder.startsWith('[') || (placeholder.startsWith('<') && !placeholder.startsWith('<#')) || /^[Xx]{3,}$/u.test(placeholder);

function hasStandIn(text: string): boolean {
  return findPlaceholders(text).some((p) => isStandIn(p.text));
}

/** What a company sends of its own accord: a welcome, something created, processed or changed on the customer's behalf, an invitation. */
const companyNotice =
  /\bwelcome (?:to|aboard)\b|\byour (?:new )?(?:account|profile|subscription|membership|order|refund|payment|invoice|booking|reservation|password|e-?mail address|username|plan)\b[^.!?\n]{0,60}?\b(?:has been|have been|is now|was|is) (?:successfully )?(?:created|activated|approved|processed|issued|confirmed|shipped|dispatched|renewed|changed|updated|reset|registered|set up|ready|enabled|disabled)\b|\byou(?:['’]ve| have) been (?:invited|added|registered|subscribed|enrolled)\b|\bwe (?:want|wanted|would like) to (?:inform you|let you know)\b|\bthis (?:e-?mail|message) (?:confirms|is to confirm)\b|\bthis is an? (?:automated|automatic)\b/i;
/** The writer speaking as one person: a reply written by an agent, not a notice sent by a system. */
const singularWriter = /\bI(?:['’](?:m|ve|ll|d))?\b/;
/** What the customer sent or asked, named: "your request", "the issue you reported", "as you mentioned". */
const repliesTo =
  /\byour (?:question|request|e-?mail|message|note|report|ticket|enquiry|inquiry|query|concern|complaint|feedback|comment|post|reply|issue|problem|call|chat)s?\b|\byou(?:['’]ve| have)? (?:asked|mentioned|reported|wrote|said|requested|contacted|reached out|told|sent|shared|raised|flagged|noticed|described|explained|experienced|encountered)\b|\b(?:as|like) you (?:asked|requested|mentioned|said)\b/i;
/** A word by which a writer speaks to a reader, or of themselves. */
const person = /\b(?:you|your|yours|yourself|u|i|we|our|ours|us|me|my)\b|\b(?:i|we)['’]/i;

/** A body that is one bracketed note, not a link's text: "[No public comment - internal action only]". */
const agentNote = /^\[[^[\]\n]{1,200}\]$/u;

/** True when the text holds a stand-in and, without its stand-ins and closing punctuation, no letter. */
function isOnlyStandIns(text: string): boolean {
  const standIns = findPlaceholders(text).filter((p) => isStandIn(p.text));
  if (standIns.length === 0) return false;
  let rest = '';
  let at = 0;
  for (const p of standIns) {
    rest += text.slice(at, p.start);
    at = p.end;
  }
  rest += text.slice(at);
  return !/\p{L}/u.test(rest);
}

function item(range: Range | undefined, expected: boolean): ChecklistItem {
  return range ? { present: true, expected, range: { start: range.start, end: range.end } } : { present: false, expected };
}

type Found = Omit<Checklist, 'acknowledgement' | 'explanation'>;

/**
 * A reply's checklist. No rule reads the acknowledgement or the explanation
 * (the score and the report do), so they are looked for when first asked.
 * They are getters on the class, not in an object literal: a literal with
 * accessors is built on V8's slow path, which cost more than the two searches.
 * `settled()` and JSON give every part as a plain property.
 */
class ReplyChecklist implements Checklist {
  readonly greeting: Checklist['greeting'];
  readonly apology: Checklist['apology'];
  readonly nextStep: ChecklistItem;
  readonly thanks: ChecklistItem;
  readonly closingInvitation: ChecklistItem;
  readonly signOff: ChecklistItem;
  // Private fields, so the reply's analysis is no part of what the checklist lists, prints or serialises.
  readonly #context: ReplyContext;
  readonly #source: MatchSource;
  readonly #signals: Signals;
  /** Whether an acknowledgement is due: something went wrong. */
  readonly #due: boolean;
  /** Whether an explanation is due: something went wrong, or a decision was made. */
  readonly #explain: boolean;
  /** Whether the body only thanks the customer or is glad with them: a reply to praise. */
  readonly #gratitude: boolean;
  #acknowledgement: ChecklistItem | undefined;
  #explanation: ChecklistItem | undefined;

  constructor(context: ReplyContext, source: MatchSource, signals: Signals, due: boolean, explain: boolean, gratitude: boolean, found: Found) {
    this.#context = context;
    this.#source = source;
    this.#signals = signals;
    this.#due = due;
    this.#explain = explain;
    this.#gratitude = gratitude;
    this.greeting = found.greeting;
    this.apology = found.apology;
    this.nextStep = found.nextStep;
    this.thanks = found.thanks;
    this.closingInvitation = found.closingInvitation;
    this.signOff = found.signOff;
  }

  /** See `onlyGratitude`. */
  get gratitudeOnly(): boolean {
    return this.#gratitude;
  }

  get acknowledgement(): ChecklistItem {
    this.#acknowledgement ??= item(findSentence(this.#context, this.#source, this.#signals.acknowledgement), this.#due);
    return this.#acknowledgement;
  }

  get explanation(): ChecklistItem {
    this.#explanation ??= item(findSentence(this.#context, this.#source, this.#signals.explanation), this.#explain);
    return this.#explanation;
  }

  toJSON(): Checklist {
    return settled(this);
  }
}

/** Every part of a checklist as a plain property, holding nothing of the reply's analysis (a spread would miss the getters). */
/**
 * Whether the reply only thanks the customer or is glad with them ("This made our day, thank you!"): a reply to praise,
 * which has no case to move and nothing "else" to invite the customer back about.
 */
export function onlyGratitude(checklist: Checklist): boolean {
  return checklist instanceof ReplyChecklist && checklist.gratitudeOnly;
}

export function settled(checklist: Checklist): Checklist {
  const { greeting, acknowledgement, apology, nextStep, explanation, thanks, closingInvitation, signOff } = checklist;
  return { greeting, acknowledgement, apology, nextStep, explanation, thanks, closingInvitation, signOff };
}

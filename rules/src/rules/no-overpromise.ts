import { defineRule } from '../define-rule.js';
import { compileTable, reportTable, type PhraseEntry, type PhraseHit } from '../phrases.js';
import { arabicOverpromise } from './no-overpromise-ar.js';
import { modelOf } from '../model/reply-model.js';
import { english } from '../lang/en/reader.js';
import type { ReplyContext } from '../context.js';
import { SpansInOrder } from '../structure.js';
import type { Report } from '../types.js';
import { lowerCase, lowered, type Lowered } from '../lowered.js';

const note =
  '"Under-promise and over-deliver … be especially careful about time … don\'t make promises in areas you can\'t fully control, like ambitious shipping times" (Customer Service 101, "Set the right expectations"). Commit to a time only when you are sure you can keep it (How to Deliver Excellent Customer Service), and claim nothing you can\'t deliver (Customer Service Online, credibility).';

/** A sentence that already hedges or speaks of the writer's own action needs no hedge. */
const hedged = lowered(/\b(?:should|usually|typically|normally|generally|expect(?:ed)?|estimated?|likely|may|might|could|hope|hopefully|aim|try|tries|trying|approximately|about|around|up to|in most cases|most orders)\b/i);

/**
 * What comes before a hit in its own clause: a hedge said of one thing does not hedge the next thing joined to it with a
 * "will" of its own ("The wheels should be on PyPI within the hour and the Debian package will be updated by Friday").
 * A clause starts after a semicolon, after ", and"/", but", or after "and"/"but" that open a new subject.
 */
const clauseOpening = /(?:;|,\s*(?:and|but|while|whereas)\b|\b(?:and|but|while|whereas)(?=\s+(?:the|your|their|our|its|this|that|these|those|it|they|he|she|we|i|you)\b))/gi;
function clauseStart(before: string): number {
  let start = 0;
  // Only after a clause with a verb of its own: "usually you and your family will receive it" is one clause.
  for (const m of before.matchAll(clauseOpening)) if (finiteWord.test(before.slice(start, m.index))) start = m.index + m[0].length;
  return start;
}
const finiteWord = /\b(?:will|would|shall|should|could|can|may|might|must|is|are|was|were|be|been|has|have|had|does|do|did)\b|['’](?:ll|s|re|ve|d)\b/i;
/** A hedge in the hit's own clause, before it. */
const hedgedBefore = (hit: PhraseHit): boolean => hedged.test(lowerCase(hit.before.slice(clauseStart(hit.before))));

/**
 * The writer's own action: "I'll look into it right away", "we will issue a refund immediately".
 * A third party named after the writer ("… and the courier will …") is no longer the writer's action.
 */
const firstPerson = lowered(/\b(?:i|we|let me|let us)\b/i);
const thirdParty = lowered(/\b(?:it|they|(?:your|the) (?:order|package|parcel|refund|delivery|item|replacement|courier|carrier|bank|payment|team|engineers?|technician|issue|fix|update))\s+(?:will|['’]ll|is going to|should)\b/i);
const isOwnAction = (hit: PhraseHit): boolean => {
  const clause = hit.before.split(/[,;:]|\band\b|\bbut\b/i).at(-1) ?? '';
  return firstPerson.test(lowerCase(hit.before)) && !thirdParty.test(lowerCase(clause));
};

/** Things whose timing others control: couriers, banks, other teams, stock. A hard time about anything else is the writer's to keep. */
const othersControl =
  lowered(/\b(?:orders?|packages?|parcels?|deliver\w*|ship\w*|refunds?|money|credit\w*|payments?|replacements?|courier|carrier|bank|team|engineers?|fix(?:es|ed)?|updates?|respon\w*|repl(?:y|ies)|emails?|technician|stock|items?|funds|arriv\w*|process\w*|resolv\w*|restor\w*|back online)\b/i);

/**
 * The company's own people serving the customer: "someone will be contacting
 * you today", "our agents will be there to assist you", "our expert will be
 * back in the office on Monday", "you'll be contacted within 14 days by our
 * Product Quality Team"; and its own vehicles: "our limousine will leave from
 * your address at 10:50". The writer's side keeps that time: it is a
 * commitment, not a promise about what others control. Read on text with its
 * white space made single.
 */
const ownPeople =
  /\b(?:someone(?: from (?:our|the) (?:\w+ )?team)?|(?:a member|one|members) of (?:our|the|my) (?:\w+ )?team|our (?:[\w-]+ ){0,2}(?:team|agents?|experts?|specialists?|staff|representatives?|reps?|advisors?|advisers?|colleagues?|technicians?|engineers?|developers?|consultants?|coordinators?|managers?|supervisors?|crew|fitters?|installers?|drivers?|movers?|cleaners?|porters?|surveyors?|inspectors?|builders?|vans?|cars?|limousines?|limos?|coach(?:es)?|minibus(?:es)?|buses|bus|shuttles?|trucks?|lorr(?:y|ies)|vehicles?|boats?)|my (?:\w+ )?(?:colleagues?|team|manager|supervisor))\b/i;
const serviceAfterPeople =
  lowered(/^(?:will|['’]ll|is going to|are going to|should)(?: be)? (?:contact|call|email|reach|follow|get back|be in touch|in touch|there|back|available|assist|help|look|review|connect|discuss|reply|respond|speak|talk|touch base|ring|message|contacting|calling|emailing|reaching|assisting|helping|getting back|following|arrive|arriving|come|coming|visit|attend|turn up|build|install|fit|set up|collect|deliver|pick up|drop off|bring|take|carry|move|remove|repair|mend|service|replace|swap|assemble|unload|leave|depart|set off|pick you up|meet you)\b/i);
/**
 * What the company's own systems do on their own clock: "your account will be closed in 30 days", "your password will
 * expire in 90 days", "the trial ends on 3 May", and what it takes: "your direct debit of £46 will go out on the 1st",
 * "the charge is upheld and will be taken from the card on 4 March". No courier or bank decides it.
 */
const ownSystem = lowered(
  /\b(?:your|the|this) (?:[\w-]+ )?(?:account|password|subscription|plan|trial|membership|session|link|code|token|offer|promotion|promo|discount|coupon|voucher|invitation|invite) (?:will|['’]ll|is going to) (?:be (?:closed|deleted|cancell?ed|deactivated|locked|removed|renewed|reset|disabled|suspended|archived)|expire|close|end|renew|lapse|reset|run out|stop working)\b|\b(?:direct debit|payment|charge|fee|instal?ment|premium|subscription|balance)(?: of [^ ]+)?(?: [a-z]+){0,3}? (?:will|['’]ll|is going to) (?:go out|come out|be (?:taken|collected|charged|debited))\b/i,
);
/**
 * The customer's data deleted on the company's own clock: "all personal data linked to it will be permanently removed
 * within 30 days" (a pattern of its own beside `ownSystem`, which is at the ReDoS check's budget).
 */
const ownData = lowered(/\b(?:(?:your|all|the|any) (?:personal |account |stored |associated )?(?:data|information|records|details)(?: (?:linked|associated|connected|tied) (?:to|with) (?:it|them|your account|the account|this account))?|your (?:[a-z]+ )?(?:account|profile|workspace)(?: and (?:all |any )?(?:(?:its|your|the) )?(?:associated |stored |personal )?(?:data|information|records|details|files))?) (?:will|['’]ll|is going to) be (?:permanently |securely |automatically |fully )?(?:deleted|removed|erased|anonymi[sz]ed|destroyed|closed)\b/i);
/** The customer's booking with the company itself: "your next lesson is now on Wednesday 9 April at 4.30pm". */
const ownBooking = lowered(/^\W*(?:your|the|our) (?:next |new |first |rescheduled |rebooked )?(?:lesson|appointment|session|class|booking|consultation|meeting|fitting|viewing|tour|reservation|check-?up|treatment|course)s? (?:is|are|will be|has been moved|has been rebooked)\b/i);
/** Work done by the company's own people, in the passive: "the survey will be done by one of our inspectors". */
const doneByOwn = lowered(/\b(?:be|being) (?:[a-z]+ ){1,2}by (?:one of |a member of |members of |someone (?:from|in) )?(?:our|my)\b/i);
const servedBy = lowered(/\b(?:be|being) (?:contacted|called|emailed|assisted|helped|messaged|reached) (?:[^.!?]{0,60} )?by (?:someone|our|a member|one of|my|the \w+ team)\b/i);
function ownService(text: string): boolean {
  const flat = text.replace(/\s+/g, ' ');
  const lower = lowerCase(flat);
  if (servedBy.test(lower) || ownSystem.test(lower) || ownData.test(lower) || doneByOwn.test(lower) || ownMessages.test(lower) || ownPremises.test(lower) || ownBooking.test(lower)) return true;
  const people = ownPeople.exec(flat);
  return people !== null && serviceAfterPeople.test(lowerCase(flat.slice(people.index + people[0].length).trimStart()));
}

/** "We're unable to guarantee", "I wish we could guarantee", "we can't promise": honest, not a promise. */
const negated = lowered(/\b(?:not|no|never|n['’]t|cannot|unable|wish|could|can['’]t)\b[^.!?]{0,25}$/i);

const outcome =
  '(?:arrive|depart|land|be on time|run on time|be delivered|be there|reach you|be shipped|ship|be dispatched|be back in stock|be restocked|be in stock|be fixed|be resolved|be sorted|be refunded|be credited|be processed|be approved|be replaced|be back online|be working|be released|be ready|be done|be completed|be live|be deployed|work|show up|appear|clear|go through|be reflected|be reversed|be available)';

/**
 * "will (definitely) arrive" → "should arrive", "it'll work" → "it should work", "it will then resolve" → "it should
 * then resolve": the promise hedged, the subject kept where the phrase opens with it.
 */
function shouldFor(actual: string): string {
  return actual.replace(/^(?:(\p{L}+)(?:['’]ll|\s+will)|will)(?:\s+(?:definitely|certainly|surely|absolutely))?/iu, (_m, subject?: string) => (subject ? `${subject} should` : 'should'));
}

/** A marker of certainty in the sentence that the hedge of the hit would leave: "Rest assured, it will arrive …". */
const sureElsewhere = (hit: PhraseHit): boolean => english.certaintyWords.test(`${hit.before} ${shouldFor(hit.actual)} ${hit.after}`);

/**
 * "Once we have the part, it will fix it": the writer's own deed in the condition before, read in code on the sentence so
 * far: a condition opening it, up to its comma, or one in the clause the promise is in ("… it will fix it after we …").
 */
function writerInCondition(before: string): boolean {
  const sentence = before.slice(-120).split(/[.!?]/u).at(-1) ?? '';
  const opening = /^\s*(?:if|once|when|after)\b([^,;]*)[,;]/iu.exec(sentence);
  if (opening && /\b(?:we|i|our team)\b/iu.test(opening[1]!)) return true;
  const clause = sentence.split(/,/u).at(-1) ?? '';
  const at = clause.search(/\b(?:if|once|when|after)\b/iu);
  return at !== -1 && /\b(?:we|i|our team)\b/iu.test(clause.slice(at));
}

const entries: PhraseEntry[] = [
  {
    pattern:
      "(?:(?:i|we) (?:promise|guarantee|can promise|can guarantee|assure you)(?: that)?,? )?(?:(?:this|it|that) (?:will never|won't ever|will not ever|won't|will not) (?:happen again|come back|recur|reappear)|(?:this|it|that) will never happen)",
    message: '"{actual}" promises what no one can guarantee',
    expected: ["we're taking steps so this doesn't happen again"],
  },
  {
    pattern: 'guarantee|guaranteed|guarantees',
    message: '"{actual}" is a promise about something you may not control; say what you expect instead',
    expected: [],
    // Only the verb promises: "we guarantee it will arrive", "delivery is guaranteed"; "our lifetime guarantee" is a product.
    unless: (hit) =>
      negated.test(lowerCase(hit.before)) ||
      !(/\b(?:i|we|can|will|['’]ll|to|is|are|be|it['’]s|that['’]s)\s+$/i.test(hit.before) || /^\s+(?:that|you|it|your|delivery|arrival|to)\b/i.test(hit.after) ||
        // An outcome called guaranteed: "with guaranteed next-day delivery", "guaranteed arrival by Friday".
        /^\s+(?:[\w-]+\s+)?(?:delivery|arrival|dispatch|shipping|refund|turnaround|response|repair|fix|approval)\b/i.test(hit.after)),
  },
  {
    pattern: 'i promise|we promise|i can promise|we can promise|i assure you|we assure you|i can assure you|we can assure you',
    message: '"{actual}" promises an outcome; describe the steps you are taking instead',
    expected: [],
    // An assurance about what already happened ("I can assure you it did") promises nothing to come;
    // one about the company's own service ("we assure you that you will be assisted") is the writer's to keep.
    unless: (hit) =>
      /^\s+(?:that\s+)?(?:it|this|that|they|we|i|you|he|she|the \w+)\s+(?:did|was|were|had|has|have|is|are)\b(?!\s+(?:going|about)\b)/i.test(hit.after) ||
      /^\s+(?:that\s+)?(?:you(?:['’]ll| will) be (?:assisted|helped|looked after|taken care of|contacted|supported)|we(?:['’]ll| will) (?:do|help|assist|look|take care))\b/i.test(hit.after),
  },
  {
    // Certainty about a future outcome: "it will definitely be fixed", "100% sure it arrives".
    pattern: '(?:100\\s?%|one hundred percent) (?:sure|certain|guaranteed|fixed|resolved|sorted|working)|(?:definitely|certainly|surely|absolutely) (?:will|going to)',
    message: '"{actual}" sounds certain about something outside your control',
    expected: [],
    // "If I can update you sooner, I absolutely will": the writer's own action is theirs to be sure of.
    unless: (hit) => hedgedBefore(hit) || negated.test(lowerCase(hit.before)) || /\b(?:i|we)\s+$/i.test(hit.before),
  },
  {
    // A fix said to work for sure: "Restarting the router will fix it", "the new version will resolve this issue", "the app
    // will work fine again", "you won't receive such messages further". Whether it does is not the writer's to decide.
    pattern:
      "(?:will|(?:it|this|that)'ll) (?:definitely |certainly |surely |absolutely )?(?:(?:fix|resolve|solve|sort out|cure|clear up|get rid of) (?:(?:the|this|that|these|those|your) (?:issue|problem|error|bug|glitch|fault)s?|it|this|that|them|these)|work (?:fine|again|normally|properly|perfectly|as expected|as normal))|you (?:won't|will not) (?:be )?(?:receiv(?:e|ing)|get(?:ting)?|see(?:ing)?) (?:such|these|those|any (?:more|further)|any) (?:messages|calls|emails|texts|sms|notifications|spam|mails)",
    message: '"{actual}" sounds certain that the fix works, which is not yours to decide; say it should',
    expected: (hit) => (/^you/i.test(hit.actual) || sureElsewhere(hit) ? [] : [shouldFor(hit.actual)]),
    // The writer's own people fixing it ("we'll fix it", "our engineers will resolve this") are a commitment; so is the
    // customer's own work ("you'll fix it"), and a hedge or a no before it ("this may fix it", "it won't fix it").
    unless: (hit) =>
      hedgedBefore(hit) ||
      negated.test(lowerCase(hit.before)) ||
      /(?:\b(?:i|we|you|they|someone|(?:our|my) (?:[\w-]+ )?(?:team|teams|engineers?|technicians?|developers?|staff|agents?|colleagues?|experts?|specialists?))\s*|\b(?:i|we|you|they)['’]?)$/i.test(hit.before) ||
      writerInCondition(hit.before) ||
      // "I have put a hold on collections, so you will not receive any calls": what the writer's own deed stops.
      /\b(?:i|we)(?:['’]ve| have)? (?:now )?(?:put|placed|stopped|paused|suspended|removed|blocked|opted|unsubscribed|switched off|turned off|cancell?ed)\b/i.test(hit.before),
  },
  {
    pattern: `(?:will|(?:it|they|that|this|he|she)'ll) (?:definitely |certainly |surely |absolutely )?${outcome}`,
    message: '"{actual}" promises an outcome that depends on others; hedge it',
    // "Should arrive on Friday without fail" contradicts itself: with a certainty marker in the sentence, a person rewrites it.
    expected: (hit) => (sureElsewhere(hit) ? [] : [shouldFor(hit.actual)]),
    safe: true,
    unless: (hit) =>
      hedgedBefore(hit) ||
      /\b(?:i|we|you)\s*$/i.test(hit.before) ||
      /\b(?:i|we)['’]$/i.test(hit.before) ||
      // "Our crew will arrive on Thursday", "our fitters will be there by 9": the company's own people.
      ownPeopleBefore.test(hit.before) ||
      // What the company does or has ready on its own clock, as the model's reading of the clause leaves it too: "your key
      // cards will be ready at the front desk from 3pm".
      ownService(hit.sentence.text) ||
      // "The work will be done by one of our sworn translators": the company's own people, keeping their own time.
      /^\s+by (?:one of |a member of |members of |someone (?:from|in) )?(?:our|my)\b/i.test(hit.after) ||
      // The time may follow where it lands: "will land with your bank by Friday". ("On" needs a day or a date after it, or a
    // placeholder, which a template's prose holds as its stand-in "Nnnnn": "will appear on statements as …" says how.)
      !/^\s+(?:(?:with|in|into|to|at|on) (?:your|the) [a-z]+ )?(?:by|on (?:time\b|schedule\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d|the \d|[{[%$]|n{3,}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d)|in|within|today|tonight|tomorrow|this|next|before|first|at|immediately|instantly|right away|straight away|soon|shortly|asap|no later|the same day)\b/i.test(hit.after) ||
      // A time given as an estimate: "will appear within about an hour", "in roughly two days".
      /^\s+(?:within|in|after) (?:about|around|roughly|approximately|approx\.?|an estimated|up to)\b/i.test(hit.after) ||
      // "A credit that will appear on your December bill": the company's own bill.
      /^\s+on (?:your|the) (?:[a-z]+ ){0,2}(?:bill|invoice|account)\b/i.test(hit.after),
  },
  {
    pattern: 'immediately|instantly|right away|straight away|right now|at once|within (?:the )?(?:next )?(?:\\d+|a few|one|two|three|ten|an?|24|48) ?(?:minutes?|mins?|hours?|hrs?|business days?|working days?|days?)',
    message: '"{actual}" commits to a time you may not control; give a range you can keep',
    expected: (hit) => (/^within/i.test(hit.actual) ? [`usually ${hit.actual}`] : ['shortly', 'as soon as possible']),
    unless: (hit) =>
      isOwnAction(hit) ||
      // "You'll be contacted within 14 days by our Product Quality Team", "our team will follow up right away": the company's own
      // people keep their own time, as the writer does ("I'll look into it right away").
      ownService(hit.sentence.text) ||
      hedgedBefore(hit) ||
      negated.test(lowerCase(hit.before)) ||
      dependsOn.test(lowerCase(hit.sentence.text)) ||
      !/\b(?:will|['’]ll|is going to|are going to|guarantee)/i.test(hit.before) ||
      !othersControl.test(lowerCase(hit.sentence.text)),
  },
];

const table = compileTable(entries);
/**
 * A "never again" hedged before it, or made a rule of how the product works by a condition after it: "… again once it's
 * saved, as long as you stay signed in".
 */
const hedgedOrConditional = (hit: PhraseHit): boolean => hedgedBefore(hit) || /^[^.!?]{0,60}\b(?:as long as|provided|if|unless|once)\b/i.test(hit.after);
/** In a table of its own: added to the one above, the compiled pattern grew past what the ReDoS check decides. */
const neverAgain = compileTable([
  {
    // The same promise about the customer's lot: "you'll never be sat in a faulty seat with us again", "it will never
    // leak again". Not the writer's own ("we'll never share your number again").
    pattern: "(?:you|it|this|that|they)(?:'ll| will) never (?:[a-z-]+ ){1,8}?again",
    message: '"{actual}" promises what no one can guarantee',
    expected: [],
    unless: hedgedOrConditional,
  },
  {
    // A fault said not to come back: "it won't drop again", "they won't break down any more". Chance, wear and the
    // weather decide that.
    pattern: "(?:it|this|that|they) (?:won't|will not) (?:[a-z]+ )?(?:drop|break|fail|crash|freeze|disconnect|leak|jam|stick|recur|cut|stop|go|play|act|trip|overheat|flicker|buffer|lag)(?: (?:out|down|up|off|working))? (?:again|anymore|any more)",
    message: '"{actual}" promises what no one can guarantee',
    expected: [],
    unless: hedgedOrConditional,
  },
  {
    // The fault named, said never to come back: "this crash will never happen again", "the error won't ever come back".
    pattern: "(?:this|that|the) [a-z]+ (?:will never|won't ever|will not ever) (?:happen|occur|recur|come back|return|reappear)(?: again)?",
    message: '"{actual}" promises what no one can guarantee',
    expected: [],
    unless: hedgedOrConditional,
  },
  {
    // The fault said not to come back to the customer: "you won't get these dropouts again", "you won't see that error
    // again".
    pattern: "you (?:won't|will not) (?:get|see|have|experience|face|hit|notice|suffer) (?:these|this|that|those|the|any) (?:[a-z-]+ ){0,3}?(?:again|anymore|any more)",
    message: '"{actual}" promises what no one can guarantee',
    expected: [],
    unless: hedgedOrConditional,
  },
  {
    // The fault said to go on its own, for sure: "tap in again at any validator and it'll resolve", "it will clear up".
    pattern: "(?:it|this|that)(?:'ll| will) (?:definitely |certainly |surely |then )?(?:resolve|sort itself out|fix itself|clear up|go away)(?: itself)?",
    message: '"{actual}" sounds certain that the fix works, which is not yours to decide; say it should',
    expected: (hit) => (sureElsewhere(hit) ? [] : [shouldFor(hit.actual)]),
    safe: true,
    // (An emoji may end it: "… and it'll sort itself out 👍".)
    unless: (hit) => !/^\s*(?:[.!,;)]|\p{Extended_Pictographic}|$)/u.test(hit.after) || hedgedBefore(hit) || negated.test(lowerCase(hit.before)),
  },
  {
    // How others handle every delivery, said as a certainty: "gifts always arrive in perfect condition".
    pattern: "always (?:arrives?|turns? up|gets? there|reach(?:es)? you|comes?|lands?) (?:in (?:perfect|pristine|mint|great|good|excellent|top) condition|on time|undamaged|intact|safe and sound|safely|unharmed)",
    message: '"{actual}" promises what others decide; say what you expect, and what you will do if it goes wrong',
    expected: [],
  },
]);

export interface Options {
  /**
   * The team's real service levels ("within 2 business days"): a hard time is
   * then rewritten to the team's own number rather than a generic hedge.
   */
  serviceLevels: { firstResponse?: string; shipping?: string; refund?: string };
}

/** Which service level a sentence is about. */
function topic(sentence: string): keyof Options['serviceLevels'] | undefined {
  if (/\b(?:refund\w*|credit\w*|money|reimburs\w*|charge\w*|(?:bank |card )?statement)\b/i.test(sentence)) return 'refund';
  if (/\b(?:ship\w*|deliver\w*|arriv\w*|packages?|parcels?|orders?|courier|dispatch\w*)\b/i.test(sentence)) return 'shipping';
  if (/\b(?:repl(?:y|ies)|respon\w*|get back|contact\w*|hear from|emails?|answer\w*|call)\b/i.test(sentence)) return 'firstResponse';
  return undefined;
}

export default defineRule<Options>(
  {
    id: 'no-overpromise',
    description: 'Certainty about times or outcomes outside the writer\'s control',
    note,
    source: 'Customer Service 101, "Set the right expectations"; Customer Service Online, credibility; How to Deliver Excellent Customer Service, first rule',
    example: { bad: "Your package will arrive tomorrow.", good: "Your package should arrive tomorrow." },
    examples: { ar: { bad: 'سيصل طلبك غدًا.', good: 'من المتوقع أن يصل طلبك غدًا.' } },
    languages: ['en', 'ar'],
    scope: 'paragraph',
    defaultOptions: { serviceLevels: {} },
  },
  (context, options) => {
    if (context.language === 'ar') return arabicOverpromise(context);
    const main = reportTable(context, table);
    const taken = new SpansInOrder(main);
    // "This will never happen again" is the main table's, with its rewrite.
    const fromTable = [...main, ...reportTable(context, neverAgain).filter((r) => !taken.overlaps(r.start, r.end))].sort((a, b) => a.start - b.start);
    const timed = fromTable.map((report) => hedgedTime(context, report));
    // "will be processed" inside "will be processed within 24 hours": the hedge of the whole clause is the one report.
    const inside = (r: Report): boolean => timed.some((o) => o !== r && o.start <= r.start && r.end <= o.end && o.end - o.start > r.end - r.start);
    const reports = [...timed.filter((r) => !inside(r)), ...fromModel(context, fromTable)];
    const levels = options.serviceLevels;
    if (!levels.firstResponse && !levels.shipping && !levels.refund) return reports;
    // The time a report ends with, found in code (a pattern anchored at the end retries every "within" to the end).
    const timeAtEnd = (said: string): number => {
      let last = -1;
      for (const m of said.matchAll(/\b(?:immediately|instantly|right away|straight away|right now|at once|within)\b/giu)) last = m.index;
      return last !== -1 && !/[,;.!?]/u.test(said.slice(last)) ? last : -1;
    };
    return reports.map((report) => {
      const actual = context.text.slice(report.start, report.end);
      // The time alone ("within 3 days"), or a promise hedged up to it ("You'll see it … within 3 days" → "You should see
      // it … within 3 days").
      const alone = /^(?:immediately|instantly|right away|straight away|right now|at once|within)\b/i.test(actual);
      const hedge = alone ? undefined : report.expected[0];
      const timeInHedge = hedge ? timeAtEnd(hedge) : -1;
      if (!alone && !(hedge && timeAtEnd(actual) !== -1 && timeInHedge !== -1)) return report;
      const sentence = context.sentenceAt(report.start)?.text ?? '';
      const about = topic(sentence);
      const level = about ? levels[about] : undefined;
      if (!level) return report;
      const own = level.replace(/^usually\s+/i, '');
      // The team's own number comes first: "usually within 2 business days", or in the hedge, "should … within 2 business
      // days". (Once: the hedge the rule offers may already be the same words.)
      const first = hedge ? hedge.slice(0, timeInHedge) + own : `usually ${own}`;
      return { ...report, expected: [...new Set([first, ...report.expected])] };
    });
  },
);

/** What a courier, a bank or another team delivers to the customer; a placeholder may stand for it. */
const deliverable = lowered(/\b(?:refunds?|packages?|parcels?|orders?|money|funds|replacements?|credits?|payments?|items?|delivery|deliveries|shipments?|cards?|tickets?|response|reply|email|call|confirmation|amount)\b/i);
/** What comes to the customer: "in your bank account", "with you", "arrive", "credited". */
const reachesCustomer = lowered(/\b(?:in your (?:bank )?account|in your bank|with you|to you|back to (?:you|your)|arrives?|arriving|reach(?:es)? you|lands?|credited|refunded|delivered)\b/i);
const placeholder = /[{%$[<][^{}%$[\]<>]{1,40}[}\]>%]/;
/** Who decides the time, said beside it: "this depends on your bank", "depending on your card issuer", "times vary". */
const dependsOn = lowered(
  /\b(?:(?:depends?|depending|dependent) on (?:your |the |each |which )?(?:bank|card|card issuer|issuer|provider|carrier|courier|payment method|payment provider|region|location|country|network|postal service)|(?:processing |delivery |shipping |transfer )?times? (?:may |can )?vary|this (?:may |can )?vary)\b/i,
);
/** "You'll get it tomorrow", "you will have them by Friday": what the customer receives, named by a pronoun. */
const receivedThing = lowered(/\byou(?:['’]ll| will) (?:(?:definitely|certainly|surely|absolutely|also|then|now) )?(?:receive|get|have|see) (?:it|them|yours|(?:the|your) [^!?,]{1,30}? back|your (?:money|refund|funds|credit|order|parcel|package|item|card|replacement))\b|\byou(?:['’]ll| will) (?:(?:definitely|certainly|surely|absolutely|also|then|now) )?be (?:refunded|credited|reimbursed|paid)\b/i);
/** A service others restore, said as the customer's: "you'll be back online by 3pm", "you'll be reconnected tomorrow". */
const backOnline = lowered(/\byou(?:['’]ll| will) (?:(?:definitely|certainly|surely|absolutely|all) )?be (?:back (?:online|up|up and running|in service|on)|reconnected|connected again)\b/i);
/** Money the customer will have: "you'll have the £1,240 in your bank", "you'll get the full amount". */
const receivedMoney = lowered(/\byou(?:['’]ll| will) (?:(?:definitely|certainly|also|then|now) )?(?:receive|get|have|see) (?:the |your )?(?:full )?(?:[£$€]\s?[0-9][0-9,.]*|money|amount|funds|payment|compensation|cash|balance|deposit|refund)\b/i);
/** The writer promising the delivery itself: "we'll get it to you by Friday", "I'll have them with you tomorrow". */
const toYou = lowered(/\b(?:get|have) (?:it|them|this|these|the [a-z]+|your [a-z]+) (?:to|with) you\b/i);

/** A passive whose unnamed agent is the writer: "will be passed on", "will be forwarded to the team", "this issue will be closed in 7 days". */
const writerPassive = lowered(
  /\bwill be (?:passed|forwarded|shared|logged|escalated|noted|recorded|raised|reported|flagged|sent (?:to|on)|fed back|added to)\b|\b(?:it|this|the (?:issue|ticket|thread|topic|pr|pull request|request|case|post|discussion)) will be (?:closed|locked|archived|marked|reopened)\b/i,
);

/** Goods the writer's side receives from a supplier: "we'll be receiving stock", "we're getting a new shipment". */
const supplied = lowered(/\b(?:receiv\w*|get(?:ting)?) (?:(?:a|the|more|new|some|our|fresh|another) )*(?:stock|shipments?|deliver(?:y|ies)|restock|inventory|supplies)\b/i);
/**
 * An outcome in the present tense, read on single-spaced text: "the new stock arrives on Monday", "your parcel ships
 * tomorrow", "refunds are credited in 3-5 business days"; and a visit by someone others send: "the engineer is coming tomorrow at 9".
 */
const presentOutcome =
  lowered(/\b(?:it|(?:the|your|our|this|that) (?:[\w-]+ ){0,2}(?:order|package|parcel|refund|delivery|item|replacement|stock|shipment|card|money|funds|credit|payment|product|fix|update|release)s?)\s+(?:arrives|ships|lands|goes out|gets (?:delivered|there|to you)|(?:is|are) (?:delivered|dispatched|shipped|restocked|back in stock|credited|refunded|reflected)|(?:is|are|['’]s|['’]re) (?:arriving|landing|being delivered|being shipped|reaching you))\b|\b(?:the|your|a|an|our partner(?:['’]s)?) (?:[\w-]+ )?(?:engineer|technician|courier|driver|fitter|installer|plumber|electrician)(?: from [\w-]+)?\s+(?:(?:is|['’]s|will be) (?:coming|arriving|visiting|due|there|with you)|arrives|comes|visits|calls)\b|\b(?:the|your|this|that) (?:[\w-]+ )?(?:charge|overcharge|hold|pending (?:charge|payment)|pre-?authori[sz]ation)\s+(?:drops off|comes off|falls off|disappears|clears|is released|is reversed)\b|\bthe (?:storm|weather|rain|snow|wind|fog|swell|traffic)\s+(?:clears|eases|passes|dies down|stops|calms|lifts|improves)\b/i);
/** Money said to land, the bank's doing: "… and lands in your account tomorrow morning" (a pattern of its own, read after the one above). */
/**
 * Anything of the customer's that ships or arrives with them, and the same said after a comma or "and" with its subject
 * before it: "the charger is back in stock, ships Monday and lands with you Wednesday" (a pattern apart, read after those
 * above). A timetable is no delivery: "DL159 leaves at 12:31 pm and arrives in ICN at 4:30 pm" tells the schedule.
 */
const shipsOrArrives = lowered(/\b(?:the|your|this|that) (?:[\w-]+ ){0,2}[\w-]+ (?:ships|(?:arrives|lands) (?:with you|at your|on your|to you|tomorrow|today))\b|(?:,|\band) (?:then )?(?:ships|(?:arrives|lands) (?:with you|at your|on your|to you))\b/i);
const landsInAccount = lowered(/\b(?:lands|clears|shows up|hits) (?:in|on) your (?:bank )?(?:account|card|statement)\b/i);
/** The verbs shipsOrArrives needs, looked for first: most sentences have none, and the pattern tries several words at each "the". */
const shipsCue = /\b(?:ships|arrives|lands)\b/;
/** Where a present tense of arrival is told, in a lower-cased text: the first of the three patterns above that matches. */
function arrivalIn(text: Lowered): { index: number; length: number } | undefined {
  return presentOutcome.find(text) ?? landsInAccount.find(text) ?? (shipsCue.test(text) ? shipsOrArrives.find(text) : undefined);
}
/** What the customer receives through others, whatever the verb: a thing or money had, a service back. */
/** Word from someone else: "you'll hear from the assessor by Wednesday" (not from the writer's side: "from us", "from the team"). */
const hearFromOthers = lowered(/\byou(?:['’]ll| will) (?:(?:definitely|certainly|surely|also|then) )?hear (?:back )?from (?:the (?!team\b|office\b|desk\b)[a-z]+|your [a-z]+|their [a-z]+|them\b)/i);
/**
 * What the customer will be doing once others have done their part: "you'll be boarding by 11:30", "you'll be able to
 * install it by the weekend" (not what they can do from now on: "… and you'll be able to use it today").
 */
const customerUnderWay = lowered(/\byou(?:['’]ll| will) (?:(?:definitely|certainly|surely|also|then|now) )?be (?:able to [a-z]+(?![^.!?,;\n]*\b(?:today|now|straight away|right away)\b)|boarding|flying|taking off|departing|on your way|on board|up and running)\b/i);
const receivedByCustomer = (text: Lowered): boolean => receivedThing.test(text) || receivedMoney.test(text) || backOnline.test(text) || hearFromOthers.test(text) || customerUnderWay.test(text);
/** A release to come, the time of a fix or a feature: "in the next release", "in our upcoming update". */
const release = /\bin (?:the|our) (?:next|upcoming|coming) (?:official |major |minor |stable )?(?:release|update|version|build|patch)\b/i;

/** What the customer has a time to do: "for sending the old hub back", "to return it". */
// Read on the 50 characters before the time, within its sentence.
const customersDeadline = /\b(?:for|to) (?:send|sending|return|returning|post|posting|drop|dropping|bring|bringing|claim|claiming|cancel|cancelling|canceling)\b/i;
/** The company's own messages and papers, which the customer receives from it: "a new confirmation email from us". */
const ownMessages = lowered(/\byou(?:['’]ll| will) (?:also |then |now )?(?:receive|get) (?:a |an |the |your )?(?:new |updated |automatic |short |separate |further )?(?:confirmation |booking |policy |order |shipping |dispatch |tracking )?(?:e-?mails?|texts?|sms|messages?|letters?|confirmations?|documents?|links?|codes?|notifications?|receipts?|invoices?|(?<=tracking )numbers?)\b(?! from (?:the|your|their) (?!team\b))/i);
/** The company's own premises in the clause: "being packed at our warehouse", "after it reaches our depot". */
// And what the company has ready at its own desk: "your key cards will be ready at the front desk from 3pm".
const ownPremises = lowered(/\b(?:leave|leaves|leaving) us\b|\b(?:at|in|from|to|reaches|reach|leaves|leave) our (?:[a-z]+ )?(?:warehouse|depot|store|shop|workshop|office|kitchen|bakery|factory|lab|studio|returns centre|returns center|branch)\b|\bready (?:for (?:collection|pick-?up) |to (?:collect|pick up) )?(?:at|from) (?:the|our) (?:front desk|reception|desk|counter|box office|concierge|service desk|ticket desk|check-?in desk)\b/i);
/** A carrier's or a system's word relayed: "their tracking shows it as due", "it's showing as due on Friday". */
const relayed = lowered(/\b(?:tracking|the app|the system|their system|our system|the portal|the website|their website)\b[^.!?]{0,30}\b(?:shows?|showing|says|lists?|has it)\b|\b(?:is|are|['’]s) (?:now )?(?:showing|listed) as\b/i);
/** The company's own people right before the promise: "our crew", "our fitters", "my team". */
const ownPeopleBefore = /\b(?:our|my) (?:[\w-]+ ){0,2}(?:team|crew|drivers?|fitters?|installers?|engineers?|technicians?|staff|movers?|cleaners?|vans?|riders?|porters?|tutors?|nurses?|inspectors?|surveyors?|builders?|decorators?|gardeners?|chefs?|caterers?|guides?)\s*$/i;
/** A reassurance opening the sentence: "Don't worry", "No need to worry", "Not to worry". */
const reassurance = /^\W*(?:(?:but|so|and) )?(?:(?:please )?(?:don['’]t|do not) (?:worry|panic|fret)|no (?:need to )?worr(?:y|ies)|not to worry|rest easy)\b/i;
/** A time named by another in the reply: "the insurer will have your cover switched over before then", "in time for the trip". */
const relativeTime = /\b(?:before|by) then\b|\bin (?:good )?time for (?:the|your) [a-z]+|\b(?:by|on|before) the \d{1,2}(?:st|nd|rd|th)\b/i;

/** Markers that qualify the outcome itself, wherever they stand. */
const outcomeMarker = /^(?:for sure|without fail|100\s?%|one hundred percent|.*\bfor good|(?:definitely|certainly|surely|absolutely) [a-z]+|without (?:any|a) (?:trouble|problems?|hitch(?:es)?|delays?|issues?)|no (?:problems?|bother|hassle)|you(?:['’]ll| will) be (?:fine|sorted) for)$/i;

/** Only white space, a comma or a preposition of time between a clause and a time: the time is the clause's. */
const timeJustAfter = (gap: string): boolean => /^[\s,]*(?:(?:before|by|until|till|within|on|at|in|no later than)\s+)?$/i.test(gap);

/** A word that turns what follows aside from a plain promise: a negation, a contrast, a condition. */
const turnsAside = /\b(?:not|never|no|but|or|if|unless|once|when)\b|n['’]t\b/iu;

/**
 * The "will" of a promise (or "'ll", "is going to"), with "definitely" and the like after it: the last in the text
 * searched, which may end right after it, where a marker stands ("will 100% be back").
 */
const promiseModal = /(?:\b(?:will|shall)|['’]ll|\b(?:is|are|['’]s|['’]re) going to)(?:\s+(?:definitely|certainly|surely|absolutely))?(?=\s+[a-z]|[\s,]*$)/giu;

/**
 * The promise hedged: from its "will" (found in `clause`..`time`, the clause the reported time or marker bears on) to
 * the end of what is reported, "should" in place of the modal and the text up to `keepTo` kept. Only where nothing in
 * between would make the rewrite wrong: another clause, a negation, a question, a line break, or more than a short
 * clause's length.
 */
function hedgeFrom(text: string, clause: number, time: number, keepTo: number, end: number): { start: number; rewrite: string } | undefined {
  const searched = text.slice(clause, time);
  let found: RegExpExecArray | undefined;
  promiseModal.lastIndex = 0;
  for (let m = promiseModal.exec(searched); m !== null; m = promiseModal.exec(searched)) found = m;
  if (!found) return undefined;
  const after = clause + found.index + found[0].length;
  // What stands between the modal and the time reported ("between 8am and 12pm" is one time, not a second clause).
  // ("up and running" is one state, not a second clause; the colon of a clock time, "by 11:30", opens nothing.)
  const between = withoutRanges(text.slice(after, time)).replace(/\bup and running\b/giu, 'running').replace(/\b\d{1,2}:\d{2}\b/gu, '0');
  if (/[\n;:?!]|\band\b/iu.test(between) || turnsAside.test(between)) return undefined;
  const kept = text.slice(after, keepTo);
  return withShould(text, clause + found.index, found[0], kept, end);
}

/**
 * "will" (or "'ll", "is going to", with "definitely" after it) at `start` made "should", `kept` after it. A contraction
 * takes its word along: "you'll have it" → "you should have it", "it's going to" → "it should".
 */
function withShould(text: string, start: number, modal: string, kept: string, end: number): { start: number; rewrite: string } | undefined {
  // "Will" opening a sentence asks: "Will it arrive by Friday?" is no promise, and no rewrite is made of it.
  if (/^Will\b/u.test(modal)) return undefined;
  let from = start;
  let word = '';
  if (/^['’]/u.test(modal)) {
    while (from > 0 && /\p{L}/u.test(text[from - 1]!)) from--;
    word = `${text.slice(from, start)} `;
    if (word === ' ') return undefined;
  }
  if (end - from > 120) return undefined;
  return { start: from, rewrite: `${word}should${kept}` };
}

/** The text with each "between … and" made "between" (read in code: a lazy pattern is quadratic on many "between"s). */
function withoutRanges(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  let from = 0;
  for (let at = lower.indexOf('between ', from); at !== -1; at = lower.indexOf('between ', from)) {
    const and = lower.indexOf(' and', at + 8);
    const stop = lower.slice(at + 8, and === -1 ? lower.length : and).search(/[,;]/u);
    if (and === -1 || stop !== -1 || /\w/u.test(lower[and + 4] ?? '')) {
      out += text.slice(from, at + 8);
      from = at + 8;
      continue;
    }
    out += text.slice(from, at + 7);
    from = and + 4;
  }
  return out + text.slice(from);
}

/** A state of now: "is back in stock", "are available", "is open", "is out for delivery with DPD today", "is on the van". */
const presentState = lowered(
  /\b(?:is|are|['’]s|['’]re) (?:now |all |also |already )?(?:back )?(?:in stock|available|open|live|on sale|ready|on (?:the )?shelves|restocked|in store|out for delivery|on (?:the|its|their) (?:van|way)|in transit|with the (?:courier|driver))\b/i,
);

/** "… and will …" after a promise, with no subject of its own: the same subject promising again. */
const secondWill = /^([^.!?;:\n]{0,80}?\band )will(?=\s+[a-z])/u;

/** A marker that is the modal itself: "will definitely", "'ll certainly". */
const modalMarker = /^(?:will|['’]ll)\s+(?:definitely|certainly|surely|absolutely)$/iu;

/**
 * A time the table reports ("within 5 working days") in a clause whose "will" makes it certain: the rewrite hedges the
 * "will" ("Your bank will credit the amount within 5 working days" → "should credit the amount within 5 working days")
 * rather than adding "usually" after a certain "will".
 */
function hedgedTime(context: ReplyContext, report: Report): Report {
  if (!/^usually within\b/.test(report.expected[0] ?? '')) return report;
  const sentence = context.sentenceAt(report.start);
  if (!sentence) return report;
  const before = context.text.slice(sentence.start, report.start);
  const clause = sentence.start + Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1;
  const hedge = hedgeFrom(context.text, clause, report.start, report.end, report.end);
  return hedge ? { ...report, start: hedge.start, expected: [hedge.rewrite], safe: true } : report;
}

/** What the phrase table does not see: a certain time for an outcome others control, in any form, and certainty markers. */
function fromModel(context: ReplyContext, table: readonly Report[]): Report[] {
  const reports: Report[] = [];
  const reported = new SpansInOrder(table);
  for (const { sentence, reading } of modelOf(context).body) {
    // A sentence led by a step ("you can grab a nightly build, otherwise the fix will ship in the next release") is
    // hedged by the step's "can", which says nothing of the clauses after it: those are judged clause by clause below.
    // ("Don't worry about the delay: you'll make the connection without any trouble": the reassurance before it hedges
    // nothing; the clauses after it are judged as they stand.)
    const stepLed = reading.modality !== 'certain' && !reassurance.test(sentence.text);
    // "It should be there tomorrow without fail": a marker of certainty takes back the hedge.
    const sure = (c: { start: number; end: number }): boolean => reading.certainty.some((m) => m.start >= c.start && m.end <= c.end);
    // "…fixes it for good", "…arrives without fail": a marker on the outcome itself, not a frame before a claim ("rest assured that …").
    const sureOutcome = (c: { start: number; end: number }): boolean =>
      reading.certainty.some((m) => m.start >= c.start && m.end <= c.end && outcomeMarker.test(context.text.slice(m.start, m.end)));
    const hedgedButSure = reading.modality === 'hedged' && sure(sentence);
    // A hedge said of one thing leaves the next thing joined to it with a "will" of its own as it stands: "The wheels
    // should be on PyPI within the hour and the Debian package will be updated by Friday" is judged from its last clause.
    const lastOpens = reading.modality === 'hedged' ? clauseStart(sentence.text) : 0;
    const tailJudged = lastOpens > 0 && !hedged.test(lowerCase(sentence.text.slice(lastOpens)));
    const judgedFrom = tailJudged ? sentence.start + lastOpens : sentence.start;
    // A deed done first ("I've approved your refund, and it'll be back with you within 3 days") leaves the promise after it
    // to be judged clause by clause, as after a step.
    if ((stepLed && !hedgedButSure && !tailJudged && !(reading.acts[0] === 'step' && reading.modality === 'hedged') && reading.modality !== 'past') || context.isQuoted(sentence.start, sentence.end)) continue;
    if (reported.within(sentence.start, sentence.end)) continue;
    // "You'll see it within 5 days (this depends on your bank)": the time is given with who decides it.
    if (dependsOn.test(lowerCase(sentence.text))) continue;
    const promising = reading.clauses.filter((c) => {
      // A marker of certainty on an outcome makes a claim about what is to come in any tense: "this update fixes it for good".
      if (c.start < judgedFrom || (!c.future && !(c.outcome && sureOutcome(c))) || c.condition || (c.modality !== 'certain' && !(c.modality === 'hedged' && sure(c)))) return false;
      const said = context.text.slice(c.start, c.end);
      const written = context.original.slice(c.start, c.end);
      if (ownService(said)) return false;
      // "There will be more weekly gifts": news of what is to come, unless it is something delivered to the customer.
      if (/^\W*there (?:will|['’]ll)\b/i.test(said) && !deliverable.test(lowerCase(said))) return false;
      // "We'll be receiving stock tomorrow": what the writer receives, a supplier sends.
      // "We'll get it to you by Friday": the writer promises what a carrier delivers.
      if (c.agent === 'writer') return supplied.test(lowerCase(said.replace(/\s+/g, ' '))) || toYou.test(lowerCase(said.replace(/\s+/g, ' ')));
      // "You'll have it by Friday": what the customer receives comes through others, whatever the verb.
      // ("You'll make the Bergen connection without any trouble": what the customer will manage, sworn to, is others' to
      // make happen.)
      return c.agent === 'third' || receivedByCustomer(lowerCase(written)) || (c.outcome && (deliverable.test(lowerCase(written)) || placeholder.test(written) || reading.certainty.length > 0)) || (c.agent === 'customer' && sureOutcome(c));
    });
    // Of several clauses others control, the one that holds a time: "… it will be approved, so you'll have the £1,240 in
    // your bank by next Friday".
    // Of two with a time, the one that reaches the customer: "They'll post it tomorrow, and it will be with you by 1pm on
    // Friday" promises Friday (the posting may be the writer's own side's).
    const timed = promising.filter((c) => english.hardTime.test(context.text.slice(c.start, c.end)));
    const controlling = (timed.length > 1 ? timed.find((c) => reachesCustomer.test(lowerCase(context.text.slice(c.start, c.end)))) : undefined) ?? timed[0] ?? promising[0];
    const othersControl = controlling !== undefined;
    // "The new stock arrives on Monday", "your parcel ships tomorrow without fail": the present tense is as sure as "will".
    // Not in a clause hedged ("then it goes out tracked and usually arrives 1 to 2 days later").
    const flatSaid = !othersControl && !reading.clauses.some((c) => c.condition) ? lowerCase(sentence.text.replace(/\s+/g, ' ')) : undefined;
    const arriving = flatSaid === undefined ? undefined : arrivalIn(flatSaid);
    const arrivesAt = arriving !== undefined && !reading.clauses.some((c) => c.modality === 'hedged' && c.start <= sentence.start + arriving.index && sentence.start + arriving.index < c.end);
    // "The installer turns up between 8 and 10am", "it's on your doormat Friday": a present tense about someone or
    // something named, with a time to come in its own clause.
    // The clause is kept with the time found in it, which is the time reported.
    let scheduled: (typeof reading.clauses)[number] | undefined;
    let scheduledTime: { index: number; 0: string } | null = null;
    if (!othersControl && !arrivesAt && !reading.clauses.some((c) => c.condition)) {
      for (const c of reading.clauses) {
        if (!c.scheduled) continue;
        const said = context.text.slice(c.start, c.end);
        const time = english.scheduleTime(said);
        // ("The Pixel 8 is back in stock at our stores today": a state of now, told, is no promise of what comes.)
        const stateNow = time !== null && /^today$/i.test(time[0]) && presentState.test(lowerCase(said.replace(/\s+/g, ' ')));
        if (time !== null && !stateNow && !/^(?:this morning|immediately|instantly|right away|straight away|at once)$/i.test(time[0]) && !ownService(said)) {
          scheduled = c;
          scheduledTime = time;
          break;
        }
      }
    }
    if (!othersControl && !arrivesAt && !scheduled) continue;
    // "Your feedback will be passed on": the writer's own doing, in the passive.
    if (writerPassive.test(lowerCase(sentence.text))) continue;
    // The time in the clause others control, before any other in the sentence ("if you order today, you'll have it by Friday").
    const target = controlling ?? scheduled;
    // A time named by another ("before then") is read on the clause and the words just after it: "before" opens a clause.
    const controlled = controlling ? context.text.slice(controlling.start, controlling.end) : '';
    const reach = controlling ? context.text.slice(controlling.start, Math.min(sentence.end, controlling.end + 14)) : '';
    // (A date in the clause others control is as hard a time: "the £96 will be in your bank account on 28 March".)
    // Only what reaches the customer: "your final payment will be on 1 April", "your service will end on 28 June" are the
    // company's own calendar.
    const dated = controlling && reachesCustomer.test(lowerCase(controlled)) ? english.scheduleTime(controlled) : null;
    const inClause = scheduled ? scheduledTime : controlling ? english.hardTime.exec(controlled) ?? dated ?? (english.hardTime.test(sentence.text) ? null : relativeTime.exec(reach)) : null;
    // Beside a present tense of arrival, the time after it: "… went back to you today and lands in your account tomorrow
    // morning" promises tomorrow morning.
    const arrivalAt = arrivesAt && !inClause ? arrivalIn(lowerCase(sentence.text))?.index : undefined;
    const afterArrival = arrivalAt !== undefined ? english.hardTime.exec(sentence.text.slice(arrivalAt)) : null;
    const hard =
      inClause ??
      (afterArrival ? { 0: afterArrival[0], index: arrivalAt! + afterArrival.index } : null) ??
      english.hardTime.exec(sentence.text) ??
      (arrivesAt ? english.scheduleTime(sentence.text) : release.exec(sentence.text));
    const from = inClause ? target!.start : sentence.start;
    const time = hard ? { start: from + hard.index, end: from + hard.index + hard[0].length } : reading.times.find((t) => /[{%$[<]/.test(context.original.slice(t.start, t.end)));
    // In a sentence led by a step or a deed, the marker counts when it bears on the clause others control: inside it or
    // anywhere after its start ("… the fix will be on npm on Monday, 100%", "you'll receive the blazer before term starts
    // on the 4th, without fail").
    const bears = (m: { start: number; end: number }): boolean => !stepLed || (target !== undefined && m.start >= target.start);
    const marker = reading.certainty.find(bears);
    const at = marker ?? time;
    if (!at) continue;
    // A time in the writer's own clause beside the one others control is the writer's to keep: "They'll check the mast
    // and I'll message you here by 5pm tomorrow".
    if (!marker && controlling && reading.clauses.some((c) => c !== controlling && c.agent === 'writer' && !promising.includes(c) && c.start <= at.start && at.end <= c.end)) continue;
    // "Their tracking shows it as due on Thursday": what a carrier's system says, relayed, is no promise of the writer's.
    if (relayed.test(lowerCase(sentence.text.replace(/\s+/g, ' ')))) continue;
    // A time in a clause hedged on its own, beside the promise ("…, and after it reaches our warehouse the refund is
    // normally processed within 5 working days"), and a deadline the customer keeps ("a prepaid bag for sending the old
    // hub back within 30 days") are no time promised.
    if (!marker && reading.clauses.some((c) => c.modality === 'hedged' && c.start <= at.start && at.end <= c.end)) continue;
    if (!marker && customersDeadline.test(context.text.slice(Math.max(sentence.start, at.start - 50), at.start))) continue;
    // Nor a time in the customer's own clause: "you need to provide these within 14 days", "reply to this email within 7
    // days and the ticket will reopen" give the customer a deadline, whatever the clause after it says.
    // (Unless an outcome is told in the same clause: "just re-dock the bike and the overcharge drops off within 48 hours".)
    if (!marker && !arrivesAt && reading.clauses.some((c) => c.agent === 'customer' && !c.future && c.start <= at.start && at.end <= c.end && !receivedByCustomer(lowerCase(context.original.slice(c.start, c.end))))) continue;
    // "Many packages will be delayed for 10-15 business days": a delay relayed is bad news, not a promise.
    if (/\bdelayed (?:for|by)\s*$/i.test(context.text.slice(Math.max(sentence.start, at.start - 20), at.start))) continue;
    // In a step-led sentence only the clause others control is judged: "we can refund you right now" beside it is the writer's.
    // (The time may stand just after that clause, where "before" opened another: "… has left our warehouse and will be
    // with you before 6pm today".)
    if (stepLed && !(target && at.start >= target.start && (at.end <= target.end || at === marker || timeJustAfter(context.text.slice(target.end, at.start))))) continue;
    // The text as written: placeholders are read as names ("Nnnn") in context.text, and a message must quote what the writer wrote.
    const actual = context.original.slice(at.start, at.end);
    const deleted = marker !== undefined && /^(?:for sure|without fail|100\s?%|guaranteed)$/i.test(actual);
    // A marker deleted takes the space and the comma before it along ("back by Friday for sure!" → "back by Friday!",
    // "by Friday, guaranteed." → "by Friday."; not "Friday !" nor "Friday,.").
    let start = at.start;
    if (deleted) while (start > sentence.start && (context.text[start - 1] === ' ' || context.text[start - 1] === '\t' || context.text[start - 1] === ',')) start--;
    // Set off by commas on both sides right after the "will" ("will, for sure, arrive"), it takes the second comma too (not
    // after the time: "… before 12 tomorrow, guaranteed, every stem perfect").
    const end = deleted && context.text.slice(start, at.start).includes(',') && context.text[at.end] === ',' && /(?:\bwill|['’]ll)$/i.test(context.text.slice(sentence.start, start)) ? at.end + 1 : at.end;
    const message = marker ? `"${actual}" makes certain what others control; say what you expect instead` : `"${actual}" commits to a time others control; say what you expect ("should", "usually")`;
    // With the "will" that makes the promise, the rewrite hedges it: "will be with you by 1pm tomorrow for sure" → "should
    // be with you by 1pm tomorrow" (deleting the marker alone leaves the promise as certain as it was).
    const hedge =
      marker !== undefined && modalMarker.test(actual)
        ? withShould(context.text, at.start, actual, '', at.end)
        : marker === undefined || deleted
          ? hedgeFrom(context.text, target?.start ?? sentence.start, at.start, deleted ? start : at.end, end)
          : undefined;
    const otherMarkers = hedge !== undefined && reading.certainty.some((m) => m !== marker && (m.start < hedge.start || m.end > at.end) && m.start >= sentence.start && m.end <= sentence.end);
    // A second promise of the same subject after it ("… between 8am and 1pm and will have your connection back up the same
    // day") is hedged in the same rewrite: hedging the first alone leaves "should … and will".
    const again = hedge ? secondWill.exec(context.text.slice(end, sentence.end)) : null;
    const more = again && !turnsAside.test(again[1]!) ? again : null;
    if (hedge && !otherMarkers && more) reports.push({ start: hedge.start, end: end + more[0].length, message, expected: [`${hedge.rewrite}${more[1]}should`], safe: true });
    else if (hedge && !otherMarkers) reports.push({ start: hedge.start, end, message, expected: [hedge.rewrite], safe: true });
    else reports.push({ start, end, message, expected: deleted ? [''] : [] });
  }
  return reports;
}

import { defineRule } from '../define-rule.js';
import { findPlaceholders, holdsOpaqueContent } from '../placeholders.js';
import { compileTable, lastClause, matchTable, type PhraseEntry, type PhraseHit } from '../phrases.js';
import { imperativeVerbPattern, isImperativeVerb, isInstruction, numberedList, withoutFinalStops } from '../instructions.js';
import type { ReplyContext, Sentence } from '../context.js';
import type { Report } from '../types.js';
import { memoizeByConfig, perObject } from '../memo.js';
import { arabicUnclearInstructions } from './no-unclear-instructions-ar.js';
import { unclearNote as arabicNote } from './notes-ar.js';
import { modelOf } from '../model/reply-model.js';
import { SpansInOrder, emojiRunsBefore } from '../structure.js';
import { baseVerbs } from '../lang/en/verbs.generated.js';
import { contractions, openCompoundHead, openCompoundVerb } from '../lang/en/words.js';
import { arabicTradeTerms } from '../lang/ar/trade-terms.js';
import { alternation, arabicRegex } from '../arabic.js';

export interface Options {
  /** Terms the team's customers know; never reported as jargon. */
  glossary: string[];
  /** More terms to treat as jargon, beyond the built-in list. */
  jargon: string[];
  /** The most steps one sentence may hold before a numbered list reads better. */
  maxStepsPerSentence: number;
  /** Who reads the replies: `customers` (default), or a `technical` audience (an issue tracker), for whom technical terms are not jargon. */
  audience: string;
}

const note =
  'Write clear, direct answers that can\'t be misunderstood, and don\'t assume the customer knows what you know (the curse of knowledge). Don\'t just tell them to look it up; give step-by-step directions on how and where to find it. Long replies read better with bullets and line breaks (Customer Service 101, "Crystal-clear writing skills"; How to Deliver Excellent Customer Service).';

/** Read on the next few words with their white space made single, so no run of spaces can be matched two ways. */
const vagueObject =
  /^(?: (?:it|them|that|this|there|up|out|again|around|online|through|over|in))*(?: (?:your|the) (?:settings|account|inbox|email|app|website|site|page|profile|details|info|information|documentation|docs|faq|help cent(?:er|re)|manual|options|preferences|system|computer|phone|device))? ?(?:[.!,;)]|$| (?:and|or|then|to see|for)\b)/i;
const vagueAfter = (after: string): boolean => vagueObject.test(after.slice(0, 160).replace(/\s+/g, ' '));

// A picture that shows the way, not any mention of one: "the image below", "a video showing where", "see the screenshot"
// ("switch the video to the other option" names the camera's video, which points at nothing).
const shownInPicture = /\b(?:screenshots?|screen ?shots?|images?|pictures?|photos?|videos?|gifs?|recordings?)\b(?= (?:below|above|attached|shows?|showing|here|I (?:sent|attached|made)|we (?:sent|attached|made)))|\b(?:attached|as shown)\b|\b(?:see|in|on|from) (?:the|this|my|our) (?:screenshots?|screen ?shots?|images?|pictures?|photos?|videos?|gifs?|recordings?)\b/i;

/** A common step made light of, with nothing after it to say where or how. */
const lightEntry: PhraseEntry = {
  pattern:
    '(?:just|simply) (?:look|check|go|do|find|search|follow|use|try|update|reset|restart|log in|sign in|open|visit|change|install|download|clear|reinstall|refresh|google|fix|sort|figure|work)',
  message: '"{actual}" minimises a step the customer may not know how to do; say exactly where and how',
  expected: [],
  inConditions: true,
  unless: (hit) => !vagueAfter(hit.after),
};

/** Words that point at a place the customer is left to find. */
const vagueEntry: PhraseEntry = {
  pattern:
    '(?:the|that) (?:thing|stuff|thingy)|that (?:page|screen|menu|setting|option|button|section|link|tab|field|place|box|toggle|switch|slider|checkbox|tickbox|dropdown|icon|folder|directory|window|panel)|the other (?:page|screen|menu|setting|option|button|section|tab|field|box|one|toggle|switch|icon)|go (?:there|over there)|over there|in there|somewhere (?:in|on|under)|something like that|and so on',
  message: '"{actual}" is vague inside an instruction; name the exact page, button or setting',
  expected: [],
  inConditions: true,
  // "Could you clear it out from over there?" asks for a step as an order does (only instructions are read for these).
  inQuestions: true,
  // "I will attach an image showing where you can find that option": the picture names it. "Please note that Section 4.2
  // of your policy …": the "that" of a clause said, not a pointer.
  unless: (hit) => shownInPicture.test(hit.sentence.text) || (/^that\b/i.test(hit.actual) && clauseThat.test(hit.before.slice(-40))),
};

/**
 * A word of saying or knowing just before "that", which then opens what is said: "note that", "aware that" (not "check",
 * "make sure" or "find", whose "that" may point: "check that setting").
 */
const clauseThat =
  /\b(?:note|noted|know|known|aware|say|says|said|mean|means|believe|think|understand|advise|advised|inform|informed|realise|realize|appears?|seems?|explain|explains|explained|state|states|stated|mention|mentioned|told|learn|hope|agree|such|so|assume|expect|feel|guarantee|promise|recommend|suggest)\s+$/i;

/**
 * Where each noun of "that menu", "that page" is first named in the reply, as a word or its plural (not inside another
 * word: "tabletop", nor in another "that menu"), or -1: found once per noun and reply, so a reply of many pointers is
 * still read in one pass per noun.
 */
function firstNamed(text: string): (noun: string) => number {
  const lower = text.toLowerCase();
  const found = new Map<string, number>();
  return (noun) => {
    let first = found.get(noun);
    if (first !== undefined) return first;
    first = -1;
    for (let at = lower.indexOf(noun); at !== -1; at = lower.indexOf(noun, at + 1)) {
      const after = at + noun.length + (lower.charAt(at + noun.length) === 's' ? 1 : 0);
      // A mention that is itself "that menu" names nothing for a later one to point back at.
      if (!/[a-z]/.test(lower.charAt(at - 1)) && !/[a-z]/.test(lower.charAt(after)) && !/\bthat\s+$/.test(lower.slice(Math.max(0, at - 8), at))) {
        first = at;
        break;
      }
    }
    found.set(noun, first);
    return first;
  };
}

const entries: PhraseEntry[] = [
  lightEntry,
  {
    pattern:
      '(?:the|your) (?:usual|normal|standard|regular)(?: [a-z]+)? (?:steps|way|process|procedure|place|method|route|thing|spot)|as usual|the (?:same )?way you (?:always|normally|usually) do|(?:the (?:same )?way|like|as) you did (?:it |this |that )?(?:last time|before|previously)|(?:the )?same (?:way )?as (?:last time|before)|like last time|do the needful|(?:set (?:it|this|them|everything) up|configure (?:it|this|them)|install (?:it|this|them)|do (?:it|this|that)) (?:properly|correctly|the right way)',
    message: '"{actual}" assumes the customer knows the steps; spell them out',
    expected: [],
    inConditions: true,
    inQuestions: true,
  },
  vagueEntry,
  {
    // "Please contact the relevant department", "reach out to the concerned team": who, and how, is left to the customer.
    pattern:
      '(?:contact|approach|reach out to|speak (?:to|with)|talk to|get in touch with|write to|call|email|visit) (?:the|your) (?:relevant|concerned|appropriate|respective|responsible|right|correct|proper) (?:team|department|dept|person|people|office|authorit(?:y|ies)|party|parties|branch|store|section)',
    message: '"{actual}" does not say who or how; name the team and how to reach them',
    expected: [],
    inConditions: true,
    // A way to reach them in the same sentence names them well enough: "contact the relevant team on 0800 …".
    unless: (hit) => reachable.test(hit.before.slice(-200)) || reachable.test(hit.after.slice(0, 200)),
  },
  {
    // "Post it to the usual address", "use the normal form": which one is left to the customer's memory.
    // ("update it using the usual option in the app", "the usual menu", "the usual button": which control, too.)
    pattern: 'the (?:usual|normal|regular) (?:address|form|forms|paperwork|number|link|page|portal|channels?|contact|option|options|menu|button|setting|settings|screen|tab|field|toggle)',
    message: '"{actual}" assumes the customer knows which one; name it',
    expected: [],
    inConditions: true,
    inQuestions: true,
  },
  {
    // "Please fill in the relevant form": which form, and where it is, is left to the customer.
    pattern: '(?:fill (?:in|out)|complete|download|submit|print(?: off| out)?|use|send(?: us| in| back)?) (?:the|a) (?:relevant|appropriate|right|correct|proper) (?:form|forms|paperwork)',
    message: '"{actual}" does not say which form or where to find it; name it or link to it',
    expected: [],
    inConditions: true,
    // A link or a form's name in the same sentence says which: "fill in the relevant form (SA100) at gov.uk/…".
    unless: (hit) => /https?:|www\.|(?<![a-z0-9-])[a-z0-9-]+\.(?:com|org|net|gov|co|uk|io)\b|\(/i.test(hit.after.slice(0, 120)),
  },
];

const table = compileTable(entries);
/**
 * Pointers and minimisers in words the first table did not hold, in a table of their own for the ReDoS check's budget:
 * "tap the plate bit", "check the settings thing", "go back into the camera bit", "make sure it's on the right one", "the one
 * you added", "from where the receipt is", "a fresh map is all it needs".
 */
const moreEntries: PhraseEntry[] = [
  {
    pattern:
      '(?:tap|click|press|select|hit|open|use|check|find|into|go to|in|under) the (?:(?:[a-z]+ )?bit|[a-z]+ (?:thing|thingy))\\b(?! of\\b)|(?:on|to|pick|choose|select|tap) the (?:right|correct|proper) one\\b|(?:from|at|in|on) where the [a-z]+ (?:is|are)|the one (?:you|u) (?:added|used|set up|made|picked|chose|created|had|saved|linked)',
    message: vagueEntry.message,
    expected: [],
    inConditions: true,
    unless: (hit) => shownInPicture.test(hit.sentence.text),
  },
];
const moreTable = compileTable(moreEntries);
/**
 * The step made light of from the other side: "a fresh map is all it needs: …", "all it takes is a reset". In a table of
 * its own: its "'s" would keep the table above from a search led by a word boundary.
 */
const allItTakes = compileTable([
  {
    pattern: "(?:is|'s) all (?:it|you|that|this) (?:needs?|takes?)|all (?:it|that) (?:needs|takes) is",
    message: '"{actual}" minimises a step the customer may not know how to do; say exactly where and how',
    expected: [],
    inConditions: true,
  },
]);
const pointedBackMessage = '"{actual}" points at something the customer may not have to hand; name it again, or give the steps';
/**
 * A page or a way pointed back at, in earlier contact the reply does not repeat: "that settings page we linked last
 * time", "the way I showed you last time". In a table of its own for the ReDoS check's budget.
 */
const pointersBack = compileTable([
  {
    pattern:
      '(?:that|the) (?:[a-z-]+ ){0,2}(?:page|link|menu|screen|setting|settings|option|guide|article|video|form|tool|steps) (?:we|i) (?:linked|sent|showed|mentioned|gave|shared|pointed)(?: (?:you|to))?(?: you)? (?:last time|before|earlier|previously|the other day)|the way (?:i|we) (?:showed|told|taught) you(?: (?:last time|before|earlier|in (?:the )?(?:store|shop|branch|salon|clinic)))?',
    message: pointedBackMessage,
    expected: [],
    inConditions: true,
  },
  {
    // A place named by what it is like, not what it is called: "under the meeting bits", "the thing on the left".
    pattern: '(?:under|in|from|on|into) the (?:[a-z]+ )?bits\\b|(?:the|that) (?:one|button|bit|switch) (?:on|at) the (?:left|right|top|bottom|side)\\b',
    message: vagueEntry.message,
    expected: [],
    inConditions: true,
    unless: (hit) => shownInPicture.test(hit.sentence.text),
  },
  {
    // Something named by the last conversation, which the reply does not hold: "in the place we told you about last time",
    // "in the order we went through" ("the steps I walked you through above" are in the reply).
    pattern:
      "(?:that|the) (?:[a-z-]+ )?(?:place|way|order|spot|trick|method|process|sequence|steps?|bits?|things?|page|menu|screen|settings?|option|button|link|app|code) (?:that )?(?:we|i) (?:told you about|talked about|went through|went over|walked you through|showed you|ran through|did together|tried together|set up together)",
    message: pointedBackMessage,
    expected: [],
    inConditions: true,
    unless: (hit) => /^\s*(?:above|below|here|earlier in this|in this (?:email|message|reply))\b/i.test(hit.after),
  },
  {
    // What someone else once posted somewhere, or "the usual": "use the workaround somebody posted on Discord a while back",
    // "just do the usual and rebuild". Vague for any reader, a developer too.
    pattern:
      "(?:the|that) (?:[a-z-]+ )?(?:workaround|fix|solution|patch|script|trick|guide|tutorial|thing|steps?|answer|config|command) (?:that )?(?:somebody|someone|a user|another user|people|others|a guy|a member|some guy) (?:posted|shared|mentioned|suggested|wrote|linked|put up)|do the usual\\b",
    message: pointedBackMessage,
    expected: [],
    inConditions: true,
  },
]);

/** A link, a menu path or a quoted name: the exact place the steps are. */
const linkAhead = /https?:\/\/|www\./;
const menuAhead = /\w ?[>→»] ?[A-Z]/;
/** A name in quotes: an opening quote and its closing one within 40 characters. */
const quotedAhead = (text: string): boolean => {
  const open = text.search(/["“«]/);
  if (open === -1) return false;
  const close = text.slice(open + 1, open + 42).search(/["”»]/);
  return close > 0;
};
const exactPlace = (text: string): boolean => linkAhead.test(text) || menuAhead.test(text) || quotedAhead(text);

/** "You'll find it under …", "you will find the form on …": where to look, said as what the customer will find. */
const whereToFind = /\byou(?:['’]ll| will) (?:be able to )?find (?:it|them|this|these|those|the|your|our|a|an)\b[^.!?]{0,60}?\b(?:in|under|on|at|inside|via)\b/i;

/** A purpose or a condition opening the first step, up to its comma: "To cancel the App Store one, open Settings". */
const purposeLead = /^((?:to|in order to|if|once|when|after|before|from)\s[^,]{1,80}),\s+(\S.*)$/iu;

/** A numbered or bulleted list starting on one of the next lines. */
const listFollows = /^[^\n]{0,3}\n\s*(?:\d+[.)]|[-*•])\s/;

/** A phone number, a link or an address: how to reach whoever a sentence names. */
const reachable = /https?:\/\/|www\.|\S@\S|\d{3}[\s-]?\d{3}/i;

/**
 * A step called easy, in any sentence: "Changing the language is just a simple click", "it's only a few steps". The
 * customer who wrote in did not find it so; the claim makes light of the steps instead of giving them (a list right
 * after the claim gives them).
 */
const easyClaims = compileTable([
  {
    pattern:
      "(?:(?:(?:it|this|that)(?:'s| is| was)|is|are|takes) (?:just|only|simply|literally)|(?:just|only) takes) (?:a )?(?:(?:single|simple|quick|easy|couple of|few|one|two|three) )*(?:clicks?|taps?|steps?|button press(?:es)?|swipes?)(?: away)?|(?:is|it's|it is) (?:just |simply |only )?a (?:simple |quick )?matter of [a-z]+ing",
    message: '"{actual}" makes light of the steps; give them, or where to find them',
    expected: [],
    inConditions: true,
    // "A few steps away from the station" is a distance.
    unless: (hit) => /^\s+from\b/.test(hit.after),
  },
]);

const builtInJargon = [
  'DNS', 'CDN', 'CNAME', 'TTL', 'MX record', 'A record', 'TXT record', 'SPF', 'DKIM', 'DMARC', 'SMTP', 'IMAP', 'POP3',
  'SSL', 'TLS', 'API', 'SDK', 'SSH', 'FTP', 'SFTP', 'OAuth', 'SSO', 'SAML', 'MFA', 'TCP', 'UDP', 'DHCP', 'APN', 'IMEI',
  'MAC address', 'BIOS', 'UEFI', 'nameserver', 'nameservers', 'propagation', 'webhook', 'endpoint', 'CORS', 'URI', 'regex',
  'localhost', 'subnet', 'port forwarding', 'cache busting', 'hard refresh', 'CLI', 'JSON', 'XML', 'YAML', 'HSTS', 'NAT',
  // Home networking and mobile service, shipping and customs, sign-in: as support desks for consumers write them.
  'ONT', 'PPPoE', 'bridge mode', 'VoLTE', 'IMS', 'LTE only', 'engineering mode', 'HS Code', 'Incoterms', 'DDP', 'IdP',
  // Car diagnostics and crypto transfers.
  'OBD-II', 'ECU', 'DTC', 'TPMS', 'TxHash', 'nonce',
];

/** A step after "then": counted to find a chain in a post, where a list has no room. */
const thenChain = /\b(?:and )?then,? (?=[a-z])/gi;
// Read on the sentence with its white space made single, so no run of spaces is matched from each of its spaces.
const stepSeparator = /(?:, ?| )(?:and then|then|after that|afterwards|and after that|next),? |, ?and |, | and /gi;

/** "contact info", "email address": a verb-looking word that is a noun here, so no new step starts. */
const nounUse =
  /^\s+(?:info|information|details|address|addresses|number|numbers|form|page|cent(?:er|re)|history|label|policy|request|team|status|settings|code|button|link|list|process|method|id|options?)\b/i;
/** Verbs that are never the first word of a noun like "contact info": "tap Settings" is a step, whatever follows. */
const neverNouns = new Set(['open', 'tap', 'click', 'go', 'select', 'press', 'choose', 'navigate', 'scroll', 'enter', 'visit', 'restart', 'reboot', 'reinstall', 'install', 'uninstall', 'download', 'clear', 'delete', 'remove', 'confirm', 'verify', 'disable', 'enable', 'follow', 'find', 'head', 'tick', 'untick', 'uncheck', 'launch', 'close', 'quit', 'unplug', 'pair', 'sync', 'refresh', 'reset', 'expand']);
const lastWord = /(?:^|\s)([a-z-]+)\s*$/;
const conditionOpener = /^(?:if|when|once|after|before|while|unless|in case)\b/i;
const purposeOpener = /^(?:to|in order to|so that)\s/i;
/** Lead words, a condition or a purpose before the first verb of an instruction: "Please, if it fails, restart …". */
const beforeFirstStep = /^(?:(?:please|first|firstly|then|next|now|so|and|also|just|simply|kindly|ok|okay|alright|right)[,:]? )*(?:(?:if|when|once|to|in order to)\b[^,]{0,80}, ?)?(?:(?:please|first|then|just|simply)[,:]? )*/i;
const modalLead = /^(?:you(?:['’]ll| will)? (?:can|could|should|need to|have to|will need to|may want to|might want to|must) (?:also |just |simply |then |first )?)/i;
/**
 * Where the step after "please" or "kindly" begins, when one of them stands within the first seven words and only words
 * come before it (no clause closed by a mark): -1 otherwise. Read word by word in code.
 */
function askedAfter(text: string): number {
  let at = 0;
  for (let k = 0; k < 7; k++) {
    const space = text.indexOf(' ', at);
    if (space === -1) return -1;
    const word = text.slice(at, space);
    if (k > 0 && /^(?:please|kindly)$/i.test(word)) return space + 1;
    if (!/^[a-z'’-]+$/i.test(word)) return -1;
    at = space + 1;
  }
  return -1;
}
/** "pls", "plz": the "please" a quick message writes, as the English pack expands them (one list, in words.ts). */
const shorthandPlease = new RegExp(`\\b(?:${[...contractions].filter(([, words]) => words.length === 1 && words[0] === 'please').map(([written]) => written).join('|')})\\b`, 'gi');
/** The step announced before it is given: "What you want to do is pip install …", "all you need to do is …". */
const announcedLead = /^(?:what|all) you(?:['’]ll| will| would|['’]d)? (?:want|need|have) to do is (?:to )?/i;
/** The steps asked for as a question open the same way: "Can you log into the router and then …?". */
const askedLead = /^(?:can|could|would|will) you (?:please |kindly |also |just |simply |then |first )?/i;

/** Whether a sentence's first step tells the customer to act: not "Echo connects to …, play music, make calls". */
function opensWithStep(step: string, anyVerb = false): boolean {
  const rest = step.replace(/^[\s\-*•\d.)]*/u, '').replace(beforeFirstStep, '').replace(announcedLead, '').replace(modalLead, '').replace(askedLead, '');
  if (imperativeVerbPattern.test(rest) || (anyVerb && baseVerbs.has(/^[a-z]+/iu.exec(rest)?.[0]?.toLowerCase() ?? ''))) return true;
  // A request a few words in, after words that lead to it however they are put ("For fix it please go in Settings and
  // then …", as a writer new to English may open): "please" asks for the step after it.
  const asked = askedAfter(rest);
  if (asked !== -1 && imperativeVerbPattern.test(rest.slice(asked))) return true;
  // A purpose written without its comma ("to add a new payee open the app and then …"): the step opens a few words on.
  if (!purposeOpener.test(rest) || rest.slice(0, 80).includes(',')) return false;
  // From the third word to the ninth, each read from where it starts.
  for (let k = 2, at = rest.indexOf(' ', rest.indexOf(' ') + 1); k <= 8 && at !== -1; k++, at = rest.indexOf(' ', at + 1)) {
    if (imperativeVerbPattern.test(rest.slice(at + 1))) return true;
  }
  return false;
}
/** An explanation right after a term, read on the next 20 characters with single spaces: "SFTP (a secure way to …)", "DNS, which …". */
const explanationAfter = /^(?: [\p{L}-]+){0,2} ?\(|^ ?[,،]? ?(?:which|i\.e\.|meaning|that is)\b|^ ?[,،]? ?(?:أي|يعني|بمعنى|وهو|وهي)(?![\u0621-\u064A])/iu;
/** Read on the trimmed text. */
const leadOnly = /^(?:also|then|first|firstly|next|finally|lastly|so|and|now|please|just|simply|additionally)(?:\s{0,4}[,:])?$/i;
const conditionWord = /\b(?:if|when|once|unless|in case)\b/i;
/** A condition opened in the text's last clause and not yet closed by punctuation; only the last 200 characters are read. */
function openCondition(text: string): boolean {
  return conditionWord.test(lastClause(text, ',;:.!?', 200));
}

/**
 * Splits an instruction into its steps: the parts that start with an imperative
 * verb taking an object. "Download and run the tool" is one step (the verbs
 * share an object), and a condition ("If you can install plugins,") belongs to
 * the step after it.
 */
function splitSteps(sentence: string): string[] {
  const parts: string[] = [];
  let last = 0;
  // Where the text since the last separator begins: a condition or a purpose opens that piece, not the whole step so far
  // ("To reset it, open the app, tap Settings, then tap Reset": only "To reset it" is the purpose).
  let piece = 0;
  for (const match of sentence.matchAll(stepSeparator)) {
    const next = sentence.slice(match.index + match[0].length);
    const verb = /^\S+/.exec(next)?.[0] ?? '';
    const segment = sentence.slice(piece, match.index).trim();
    piece = match.index + match[0].length;
    // After "then" any verb opens a step ("… and then snap a photo"); after a bare comma or "and" only a verb of the
    // instruction list does, as "your name, address and number" lists no steps.
    const sequenced = sequenceWord.test(match[0]) && baseVerbs.has(verb.toLowerCase());
    if ((!imperativeVerbPattern.test(next) && !sequenced) || (!neverNouns.has(verb.toLowerCase()) && nounUse.test(next.slice(verb.length)))) continue;
    const previous = sentence.slice(last, match.index);
    const previousWord = lastWord.exec(previous)?.[1] ?? '';
    if (isImperativeVerb(previousWord)) continue;
    if (conditionOpener.test(segment)) continue;
    // "To remove unknown users, reset your password …": the purpose belongs to the step after it.
    if (purposeOpener.test(segment)) continue;
    // "Also, check …": a lead word is not a step of its own.
    if (leadOnly.test(segment)) continue;
    // "… here: URL If the issue persists, let us know": a condition still open belongs to the step after it.
    if (openCondition(previous)) continue;
    // "(username, email, order ID)": a list inside brackets is not a list of steps.
    if ((previous.match(/\(/g)?.length ?? 0) > (previous.match(/\)/g)?.length ?? 0)) continue;
    parts.push(previous);
    last = match.index + match[0].length;
  }
  parts.push(sentence.slice(last));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** Whether the sentence holds at least `count` step separators (a cheap test before splitting it). */
function hasSeparators(sentence: string, count: number): boolean {
  if (count <= 0) return true;
  stepSeparator.lastIndex = 0;
  let found = 0;
  while (stepSeparator.exec(sentence) !== null && ++found < count);
  // matchAll in splitSteps starts where the pattern's lastIndex stands: leave it at the start.
  stepSeparator.lastIndex = 0;
  return found >= count;
}

/** Words that put steps in sequence. */
const sequenceWord = /\b(?:then|after that|afterwards|next)\b/i;

/** A step as a list item: no bullet, no "please" or "then" before it, no full stop after it, a capital first. */
function listItem(step: string): string {
  // A chain asked as a question ("Can you log into the router and then … and let me know the result?") becomes a list of
  // the steps themselves.
  let asked = step.replace(askedLead, '').replace(announcedLead, '').trimEnd();
  while (asked.endsWith('?')) asked = asked.slice(0, -1).trimEnd();
  const clean = withoutFinalStops(asked.replace(/^(?:[-*•]|\d+[.)])\s+/, '').replace(/^(?:(?:please|first|firstly|then|next|finally|lastly|just|simply|ok|okay|alright|so),?\s+)+/i, ''));
  // What stays chained inside one item shares its verb ("hit billing and then payment methods and then the three dots"):
  // it reads as one step with commas ("Hit billing, then payment methods, then the three dots").
  const oneStep = clean.replace(/,? (?:and )?then (?=\S)/gi, ', then ');
  return `${oneStep[0]!.toUpperCase()}${oneStep.slice(1)}`;
}

function escape(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** What may not stand on either side of a jargon term: a Latin letter or a digit. */
const termLetters = 'A-Za-z0-9\\u00C0-\\u024F';

/** How many terms one jargon pattern holds: one alternation of them all grew past what the ReDoS check decides. */
const termsPerPattern = 40;

/** The jargon matchers for a glossary and extra terms, compiled once per distinct configuration. */
const jargonMatcher = memoizeByConfig(([glossary, extra]: [readonly string[], readonly string[]]): RegExp[] => {
  const known = new Set(glossary.map((term) => term.toLowerCase()));
  // An empty term would match everywhere, and nowhere useful.
  const terms = [...builtInJargon, ...extra].filter((term) => term.trim() !== '' && !known.has(term.toLowerCase()));
  // No lookbehind: the engine then skips ahead on the terms' first letters, and the letter before a hit is checked in code.
  const matchers: RegExp[] = [];
  for (let i = 0; i < terms.length; i += termsPerPattern) {
    matchers.push(new RegExp(`(?:${terms.slice(i, i + termsPerPattern).map(escape).join('|')})(?![${termLetters}])`, 'g'));
  }
  return matchers;
});

const jargonFor = perObject((options: Options) => jargonMatcher([options.glossary, options.jargon]));

const letterBefore = new RegExp(`[${termLetters}]`);
/** A capitalised name: "Angular", "GitHub", "AWS". */
const capitalisedWord = /^(?:[A-Z][a-z][A-Za-z]*|[A-Z]{2,}[a-z]*)$/;
/** Whether a capitalised name stands right before the term, not at the sentence's start: "Angular CLI", "the Stripe API". */
function afterProductName(before: string): boolean {
  if (!before.endsWith(' ')) return false;
  const words = before.trimEnd();
  const at = words.lastIndexOf(' ') + 1;
  if (at === 0 || !capitalisedWord.test(words.slice(at))) return false;
  return !/[.!?:]/u.test(words[at - 2] ?? '.');
}
const prohibition = /^\s*(?:please\s+)?(?:do\s+not|don['’]t|never)\b/i;
const negation = /\b(?:do not|don['’]t|never|must not|mustn['’]t|should not|shouldn['’]t)\b/i;
/** A "do not" or "never" earlier in the clause: read on the text before a term, from its last stop. */
function negatedBefore(before: string): boolean {
  let at = before.length;
  while (at > 0 && !'.!?;'.includes(before[at - 1]!)) at--;
  return negation.test(before.slice(at));
}

/** Whether an offset lies inside a bare address («github.com/UX-Writing/…»): read back to the last white space. */
function inUrl(original: string, start: number): boolean {
  const before = original.slice(Math.max(0, start - 200), start);
  const word = before.slice(Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n'), before.lastIndexOf('\t')) + 1);
  return /(?:https?:\/\/|www\.)|[a-z0-9-]\.(?:com|org|net|io|dev|sa|ae|eg)\//iu.test(word);
}

/** Whether a range of the reply lies in a link's text, in Markdown or HTML; only the 300 characters before it are read. */
function inLinkText(original: string, start: number, end: number): boolean {
  const before = original.slice(Math.max(0, start - 300), start);
  const html = before.lastIndexOf('<a ');
  if (html !== -1 && before.indexOf('</a>', html) === -1 && before.indexOf('>', html) !== -1) return true;
  const bracket = before.lastIndexOf('[');
  if (bracket === -1 || before.indexOf(']', bracket) !== -1) return false;
  const close = original.indexOf(']', end);
  return close !== -1 && close - end < 300 && original[close + 1] === '(';
}

/**
 * Signs of a developer as the reader: code, or two words of the trade (commits, pull requests, branches, the repository;
 * an API's request IDs, headers, payloads and environment variables such as `WEBHOOK_SECRET`).
 */
const codeSign = /`[^`\n]{1,200}`|^ {0,3}(?:```|~~~)/mu;
const tradeWords = /\b(?:pull requests?|PRs?|repo|repository|commits?|branch(?:es)?|merged?|rebase|upstream|fork(?:ed)?|changelog|stack ?trace|traceback|maintainers?|CI|npm|pip|yarn|git|GitHub|GitLab|compiler|dependenc(?:y|ies)|config(?:uration)? file|command line|terminal|request IDs?|headers|X-[A-Z][A-Za-z-]+|payloads?|JSON|redeploy(?:ed)?|env|[A-Z][A-Z0-9]+_[A-Z0-9_]+|SDKs?|v\d+\/[a-z]+|[45]\d\d(?:s| errors?| responses?))\b/g;
/** An HTTP status named in Arabic, as a developer names it: «الـ 401»، «خطأ 403». */
const statusCodeAr = /(?:الـ|خطأ|الخطأ|كود|رمز)\s?[45]\d\d(?![0-9])/u;
/** Whether the reply is written to a lay reader: the audience is not set to technical, and the reply shows no developer. */
const layReader = (context: ReplyContext, options: Options): boolean => options.audience !== 'technical' && !technicalReader(context.original);
function technicalReader(original: string): boolean {
  if (codeSign.test(original)) return true;
  const seen = new Set<string>();
  tradeWords.lastIndex = 0;
  if (statusCodeAr.test(original)) seen.add('status code');
  for (const match of original.matchAll(tradeWords)) {
    seen.add(match[0].toLowerCase().replace(/s$/u, ''));
    if (seen.size >= 2) return true;
  }
  return false;
}

/** The message of a jargon report, in the reply's language (the list's terms and the borrowed ones alike). */
const jargonMessage = (term: string, arabic: boolean): string =>
  arabic ? `«${term}» مصطلح تقني قد لا يعرفه العميل؛ اشرحه أو أعطِ الخطوات بالضبط` : `"${term}" is jargon the customer may not know; explain it or give the exact steps`;

/** Jargon in the instructions, once per term; a Latin term in an Arabic instruction counts too. */
function reportJargon(context: ReplyContext, instructions: ReadonlySet<Sentence>, options: Options, reports: Report[]): void {
  const arabic = context.language === 'ar';
  const matchers = instructions.size > 0 ? jargonFor(options) : [];
  if (matchers.length > 0) {
    const reported = new Set<string>();
    for (const sentence of instructions) for (const jargon of matchers) {
      jargon.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = jargon.exec(sentence.text)) !== null) {
        const term = match[0];
        if (match.index > 0 && letterBefore.test(sentence.text[match.index - 1]!)) {
          jargon.lastIndex = match.index + 1;
          continue;
        }
        const start = sentence.start + match.index;
        const end = start + term.length;
        const explained = explanationAfter.test(context.text.slice(end, end + 20).replace(/\s+/g, ' ')) || /\(\s*$/.test(context.text.slice(Math.max(0, start - 2), start));
        // A term explained once is known for the rest of the reply: "Select Access Point Names (APN) … type net.sa in the APN field".
        if (explained) reported.add(term.toLowerCase());
        if (explained || reported.has(term.toLowerCase()) || context.isQuoted(start, end)) continue;
        // A link's text leads to the explanation ("[SFTP](…/ftp-clients/)"); "Angular CLI", "the Stripe API" name a product.
        if (inLinkText(context.original, start, end) || afterProductName(sentence.text.slice(Math.max(0, match.index - 30), match.index))) continue;
        // "Do not share your FTP details": a warning, not a step the customer must carry out.
        // So is a term the customer is told not to ask for or share ("do not ask or suggest that someone provide you FTP details").
        if (prohibition.test(sentence.text) || negatedBefore(sentence.text.slice(Math.max(0, match.index - 100), match.index))) continue;
        reported.add(term.toLowerCase());
        // A code already reported inside the term ("TXT" in "TXT record") is the same jargon: the term's report replaces it.
        for (let k = reports.length - 1; k >= 0; k--) {
          const inside = reports[k]!;
          if (inside.once?.startsWith('jargon:') === true && inside.start >= start && inside.end <= end) reports.splice(k, 1);
        }
        reports.push({
          start,
          end,
          // Once per reply: in a long reply checked paragraph by paragraph, the first paragraph's report stands.
          once: `jargon:${term.toLowerCase()}`,
          message: jargonMessage(term, arabic),
          expected: [],
          ...(arabic ? { note: arabicNote } : {}),
        });
      }
    }
  }
}

/**
 * An English term taken into an Arabic instruction with the Arabic article on it, «الـ CMS»، «للـ back-office»، «بالـ
 * TxHash»: the way Arabic writers borrow the terms of a trade they do not translate. One such term may be a name the
 * customer knows; two or more in the instructions of a paragraph are a vocabulary the customer is expected to share,
 * whatever the terms are (the built-in list cannot know every trade's). Each is reported once, as jargon is.
 */
const borrowedTerm = /(?<![\u0621-\u064A])(?:[وفبك]?ال|لل)(?:\u0640\s?|\s)([A-Za-z][A-Za-z0-9.-]*[A-Za-z0-9]|[A-Za-z])(?![A-Za-z0-9])/gu;
/**
 * A code in Latin capitals inside an Arabic instruction («رسالة MT103 مع رقم UETR»، «رمز ICD-10»، «إعدادات الـ APN»): a
 * term of the trade as much as one borrowed with the article, unless a customer meets it everywhere (`everydayCodes`).
 */
// Matched as a capital and capitals or digits; two capitals at least are asked in code (one pattern that said so was
// polynomial for the ReDoS check).
// A plural «s» may follow («NOACs»، «SKUs»).
const latinCode = /(?<![A-Za-z0-9])([A-Z][A-Z0-9]+(?:-[A-Z0-9]+)?s?)(?![A-Za-z0-9])/gu;
/** English words an Arabic customer meets everywhere, borrowed with the article («الـ app»، «اللينك»): no trade's vocabulary. */
const everydayBorrowed = new Set(['app', 'application', 'link', 'email', 'e-mail', 'website', 'site', 'online', 'wifi', 'wi-fi', 'internet']);
const everydayCodes = new Set(['SMS', 'PDF', 'OTP', 'PIN', 'ATM', 'USB', 'GPS', 'ID', 'OK', 'PC', 'TV', 'QR', 'HD', 'VIP', 'VAT', 'IBAN', 'CV', 'FAQ', 'DM', 'AI', 'IT', 'JPG', 'PNG', 'APP', 'WIFI', 'SIM', 'IOS', 'SUV', 'KM', 'KG', 'AM', 'PM', 'VPN', 'LED', 'TV', 'UAE', 'KSA', 'USA', 'UK', 'DHL', 'CEO']);
/**
 * The trade's own Arabic words («مقاومة العزل»، «الصيغة التنفيذية»), with a conjunction or a preposition on them
 * («وبالتأمين النقدي»), in tables of 40 (one alternation of all was too large for the ReDoS check to decide).
 */
const tradeTerms = Array.from({ length: Math.ceil(arabicTradeTerms.length / 40) }, (_, k) =>
  arabicRegex((phrase) => `(?<![\\u0621-\\u064A])[وف]?[بلك]?(${alternation(phrase, arabicTradeTerms.slice(k * 40, (k + 1) * 40))})(?![\\u0621-\\u064A])`, 'gu'),
);
/** An explanation right after a term: «، أي …»، «(وهو …)»، «يعني …»، «بمعنى …». */
const arabicExplained = /^[»"”]?\s*(?:[،,:–-]\s*)?(?:\(\s*)?(?:أي|أى|اي|يعني|بمعنى|وهو|وهي|وهى|والمقصود)(?![\u0621-\u064A])/u;
/** The borrowed terms and the trade's Arabic words in the instructions (read for a lay reader only: see `layReader`). */
function reportBorrowedTerms(context: ReplyContext, instructions: ReadonlySet<Sentence>, options: Options, reports: Report[]): void {
  const known = new Set(options.glossary.map((term) => term.toLowerCase()));
  const found: Array<{ term: string; start: number; end: number }> = [];
  const take = (term: string, start: number, end: number): void => {
    if (known.has(term.toLowerCase()) || context.isQuoted(start, end) || inLinkText(context.original, start, end) || inUrl(context.original, start) || found.some((f) => f.start === start)) return;
    found.push({ term, start, end });
  };
  const source = context.arabicSource;
  for (const sentence of instructions) {
    const folded = source.sentence(sentence);
    for (const terms of tradeTerms) {
      for (const match of folded.matchAll(terms)) {
        const at = match.index + match[0].length - match[1]!.length;
        const { start, end } = source.spanIn(sentence, at, at + match[1]!.length);
        // A term in quotes is a label the customer will see; one explained where it stands («…، أي قيدًا يكرر …») is known.
        if (/[«"“]\s*$/u.test(context.text.slice(Math.max(0, start - 2), start)) || arabicExplained.test(context.text.slice(end, end + 24))) continue;
        take(context.original.slice(start, end), start, end);
      }
    }
    for (const match of sentence.text.matchAll(borrowedTerm)) {
      const term = match[1]!;
      // «الـ app تبعنا»: a word every customer knows, borrowed all the same.
      if (everydayBorrowed.has(term.toLowerCase()) || everydayCodes.has(term.toUpperCase())) continue;
      const start = sentence.start + match.index + match[0].length - term.length;
      take(term, start, start + term.length);
    }
    for (const match of sentence.text.matchAll(latinCode)) {
      const code = match[1]!;
      const start = sentence.start + match.index;
      const end = start + code.length;
      // Two capitals at least; not an everyday code; not a word of a Latin name already read («Incoterms DDP», «HS Code»).
      if (code.replace(/[^A-Z]/gu, '').length < 2 || everydayCodes.has(code.toUpperCase())) continue;
      if (/[A-Za-z]\s?$/u.test(context.text.slice(Math.max(0, start - 2), start)) || [...found, ...reports].some((f) => f.start <= start && f.end >= end)) continue;
      take(code, start, end);
    }
  }
  found.sort((a, b) => a.start - b.start);
  reportVocabulary(found, reports, true);
}

/**
 * Terms of a trade found in the steps of a paragraph: one may be a name the customer knows; two or more different ones
 * are a vocabulary they are expected to share, and each is reported once, in the reply's language.
 */
function reportVocabulary(found: ReadonlyArray<{ term: string; start: number; end: number }>, reports: Report[], arabic: boolean): void {
  if (new Set(found.map(({ term }) => term.toLowerCase())).size < 2) return;
  const reported = new Set(reports.map((report) => report.once).filter((once) => once !== undefined));
  for (const { term, start, end } of found) {
    const once = `jargon:${term.toLowerCase()}`;
    if (reported.has(once)) continue;
    reported.add(once);
    reports.push({ start, end, once, message: jargonMessage(term, arabic), expected: [], ...(arabic ? { note: arabicNote } : {}) });
  }
}

/**
 * Codes every customer meets (a PIN, a tracking ID, a UK postcode), a courier's or a broadcaster's name, and order words
 * in capitals: none is the vocabulary of a trade.
 */
const everydayEnglishCodes = new Set([
  ...everydayCodes, 'PM', 'DMS', 'PINS', 'IDS', 'US', 'EU', 'NHS', 'UPS', 'USPS', 'ETA', 'ASAP', 'FYI', 'PS', 'PS4', 'PS5', 'XBOX', 'NFL', 'NBA', 'BBC', 'ZIP',
  'URL', 'IP', 'HDMI', 'LCD', 'AC', 'DC', 'RSVP', 'AKA', 'ETC', 'TBC', 'TBA', 'FAQS', 'PDFS', 'SMSES', 'COVID', 'COVID-19', 'NYC', 'LA', 'EST', 'PST', 'GMT',
  'UTC', 'BST', 'CET', 'MST', 'CST', 'EDT', 'PDT', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN', 'APR', 'JAN', 'FEB', 'MAR', 'JUN', 'JUL', 'AUG', 'SEP',
  'OCT', 'NOV', 'DEC', 'ID#', 'UPC', 'SKU', 'XL', 'XXL', 'XS', 'UK', 'GB', 'MB', 'KB', 'TB', 'GBP', 'USD', 'EUR', 'CAD', 'AUD', 'INR',
]);
/**
 * Codes in capitals in an English step for a lay reader, beyond the built-in jargon: "your MPRN and a read from the ERT
 * display", "resubmit it as a SEPA SCT with the IBAN and BIC". As in Arabic, one may be a name the customer knows; two or
 * more different ones in the steps of a paragraph are a vocabulary they are expected to share. Words in capitals that
 * are words ("PLEASE DO NOT") are shouting, read by no-negative-phrasing, not codes.
 */
function reportCodes(context: ReplyContext, instructions: ReadonlySet<Sentence>, options: Options, reports: Report[]): void {
  const known = new Set(options.glossary.map((term) => term.toUpperCase()));
  const found: Array<{ term: string; start: number; end: number }> = [];
  for (const sentence of instructions) {
    for (const match of sentence.text.matchAll(latinCode)) {
      const code = match[1]!;
      const start = sentence.start + match.index;
      const end = start + code.length;
      const upper = code.toUpperCase();
      // A code with digits is an identifier the customer was given or can read off the thing (a flight, a model, an order);
      // digits between letters make the name of a protocol or a standard ("A2DP", "H2O" is no step's word), unless it opens
      // a postcode ("SW1A 1AA").
      if ((/\d/u.test(code) && !(/^[A-Z]+\d+[A-Z]+$/u.test(code) && !/^ \d[A-Z]{2}\b/u.test(context.text.slice(end, end + 5)))) || everydayEnglishCodes.has(upper) || everydayEnglishCodes.has(upper.replace(/S$/u, '')) || known.has(upper) || shoutWord.test(code)) continue;
      // "Border Gateway Protocol (BGP)" spells it out; "#NUMBER" is a placeholder.
      if ((/\(\s*$/u.test(context.text.slice(Math.max(0, start - 2), start)) && /^\s*\)/u.test(context.text.slice(end, end + 2))) || context.original[start - 1] === '#') continue;
      // A code inside a run of capitals is a word of a heading or of shouting; one quoted, linked or in an address names a thing.
      // (Read within the sentence: a signature after it, "… the PIR ^PK", is not a run of capitals the code stands in.)
      if (/[A-Z]{2}\W{1,2}$/u.test(context.text.slice(Math.max(sentence.start, start - 4), start)) || /^\W{1,2}[A-Z]{2,}/u.test(context.text.slice(end, Math.min(sentence.end, end + 4)))) continue;
      if (context.isQuoted(start, end) || inLinkText(context.original, start, end) || inUrl(context.original, start)) continue;
      if (reports.some((r) => r.start <= start && r.end >= end)) continue;
      // A code in brackets gives a name or the options on the thing ("the AF mode (AF-C or AF-S)").
      if (inBrackets(context.text, start)) continue;
      // A label on the screen: "click XDNS", "open the CAPI panel" say where, whatever the label means.
      if (/\b(?:click|tap|select|press|choose|pick|hit)(?: on)?(?: the)? $/iu.test(context.text.slice(Math.max(0, start - 20), start)) || /^ (?:panel|button|tab|menu|option|field|screen|link|icon|page|box|toggle|switch|setting|mode)s?\b/iu.test(context.text.slice(end, end + 12))) continue;
      found.push({ term: code, start, end });
    }
  }
  reportVocabulary(found, reports, false);
}
/** Whether an offset lies inside brackets opened on the same line, no more than 40 characters before it. */
function inBrackets(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  const open = before.lastIndexOf('(');
  return open !== -1 && !before.slice(open).includes(')') && !before.slice(open).includes('\n');
}
/** Words of English in capitals, which a code is not. */
const shoutWord = /^(?:PLEASE|DO|NOT|DON|NEVER|STOP|MUST|YOU|YOUR|WILL|NO|ALWAYS|READ|ONLY|AGAIN|THE|AND|OR|FOR|TO|OF|IN|ON|AT|IT|IS|ARE|BE|WE|OUR|ALL|NEW|NOW|FREE|SALE|OFF|NOTE|IMPORTANT|WARNING|ASAP|THIS|THAT|WITH|FROM|HERE|THERE|YES|HELP|CALL|SEND|CHECK|CLICK|TAP|OPEN|HOME|MENU|SETTINGS|RESET|SAVE|OK|OKAY|UP|DOWN|MY|ME|US|SO)$/;

export default defineRule<Options>(
  {
    id: 'no-unclear-instructions',
    description: "Instructions a customer can't follow: vague, minimised, crammed into one sentence, or full of jargon",
    note,
    source: 'Customer Service 101, "Crystal-clear writing skills"; How to Deliver Excellent Customer Service, what customers need',
    example: { bad: "Just check your settings.", good: "Open Settings, then tap Notifications." },
    examples: { ar: { bad: 'فقط تحقق من إعداداتك.', good: 'افتح التطبيق، ثم اختر «الإعدادات».' } },
    languages: ['en', 'ar'],
    scope: 'paragraph',
    defaultOptions: { glossary: [], jargon: [], maxStepsPerSentence: 2, audience: 'customers' },
    optionValues: { audience: ['customers', 'technical'] },
  },
  (context, options) => {
    if (context.language === 'ar') {
      const { reports, instructions } = arabicUnclearInstructions(context, options.maxStepsPerSentence);
      // A reply to a developer (an API ticket: «الـ webhook endpoint»، «WEBHOOK_SECRET»، «redeploy») shares its terms, as in English.
      if (layReader(context, options)) {
        reportJargon(context, instructions, options, reports);
        reportBorrowedTerms(context, instructions, options, reports);
      }
      return reports;
    }
    const reports: Report[] = [];
    // The model's steps: any verb can open one, and "could you …?" asks for one too.
    const model = modelOf(context);
    // And where to find something, said as what the customer will find ("You'll find it under that menu"): it tells them
    // where to look as an instruction does.
    const instructions = new Set(context.bodySentences().filter((s) => isInstruction(s) || model.of(s)?.reading.acts.includes('step') === true || whereToFind.test(s.text)));
    // Who reads it: a reply that quotes code or speaks of commits and pull requests is written to a developer, who
    // knows how to "just run npm install" or "just subscribe to the issue", and the terms of the trade.
    const lay = layReader(context, options);
    const madeLight: Report[] = [];
    // A request made light of ("Just DM me", "could you just confirm the order number?") asks for a step as any other
    // does; the same words in an invitation ("if anything comes up, just let us know") or after a wish of the
    // customer's ("if you prefer it in writing, just let me know") only open the door.
    const asks = (s: Sentence): boolean => {
      const acts = model.of(s)?.reading.acts;
      return acts !== undefined && acts[0] === 'step' && !acts.includes('invitation') && !onCondition.test(s.text);
    };
    // Outside the instructions, a step made light of where the customer is its doer ("it usually clears if you just
    // reinstall the app") or where it runs on from a claim that it is easy ("that's an easy one just re-sync your library").
    if (lay) reportMinimised(context, context.bodySentences().filter((s) => instructions.has(s) || minimisedCue.test(s.text)), madeLight, asks, (s) => !instructions.has(s));
    reports.push(...madeLight);
    if (lay) reportCodes(context, instructions, options, reports);
    reportPointers(context, instructions, reports);
    // "Simply log in": a step made light of is one report, whether the table or the verb after "simply" found it.
    const madeLightSpans = new SpansInOrder(madeLight);
    const named = firstNamed(context.text);
    const pointsBack = (hit: PhraseHit): boolean => {
      const pointed = /^that\s+([a-z]+)$/i.exec(hit.actual);
      if (!pointed) return false;
      const first = named(pointed[1]!.toLowerCase());
      return first !== -1 && first < hit.sentence.start;
    };
    // The vague phrases count only inside instructions: with none, the reply need not be scanned for them.
    // The tables' hits in order, the longer first where two begin together: one phrase two tables know ("that switch",
    // "that switch at the top") is one report, the longer.
    const hits = instructions.size > 0 ? [...matchTable(context, table), ...matchTable(context, moreTable), ...matchTable(context, allItTakes), ...matchTable(context, pointersBack)] : [];
    hits.sort((a, b) => a.hit.start - b.hit.start || b.hit.end - a.hit.end);
    let reachedTo = -1;
    for (const { entry, hit } of hits) {
      // (A hit inside the one before is that phrase again; one that only overlaps it says something more.)
      if (!instructions.has(hit.sentence) || hit.end <= reachedTo) continue;
      if (entry === lightEntry && madeLightSpans.overlaps(hit.start, hit.end)) continue;
      // "Open the Privacy menu. In that menu, switch off Location": the reply has named what "that menu" points back to.
      if (entry === vagueEntry && pointsBack(hit)) continue;
      reports.push({ start: hit.start, end: hit.end, message: entry.message.replace('{actual}', hit.actual.replace(/\s+/g, ' ')), expected: [] });
      reachedTo = Math.max(reachedTo, hit.end);
    }

    if (lay) {
      const reported = new SpansInOrder(reports);
      for (const { hit } of matchTable(context, easyClaims)) {
        // The steps given in a list right after the claim ("It's just a few clicks:" and the list) are there to follow.
        if (reported.overlaps(hit.start, hit.end) || listFollows.test(context.text.slice(hit.end, hit.end + 40))) continue;
        const claim = hit.actual.replace(/\s+/g, ' ');
        // A link or an exact place right after the claim gives the way ("It's just a simple click: https://…", "just two
        // taps in Settings > Language"); the claim still tells a customer who wrote in because it was hard that it is not.
        const message = exactPlace(hit.after.slice(0, 120))
          ? `"${claim}" tells the customer the step is nothing, and one who found it hard feels at fault; give the way without the claim`
          : `"${claim}" makes light of the steps; give them, or where to find them`;
        reports.push({ start: hit.start, end: hit.end, message, expected: [] });
      }
    }

    // A social post has no room for a list: three short steps in a tweet are how a tweet gives them. Steps chained with
    // "then" three times over are crammed wherever they are written.
    const social = context.channel === 'social';
    for (const sentence of instructions) {
      // More steps than allowed need at least as many separators as the limit: most instructions have fewer.
      // (Read with "pls" and "plz" as the "please" they stand for: "Pls go to Settings and then …".)
      const flat = sentence.text.replace(/\s+/g, ' ').replace(shorthandPlease, 'please');
      if (social && (flat.match(thenChain) ?? []).length < 3) continue;
      // Elsewhere a chain needs two words of sequence at least ("… then … then …"): exact steps listed with commas ("sign
      // in and go to Account > Billing, then choose Add card") are followed as they are written, as the labels judge them.
      if (!social && (flat.match(thenChain) ?? []).length < 2) continue;
      if (!hasSeparators(flat, options.maxStepsPerSentence)) continue;
      // A developer follows "file a new issue and give the version and the steps to reproduce": for a technical reader
      // only a chain in sequence ("… then … then …") is crammed.
      if (!lay && !sequenceWord.test(flat)) continue;
      // "To cancel auto-renew: open the app and then …": a purpose set off by a colon leads the steps in as one set off by
      // a comma does.
      const purposeColon = /^((?:to|in order to|if|once|when|after|before)\s[^,:]{1,80}): /iu.exec(flat);
      let steps = splitSteps(purposeColon ? `${purposeColon[1]}, ${flat.slice(purposeColon[0].length)}` : flat);
      // "The inverter has to be reconnected: hold the button …, and then …": the steps after a colon that opens them.
      const colon = flat.indexOf(': ');
      // Only a chain in sequence ("… and then … and then …"): three short steps after a colon are a list's way.
      const afterColon = colon !== -1 && !opensWithStep(steps[0]!) && sequenceWord.test(flat.slice(colon + 2)) ? splitSteps(flat.slice(colon + 2)) : undefined;
      if (afterColon) steps = afterColon;
      // A description whose verbs only look like steps ("This will disable all plugins, switch the theme, …") is no list.
      // A chain in sequence ("… and then … and then …") may open with any verb the reader took for an order.
      if (steps.length > options.maxStepsPerSentence && opensWithStep(steps[0]!, sequenceWord.test(flat) && model.of(sentence)?.reading.acts.includes('step') === true)) {
        const message = social
          ? `${steps.length} steps chained with "then" in one post; give fewer at a time, or link to the steps`
          : `${steps.length} steps crammed into one sentence; a numbered list is easier to follow`;
        if (social || afterColon) reports.push({ start: sentence.start, end: sentence.end, message, expected: [] });
        else {
          const items = steps.map(listItem);
          // "To cancel the App Store one, open Settings": the purpose leads the list in ("To cancel the App Store one:").
          const lead = purposeLead.exec(items[0]!);
          if (lead) items[0] = lead[2]!.charAt(0).toUpperCase() + lead[2]!.slice(1);
          const list = numberedList(context, sentence, items, lead?.[1]);
          // (Inside a paragraph the report takes the spaces around the sentence, which the list's blank lines replace.)
          reports.push({ start: list.start, end: list.end, message, expected: [list.expected] });
        }
      }
    }
    // Steps run together with arrows ("clear cache > sign out > power cycle the box > re-add your profile"): a chain as
    // crammed as one in words. A menu path ("Settings > Privacy > Location") names places, not steps: only the parts that
    // open with a verb count.
    if (lay) {
      const reported = new SpansInOrder(reports);
      for (const sentence of instructions) {
        if (!arrowCue.test(sentence.text) || reported.overlaps(sentence.start, sentence.end)) continue;
        const parts = sentence.text.replace(/\s+/g, ' ').split(arrow);
        const steps = parts.filter((part, k) => {
          const words = (k === 0 ? (part.split(/:\s/).at(-1) ?? part) : part).trim().toLowerCase().split(' ');
          return isVerb(words[0] ?? '') || (openCompoundHead.has(words[0] ?? '') && openCompoundVerb.has(words[1] ?? ''));
        }).length;
        // (Three short ones read as a path through the app: "Open the app > tap Account > choose Billing".)
        if (steps >= Math.max(options.maxStepsPerSentence, 2) + 2) {
          reports.push({ start: sentence.start, end: sentence.end, message: `${steps} steps run together with arrows; a numbered list is easier to follow`, expected: [] });
        }
      }
    }

    if (lay) reportJargon(context, instructions, options, reports);
    return reports;
  },
);

/** Steps or places joined by arrows: " > ", " → ", " -> ". */
const arrow = / (?:>|→|->) /;
const arrowCue = / (?:>|→|->) [^>→]* (?:>|→|->) /;

/**
 * What makes a minimised step exact after all, read on the rest of the sentence: a name in quotes or code, a menu
 * path, a field or a number, a link, or a name in capitals past the verb ("just tap Profile").
 */
const exactAfter = (rest: string): boolean =>
  // An apostrophe inside a word ("you're", "driver's") quotes nothing.
  /['‘’"“”`«»]|[>→›]|#\d|\b\d|https?:|www\./u.test(rest.slice(0, 160).replace(inWordApostrophe, '')) ||
  /^\s+(?:\S+\s+){0,3}?(?:on |in |under |the )?[A-Z][a-z]/u.test(rest.slice(0, 80)) ||
  // A place named past the object ("update the number in the description", "at the top of your profile"), unless the
  // place is itself a whole area to search ("in your settings", "on the website").
  placeNamed(rest.slice(0, 120));
const inWordApostrophe = /(?<=\p{L})['’](?=\p{L})/gu;
const placeAfter = /\b(?:in|on|under|at|from) (?:the|your) ([a-z]+)/iu;
const wholeArea = /^(?:settings|account|inbox|email|app|website|site|page|profile|details|info|information|documentation|docs|faq|system|computer|phone|device|options|preferences|menu|dashboard|portal)$/iu;
function placeNamed(rest: string): boolean {
  const place = placeAfter.exec(rest);
  return place !== null && !wholeArea.test(place[1]!);
}

/**
 * "just pair it", "simply re-sync the app", "all you need to do is re-sync it": any verb made to sound trivial, beyond
 * the table's common ones.
 */
const minimiserWords = "(?:just|simply|all (?:you|u) (?:need|have|(?:['’]ve )?got|gotta) (?:to )?do is(?: just| simply)?)";
// A verb written open ("just factory reset it") is made light of as a whole: its first word goes with the minimiser.
const openHead = `(?:(?:${[...openCompoundHead].join('|')})\\s+(?=(?:${[...openCompoundVerb].join('|')})\\b))?`;
const minimised = new RegExp(`\\b${minimiserWords}\\s+(?:(?:quickly|easily|briefly|simply)\\s+)?${openHead}([a-z]+(?:-[a-z]+)?)\\b`, 'gi');
/** The words that make light of the step, with the white space after them. */
const minimiserLead = new RegExp(`^${minimiserWords}\\s*`, 'i');
const minimiserWithManner = new RegExp(`^${minimiserWords}\\s+(?:(?:quickly|easily|briefly|simply)\\s+)?`, 'i');
/** A verb of the lexicon or of the instruction list, or one of them with "re" before it ("reconfigure", "re-sync"). */
const isVerb = (word: string): boolean => {
  const bare = word.replace(/^re-?(?=[a-z]{3})/u, '');
  // A verb made with a word before it: "power-cycle", "double-tap", "hard-reset".
  const head = /^[a-z]{2,}-([a-z]{3,})$/u.exec(word)?.[1];
  return baseVerbs.has(word) || isImperativeVerb(word) || (bare !== word && (baseVerbs.has(bare) || isImperativeVerb(bare))) || (head !== undefined && (baseVerbs.has(head) || isImperativeVerb(head)));
};
/** Words after "just" that name no step: waiting, reading on, wanting. */
const plainVerbs = new Set(['wait', 'note', 'be', 'have', 'need', 'want', 'to', 'a', 'in', 'now', 'wanted', 'checking', 'like', 'make', 'say', 'hit', 'keep', 'shout', 'holler']);
/** "Simply put," and "simply stated:" say the next thing in short; the comma or colon after the verb tells them from a step. */
const sayingShort = /^simply\s+(?:put|stated|said)\s*[,:—–-]/i;
/** A sentence that opens on a condition: "If you'd rather …, just let me know". */
const onCondition = /^\W*(?:if|when|whenever|should|once|in case)\b/i;
/** A sentence that may hold a step made light of outside the instructions (a cheap test before the matches are read). */
const minimisedCue = /\b(?:just|simply)\s+[a-z]/i;
/** What stands before "just" when the step is the customer's: "if you just …", "that's an easy one just …". */
const customersOwn = /(?:\b(?:you|u)|\b(?:easy|simple|quick) (?:one|fix)|\bno (?:worries|problem)|\bdon['’]t worry)[,!.]? $/i;
/** Verbs of writing back: made light of in a request for something ("just DM me"), not in an invitation to come back. */
const replyVerbs = new Set(['let', 'tell', 'reply', 'respond', 'ask', 'send', 'message', 'dm', 'email', 'contact', 'give', 'drop', 'ping', 'reach', 'call', 'confirm', 'share', 'write', 'text', 'tweet']);

function reportMinimised(context: ReplyContext, sentences: Iterable<Sentence>, reports: Report[], asks: (sentence: Sentence) => boolean, besides: (sentence: Sentence) => boolean): void {
  for (const sentence of sentences) {
    const strict = besides(sentence);
    for (const match of sentence.text.matchAll(minimised)) {
      const verb = match[1]!.toLowerCase();
      // "You just need to restart the router", "you'll simply have to re-add it": the step is the verb after "to", made
      // light of as much. The rewrite asks for it instead ("Please restart the router"): without "just", "you need to"
      // would be a burden put on the customer.
      if (verb === 'need' || verb === 'have') {
        const needed = /^\s+to\s+([a-z]+(?:-[a-z]+)?)\b/i.exec(sentence.text.slice(match.index + match[0].length));
        const subject = /\b(?:you|u)(?:['’]ll| will)? $/i.exec(sentence.text.slice(0, match.index));
        const step = needed?.[1]!.toLowerCase();
        if (!needed || !subject || step === undefined || plainVerbs.has(step) || replyVerbs.has(step) || !isVerb(step) || sentence.isQuestion) continue;
        if (/(?:\bnot|n['’]t|\bnever) $/i.test(sentence.text.slice(0, subject.index))) continue;
        const start = sentence.start + subject.index;
        const end = sentence.start + match.index + match[0].length + needed[0].length - needed[1]!.length - 1;
        if (overlapsLast(reports, start, end)) continue;
        const actual = context.original.slice(start, end);
        const exact = placedExactly(sentence, match.index, context.original.slice(end, sentence.end));
        const please = /^[A-Z]/.test(actual) ? 'Please' : 'please';
        reports.push(
          exact
            ? { start, end, message: `"${actual.trim()}" makes the step sound trivial, and a customer who finds it hard feels at fault; ask for it plainly`, expected: [please] }
            : { start, end, message: `"${actual.trim()}" minimises a step the customer may not know how to do; say exactly where and how`, expected: [] },
        );
        continue;
      }
      // ("Just hit reply" opens the door; "just hit the button on the order page" is a step made light of.)
      const pressing = verb === 'hit' && !/^\s+(?:reply|us|me|send|up)\b/i.test(sentence.text.slice(match.index + match[0].length));
      if ((plainVerbs.has(verb) && !pressing) || (replyVerbs.has(verb) ? !asks(sentence) : !isVerb(verb))) continue;
      // "Simply put, …", "simply said:": a way of saying the next thing in short, not a step ("simply put the card in").
      if (sayingShort.test(sentence.text.slice(match.index))) continue;
      // "don't just minimise it" warns against a shortcut; "so others can just run it" is about someone else, while
      // "you can just return one" is still the customer's step.
      const before = sentence.text.slice(Math.max(0, match.index - 24), match.index).replace(/\s+/g, ' ');
      // (Not in a question: "or did you just notice it once?" asks what happened.)
      // (After an emoji that ends what came before, "that's a known hiccup 🙂 just reconnect the integration", the step is
      // the customer's as at a sentence's start.)
      if (strict && (replyVerbs.has(verb) || sentence.isQuestion || !(customersOwn.test(before) || emojiRunsBefore(before, /^\s*$/u).length > 0))) continue;
      if (/(?:\bnot|n['’]t|\bnever) $/i.test(before)) continue;
      const modal = /\b(?:can|could|will|would|may|might) $/i.exec(before);
      if (modal && !/\b(?:you|u)(?:['’]ll)? (?:\w+ )?$/i.test(before.slice(0, modal.index))) continue;
      const start = sentence.start + match.index;
      // "Simply log in", "just set up": the verb with its particle, where the two are one step.
      const particle = /^\s+(in|into|out|on|off|up)\b/i.exec(sentence.text.slice(match.index + match[0].length, match.index + match[0].length + 8));
      const phrasal = particle !== null && isImperativeVerb(`${verb} ${particle[1]!.toLowerCase()}`);
      const wholeEnd = start + match[0].length + (phrasal ? particle[0].length : 0);
      // Markup between the word and its verb ("simply <a href=…>log in</a>") stays as written: the report is the word.
      const marked = /[<>]/.test(context.original.slice(start, wholeEnd));
      const end = marked ? start + minimiserLead.exec(context.original.slice(start, wholeEnd))![0].length : wholeEnd;
      const actual = context.original.slice(start, end);
      if (overlapsLast(reports, start, end)) continue;
      // "Just click the link below", "just click 'Message' at the top of your profile", "just select your problem in
      // field #2": the place is exact, but "just" still tells the customer the step is nothing, and one who finds it
      // hard feels it is their fault. The step stands without the word. Read as written: the prose blanks code and
      // quoted names. In "go to <link> and just verify the pictures are there", the link of the step before is where this
      // one is done.
      // Writing back is done where the customer already is: the step is plain once the minimiser goes.
      const exact = replyVerbs.has(verb) || placedExactly(sentence, match.index, context.original.slice(start + match[0].length, sentence.end));
      if (exact) {
        reports.push({ start, end, message: `"${actual.trim()}" makes the step sound trivial, and a customer who finds it hard feels at fault; the step is exact without it`, expected: [marked ? '' : withoutMinimiser(actual)] });
        continue;
      }
      reports.push({ start, end, message: `"${actual.trim()}" minimises a step the customer may not know how to do; say exactly where and how`, expected: [] });
    }
  }
}

/** Sentences and matches come in order, so only the last report can overlap (asking all of them is quadratic). */
function overlapsLast(reports: readonly Report[], start: number, end: number): boolean {
  const last = reports.at(-1);
  return last !== undefined && last.start < end && last.end > start;
}

/**
 * Whether the step made light of at `from` in the sentence is placed exactly: something below, above or attached, a
 * link or a button after it, an address in the sentence, or an exact name after the words (`after`, as written).
 */
function placedExactly(sentence: Sentence, from: number, after: string): boolean {
  return /\b(?:below|above|link|button|attached)\b/i.test(sentence.text.slice(from)) || /https?:|www\./i.test(sentence.text) || exactAfter(after);
}

/** "Just click" → "Click", "just quickly re-sync" → "re-sync": the step without the words that make light of it. */
function withoutMinimiser(actual: string): string {
  const step = actual.replace(minimiserWithManner, '');
  return /^[A-Z]/.test(actual) ? step.charAt(0).toUpperCase() + step.slice(1) : step;
}

/** "The steps above", "the link below": an instruction that points at something elsewhere in the reply. */
const pointer = /\b(?:(?:the|these|those) (?:steps|instructions|links?|options|articles?|guides?|forms?|details|information|info|resources|screenshots?|images?|videos?)|(?:the )?(?:above|below) (?:steps|instructions|links?|options))(?: (?:above|below))?\b/gi;
/** What only the reply's own text can hold. */
const textual = /\b(?:steps|instructions|options|details|information|info)\b/;
/** What a pointer can point at: a link, a list item, code, an image, a button, or a placeholder that stands for a link. */
// (A bare address with its path is a link too: "order it through this link: shop.example.com/reserve/88213".)
const pointable = /https?:\/\/|www\.|(?<![\w@.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|uk|gov|app|dev)\/\S|\]\(|<(?:a|img|button|ol|ul|li)\b|^ {0,3}(?:[-*•]|\d{1,2}[.)])\s|^ {0,3}(?:```|~~~)|\{\{?[^{}\n]{0,40}(?:url|link|button)[^{}\n]{0,40}\}\}?|%\{[^{}\n]{0,40}(?:url|link)[^{}\n]{0,40}\}/gimu;

/** Where the first and the last thing a pointer can point at begin: one pass over the reply, however many pointers it holds. */
function pointableRange(original: string): { first: number; last: number } {
  let first = -1;
  let last = -1;
  pointable.lastIndex = 0;
  for (let m = pointable.exec(original); m !== null; m = pointable.exec(original)) {
    if (first === -1) first = m.index;
    // Every alternative of `pointable` takes at least one character, so the search always moves on.
    last = m.index;
  }
  return { first, last };
}

/**
 * A sentence of the body that is only a placeholder the helpdesk may fill with steps ("{{ticket.troubleshooting_steps}}",
 * "{instructions}"), not one whose name says it holds something else ("{clear explanation}", "{issue}", "{amount}").
 */
function mayHoldSteps(original: string, sentence: { start: number; end: number; region: string }): boolean {
  if (sentence.region !== 'body' || !holdsOpaqueContent(original, [sentence])) return false;
  const names = findPlaceholders(original.slice(sentence.start, sentence.end), { template: true }).map((p) => p.text.toLowerCase());
  return names.some((name) => !notSteps.test(name));
}
/** Placeholder names that say what they hold, and it is not steps. */
const notSteps = /explanation|reason|issue|answer|summary|name|date|time|amount|price|number|email|signature|greeting|title|subject/;

/** A link named as where to go, with no side: "please go to our secure link", "use this link". */
const namedLink = /\b(?:go to|use|click(?: on)?|follow|visit|open|tap(?: on)?|through|via) (?:our|the|this|that) (?:secure |following |attached |dedicated |private |special )?link\b/gi;

/** What puts a named link outside the reply, or under it: read on the next words with single spaces. */
const linkElsewhere = /^ (?:below|above|underneath|(?:(?:that|which) )?(?:we|i)(?:['’]ve| have|['’]ll| will)? (?:sent|send|provided|provide|shared|share|gave|give|posted|post|e-?mailed|e-?mail|messaged|message|texted|text|dm['’]?e?d|dm)|(?:(?:that|which) )?you(?:['’]ll| will| have| should| can)? (?:receive|received|get|got|find)|(?:sent|provided|shared|given|posted|emailed|messaged) (?:to you |you )?(?:earlier|before|previously|already|in|via|by)|in (?:the|our|your|my|that|this|a) (?:previous |earlier |last |first |other |[a-z]+ )?(?:e-?mail|message|post|tweet|dm|text|sms|reply|thread|chat|letter|invoice|receipt|confirmation|app|account|bio|profile|description|header))/i;

/** A message with a link in it said to be sent, or on its way, before the link is named: "we've emailed you a reset link". */
const messageSent =
  /\b(?:(?:sent|send|emailed|e-mailed|texted|messaged|resent|re-sent|forwarded)\b[^.!?\n]{0,40}?\b(?:e-?mail|message|text|sms|dm|invitation|invite|link|code)s?\b|(?:receive|get|find)\b[^.!?\n]{0,30}?\b(?:e-?mail|message|text|sms)s?\b|\b(?:your|the) (?:inbox|spam folder|junk folder))/i;

/** Pointers to steps or links that are not there: "please follow the steps above" in a reply with no steps above. */
function reportPointers(context: ReplyContext, instructions: ReadonlySet<Sentence>, reports: Report[]): void {
  // One paragraph of a long reply cannot see the steps the others may hold.
  if (context.isPart) return;
  let range: { first: number; last: number } | undefined;
  for (const sentence of instructions) {
    pointer.lastIndex = 0;
    for (const match of sentence.text.matchAll(pointer)) {
      const words = match[0].toLowerCase();
      const above = words.includes('above');
      if (!above && !words.includes('below')) continue;
      // A link, a form or a video "below" may be a button or a card the helpdesk or the platform adds under the text;
      // steps and details below must be in it.
      if (!above && !textual.test(words)) continue;
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      // Where it points: anywhere before the sentence, or anywhere from the pointer on (the sentence itself may hold the link).
      range ??= pointableRange(context.original);
      if (above ? range.first !== -1 && range.first < sentence.start : range.last >= start) continue;
      // A template's placeholder standing as a sentence of its own on that side ("**{clear explanation}**") may be the steps.
      if (context.template && context.sentences.some((s) => (above ? s.end <= sentence.start : s.start >= sentence.end) && mayHoldSteps(context.original, s))) continue;
      reports.push({ start, end, message: `"${match[0]}" points at nothing in the reply; give them here, or link to them`, expected: [] });
    }
    // "Please go to our secure link so we can assist you" in a reply that holds no link at all.
    namedLink.lastIndex = 0;
    for (const match of sentence.text.matchAll(namedLink)) {
      range ??= pointableRange(context.original);
      if (range.first !== -1 || (context.template && holdsOpaqueContent(context.original, context.sentences))) continue;
      // "The link below" may be a button the helpdesk adds; "the link we sent earlier", "the link in our last email" is elsewhere.
      if (linkElsewhere.test(sentence.text.slice(match.index + match[0].length, match.index + match[0].length + 60).replace(/\s+/g, ' '))) continue;
      // "I've sent you a password reset email. Open it and click the link": the link is in the message the reply says was sent.
      if (messageSent.test(context.text.slice(0, sentence.start + match.index))) continue;
      const start = sentence.start + match.index + match[0].search(/\b(?:our|the|this|that) /i);
      const end = sentence.start + match.index + match[0].length;
      reports.push({ start, end, message: `"${context.original.slice(start, end)}" points at a link the reply does not hold; add the link`, expected: [] });
    }
  }
}

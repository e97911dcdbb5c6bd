/**
 * Reads an English sentence into the reply model's terms: what it does, who
 * does it, how sure it is. Words are looked at as tokens (contractions
 * expanded), grouped into clauses at punctuation, conjunctions and
 * subordinators; each clause finds its subject and verb group. Any verb of the
 * lexicon can open an imperative.
 */
import type { Act, Agent, Clause, Modality, Reading, Span } from '../../model/acts.js';
import { primaryAct } from '../../model/acts.js';
import { baseVerbs, pastForms } from './verbs.generated.js';
import { lowerCase, lowerSlice, lowered, type Lowered, type LoweredPattern } from '../../lowered.js';
import { contractions, finite, hedges, leadWords, modals, notActions, notImperative, openCompoundHead, openCompoundVerb, outcomeVerbs, subjectPronouns, suffixes, writerPronouns } from './words.js';

interface Token {
  /** Lower case, curly apostrophes straightened, contractions expanded. */
  w: string;
  start: number;
  end: number;
  /** Written in capitals, two letters or more. */
  caps: boolean;
  /** Opens with a capital letter: "Royal" in "Royal Mail". */
  initial?: boolean;
}

// A version, a decimal, a time or an amount in thousands ("the 1.4 patch", "2.5 GB", "at 12:31 pm", "£1,240") is one
// token: its point, colon or comma ends no clause, and "4 patch" is no step.
const tokenPattern = /\uE000+|\p{N}+(?:[.:]\p{N}+|,\p{N}{3})+(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:-[\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
/**
 * Addresses, read as one token that is no word: "irc.libera.chat" or a path in a URL holds words ("chat", "google")
 * that would otherwise open clauses of their own. Each alternative starts only where a run of such characters does.
 */
const address = /\bhttps?:\/\/\S+|\bwww\.\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|chat|co|uk|app|dev|gov|edu|info|me|tv|gg)\b(?:\/\S*)?/giu;
/** The address's characters as one run of a private-use character, so every offset stays where it was. */
const inert = (found: string): string => '\uE000'.repeat(found.length);

/** Words whose "'s" is "is" or "has" whatever follows: "it's", "that's", "there's", "who's", "let's". */
const pronounLike = new Set(['it', 'that', 'this', 'there', 'here', 'what', 'who', 'where', 'when', 'how', 'he', 'she', 'let', 'everything', 'everyone', 'nothing', 'something', 'someone', 'anything', 'anyone']);
/** The verbs that, one or two words after a noun's "'s", make it a possessive ("partner's engineer will"). */
const ownVerbs = new Set(['will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'did']);
/** Whether the text after a noun's "'s" (its next 60 characters) holds a verb of its own a word or two on. */
function possessed(after: string): boolean {
  if (!/^\s/u.test(after)) return false;
  const words = after.trim().split(/\s+/u, 3).map((w) => w.toLowerCase());
  // Or a verb in the past: "6 March's appointment came through".
  return ownVerbs.has(words[1] ?? '') || ownVerbs.has(words[2] ?? '') || (words[1] !== undefined && pastForms.has(words[1]) && !baseVerbs.has(words[1]));
}
/** Days and months: their "'s" is always whose ("Thursday's lesson", "March's bill"). */
const calendarWords = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'tomorrow', 'yesterday', 'tonight']);

function tokenize(written: string, offset: number): Token[] {
  const tokens: Token[] = [];
  const text = written.includes('.') || written.includes('@') ? written.replace(address, inert) : written;
  // exec from the start rather than matchAll, which copies the pattern for every sentence read.
  tokenPattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = tokenPattern.exec(text)) !== null) {
    const raw = match[0];
    const start = offset + match.index;
    const end = start + raw.length;
    if (raw.charCodeAt(0) === 0xe000) {
      tokens.push({ w: '<address>', start, end, caps: false });
      continue;
    }
    const w = raw.toLowerCase().replace(/’/g, "'");
    const caps = raw.length > 1 && /\p{L}/u.test(raw) && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
    const initial = /^\p{Lu}\p{Ll}/u.test(raw);
    const push = (word: string): void => {
      tokens.push(initial ? { w: word, start, end, caps, initial } : { w: word, start, end, caps });
    };
    const whole = contractions.get(w);
    if (whole) {
      for (const word of whole) push(word);
      continue;
    }
    if (w.endsWith("n't") && w.length > 3) {
      const base = w.slice(0, -3);
      push(base === 'ca' ? 'can' : base === 'wo' ? 'will' : base === 'sha' ? 'shall' : base);
      push('not');
      continue;
    }
    const apostrophe = w.indexOf("'");
    if (apostrophe > 0) {
      const suffix = suffixes[w.slice(apostrophe)];
      // "our partner's engineer will arrive": a noun's "'s" with a verb of its own a word or two on is the owner's.
      if (suffix === 'is' && !pronounLike.has(w.slice(0, apostrophe)) && (calendarWords.has(w.slice(0, apostrophe)) || possessed(text.slice(end - offset, end - offset + 60)))) {
        push(w.slice(0, apostrophe));
        continue;
      }
      if (suffix) {
        push(w.slice(0, apostrophe));
        push(suffix);
        continue;
      }
    }
    push(w);
  }
  return tokens;
}

const clauseBreaks = new Set([',', ';', ':', '—', '–', '(', ')', '!', '?', '.', '…']);
const joiners = new Set(['and', 'or', 'but', 'so', 'then', 'otherwise']);
const subordinators = new Set(['if', 'unless', 'because', 'since', 'while', 'although', 'though', 'when', 'whenever', 'once', 'until', 'before', 'after', 'whether', 'where']);
const conditions = new Set(['if', 'unless', 'whether', 'whenever']);
/** Words a relative clause follows without its "that": "anything we can do", "one thing you could try". */
const relativeHeads = new Set(['anything', 'something', 'everything', 'nothing', 'else', 'anyone', 'someone', 'anybody', 'somebody', 'more', 'other', 'one', 'ones', 'thing', 'things', 'way', 'ways', 'specific', 'further', 'questions', 'question', 'issues', 'issue', 'problems', 'problem']);
/** Words after which a subject opens a clause inside the condition, not the main clause: "if you think you can …". */
const clauseTaking = new Set(['that', 'think', 'thought', 'know', 'knew', 'believe', 'feel', 'sure', 'hope', 'guess', 'mean', 'say', 'said', 'wonder', 'see', 'decide', 'decided', 'find', 'found', 'realise', 'realize', 'whether', 'what', 'how', 'when', 'where', 'why', 'which', 'who', 'and', 'or']);

/** The last word of a field's name before its colon ("Order ID:", "Ticket number:", "Delivery date:"). */
const fieldNouns = new Set(['id', 'number', 'no', 'code', 'date', 'name', 'email', 'address', 'phone', 'status', 'reference', 'ref', 'total', 'amount', 'url', 'time', 'subject', 'priority', 'department']);

interface RawClause {
  tokens: Token[];
  condition: boolean;
  subordinate: boolean;
  /** One word before a colon: a field's label ("Phone: 0800 …", "Email: …"), not an imperative. */
  label?: boolean;
  /** Not the sentence's first clause: a capital on its first word is a name's, not the sentence's. */
  later?: boolean;
}

/** The forms of "be" and "have" that follow a new subject. */
const finiteAfterSubject = new Set(['is', 'are', 'was', 'were', 'has', 'have']);
/** Words that open a noun phrase. */
const determiners = new Set(['the', 'your', 'this', 'that', 'these', 'those', 'our', 'their', 'his', 'her', 'its', 'a', 'an', 'all', 'every', 'each', 'both', 'most', 'some', 'any']);
/**
 * A noun phrase of up to three words and a modal or a form of "be" or "have" after it, from `at`: "… and the money will
 * be back", "… and the boiler is repaired by Wednesday" (a new subject, so a new clause, with its own tense).
 */
function nounSubjectNext(tokens: readonly Token[], at: number): boolean {
  // A bare noun and "will": "… engineers are on site now and power will be back on by 3pm".
  if (/^[a-z]{3,}$/.test(tokens[at]?.w ?? '') && tokens[at + 1]?.w === 'will' && !subjectPronouns.has(tokens[at]!.w)) return true;
  // A name in capitals and its verb: "… and Parcelforce are delivering it", "… and Royal Mail will collect it".
  const name = tokens[at];
  if (name !== undefined && (name.caps || name.initial === true) && !calendarNames.test(name.w)) {
    for (let k = at + 1; k <= at + 3 && k < tokens.length; k++) {
      const t = tokens[k]!;
      if (modals.has(t.w) || finiteAfterSubject.has(t.w)) return true;
      if (!(t.caps || t.initial === true)) return false;
    }
    return false;
  }
  if (!determiners.has(tokens[at]?.w ?? '')) return false;
  for (let k = at + 2; k <= at + 4 && k < tokens.length; k++) {
    const w = tokens[k]!.w;
    if (modals.has(w) || finiteAfterSubject.has(w)) return true;
    // (An amount may stand in the noun phrase: "… and the £96 will be in your account".)
    if (!/^[\p{L}\p{N}£$€]/u.test(w)) return false;
  }
  return false;
}

/** Cuts a sentence's tokens into clauses. */
/** Subjects a condition put first with "should" opens on: "Should anything …", "Should the parcel …". */
const invertedSubjects: ReadonlySet<string> = new Set(['anything', 'any', 'there', 'the', 'your', 'this', 'it', 'that', 'something', 'anyone', 'a', 'an']);
/** What "once" opens a clause on inside a sentence: "can't be returned once the liner has been removed" (not "once a week", "once again"). */
const onceOpens: ReadonlySet<string> = new Set(['the', 'your', 'this', 'that', 'these', 'those', 'our', 'my', 'their', 'his', 'her', 'its', 'all', 'both', 'everything', 'payment']);
function clausesOf(tokens: Token[]): RawClause[] {
  const clauses: RawClause[] = [];
  let current: RawClause = { tokens: [], condition: false, subordinate: false };
  const flush = (): void => {
    // Markup left in the text ("**If it happens again:**") is no clause of its own.
    if (current.tokens.some((t) => /[\p{L}\p{N}]/u.test(t.w))) clauses.push(clauses.length > 0 ? { ...current, later: true } : current);
    current = { tokens: [], condition: false, subordinate: false };
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1]?.w;
    if (clauseBreaks.has(token.w) || (token.w === '-' && i > 0)) {
      const labelWords = current.tokens.filter((t) => /\p{L}/u.test(t.w));
      // "Phone: …", and a field named in a few words: "Order ID: …", "Tracking number: …".
      if (token.w === ':' && clauses.length === 0 && (labelWords.length === 1 || (labelWords.length > 1 && labelWords.length <= 3 && fieldNouns.has(labelWords.at(-1)!.w)))) current.label = true;
      flush();
      continue;
    }
    if (subordinators.has(token.w) && !(token.w === 'once' && current.tokens.length > 0 && next !== undefined && !subjectPronouns.has(next) && !onceOpens.has(next))) {
      // "If after the upgrade the problem still exists, …", "if once installed it fails": a time said inside the
      // condition, which goes on.
      if (current.condition && current.tokens.length === 0) continue;
      if (!(token.w === 'where' && current.tokens.length === 0)) {
        flush();
        current.condition = conditions.has(token.w);
        current.subordinate = true;
        continue;
      }
    }
    // "As we prepared the shipment, we found …": a sentence opened by "as" and a subject sets the scene for its main
    // clause (not "as soon as", "as well as", "as you requested" inside a clause).
    // So does "as you" and what the customer has or is: "As you've got protected cover, raise a claim" gives the reason
    // for the step after it ("as you requested", "as you know" stay inside their clause).
    if (token.w === 'as' && i === 0 && next !== undefined && subjectPronouns.has(next) && (next !== 'you' || /^(?:have|['’]ve|'ve|ve|got|are|['’]re|'re|re|already|hold|own)$/.test(tokens[i + 2]?.w ?? ''))) {
      current.subordinate = true;
      continue;
    }
    // "in case …", "should you …" open a condition.
    // At the start of a sentence that asks nothing, "should you" is the condition put first: "Should you wish to
    // discuss it further, please …" ("Should you restart it?" asks).
    // So does "should" before another subject: "Should anything be unclear, our team is on 0330 …".
    const shouldOpens = token.w === 'should' && current.tokens.length === 0 && ((next === 'you' && (clauses.length > 0 || !tokens.some((t) => t.w === '?'))) || (next !== undefined && invertedSubjects.has(next) && !tokens.some((t) => t.w === '?')));
    if ((token.w === 'in' && next === 'case') || shouldOpens) {
      flush();
      current.condition = true;
      current.subordinate = true;
      if (token.w === 'in') i++;
      continue;
    }
    // "If the problem persists please open a new issue": a condition written without its comma ends where a
    // "please" opens the main clause.
    // So does a purpose said first without its comma: "For more context please look here", "To reopen it please reply".
    const purposeLead = current.tokens[0]?.w === 'for' || current.tokens[0]?.w === 'to';
    if ((token.w === 'please' || token.w === 'kindly') && (current.condition || purposeLead) && current.tokens.length > 1) {
      flush();
      current.tokens.push(token);
      continue;
    }
    // "To update your ticket simply log in to the helpdesk": a purpose clause written without its comma ends where
    // "simply" or "just" opens the main clause.
    if ((token.w === 'simply' || token.w === 'just') && clauses.length === 0 && current.tokens[0]?.w === 'to' && current.tokens.length > 1) {
      current.subordinate = true;
      flush();
      current.tokens.push(token);
      continue;
    }
    // … or where a new subject and its modal do: "If you need the fix urgently you can grab a nightly build", "if it
    // still fails we will look again". Not after a verb that takes a clause ("if you think you can …"), nor where the
    // subject opens a relative clause ("if there's anything (else) we can help with", "something specific I can do").
    if (
      current.condition &&
      current.tokens.length > 2 &&
      current.tokens[0]!.w !== 'there' &&
      !relativeHeads.has(current.tokens[current.tokens.length - 1]!.w) &&
      (token.w === 'you' || token.w === 'we' || token.w === 'i') &&
      next !== undefined &&
      modals.has(next) &&
      !clauseTaking.has(current.tokens[current.tokens.length - 1]!.w)
    ) {
      flush();
      current.tokens.push(token);
      continue;
    }
    // A time clause on a gerund written without its comma ends where the writer's "we" or "I" opens the main clause:
    // "Before contacting you we also reached out to our supplier", "After reviewing your account I found …".
    if (current.subordinate && !current.condition && current.tokens.length >= 2 && /ing$/.test(current.tokens[0]!.w) && (token.w === 'we' || token.w === 'i') && next !== undefined && !clauseTaking.has(current.tokens[current.tokens.length - 1]!.w)) {
      flush();
      current.tokens.push(token);
      continue;
    }
    // "If the problem isn't fixed, or you have something to add, reply …": a second condition joined after the comma that
    // ended the first is part of it.
    if ((token.w === 'or' || token.w === 'and') && current.tokens.length === 0 && clauses.at(-1)?.condition === true && next !== undefined && subjectPronouns.has(next) && next !== 'i' && next !== 'we') {
      current.condition = true;
      current.subordinate = true;
      continue;
    }
    // A new subject after the joiner opens a clause: a pronoun, or the writer's side named ("… and our team has reached out",
    // "… and a member of our team will call you").
    const teamNext = ((next === 'our' || next === 'my') && teamWords.has(tokens[i + 2]?.w ?? '')) || (next === 'a' && tokens[i + 2]?.w === 'member' && tokens[i + 3]?.w === 'of');
    if (joiners.has(token.w) && current.tokens.length > 0 && next !== undefined && (subjectPronouns.has(next) || teamNext || nounSubjectNext(tokens, i + 1) || next === 'please' || next === 'kindly' || next === 'then' || next === 'also' || next === 'let' || next === 'feel' || next === 'we')) {
      // "If PetGuard get in touch and you're not sure what they're after, forward it to us": a second subject joined
      // inside a condition, before its comma, is part of the condition ("… if you'd like an exchange and I'll set it up"
      // turns to the writer's answer).
      const inCondition = current.condition && (token.w === 'and' || token.w === 'or') && !['please', 'kindly', 'then', 'i', 'we', 'let', 'feel', 'also'].includes(next);
      flush();
      if (inCondition) {
        current.condition = true;
        current.subordinate = true;
      }
      continue;
    }
    // A second verb group of the same subject opens a clause of its own: "We are committed to you and are taking steps"
    // (the "and" is kept, for the subject to be carried over).
    // So does "will" after the customer's own thing: "Your charger was dispatched this morning and will be with you Thursday".
    if (token.w === 'and' && next !== undefined && sharedSubjectVerbs.has(next) && (current.tokens.some((t) => subjectPronouns.has(t.w)) || (next === 'will' && (current.tokens[0]?.w === 'your' || (current.tokens[0]?.w === 'the' && current.tokens.slice(0, 4).some((t) => theirThings.has(t.w))))))) {
      flush();
      current.tokens.push(token);
      continue;
    }
    current.tokens.push(token);
  }
  flush();
  return clauses;
}
/** Auxiliaries that open a second verb group of the subject before them, after "and". */
const sharedSubjectVerbs: ReadonlySet<string> = new Set(['am', 'are', 'is', 'have', 'has', 'will', 'was', 'were', 'had']);

/** Where the clause's content starts: after list markers, lead words and "please". */
function contentStart(tokens: Token[]): number {
  let i = 0;
  while (i < tokens.length) {
    const w = tokens[i]!.w;
    if (leadWords.has(w) || /^\d+$/.test(w) || w === '*' || w === '•' || w === '-' || w === '>' || w === '#') i++;
    else if ((w === 'to' || w === 'for') && i === 0) break;
    else break;
  }
  return i;
}

/** Words that may stand inside a verb group: "will not", "have already been", "am going to". */
const groupWords = new Set(['not', 'never', 'now', 'already', 'just', 'also', 'still', 'been', 'being', 'going', 'able', 'definitely', 'certainly', 'surely', 'absolutely', 'currently', 'actively', 'finally', 'recently', 'really', 'then', 'soon', 'always', 'usually', 'probably', 'likely', 'be', 'get', 'got', 'gotten', 'happy', 'glad', 'unable', 'sorry', 'afraid']);
// "re-sent", "double-checked": a past form after a hyphenated prefix.
const past = (w: string): boolean => pastForms.has(w) || (/ed$/.test(w) && w.length > 4) || (w.includes('-') && pastForms.has(w.replace(/^(?:re|un|pre|co|mis|double|triple|over|under)-/, '')));
/** Adverbs that may open a verb group, between its subject and its verb. */
const groupAdverbs = /^(?:also|just|already|then|now|finally|recently|actually|again|immediately|quickly|personally|manually|still|never|always|usually|really|simply|kindly)$/;
const gerund = (w: string): boolean => /ing$/.test(w) && w.length > 4;
/** An -ly adverb that may stand inside a verb group ("have manually credited"), not a verb such as "reply". */
const adverb = (w: string): boolean => w.length > 4 && w.endsWith('ly') && !baseVerbs.has(w);

/**
 * A base-form verb, also with a prefix the lexicon lacks: "reactivate", "uninstall", "re-enable", "deactivate". (Such
 * a word followed by a verb in -s is a noun: "research shows".)
 */
function baseVerb(w: string): boolean {
  if (baseVerbs.has(w)) return true;
  const stem = /^(?:re-?|un|de|dis|pre)([a-z]{4,})$/.exec(w)?.[1];
  if (stem !== undefined && baseVerbs.has(stem)) return true;
  // "re-" with a hyphen makes a verb of what follows it, even a clipped noun: "re-auth the connector", "re-sync it".
  if (/^re-[a-z]{3,}$/.test(w)) return true;
  // A verb made with a word before it: "power-cycle", "double-tap", "cross-check" ("self-service" before "is" is its subject).
  const head = /^(?:power|double|triple|long|hard|soft|cross|force|factory|dry|hot|cold|re|pre|co|over|under|back|spot|test|speed|fast|quick)-([a-z]{3,})$/.exec(w)?.[1];
  return head !== undefined && baseVerbs.has(head);
}

/** How a step is done, said before its verb ("fully close", "always push"); not a comment on the sentence ("obviously"). */
const manner = new Set(['always', 'fully', 'completely', 'gently', 'firmly', 'manually', 'temporarily', 'properly', 'securely', 'safely', 'slowly', 'directly', 'regularly', 'periodically', 'briefly', 'thoroughly', 'entirely', 'permanently', 'promptly', 'individually', 'separately']);

/** Parts of a document named by their number ("section 4.2", "step 3"): nouns, where the words could be verbs. */
/** Names of a record that a number follows: "reference #4411", "ticket 5521", "case CLM-448120". */
const recordName = new Set(['reference', 'ref', 'ticket', 'case', 'claim', 'order', 'booking', 'invoice', 'number', 'record', 'account', 'request']);
const documentPart = new Set(['section', 'clause', 'paragraph', 'article', 'step', 'page', 'chapter', 'part', 'point', 'item', 'rule', 'note', 'figure', 'table', 'option', 'stage', 'schedule']);

/** What a record or a check says: the verb that shows the words before it are its subject. */
const reportVerb = /^(?:shows|says|indicates|means|suggests|confirms|states|seems|appears|lists|mentions)$/;
/** Words after an imperative's verb that may be the subject of a report verb after them ("confirm it shows …"). */
const pointingWords = new Set(['it', 'this', 'that', 'what', 'which', 'there', 'he', 'she', 'they', 'everything', 'nothing', 'one', 'whether', 'if', 'how', 'where', 'the', 'your', 'our']);

/** "Be sure to …", "be careful when …": the one use of "be" that opens an imperative. */
const carefulBe = new Set(['sure', 'careful', 'aware', 'mindful', 'patient', 'certain', 'prepared', 'ready', 'gentle']);

interface ClauseFacts {
  clause: Clause;
  imperative: boolean;
  please: boolean;
  subject: 'writer' | 'customer' | 'third' | 'none';
  subjectWords: string[];
  /** The verb group's words, from the first auxiliary or verb. */
  verbs: string[];
  future: boolean;
  perfect: boolean;
  progressive: boolean;
  passive: boolean;
  pastTense: boolean;
  negated: boolean;
  hedged: boolean;
  modal?: string;
  /** The main verb. */
  verb?: string;
  words: string[];
  /** The clause's first word after list markers and lead words ("please" included). */
  opener?: string;
  /** A subordinate clause other than a condition ("as we prepared it", "when we checked", "after reviewing it"). */
  subordinate: boolean;
}


/** Words that open a noun phrase: "the courier", "your replacement", "our warehouse". */
const nounPhraseOpeners = new Set(['the', 'your', 'our', 'a', 'an', 'my', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'each', 'every']);
/** The things a support case moves: what was ordered, paid, returned or asked for. */
const caseThings = new Set(['order', 'orders', 'package', 'packages', 'parcel', 'parcels', 'item', 'items', 'shipment', 'shipments', 'replacement', 'refund', 'payment', 'delivery', 'return', 'claim', 'request', 'application', 'transfer', 'booking', 'repair', 'exchange', 'credit']);
/** What follows a verb in -s: an object, a time, a place or a particle ("ships tomorrow", "fixes this", "arrives on Monday"). */
const verbTakes = /^(?:the|your|our|a|an|it|this|that|them|these|those|tomorrow|today|tonight|on|in|by|at|within|next|soon|shortly|out|back|up|from|to|via|automatically|overnight|daily|weekly|monthly|between|before|after|off|away|through|down|over)$/;
/** Verbs whose object can be a clause: "note orders are shipped", "check cables are plugged in". */
const factVerbs = new Set(['note', 'ensure', 'make', 'check', 'confirm', 'verify', 'remember', 'notice', 'see', 'know', 'understand', 'assume', 'expect', 'keep', 'bear', 'recall', 'consider', 'imagine', 'rest', 'double-check', 'say', 'tell', 'let', 'mind', 'trust', 'believe', 'hope', 'bet', 'guess', 'suppose']);
const pluralNoun = /^[a-z]{2,}s$/;
/** Words that name a particular someone or something at the head of a subject: "it", "they", "the installer", "their fitter". */
const specificSubject = new Set(['it', 'they', 'she', 'he', 'the', 'their', 'his', 'her', 'its', 'your', 'this', 'that']);
/** Verbs in the present that tell a length, a price or a state of affairs, not an event to come: "it takes 3 days", "it costs £5". */
const notScheduled = new Set(['take', 'takes', 'cost', 'costs', 'last', 'lasts', 'mean', 'means', 'need', 'needs', 'look', 'looks', 'seem', 'seems', 'sound', 'sounds', 'depend', 'depends', 'vary', 'varies', 'close', 'closes', 'open', 'opens', 'run', 'runs', 'apply', 'applies', 'expire', 'expires', 'remain', 'remains', 'stay', 'stays', 'due', 'start', 'starts', 'begin', 'begins', 'end', 'ends', 'finish', 'finishes', 'confirmed', 'booked', 'scheduled', 'arranged', 'reserved', 'planned', 'set',
  // A state the time is a window for, not an event in it: "it's ready to collect any day this week", "it's busy this evening".
  'ready', 'busy', 'available', 'quiet', 'free', 'full', 'valid']);
/** Writing back forbidden: "do not reply to this email", "please don't respond to this message". */
/** A reply that forbids writing back: "do not reply to this email", "this mailbox is not monitored", a no-reply address. */
// ("Further appeals about this account will not be answered": the door closed on purpose; a stock invitation after it
// reads as sarcasm.)
const noReply = /\b(?:do not|don['’]t|never) (?:reply|respond)(?: directly)? to this (?:(?:automated|automatic|auto-generated|system-generated|computer-generated|unmonitored|notification|confirmation) )?(?:e-?mail|message|notification|mail)|\bthis (?:mailbox|inbox|e-?mail address|address) is not (?:monitored|checked|attended)|\breplies to this (?:e-?mail|message|address) (?:are|will) not (?:be )?(?:monitored|read|answered|received)|\b(?:an? |from an )unmonitored (?:mailbox|inbox|address|e-?mail address)\b|\bno-?reply\b|\b(?:will|shall) not (?:be )?(?:enter(?:ing)? into|engag(?:e|ing) in) (?:any )?further (?:correspondence|discussion)|\b(?:further|any further|additional|any more) (?:appeals|e-?mails|messages|requests|correspondence|tickets|replies)(?: (?:about|on|regarding) (?:this|the) [a-z]+)? (?:will|shall) not be (?:answered|responded to|replied to|reviewed|considered)\b/i;
export function forbidsReplyEnglish(text: string): boolean {
  return noReply.test(text);
}
const doorShut = /\b(?:do not|don['’]t|never|cannot|can['’]t|not to) (?:reply|respond|write back|send (?:a )?reply)(?: (?:directly|back))?(?: to (?:this|the|our) (?:e-?mail|message|mailbox|address|notification|ticket))?/g;
/** A payment the customer made, declined by a bank or a terminal: "your card got declined", "the payment was rejected". */
const paymentDeclined = /\b(?:card|payment|transaction|purchase|top-up|direct debit)s? (?:(?:got|was|were|has been|had been|is|keeps getting|kept getting|being|getting) )?(?:declined|rejected)\b/g;
/** Money or goods of the customer's, named without "your": "the £200 deposit", "the refund", "the parcel". */
const theirThings = new Set(['deposit', 'refund', 'money', 'payment', 'funds', 'amount', 'credit', 'balance', 'parcel', 'package', 'order', 'replacement', 'reimbursement', 'compensation', 'cheque', 'check']);
/** The writer's side, named, refusing: "this office cannot discuss …", "our team is unable to …". */
const sideRefuses = lowered(/\b(?:this|our) (?:office|department|team|desk|branch|store|shop|service|unit|centre|center|mailbox|helpline|line) (?:cannot|can['’]t|can not|is unable to|is not able to|will not|won['’]t|does not|doesn['’]t) (?:discuss|provide|give|offer|accept|process|help|assist|deal|respond|reply|answer|comment|share|disclose|release|refund|change|make)\b/i);
/** Words that open the clause an order is about: "make sure everything is …", "check nothing is …". */
const clauseObjects = new Set(['everything', 'anything', 'nothing', 'something', 'everyone', 'anyone', 'someone', 'nobody', 'all', 'both', 'each', 'every', 'one', 'sure', 'certain', 'what', 'who', 'which', 'whether', 'how', 'why', 'where', 'when', 'there', 'here']);
/** Verbs of working order, before "normally" as its manner: "running normally", "the app works normally". */
const functioning = /^(?:run|runs|running|work|works|working|function|functions|functioning|operate|operates|operating|behave|behaves|behaving|trade|trading|flow|flowing)$/;
/** What someone has free in a window, not an event in it: "Dr Hale has a couple of openings next week". */
const roomFor = new Set(['openings', 'slots', 'availability', 'spaces', 'vacancies', 'gaps', 'spots']);
/** The same, one of them, when someone has it: "she has an opening on Tuesday" ("your slot is Tuesday" is a booking). */
const roomForOne = new Set(['opening', 'slot', 'space', 'vacancy', 'capacity', 'gap', 'spot']);
/** Whether a clause tells what someone has free ("her next free slots are …", "Dr Hale has an opening …"), in one pass. */
function roomInWindow(tokens: readonly Token[]): boolean {
  let one = false;
  let has = false;
  for (const { w } of tokens) {
    if (roomFor.has(w)) return true;
    one ||= roomForOne.has(w);
    has ||= w === 'has' || w === 'have';
  }
  return one && has;
}
/** Words of place or time that may stand between a subject and its verb: "problems indoors are …", "orders today ship …". */
const placeOrTime = new Set(['indoors', 'outdoors', 'here', 'there', 'today', 'tonight', 'now', 'overnight', 'abroad', 'online', 'offline', 'locally', 'nationwide', 'upstairs', 'downstairs', 'inside', 'outside', 'recently', 'lately', 'currently', 'sometimes', 'often', 'usually']);
/** Verbs whose object a base-form verb may follow in an order: "help customers find", "have kids wear", "let cookies load". */
const causative = new Set(['help', 'have', 'let', 'make', 'watch', 'see', 'hear', 'get', 'bid']);
/** Words in the verb lexicon that after an object mean where or how it is left: "keep tabs open", "leave the boxes out". */
const notVerbAfterObject = new Set(['like', 'back', 'up', 'down', 'out', 'off', 'over', 'open', 'round', 'near', 'right', 'well', 'free', 'clean', 'clear', 'safe', 'ready', 'last', 'still', 'even', 'close', 'dry', 'empty', 'warm', 'cool', 'level', 'plug', 'face', 'side']);
const notPlural = new Set(['this', 'his', 'its', 'yours', 'ours', 'theirs', 'plus', 'less', 'unless', 'perhaps', 'always', 'sometimes', 'afterwards', 'besides', 'across', 'towards', 'upwards', 'downwards', 'thus', 'yes']);
const negatedFinite = /^(?:cannot|(?:can|won|don|doesn|aren|isn|wasn|weren|haven|hasn|shouldn|wouldn|couldn|mustn)['’]t)$/;

/** Times that open a clause before its order: "for now", "in the meantime", "for the time being". */
const interimLeads: readonly (readonly string[])[] = [
  ['for', 'now'], ['in', 'the', 'meantime'], ['in', 'the', 'meanwhile'], ['meanwhile'], ['for', 'the', 'time', 'being'], ['until', 'then'], ['till', 'then'],
  // And the step announced before it is given: "What you want to do is pip install …", "all you need to do is restart".
  ...['want', 'need', 'will want', 'will need', 'would want', 'would need', 'have'].flatMap((verb) =>
    ['what', 'all'].flatMap((lead) => [[lead, 'you', ...verb.split(' '), 'to', 'do', 'is', 'to'], [lead, 'you', ...verb.split(' '), 'to', 'do', 'is']]),
  ),
  ['what', 'you', 'should', 'do', 'is'], ['what', 'you', 'can', 'do', 'is'],
];
function factsOf(raw: RawClause): ClauseFacts {
  const { tokens } = raw;
  const from = contentStart(tokens);
  const words = tokens.map((t) => t.w);
  let i = from;
  let please = false;
  // "For now just restart it", "In the meantime, clear the cache": a time before the order opens no subject.
  for (const lead of interimLeads) {
    if (lead.every((w, k) => words[i + k] === w) && words[i + lead.length] !== undefined && !finite.has(words[i + lead.length]!)) {
      i += lead.length;
      break;
    }
  }
  // "For a refund on an unused ticket just pop the form in …", "to swap your desk just go into …": the purpose said first
  // without its comma, before an order made light of or asked for politely, which opens the clause's content.
  if (words[i] === 'for' || words[i] === 'to') {
    for (let j = i + 1; j < Math.min(tokens.length - 1, i + 10); j++) {
      const w = words[j]!;
      if (finite.has(w) || /^(?:i|we|you|they|he|she|u)$/.test(w)) break;
      if ((w === 'just' || w === 'please' || w === 'simply' || w === 'kindly') && baseVerb(words[j + 1]!) && !finite.has(words[j + 1]!)) {
        i = j;
        break;
      }
    }
  }
  while (
    i < tokens.length &&
    (words[i] === 'please' ||
      words[i] === 'kindly' ||
      words[i] === 'just' ||
      words[i] === 'simply' ||
      words[i] === 'also' ||
      words[i] === 'then' ||
      words[i] === 'now' ||
      // "Fully close and reopen the app", "always push sensitive issues to DM": a manner before the verb.
      (manner.has(words[i]!) && words[i + 1] !== undefined && baseVerb(words[i + 1]!) && !finite.has(words[i + 1]!)) ||
      // "Just factory reset the hub", "power cycle the router": the verb written open, its first word read as a manner.
      (openCompoundHead.has(words[i]!) && openCompoundVerb.has(words[i + 1] ?? '')))
  ) {
    if (words[i] === 'please' || words[i] === 'kindly') please = true;
    i++;
  }
  // The lead words skipped before the content ("kindly" is one of the -ly words) may hold the "please" too.
  for (let j = 0; j < from && !please; j++) if (words[j] === 'please' || words[j] === 'kindly') please = true;
  const first = words[i];
  // The verb group starts at the first finite word, or at a verb right after a pronoun subject.
  let v = -1;
  for (let j = i; j < Math.min(tokens.length, i + 8); j++) {
    const w = words[j]!;
    if (finite.has(w)) {
      v = j;
      break;
    }
    // "This fix will be included": a word between a demonstrative and a finite verb is the demonstrative's noun.
    const determiner = /^(?:this|that|these|those)$/.test(words[j - 1] ?? '') && words[j + 1] !== undefined && finite.has(words[j + 1]!);
    // Adverbs may stand between the pronoun and its verb: "we also reached out", "you just need to": the group starts at them.
    let k = j - 1;
    while (k > i && (groupAdverbs.test(words[k]!) || adverb(words[k]!))) k--;
    if (j > i && subjectPronouns.has(words[k]!) && !determiner && (past(w) || baseVerbs.has(w) || /s$/.test(w))) {
      v = k + 1;
      break;
    }
    if (j > i && /^(?:is|are|am)$/.test(w)) {
      v = j;
      break;
    }
  }
  // A noun phrase and its verb in -s with no auxiliary: "Your replacement ships tomorrow", "the new franchise starts on
  // the 10th". The phrase opens with a determiner or names a team; a word right after a determiner is its adjective, and
  // a word in -s is a verb only before what a verb takes ("ships tomorrow", "fixes this"). (A past verb read the same
  // way made a deed of every story told: "the warehouse staff confirmed the shipment moments before …".)
  if (v === -1 && first !== undefined && (nounPhraseOpeners.has(first) || teamWords.has(first))) {
    for (let j = i + 1; j < Math.min(tokens.length, i + 7); j++) {
      const w = words[j]!;
      if (nounPhraseOpeners.has(words[j - 1]!) || finite.has(w) || subjectPronouns.has(w)) continue;
      if (/^[a-z]{3,}s$/.test(w) && baseVerbs.has(w.slice(0, /(?:ches|shes|sses|xes|zes)$/.test(w) ? -2 : -1)) && verbTakes.test(words[j + 1] ?? '')) {
        v = j;
        break;
      }
      // The case's own things moved on, in the simple past: "Your order shipped this morning", "the replacement left our
      // warehouse today", "your refund went through". Only these (see above): a past verb after any noun tells a story.
      if (caseThings.has(words[j - 1]!) && past(w) && !finite.has(w) && verbTakes.test(words[j + 1] ?? '')) {
        v = j;
        break;
      }
    }
  }
  const subjectWords = v > i ? words.slice(i, v) : [];
  // The verb group: auxiliaries and their adverbs, up to and including the main verb.
  const verbs: string[] = [];
  for (let j = v; v >= 0 && j < words.length && verbs.length < 7; j++) {
    const w = words[j]!;
    verbs.push(w);
    // "We can no longer honour that price": "no longer" negates the group as "not" does.
    const noLonger = (w === 'no' && words[j + 1] === 'longer') || (w === 'longer' && verbs.at(-2) === 'no');
    if (!(finite.has(w) || groupWords.has(w) || adverb(w) || noLonger || (w === 'to' && /^(?:going|need|have|has|had|able|want|like|love|wanted|needs)$/.test(verbs.at(-2) ?? '')))) break;
  }
  const imperative =
    first !== undefined &&
    (baseVerbs.has(first) ||
      (baseVerb(first) && !/^[a-z]+s$/.test(words[i + 1] ?? '')) ||
      first === 'dm' ||
      first === 'pm' ||
      // "Do the reset", "just do the usual": "do" with what is done ("do you …" asks).
      (first === 'do' && /^(?:the|a|an|this|that|it|these|those|your|both|everything|what|one|another|some|any)$/.test(words[i + 1] ?? '')) ||
      first === 'email' ||
      first === 'text' ||
      (first === 'be' && carefulBe.has(words[i + 1] ?? '')) ||
      // "Login to our helpdesk": the noun written for the verb, before where to.
      ((first === 'login' || first === 'logon' || first === 'signin') && /^(?:to|into|with|using|at|on)$/.test(words[i + 1] ?? ''))) &&
    !notImperative.has(first) &&
    // "(section 4.2)", "step 3 of the guide": a part of a document by its number, not an order.
    !(documentPart.has(first) && /^[0-9]/.test(words[i + 1] ?? '')) &&
    // "Thank you for your claim, reference #4411", "… ticket {{ticket.id}}", "Order ID: …": a record named by its number
    // or the label of its number, not an order. (In a template the placeholder reads as its stand-in, "Nnnnnnnn".)
    !(recordName.has(first) && (words[i + 1] === undefined || /^(?:[#{%[$<0-9]|[a-z]{1,5}-?[0-9]|(?:id|no|nr|number|ref|reference|n{3,})$)/.test(words[i + 1]!))) &&
    raw.label !== true &&
    !(words[i + 1] !== undefined && finite.has(words[i + 1]!) && words[i + 1] !== 'be') &&
    // "Gift cards cannot be refunded", "Order updates are emailed": a noun before a plural noun and its verb is the
    // subject. An order never reads so, but an order about a fact does ("Please note orders are shipped on Monday",
    // "Make sure cables are plugged in"), so "please" or a verb that takes a clause keeps the imperative.
    // ("Signal problems indoors are down to …": a word of place or time may stand between the subject and its verb.)
    !(!please && !factVerbs.has(first) && pluralNoun.test(words[i + 1] ?? '') && !notPlural.has(words[i + 1]!) && words[i + 2] !== undefined && (finite.has(words[i + 2]!) || negatedFinite.test(words[i + 2]!) || (placeOrTime.has(words[i + 2]!) && words[i + 3] !== undefined && finite.has(words[i + 3]!)))) &&
    // "Idle fees form part of the tariff", "Refund requests take 5 days": a word before a plural noun and a verb in its
    // base form is the subject's first word ("help customers find" and "keep tabs open" are still orders).
    !(!please && !causative.has(first) && pluralNoun.test(words[i + 1] ?? '') && !notPlural.has(words[i + 1]!) && baseVerbs.has(words[i + 2] ?? '') && !notVerbAfterObject.has(words[i + 2]!) && words[i + 3] !== undefined) &&
    // "Line check shows you have …", "Record says …": a noun that a report verb follows is the subject, not an order.
    !(reportVerb.test(words[i + 1] ?? '') || (reportVerb.test(words[i + 2] ?? '') && !pointingWords.has(words[i + 1] ?? ''))) &&
    // "Track time runs off the timing system": a noun, then a verb in -s and what such a verb takes, is the subject
    // ("Always push sensitive issues to DM" is an order: a plural noun is followed by "to" as often).
    !(!please && /^[a-z]{3,}s$/.test(words[i + 2] ?? '') && !/ss$/.test(words[i + 2]!) && baseVerbs.has(words[i + 2]!.slice(0, -1)) && !pluralNoun.test(words[i + 1] ?? '') && !determiners.has(words[i + 1] ?? '') && !subjectPronouns.has(words[i + 1] ?? '') && /^(?:off|out|through|every|each|until|till|daily|weekly|hourly|automatically|smoothly|fine|late|early)$/.test(words[i + 3] ?? '')) &&
    // "Damage caused by misuse is the owner's responsibility", "Items returned late are not refunded": a noun that a
    // participle follows, with the verb of the clause further on, is the subject ("See attached for details" is an order).
    // So is a noun that "of" follows ("Mould of this kind is something we see a lot of"; "Dispose of it safely" has no
    // verb after it), and a noun before a gerund and its auxiliary ("Position syncing has been wobbly").
    !(!please && (/^[a-z]{3,}ed$/.test(words[i + 1] ?? '') || words[i + 1] === 'of') && words.slice(i + 2, i + 10).some((w) => /^(?:is|are|was|were|has|have|had|will|can|may|must|should|cannot)$/.test(w))) &&
    !(!please && /^[a-z]{3,}ing$/.test(words[i + 1] ?? '') && /^(?:is|are|was|were|has|have|had)$/.test(words[i + 2] ?? '')) &&
    // "Weather disruption is outside our control", "Update notice was sent": a noun before a singular noun and its "is"
    // is the subject ("Make sure everything is plugged in" and "Note payment is due" are orders about a fact).
    !(!please && !factVerbs.has(first) && /^[a-z]{3,}$/.test(words[i + 1] ?? '') && !determiners.has(words[i + 1]!) && !subjectPronouns.has(words[i + 1]!) && !clauseObjects.has(words[i + 1]!) && !adverb(words[i + 1]!) && /^(?:is|was|has|isn['’]t|wasn['’]t|hasn['’]t)$/.test(words[i + 2] ?? ''));
  let subject: ClauseFacts['subject'] = 'none';
  if (subjectWords.some((w) => writerPronouns.has(w)) || (subjectWords[0] === 'our' && (subjectWords[1] === 'team' || subjectWords.length === 1)) || (subjectWords.length === 2 && subjectWords[0] === 'the' && subjectWords[1] === 'team')) subject = 'writer';
  else if (subjectWords[0] === 'you' || (subjectWords.length === 1 && subjectWords[0] === 'u')) subject = 'customer';
  // Any other subject (a courier, "your order", "it") is a third party or a thing whose outcome others control.
  else if (subjectWords.length > 0) subject = 'third';
  const has = (w: string): boolean => verbs.includes(w);
  const future = has('will') || has('shall') || (has('going') && verbs[verbs.indexOf('going') + 1] === 'to');
  const negated = verbs.slice(0, 4).some((w) => w === 'not' || w === 'never' || w === 'no');
  const modal = verbs.find((w) => modals.has(w));
  const beIndex = verbs.findIndex((w) => /^(?:am|is|are|was|were|be|been|being)$/.test(w));
  const afterBe = beIndex >= 0 ? verbs.slice(beIndex + 1).find((w) => !/^(?:not|now|already|just|also|currently|still|being|been|actively|finally|fully|successfully)$/.test(w) && !adverb(w)) : undefined;
  const passive = afterBe !== undefined && past(afterBe) && !/^(?:sorry|afraid|unable|able|glad|happy|sure|aware)$/.test(afterBe);
  const progressive = afterBe !== undefined && gerund(afterBe);
  const haveIndex = verbs.findIndex((w) => w === 'have' || w === 'has' || w === 'had');
  const afterHave = haveIndex >= 0 ? verbs.slice(haveIndex + 1).find((w) => !/^(?:not|now|already|just|also|since|recently|finally|successfully|been)$/.test(w) && !adverb(w)) : undefined;
  // "has been" is perfect whatever follows it ("it has been 90 days", "we have been working on it").
  // "It's been quite a day": the "'s" before "been" is "has".
  const perfect = (haveIndex >= 0 && verbs[haveIndex + 1] !== 'to' && ((afterHave !== undefined && past(afterHave)) || verbs.slice(haveIndex + 1, haveIndex + 4).includes('been'))) || (verbs[0] === 'is' && verbs[1] === 'been');
  // "I had to take the waitlists out": an obligation in the past is a thing done.
  // The group's first verb, past the adverbs that may open it: "we also reached out", "I just sent it".
  const lead = verbs.find((w) => !groupAdverbs.test(w) && !adverb(w));
  const pastTense = lead !== undefined && (/^(?:was|were|did)$/.test(lead) || (v > i && past(lead) && !finite.has(lead)) || (v > i && lead === 'had' && verbs[verbs.indexOf(lead) + 1] === 'to'));
  // ("Services will be running normally again": the manner of running, not how often; "it normally takes" still hedges.)
  const hedged = words.some((w, k) => hedges.has(w) && !(w === 'normally' && functioning.test(words[k - 1] ?? ''))) && !(modal === 'should' && subject === 'writer');
  let verb: string | undefined;
  if (imperative) verb = first;
  else if (perfect) verb = afterHave;
  else if (passive || progressive) verb = afterBe;
  // Past an adverb or an intensifier: "I was really sorry to hear that" is "sorry", "we were so sorry" is no verb at all.
  else verb = verbs.find((w) => !finite.has(w) && !adverb(w) && !/^(?:not|going|to|now|already|just|also|be|been|being|definitely|certainly|never|still|then|able|very|so|too|quite)$/.test(w));
  const modality: Modality = raw.condition ? 'conditional' : negated ? 'negated' : perfect || pastTense ? 'past' : hedged || (modal !== undefined && modal !== 'will' && modal !== 'shall' && modal !== 'must') ? 'hedged' : 'certain';
  const agent: Agent = imperative ? 'customer' : subject;
  const outcome = subject === 'third' || (subject === 'customer' && verb !== undefined && /^(?:receive|get|hear|see|be)$/.test(verb));
  // "The installer turns up between 8 and 10", "they have your report on your account by Friday": a present tense with
  // nothing to hedge or negate it, about a someone or something named by a pronoun, a determiner, a possessive or
  // capitals (a bare plural is a rule of thumb: "refunds take 3-5 days"; "takes" and "costs" tell a length or a price).
  const named = subjectWords.length > 0 && (specificSubject.has(subjectWords[0]!) || /['’]s$/.test(subjectWords[0]!) || tokens.slice(i, v).some((t, k) => t.caps || (t.initial === true && (i + k > 0 || raw.later === true) && !calendarNames.test(t.w))));
  const scheduled =
    subject === 'third' && named && !raw.condition && !future && !perfect && !pastTense && !negated && !hedged && modal === undefined && !verbs.includes('to') && (!progressive || (verb !== undefined && /^(?:arriv|deliver|com|collect|visit|call|drop|ship|send|bring|fit|install|land|depart|leav|tak|fix|repair|replac|releas|launch|process|pick)(?:e|ing)?/.test(verb) && !verbs.includes('being'))) && verb !== undefined && !notScheduled.has(verb) && !roomInWindow(tokens);
  return {
    clause: {
      start: tokens[0]!.start,
      end: tokens.at(-1)!.end,
      agent,
      modality,
      condition: raw.condition,
      future,
      outcome: outcome && verb !== undefined && (outcomeVerbs.has(verb) || subject === 'third'),
      ...(scheduled ? { scheduled } : {}),
    },
    imperative,
    please,
    subject,
    subjectWords,
    verbs,
    future,
    perfect,
    progressive,
    passive,
    pastTense,
    negated,
    hedged,
    ...(modal ? { modal } : {}),
    ...(verb ? { verb } : {}),
    words,
    ...(words[from] !== undefined ? { opener: words[from] } : {}),
    subordinate: raw.subordinate && !raw.condition,
  };
}

/** The text ends with a colon and nothing after it but marks and spaces ("If that doesn't work:**"), read from the end in code. */
function endsWithColon(text: string): boolean {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charAt(i);
    if (c === ':') return true;
    if (/\w/u.test(c)) return false;
  }
  return false;
}

/** Where the first word at or after an offset starts. */
function firstWordAt(text: string, at: number): number {
  let i = at;
  while (i < text.length && !/[\p{L}\p{N}]/u.test(text.charAt(i))) i++;
  return i;
}

// --- Whole-sentence signals --------------------------------------------------

/** A fault denied: "it's not our fault", "that isn't really my fault". */
const faultDenied = /\b(?:not|n['’]t|never)\s+(?:really\s+|entirely\s+|strictly\s+)?(?:our|my) fault\b/gi;
const apologyWords = /\b(?:sorry|apologi[sz]e[sd]?|apologi[sz]ing|apologies|apology|regret|my bad|our bad|our fault|my fault)\b/i;
const empathyWords =
  lowered(/\b(?:sorry (?:to (?:hear|see|learn|read)|you(?:['’]re| are| were|['’]ve| have| had| feel| felt)|that you|if you['’]re|about that|to hear)|(?:i|we) (?:completely |totally |fully |can |really |truly )?(?:understand|imagine|hear you|know how|get (?:it|that|how|why|you)|feel for you)|understandabl[ey]|(?:that|this) (?:sounds|must (?:be|have been)|is (?:not|n['’]t) (?:what|the experience|how))|not (?:the experience|what we want|the (?:perception|impression) we want|what (?:we|i) (?:like|love|hope|expect|want|wanted) to (?:hear|see|read))|frustrat\w+|annoying|disappointing|stressful|inconvenient|upsetting|(?:sad|unfortunate) to (?:hear|see|learn)|oh no|yikes|we feel your pain)/i);
/** A sentence that opens by saying back what the customer told: "We understand that …", "I see that your order …", "You wrote to us about …". */
const acknowledging = lowered(/^\W*(?:(?:i|we) (?:completely |totally |fully |can )?(?:understand|see|hear|know|realise|realize|recogni[sz]e|appreciate|note|noticed?|gather) (?:that|how)\b|(?:i|we)(?:['’]m| am|['’]re| are) sorry (?:to (?:hear|see|learn|read)|that)\b|you (?:wrote|emailed|called|rang|messaged|told us|mentioned|reported|explained|said|contacted us|got in touch) (?:to us |in )?(?:about|that|to say|to tell|to let|regarding|with)\b)/i);
/** How such things go, or what caused this one: "it happens to …", "this can occur when …", "that's most likely what …". */
const howThingsGo = lowered(/\b(?:it|this|that|which)\s+(?:often |sometimes |occasionally |usually |can |does |tends to )?(?:happens?|occurs?)\b|^\W*(?:that|this|it)(?:['’]s| is| was)\s+(?:most likely |probably |likely |almost certainly |very likely )?(?:what|why|the reason)\b/i);
/** A time that names no time: "as soon as possible", "shortly". */
const vagueTime = /^(?:asap|as soon as (?:possible|we can|i can)|shortly|soon|immediately|instantly|right away)$/i;
/**
 * Effort said without a deed, a time or a way to check on it: "we're doing all we can", "we're doing our best". (Work
 * named is work in progress: "we're working hard to reunite you with your bags" tells what is being done.)
 */
const vagueEffort = lowered(/^\W*(?:please (?:know|rest assured|be assured) (?:that )?)?(?:(?:i|we)(?:['’]re| are|['’]m| am|['’]ll be| will be) )(?:doing (?:all|everything|what(?:ever)?) (?:that )?(?:we|i) can|doing (?:our|my) (?:very )?best|trying (?:our|my) (?:very )?best)\b/i);
/** An apology that names nothing: "sorry for any inconvenience", "we apologise for the trouble". */
const genericApology =
  /\b(?:(?:we|i)\s+|(?:we|i)(?=['’]))?(?:(?:sincerely|truly|do)\s+)?(?:apologi[sz]e|(?:(?:am|are|['’]m|['’]re)\s+)?(?:so |very |really |truly )?sorry|apologies|regret)\s+(?:for\s+)?(?:(?:any|the|all the)\s+(?:inconvenience|trouble|issues?|problems?|confusion|frustration|disruption)|any\s+delays?)(?:\s+(?:this|that|it)\s+(?:may\s+)?(?:have|has)\s+caused(?:\s+you)?|\s+caused(?:\s+to\s+you)?)?(?=[\s.!,]|$)(?!\s+(?:to|with|in|on|of|regarding|about|around|you['’]re|you are|you['’]ve|you have|your|this morning|today|yesterday)\b)/i;
const bareApology = lowered(/^\W*(?:(?:we|i)\s+)?(?:(?:am|are|['’]m|['’]re)\s+)?(?:so\s+|very\s+|really\s+|truly\s+|sincerely\s+)?(?:sorry|apologies|apologi[sz]e)(?:\s+(?:about|for)\s+(?:this|that|it))?\W*$/i);
const thanksWords = /\b(?:thank(?:s| you)?|thx|ty|appreciate[sd]?|grateful|gratitude)\b/i;
const greetingStart = lowered(/^[^A-Za-z@]*(?:@[^\s@]+\s+)*(?:hi|hello|hey|hiya|howdy|dear|greetings|good\s+(?:morning|afternoon|evening|day)|salutations)\b/i);
const pleasantry =
  lowered(/^\W*(?:have an? (?:great|good|nice|lovely|wonderful|fantastic|awesome|safe|happy|amazing|fab)|enjoy|hope (?:this|that|it) (?:helps|clarifies|answers)|hope you(?:['’]re| are| have| had| enjoy| get| feel)|you['’]re (?:very )?welcome|you are (?:very )?welcome|no (?:problem|worries)|(?:glad|happy|great|good) to hear|glad (?:we|i|you|it|that)|congrat|welcome (?:to|aboard|back)|good luck|all the best|take care|cheers|happy (?:holidays|birthday|new year|to help)|wow|awesome|great|amazing|woo|yay|way to go|stay safe|best wishes)/i);
/** What is done to a message sent again: "… , it will be closed without a reply", "they'll be deleted". */
const closedOnContact = lowered(/^\W*if you\b[^,]{0,80},\s*(?:it|they|this|these|the [a-z]+|your [a-z]+)(?:['’]ll| will) be (?:closed|deleted|ignored|removed|locked|rejected|discarded|merged)\b/i);
/** What was lost, found: "has been traced", "'s been located" (a small pattern of its own: the deeds' one is at the ReDoS check's budget). */
const foundDone = lowered(/\b(?:has|have|had|['’]s|['’]ve) (?:now |already |just |also )?been (?:traced|located|retrieved|recovered|tracked down)\b/i);
/** A no of the writer's side ("we can't", "not possible", "declined"); not the customer's own ("the subs you rejected at the door"). */
const refusalWords =
  lowered(/\b(?:(?:i|we)(?:['’]re|['’]m)\s+(?:(?:therefore|thus|currently|presently|still|sadly|regrettably|also|simply|just) )?(?:not able|unable)|no one (?:(?:here|at (?:the |our )?[a-z]+|on (?:our|the|my) [a-z]+|in (?:our|the|my) [a-z]+) )?(?:is able to|can)\b|(?:i|we)\s+(?:can\s*not|cannot|can['’]t|(?:are|am)\s+(?:(?:therefore|thus|currently|presently|still|sadly|regrettably|also|simply|just) )?(?:not able|unable)|(?:won['’]t|will not) be able|(?:do not|don['’]t|does not|doesn['’]t) (?:offer|support|provide|allow|accept|ship|have|sell|carry|issue|give|do)|(?:no longer|don['’]t) (?:offer|support|sell|provide))|not (?:possible|supported|available|allowed|permitted|eligible|something (?:that )?(?:i|we) (?:can|do|offer|support|provide|allow))|(?:isn['’]t|aren['’]t|wasn['’]t) something (?:that )?(?:i|we) (?:can|do|offer)|impossible|nothing (?:more |else |further )?(?:that )?(?:i|we) can do|(?:there(?:['’]s| is)|(?:i|we) (?:have|had)) no way (?:for (?:us|me) )?to|no way for (?:us|me) to|no longer (?:available|supported|offered|possible)|out of (?:our|my) (?:hands|control)|(?:won['’]t|will not|is not|isn['’]t|are not|aren['’]t) (?:be )?(?:fixing|fixed|implementing|accepting|refunding|refunded|supported|added|merged|considered)|(?<!\byou )(?:decline|declined|reject|rejected|close (?:this|it) as|closing (?:this|it) as|won['’]t fix|wontfix|not a bug|not planned|out of scope)\b)/i);
const ruleWords =
  lowered(/\b(?:against (?:the |our |forum |community |site )?(?:rules|polic(?:y|ies)|terms|guidelines|code of conduct|tos)|(?:violat\w+|breach\w*|break\w*) (?:the |our )?(?:rules|polic(?:y|ies)|terms|guidelines|code of conduct|tos)|(?:result|results|resulting|lead|leads) in (?:an? |the |your )?(?:permanent |temporary )?(?:suspension|ban|termination|closure|removal|deletion|block)|(?:(?:will|may|can|could|would|might) |(?:you|it|they)['’]ll )(?:be|get) (?:permanently |temporarily )?(?:suspended|banned|terminated|closed|removed|deleted|locked|blocked)|(?:is|are) (?:strictly )?(?:not allowed|prohibited|forbidden|not permitted)|(?:per|by|according to) (?:our |the )?(?:company )?(?:policy|rules|guidelines|terms)|polic(?:y|ies) (?:prohibits|forbids|does not allow|doesn['’]t allow|won['’]t allow|states|says|requires)|(?:please )?read (?:the |our )?(?:rules|guidelines|faq|forum rules|code of conduct|contributing guide|documentation) (?:before|first|carefully))/i);
/** Invitations, as several small patterns (one large alternation is too much for the ReDoS check to decide). */
const invitationPhrases: readonly LoweredPattern[] = [
  /\b(?:let (?:us|me) know(?!\s+(?:your|the|which|what(?:['’]s| is) your|what (?:time|date|day|train|flight|order|model|version|device|browser|error|email|account|happened|went wrong|you (?:see|saw|get|got|tried|did|were))|what(?:['’]s| is) (?:going on|wrong|happening)|more (?:about|details|info)|when|where|who|whether|via dm (?:your|the)))|(?:do not|don['’]t) hesitate|feel free to (?:reach|contact|get in touch|ask|reply|let|write|message|dm|drop|ping|send us a|come back|call|email|tweet|hit)|(?<!\b(?:i|we)(?:['’]ll| will| shall| can| could) (?:also |then |just )?)(?:reach out|get in touch|contact (?:us|me)|write (?:back|to us)|get back to (?:us|me)|come back to (?:us|me)|drop (?:us|me) a|give (?:us|me) a (?:shout|call|ring|holler)|hit (?:us|me) up|ping (?:us|me)|message us|dm us|send us a (?:dm|message|note|line|tweet)|tweet us|reply (?:back|here|to (?:this|our|my) (?:email|message|tweet|thread|ticket)))(?:\s+\S+){0,6}?\s+(?:again|anytime|any time|whenever|at any time|if|should|in case|with any|for (?:any|more|further)|any (?:other|more|further))|(?:i|we)(?:['’]m|['’]re| am| are| will be|['’]ll be| remain) (?:always |happy |glad |more than happy |here |around |available )?(?:here (?:to help|for you|if you need)|(?:happy|glad|available|around) to (?:help|assist|answer)|around if|here if|always here|on hand))/i,
  // "Please get back in touch if anything else comes up": the door reopened, in a small pattern of its own (the one above
  // is at the ReDoS check's budget).
  /\bget back in touch\b(?:\s+\S+){0,6}?\s+(?:again|anytime|any time|whenever|if|should|in case|with any|for (?:any|more|further))\b/i,
  /\b(?:(?:are|do) you still (?:need|needing|require|requiring) (?:any )?(?:help|assistance|support)|is there anything else (?:on|about|with|in) (?:the|your|this) [a-z]+ you(?:['’]d| would) like (?:me|us) to\b|^\W*(?:any )?(?:other |more |further )?questions? (?:about|on) [^.!?]{1,40}\?\W*$|(?:is|was) there (?:something|anything) else (?:that )?you (?:need(?:ed)?|want(?:ed)?|would like)\b|is there anything (?:else )?(?:(?:i|we) (?:can|could|may|might)(?: be able to)? (?:help|assist|do)\b)|here (?:to help|for you|if you need (?:us|me|anything))|(?:is|are|['’]re|['’]s) (?:always |still )?(?:here|there) (?:if|whenever|should|for when) you need (?:it|them|us|me|anything|help|a hand)\b|hope to hear from you|look(?:ing)? forward to (?:hearing|your reply|helping|assisting|speaking)|(?:is there )?anything else (?:(?:i|we) can|you need|we could|I could)|(?:can|may) (?:i|we) help (?:you )?with anything else)/i,
  // An offer of more: "happy to dig in further once I can see the logs" (an offer on the customer's wish, "If a
  // walkthrough would be useful, I'm happy to book one", and an offer asked are read in code: see offerOnWish, offerAsked).
  /\b(?:happy|glad) to (?:help|dig|look|check|go|walk|talk|assist)[a-z]*(?: (?:in|into it|at it|through it|you through it))? further\b/i,
  // A check-in on what was sent: "By the way, did the replacement charger reach you okay?".
  /\bdid (?:the|your|it|they|that|this)\b[^.!?]{0,40}?\b(?:reach you|arrive|get to you|turn up|come through)(?: (?:okay|ok|alright|all right|safely|in one piece|fine|in good (?:shape|condition)))?\W*\?/i,
  // An offer to take it up again if the customer needs it: "Happy to reopen if you still hit it after the release".
  // So is any help offered on a need named after it: "Happy to go through the record with you if anything in it is unclear".
  /(?:^\W*|\b(?:i['’]m|we['’]re|i am|we are|always|more than) )(?:happy|glad) to (?:reopen|re-open|revisit|look again|take another look|dig (?:in|further)|check again)\b[^.!?]{0,40}?\b(?:if|should|whenever) (?:you|it|this|that|the)\b/i,
  /^\W*(?:(?:i['’]m|we['’]re|i am|we are|i['’]d be|we['’]d be|i would be|we would be) )?(?:always |more than |very )?(?:happy|glad) to (?:go|talk|walk|run|take|look|explain|help|check|chat)\b[^.!?]{0,50}?\b(?:if|should|whenever|in case) (?:anything|any|you|there)\b/i,
  // More help offered in other words, and the door said open: "Anything further I can help with?", "Can I look at
  // anything else on your booking?", "My door is always open to you".
  /\b(?:(?:is there )?anything (?:further|more) (?:(?:i|we) can|you need)|(?:can|may|could|shall) (?:i|we) (?:assist (?:you )?with|look (?:at|into)|check|do|sort out|take care of) anything else|(?:my|our) doors? (?:is|are|remains?|will (?:always )?be|stays?) (?:always |still )?open)\b/i,
  /\b(?:(?:does|did) (?:that|this|it) (?:help|work|make sense|answer|clear|fix|solve|resolve|do the trick)|did you find (?:the|this|that|our|my) (?:info|information|answer|article|reply|response|steps|guide|link|video|tips?|advice)(?: (?:provided|above|below|i sent|we sent))? (?:to be )?(?:helpful|useful)|(?:was|is) (?:this|that|it) (?:helpful|useful)\?|(?:any (?:other|more|further) questions|more questions|further questions)|(?:reply|respond) to this (?:email|message|ticket|e-mail|thread)|just (?:reply|respond|hit reply)|you (?:can|may) (?:always )?(?:reply|respond|reach us|contact us|get (?:back )?in touch|write))/i,
  /\b(?:keep (?:us|me) (?:posted|updated|in the loop)|^\W*(?:(?:always|more than) )?(?:happy|glad) to (?:help|assist)|let (?:us|me) know how (?:it|that|you) (?:goes|get on|went)|(?:glad|happy|keen) to hear how (?:it|that|things|you) (?:goes|go|went|get on|got on)|we(?:['’]re| are) (?:just |only )?(?:a|an|one) (?:tweet|message|dm|call|phone call|email|e-mail|text|click) away)/i,
  /\b(?:we['’]d love to hear|feel free to [a-z]+|(?:we|i)(?:['’]d| would) (?:love|welcome|be (?:happy|glad)) (?:to see|to hear|to have|future|any|your|more)|(?:always )?(?:up|open) (?:for|to) (?:discussion|feedback|suggestions)|make (?:more )?sense\?)/i,
  /\b(?:(?:just )?tell (?:me|us)\b[^.!?]{0,60}\b(?:and|&) (?:i|we)(?:['’]ll| will) |(?:does|did) (?:that|this|it) (?:help|work)|^\W*if not,|^\W*if you(?:['’]d| would)? (?:prefer|like|want|wish)\b.*\b(?:i|we) (?:can|could|['’]d|would|will|['’]ll)\b)/i,
  // The condition said first ("Any questions, give us a shout"), an offer of more asked as a question, and the door
  // described rather than opened ("you know where to find us", "reach us 24/7 on chat", "our team is on hand if you need us").
  /\b(?:any (?:questions?|problems?|issues?|trouble|worries|concerns?)(?: at all| after that| after this| with (?:it|that|this))?|anything (?:else|at all))[,:]? (?:just )?(?:give (?:us|me) a (?:shout|call|ring|holler|buzz)|(?:let|tell) (?:us|me)|reach out|get (?:back )?in touch|ping (?:us|me)|shout|drop (?:us|me) a|message (?:us|me)|dm (?:us|me)|reply|write|(?:we|i)(?:['’]re|['’]m| are| am) (?:always |still |just )?(?:here|around|available)\b)/i,
  /^\W*(?:just )?(?:shout|holler) if\b|(?:^\W*|\bdo you |\bwould you like )(?:(?:want|need) )?(?:me|us) to (?:do|help with|look (?:at|into)|check) anything else\b|\byou know where (?:to find|to reach) (?:us|me)\b|\byou know where (?:we are|i am|we['’]re|i['’]m)\b/i,
  /(?:^\W*|\byou can (?:also |always )?)reach (?:us|me) (?:24\/7|any ?time|around the clock|on|at|via|by)\b|\b(?:we|i|our (?:\w+ )?team)(?:['’]re|['’]m| are| am| is) (?:available|on hand|here|around) (?:24\/7|around the clock|any ?time|all (?:day|week|weekend)|every ?day|daily|(?:7|seven) days a week|until|till|whenever|if you need)\b/i,
  // What the customer thinks asked for ("let me know your thoughts"), contact asked for on a condition that follows
  // ("please reach back out to us if there is anything we can do"), and help offered as a question ("Would you like us
  // to take a look at your booking?").
  /\blet (?:us|me) know your (?:thoughts|feedback|views|opinion|comments|questions|concerns)\b|\b(?:reach|get) (?:back )?(?:out|in touch)(?: (?:to|with) (?:us|me))?(?: again)?,? (?:if|whenever|should|any ?time)\b|^\W*(?:would you like|do you want) (?:me|us) to (?:take a look|look into|check|help|assist|walk you through|call you|go over)\b/i,
  // "If you decide you'd like us to help, we're here."
  // Talking it over offered ("You are also welcome to discuss this further on our mailing list", "We'd be happy to discuss things").
  /\byou(?:['’]re| are) (?:also |always |more than |very )?welcome to (?:discuss|ask|reach|contact|come back|reply|re-?open|comment|share|join|post|get (?:back )?in touch|follow up|write|talk)\b|\b(?:we|i)(?:['’]d| would)(?: always)? be (?:more than )?(?:happy|glad|pleased) to (?:discuss|talk|chat|answer|hear)\b|\b(?:we|i)(?:['’]ll| will| shall)(?: always)? be (?:more than )?(?:happy|glad|pleased|delighted) to hear from you\b/i,
  // "Shall I look at any other orders while you're here?", "Can we help with any other bookings?"
  /\b(?:shall|can|may|could|should) (?:i|we) (?:look (?:at|into)|check|help (?:you )?with|assist (?:you )?with|sort out) any other (?:orders?|bookings?|items?|accounts?|questions?|issues?|queries|reservations?|parcels?|deliveries|tickets?)\b/i,
  // "Was there anything more you needed from me?"
  /\b(?:is|was) there anything (?:more|further|else) (?:that )?you (?:need(?:ed)?|want(?:ed)?|would like)(?: (?:from|of) (?:me|us))?\b/i,
  // The need named first as what a way to reach someone is for: "For questions about your application, you can call the
  // advice line on …", "for any other queries, please email …".
  /^\W*for (?:any )?(?:further |other |more |additional |general )?(?:questions|queries|enquiries|inquiries|help|assistance|support)\b[^,.!?]{0,60}, (?:please )?(?:you (?:can|may|could) (?:also )?|feel free to |do )?(?:call|contact|reach|email|e-mail|write to|ring|phone|message|dm|get (?:back )?in touch)\b/i,
  // The condition said first with more words: "Any questions at all before then, give me a shout".
  /\bany (?:questions?|problems?|worries|concerns?|issues?)\b[^.!?,:]{0,30}[,:] (?:just )?(?:give (?:us|me) a (?:shout|call|ring|bell|buzz)|let (?:us|me) know|drop (?:us|me) a (?:line|note|message)|get (?:back )?in touch|shout)\b/i,
  // "Anything further on your booking I can look at while we're chatting?"
  /^\W*(?:is there |was there )?anything (?:else|further|more)\b[^.!?]{0,40}\b(?:i|we) (?:can|could) (?:look at|look into|help|assist|do|check|sort)\b/i,
  // "Was there anything more I could look at for you?", "Is there anything further we can do?"
  /\b(?:is|was) there (?:anything|something) (?:else |more |further )?(?:that )?(?:i|we) (?:can|could|may|might)(?: be able to)? (?:help|assist|do|look (?:at|into)|check|sort)\b/i,
  /^\W*(?:if|should|whenever) (?:you|there|anything|something|any|questions?|problems?|issues?)\b[^.!?,]{0,80}(?:, ?| )(?:we|i)(?:['’]re|['’]m| are| am) (?:always |still |just )?(?:here|around|available)\b/i,
  // Where to come with more questions, said as a fact: "The forum is the best place to ask questions", "the mailing list
  // and IRC are great ways to ask questions".
  /\b(?:is|are) (?:(?:a|the|our) )?(?:best|great|good|quickest|easiest|right|ideal) (?:ways?|places?|channels?|spots?) to (?:ask (?:questions?|for help|us)|get (?:help|support|answers?|in touch)|reach (?:us|me|the team))\b/i,
  // More help offered on anything the customer may want: "Is there anything in the terms you'd like me to go through?",
  // and the same said as a condition with or without its "if": "Any line in the quote you'd like explained, ring me or
  // reply here", "Anything else on your membership, give me a shout", "If there's anything else you'd like to tell us
  // about your visit, do get back in touch".
  /^\W*is there anything(?: else)?(?: [a-z]+){0,5}? (?:that )?you(?:['’]d| would) like (?:me|us) to\b|^\W*(?:if (?:there(?:['’]s| is| are) |you have )?)?(?:any|anything)\b[^.!?,]{0,80}, (?:just |do |please )?(?:ring|call|phone|email|text|message|contact|reply|write|drop|give (?:me|us) a|get (?:back )?in touch|let (?:me|us) know)\b/i,
  // A check-in on what was fixed: "Does everything look right on your side now?", "Is it working for you again?", "Are
  // you all set now?". (Not a question on where it fails: "Does it work on another browser?")
  /^\W*(?:(?:and|so) )?(?:does|do|is|are) (?:everything|it|that|this|things|all|you)(?: (?:all )?(?:look|looks|looking|seem|seems|seem to be|work|works|working|load|loads|loading|run|running)(?: (?:right|good|ok|okay|fine|correct|better|normal|normally|properly))?| (?:all )?(?:set|sorted|good|ok|okay|fine|working|back to normal))(?: (?:on your (?:side|end)|to you|for you|at your end|your end))?(?: (?:now|again))?\W*\?/i,
  // A check-in on what was arranged ("Does that time still work for you?", "Would Tuesday suit?"), and a way to reach the
  // writer offered on a wish ("My direct line is 0161 496 0732 if you'd like to reach me sooner").
  /^\W*(?:(?:and|so) )?(?:does|do|would|will|is) (?:that|this|the new|the|tuesday|monday|wednesday|thursday|friday|saturday|sunday|it)(?: (?:time|date|slot|day|appointment|arrangement|plan|option|one|booking|change|works))? (?:still )?(?:work|suit|fit|ok|okay|alright|all right|convenient)(?: (?:for|with) you)?\W*\?/i,
  /\b(?:my|our) (?:direct )?(?:line|number|phone number|extension|email(?: address)?|mobile)(?: is|['’]s)\b[^.!?]{0,40}?\bif you(?:['’]d| would)? (?:like|need|want|prefer|have)\b/i,
  // The team said to stay at hand ("Our team remains available by phone or email for any other matter"), and help
  // offered on any part of what was said ("Happy to clarify any part of this by return").
  /\b(?:team|we|i|office|desk|staff|advisers|advisors|colleagues)\b(?:['’]re|['’]m| [a-z]+){0,2}? (?:remains?|stays?|will remain|will stay|are|is|am) (?:always |still |fully |happy and )?available (?:by|on|via|at|through|for|to|if|should|whenever)\b/i,
  /^\W*(?:(?:i['’]m|we['’]re|i am|we are|i['’]d be|we['’]d be|i would be|we would be) )?(?:always |more than |very )?(?:happy|glad) to (?:clarify|explain|go (?:through|over)|talk (?:through|about)|discuss|answer) (?:any|anything|more)\b/i,
  // A check-in on what was just said or offered, pointed back to ("Would either of those work for your team in the
  // meantime?", "Does that match what you're seeing on your side?", "Do these sound okay?"): it asks the customer's view,
  // and so for a reply. (Not a question on the thing itself: "Does it work in another browser?" asks for a fact.)
  /^\W*(?:(?:and|so|but) )?(?:does|do|would|will|could|might|did) (?:that|this|these|those|either(?: (?:one|option))?(?: of (?:those|these|them|the two))?|any(?: one)? of (?:those|these|them)|one of (?:those|these))(?: (?:options?|times?|dates?|slots?|plans?|ideas?|suggestions?|approach(?:es)?|fix(?:es)?|changes?))? (?:still |both |all )?(?:work|suit|help|match|sound|look|seem|fit|answer|cover|make sense|line up|tally)\b[^.!?]{0,80}\?\W*$/i,
  // A check-in on a thing arranged, named ("Does Fenwick's location work for you, or would you prefer a repairer nearer
  // your workplace?"): the customer's say asked on what was offered. (Not where it fails: "… work for you in another
  // browser?".)
  /^\W*(?:(?:and|so) )?(?:does|do|would|will) (?!it\b)(?:[\w'’-]+ ){1,4}?(?:work|suit) (?:for |with )?you\b(?![^.!?]{0,60}\b(?:another|a different|other|incognito|private)\b)[^.!?]{0,100}\?\W*$/i,
  // More help offered as what the writer is glad to do next: "Happy to look at a fresh log sample once it's deployed".
  // (Without a time to come, the same words opening a reply are a pleasantry: "Happy to explain the charges.")
  /^\W*(?:(?:i['’]m|we['’]re|i am|we are|i['’]d be|we['’]d be|i would be|we would be) )?(?:always |more than |very |also )?(?:happy|glad) to (?:look|dig|check|go|walk|talk|run|take (?:a|another) look|review|hop|jump|explain|chat|call|answer|clarify|discuss|troubleshoot|debug)\b[^.!?]{0,60}?\b(?:once|when|whenever|if|after|again|further|any ?time|another|later)\b/i,
  // More help offered in a few words: "Need a hand with anything else today?".
  /^\W*(?:(?:do|would) you )?(?:need|want) (?:a hand|(?:any )?(?:more |other |further )?help)(?: with)? (?:anything|something) (?:else|more)\b/i,
  // Room left for more from the customer: "If you have anything to add, send it as a reply here".
  /^\W*(?:and |so )?(?:if|should) you (?:have|think of|remember|find) (?:anything|something|more|any(?: more| other| further)? (?:details?|information|info|questions?|screenshots?)) (?:else |more |further )?(?:to add|to share|to tell us|to send|you(?:['’]d| would) like to (?:add|share))\b/i,
  // More help offered as a request to be told: "Do tell me if there's more I can do", "please tell us if you need anything".
  /^\W*(?:(?:do|please|just) )?tell (?:me|us) (?:if|whether|should) (?:there(?:['’]s| is) (?:anything|more|something)|you (?:need|want|would like|['’]d like|have) (?:anything|more|any|something|help))\b/i,
  // Leave to write at any time: "Do write to me whenever you like", "please feel welcome to email us any time".
  /^\W*(?:do |please )?(?:write|email|e-mail|call|ring|message) (?:to )?(?:me|us)\b[^.!?]{0,20}\b(?:whenever|any ?time|at any time)\b/i,
  // The door said open as an order with no errand: "Ring me or reply here."
  /^\W*(?:just )?(?:ring|call|phone|email|text|message) (?:me|us)(?: or (?:reply|write|email|ring|call)(?: (?:here|back|to (?:this|me|us)))?)?\W*$/i,
].map(lowered);
/** The writer's promise going on after "and" with a verb of getting in touch: "we will check the logs and reach out again". */
const writerCarriesOn = /\b(?:i|we)(?:['’]ll| will| shall| am going to| are going to|['’]m going to|['’]re going to) (?:[a-z'’]+ ){1,8}?and (?:then )?(?:reach out|get in touch)(?: (?:to|with) you)?(?: again)?\b/;
/**
 * A check-in on whether the trouble is still there ("Are you still having this issue?", "Is it working now?", "Has the
 * error cleared up?"): it asks the customer back in, and asks for a fact that moves the case.
 */
/** The writer said to be close at hand: "we're a reply away", "help is only a DM away". */
const justAway = lowered(/\b(?:we(?:['’]re| are)|i(?:['’]m| am)|help(?:['’]s| is)|support(?:['’]s| is)|the team(?:['’]s| is)) (?:only |just |always )?(?:a|one) (?:quick )?(?:reply|message|dm|call|email|click|tweet|text|phone call|chat) away\b/i);
/**
 * A question that names only a need, or asks whether there is more: "Any questions?", "Queries on the quote?", "Problems
 * with the app?", "Was there anything else today?". Put to the customer, it asks them back in.
 */
const needQuestion = lowered(
  /^\W*(?:(?:and|so|ok|okay)\W+)?(?:(?:(?:any|more|further|other|still got any|got any) )?(?:questions?|queries|query|problems?|issues?|trouble|concerns?|worries|doubts)(?: (?:about|on|with|regarding|over) [^?]{1,60}| (?:before then|in the meantime|meanwhile|till then|until then|so far|at all))?|(?:is|was) there anything (?:else|more)\b[^?]{0,40}|anything (?:else|more)\b[^?]{0,40})\?\W*$/i,
);
/** An offer after a condition's comma: ", I'm happy to book one", ", we'd be glad to help". */
const offerOnWish = lowered(/,\s*(?:i['’]m|we['’]re|i am|we are|i['’]d be|we['’]d be|i would be|we would be)\s+(?:more than\s+|always\s+)?(?:happy|glad|pleased)\s+to\b/i);
/** The telling thanked for in other words: "we appreciate you taking the time to …", "I appreciate you letting us know". */
const appreciatedTelling = lowered(/^\W*(?:(?:we|i) (?:really |do |truly |very much |greatly )?appreciate|(?:it is|it's) (?:much |greatly )?appreciated) (?:you|your) (?:taking|letting|telling|getting|reaching|flagging|raising)\b/i);
/** "… for taking the time to let us know": the telling thanked for. */
const toLetUsKnow = /\bto let (?:us|me) know\b/;
/** An offer asked: "Would you like me to make that change for you?", "Do you want us to cancel the order?". */
const offerAsked = lowered(/^\W*(?:would|do) you (?:like|want) (?:me|us) to\b/i);
/** The check-in said in a few words: "Still stuck?", "Still not working?", "No luck?", "Still seeing the error?". */
const stillStuck = lowered(/^\W*(?:(?:and|so|but|ok|okay) )?(?:still (?:stuck|not working|broken|no (?:luck|joy)|having (?:trouble|issues|problems)|seeing (?:it|this|that|the (?:error|issue|problem|message))|getting (?:it|this|that|the (?:error|issue|message)))|not working|no (?:luck|joy))(?: after (?:that|this|all that))?\W*$/i);
const stillTroubled = lowered(
  /(?:^\W*|[-–—;:,] )(?:(?:and|so|but) )?(?:(?:are|were) you still (?:having|seeing|experiencing|getting|facing|running into|hitting|stuck|unable|affected)|(?:is|are) (?:it|this|that|they|everything|the (?:issue|problem|error|fault|app|site|service|connection|device|card|account)) (?:still (?:happening|occurring|an issue|a problem|not|broken|down|showing|there|failing|going on)|(?:now )?working (?:now|again|ok|okay|properly|correctly|fine))|(?:has|have) (?:it|this|that|the (?:issue|problem|error|fault)) (?:been )?(?:resolved|fixed|cleared|sorted|gone away|stopped)|(?:did|has) (?:it|this|that|the (?:issue|problem|error)) (?:clear(?:ed)? up|go away|gone away|stop(?:ped)?))\b/i,
);
/**
 * "Feel free to" and an action other than coming back to the writer ("… to raise a request with the ESLint team", "… to
 * visit our support resources"). Reopening, questioning the answer or offering a fix is coming back.
 */
const feelFreeElsewhere = lowered(
  /\bfeel free to (?!(?:reach|contact (?:us|me)|get (?:in touch|back to (?:us|me))|reply|respond|let (?:us|me) know|write (?:back|to (?:us|me))|message (?:us|me)|dm (?:us|me)|drop (?:us|me)|ping (?:us|me)|come back|call (?:us|me)|email (?:us|me)|tweet (?:us|me)|hit (?:us|me)|send (?:us|me)|ask(?! (?:for help |questions? )?(?:via|on|in|at|through) )|comment|follow up|update (?:us|me)|share|re-?open|question|(?:offer|submit|open|send|make) (?:us )?(?:a |an )?(?:pull request|pr|patch))\b)[a-z]+(?: [a-z]+){0,3}/i,
);
const contactVerbs = lowered(/\b(?:dm|pm|message|contact|reach|call|ring|phone|text|buzz|forward (?:it|them|that|this|the [a-z]+) (?:on )?to (?:us|me)|forward (?:us|me)|drop (?:us|me) a|email|e-mail|tweet|write|reply|respond|answer (?:it|them|the (?:reply|message|email|ticket))|tell (?:us|me)|let (?:us|me) know|get (?:back )?in touch|send (?:us|me)|send (?:it|them|this|that|these|those)(?: (?:over|back|across|through))? to (?:us|me)|ping|ask|comment|reopen|re-open|file|post|raise|join|request|provide|create|open|feel free|take (?:it|this)|come back|follow up|try (?:again|another)|(?:i|we)(?:['’]ll| will) (?:try|look|help|take|get)|open (?:a|an) (?:new )?(?:issue|ticket|thread|case)|visit|check (?:out )?(?:our|the) (?:help|support)|share|let (?:us|me) hear|(?:stop|drop|swing|come) by|give (?:us|me) a|shout|holler|keep (?:the |your |those )?(?:feedback|questions|reports|bug reports|ideas|suggestions|comments) coming)\b/i);
/**
 * The writer who will be in touch, on the condition: "if the courier hasn't collected it by Friday, I'll reach out
 * again". (On the customer's need, the same promise is the door: "if you have any questions, we'll call you back".)
 */
const writerReaches = lowered(/^\W*(?:i|we)(?:['’]ll| will| shall)(?: (?:also|then|personally))? (?:reach|contact|email|e-mail|call|ring|phone|text|write|message|get in touch|follow up)\b/i);
/** A need of the customer's named in a condition: "if you have any questions", "should you need anything". */
const customerNeed = lowered(/\byou (?:have|need|want|would like|['’]d like|require|still)\b|\bany(?:thing)? (?:else|more|further|other|questions?|problems?|issues?|concerns?)\b/i);
/** Someone other than the writer to turn to: "ask your hosting provider", "contact your bank", "call a locksmith". */
const someoneElse = lowered(/\b(?:ask|contact|call|ring|phone|email|e-mail|message|reach|tell|write to|speak (?:to|with)|talk to) (?:(?:your|their|his|her|a|an) |the (?:courier|carrier|manufacturer|maker|seller|vendor|retailer|merchant|bank|card issuer|issuer|airline|restaurant|driver|post office|postal service|delivery company|shipping company|landlord|insurer|police|marketplace|hotel|publisher|developer)s?\b)/i);
/** A condition on the writer's side: "if we need to …", "if I find …". */
const writerCondition = lowered(/^\W*(?:(?:if|when|once|should|in case)\s+)?(?:we|i|our team)\b/i);
/** An offer made on the customer's wish: "if you would like to get it, we can …". */
const optionWithTerms = lowered(/^\W*if you(?:['’]d| would)? (?:prefer|like|want|wish)\b[^,]{0,80}, ?(?:i|we) (?:can|could|will|['’]ll)\b/i);
/** A condition that is the customer's choice of an option ("you would like to receive a paperback copy", "you don't want to wait"), not more help. */
const choosing = lowered(/^\W*you (?:would |['’]d |do not |don['’]t |would not |wouldn['’]t )?(?:like|prefer|rather|want|wish|decide|choose|agree)\b/i);
// Talking it over is more help too: "if you wish to discuss your experience with us", "… to provide additional comments".
// So is the writer's help wished for: "if you'd like me to pick one for you, just tell me which you prefer".
const moreHelp = lowered(/\b(?:help|anything|further|more|questions?|assistance|support|else|other|issues?|problems?|trouble|feedback|comments?|thoughts|discuss|talk|chat|additional|disagree|(?:me|us) to)\b/i);
/** The writer's deed on the customer's answer, after the request for it: "… reply here and I'll swap the reservation". */
const offerOnAnswer = /\b(?:and|&) (?:i|we)(?:['’]ll| will| can| could| shall)\b/;
const asksToChoose = (condition: Lowered): boolean => choosing.test(condition) && !moreHelp.test(condition);
const needWords = lowered(/\b(?:not|think|feel|prefer|believe|wants?|looking for|ready|find|have (?:time|more|any)|still|again|continue|continues|persist|persists|further|more|any|anything|other|need|needed|questions?|help|issues?|problems?|trouble|concerns?|doesn['’]t|does not|didn['’]t|isn['’]t|not|won['’]t|can['’]t|don['’]t|haven['’]t|hasn['’]t|aren['’]t|wasn['’]t|weren['’]t|unable|happens|reoccurs|recurs|occurs|comes back|return|returns|would like|want|wish|prefer|interested|else|disagree|better|suits?|more convenient|easier|(?:like|want|need|prefer)s? (?:me|us) to)\b/i);
/** The opening of a line that names a case by its number: "Order no. 5018-22734", "Repair ID R-7730218", "Account 77104". */
const referenceLine = lowered(/^\W*(?:account|order|repair|booking|case|ticket|claim|policy|invoice|ref|reference|contract|request|return|refund|job|complaint|application|shipment|parcel|delivery|reservation|membership|subscription|payment|quote|bill|loan|member|customer|vehicle|device|serial|tracking|consignment|appointment)(?: (?:id|no|number|ref|reference|code))?\.?[\s:#]*(?:[a-z]{1,4}[-\/]?)?\d/i);
/** Whether the text ends on a full stop, "!" or "?", past any closing marks after it (read back in code: linear). */
function endsOnStop(text: string): boolean {
  let k = text.length;
  while (k > 0 && !'.!?'.includes(text[k - 1]!) && !/[\p{L}\p{N}]/u.test(text[k - 1]!)) k--;
  return k > 0 && '.!?'.includes(text[k - 1]!);
}
/** Words a sentence has and a case's reference line does not: determiners, pronouns, conjunctions of clauses. */
const functionWords = new Set(['the', 'a', 'an', 'your', 'my', 'our', 'their', 'this', 'that', 'these', 'those', 'it', 'them', 'us', 'me', 'you', 'to', 'when', 'if', 'please', 'and', 'then', 'before', 'after', 'once']);
/** A condition on trouble to come: something failing, running out or going wrong, or anything in the meantime. */
// ("If Google declines the request, forward me their reply and I'll see what we can offer": another's no is trouble too.)
const troubleWords = lowered(/\b(?:declines?|refuses?|rejects?|denies|says no|turns? (?:it|you|this|the [a-z]+) down|sticks?|stuck|fails?|failing|breaks?|broken|stops?|stopped|crash(?:es)?|freezes?|frozen|jams?|jammed|leaks?|leaking|drops? out|cuts? out|runs? (?:dry|out|low)|run (?:dry|out|low)|goes wrong|go wrong|worse|faulty|damaged|missing|late|before then|in the meantime|meanwhile)\b/i);
/** A condition on something not understood: "should anything be unclear", "if you're unsure". */
const doubtWords = lowered(/\b(?:unclear|confusing|confused|unsure|not sure|in doubt|doubts?)\b/i);
/** A condition on wanting help or a word with the writer: "if you need help contributing", "if you disagree". */
const helpNeed = lowered(/\b(?:questions?|help|assistance|support|discuss|discussion|talk|chat|disagree|concerns?|anything (?:else|more))\b/i);
/** A way to write in, then what to send by it: "DM us with the details", "email me your order number", "send us a DM with your booking reference". */
const sendsContent = lowered(
  /\b(?:dm|pm|message|e-?mail|tweet|send|write to|contact) (?:us|me)(?: (?:a (?:dm|pm|message|note|line|email)|privately|directly|(?:via|in|over|by) (?:dm|pm|direct message|email)))?,? (?:with |including )?(?:the |your |more |some |any |all |a few |a |an )?(?:[a-z]+ ){0,2}?(?:details|info|information|number|reference|address|name|screenshot|photo|picture|receipt|code|id)\b/i,
);
/**
 * A condition on a need that may come later: "if it happens again", "if you still …", "if you have any other questions".
 * Read in code, the condition word and then up to 60 characters of its clause: as one pattern, with a lazy gap between
 * them, the ReDoS check could not always decide it within its budget.
 */
function laterNeedIn(folded: string): boolean {
  for (const m of folded.matchAll(conditionWord)) {
    const from = m.index + m[0].length;
    // The clause, up to its punctuation: a need word may start within its first 60 characters (and run past them).
    let to = from;
    while (to < folded.length && to - from < 60 + longestNeed && !',.!?'.includes(folded[to]!)) to++;
    const clause = folded.slice(from, to);
    for (const need of clause.matchAll(laterNeedWords)) if (need.index <= 60) return true;
  }
  return false;
}
const conditionWord = /\b(?:if|should|in case)\b/g;
const laterNeedWords = /\b(?:again|still|persists?|continues?|recurs?|anything else|any (?:other|further|more)|further (?:help|assistance|questions)|more (?:help|questions))\b/g;
/** The longest need word above ("further assistance"). */
const longestNeed = 'further assistance'.length;
/** A private channel the case moves to. */
const privateChannel = lowered(/\b(?:dm|pm|direct message|private message|inbox)\b|\bmessage us privately\b/i);
/** Help or a talk offered on a condition: "if you still need assistance", "if you would like to discuss this further". */
const helpIfNeeded = lowered(/\bif you (?:still |do )?(?:need|require|want|would like|['’]d like|wish|have)(?: (?:any|further|more|additional|some|extra))? (?:assistance|help|support)\b|\bif you (?:would|['’]d) (?:like|want|wish|prefer) (?:to )?(?:discuss|talk|chat)\b/i);
/** A need other than the one in hand: "anything else", "any other questions", "if it happens again". */
const otherNeed = lowered(/\b(?:anything else|anything (?:we|i) (?:can|could)|any (?:other|further|more)|other (?:questions|issues|concerns|problems)|further questions|more questions|again|in (?:the )?future)\b/i);
/** Ways to bring a need back: "join us in the chat room", "ask on the forum", "post in the mailing list". */
const channelVerbs = lowered(/^\W*(?:(?:please|kindly|just|also|then|you can|you may|feel free to)\s+)*(?:join|ask|post|contact|reach|message|email|e-mail|call|write|reply|respond|tell|ping|dm|tweet|visit|stop by|drop by|come (?:back|by)|get in touch|let (?:us|me) know|open (?:a|an) (?:new )?(?:issue|ticket|thread|discussion))\b/i);
const adviceWords = lowered(/\b(?:(?:i|we)(?:['’]d| would)? (?:only |just |also |kindly |strongly )?(?:recommend|suggest|advise|encourage|urge|ask that you|ask you to|invite you to|request (?:that )?you)|(?:i|we)['’]d (?:try|check|start)|my (?:advice|suggestion|recommendation) (?:is|would be)|(?:it(?:['’]s| is)|it would be|would be) (?:best|a good idea|worth|wise|better|helpful|recommended) (?:to|if you)|the (?:best|easiest|quickest|fastest) (?:way|option|thing|route|place) (?:is|would be|to)|(?<!\bwhat )you(?:['’]ll| will| may| might)? (?:want|wish|need) to|you(?:['’]d| would) (?:need|want|have) to|you (?:could|can|may|might|should|must|have to|need to|will need to|['’]ll need to|ought to) (?:also |just |then |first |try |simply |now |still |always |please )*(?!(?<=\b(?:can|could|may|might) )(?:not|never)\b)(?!(?:be (?:so |very |really |quite |pretty |incredibly |absolutely )?(?:frustrated|annoyed|tired|exhausted|worried|upset|disappointed|fed up|gutted|stressed|angry|furious|confused|concerned|anxious|devastated|shattered)\b|be(?=[.!?,]|$)|expect|rest|be (?:sure|assured|able|aware|charged|refunded|contacted|notified|pleased|happy)|see (?:that|it|the|this|a|an|your)|find (?:that|it)|get (?:a|an|your|the|it|them|one)|receive|have|hear|now|already|notice|tell|imagine|trust|count|depend|also|just|then|first|simply|still|always|please)\b)[a-z]+|(?:could|can|would|will) you (?:please |kindly |just |also )?(?!like\b|be (?:able|interested)|mind if\b|tell us more about how you feel)[a-z]+|would you mind|are you able to|is it possible (?:for you )?to|request(?:ing)? (?:you|that you)|we (?:need|require) (?:you to|a|an|your|the|some|more)|(?:i|we)(?:['’]ll| will)? need (?:you to|a|an|your|the|some|more|to (?:see|know|have|get))|try (?:again|this|that|these|the following|clearing|restarting|reinstalling|updating|using|logging|signing|turning|resetting)|go ahead and|reply with|send (?:us|me|over)|dm us|pm us|follow (?:the|these) (?:steps|instructions|link))\b/i);
const nextInfoWords =
  lowered(/\b(?:(?:here(?:['’]s| is| are)|see|check out|this|the following|these|our) (?:a |the |an |our |some )?(?:link|guide|article|page|faq|doc|docs|documentation|instructions|steps|help (?:page|centre|center|article)|post|tutorial|video|thread|resource|info|information|details)|(?:article|guide|page|doc|docs|documentation|faq|link|post|video|tutorial) (?:explains|covers|shows|has|describes|walks|will help|should help|may help|might help|can help|with (?:more|details|steps|instructions))|(?:is|are|was|were) (?:(?:expected|scheduled|estimated|set|planned|booked|rescheduled|delayed until) (?:to|for|on|at|by|in)|due (?:to (?:arrive|depart|leave|land|ship|start|begin|open|close|reopen|launch|end|finish|resume|return|restart|expire|renew|be|go|run|reach|come|take place)\b|for|on|at|by|in))|(?:takes?|take up to|can take|may take|usually take|typically take|normally take|should take|will take) (?:up to |around |about |approximately )?(?:\d|a few|one|two|three|four|five|seven|ten|24|48|72|several|between)|(?:next|new) (?:departure|train|flight|bus|service|delivery|update|release|version|step)|estimated (?:time|delivery|arrival)|(?:eta|e\.t\.a)|you can (?:find|see|read|view|check|track|learn|get more|download)|(?<!(?:\bnot|n['’]t|\bno longer|\bonly) )(?:available|open|online|live) (?:at|on|from|via|here|24\/7)|(?:call|phone|ring|reach|contact) (?:us |them |the team )?(?:on|at) (?:\+?\d)|(?:will|should|may|might|can) (?:be (?:able to )?(?:find|see)|see|find) (?:more|it|them|the|your) (?:in|at|on|under))\b/i);
/** Advice and requests the grammar above misses: "it's quickest to …", "we'd like to see …", "one moment please", a menu path, "here's how to fix it:". */
const moreAdvice: readonly LoweredPattern[] = [
  /\b(?:it(?:['’]s| is)|it(?:['’]d| would| might| may) be|it might make|it makes) (?:probably |usually |often |always )?(?:quickest|easiest|simplest|fastest|safest|time|sense) to\b/i,
  /\bworth (?:checking|trying|testing|looking|a (?:try|look|shot))\b/i,
  // Advice worded as what would help: "it may be helpful to create a new branch", "a good way to make a repro is to …",
  // "a screenshot would come in handy".
  /\b(?:it|this|that)(?:['’]s| is|['’]d be| would be| may be| might be| could be| can be| will be) (?:very |really |quite |often |usually )?(?:helpful|useful|a good idea|wise|advisable|best|better|worthwhile) (?:for you )?to [a-z]+|\b(?:a|the) (?:good|great|quick|simple|easy) way to [a-z][a-z ]{0,40}? is (?:to|by) [a-z]+|\bwould come in handy\b/i,
  /\b(?:i|we)(?:['’]d| would) (?:like|love|prefer) (?:to see|you to|it if you|to direct|to ask you|to get)\b/i,
  /\b(?:will|would|['’]ll) (?:have|need) to be [a-z]+ed\b|\byou(?:['’]ll| will| would|['’]d) (?:have|need) to\b/i,
  // (Not what the company does to it: "your refund should be processed within five days" is what comes next.)
  /\byour [a-z]+(?: [a-z]+)? (?:should|must|needs? to|has to|have to) (?:be(?! (?:processed|credited|refunded|dispatched|shipped|delivered|issued|approved|reviewed|resolved|fixed|repaired|replaced|released|updated|activated|reactivated|restored|reinstated|back|with you|on (?:its|the) way|arriving|ready|available|visible|live|active|here|there)\b)|include|contain|have|read|say|match|follow|start|end)\b/i,
  // "Try" and what to try, anywhere in the sentence: "since it is a data stream try rebooting the router" (not the
  // writer's own try: "we'll try contacting the courier").
  /(?<!\b(?:we|i|will|['’]ll|to|they|he|she|can|could|would|might|may|and) )\btry (?!(?:our|my|their)\b)[a-z]{3,}ing\b/i,
  // What the customer's own kit needs set, said as its need: "your router needs SIP ALG off", "your phone needs the
  // latest update" (not a repair the company makes: "your phone needs a new screen" is news).
  /\byour (?:[a-z]+ )?(?:phone|router|device|computer|laptop|pc|mac|modem|tv|browser|handset|hub|firewall|printer|console|tablet|watch|app) needs\b(?! (?:a |an |the )?(?:new |replacement )?(?:repair|replacement|engineer|technician|screen|battery|part|service)\b)/i,
  // The customer's part put in the passive: "a new application must be made with a compliant photo", "the form should be
  // returned by Friday".
  /\b(?:a|an|the|any|all|each|every)(?: new| fresh| replacement| further| second| separate)? [a-z]+(?: [a-z]+)? (?:must|needs? to|has to|have to|will have to|will need to|should) be (?:made|submitted|resubmitted|sent|resent|returned|completed|filled in|filled out|signed|paid|uploaded|posted|lodged|provided|included|attached|booked|renewed|presented|shown|brought|collected)\b/i,
  // Advice in the progressive, and information asked for as a hope: "we are suggesting people integrate with …", "I look
  // forward to receiving the requested information".
  /\b(?:i|we)(?:['’]m| am|['’]re| are) (?:now )?(?:suggesting|recommending|advising|asking) (?:that )?(?:you|people|users|customers|everyone|all)\b|\blook(?:ing)? forward to (?:receiving|getting|hearing) (?:the|your) (?:requested |missing |above )?(?:information|info|details|documents?|photos?|screenshots?|logs?|receipts?|order number)\b/i,
  /^\W*(?:one|a) (?:moment|minute|sec|second),? please\b|\bbear with (?:me|us)\b|\bhang tight\b/i,
  // A way forward put as what something lets the customer do: "the plugin API lets you ship it as a separate package".
  /\b(?:lets|allows|enables|permits) you (?:to )?(?!know\b)[a-z]+/i,
  /^\W*(?:here(?:['’]s| is) (?:how|what) (?:to|you can|you should)\b|to (?:fix|resolve|solve|do) (?:this|that|it)[,:])/i,
  // An option given, or somewhere to watch: "you're welcome to update this PR", "keep an eye on Twitter for news",
  // "feel free to raise a request with the ESLint team".
  /\byou(?:['’]re| are) (?:more than |very |always )?welcome to [a-z]+|\bkeep an eye (?:on|out for)\b|\bstay tuned\b|\bfeel free to (?:raise|open|file|submit|request|ask|post) (?:a|an|the|your|it|this)\b[^.!?]{0,60}\b(?:with|on|in|at|to) (?:the|their|its) (?!us\b)/i,
  // The writer asking for what they need ("may I have your order ID, please?"), a reminder inside a longer sentence
  // ("…, so don't forget to delete the originals"), and where a setting is changed ("this can be disabled in Preferences").
  /\b(?:may|can|could) (?:i|we) (?:please )?(?:have|get|grab|take) (?:your|the|a|an)\b|(?<!\b(?:i|we|they) )(?:don['’]t|do not) forget to\b|\b(?:can|could) (?:also )?be (?:disabled|enabled|changed|set|turned (?:on|off)|switched (?:on|off)|adjusted|configured|reset|edited|removed|added|cancell?ed|updated) (?:in|from|via|under|through)\b/i,
].map(lowered);
/** News that is what happens next, or where to look: "here are three ways …", "here's what will happen next:". */
const moreNextInfo: readonly LoweredPattern[] = [
  // How long such things take, said of them in the plural: "Refunds to cards usually show within 3-5 working days".
  /\b(?:usually|normally|typically|generally|tend to) (?:show|appear|arrive|clear|land|reflect|go through|come through|reach you|post)\b[^.!?]{0,40}?\b(?:within|in|after) (?:\d|a |an |one |two |three |a few |a couple )/i,
  /\b(?:here|below) (?:are|is|['’]s) (?:some |a few |good |two |three |four |several |the |a |our )?(?:ways|resources|links|options|steps|articles|guides|places|answers)\b/i,
  /\bwhat (?:will )?happens? next\b|\b(?:it|this) (?:contains|has|includes) (?:a lot of |lots of |more |some )?(?:other |useful |helpful |more )*(?:information|info|details|instructions|tips)\b/i,
  /\b(?:might|may|will|could) take (?:us |me )?(?:a (?:little )?while|some time|a bit)\b|\bthe (?:new|updated|revised|next) [a-z]+ (?:time|date)\b/i,
  // What will happen: "this should be rectified", "departure is being held until 14:10", "more carriages are coming from
  // January". A delay with no time ("departure is being delayed, I'm afraid") is news, and no next step.
  /\b(?:should|will|['’]ll) be (?:rectified|fixed|resolved|restored|repaired|sorted|back (?:up|online|to normal|in stock)|reopened|running again|working again)\b/i,
  /\b(?:is|are) (?:now |currently )?being (?:rescheduled|postponed|diverted|(?:delayed|held) (?:until|till|to|by|for) )|\b(?:is|are) (?:coming|arriving|launching|returning|due) (?:in|from|on|by|back|this|next)\b/i,
  // An expectation set inside a condition: "let us know if it doesn't arrive by tomorrow".
  /\bif (?:it|they|the \w+|your \w+) (?:doesn['’]t|does not|don['’]t|do not|hasn['’]t|has not|haven['’]t|isn['’]t|is not) (?:arrive|arrived|show up|shown up|come|reach|reached|appear|appeared|update|updated|clear|cleared|land|landed)\b[^.!?]{0,30}\b(?:by|within|in the next)\b/i,
  // What the customer can expect from now on: "Going forward, you can expect to receive your order in better condition".
  /\byou can (?:now |also )?expect (?:to (?:receive|get|see|hear)|your|a|an|the)\b|\b(?:going forward|from now on|in (?:the )?future),? (?:you|we|your|our)\b/i,
  // Someone stands ready: "our airport staff are best equipped and ready to rebook you", "they'll be able to assist".
  // A way on offered by the network: "terminated at Ealing Broadway with a connection to Paddington", "a replacement bus".
  /\bwith (?:a|an) (?:connection|connecting (?:train|service|bus|flight)) (?:to|from|at)\b|\b(?:replacement|rail replacement) (?:bus|buses|coach|coaches|service|transport)\b|\balternative (?:route|service|transport|flight|train)s? (?:is|are|will|to|via)\b/i,
  // Stock the company awaits: "we hope to receive more inventory in the near future".
  /\b(?:we|i) (?:hope|expect|plan|aim) to (?:receive|get|have) (?:more |new |fresh |further )?(?:stock|inventory|supplies|shipments?|deliveries)\b/i,
  // What the process does next, said in the present: "cancelled orders are followed by an email", "a confirmation is sent".
  /\b(?:is|are) (?:then |always |automatically |usually )?followed (?:up )?by (?:an? |the )?(?:email|e-mail|text|sms|message|letter|call|notification|confirmation|refund|credit)\b|\b(?:an?|the) (?:confirmation |follow-up |automatic |automated )?(?:email|e-mail|text|sms|notification|letter) (?:is|gets) (?:then |automatically |always )?sent\b/i,
  // The option the customer still has: "but you would be able to pick it up".
  /\byou(?:['’]d| would|['’]ll| will)? (?:still |also )?be able to (?!help|assist)[a-z]+/i,
  // Who can help, named: "only our Group Reservations Team is able to assist you".
  /\b(?:team|staff|department|desk|agents?|specialists?) (?:is|are) (?:(?:best|better) placed|(?:the )?(?:only )?(?:ones )?able) to (?:help|assist|advise|support|sort)\b/i,
  /\b(?:best equipped|equipped|ready|on hand|standing by) (?:and ready )?to (?:help|assist|rebook|support|advise|answer|sort)\b|\b(?:they|he|she|team|staff|colleagues?|agents?|employees|specialists?|department)(?:['’]ll| will) be able to (?:help|assist|advise|support|sort)\b|\bwe see (?:a|an|the) (?:new |revised |updated )?(?:departure|arrival|delivery|dispatch|estimated) (?:time|date)\b/i,
].map(lowered);
/** Every pattern of content that tells what comes next, read one by one where the place of a hit matters. */
const nextInfoPatterns: readonly LoweredPattern[] = [nextInfoWords, ...moreNextInfo];
/** Refusals worded as policy or scope: "we only support …", "not accepting new …", "working as intended". */
const moreRefusal: readonly LoweredPattern[] = [
  // The contracted "not" of refusalWords' "not possible": "that option isn't available on the Basic plan".
  /(?:is|are|was|were)n['’]t (?:possible|supported|available|allowed|permitted|eligible)\b/i,
  // A limit of the channel or of the writer's reach: "plan changes aren't done over chat", "it's not something I have
  // access to", "we don't have access to your card details".
  /\b(?:is|are|was|were)(?:n['’]t| not) (?:done|handled|processed|dealt with|made|arranged|possible|available) (?:over|via|by|through|on|in) (?:the )?(?:chat|live chat|phone|email|e-mail|twitter|social media|dms?|messenger|this channel|here)\b|\bnot something (?:that )?(?:i|we) (?:have access to|(?:can|could) (?:do|change|access|see|arrange|help with)|(?:are|am) able to (?:do|change|access|see))\b|\b(?:i|we) (?:don['’]t|do not) have (?:the )?(?:access|permission|ability|tools|authority) to\b/i,
  // What the product or the warranty does not do, said as the answer: "the warranty does not cover accidental damage",
  // "that is simply not how our system works", "nobody here can help with that".
  /\b(?:does|do|will) not cover\b|\bdoesn['’]t cover\b|\b(?:is|are)(?: not|n['’]t) covered\b|\bnot how (?:it|this|that|our [a-z]+|the [a-z]+) works\b|\b(?:nobody|no one|no-one)(?: here| on our (?:end|side))? (?:can|is able to|will be able to) help\b/i,
  // Sent elsewhere: "this should be filed against another project", "this belongs in a different repository".
  /\b(?:should|needs? to|has to|must) be (?:filed|reported|raised|opened|posted|asked) (?:against|in|with|on|to) (?:another|a different|the (?:correct|right|appropriate|relevant))\b|\bbelongs? (?:in|to|on) (?:another|a different)\b/i,
  // A no with the apology before it: "I'm sorry, but this issue is not caused by Angular".
  /\bsorry,? but (?:this|that|it|the \w+|your \w+|we|i)\b[^.!?]{0,40}?\b(?:not|no longer|n['’]t|cannot)\b/i,
  /\b(?:i|we) only (?:support|offer|accept|provide|ship|allow)\b|\b(?:not|no longer) (?:accepting|taking|adding|supporting|offering)\b/i,
  /\bnon-goals?\b|\b(?:working|behaving|works|behaves) as (?:intended|designed|expected)\b|\bby design\b|\bnot (?:the )?(?:correct|right|appropriate) (?:place|forum|channel|venue)\b/i,
  /\b(?:shall|will|would) (?:not|never) (?:implement|add|address|fix|merge|support|accept|change)\b|\bunlikely to (?:see|be|get|add|implement|change|merge)\b/i,
  // "The missed laps aren't something we refund", "that isn't something the team at Stansted could waive": what is not
  // done, said of the thing; "the voucher can't be given in this case".
  /(?:\b(?:is|are|was|were)(?:n['’]t| not)|['’]s not) something (?:that )?(?:we|i|the [a-z]+(?: [a-z]+){0,3}|our [a-z]+(?: [a-z]+){0,2}) (?:can |could |would |usually |normally |generally |(?:is |are |am )?able to )?(?:refund|replace|offer|cover|accept|exchange|compensate|reimburse|credit|return|do|provide|allow|support|waive|change|override|cancel)\b/i,
  // A decision said to be final: "the suspension has been upheld and will not be reversed".
  // A policy's no in the present passive, with how or when it applies: "penalty notices are not cancelled on request",
  // "requests are not accepted by email". ("Your order isn't cancelled" alone reassures.)
  /\b(?:is|are)(?: not|n['’]t) (?:accepted|cancell?ed|refunded|waived|reversed|exchanged|transferred|reinstated|issued|changed) (?:on request|by (?:e-?mail|phone|post|letter)|over the (?:phone|counter)|after|once|without)\b/i,
  /\b(?:won['’]t|will not) be (?:reversed|reinstated|overturned|waived|reopened|refunded|reconsidered|honou?red|amended|exchanged|transferred|undone)\b/i,
  /\b(?:can['’]t|cannot|can not|could not|couldn['’]t) be (?:given|offered|refunded|accepted|applied|honou?red|issued|granted|changed|waived|exchanged|returned|reversed|reinstated|extended|used|altered|adjusted|overridden|amended|transferred|reduced|negotiated)\b/i,
  // A figure or a decision put beyond reach: "it's not negotiable", "agents can't alter it", "the gate team won't be
  // overriding that".
  /\b(?:non-?negotiable|not (?:negotiable|up for (?:negotiation|discussion|debate)))\b|\b(?:agents?|staff|advis[eo]rs?|colleagues|branch(?:es)?|stores?|managers?|the (?:[a-z]+ )?team) (?:can['’]t|cannot|can not|won['’]t|will not|aren['’]t able to|are unable to|are not able to) (?:be )?(?:alter|change|override|adjust|amend|waive|reduce|refund|cancel|overriding|changing|altering|waiving|refunding)\b/i,
  // What the thing is not, as terms put it: "closures aren't refundable", "wristbands are non-transferable", "we have no
  // control over when repairs are carried out".
  /\b(?:is|are|was|were)(?: not|n['’]t) (?:refundable|transferable|exchangeable|returnable|claimable|redeemable|negotiable)\b|\b(?:is|are|strictly|completely|entirely) non-?(?:refundable|transferable|exchangeable|returnable|negotiable)\b|\b(?:we|i) (?:have|had) no (?:control|say|influence) (?:over|on)\b/i,
  /\b(?:has|have|was|were) been (?:denied|declined|rejected|refused)\b|\b(?:i|we)(?:['’]ll| will)? (?:not|never|won['’]t) be able to (?:help|assist|offer|provide|refund|accept|process|change|do)\b/i,
  // Said of the thing, not the writer: "the Travel Bank can't be transferred", "that is not possible".
  /\b(?:can['’]t|cannot|can not|won['’]t) be (?:transferred|refunded|returned|exchanged|changed|cancell?ed|extended|reissued|combined|applied|reversed|waived|accepted|processed|upgraded|downgraded|moved|reinstated|recovered|restored)\b|\b(?:can['’]t|cannot|can not) be (?!(?:accessed|seen|viewed|shared|sold|charged|billed|affected|lost|stolen|hacked|compromised|exposed|disclosed|used|deleted|tracked|traced|overwritten|duplicated|penali[sz]ed|fined|emphasi[sz]ed|stressed|overstated|understated|beaten|topped|matched|blamed|undone|harmed|damaged|impacted|guaranteed|reached)\b)(?:re-?)?[a-z]{3,}ed\b|\b(?:it|that|this)(?:['’]s| is) not possible\b|\bthere(?:['’]s| is) no way (?:to|for us|we can)\b/i,
  // Not doable, said of the thing: "it would not have been feasible to ask passengers to swap", "that isn't practical".
  /\b(?:(?:is|are|was|were)(?: not|n['’]t)|would(?: not|n['’]t) (?:have been|be)) (?:feasible|practical|viable|workable)\b/i,
  // The option only on a condition the customer did not meet: "you'd only be able to get this if you were on an eligible tariff".
  /\byou(?:['’]d| would|['’]ll| will| can| could)? only (?:be able to|be eligible|qualify|get|receive|have)\b[^.!?]{0,80}?\bif\b/i,
  // Declining as an obligation: "we have to close this PR to keep it available for a first-time contributor".
  /\b(?:i|we)(?:['’]ll| will)? (?:have|had|need) to (?:close|reject|decline|deny|lock|remove|delete|cancel|refuse)\b/i,
  // The door closed without naming who closes it: "nothing can be done at this stage", "our hands are tied", "we can no
  // longer honour that price", "that's just how the system works".
  /\bnothing (?:more |else |further )?(?:can|could) be done\b|\b(?:our|my) hands are (?:tied|bound)\b|\bcan no longer (?:be )?(?:honou?r|offer|accept|provid|refund|support|process|extend|hold|change|appl|guarantee|match)[a-z]*\b|\b(?:that|this|it)(?:['’]s| is) (?:just|simply) (?:how (?:the|our|it|things|this)\b|the (?:rule|policy|way it is)\b)/i,
  // A house limit said of a kind of thing, in the passive: "bags over 23kg are not accepted", "exchanges are only possible
  // in store". (Of the customer's own case it is news: "your payment wasn't accepted", so the past is left out.)
  /\b(?:is|are)(?: not|n['’]t) (?:currently |normally )?accepted\b|\b(?:is|are) only (?:possible|available|accepted|valid|allowed|permitted|offered|eligible) (?:in|at|on|for|to|with|by|from|within|up to|if|when|once)\b/i,
  // Only one kind of person or thing may: "only the account holder can make changes", "only UK cards are accepted".
  /^\W*(?:(?:unfortunately|sadly|i['’]m afraid|please note|note),? (?:that )?)?only (?:the |a |an |one |registered |verified )?[a-z][a-z0-9 -]{0,30}? (?:can|may|are|is) (?:be )?(?:accepted|eligible|allowed|permitted|valid|used|refunded|exchanged|returned|make|change|cancel|request|access|book|claim|apply|collect|amend|update)\b/i,
].map(lowered);
/** A letter saying what it is about: "we are contacting you regarding …", "I'm writing to let you know …". */
const aboutThisLetter = lowered(/^\W*(?:i|we)(?:['’]m|['’]re| am| are) (?:writing|contacting you|reaching out(?: to you)?|emailing you|getting in touch(?: with you)?) (?:regarding|about|concerning|in regards? to|to (?:let you know|inform you|update you|follow up))\b/i);
/** A wish the writer then withholds: "We would love to merge your changes, but the build fails"; not "I'd love to help, but could you …". */
const wishedBut = lowered(/^\W*(?:i|we)(?:['’]d| would) (?:love|like|be happy|be glad) to\b[^.!?]{0,120}?,? but\b/i);
/** Goodwill that opens a reply: "Here to help!", "We're here for you 😉", "Glad to help, Sam!" (a name after a comma at most). */
const helpOpener = lowered(/^\W*(?:(?:we|i)(?:['’]re|['’]m| are| am) )?(?:always |more than |so )?(?:here (?:to help|for you|to assist)|(?:happy|glad) to (?:help|assist))(?: you)?(?:,? [a-z]+)?[^a-z]*$/i);
/** A wish or an offer to help and nothing more: "We'd like to help.", "I can help with that.", "We'd love to help out!" */
const bareHelpOffer = lowered(/^\W*(?:(?:we|i)(?:['’]d| would| can| could)? (?:(?:like|love|want|wish) to |be (?:happy|glad|pleased) to )?|(?:please )?(?:let|allow) (?:us|me)(?: to)? )(?:help|assist|turn (?:this|it|things) around|make (?:this|it|things) right)(?: you| out)?(?: with (?:this|that|it))?(?: for you)?[.!]*$/i);
/** Pleasantries anywhere in the sentence: "glad to clarify", "I hope this helps", "it means a lot to us". */
const morePleasantry: readonly LoweredPattern[] = [
  /\b(?:(?:i|we)(?:['’]m|['’]re| am| are) (?:so |really |very )?glad|(?:glad|great|good|nice|wonderful|lovely|fantastic|awesome) to (?:help|clarify|hear|assist|be of)|(?:a|my|our) pleasure|(?:i|we) (?:really |sincerely )?hope (?:this|that|it|the above|our|my)|means? (?:a lot|so much|the world) to (?:us|me))\b/i,
  /^\W*(?:(?:in the meantime|until then|meanwhile),? )?(?:have fun|(?:i |we )?(?:really |just )?love (?:this|it|that|the idea)|keep (?:being|up the)|you['’]re making (?:us|me)|we['’]ve got you|we want to help|noticed your)\b/i,
  // A short reaction on its own: "Got it.", "Good question!", "But no worries!", "That's a great idea.", "Happy contributing."
  /^\W*(?:(?:but|and|so|oh|ah),? )?(?:got it|hmm+|good question|great question|fair question|no worries|(?:that['’]s|that is|what) (?:a )?(?:great|good|nice|lovely|fair|brilliant) (?:idea|question|point|suggestion)|great (?:idea|point|suggestion)|happy [a-z]+ing)\W*$/i,
  // Cheer and chit-chat: "What a cool dude, Sarah!", "That's what we're here for.", "I'm pumped to hear our team …",
  // "We really like this idea", "Help is here."
  /^\W*what an? [a-z]+(?: [a-z]+){0,3}[,!]|\b(?:that['’]s|this is) what (?:we|i)(?:['’]re| are|['’]m| am) (?:here|there) for\b|\b(?:i|we)(?:['’]m|['’]re| am| are) (?:so |really |very )?(?:pumped|thrilled|excited|stoked|delighted|chuffed) (?:to hear|to see|that|for you)\b|^\W*(?:we|i) (?:really |truly )?(?:like|love) (?:this|the|your) (?:idea|suggestion|work|post|photo|pic|picture|enthusiasm)\b|^\W*help is (?:here|on (?:the|its) way)\W*$/i,
].map(lowered);
/** Rules stated as how a place works or what it requires: "the issue tracker is for bugs", "we require that all commits …", "against the mores of the forum". */
const moreRule: readonly LoweredPattern[] = [
  /\bagainst (?:the |our )?(?:[\w-]+ ){0,4}(?:rules|mores|etiquette|guidelines|polic(?:y|ies)|terms|code of conduct)\b|\b(?:basic|forum|community) etiquette\b/i,
  /\b(?:tracker|forum|repository|repo|board|channel|list|category|section) is (?:only |strictly |reserved )?(?:for|meant for|intended for)\b|\b(?:is|are) reserved for\b|\bwe use (?:the|this|our) [a-z ]{1,30}(?:to only|only to|only for|for only)\b/i,
  /\b(?:we|issues|reports|tickets|commits|contributions|posts|submissions|pull requests|prs) (?:require|requires|must|should (?:always )?follow)\b|\b(?:that|which|it) is required\b|\b(?:is|are) (?:mandatory|required (?:for|to|before|in order))\b/i,
  // Terms cited, and where they are written: "as per the conditions on the ticket", "as printed on every ticket", "the
  // hire agreement sets out that …", "excluded by clause 4.2", "entry is at the discretion of management".
  /\bas (?:per|stated in|set out in|printed on|shown on|written on|listed in|displayed on) (?:the|our|your|every|each) (?:[\w-]+ ){0,2}(?:conditions|terms|t&cs|faqs?|tickets?|small print|fine print|agreement|contract|rules|polic(?:y|ies))\b|\b(?:agreement|contract|terms|conditions|t&cs|polic(?:y|ies))(?: [\w-]+){0,4}? (?:sets? out|stipulates?|specifies|specify|makes? (?:it )?clear) that\b/i,
  /\b(?:excluded|not covered) (?:by|under|in) (?:clause|section|paragraph|article|term|condition) \d|\b(?:is|are) (?:entirely |solely )?at the (?:sole )?discretion of\b|\bdecisions?(?: [\w’'-]+){1,4}? (?:is|are) final\b/i,
  // A decision said to stand: "bans are final", "all sales are final", "the outcome is non-negotiable".
  /\b(?:decision|ruling|verdict|ban|suspension|sale|refusal|outcome)s? (?:is|are|remains?) (?:final|non-negotiable)\b/i,
].map(lowered);
/** "Please don't …": a prohibition, unless it only reassures ("don't worry", "don't hesitate"). */
const prohibition = lowered(/^\W*(?:please\s+)?(?:don['’]t|do not|never)\s+(?!worry|hesitate|forget|panic|stress|fret|mind)[a-z]+/i);
/** A state that says the work is done: "your account is ready", "it's on its way", "you're all set". */
const doneState = lowered(/\b(?:is|are|['’]s|['’]re) (?:now |all |already )?(?:ready|set up|activated|all set|good to go|confirmed|booked|on (?:its|their|the) way|back (?:up|online|to normal))\b/i);
/** A state of the case that the writer's side brought about: "your previous ticket is closed", "the order is now cancelled". */
/** Where the case now is: "your ticket #123 created on 4 May is in the Billing department", "your request is with our returns team". */
const caseWhere = lowered(/\b(?:is|has been) (?:now )?(?:in (?:the )?(?:\S+ )?(?:department|queue)|with (?:our|the) (?:[a-z]+ )?(?:team|department)|assigned to (?:an?|our|the)|in progress|under review)\b/i);
/** The case that is somewhere, named in the 60 characters before: a ticket, a request, a claim. */
const caseNoun = lowered(/\b(?:ticket|request|case|enquiry|inquiry|query|complaint|claim)\b/i);
function caseIsWhere(folded: Lowered): boolean {
  const where = caseWhere.find(folded);
  return where !== undefined && caseNoun.test(lowerSlice(folded, Math.max(0, where.index - 60), where.index));
}
const caseState = lowered(/\b(?:ticket|order|request|case|issue|pr|pull request|thread|topic|subscription|booking|post|report|account|membership) (?:is|are|has been|have been) (?:now |already |permanently |temporarily )?(?:closed|cancell?ed|merged|locked|reopened|deleted|removed|approved|unlocked|archived|suspended|reactivated|refunded|resolved)\b/i);
/** A moderation done as the reply is written, said with its gerund first: "Closing.", "Closing this issue as …", "Marking as incomplete". */
const moderating = lowered(/^\W*(?:closing|marking|locking|reopening|merging|moving|transferring|archiving)(?:\W*$| (?:as|now|for now|in favou?r of|this (?:issue|ticket|pr|pull request|thread|topic|question|post|report)\b))/i);
/** "If you contact our Sales team, they'll be able to assist": where to go, put as a condition (not "if you contact us"). */
const contactElsewhere = lowered(/^\W*if you (?:(?:could|can|would|just|please) )?(?:contact|call|visit|speak (?:to|with)|reach out to|get in touch with|go to|head to|pop into|drop into|ask) (?!us\b|me\b)/i);
/** The case's own thing moved on, in the simple past: "your order shipped", "the replacement left our warehouse". */
// ("Your order has shipped", "your replacement was sent today": the perfect and the passive say the same.)
const caseMovedOn = lowered(/\b(?:order|orders|package|packages|parcel|parcels|items?|shipment|replacement|refund|payment|transfer|exchange|credit) (?:(?:has|have) (?:now |just |already )?|(?:was|were) (?:now |just |already )?(?=sent|posted|mailed|shipped|dispatched))?(?:shipped|dispatched|posted|mailed|sent(?: out)?|cleared|left (?:our|the) (?:[a-z]+ )?(?:warehouse|depot|facility|centre|center|store|hub)|went (?:out|through)|gone (?:out|through)|came through)\b/i);
/** A whole sentence that is only the deed done, as chat and social replies write it: "Captured.", "Noted!", "All sorted." */
const bareDone = lowered(/^\W*(?:(?:all|now|already) )?(?:on it|noted|captured|logged|done|fixed|sorted|updated|sent|refunded|cancell?ed|escalated|raised|reported|passed on|forwarded|processed|resolved|actioned|amended|corrected|changed|booked|added|removed)\W*$/i);
/** Times that are over: "that offer expired yesterday" says nothing of what comes next. */
const pastTime = lowered(/\b(?:yesterday|last (?:night|week|month|year)|ago|earlier (?:today|this (?:week|month)))\b/i);
const futureWord = /\b(?:will|should|['’]ll|going to)\b/;
/** "We appreciate your patience & will do our best": a promise whose subject went before. */
const andWill = lowered(/(?:\band|&|&amp;) (?:will|['’]ll) (?!not\b)(?:do|make|get|keep|be in touch|try|look|follow|send|update|contact|check|pass|share|let|work|fix|sort|arrange)\b/i);
const noticeLead = lowered(/^\W*(?:(?:hi|hello|hey)\b[^,]{0,30},\s*)?(?:please\s+)?(?:do\s+)?(?:note|know|be aware|be advised|be assured|rest assured|keep in mind|bear in mind|believe|understand|accept|remember that)\b/i);
/** A clause that recalls what the writer said before: "as I mentioned earlier", "like we said", "as we've explained". */
const saidBefore = lowered(/^\W*(?:(?:and|but|so|sorry),?\s+)?(?:as|like)\s+(?:i|we)(?:['’]ve|\s+have|\s+had|\s+already|\s+previously|\s+just)*\s+(?:mentioned|said|stated|explained|told|noted|advised|wrote|pointed out|indicated)\b/i);
/**
 * A clause that puts information as an imperative, wherever it stands in the sentence: "…, and please know that your
 * feedback matters to us", "please be aware that …", "do bear in mind …". It asks nothing of the customer.
 */
function noticeClause(f: ClauseFacts): boolean {
  let at = f.words.indexOf(verbAfterPlease(f));
  if (f.words[at] === 'do') at++;
  const [verb, next, then] = [f.words[at], f.words[at + 1], f.words[at + 2]];
  return (
    verb === 'know' ||
    verb === 'understand' ||
    (verb === 'note' && next === 'that') ||
    (verb === 'be' && (next === 'aware' || next === 'advised' || next === 'assured')) ||
    (verb === 'rest' && next === 'assured') ||
    ((verb === 'keep' || verb === 'bear') && next === 'in' && then === 'mind')
  );
}
/** The verb a clause opens with, past a "please" or "kindly" before it. */
function verbAfterPlease(f: ClauseFacts): string {
  const at = f.opener === 'please' || f.opener === 'kindly' ? f.words.indexOf(f.opener) + 1 : -1;
  return (at > 0 ? f.words[at] : f.opener) ?? '';
}
/** Where to read more, put as what the customer can do: "you can find our guidelines here", "you can read more at …". */
const infoPointer = lowered(/\byou (?:can|may|could) (?:also |always )?(?:find|read|view|see|learn) (?:more|our|the|all|further|additional|detailed|a list|a full list|information|info|details|it|them|this|that|its|their)\b/i);
/** How long to wait, put as a request: "please allow 3-5 business days", "allow up to 48 hours". */
const allowTime = lowered(/^\W*(?:please |kindly )?allow (?:up to |about |around |approximately |at least )?(?:\d|one|two|three|four|five|seven|ten|a few|several|some)/i);
/** A step that follows the pointer in the same sentence: "… and switch it off", "… then click Save". */
const actionAfter = lowered(/\b(?:and|then),? (?:then )?(?:click|select|tap|turn|switch|change|enable|disable|set|enter|choose|follow|restart|update|install|open|send|reply|contact|fill)\b/i);
/** Where the customer was told before: "as we explained in the email we sent you", "as I mentioned in the message I sent". */
const remindedIn = lowered(/\bas (?:we|i)(?:['’]ve| have)? (?:already )?(?:explained|mentioned|said|stated|told you|set out|noted|advised) in (?:the|our|my) (?:[a-z-]+ )?(?:email|e-mail|message|letter|reply|note|dm|notice)s? (?:that )?(?:we|i) (?:sent|wrote)\b/i);
/** A judgement of what someone did, not a deed: "was right to", "were quite correct to", "was entitled to". */
const judgedRight = /\b(?:was|were) (?:(?:completely|quite|absolutely|perfectly|entirely) )?(?:right|correct|wrong|justified|entitled) to\b/i;
/** The customer's words heard or noted, which is no deed done with them. */
const heardOnly = lowered(/\b(?:(?:your|the|these|those) (?:comments|feedback|concerns?|views|frustrations?|points?|thoughts|suggestions?|experience) (?:has|have|had|['’]s|['’]ve) (?:now |already |certainly |definitely |all |truly )?been (?:heard|noted|taken on board|acknowledged|listened to)|(?:i|we)(?:['’]ve| have)? (?:certainly |definitely |now |truly )?(?:heard|noted|taken on board|taken|listened to) (?:your|the|these|those) (?:comments|feedback|concerns?|views|frustrations?|points?|thoughts|suggestions?)(?: on board)?)\b/i);
/** A deed of the writer's side beside what was heard: "… and passed it to the team", "… and we have refunded you". */
const deedBesides = lowered(/\b(?:and|i|we|i['’]ve|we['’]ve|have|has|been)\s+(?:(?:also|now|then|already|just)\s+)?(?:passed|forwarded|shared|escalated|raised|logged|reported|sent|refunded|credited|fixed|booked|added|flagged|replaced|cancell?ed|rebooked|arranged|issued)\b/i);
/** A deed joined to a finding by "and": "… and fixed it", "… and have refunded the order". */
const andDone = lowered(/\band (?:then |also |have |has |already )*(?:[a-z]{3,}ed|sent|made|put|set up|rebuilt|re-?sent)\b/i);
/** A deed of the writer's side seen in the records: "I can see that we've now replied via DM", "I see we have refunded it". */
const seenDone = lowered(/\b(?:i|we) (?:can )?(?:see|notice|confirm) (?:that )?(?:we|i|our (?:[a-z]+ )?team)(?:['’]ve| have| has) (?:now |already |just |since |also )*(?:[a-z]{3,}ed|sent|made|put|set up|rebuilt|re-?sent)\b/i);
/** What the writer cannot do: "unable to", "can't", "won't be able to". */
const inability = lowered(/\b(?:unable to|not able to|cannot|can['’]?t|could not|couldn['’]t|won['’]t be able to|will not be able to)\b/i);
/** A sentence matches one of the patterns. */
const any = (patterns: readonly LoweredPattern[], text: Lowered): boolean => patterns.some((p) => p.test(text));
/** A menu path given as a step: "Settings > Privacy" (the capital after the arrow is what tells it from a comparison). */
const menuPath = /[\p{L}\d)*] ?(?:>|→|»|&gt;) ?\*{0,2}\p{Lu}/u;
/** The subject is the writer's side by another name: "our customer care team", "a member of our team", "our staff". */
const teamWords = new Set(['team', 'staff', 'member', 'colleague', 'colleagues', 'agent', 'agents', 'specialist', 'specialists', 'engineers', 'developers', 'department', 'moderators', 'maintainers']);
/** Verbs a writer may deny without refusing anything: "I don't know yet", "we don't mind". */
const notRefusing = new Set(['know', 'think', 'believe', 'mind', 'hesitate', 'worry', 'forget', 'expect', 'remember', 'understand', 'see', 'recall', 'have', 'need', 'mean', 'want', 'like', 'wish', 'seem', 'sure', 'aware', 'wait', 'agree', 'thank', 'stress', 'imagine', 'express', 'recommend', 'emphasize', 'emphasise', 'say', 'blame', 'take',
  // "We're not seeing that you took the flight", "we aren't clear about …": what the writer finds, not a refusal;
  // "we do not determine what the broadcaster airs": who decides, not a refusal.
  'seeing', 'finding', 'showing', 'clear', 'determine', 'decide', 'control', 'set', 'choose', 'pick',
  // "We do not share your data with third parties", "we never sell it": a reassurance about the customer's data.
  'share', 'sell', 'store', 'keep', 'ask', 'charge']);

/** "Once again, please accept my sincere apologies": the apology asked to be received, no step. */
const acceptApology = lowered(/(?:^\W*|[,;]\s+and\s+|\band\s+)(?:(?:once again|again|so|and|but|finally|lastly),?\s+)?(?:please\s+|kindly\s+)?accept\s+(?:my|our)\s+(?:(?:sincere(?:st)?|deepest|heartfelt|humble|profound|genuine)\s+)?apolog/i);
/** Patience asked for: "hang tight", "hang in there", "bear with us", "be patient", "sit tight". */
const patienceOnly = lowered(/^\W*(?:(?:please|kindly|just)\s+)?(?:(?:be sure to |do )?(?:keep an eye out|stay tuned|watch this space)|hang (?:tight|in there|on(?! to\b))|bear with (?:us|me)|be patient|sit tight|hold tight)\b/i);
/** A wish for the outcome, not news of it: "Hope it gets sorted soon", "we hope this is resolved quickly". */
/** Thanks for what the customer did, which places it in time: "Thank you for your note after Saturday's showcase". */
const thanksFor = lowered(/^\W*(?:(?:many |big )?thanks|thank you|cheers)(?: (?:so|very) much)? for (?:your|the|being|telling|letting|getting|reaching|sending|sharing|taking|contacting|bringing|flagging|raising|writing|coming)\b(?![^.!?]*\b(?:will|['’]ll|going to)\b)/i);
/** Sympathy in words the first list lacks: "Gutted to hear …", "nobody's idea of a relaxing week", "not what you want to open". */
const moreEmpathy = lowered(/^\W*(?:(?:ok|okay|right|yes|yeah|i see|sure)\W+)*(?:totally |completely |fully )?understand (?:that )?(?:you|your|how|why)\b|\b(?:gutted|gutting|heartbroken|devastated|gutted for you)(?: to (?:hear|see|read|learn)| for you)\b|\bnobody['’]s idea of\b|\b(?:is|was|['’]s|sounds|must be|must have been) (?:so |really |just |very |truly |absolutely |such )?(?:an? )?(?:awful|horrible|horrid|miserable|rotten|terrible|dreadful|maddening|infuriating|exasperating|worrying|heartbreaking|gutting|devastating|upsetting)\b|\b(?:rotten|rough|tough) luck\b|\bnot what (?:you|anyone) (?:want|wants|need|needs|expect|expects|hope|hopes)\b/i);
/** A fault the writer owns, said in the past: "we let you down", "we dropped the ball", "I got that wrong". */
const admission = lowered(/\b(?:let (?:you|your [a-z]+|them|him|her|everyone) down|dropped the ball|fell short|messed (?:it |this |that )?up|got (?:it|this|that) wrong)\b/i);
/** A sentence that opens on an apology: "Sorry your …", "We're so sorry that …", "Apologies for …". */
const apologyOpening = lowered(/^\W*(?:(?:i|we)(?:['’]m| am|['’]re| are) )?(?:so |very |really |truly |terribly )?(?:sorry|apologies)\b/i);
const wishFor = lowered(/^\W*(?:(?:i|we)(?: really| truly| do)? )?hope (?:that )?(?:it|this|that|things|everything|the (?:issue|problem|fix))(?:['’]s| (?:gets?|is|goes|will|can|works))\b/i);
/** Verbs a customer "can't" do that reassure or praise rather than limit: "you can't go wrong", "you can't miss it". */
const notALimit = new Set(['go', 'miss', 'beat', 'lose', 'fail', 'worry', 'blame', 'imagine', 'wait', 'see', 'find', 'believe', 'tell', 'be', 'help', 'remember', 'recall', 'stop', 'thank', 'overstate']);
/** Sympathy or understanding before the customer's trouble, said back: "sorry you can't …", "I understand you can't …" (not "sorry, but you can't …", a no). */
const sympathyBefore = lowered(/\b(?:sorry(?!,? but\b)|understand|hear|heard|see|know|gather|appreciate|frustrating|annoying|shame|pity)\b[^.!?]{0,20}?\byou (?:still )?can(?:not| not|['’]t)\b/i);

/** Dates, times and durations, as a few small patterns (one alternation of them all is too much for the ReDoS check to decide). */
const timeWords: readonly LoweredPattern[] = [
  /\b(?:today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening|week|weekend|month)|next (?:week|month|year|business day|working day|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i,
  /\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|(?:\d+|(?<!\bon )an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|twenty|thirty|few|couple of|several)(?:\s*(?:-|–|to|or)\s*(?:\d+|two|three|four|five|seven|ten))? ?(?:more )?(?:business |working |calendar )?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|wks?)|\d{1,2}(?::\d{2})? ?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}|24\/7|end of (?:the )?(?:day|week|month))\b/i,
  /\b(?:asap|as soon as (?:possible|we can|i can)|shortly|soon|immediately|instantly|right away)\b/i,
  /\b(?:straight away|in a (?:moment|bit|while|minute|second)|within (?:the )?(?:hour|day|week|month)|same day|overnight|by (?:eod|cob|close of business))\b/i,
].map(lowered);
/** A time firm enough to make a promise of what others do: "today", "by Friday", "within 48 hours", "by 3pm". */
const hardTimeFirst =
  /\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week|weekend)|next (?:week|business day|working day|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:by|on|before|(?:arrives?|arriving|ships?|shipping|lands?|landing|delivered|dispatched|shipped|due|coming|with you|back with you)(?: on)?) (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:within|in|by) (?:the next )?(?:\d+|an?|one|two|three|four|five|six|seven|ten|24|48|72|a few|few|couple of)(?:\s*(?:-|–|to|or)\s*\d+)? ?(?:business |working |calendar )?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)|\d+(?:\s*(?:-|–|to)\s*\d+) ?(?:business |working )?(?:days?|weeks?|hours?)|(?:no more than|no longer than|not more than|less than|at most) (?:\d+|an?|one|two|three|four|five|six|seven|ten|24|48|72|a few|a couple of) ?(?:business |working |calendar )?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)|(?:by|before) \d{1,2}(?::\d\d)? ?(?:am|pm)|(?:by|before|at) \d{1,2}:\d\d|by (?:the )?weekend|(?:by|before|for) (?:easter|christmas|new year)|between \d{1,2}(?::\d\d)? ?(?:am|pm)? ?(?:and|-|–) ?\d{1,2}(?::\d\d)? ?(?:am|pm)|(?:by|before) (?:noon|midday|midnight|close of business|eod|cob|the end of (?:the |this )?(?:day|week|month))|immediately|instantly|right away|straight away|at once|within the hour|same day|overnight)\b/i;
/** More hard times, in a pattern of their own (the one above is at the ReDoS check's budget): "by this Friday", "by lunchtime", "by 21 March". */
const hardTimeMore = /\b(?:(?:by|on|before) (?:this (?:coming )?|the coming )(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:by|before) (?:lunch(?:time)?|teatime|tonight|this (?:afternoon|evening))|(?:by|before) (?:the )?[0-3]?\d(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|(?:by|before) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* [0-3]?\d(?:st|nd|rd|th)?)\b/i;
/** A hard time: the first that either pattern finds. */
/** The first match in the text of any of the patterns (the earliest listed on a tie), or null. */
function earliestOf<Match extends { index: number }>(...finds: Array<(text: string) => Match | null>): (text: string) => Match | null {
  return (text) => {
    let earliest: Match | null = null;
    for (const find of finds) {
      const found = find(text);
      if (found && (!earliest || found.index < earliest.index)) earliest = found;
    }
    return earliest;
  };
}
const hardTime = {
  test: (text: string): boolean => hardTimeFirst.test(text) || hardTimeMore.test(text),
  exec: earliestOf((text) => hardTimeFirst.exec(text), (text) => hardTimeMore.exec(text)),
};
/**
 * A time to come as a present tense names it: "by 28 March", "this Friday", "Friday morning", "before lunch", and every
 * time `hardTime` knows.
 */
const moreDates =
  /\b(?:(?:by|on|before|from|until) (?:the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)|(?:by|on|before) (?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec) \d{1,2}(?:st|nd|rd|th)?|(?:this|next) (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:morning|afternoon|evening|night|lunchtime)|before (?:lunch|lunchtime|the weekend)|between \d{1,2}(?::\d\d)? ?(?:am|pm)? ?(?:and|-|–|to) ?\d{1,2}(?::\d\d)?(?: ?(?:am|pm|o['’]clock))?(?=\s*(?:[,.;:!?)]|$|and\b|on\b|at\b|in\b|tomorrow\b|today\b|this\b|next\b|[-–—])))\b/i;
/** Names with a capital that name no one: months and days. */
const calendarNames = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|i)$/;
/** Prepositions and the article a time may follow: "cracked on 2 March", "placed in the morning". */
const beforeTimeWords: ReadonlySet<string> = new Set(['on', 'at', 'in', 'by', 'from', 'since', 'during', 'until', 'over', 'before', 'the']);
/** What makes a past participle the verb of a time to come: "is delivered on Monday", "will be fixed by Friday". */
const auxiliaryBefore = /^(?:is|are|am|be|being|s|re|get|gets|getting|will|ll|shall|should|would|could|may|might|must|can)$/;
/** After a duration: how late or how long ago ("40 mins late", "two days ago", "an hour behind schedule", "two months in arrears"). */
const lateBy = /^\s*(?:late|ago|behind|overdue|too late|in arrears|past due|old|out of date|out of warranty)\b/i;
/**
 * A time told of something past: a past verb or participle with no auxiliary of a time to come before it ("a screen
 * cracked on 2 March", "the order you placed on Monday", "it arrived on Friday"), not "it will be delivered on Friday".
 * Read on the last words of the 60 characters before the time.
 */
function pastAnchored(text: string, index: number): boolean {
  const words = text.slice(Math.max(0, index - 60), index).toLowerCase().split(/[^a-z'’]+/).filter((w) => w !== '');
  let at = words.length - 1;
  for (let stripped = 0; stripped < 2 && at >= 0 && beforeTimeWords.has(words[at]!); stripped++) at--;
  // The verb just before the time, or a little before it past its object ("retired its old API on Friday"): read back at
  // most five words, stopping at whatever opens another clause or is a verb of its own in the present.
  for (let k = at; k >= 0 && k > at - 5; k--) {
    const verb = words[k]!;
    if (k < at && (clauseStops.has(verb) || (/[a-z]s$/.test(verb) && !/ss$/.test(verb) && baseVerbs.has(verb.slice(0, -1))))) return false;
    // (Further back, only a form that is no base form too: the generated list holds "update" among the past forms.)
    if (!past(verb) || pastLooking.has(verb) || (k < at && baseVerbs.has(verb))) continue;
    const before = (words[k - 1] ?? '').replace(/^[a-z]+['’]/, '');
    return !auxiliaryBefore.test(before);
  }
  return false;
}
/** Words that open another clause, or a verb group of its own, between a past verb and a time after it. */
const clauseStops: ReadonlySet<string> = new Set(['will', "'ll", 'shall', 'going', 'can', 'may', 'might', 'should', 'would', 'could', 'must', 'is', 'are', 'am', 'be', 'and', 'but', 'or', 'so', 'if', 'when', 'until', 'then', 'that', 'which', 'who', 'it', 'they', 'we', 'you', 'i', 'he', 'she', 'now', 'next', 'this']);
/** What may stand between a duty and its time: "must be returned within 30 days". */
const deadlinePrepositions: ReadonlySet<string> = new Set(['within', 'by', 'before', 'in', 'inside', 'under']);
/** A duty in the passive right before a time: "have to be submitted within 28 days", "must be returned within 30 days". */
function deadlineBefore(text: string, index: number): boolean {
  const words = text.slice(Math.max(0, index - 40), index).toLowerCase().split(/[^a-z]+/).filter((w) => w !== '');
  // The time read without its preposition: "within [28 days]".
  if (words.length > 0 && deadlinePrepositions.has(words.at(-1)!)) words.pop();
  const n = words.length;
  return n >= 3 && words[n - 2] === 'be' && (/(?:ed|en)$/.test(words[n - 1]!) || past(words[n - 1]!)) && (words[n - 3] === 'must' || (words[n - 3] === 'to' && /^(?:have|has|need|needs)$/.test(words[n - 4] ?? '')));
}
/** Words in -ed that are no past verbs: "need", "feed", "speed", "red", "bed", "indeed". */
const pastLooking: ReadonlySet<string> = new Set(['indeed', 'need', 'feed', 'speed', 'seed', 'bed', 'red', 'shed', 'weed', 'breed', 'proceed', 'succeed', 'exceed']);
/** The first time to come in a text, as `hardTime` or `moreDates` reads it (two patterns: one was past what the ReDoS check decides). */
const hardOrDated = earliestOf(hardTime.exec, (text) => moreDates.exec(text));
function scheduleTime(text: string): { index: number; 0: string } | null {
  const first = hardOrDated(text);
  // "The claim is for a screen cracked on 2 March": the time of what happened, not of what is to come.
  return first !== null && pastAnchored(text, first.index) ? null : first;
}
/**
 * Certainty in words the first list lacks: "your start date is locked in", "…, definitely." said after the clause,
 * "there is zero chance of the price changing".
 */
const moreCertainty = /\b(?:locked in|set in stone|nailed on|a done deal|signed and sealed|(?:zero|no) (?:chance|risk|possibility) (?:of|that)|without (?:any|a) (?:trouble|problems?|hitch(?:es)?|delays?|issues?)|you(?:['’]ll| will) be (?:fine|sorted) for)\b|(?<=,\s{0,3})(?:definitely|for sure|guaranteed|no doubt about it|100%)(?=\s*[.!]|\s*$)|(?<=[a-z0-9]\s)(?<!(?:['’]s|\bis|\bwas|\bbe|\bare|\bno|\bany)\s)no (?:problems?|bother|hassle)(?=\s*(?:[.!,]|$|[^\x00-\x7F]))/i;
const certaintyWords =
  /\b100\s?(?:%|percent\b)(?!\s*(?:of|off|cotton|wool|refund|cashback|discount|charge|battery|capacity|renewable|recycl\w*|natural|organic)\b)|\b(?:guarantee[ds]?|one hundred percent|for sure|rest assured|without fail|(?:i|we) (?:can )?promise|(?:i|we) (?:can )?assure you|(?:definitely|certainly|surely|absolutely) (?:will|be|going to|arrive|get|receive|fixed|repaired|sorted|resolved|delivered|refunded|approved|restored|reopened|in time|on time|ready|back (?:with|to|in|on)|before|by)|(?:will|['’]ll|(?:is|are|['’]s|['’]re) going to) (?:definitely|certainly|surely|absolutely)(?! (?:will|be|going to|arrive|get|receive)\b)|no doubt|never (?:happen|occur) again|(?:fix(?:es|ed)?|solve[sd]?|resolve[sd]?|cure[sd]?|gone|go away|goes away|disappear(?:s|ed)?)(?: (?:it|this|that|them|the (?:[a-z]+ ){0,2}?(?:issue|problem|error|bug|crash|skipping|fault|glitch|dropouts?)))? for good)\b/i;
const phone = /(?:\+\d[\d\s().-]{7,}\d|\b0\d{3,4}[\s-]?\d{3}[\s-]?\d{3,4}\b|\b1-?8\d\d-?\d{3}-?\d{4}\b|\b\d{3}-\d{3}-\d{4}\b)/;
const url = /\bhttps?:\/\/\S+|\bwww\.\S+|(?<![a-z0-9-])[a-z0-9-]+\.(?:com|org|net|io|co\.uk|co)\/\S*/i;
const doneWords =
  lowered(/\b(?:(?:i|we)(?:['’]ve| have)? (?:went ahead and|gone ahead and)|(?:has|have|had|['’]s|['’]ve) (?:now |already |just |also )?been (?:\w+ (?:and )?)?(?:sent|processed|refunded|issued|cancell?ed|escalated|forwarded|passed|shared|logged|raised|fixed|resolved|credited|updated|arranged|dispatched|shipped|approved|reported|recorded|completed|replaced|restored|reactivated|removed|added|reset|changed|merged|closed|reopened|created|assigned|unlocked|activated|applied|corrected|adjusted|refunded|received|noted|submitted|booked|scheduled|released|deployed|implemented|addressed|handled|taken care|discussed|communicated|rectified|repaired|invited|registered|subscribed|unsubscribed|enrolled|upgraded|downgraded|transferred|verified|renewed|extended|waived|reversed|moved|rebooked|rescheduled|reassigned|reallocated|swapped|reserved|re-?sent|voided|paused|unblocked)|(?:is|are|['’]s|['’]re) (?:now |currently |actively |already |still )?being (?:worked on|looked into|investigated|fixed|processed|reviewed|handled|addressed|prepared|shipped|sent|dealt)|(?:is|are|['’]s|['’]re) (?:now )?(?:(?:100 ?%|fully|completely|all) )?(?:fixed|resolved|sorted|back (?:up|online)|live|up and running|restored|working again|in progress)|(?:was|were) (?:now |already |successfully |fully )?(?:fixed|resolved|restored|refunded|credited|reversed|replaced|repaired|rectified|reactivated|unlocked|dispatched|shipped|approved|processed|issued|reset|escalated|forwarded|rebooked|waived|applied|activated)|(?:i(?:['’]m| am)|we(?:['’]re| are)) (?:actively |currently |now |still )?(?:on it|on the case|aware|investigating|looking into|working on|working to)|(?:team|engineers|developers|technicians|specialists|staff|colleagues?|department) (?:is|are|['’]s|['’]re) (?:now |already |currently )?(?:on it|on the case)|(?:aware|known|acknowledged|logged|reported)(?: of (?:it|this|that))?,? and (?:is |are |['’]s |['’]re )?(?:now |currently |actively )?(?:being (?:worked on|looked into|investigated|fixed|addressed)|looking into|working on|investigating)|(?:while|as) (?:we|they|our (?:\w+ )?team) (?:work|are working|continue to work) (?:to|on)|(?:is|are) (?:currently |actively |now |still )?(?:working (?:hard |tirelessly |closely |diligently )?(?:on|to)|looking into|investigating)|(?:have|has) (?:now |already |just |since )?(?:passed|forwarded|escalated|shared|sent|raised|reported|logged|fixed|resolved|rectified|repaired|cleared|restored|refunded|credited|reset|updated)|(?:i|we) (?:just )?(?:did(?! not\b| never\b|n['’]t)|made|sent|checked|tested|confirmed|refunded|reset|updated|fixed|resolved|cancell?ed|escalated|forwarded|passed|raised|reported|added|removed|changed|merged|closed|reopened|issued|processed|credited|shipped|replaced|restored|released|deployed|looked|reached out|contacted|emailed|called|spoke|talked|verified|flagged|noted|opened|filed|submitted|assigned|moved|renamed|applied|corrected|adjusted|waived|reversed|tagged|labell?ed|marked)\b)/i);
const commitWords =
  lowered(/\b(?:(?:i|we)(?:['’]ll| will| shall|['’]m going to| am going to|['’]re going to| are going to|['’]d be (?:more than )?(?:happy|glad) to| would be (?:more than )?(?:happy|glad) to|['’]d love to| would love to|(?:['’]re| are|['’]m| am)? (?:aiming|planning|intending) to|['’]m happy to| am happy to|['’]re happy to| are happy to| can| could) (?!not\b|never\b|be (?:sorry|unable|(?:more than )?(?:happy|glad) to (?:help|assist)|here)|help you with (?:that|this|anything)|always|only (?:apologi[sz]e|say)\b)[a-z]+|let (?:me|us) (?!know\b)[a-z]+|(?<!\b(?:will|would|shall|to|can|could|may|might|should|must|does|do|did|it|this|that|which) )allow (?:me|us) to [a-z]+|let['’]s (?!not\b)[a-z]+|(?:i|we)(?:['’]d| would) like to (?!see\b|ask\b|know\b|assure\b|reassure\b|remind\b|thank\b|apologi[sz]e\b|inform\b|let\b|point\b|direct\b|get\b|have\b|hear\b|invite\b|welcome\b|note\b|clarify\b|mention\b|express\b|take\b|request\b|confirm that\b)[a-z]+|(?:someone|a member of (?:our|the) team|(?:our|the) (?:\w+ )?team|a (?:specialist|technician|colleague|manager|supervisor|rep|representative|agent|teammate)|my colleagues?|our (?:specialists?|engineers?|developers?|agents?)) (?:will|['’]ll|is going to|are going to|should|can|may) (?!not\b|have been\b|have [a-z]+ed\b)[a-z]+|you(?:['’]ll| will) (?:(?:also|then|now|soon|shortly|automatically) )?(?:receive|get|be (?:contacted|notified|refunded|emailed|sent|credited|able|given|issued)|hear (?:back|from)|see (?:a|an|the|your)|be getting)|(?:will|['’]ll) be (?:answered|handled|included|listed|sent|emailed|processed|refunded|shipped|issued|credited|reviewed|updated|fixed|resolved|released|in touch|contacted|replaced|dispatched|arranged|escalated|passed|forwarded|investigated|looked)|will (?:follow up|get back|be in touch|reach out|contact you|update you|keep you))\b/i);
/**
 * What makes "we can …" the purpose or the limit of something else, not a promise: "DM us so we can take a look",
 * "before we can merge them", "as far as we can tell", "anything we can do". Read on the 16 characters before the
 * phrase ("so let me explain" and "what we'll do next" still promise).
 */
const subordinateLead = /\b(?:so|so that|before|until|as far as|as much as|whether|in order that|the (?:faster|sooner|quicker|better|more)|what|anything|something)\s+$/;
/** Whether a text holds a promise of the writer's that is not the purpose or the limit of something else. */
function promises(text: Lowered): boolean {
  return commitWords.findAll(text).some(
    ({ index }) =>
      !(/^(?:i|we) (?:can|could)\b/.test(text.slice(index, index + 9)) && subordinateLead.test(text.slice(Math.max(0, index - 16), index))) &&
      // "I can see the charge", "we can understand why", "I can only imagine how hard it was": what the writer perceives
      // or feels, not what they will do.
      !perceives.test(text.slice(index, index + 40)),
  );
}
/** "We can no longer honour that price": what the writer can do, denied. */
const noLongerCan = /\b(?:i|we) (?:can|will be able to) no longer\b/;
/** The word before a clause that makes it a time or a condition. */
const timeOrCondition = /\b(?:if|unless|once|when|whenever|until|before|after)\s*$/;
const perceives = /^(?:i|we) (?:can|could) (?:(?:only|well|totally|completely) )?(?:see|tell|understand|imagine|appreciate|hear|empathi[sz]e|relate)\b/;
/**
 * Sympathy or gladness for what the customer told, before the deed it reports: "sorry to hear (that) …", "glad it's
 * been …". ("We understand your issue
 * has been discussed" reports the case handled: a hand review of the corpus read it as a way forward.)
 */
const sympathyLead = /\b(?:sorry|sad|disappointed|upset|frustrating|frustrated|glad|happy|great|pleased|relieved) (?:to (?:hear|see|learn|read|know)|that|(?=(?:it|this|things|everything|your?)\b))/g;
/** Whether the text ends inside a clause of sympathy: read in code, as a pattern ending in "[^.]*$" is tried from every start. */
function endsInSympathy(text: string): boolean {
  let last = -1;
  for (const m of text.matchAll(sympathyLead)) last = m.index + m[0].length;
  return last !== -1 && !/[.!?;]/.test(text.slice(last));
}
/** A promise with nothing firm in it, read from where the promise starts: "we'll sort it out", "I'll walk you through it". */
/** Help offered with nothing in it: "we're happy to help", "I'm glad to assist" (the door, not a deed). */
const gladToHelp = /^(?:i|we)(?:['’]re|['’]m| are| am) (?:always |more than |very |only too )?(?:happy|glad|pleased|delighted) to (?:help|assist)(?:[.!,;]|$| (?:further|with (?:that|this|anything)))/;
/** A promise or an offer with nothing firm in it, read from the commitment's first word. */
const hollowOffer = (said: Lowered): boolean => hollowPromise.test(said) || gladToHelp.test(said);
const hollowPromise = /^(?:i|we)(?:['’]ll| will| are going to|['’]re going to) (?:(?:do|try) (?:our|my) (?:very )?best|do (?:everything|all|whatever)\b|(?:get|have) (?:this|it|that|things|everything) (?:sorted|resolved|fixed|taken care of|figured out)|sort (?:this|it|that|things) out|figure (?:this|it) out|make (?:it|this|that|things) right|walk you through (?:this|it|that)\b|help(?: you)?(?: out)?(?: with (?:this|that|it))?(?:[.!,;]|$| (?:and|as|if|however|in any way)\b)|take care of (?:this|it|that|you)\b|look after you\b|do better\b|(?:learn|take (?:the )?lessons?) from (?:this|it|that)\b|(?:work|strive|try) to (?:do better|improve)\b|improve(?:[.!,;]|$)|be (?:more than |always |very )?(?:happy|glad|pleased|delighted) to (?:hear from you|help|assist)(?:[.!,;]|$))/;
/** A sentence that is one placeholder, in any of the helpdesks' syntaxes (read on the trimmed sentence); a group holds its name. */
const placeholderAlone = /^(?:\{\{([^{}\n]{1,80})\}\}|\{%([^%\n]{1,80})%\}|%\{([^}\n]{1,80})\}|\$\{([^}\n]{1,80})\}|\{([^{}\n]{1,80})\}|%%([A-Za-z_]{1,40})%%|<<([^<>\n]{1,80})>>|<([A-Z][A-Z0-9_]{1,40}(?:\[\d+\])?)>|\[([^\]\n]{1,80})\])[.:]?$/;
/** What a placeholder's name says it stands for. */
function placeholderAct(match: RegExpExecArray | string): Act {
  const name = (typeof match === 'string' ? match : match.slice(1).find((g) => g !== undefined) ?? '').toLowerCase();
  if (/url|link|href/.test(name)) return 'next-info';
  if (/\bsteps?\b|instruction/.test(name.replace(/[_.]/g, ' '))) return 'step';
  if (/signature|sign[ _-]?off|agent|staff/.test(name)) return 'sign-off';
  if (/content|message|e-?mail|body|quote|transaction|original|thread|choose|select|insert|todo|tbd/.test(name)) return 'other';
  return 'news';
}
/** A tweet's signature, read on the sentence with its white space made single: "- Becky", "^MM", "-Josh 2/2 https://…"; a name is capitalised ("- User forum" is a list item). */
const signature = /^(?:[-–—~^*] ?\p{Lu}\p{L}*(?: \p{Lu}\p{L}*)?|\^\p{L}{1,4})(?: ?\d\/\d)?(?: https?:\/\/\S+){0,3}$/u;
const placeholderTime = /(?:\{|%|\$|\[|<)[^{}\[\]<>%$]{0,40}(?:time|date|day|days|eta|period|duration|hours|deadline|window|schedule|timeframe)[^{}\[\]<>%$]{0,40}(?:\}|%|\]|>)/i;

/** The global copy of a pattern, made once: every sentence of every reply is searched with it. */
const globals = new WeakMap<RegExp, RegExp>();

function allSpans(pattern: RegExp, text: string, offset: number): Span[] {
  const spans: Span[] = [];
  let global = globals.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, `${pattern.flags}g`);
    globals.set(pattern, global);
  }
  // exec from the start rather than matchAll, which copies the pattern on every call.
  global.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = global.exec(text)) !== null) {
    if (m[0] === '') break;
    spans.push({ start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return spans;
}

export interface SentenceInput {
  /** The sentence's prose (markup blanked, placeholders read as names). */
  text: string;
  /** The sentence as written (placeholders kept). */
  original: string;
  /** Where the sentence starts in the reply. */
  offset: number;
  isQuestion: boolean;
  region: 'greeting' | 'body' | 'signOff' | 'quoted';
  /** The body's first sentence, with more of the body after it: where "Happy to help!" opens a reply, not closes it. */
  opensBody?: boolean;
}

/**
 * A sentence with each run of white space made one space, and where each of
 * its characters stands in the sentence as written: a reply hard-wrapped at
 * 72 columns ("you need\nto restart"), a CRLF, or emphasis blanked out of
 * Markdown ("you need   to") reads as the words it holds. Undefined when the
 * sentence has no such run.
 */
function singleSpaced(text: string): { text: string; from: number[] } | undefined {
  if (!/\s\s|[^\S ]/u.test(text)) return undefined;
  let flat = '';
  const from: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const space = /\s/u.test(text[i]!);
    if (space && flat.endsWith(' ')) continue;
    flat += space ? ' ' : text[i]!;
    from.push(i);
  }
  return { text: flat, from };
}

/** The offset `count` words on from `from` (or the text's end): read word by word, not by a pattern on a slice. */
function wordsOn(text: string, from: number, count: number): number {
  let i = from;
  for (let seen = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) === 32;
    if (space && i > from && text.charCodeAt(i - 1) !== 32 && ++seen === count) break;
  }
  return i;
}

/** "Regarding the last tournament prizes:", "As for your refund:": a topic named above what is said about it. */
const topicHeading = lowered(/^\W*(?:regarding|concerning|as for|re|about)\b[^.!?:]{0,80}:\W*$/i);

/** A sentence opening as a question and cut off by a tweet's part number: "What error message (1/2)", "Could you DM us 1/2". */
const cutQuestion = /^\W*(?:what|which|where|when|who|how|could you|can you|would you|will you|do you|did you|are you|is (?:it|this|that|your|the)|have you|has (?:it|your|the))\b[^.!?]*\s\(?\d\/\d\)?$/i;

/** Reads one English sentence. */
export function readEnglish(input: SentenceInput): Reading {
  const flat = singleSpaced(input.text);
  if (!flat) return readSingleSpaced(input, (span) => span);
  // Read on the single-spaced words, then put what was found back where it was written.
  const { from } = flat;
  const at = (i: number): number => (i < from.length ? from[i]! : input.text.length);
  const back = <T extends Span>(span: T): T => {
    const start = span.start - input.offset;
    const end = span.end - input.offset;
    return { ...span, start: input.offset + at(start), end: input.offset + (end > start ? at(end - 1) + 1 : at(start)) };
  };
  return readSingleSpaced({ ...input, text: flat.text }, back);
}

/**
 * Reads a sentence whose white space is single; `back` moves a span found in
 * its text to the sentence as written. Spans found in `original` (links,
 * placeholders) are read there and need no moving.
 */
function readSingleSpaced(input: SentenceInput, back: <T extends Span>(span: T) => T): Reading {
  const { text, original, offset, region } = input;
  // A question broken off where a tweet goes on ("What error message (1/2)") is asked all the same.
  const isQuestion = input.isQuestion || cutQuestion.test(text);
  const tokens = tokenize(text, offset);
  const raws = clausesOf(tokens);
  const facts = raws.map(factsOf);
  // "We are committed to you, and are taking corrective action": a verb group after "and" with no subject of its own
  // has the writer's subject of the clause before it. (Only the writer's: "this has been merged, and will be included in
  // the next release" stays the project's news, as it read.)
  // ("…, our valued customers, and are taking …": a clause with no verb between them, an apposition, is passed over.)
  for (let c = 1; c < facts.length; c++) {
    const f = facts[c]!;
    let b = c - 1;
    // (A clause opened by the customer's own thing is the one before, whatever verb it has: "Good news, your order left
    // our warehouse this morning and will be with you by 6pm".)
    while (b > 0 && facts[b]!.verbs.length === 0 && facts[b]!.words[0] !== 'your') b--;
    const before = facts[b]!;
    const at = f.verbs.length > 0 ? f.words.indexOf(f.verbs[0]!) : -1;
    // The customer's own thing carries over to what it will do: "your charger was dispatched and will be with you Thursday".
    // (Whatever verb the first clause has: "your parcel left our warehouse and will be with you by Friday".)
    // (And money or goods of theirs named otherwise: "the £200 deposit has been released and will be in your account by
    // Thursday".)
    const theirs = (before.subject === 'third' || before.subject === 'none') && (before.words[0] === 'your' || (before.subject === 'third' && before.subjectWords.some((w) => theirThings.has(w)))) && f.verbs[0] === 'will';
    if (f.subject === 'none' && f.subjectWords.length === 0 && !f.imperative && at > 0 && f.words[at - 1] === 'and' && finite.has(f.verbs[0]!) && (before.subject === 'writer' || theirs)) {
      f.subject = before.subject === 'writer' ? 'writer' : 'third';
      f.subjectWords = before.subjectWords.length > 0 ? before.subjectWords : before.words.slice(0, 2);
      f.clause.agent = f.subject;
    }
  }
  // A verb opening a later clause is an imperative only where one can stand: after a condition or a
  // subordinate clause ("if it persists, restart"), a lead with no verb ("First, open …", "Thanks, please …"),
  // or another imperative ("open Settings, tap Privacy"). Elsewhere it is a noun in a list ("bugs, pull
  // requests and the like") or a name ("Also, Stack Overflow will …").
  for (let c = 1; c < facts.length; c++) {
    const f = facts[c]!;
    if (!f.imperative || f.please) continue;
    const prev = facts[c - 1]!;
    const at = f.clause.start - offset;
    const capitalised = /\p{Lu}/u.test(text.charAt(firstWordAt(text, at)));
    // A list marker before it ("1. Open the app") is the start of the item: any capital is the sentence's own.
    const markerOnly = raws[c - 1]!.tokens.every((t) => /^(?:\d+|[a-z]|[ivx]+)$/.test(t.w));
    // After a colon the steps begin: "The inverter has to be reconnected: hold the button for five seconds".
    // (And after a dash that opens what to do: "it's that setting in the app – switch it back".)
    const afterColon = /[:–—]/u.test(text.slice(prev.clause.end - offset, at));
    // So do they after the purpose said first: "To use your carer's ticket, select …".
    const afterPurpose = raws[c - 1]!.tokens[0]?.w === 'to' || (raws[c - 1]!.tokens[0]?.w === 'in' && raws[c - 1]!.tokens[1]?.w === 'order' && raws[c - 1]!.tokens[2]?.w === 'to');
    // A verb made light of stands as an order anywhere: "it's the driver thing, just do the usual and rebuild".
    const opening = raws[c]!.tokens;
    let k = 0;
    while (k < opening.length && leadWords.has(opening[k]!.w) && opening[k]!.w !== 'just' && opening[k]!.w !== 'simply') k++;
    const madeLight = opening[k]?.w === 'just' || opening[k]?.w === 'simply';
    // So does the step that a finding calls for: "the router is fine, so restart the modem".
    const resultOf = opening[0]?.w === 'so' && opening[1]?.w !== 'that' && !(opening[1]?.w === 'rest' && opening[2]?.w === 'assured');
    const allowed = markerOnly || afterColon || madeLight || resultOf || (!capitalised && (prev.clause.condition || raws[c - 1]!.subordinate || afterPurpose || prev.imperative || prev.please || prev.verb === undefined));
    if (!allowed) {
      f.imperative = false;
      f.clause.agent = f.subject;
    }
  }
  const clauses = facts.map((f) => f.clause);
  const acts = new Set<Act>();
  const timeHits = timeWords.flatMap((pattern) => pattern.findAll(text));
  const times = timeHits.map(({ index, length }) => ({ start: offset + index, end: offset + index + length })).map(back);
  // "The claim is for a screen cracked on 2 March": a time told of what happened says nothing of what comes next.
  // Nor does a deadline put to the customer: "claims have to be submitted within 28 days of travel".
  // ("Our follow-up sessions run for 40 minutes": a length, not a time to come.)
  const named = placeholderTime.exec(original);
  // A placeholder for a date or a time ("will arrive {{ticket.due_date}}") is a time to come as a written one is.
  // ("… had your order ready 40 mins late", "it left 2 days ago": how late or how long ago, no time to come.)
  const timesToCome =
    timeHits.filter(({ index, length }) => !pastAnchored(text, index) && !deadlineBefore(text, index) && !/\b(?:run|runs|last|lasts|lasting|for)\s+$/i.test(text.slice(Math.max(0, index - 8), index)) && !lateBy.test(text.slice(index + length, index + length + 16))).length +
    (named ? 1 : 0);
  if (named) {
    // The whole placeholder: "{{ticket.due_date}}", "%%DUE%%", not the "{ticket.due_date}" inside it.
    let start = named.index;
    let end = start + named[0].length;
    while (start > 0 && end < original.length && original[start - 1] === original[start] && original[end] === original[end - 1]) {
      start--;
      end++;
    }
    times.push({ start: offset + start, end: offset + end });
  }
  times.sort((a, b) => a.start - b.start);
  const certainty = [...allSpans(certaintyWords, text, offset), ...allSpans(moreCertainty, text, offset)].sort((a, b) => a.start - b.start).map(back);
  const links = allSpans(url, original, offset);
  const contacts = [...allSpans(phone, text, offset).map(back), ...links];
  const folded = lowerCase(text);
  // Curly apostrophes straightened: still lower case.
  const lower = folded.replace(/’/g, "'") as Lowered;
  const words = tokens.filter((t) => /\p{L}/u.test(t.w));

  if (region === 'greeting') acts.add('greeting');
  if (region === 'signOff') acts.add('sign-off');
  if (region === 'body' && greetingStart.test(folded) && words.length <= 6 && !thanksWords.test(text)) acts.add('greeting');
  // A line that is only a signature ("-Team Dugout", "^JS") does nothing else, whatever its words could be read as.
  const signatureOnly = region === 'body' && signature.test(text.trim());
  if (signatureOnly) acts.add('sign-off');

  // Invitations: phrases that keep the door open, and a condition on a need followed by a way to get in touch.
  // "Feel free to raise a request with the ESLint team", "… to visit our support resources": a step to take elsewhere,
  // not a door left open to the writer; what else the sentence says may still be the invitation.
  const elsewhere = feelFreeElsewhere.find(folded);
  const inviting = elsewhere ? (lowerSlice(folded, 0, elsewhere.index) + lowerSlice(folded, elsewhere.index + elsewhere.length)) as Lowered : folded;
  // ("DO NOT respond to this message": a door shut, not held open.)
  const doorOpen = inviting.replace(doorShut, ' ') as Lowered;
  let invitation = invitationPhrases.some((p) => p.test(inviting)) && (doorOpen === inviting || invitationPhrases.some((p) => p.test(doorOpen)));
  // "I will chase the courier and reach out again": the writer's promise goes on after "and", so the verb of getting in
  // touch is the writer's too, no door left open (unless the sentence holds one besides).
  if (invitation) {
    const carried = writerCarriesOn.exec(inviting);
    if (carried && !invitationPhrases.some((p) => p.test((lowerSlice(inviting, 0, carried.index) + lowerSlice(inviting, carried.index + carried[0].length)) as Lowered))) invitation = false;
  }
  let conditionalContact = false;
  let choice = false;
  let rather = false;
  /** A clause's words, lower-cased with straight apostrophes. */
  const clauseText = (f: ClauseFacts): Lowered => lowerSlice(lower, f.clause.start - offset, f.clause.end - offset);
  for (let c = 0; c + 1 < facts.length; c++) {
    const cond = facts[c]!;
    const next = facts[c + 1]!;
    if (!cond.clause.condition) {
      // The way in, then the need: "Join us in our chat room if you need help contributing".
      if (next.clause.condition && (cond.imperative || cond.please) && channelVerbs.test(clauseText(cond)) && helpNeed.test(clauseText(next))) conditionalContact = true;
      continue;
    }
    const condText = clauseText(cond);
    // The door is the clause's own opening ("please reach out", "you can always DM us", "we'll help"), not a verb
    // further on: "if the problem isn't obvious, please select the option … and provide a description" is a step.
    const opening = next.clause.start - offset;
    const rest = lowerSlice(lower, opening, wordsOn(lower, opening, 7));
    // Not on the writer's own need ("if we need to plan a repair, we'll write to you first"): the customer is told they
    // will hear from the writer, not asked back.
    // So is trouble to come: "if the flap sticks before then, reply here", "if you run dry before then, ring us".
    // (Trouble, then something to send, is a step: "should the box arrive damaged, please send us a photo".)
    // (Not someone else to turn to: "if you don't have access to the log, ask your hosting provider" is a step.)
    if ((needWords.test(condText) || (troubleWords.test(condText) && !sendsContent.test(lowerSlice(lower, opening)))) && contactVerbs.test(rest) && !writerCondition.test(condText) && !someoneElse.test(rest) && !(writerReaches.test(rest) && !customerNeed.test(condText))) conditionalContact = true;
    // "Should anything be unclear, our policy team is on 0330 555 0192": a need, then where to reach someone.
    // So is a wish to talk it through: "If you'd rather go through it by phone, our bereavement team is on 0345 …".
    if ((needWords.test(condText) || doubtWords.test(condText) || /\brather\b/.test(condText)) && !writerCondition.test(condText) && phone.test(lowerSlice(lower, opening))) conditionalContact = true;
    // Or any condition, then someone to ring on a number: "If the label shows a different strength, ring our pharmacists
    // on 01632 960 218".
    if (!writerCondition.test(condText) && /^\W*(?:please )?(?:ring|call|phone|contact|text)\b/.test(rest) && phone.test(lowerSlice(lower, opening))) conditionalContact = true;
    // "If you would like a paperback copy instead, please let me know": the customer is asked to choose, a step, not the
    // door left open ("if you'd like more help, let us know" still is one, and so is an offer: "if you prefer, I can …").
    if (!isQuestion && asksToChoose(condText) && contactVerbs.test(rest)) choice = true;
    // A choice of another way, whose answer the writer then acts on ("If you'd rather have it back on your card, reply
    // and say so and I'll swap it over"), is an offer, as "if you prefer, I can …" is: the door stays open.
    if (!isQuestion && /\brather\b/.test(condText) && contactVerbs.test(rest) && offerOnAnswer.test(lowerSlice(lower, opening, Math.min(lower.length, opening + 80)))) rather = true;
  }
  // "If you would like to get it, we can deliver it in 20 to 45 business days": an option with its terms, put to the
  // customer to choose, not more help offered ("if you prefer, I can also send the steps by email" still is).
  if (!isQuestion && optionWithTerms.test(folded) && times.length > 0) choice = true;
  // "If you need anything, we're here", and contact offered after a condition at the end.
  if (conditionalContact) invitation = true;
  if (choice) invitation = false;
  if (rather) invitation = true;
  // "Here to help!", "Happy to help, Kirsty!" opening a reply is a pleasantry before the answer, not a door left open.
  if (invitation && input.opensBody && helpOpener.test(folded)) {
    invitation = false;
    acts.add('other');
  }
  // "Thanks for taking the time to let us know": the telling already done, thanked for, is no door left open.
  // (So is "We appreciate you taking the time to let us know".)
  if (invitation && (thanksFor.test(folded) || appreciatedTelling.test(folded)) && toLetUsKnow.test(folded) && !/\bif\b/.test(folded)) invitation = false;
  if (isQuestion && (stillTroubled.test(folded) || needQuestion.test(folded) || stillStuck.test(folded))) invitation = true;
  // "If you have any questions about your bill, I'm happy to go through it with you": an offer on the customer's wish
  // or need (the condition read in code on the 80 characters before the offer, so the pattern stays linear).
  if (!invitation) {
    const offer = offerOnWish.find(folded);
    if (offer !== undefined && /\bif\b/.test(folded.slice(Math.max(0, offer.index - 80), offer.index))) invitation = true;
  }
  // "Would you like me to make that change for you?": an offer asked leaves the door open, and asks what moves the case.
  const offered = isQuestion && offerAsked.test(folded);
  if (offered) invitation = true;
  if (justAway.test(folded)) invitation = true;
  // "If you open a duplicate ticket about the same issue, it will be closed without a reply": getting in touch is the
  // condition of a sanction, no door left open.
  if (invitation && closedOnContact.test(folded)) invitation = false;
  if (invitation) acts.add('invitation');

  const isRequestQuestion = isQuestion && /^\W*(?:could|can|would|will) you\b|^\W*(?:would you mind|are you able|is it possible)\b|^\W*(?:please|kindly)\b/i.test(text.replace(/^\W*(?:@\S+\s*)*(?:(?:hi|hey|hello)\s+\S+\W*)?/i, ''));
  const stepClause = facts.some((f) => !f.clause.condition && (f.imperative || f.please) && !(f.words[0] === 'let' && (f.words[1] === 'us' || f.words[1] === 'me') && f.words[2] !== 'know') && !(f.words[0] === 'allow' && (f.words[1] === 'us' || f.words[1] === 'me') && f.words[2] === 'to') && !noticeClause(f));
  // A lead-in that is only a condition ("If that doesn't work:") opens the steps that follow.
  const conditionLeadIn = facts.length > 0 && facts.every((f) => f.clause.condition) && endsWithColon(text);
  // "… you would give me the order ID and email please", "your order number, please": a request that ends on its "please".
  const endsOnPlease = !isQuestion && words.length > 2 && words.at(-1)!.w.toLowerCase() === 'please';
  if ((stepClause && !isQuestion) || endsOnPlease || elsewhere || adviceWords.test(folded) || isRequestQuestion || any(moreAdvice, folded) || menuPath.test(text) || conditionLeadIn || contactElsewhere.test(folded)) acts.add('step');
  // "Please note that …", "keep in mind that …": information put as an imperative, not a step.
  if (acts.has('step') && noticeLead.test(folded) && facts.filter((f) => f.imperative || f.please).length <= 1 && !adviceWords.test(folded)) acts.delete('step');
  // "Hang tight!", "please bear with us": patience asked for, which gives the customer nothing to do.
  if (acts.has('step') && patienceOnly.test(folded) && facts.filter((f) => f.imperative || f.please).length <= 1 && !adviceWords.test(folded)) acts.delete('step');
  // "Once again, please accept my sincere apologies": the apology asked to be received is no step.
  if (acts.has('step') && acceptApology.test(folded)) acts.delete('step');
  // "You can find our contribution guidelines here", "Please allow 3-5 business days for the refund": where to read more,
  // and how long to expect, said as something the customer may do; nothing to act on follows in the sentence.
  if (acts.has('step') && (infoPointer.test(folded) || allowTime.test(folded)) && !actionAfter.test(folded)) {
    acts.delete('step');
    acts.add('next-info');
  }
  // An imperative that only opens a door ("let us know if …", "feel free to reach out") is the invitation, not a step;
  // one that says what to send ("feel free to DM us with the details", "… DM us your booking reference") asks for it.
  // A condition on a later need still makes it the door left open: "if it happens again, DM us with the details".
  // On social media the case moves to private messages: "Our apologies, if you'd like to share additional details,
  // please feel free to DM us" takes this matter on, as a step does; "DM us if there's anything else", "Please DM us if
  // you still need assistance" and "… if you would like to discuss this further" only leave the door open (more help
  // offered, with nothing asked of the customer or done on the case).
  const takesItOn =
    invitation && ((sendsContent.test(folded) && !laterNeedIn(folded)) || (privateChannel.test(folded) && !otherNeed.test(folded) && !helpIfNeeded.test(folded)));
  if (takesItOn) acts.add('step');
  if (acts.has('step') && invitation && !elsewhere && !takesItOn && !adviceWords.test(invitationPhrases.reduce((rest, p) => p.replace(rest, ''), folded)) && !facts.some((f) => !f.clause.condition && f.imperative && !/^(?:let|feel|reach|contact|get|drop|give|hit|ping|message|dm|reply|respond|write|keep|tweet|send|ring|phone|text|shout|holler|call|email|buzz|nudge)$/.test(verbAfterPlease(f)))) {
    acts.delete('step');
  }

  const writerFuture = facts.some((f) => f.subject === 'writer' && f.future && !f.negated && !f.clause.condition);
  // "There's nothing we can do" is a refusal, not an offer.
  // A promise only inside a condition ("if we can help with anything else, …") promises nothing.
  const promised = promises(folded) && (facts.length < 2 || !facts.some((f) => f.clause.condition) || facts.some((f) => !f.clause.condition && promises(lowerSlice(folded, f.clause.start - offset, f.clause.end - offset))));
  // "Is there anything else I can do?" asks the customer back in; it promises nothing. What the question says beside
  // the invitation still counts: "We're happy to send a replacement; anything else I can help with?"
  const offersOnlyTheDoor = isQuestion && invitation && !commitWords.test(invitationPhrases.reduce((rest, p) => p.replace(rest, ' ') as Lowered, folded));
  if ((promised && !refusalWords.test(folded) && !noLongerCan.test(folded) && !offersOnlyTheDoor) || writerFuture || (andWill.test(folded) && facts.some((f) => f.subject === 'writer'))) acts.add('commitment');
  // "We are contacting you regarding the delivery status": the letter saying what it is about, not a deed on the case.
  const framing = aboutThisLetter.test(folded);
  // A deed that only sets the scene for a finding ("As we prepared the shipment just now, we found the item was taken")
  // is the background of the news; one in the main clause is the deed ("After reviewing your account I refunded it").
  const mainSays = facts.some((f) => !f.subordinate && !f.clause.condition && f.verb !== undefined);
  // "Sorry your beans turned up a week after the roast date we gave you": a deed named inside what the apology is for,
  // before the sentence's first comma, is part of what went wrong.
  const apologyLed = apologyOpening.test(folded);
  const firstBreak = text.search(/[,;:]/);
  // "We let your family down": a fault owned, not a deed done on the case (an apology).
  const admitted = facts.filter((f) => f.subject === 'writer' && admission.test(lowerSlice(folded, f.clause.start - offset, f.clause.end - offset)));
  const writerDone = !framing && facts.some(
    (f) =>
      f.subject === 'writer' &&
      !(f.subordinate && mainSays) &&
      !(apologyLed && !f.perfect && (firstBreak === -1 || f.clause.start - offset < firstBreak)) &&
      !f.negated &&
      !f.clause.condition &&
      (f.perfect || f.pastTense || f.progressive) &&
      f.verb !== undefined &&
      // "… but as I mentioned earlier, the address can't be changed": a reminder of what was said, no deed.
      !saidBefore.test(clauseText(f)) &&
      // "We have found the cause and fixed it": a finding, then a deed joined to it.
      (!notActions.has(f.verb) || andDone.test(lowerSlice(folded, f.clause.start - offset, f.clause.end - offset))) &&
      !admitted.includes(f),
  );
  if (admitted.some((f) => !f.negated && !f.clause.condition)) acts.add('apology');
  // ("The colleague at the desk was right to turn it down" judges what was done; it does nothing on the case.)
  const teamDone = facts.some((f) => f.subject === 'third' && f.subjectWords.some((w) => teamWords.has(w)) && !f.negated && !f.clause.condition && (f.perfect || f.pastTense) && !judgedRight.test(clauseText(f)));
  // "We're sorry to hear your flight has been cancelled", "Glad it's been resolved": the customer's news said back, not
  // a deed of the writer's.
  // "… with which you have raised these points": what the customer did, in the words of a deed.
  const found = doneWords.find(folded);
  // ("You have been invited to join" is a deed done to the customer: a state of the case.)
  const byCustomer = found !== undefined && /\byou $/.test(lowerSlice(folded, Math.max(0, found.index - 4), found.index)) && !/^ha(?:s|ve) (?:now |already |just |also )?been\b/.test(lowerSlice(folded, found.index, found.index + 30));
  const doneHit = byCustomer ? undefined : found;
  const doneSaidBack = doneHit !== undefined && endsInSympathy(lowerSlice(folded, Math.max(0, doneHit.index - 60), doneHit.index));
  // A thing the customer lost, found by the writer's side: "it's been traced to Gatwick" (not "glad it's been located").
  const foundHit = foundDone.find(folded);
  const foundIt = foundHit !== undefined && !endsInSympathy(lowerSlice(folded, Math.max(0, foundHit.index - 60), foundHit.index));
  // "Swimwear can't be returned once the liner has been removed", "when it has been processed, you'll get an email": the
  // deed's words in a clause of time or condition say when something applies, not what was done.
  const doneWhen =
    doneHit !== undefined &&
    facts.some((f) => (f.clause.condition || f.subordinate) && f.clause.start - offset <= doneHit.index && doneHit.index < f.clause.end - offset && timeOrCondition.test(lowerSlice(folded, Math.max(0, f.clause.start - offset - 10), f.clause.start - offset)));
  // "Your order shipped this morning", "the replacement left our warehouse today": the case's own thing moved on, a deed
  // of the writer's side told by its outcome (not said back in sympathy: "sorry your refund went through so late").
  const movedOn = caseMovedOn.find(folded);
  const caseMoved = movedOn !== undefined && !isQuestion && !facts.some((f) => f.clause.condition || f.negated) && !endsInSympathy(lowerSlice(folded, Math.max(0, movedOn.index - 60), movedOn.index));
  if ((doneHit !== undefined && !doneSaidBack && !doneWhen) || foundIt || writerDone || teamDone || caseMoved || bareDone.test(folded) || ((doneState.test(folded) || caseState.test(folded) || caseIsWhere(folded)) && !isQuestion && !facts.some((f) => f.clause.condition)) || moderating.test(folded) || seenDone.test(folded)) acts.add('action');
  // "Your comments have been heard", "we've taken your feedback on board": the customer's words received, and nothing
  // done with them; a deed beside it ("… and passed them to the manager") still is one.
  if (acts.has('action') && heardOnly.test(folded) && !deedBesides.test(heardOnly.replace(folded, ' '))) acts.delete('action');
  // "… as we explained in the email we sent you last month": the message sent is where the customer was told, not a deed
  // on the case.
  if (acts.has('action') && remindedIn.test(folded)) {
    const rest = remindedIn.replace(folded, ' ');
    if (doneWords.find(rest) === undefined && !deedBesides.test(rest)) acts.delete('action');
  }
  // "We are unable to ship it within the estimated delivery time frame": what cannot be done is not what comes next.
  const deniedAt = (index: number): boolean => {
    const fact = facts.find((f) => index >= f.clause.start - offset && index < f.clause.end - offset);
    if (fact === undefined) return false;
    // Only what is said since the clause's last turn: "it hasn't been cancelled but departure is being delayed".
    const before = lowerSlice(folded, fact.clause.start - offset, index);
    const turn = before.lastIndexOf(' but ');
    return inability.test(turn >= 0 ? lowerSlice(before, turn, before.length) : before);
  };
  const nextInfoByContent = nextInfoPatterns.some((p) => {
    const hit = p.find(folded);
    return hit !== undefined && !deniedAt(hit.index);
  });
  // "We understand that … earlier you were getting 8.5 hours and now only 1 hour": the customer's own report said back
  // to them; its times tell nothing about what comes next.
  const saysBack = acknowledging.test(folded);
  // "It happens to a small number of crowns in the first few months", "That's most likely what cut your speed on Tuesday":
  // how such things go, or what caused this one; their times tell nothing about what comes next.
  const explains = howThingsGo.test(folded);
  // A wish for the outcome ("Hope it gets sorted soon") tells nothing of when it comes; one with a firm time ("we hope it
  // arrives by Friday") still sets an expectation.
  const wished = wishFor.test(folded) && contacts.length === 0 && !timeWords.some((p) => p.findAll(text).some(({ index, length }) => !vagueTime.test(text.slice(index, index + length))));
  // "Really sorry, a late bus this morning is the last thing anyone needs": sympathy with no word of what is to come
  // places the trouble in time; it tells nothing of what comes next.
  // ("It's not our fault the repairer is backed up": a fault denied is no apology.)
  const saysSorry = apologyWords.test(text.replace(faultDenied, ''));
  const sympathises = empathyWords.test(folded) || moreEmpathy.test(folded);
  // ("That's not the finish anyone should leave with": a norm's "should", not a time to come.)
  const sympathyOnly = (saysSorry || sympathises) && !/\b(?:will|['’]ll|going to)\b|(?<!\b(?:anyone|anybody|nobody|no one|one) )\bshould\b(?! have\b)/.test(lower);
  // ("Anything more you need from me today?": the time of an offer of more help is no time of what comes next.)
  // (A link in a door held open, with no way to reach anyone in it, is more help offered, not what comes next: "Our help
  // centre is here if you need it: https://…"; "you can reach us by phone or chat here: https://…" and a phone number
  // still are a way on.)
  if (nextInfoByContent || (contacts.length > 0 && !acts.has('step') && !acts.has('sign-off') && !(acts.has('invitation') && !contactVerbs.test(folded) && !phone.test(text))) || (timesToCome > 0 && !(isQuestion && invitation) && !saysBack && !explains && !wished && !thanksFor.test(folded) && !sympathyOnly && !(pastTime.test(folded) && !futureWord.test(lower)) && facts.some((f) => f.subject === 'third' && !f.negated && !f.clause.condition && !f.perfect && (!(f.pastTense || f.verbs[0] === 'had') || futureWord.test(lower))))) {
    acts.add('next-info');
  }
  // "We are doing all we can to get it delivered": effort with nothing in it the customer can hold on to.
  if (vagueEffort.test(folded) && !timeWords.some((p) => p.findAll(text).some(({ index, length }) => !vagueTime.test(text.slice(index, index + length)))) && !named && contacts.length === 0 && links.length === 0 && !nextInfoByContent) {
    acts.delete('action');
    acts.delete('commitment');
  }
  // "You cannot transfer a character to another account", "unfortunately, you can not do that": a limit put to the
  // customer as the answer. Not a condition ("if you can't log in, …"), a question, the customer's trouble said back
  // ("I understand you can't log in", "sorry you can't access it") or a reassurance ("you can't go wrong").
  const customerDenied =
    !isQuestion &&
    !saysBack &&
    !sympathyBefore.test(folded) &&
    facts.some((f) => f.subject === 'customer' && f.subjectWords.length === 1 && f.negated && f.modal === 'can' && f.verbs[2] !== 'only' && !f.clause.condition && !f.subordinate && f.verb !== undefined && !notALimit.has(f.verb));
  const writerDenies = facts.some((f) => f.subject === 'writer' && f.negated && !f.clause.condition && !f.pastTense && !f.perfect && f.verb !== undefined && !notRefusing.has(f.verb) && !/^(?:sorry|afraid|glad|happy)$/.test(f.verb));
  if (any(moreRefusal, folded) || writerDenies || customerDenied) acts.add('refusal');
  // The wish is no promise when "but" takes it back and no step follows (a step after it asks for what is missing).
  if (wishedBut.test(folded) && !acts.has('step')) {
    acts.delete('commitment');
    acts.add('refusal');
  }
  // ("Sorry your card got declined at the hotel": a bank's no to the customer's payment, told, is no refusal of the writer's.)
  // ("This office cannot discuss applications by email": the writer's side named, refusing.)
  if ((refusalWords.test(folded.replace(paymentDeclined, ' ') as Lowered) || sideRefuses.test(folded)) && !/\b(?:can['’]t|cannot) (?:wait|thank|stress|recommend|emphasi[sz]e|imagine|believe|express|tell you how|say enough|agree|think of)\b/i.test(text)) acts.add('refusal');
  if (ruleWords.test(folded) || any(moreRule, folded)) acts.add('rule');
  if (prohibition.test(folded) && !invitation) {
    acts.delete('step');
    acts.add('rule');
  }
  // "Crossposting is against the forum [rules](…)": a link to the rule it states is the rule's source, not news of
  // what comes next.
  if (acts.has('rule') && acts.has('next-info') && !nextInfoByContent && times.length === 0 && links.length > 0) acts.delete('next-info');
  const apology = saysSorry && !/\bsorry (?:to (?:hear|see|learn|read)|you(?:['’]re| are| were|['’]ve| have| had| feel)|that you|if you)\b/i.test(text);
  if (apology) acts.add('apology');
  if (sympathises) acts.add('empathy');
  if (thanksWords.test(text) && !/\bno,? thanks?\b|\bthanks to\b/i.test(text)) acts.add('thanks');
  if (isQuestion && ((!acts.has('step') && !acts.has('invitation')) || offered)) acts.add('question');
  if (pleasantry.test(folded) || any(morePleasantry, folded)) acts.add('other');
  // "We'd like to help.", "We can help.": a wish to help with nothing said of how is goodwill, not a commitment (an
  // offer of help alone is no next step).
  if (bareHelpOffer.test(folded)) {
    acts.delete('commitment');
    acts.add('other');
  }
  // Nothing said, or a heading that names a topic ("Regarding the last tournament prizes:"). (A placeholder alone is read
  // as what it stands for: "{explanation}" is the news to come.)
  // A template's placeholder standing alone is read by its name: "%%TRACK_URL%%" is where to look next, "{step 1}" a step,
  // "%{signature}" the sign-off, "<OTOBO_CUSTOMER_EMAIL[6]>" the customer's message quoted, "{explanation}" the news.
  // "Repair ID R-7730218, Slate 11 tablet", "Account 77104 – Deacon & Rowe": a line that names the case by its number
  // heads the letter; its first word is a noun, not an order.
  if (acts.has('step') && referenceLine.test(folded) && !endsOnStop(text) && !words.some((t) => functionWords.has(t.w.toLowerCase()))) {
    acts.delete('step');
    acts.add('other');
  }
  const alone = acts.size === 0 ? placeholderAlone.exec(input.original.trim()) : null;
  if (alone) acts.add(placeholderAct(alone));
  if (acts.size === 0) acts.add(words.length === 0 || topicHeading.test(folded) ? 'other' : 'news');

  const specific = apology && !bareApology.test(folded) && (!genericApology.test(text) || text.replace(genericApology, '').replace(/[\s.!,]/g, '').length > 25);
  if (signatureOnly) for (const act of [...acts]) if (act !== 'sign-off') acts.delete(act);
  const primary = primaryAct(acts);
  const ordered: Act[] = [primary, ...[...acts].filter((a) => a !== primary)];
  const main = mainClause(facts, primary);
  // "We'll get this sorted together", "I'll do my best to help": a promise with no deed, time or place in it.
  const hollow = acts.has('commitment') && times.length === 0 && contacts.length === 0 && !andWill.test(folded) && commitWords.findAll(folded).every(({ index }) => hollowOffer(lowerSlice(folded, index, index + 60)) || /\b(?:everything|all|whatever|anything) $/.test(folded.slice(Math.max(0, index - 12), index)));
  return {
    ...(hollow ? { hollow } : {}),
    acts: ordered,
    agent: agentOf(primary, main),
    modality: main?.clause.modality ?? 'certain',
    specific,
    clauses: clauses.map(back),
    times,
    certainty,
    contacts,
  };
}

function mainClause(facts: ClauseFacts[], act: Act): ClauseFacts | undefined {
  if (act === 'step') return facts.find((f) => f.imperative || f.please) ?? facts.find((f) => f.subject === 'customer' && !f.clause.condition) ?? facts.find((f) => f.subject === 'customer') ?? facts[0];
  if (act === 'commitment' || act === 'action') return facts.find((f) => f.subject === 'writer') ?? facts[0];
  return facts.find((f) => !f.clause.condition) ?? facts[0];
}

function agentOf(act: Act, main: ClauseFacts | undefined): Agent {
  switch (act) {
    case 'greeting':
    case 'sign-off':
    case 'thanks':
    case 'empathy':
    case 'other':
      return 'none';
    case 'apology':
    case 'refusal':
    case 'commitment':
    case 'action':
      return main?.subject === 'third' ? 'third' : 'writer';
    case 'step':
    case 'invitation':
    case 'question':
    case 'rule':
      return 'customer';
    default:
      return main?.clause.agent ?? 'none';
  }
}

export const english = { hardTime, scheduleTime, certaintyWords, genericApology, apologyWords, thanksWords, outcomeVerbs: outcomeVerbs as ReadonlySet<string> };

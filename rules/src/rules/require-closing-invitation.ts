import { defineRule } from '../define-rule.js';
import type { ReplyContext } from '../context.js';
import type { Report } from '../types.js';
import { findPlaceholders } from '../placeholders.js';
import { isClosingLine } from '../structure.js';
import { packFor } from '../lang/packs.js';
import { onlyGratitude } from '../checklist.js';
import { modelOf } from '../model/reply-model.js';

export interface Options {
  /** The invitations offered as rewrites, first one preferred. */
  invitations: string[];
}

const englishInvitations = ['Please reach out if anything else comes up.', 'Let us know if you have any other questions.', "I'm here to help if you need anything else."];
/** A notice that something guarding the customer's account changed: "your password has been changed". */
const changeNotice = /\b(?:password|e-?mail(?: address)?|username|phone number|login details|security (?:question|details))\b[^.!?\n]{0,40}\b(?:has|have|was|were) (?:been |just been )?(?:changed|updated|reset)\b/i;
const arabicChangeNotice = /(?:تم|تمّ) (?:تغيير|تحديث|إعادة تعيين) (?:كلمة (?:المرور|السر)|بريدك الإلكتروني|البريد الإلكتروني|اسم المستخدم|رقم (?:هاتفك|الهاتف))/u;
const asAsked = /\b(?:as (?:you )?(?:requested|asked)|at your request|you (?:asked|requested)|per your request)\b/i;
const arabicAsAsked = /(?:بناءً? على طلبك|كما طلبت|حسب طلبك)/u;
/** An invitation fitted to a case, in each language of the default invitations (in Arabic, also as said to a woman, and in the plural of a formal letter). */
interface Fitted {
  en: string;
  ar: string;
  arToWoman: string;
  arToPlural: string;
}
/** The invitation such a notice needs. */
const notMe: Fitted = { en: "If you didn't make this change, please let us know right away.", ar: 'إذا لم تقم بهذا التغيير، فأخبرنا فورًا.', arToWoman: 'إذا لم تقومي بهذا التغيير، فأخبرينا فورًا.', arToPlural: 'إذا لم تقوموا بهذا التغيير، فأخبرونا فورًا.' };
/** The invitation a reply to praise needs: the door left open, with no "anything else" that has nothing to refer to. */
const afterPraise: Fitted = { en: "We're always here if you ever need us.", ar: 'نحن هنا دائمًا إذا احتجت إلينا.', arToWoman: 'نحن هنا دائمًا إذا احتجتِ إلينا.', arToPlural: 'نحن هنا دائمًا إذا احتجتم إلينا.' };
/** After a no: the way back to ask about it. */
const afterRefusal: Fitted = {
  en: 'If you have any questions about this, please reply to this email.',
  ar: 'إذا كانت لديك أي أسئلة حول هذا، فيُرجى الرد على هذه الرسالة.',
  // (The same words to anyone: «لديك» reads as either.)
  arToWoman: 'إذا كانت لديك أي أسئلة حول هذا، فيُرجى الرد على هذه الرسالة.',
  arToPlural: 'إذا كانت لديكم أي أسئلة حول هذا، فيُرجى الرد على هذه الرسالة.',
};
/** While the case waits on the writers' answer ("we've received your request and will reply"): the way to add to it. */
const whileOpen: Fitted = {
  // (No "just": no-unclear-instructions would report the invitation it suggests.)
  en: 'If you have anything to add, please reply to this email.',
  ar: 'إذا كان لديك ما تضيفه، فيكفي أن ترد على هذه الرسالة.',
  arToWoman: 'إذا كان لديكِ ما تضيفينه، فيكفي أن تردي على هذه الرسالة.',
  arToPlural: 'إذا كان لديكم ما تضيفونه، فيكفي أن تردوا على هذه الرسالة.',
};
/** After the customer is sent elsewhere ("usage questions go to the forum; please repost there"): the way back if that fails. */
const afterRedirect: Fitted = {
  en: "If you don't get an answer there, please write back and we'll help.",
  ar: 'إذا لم تجد إجابة هناك، فراسلنا مجددًا وسنساعدك.',
  arToWoman: 'إذا لم تجدي إجابة هناك، فراسلينا مجددًا وسنساعدكِ.',
  arToPlural: 'إذا لم تجدوا إجابة هناك، فراسلونا مجددًا وسنساعدكم.',
};
/** The customer sent to another place to ask: "please repost there", "questions go to the forum", "ask on Stack Overflow". */
const redirected =
  /\b(?:(?:re)?post (?:it |this |that |them |your question )?(?:on|in|to|at) |ask (?:it |this |that |them )?(?:on|in|at) |(?:belongs?|go(?:es)?|are better asked|is better asked) (?:on|in|to|at) )(?:the |our )?(?:[\w-]+ ){0,2}?(?:forums?|stack ?overflow|community|discussions?|mailing list|discourse|discord|slack|subreddit|board|chat room)\b|\b(?:re)?post (?:it |this |that |them )?there\b/i;
const arabicRedirectVerb = /(?:اطرح|انشر|أعد نشر)/u;
const arabicForum = /(?:المنتدى|المجتمع)/u;
/** The customer's message said to have arrived: "we've received your request", "your ticket has been submitted". */
const received = /\b(?:(?:we|i)(?:['’]ve| have)? (?:received|got) your|thanks?(?: you)? for (?:your|the) (?:follow-?up |recent )?(?:e-?mail|message|request|ticket|enquiry|inquiry)|(?:ticket|request|case|message|e-?mail|enquiry|inquiry)\b[^.!?\n]{0,40}?\b(?:has|have) been (?:submitted|created|received|opened|logged|registered))/i;
/** The writers' answer still to come: "will be answered", "we'll get back to you", "when our staff replies". */
const answerToCome = /\b(?:will|['’]ll|shall) (?:be (?:answered|reviewed|handled|processed|responded to|looked at)|get back to you|respond|reply|be in touch|contact you)\b|\bwhen (?:our|a|the) (?:staff|team|agent|support (?:team|agent))\b[^.!?\n]{0,20}?\b(?:replies|responds|answers|gets back)\b/i;
const arabicReceived = /(?:استلمنا|تلقينا|وصلنا|وصلتنا|تم استلام|تم تسجيل|تم إنشاء|شكر[اًً]* لرسالتك|شكر[اًً]* لتواصلك)/u;
const arabicAnswerToCome = /(?:سنرد|سيتم الرد|سنتواصل|سنعود إليك|سيرد|سيتواصل|بنرد|هنرد|رح نرد|راح نرد)/u;
/** The invitation fitted to the reply's case, the first case that holds, or none: each is read only if those before it do not hold. */
function fittedInvitation(context: ReplyContext, body: string, arabic: boolean): Fitted | undefined {
  // A notice that the customer's password, email address or login changed: the invitation they need is the one for a
  // change they did not make (not when the writer made the change the customer asked for: "I've updated your email
  // address as you asked").
  if (arabic ? arabicChangeNotice.test(body) && !arabicAsAsked.test(body) : changeNotice.test(body) && !asAsked.test(body)) return notMe;
  // A reply to praise ("This made our day, thank you!") has nothing "else" to ask about: the door is left open as it is.
  if (onlyGratitude(context.checklist)) return afterPraise;
  // Sent elsewhere to ask ("usage questions go to the forum; please repost there"): "any other questions" would undo it;
  // the way back is for when that place has no answer.
  if (arabic ? arabicRedirectVerb.test(body) && arabicForum.test(body) : redirected.test(body)) return afterRedirect;
  // After a no ("we're not able to offer a refund for this order"), the door is left open for questions about it.
  if (modelOf(context).has('refusal')) return afterRefusal;
  // A case still open ("we've received your request and will reply within two days"): "anything else" is off while the
  // customer's own case waits; the way to add to it is what they may need.
  if (arabic ? arabicReceived.test(body) && arabicAnswerToCome.test(body) : received.test(body) && answerToCome.test(body)) return whileOpen;
  return undefined;
}
/** A title or word of address for a woman, in the greeting: «السيدة هدى»، «عزيزتي»، «الأستاذة منى المحترمة». */
const womanAddressed = /(?:^|[\s،,:])(?:ال)?(?:سيدة|أستاذة|استاذة|آنسة|دكتورة|مهندسة|أخت|عميلتنا|محترمة|العزيزة|فاضلة|مدام|ست)(?=$|[\s،,:!.])|(?:سيدتي|عزيزتي|آنستي|أختي)(?=$|[\s،,:!.])/u;
/** A second-person feminine ending written with its kasra anywhere: «لكِ»، «يمكنكِ»، «طلبكِ». */
const feminineKasra = /\p{L}كِ(?=$|[\s،,.!؟])/u;
/** Whether the reply is addressed to a woman: by its greeting, or by a feminine ending the writer marked. */
function toWoman(text: string, greeting: { start: number; end: number } | undefined): boolean {
  return (greeting !== undefined && womanAddressed.test(text.slice(greeting.start, greeting.end))) || feminineKasra.test(text);
}
/** Customer Service 101's Arabic closings. */
/** The default Arabic closings, each with its form said to a woman («أنا هنا للمساعدة» is said to anyone) and in the plural. */
const arabicClosings: ReadonlyArray<Omit<Fitted, 'en'>> = [
  { ar: 'أخبرنا إذا كان لديك أي أسئلة أخرى.', arToWoman: 'أخبرينا إذا كان لديكِ أي أسئلة أخرى.', arToPlural: 'أخبرونا إذا كانت لديكم أي أسئلة أخرى.' },
  { ar: 'لا تتردد في التواصل معنا إذا احتجت إلى أي شيء آخر.', arToWoman: 'لا تترددي في التواصل معنا إذا احتجتِ إلى أي شيء آخر.', arToPlural: 'لا تترددوا في التواصل معنا إذا احتجتم إلى أي شيء آخر.' },
  { ar: 'أنا هنا للمساعدة.', arToWoman: 'أنا هنا للمساعدة.', arToPlural: 'نحن هنا للمساعدة.' },
];
const arabicInvitations = arabicClosings.map((closing) => closing.ar);
/**
 * Every default Arabic closing, fitted to a case or not, by its words as said to a man: each carries its forms said to a
 * woman and in the plural of a formal letter («طلبكم»، «وافقتم»، «نحيطكم علمًا»).
 */
const arabicForms = new Map([...arabicClosings, notMe, afterPraise, afterRedirect, afterRefusal, whileOpen].map((closing) => [closing.ar, closing]));
/** Words that address the reader in the plural of respect; «السلام عليكم» greets anyone, and is not one. */
const pluralAddress = /(?<![\u0621-\u064A])[وفب]?(?:حضرتكم|سيادتكم|لديكم|لكم|إليكم|منكم|معكم|طلبكم|حسابكم|رسالتكم|شكواكم|اشتراككم|وافقتم|قمتم|تفضلوا|نحيطكم|نفيدكم|نود إعلامكم|نشكركم|نعلمكم)(?![\u0621-\u064A])/gu;
/** Whether a letter addresses its reader in the plural: two such words in its body at least. */
function toPlural(body: string): boolean {
  return (body.match(pluralAddress)?.length ?? 0) >= 2;
}

/** Characters that may close a sentence after its full stop: quotes and brackets. */
const closers = new Set(['"', "'", '”', '’', ')', ']', '»', '*', '_']);
const terminators = new Set(['.', '!', '?', '؟', '…', '。']);
/** An emoticon or an emoji: ":-)", ";)", ":D", "<3", "🙂". */
const face = String.raw`(?:[:;=8][-'^o]?[)(\]\[DPpO3/\\|*]|<3|\^_?\^|\p{Extended_Pictographic}\uFE0F?)`;
/** An emoticon or an emoji at the end of a text. */
const emoticonEnd = new RegExp(`${face}$`, 'u');
/** Smileys and emoji after a sentence, to the end of its line. */
const trailingFace = new RegExp(String.raw`^[ \t]*(?:${face}[ \t]*){1,4}(?=\r?\n|$)`, 'u');
/** A word that is a link, or a placeholder (the last word of a text, read alone). */
const linkToken = /^(?:(?:https?:\/\/|www\.)\S+|%%?[A-Z][A-Z0-9_]*%%?|\{\{[^{}\s]+\}\}|%\{[^{}\s]+\}|\{[A-Za-z_][\w.]*\})$/u;
/** A parting wish: "Have a great weekend!", "Enjoy your trip", "Have fun with OTOBO!", «نتمنى لك يومًا سعيدًا»، «طاب يومك». */
const partingWish =
  /^\W*(?:(?:have|enjoy) (?:a |an |the |your )?(?:(?:great|good|nice|lovely|wonderful|fantastic|brilliant|safe|happy|relaxing|restful|fab|super) )*(?:day|week|weekend|evening|night|morning|afternoon|holiday|holidays|trip|flight|journey|stay|time|break|meal|rest of (?:your|the) (?:day|week|weekend))\b|have fun\b|take care\b|stay safe\b|all the best\b|(?:نتمنى|أتمنى) (?:لك|لكِ|لكم) (?:يوما|يومًا|يومآ|وقتا|وقتًا|نهاية أسبوع|رحلة|إقامة)|(?:طاب يومك|يومك سعيد|طابت أوقاتك|دمت بخير|دمتم بخير))/iu;
/** Thanks that close a letter on a line of their own: "Thanks again for your patience,", "Thank you for bearing with us,". */
const thanksClosing = /^(?:thanks|thank you|many thanks|thanks again|thank you again)\b[^.!?\n]{0,60},$/i;
/** Marks that end a clause but not a sentence: replaced by a full stop before an invitation. */
const clauseMarks = new Set([',', ';', ':', '،', '؛', '-', '–', '—']);

/**
 * The last sentence as it must stand before an invitation: ended with a full
 * stop, so the two never run on ("…your cookies Please reach out…"). Its
 * trailing spaces stay where they are.
 */
export function ended(sentence: string, fullStop = '.', written = sentence): string {
  let end = sentence.length;
  while (end > 0 && /\s/u.test(sentence[end - 1]!)) end--;
  // An emoticon or an emoji ends a sentence as it is: ":-)" must not become ":.)".
  if (emoticonEnd.test(sentence.slice(Math.max(0, end - 8), end))) return sentence;
  // A full stop glued to a link or a placeholder that stands for one ("%%TRACK_URL%%.") would become part of the address.
  // Read on the text as written: in the prose a placeholder is a name. A placeholder of several words
  // ("- {Short workaround, if any}") ends the text as well.
  const kept = written.trimEnd();
  if (linkToken.test(kept.split(/\s/u).at(-1) ?? '') || findPlaceholders(kept).at(-1)?.end === kept.length || endsBracketed(kept)) return sentence;
  let mark = end;
  while (mark > 0 && closers.has(sentence[mark - 1]!)) mark--;
  const last = sentence[mark - 1];
  if (mark === 0 || terminators.has(last!)) return sentence;
  if (clauseMarks.has(last!)) return `${sentence.slice(0, mark - 1)}${fullStop}${sentence.slice(mark)}`;
  return `${sentence.slice(0, end)}${fullStop}${sentence.slice(end)}`;
}

/**
 * In an HTML reply, where the last sentence really ends: past the inline tags
 * that close right after it (`</a>`, `</em>`), before the block that holds it
 * (`</p>`, `</div>`). Undefined when no block closes there (plain text, Markdown).
 */
function htmlEnd(original: string, end: number): { end: number; block: string } | undefined {
  let at = end;
  for (let m = inlineClose.exec(original.slice(at, at + 24)); m; m = inlineClose.exec(original.slice(at, at + 24))) at += m[0].length;
  const block = blockClose.exec(original.slice(at, at + 40));
  return block ? { end: at, block: block[1]!.toLowerCase() } : undefined;
}
const inlineClose = /^<\/(?:a|em|strong|b|i|u|span|small|font|code)\s*>/i;
/** Template tags that close a block, one or more, ending the line: Liquid and Jinja's "{% endif %}", Handlebars' "{{/if}}", FreeMarker's "</#if>". */
const blockClosers = /^(?:[ \t]*(?:\{%-?\s*end[a-z]*\s*-?%\}|\{\{~?\s*\/[a-z]+\s*~?\}\}|<\/#[a-z]+>))+(?=[ \t]*(?:\r?\n|$))/i;
const blockClose = /^\s*<\/(p|div|li|td|blockquote)\s*>/i;

/** Whether a text ends with a bracketed stand-in of any words: "{Short workaround, if any}", "[insert date]". */
function endsBracketed(text: string): boolean {
  const close = text.at(-1);
  const open = close === '}' ? '{' : close === ']' ? '[' : undefined;
  if (!open) return false;
  const at = text.lastIndexOf(open);
  return at !== -1 && text.indexOf(close!, at) === text.length - 1;
}

/** Whether a text leaves a brace, a bracket or a double asterisk open: counted in code, one pass. */
function unclosed(text: string): boolean {
  let braces = 0;
  let brackets = 0;
  for (const c of text) {
    if (c === '{') braces++;
    else if (c === '}') braces--;
    else if (c === '[') brackets++;
    else if (c === ']') brackets--;
  }
  return braces > 0 || brackets > 0 || (text.split('**').length - 1) % 2 === 1;
}

const firstWord = (text: string): string => (text.trim().split(/\s/u)[0] ?? '').toLowerCase();

/** The words of a text of four letters or more, "please" aside, in lower case. */
const longWords = (text: string): string[] => (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((word) => word !== 'please');

/**
 * The invitations in the order to offer them: one that opens with the same word as the sentence before it ("Please …
 * Please …"), or whose first word of weight (its verb, mostly) that sentence has just said ("I'll reach out again on
 * your behalf. Please reach out if …"), comes last.
 */
export function invitationOrder(invitations: readonly string[], lastSentence: string): string[] {
  const opener = firstWord(lastSentence);
  const said = new Set(longWords(lastSentence));
  const repeats = (line: string): boolean => (opener !== '' && firstWord(line) === opener) || said.has(longWords(line)[0] ?? '');
  return [...invitations.filter((line) => !repeats(line)), ...invitations.filter(repeats)];
}

const note =
  'Close by thanking the customer and inviting them to reach out again, so they know the door is open: "Please reach out if anything else comes up", "Let us know if you have any other questions", "I\'m here to help" (Customer Service 101, "Learn how to close a customer conversation").';

export default defineRule<Options>(
  {
    id: 'require-closing-invitation',
    description: 'A reply that ends without inviting the customer to come back',
    note,
    source: 'Customer Service 101, "Learn how to close a customer conversation"',
    example: { bad: "Hi Dana,\n\nI've refunded the charge.\n\nBest,\nSam", good: "Hi Dana,\n\nI've refunded the charge. Please reach out if anything else comes up.\n\nBest,\nSam" },
    examples: { ar: { bad: 'مرحبا ليلى،\n\nلقد أعدت المبلغ إلى بطاقتك.\n\nمع خالص التحية،\nنور', good: 'مرحبا ليلى،\n\nلقد أعدت المبلغ إلى بطاقتك. أخبرنا إذا كان لديك أي أسئلة أخرى.\n\nمع خالص التحية،\nنور' } },
    channels: ['email'],
    languages: ['en', 'ar'],
    defaultOptions: {
      invitations: englishInvitations,
    },
  },
  (context, options) => {
    const { structure, text } = context;
    const { closingInvitation } = context.checklist;
    if (!closingInvitation.expected || closingInvitation.present || context.continues) return [];
    const paragraphs = structure.paragraphs;
    // A line of markup alone ("</div>" closing a block) is no sentence to add the invitation to.
    const sentences = context.bodySentences().filter((s) => /\p{L}/u.test(s.text.replace(/<\/?[A-Za-z][^<>]{0,200}>/gu, '')));
    // A sign-off inside what reads as the body ("Your Acme Team," above a footer in a helpdesk template): the invitation
    // goes after the last sentence above it, never into the footer.
    const wholeLine = (s: { start: number; end: number }): boolean => /(?:^|\n)[ \t]*$/u.test(text.slice(Math.max(0, s.start - 80), s.start)) && /^[ \t]*(?:\n|$)/u.test(text.slice(s.end, s.end + 80));
    let signing = sentences.findLastIndex((s, i) => i > 0 && isClosingLine(s.text) && wholeLine(s));
    // "Kind regards,\nThe Support Team": the signing starts at its first closing line.
    while (signing > 1 && isClosingLine(sentences[signing - 1]!.text) && wholeLine(sentences[signing - 1]!)) signing--;
    // "Thanks for your patience while we sorted this,\n\n{agent_name}": thanks on a line of their own, ending with the
    // comma of a closing, close the letter too; the invitation goes above them, not between them and the name.
    let closingAt = (signing > 0 ? signing : sentences.length) - 1;
    if (closingAt > 0 && thanksClosing.test(sentences[closingAt]!.text.trim()) && wholeLine(sentences[closingAt]!)) closingAt--;
    // "I've refunded the charge. Have a great weekend!": a parting wish closes the letter; the invitation goes before it.
    let beforeWish = false;
    if (closingAt > 0 && partingWish.test(sentences[closingAt]!.text) && !sentences[closingAt]!.isQuestion) {
      closingAt--;
      // In the same paragraph as the sentence before it, the wish stays there, after the invitation.
      beforeWish = !/\n[ \t]*\r?\n/u.test(text.slice(sentences[closingAt]!.end, sentences[closingAt + 1]!.start));
    }
    const lastSentence = sentences[closingAt] ?? { start: structure.body.start, end: structure.body.end };
    // A smiley or an emoji after the last sentence, on its line ("Have fun with OTOBO! :-)"), belongs to it: the
    // invitation goes after it, not between the two.
    const faces = trailingFace.exec(text.slice(lastSentence.end, lastSentence.end + 40));
    const faced = faces ? { start: lastSentence.start, end: lastSentence.end + faces[0].trimEnd().length } : lastSentence;
    // A template's block that closes after it on its line ("…within 24 hours.{% endif %}"): the invitation goes after
    // the closing tag, for every customer, not inside the condition.
    const closing = context.template || context.original !== text ? blockClosers.exec(context.original.slice(faced.end, faced.end + 120)) : null;
    const last = closing ? { start: faced.start, end: faced.end + closing[0].length } : faced;
    const actual = text.slice(last.start, last.end);
    const { eol } = context;
    // A reply written in paragraphs gets the invitation as a paragraph of its own.
    const separator = !beforeWish && (paragraphs.length > 1 || structure.signOff) ? `${eol}${eol}` : ' ';
    const arabic = context.language === 'ar';
    // A team's own invitations are used as they are; the defaults follow the reply's language, the one fitted to the
    // reply's case first.
    const defaults = options.invitations === englishInvitations;
    const offered = arabic && defaults ? arabicInvitations : options.invitations;
    const fitted = defaults ? fittedInvitation(context, text.slice(structure.body.start, structure.body.end), arabic) : undefined;
    const chosen = [...(fitted ? [arabic ? fitted.ar : fitted.en] : []), ...invitationOrder(offered, actual)];
    // Written to a woman ("السيدة هدى", "عزيزتي"), the Arabic defaults speak to her: «أخبرينا», «لا تترددي».
    // Written in the plural of a formal letter («طلبكم»، «وافقتم»), they speak in it; written to a woman, to her.
    const plural = arabic && defaults && toPlural(text.slice(structure.body.start, structure.body.end));
    const invitations = plural ? chosen.map((line) => arabicForms.get(line)?.arToPlural ?? line) : arabic && defaults && toWoman(text, structure.greeting) ? chosen.map((line) => arabicForms.get(line)?.arToWoman ?? line) : chosen;
    const html = htmlEnd(context.original, last.end);
    // A last sentence cut off inside a placeholder or emphasis ("for **{product/plan**") has no end to add to: a person finishes it.
    // So does a reply that forbids writing back ("Please do not reply to this email"): "Let us know if you have any other
    // questions" after it contradicts it; only a person can name the way back in.
    const broken = unclosed(context.original.slice(last.start, last.end)) || packFor(context.language).forbidsReply(text);
    // HTML that lays its lines out with <br> (no block closes after the sentence): a line break in the source would
    // render as a space, so the invitation gets breaks of its own.
    const lineBreaks = !html && /^\s*<br\s*\/?>/i.test(context.original.slice(last.end, last.end + 40));
    // Rewrites are written against the prose (markup blanked); the markup they pass over is carried back by lint.
    const before = html ? text.slice(last.start, html.end) : ended(actual, '.', context.original.slice(last.start, last.end));
    const report: Report = {
      start: last.start,
      end: html?.end ?? last.end,
      message: arabic ? 'ينتهي الرد دون دعوة العميل إلى التواصل مجددًا؛ أضف دعوة ختامية قبل التوقيع' : 'The reply ends without inviting the customer back; add a closing invitation before the sign-off',
      // In HTML the invitation is a paragraph of its own, after the closing tags of the last sentence (never inside its link).
      expected: broken ? [] : invitations.map((line) => (html ? `${before}</${html.block}><${html.block}>${line}` : `${before}${lineBreaks ? '<br><br>' : separator}${line}`)),
      safe: !broken,
    };
    if (arabic) report.note = 'اختتم بشكر العميل ودعوته إلى التواصل مجددًا حتى يعرف أن الباب مفتوح: «أخبرنا إذا كان لديك أي أسئلة أخرى» («خدمة العملاء 101»، «تعرف على كيفية إغلاق محادثة العميل»).';
    return [report];
  },
);

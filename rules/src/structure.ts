/**
 * Finds the parts of a reply: greeting, body, sign-off and quoted text.
 *
 * A reply is a greeting, a body and a sign-off. Email replies often carry the
 * customer's message below or inline (lines starting with `>`, or a trail
 * after "On … wrote:"); that text is the customer's, not the writer's, so the
 * rules must not judge it. Everything here works on line offsets of the
 * original string, so CRLF and any script keep their exact positions.
 */

import { arabicSource, foldedRegex } from './arabic.js';

export interface Range {
  start: number;
  end: number;
}

export interface Line extends Range {
  /** The line's text without its line ending. */
  text: string;
}

export interface ReplyStructure {
  lines: Line[];
  /** The salutation ("Hi Geraldine,") and any leading @mentions. */
  greeting?: Range;
  /** The sign-off block ("Thanks,\nRachel", "^MM", "{{agent.name}}"). */
  signOff?: Range;
  /** The writer's own text between greeting and sign-off, trimmed. */
  body: Range;
  /** Body paragraphs (separated by blank lines), trimmed, in order. */
  paragraphs: Range[];
  /** Quoted customer text: `>` lines, an "On … wrote:" trail, inline quotations. */
  quoted: Range[];
}

const closingPhrase =
  /^(?:(?:best|warm|warmest|kind|kindest|many|with)\s+(?:regards|wishes|thanks)|best|regards|thanks|thank\s+you|thanks\s+again|thanking\s+you(?:\s+in\s+advance)?|thanks\s+(?:and|&)\s+regards|thanks\s+so\s+much|thank\s+you\s+so\s+much|many\s+thanks|cheers|sincerely|yours\s+(?:sincerely|truly|faithfully)|yours|warmly|all\s+the\s+best|take\s+care|talk\s+soon|respectfully|cordially|have\s+a\s+(?:great|good|nice|lovely|wonderful)\s+(?:day|week|weekend|evening|one))(?:\s*[,!.:-]\s*|\s+-\s*|\s*$)(?:[\p{Lu}{[%$<#][^\n.?]{0,40})?$/iu;
/**
 * Arabic sign-offs: «مع خالص التحية»، «مع أطيب التحيات»، «مع خالص التقدير والاحترام»، «وتفضلوا بقبول فائق الاحترام»،
 * «تحياتي»، «شكرًا», with a word of warmth or not («تحياتي الطيبة»), with or without a trailing comma and a name.
 * Each part can be read only one way (a name starts with a letter, white space is not shared between parts), so a long line fails at once.
 */
const arabicClosing = foldedRegex(
  /^(?:مع\s+(?:(?:خالص|أطيب|اطيب|فائق|وافر|جزيل|كل)\s+)?(?:التحية|التحيات|تحياتي|تحيات|الشكر|التقدير|الاحترام|الود|التمنيات|المحبة)(?:\s+و(?:التقدير|الاحترام|الشكر|التحية|الامتنان))?|بكل\s+(?:ود|الود)|تحياتي|وتقبلوا\s+تحياتي|تقبل\s+تحياتي|و?تفضلوا\s+بقبول\s+(?:فائق|خالص)\s+الاحترام|شكر(?:اً?|ًا)|وشكرا|بإخلاص|بكل\s+احترام|تحية\s+طيبة)(?:\s+(?:الطيبة|الحارة|القلبية|الخالصة|العطرة))?[\u064B-\u0652]*\s*(?:[،,!.]\s*)?(?:[\u0621-\u064A][\u0621-\u064A\s]{0,39})?$/u,
);

/** Arabic salutations and sign-offs are matched on the line without diacritics and tatweel, letter forms folded. */
const unmarked = (text: string): string => arabicSource(text).text;

/** A full stop that ends a sentence before the next one: not after a title ("Mr.", "Dr."). */
const fullStop = /(?<!\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Sr|Jr))\.(?=\s+\p{Lu})/u;
const greetingWord = foldedRegex(
  /^(?:hi|hello|hey|hiya|howdy|dear|greetings|good\s+(?:morning|afternoon|evening|day)|hallo|bonjour|مرحب[اًا]+|مرحبًا|أهل[اًا]+|اهلا|أهلين|اهلين|(?:يا\s+)?هلا(?:\s+(?:والله|وغلا|بك|بكم|فيك|فيكم))?|عزيزي|عزيزتي|السلام\s+عليكم|صباح\s+الخير|مساء\s+الخير|تحية\s+طيبة|عميلنا\s+العزيز|عميلتنا\s+العزيزة|سيدي|سيدتي|السادة|السيد|السيدة|الأستاذ|الأستاذة|الدكتور|الدكتورة|المهندس|المهندسة|حضرة|(?:[مدأ][./]\s?)?[\u0621-\u064A]+(?:\s[\u0621-\u064A]+){0,2}\s+المحترم(?:ة|ين)?(?=\s*[،,]|\s*$))(?![\p{L}])/iu,
);

/** A run of emoji, with their modifiers and joined parts, matched whole: nothing after it to backtrack for. */
const emojiRun = /\p{Extended_Pictographic}[\uFE0F\u200D\u{1F3FB}-\u{1F3FF}\p{Extended_Pictographic}]*/gu;
/**
 * The runs of emoji in a text, in order, each with where it ends, that `after` (the few characters after the run) accepts.
 * Each run is read once and only what follows it is looked at: a lookahead in the run's pattern made 100,000 emoji in a
 * row quadratic.
 */
export function emojiRunsBefore(text: string, after: RegExp): Array<{ index: number; end: number }> {
  const found: Array<{ index: number; end: number }> = [];
  for (const m of text.matchAll(emojiRun)) {
    const end = m.index + m[0].length;
    if (after.test(text.slice(end, end + 8))) found.push({ index: m.index, end });
  }
  return found;
}

const placeholderOnly = /^(?:<#[^>\n]+>|\{\{[^{}\n]+\}\}|\{%[^%\n]*(?:%(?!\})[^%\n]*)*%\}|\{[\w.]+\}|%\{[^}\n]+\}|\$\{[^}\n]+\}|#\{[^}\n]+\}|\[[^\]\n]{1,40}\]|<[A-Z][^>\n]{0,40}>|%[A-Z_]+%)$/u;

/** Agent initials or a first name after a tweet: "^MM", "*SR", "-Becky", "~ Tom". */
/**
 * A first name alone after the last sentence, as a tweet is signed: "… this has caused. Lewis". Read on the line's
 * last words only; a word that often ends a sentence on its own ("Thanks", "Enjoy") is not taken for a name.
 */
function trailingName(line: string): { index: number; 0: string } | null {
  const tail = line.slice(-40);
  // "… and communicated. Regards Dinesh.": a closing word and the name, on the last line of a tweet.
  const closed = /[.!?)]\s+(?:(?:kind |best |warm )?regards|thanks|cheers|best|br),?\s+[\p{Lu}][\p{Ll}]{1,14}\.?\s*$/iu.exec(tail);
  if (closed) {
    const at = line.length - tail.length + closed.index + 1;
    return { index: at, 0: line.slice(at) };
  }
  // Or the agent's initials in capitals: "… sharing data with you. UO".
  const short = tail.slice(-24);
  const m = /[.!?)]\s+([\p{Lu}][\p{Ll}]{1,14}|[\p{Lu}]{2,3})\s*$/u.exec(short);
  if (!m || notTrailingName.has(m[1]!.toLowerCase())) return null;
  const at = line.length - short.length + m.index + 1;
  return { index: at, 0: line.slice(at) };
}
const notTrailingName = new Set(['thanks', 'thank', 'cheers', 'enjoy', 'bye', 'goodbye', 'congrats', 'congratulations', 'welcome', 'sorry', 'apologies', 'yes', 'no', 'okay', 'ok', 'sure', 'done', 'fixed', 'cool', 'great', 'awesome', 'perfect', 'nice', 'regards', 'best', 'hope', 'please', 'sincerely',
  // Short words in capitals that end a sentence on their own, not initials.
  'us', 'uk', 'eu', 'usa', 'faq', 'tv', 'pc', 'id', 'dm', 'pm', 'am', 'atm', 'ty', 'thx', 'lol', 'omg', 'ps', 'fyi', 'asap']);
// "/FR" and "–jeh" (initials after a slash, or in lower case right after a dash) sign tweets as "^MM" does.
// Arabic initials or a name after a tweet: "^ه.ع", "^سارة" (a script without capitals).
const inlineSignature = /(?:^|\s)(?:[\^*~]\s?[\p{Lu}][\p{L}]{0,14}|\^\s?[\u0621-\u064A][\u0621-\u064A.]{0,14}|[-–—]\s?(?:[\p{Lu}][\p{L}&'’]{1,14}\s){1,3}(?:Team|Crew|Desk|Support|Care)|[-–—]\s?Team\s[\p{Lu}][\p{L}&'’]{1,14}(?:\s[\p{Lu}][\p{L}&'’]{1,14})?|[-–—]\s?[\p{Lu}][\p{Ll}]{1,14}|[-–—/]\s?[\p{Lu}]{2,3}|[-–—]\p{Ll}{2,3})\s*$/u;

const quoteTrailHeader =
  /^(?:On\s.{4,200}\swrote:|-{2,}\s*Original Message\s*-{2,}|_{5,}|From:\s.+)\s*$/iu;

const quoteLine = /^\s*>/u;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const lineEnd = nl === -1 ? text.length : nl;
    const end = lineEnd > start && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

function isBlank(line: Line): boolean {
  return line.text.trim() === '';
}

/**
 * Whether a line ends in seven or more digits, spaces, brackets or hyphens (a
 * phone number). Read backwards from the end: the pattern it replaces,
 * unanchored at its start, was tried from every digit of a long line of digits.
 */
function endsInPhoneNumber(line: string): boolean {
  let i = line.length;
  while (i > 0 && isPhoneCode(line.charCodeAt(i - 1))) i--;
  return line.length - i >= 7;
}

const isPhoneCode = (code: number): boolean => (code >= 0x30 && code <= 0x39) || code === 0x28 || code === 0x29 || code === 0x2d || isWhiteSpace(code);

/** A line that ends on a department's name: "… Customer Care", "… Support", "… Guest Relations". */
const departmentEnd = /\b(?:Care|Support|Service|Services|Team|Desk|Helpdesk|Department|Relations|Centre|Center)$/u;
/** A line that reads as a signature name: "Rachel", "Rachel Smith", "The Acme Team", "{{agent.name}}". */
function isNameLike(raw: string): boolean {
  const t = raw.trim().replace(/,$/u, '');
  if (t === '') return false;
  if (placeholderOnly.test(t)) return true;
  // An Arabic name: one to three words in Arabic script, no sentence punctuation, after a title at most («م. رامي
  // الحداد»، «د. معتز»، «أ/ هالة منصور»).
  if (/^(?:[مدأ][./]\s?)?[\u0621-\u064A\u064B-\u0652]+(?:\s[\u0621-\u064A\u064B-\u0652]+){0,2}$/u.test(t)) return true;
  if (/^[-–—~^*]\s?[\p{Lu}][\p{L}]*(?:\s[\p{Lu}][\p{L}]*)?$/u.test(t)) return true;
  // The same in Arabic, without capitals to tell it: «- ريم»، «~ أبو خالد».
  if (/^[-–—~^*]\s?[\u0621-\u064A]+(?:\s[\u0621-\u064A]+)?$/u.test(t)) return true;
  if (/[.?!:;]$/u.test(t) || /\d{3,}/u.test(t) && !endsInPhoneNumber(t)) return false;
  const words = t.split(/\s+/u);
  // A title and its company may run longer: "Owner, Tails & Tubs Grooming"; so may a company and its department: "Hale &
  // Finch Customer Care".
  if (words.length > (t.includes(',') || departmentEnd.test(t) ? 6 : 4)) return false;
  return words.every(
    // A comma inside the line joins a title to its company: "Service Advisor, Northgate Kia".
    (w) => /^[\p{Lu}][\p{L}'’.-]*,?$/u.test(w) || /^(?:of|the|at|on|for|by|and|&|de|van|von)$/u.test(w) || placeholderOnly.test(w) || /^[\w.+-]+@[\w.-]+$/u.test(w) || /^\+?[\d\s()-]{7,}$/u.test(w),
  );
}

/** A team signing: "Your Acme Team,", "The Support Team", "– the Billing team". */
// And the Arabic «فريق …» ("… Team") on a line of its own: «فريق %{company.name}،»، «فريق خدمة العملاء».
const teamSigning = /^[-–—~]?\s?(?:(?:your|the)\s+(?:[\p{L}\d&'’.-]+\s+){0,4}team,?|فريق(?:\s+[^\s،,.!?؟]+){1,4}[،,]?)$/iu;
/**
 * Whether a line of the body is a closing line: a closing phrase with its comma ("Kind regards,") or a team signing
 * ("Your Acme Team,"). In a template with a footer under its sign-off ("You can view the request online here"), the sign-off is
 * found inside what reads as the body, and what comes after it is the footer.
 */
export function isClosingLine(line: string): boolean {
  const t = line.trim();
  return t !== '' && t.length <= 60 && ((closingPhrase.test(t) && t.endsWith(',')) || teamSigning.test(t));
}

/** Whether the nearest line above `i` with text on it is a closing phrase ("Regards,", "Best wishes"). */
function closingAbove(lines: readonly Line[], i: number, first: number): boolean {
  for (let j = i - 1; j > first; j--) {
    const t = lines[j]!.text.trim();
    if (t !== '') return closingPhrase.test(t);
  }
  return false;
}

/** The first half of a line in two languages: «مع التحية / Regards,», "Support Team / فريق الدعم". */
const bilingualHalf = /^([^/\n]{2,60}?[^\s/])\s+\/\s+[^/\n]{2,60}$/u;
/** Contact details on a line of their own, under a signature: a label and a number or an address, or one of them alone. */
const contactLine =
  /^(?:(?:هاتف|الهاتف|جوال|الجوال|موبايل|تلفون|تليفون|واتساب|فاكس|البريد(?:\s+الإلكتروني)?|الموقع|tel|phone|mobile|cell|fax|whatsapp|e-?mail|web(?:site)?)(?:\s*[:：.]\s*|\s+))?(?:\+?[\d\u0660-\u0669][\d\u0660-\u0669 ()\-–.]{5,20}[\d\u0660-\u0669]|[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,4}|(?:https?:\/\/|www\.)[^\s]{3,80})$/iu;
/** Up to four words in Arabic script and a comma after them, with no other mark: the shape of a closing line. */
const arabicClosingShape = /^[\u0621-\u064A\u064B-\u0652]+(?:\s[\u0621-\u064A\u064B-\u0652]+){0,3}\s?[،,]$/u;

/** Up to six words with Arabic in them, joined by spaces or a dash, with no sentence punctuation: a team or company line. */
// A name in guillemets or quotes counts as a word («فريق «حساباتي»»), and the city may follow a comma («…، بغداد»).
const arabicTeamLine = /^(?=[^\n]*[\u0621-\u064A])(?:[مدأ][./]\s?)?[«"“]?[\u0621-\u064A\u064B-\u0652\p{L}\d&'’]+[»"”]?(?:\s+(?:[-–—|]\s+)?[«"“]?[\u0621-\u064A\u064B-\u0652\p{L}\d&'’]+[»"”]?){0,5}(?:[،,]\s?[\u0621-\u064A]+(?:\s[\u0621-\u064A]+)?)?$/u;

/** A name or a stand-in for one, then the end of the salutation: " {{name}}.", " Sam Lee!", " %{recipient.name}," (read on at most 60 characters). */
const nameAfterComma = /^[ \t]*((?:\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*){0,2})|\{\{[^{}\n]{1,40}\}\}|%\{[^}\n]{1,40}\}|\$\{[^}\n]{1,40}\}|\{[\w.]{1,40}\}|%%?[A-Z_]{1,30}%%?)[ \t]*[.!,:](?=\s|$)/u;
/** Capitalised words that open the body, not a name: "Hi, Thanks for writing." */
const notAName = /^(?:thanks?|thank you|welcome|hope|sorry|please|good|great|yes|no|ok|okay|sure|hello|hi|hey|dear|apologies|congratulations|unfortunately|i|we)$/iu;

/** A short line with no full stop at its end, as a heading or a subject line is: "Re: order delay", "Your refund". */
function isHeadingLine(line: string): boolean {
  const t = line.trim();
  return t !== '' && t.length <= 80 && !/[.,;]$/u.test(t) && t.split(/\s+/u).length <= 10;
}

/** Whether a UTF-16 code unit is white space as `\s` means it, without a one-character string and a regex per test. */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function trimRange(text: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** Three words or more, the first right after the opening mark. */
function isQuotation(inside: string): boolean {
  if (inside === '' || isWhiteSpace(inside.charCodeAt(0))) return false;
  return inside.trim().split(/\s+/u).length >= 3;
}

function findInlineQuotes(text: string, from: number, to: number): Range[] {
  const ranges: Range[] = [];
  // A quotation holds no opening mark of its own kind, so no two places where a search starts read the same text.
  const pattern = /"[^"\n]{1,300}"|“[^“”\n]{1,300}”|«[^«»\n]{1,300}»/gu;
  pattern.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null && match.index < to) {
    // «…» of three words or more is a quotation; a shorter one names a button or a menu («حفظ»).
    if (match[0].startsWith('«') && !isQuotation(match[0].slice(1, -1))) {
      pattern.lastIndex = match.index + 1;
      continue;
    }
    ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges;
}

/** A line drawn across: "---", "___", "***", "===". */
const separatorLine = /^[ \t]*(?:-{3,}|_{3,}|\*{3,}|={3,})[ \t]*$/u;
/** A line of placeholders only, as a template's prose reads them ("Nnnnnnnn"). */
const placeholderLine = /^[ \t]*Nn*(?:[ \t]+Nn*)*[ \t]*$/u;

/** The @mentions a social reply opens with. A handle may hold dots ("@rima.haddad"), not one that ends a sentence ("@sam. Thanks"). */
export const leadingMentions = /^\s*(?:@\w+(?:\.\w+)*[\s,]*)+/u;

export function analyzeStructure(text: string): ReplyStructure {
  const lines = splitLines(text);
  const quoted: Range[] = [];

  // The quoted trail of an email thread: everything from its header down.
  let last = lines.length - 1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i > 0 && quoteTrailHeader.test(line.text.trim())) {
      quoted.push({ start: line.start, end: text.length });
      last = i - 1;
      break;
    }
  }
  // A rule drawn below the reply with only placeholders under it: a helpdesk macro's thread below its signature
  // ("---" over "{{ticket.comments_formatted}}"), read as placeholders ("Nnnn") in a template's prose. The reply ends above.
  for (let i = last; i > 0; i--) {
    const line = lines[i]!;
    if (isBlank(line) || placeholderLine.test(line.text)) continue;
    if (separatorLine.test(line.text) && i < last) {
      quoted.push({ start: line.start, end: text.length });
      last = i - 1;
    }
    break;
  }
  for (let i = 0; i <= last; i++) {
    const line = lines[i]!;
    if (quoteLine.test(line.text)) quoted.push({ start: line.start, end: line.end });
  }
  const isQuoted = (line: Line): boolean => quoteLine.test(line.text);

  // First and last lines of the writer's own text.
  let first = 0;
  while (first <= last && (isBlank(lines[first]!) || isQuoted(lines[first]!))) first++;
  while (last >= first && (isBlank(lines[last]!) || isQuoted(lines[last]!))) last--;

  if (first > last) {
    return { lines, body: { start: 0, end: 0 }, paragraphs: [], quoted };
  }

  // A heading or subject line above the greeting ("# Re: order delay", "Subject: refund") is not the greeting:
  // the greeting is the salutation on the next line, and the heading belongs to no part of the reply's prose.
  const below = first + 1 < last && isBlank(lines[first + 1]!) ? first + 2 : first + 1;
  if (below < last && isHeadingLine(lines[first]!.text) && !greetingWord.test(unmarked(lines[first]!.text.trim())) && greetingWord.test(unmarked(lines[below]!.text.trim()))) first = below;

  // Greeting: leading @mentions and a salutation up to its comma or full stop, or the whole short line.
  let greeting: Range | undefined;
  let bodyStart = lines[first]!.start;
  const firstLine = lines[first]!;
  const mentions = leadingMentions.exec(firstLine.text);
  // Markup blanked out of the prose leaves white space before the salutation.
  let cursor = firstLine.start + (mentions ? mentions[0].length : (/^\s*/u.exec(firstLine.text)?.[0].length ?? 0));
  const rest = text.slice(cursor, firstLine.end);
  if (greetingWord.test(unmarked(rest))) {
    // Up to its comma, or to the full stop that ends it before the next sentence ("Hi Gareth. As explained …"), not
    // the one of a title ("Hi Mr. Patel,").
    // Or to an emoji, which ends a greeting as a comma does ("Hi Sam 👋 Sorry for the wait!", «هلا {اسم_العميل} 👋 آسفين …»).
    const comma = /[,!:—–،]/u.exec(rest);
    const period = fullStop.exec(rest);
    const run = emojiRunsBefore(rest.slice(0, 60), /^[ \t]+\S/u)[0];
    const emoji = run ? { index: run.index, 0: rest.slice(run.index, run.end) } : null;
    const stop = [period, comma, emoji].reduce<{ index: number; 0: string } | null>((first, m) => (m && (!first || m.index < first.index) ? m : first), null);
    const words = rest.trim().split(/\s+/u).length;
    if (stop && stop.index < 60) {
      cursor += stop.index + stop[0].length;
      // "Hi, {{name}}.", "Hello, Sam!": the name after the salutation's comma is still the greeting.
      const named = rest[stop.index] === ',' ? nameAfterComma.exec(rest.slice(stop.index + 1, stop.index + 61)) : null;
      if (named && !notAName.test(named[1]!)) cursor += named[0].length;
    } else if (words <= 6) cursor = firstLine.end;
    greeting = { start: firstLine.start, end: cursor };
  } else if (mentions) {
    greeting = { start: firstLine.start, end: cursor };
  }
  if (greeting) bodyStart = greeting.end;

  // Sign-off: walk up from the bottom over name-like lines to a closing phrase.
  let signOffStart: number | undefined;
  let nameStart: number | undefined;
  let nameLines = 0;
  // A team or company line in Arabic («خدمة عملاء شوز ماركت»، «مركز الاتصال – مصرف الأمانة») is walked over only on the
  // way to a closing phrase: without one, such a line is as likely the body's last sentence left without its stop.
  let teamLineSeen = false;
  for (let i = last; i > first && i >= last - 6; i--) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    // A line in two languages («مع التحية / Regards,»، «فريق الدعم / Support Team») is read by its first half; a line of
    // contact details under the name («هاتف: 920000000»، "Tel: +44 20 …", an address of mail or of a site) is walked over.
    const whole = line.text.trim();
    if (contactLine.test(whole) && nameLines < 3 && i > first + 1) {
      nameLines++;
      continue;
    }
    const t = bilingualHalf.exec(whole)?.[1] ?? whole;
    // Or, in Arabic, any short line that ends with its comma above the name (the closings are many and the writers'
    // own: «دمت بخير،»، «في أمان الله،»، «مع خالص المودّة،»، «تقبّل الله منا ومنكم،»).
    if (closingPhrase.test(t) || arabicClosing.test(unmarked(t)) || (nameLines > 0 && arabicClosingShape.test(t))) {
      signOffStart = line.start;
      break;
    }
    // "Regards,\nDarshan.": a name with a full stop, when the closing phrase is right above it.
    const stopName = nameLines === 0 && /^[\p{Lu}][\p{Ll}'’-]+(?:\s[\p{Lu}][\p{Ll}'’-]+)?\.$/u.test(t) && closingAbove(lines, i, first);
    if ((isNameLike(t) || stopName) && nameLines < 3) {
      if (!teamLineSeen) nameStart = line.start;
      nameLines++;
      continue;
    }
    if (arabicTeamLine.test(t) && nameLines < 3) {
      teamLineSeen = true;
      nameLines++;
      continue;
    }
    break;
  }
  if (signOffStart === undefined && nameStart !== undefined) signOffStart = nameStart;

  let bodyEnd = lines[last]!.end;
  if (signOffStart !== undefined) {
    bodyEnd = signOffStart;
  } else {
    // A signature at the end of the last line, as in a tweet: "… ^MM".
    const lastLine = lines[last]!;
    const sig = inlineSignature.exec(lastLine.text) ?? trailingName(lastLine.text);
    if (sig && sig.index > 0) {
      signOffStart = lastLine.start + sig.index + (/^\s/u.test(sig[0]) ? 1 : 0);
      bodyEnd = signOffStart;
    }
  }
  const signOff = signOffStart === undefined ? undefined : trimRange(text, { start: signOffStart, end: lines[last]!.end });

  const body = trimRange(text, { start: bodyStart, end: Math.max(bodyStart, bodyEnd) });

  // Paragraphs of the body, split on blank lines, skipping quoted lines.
  const paragraphs: Range[] = [];
  let current: Range | undefined;
  for (const line of lines) {
    if (line.end <= body.start || line.start >= body.end) continue;
    if (isBlank(line) || isQuoted(line)) {
      if (current) paragraphs.push(current);
      current = undefined;
      continue;
    }
    const start = Math.max(line.start, body.start);
    const end = Math.min(line.end, body.end);
    if (current) current.end = end;
    else current = { start, end };
  }
  if (current) paragraphs.push(current);
  const trimmed = paragraphs.map((p) => trimRange(text, p)).filter((p) => p.end > p.start);

  // One by one: spread into push, a reply with more quotations than the stack holds arguments threw.
  for (const range of findInlineQuotes(text, body.start, body.end)) quoted.push(range);
  quoted.sort((a, b) => a.start - b.start);
  // Overlapping quotations (a "…" inside a `>` line) become one: the list is sorted and disjoint, for binary search.
  const merged: Range[] = [];
  for (const range of quoted) {
    const last = merged.at(-1);
    if (last && range.start < last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }

  const result: ReplyStructure = { lines, body, paragraphs: trimmed, quoted: merged };
  if (greeting) result.greeting = greeting;
  if (signOff) result.signOff = signOff;
  return result;
}

/**
 * A rule's reports asked about sentence after sentence, in reading order: whether one of them overlaps, or lies
 * within, a sentence. Each kind of question moves a pointer forward over the reports, so a whole reply's questions
 * cost one pass over them; asking every report for every sentence was quadratic in a reply of many reports. The
 * sentences asked about must come in order and not overlap one another; the reports may overlap.
 */
export class SpansInOrder {
  private readonly sorted: readonly Range[];
  private overlapAt = 0;
  private withinAt = 0;

  constructor(spans: readonly Range[]) {
    this.sorted = [...spans].sort((a, b) => a.start - b.start);
  }

  /** Whether a span overlaps `start`–`end`. */
  overlaps(start: number, end: number): boolean {
    const { sorted } = this;
    // Spans that end before this sentence end before every later one too. The first that does not either overlaps it
    // or starts after it, and then so does every span after it.
    while (this.overlapAt < sorted.length && sorted[this.overlapAt]!.end <= start) this.overlapAt++;
    return this.overlapAt < sorted.length && sorted[this.overlapAt]!.start < end;
  }

  /** Whether a span lies within `start`–`end`. */
  within(start: number, end: number): boolean {
    const { sorted } = this;
    while (this.withinAt < sorted.length && sorted[this.withinAt]!.start < start) this.withinAt++;
    for (let k = this.withinAt; k < sorted.length && sorted[k]!.start < end; k++) if (sorted[k]!.end <= end) return true;
    return false;
  }
}

/** Whether one of sorted, disjoint ranges holds `start`–`end`: a binary search, as a reply may quote thousands of times. */
export function inRanges(ranges: readonly Range[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  const range = ranges[lo - 1];
  return range !== undefined && end <= range.end;
}

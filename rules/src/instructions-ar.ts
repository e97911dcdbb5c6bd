/**
 * What makes an Arabic sentence an instruction to the customer: it opens with
 * an imperative ("افتح الإعدادات", "انقر على …", "قم بتحديث …") or with a
 * request or obligation addressed to them ("يرجى …", "يمكنك …", "عليك أن …").
 */
import { alternation, arabicRegex, testArabic, unmarkArabic } from './arabic.js';

/** Imperatives a support reply gives, written plainly (the matcher tolerates diacritics and letter forms). */
const masculine = [
  'اذهب', 'انتقل', 'انقر', 'اضغط', 'افتح', 'اختر', 'حدد', 'أدخل', 'اكتب', 'امسح', 'قم', 'جرب', 'تحقق', 'تأكد', 'أرسل',
  'راسل', 'اتصل', 'ابحث', 'احذف', 'أضف', 'أزل', 'ثبت', 'انسخ', 'الصق', 'اتبع', 'استخدم', 'أغلق', 'انتظر', 'اطبع',
  'أرفق', 'ارفع', 'املأ', 'أكمل', 'راجع', 'اسحب', 'أوقف', 'افصل', 'توجه', 'ادخل', 'اطلب', 'احفظ', 'أنشئ', 'انقل',
  'ادفع', 'جدد', 'ألغ', 'اختار',
  // «عدّل» (edit, change): «عدّلي الـ A record».
  'عدل',
  // Spoken: «ابعت» (send), «روح» (go), «دوس» (press), «خش» (go in), «اعمل» (do); the Maghrebi «صيفط» (send), «دير» (do).
  'ابعت', 'ابعث', 'روح', 'دوس', 'خش', 'اعمل', 'صيفط', 'دير',
  'أعد تشغيل', 'أعد تعيين', 'أعد المحاولة', 'أعد تحميل', 'سجل الدخول', 'سجل الخروج', 'سجل دخولك',
  // «غيّر» is also «غير» (other, not): only with what is changed.
  'غير قيمة', 'غير إعدادات', 'غير إعداد', 'غير كلمة',
];
/** The same verbs said to a woman («افتحي»، «امسحي»), most by adding «ي»; the hollow and two-word ones are written out. */
const feminine = [
  ...masculine.filter((v) => !v.includes(' ') && v !== 'قم' && v !== 'اختر' && v !== 'اختار').map((v) => `${v}ي`),
  // «حدّث» is also «حدث» (happened); said to a woman it is only the imperative.
  'حدثي',
  // «فعّلي» (turn on) and the Maghrebi «دخلي» (go in): the masculine «فعل»، «دخل» are as often "did", "went in".
  'فعلي', 'دخلي',
  // «أعيدي» (do again) and «أنهي» (finish) said to a woman are only imperatives; to a man they are also "prepared", "ended".
  'أعيدي', 'أنهي',
  'اقرأ', 'اقرئي', 'قومي', 'اختاري', 'أضيفي', 'أعيدي تشغيل', 'أعيدي تعيين', 'أعيدي المحاولة', 'أعيدي تحميل', 'سجلي الدخول', 'سجلي الخروج', 'سجلي دخولك',
];
export const arabicImperatives = [...masculine, ...feminine];
/**
 * «غيّر الحجز»، «غيّر العنوان» opening a sentence (or its step, after a lead such as «ببساطة»): the imperative. Only
 * there: inside a sentence «غير العنوان المسجل» is "other than the address on file", so the reader's list leaves them out.
 */
const changeAtStart = ['غير الحجز', 'غير الموعد', 'غير العنوان', 'غير الباقة', 'غير الخطة', 'غير طريقة', 'غير اللغة', 'غيري الحجز', 'غيري الموعد', 'غيري العنوان'];
// Left out on purpose: words that are as often a noun or a past tense ("حدث" happened, "وصل" arrived,
// "عطل" a fault, "غير" other or not, "فعل" did, "شغل" work), which would make statements read as instructions.

/** Openers that ask the customer to act: "يرجى", "من فضلك", "يمكنك", "عليك أن". */
const requests = ['يرجى', 'الرجاء', 'نرجو', 'من فضلك', 'رجاء', 'يمكنك', 'بإمكانك', 'تستطيع', 'عليك', 'يجب عليك', 'يتعين عليك', 'ما عليك سوى'];

/** Words that may come before the verb: "ثم", "أولًا", "فقط", "بعد ذلك", a list marker. */
// The Maghrebi «غير» ("just": «غير دخلي للحساب») leads only to an imperative; elsewhere it is "other" or "not".
const leads = ['ثم', 'أولا', 'ثانيا', 'بعد ذلك', 'بعدها', 'فقط', 'ببساطة', 'الآن', 'أخيرا', 'أيضا', 'بس', 'وبعدين', 'بعدين', 'غير'];
// «وأخيرا» is «أخيرا» after the conjunction the pattern already allows: listed twice, it was matched two ways, exponentially.

const lead = (phrase: (text: string) => string): string => `(?:(?:[وف]?(?:${alternation(phrase, leads)})[،,:]?\\s+)){0,4}`;
/** The verb may carry the conjunction و or ف, and is a word of its own. */
const verb = (phrase: (text: string) => string): string => `[وف]?(?:${alternation(phrase, [...arabicImperatives, ...changeAtStart])})(?![\\u0621-\\u064A])`;
// At the sentence's start, or after a comma that ends an opening phrase: «بالنسبة للإشعارات، ببساطة اذهبي إلى …».
// Or after «بس» anywhere (`afterJust`), "just" or "but" and either way a step after it: «معلش على اللخبطة بس غيّري الميعاد من
// التطبيق». Read on the parts «بس» opens, not in this pattern: one more alternative put it past the ReDoS check's budget.
// After an emoji too, which ends a tweet's opening words: «سهلة 😊 فقط ألغي التجديد …».
const start = arabicRegex((p) => `(?:^|[،,:]\\s{0,4}|[\\u2600-\\u27BF]\\uFE0F?\\s{1,4}|[\\uD83C-\\uD83E][\\uDC00-\\uDFFF]\\uFE0F?\\s{1,4})[\\s\\-*•\\d.)]{0,8}${lead(p)}(?:${verb(p)}|[وف]?(?:${alternation(p, requests)})(?![\\u0621-\\u064A]))`);

/**
 * «أعد» / «أعيدي» with whatever is done again («أعد ضبط الراوتر»، «أعد التثبيت»), in a pattern of its own: added to the
 * list above, the one pattern grew too large for the ReDoS check to decide in its budget. The Gulf «سوّي» and «سوّ» (do: «سوّي
 * ريستارت») and «عبّ» (fill in) and «غيّر الإعداد» at the start of a step («غيّر» is also «غير», other) are read here for the same reason.
 */
const again = (p: (text: string) => string): string =>
  `${lead(p)}[وف]?(?:${alternation(p, ['أعد', 'أعيدي', 'سوي', 'سو', 'عب', 'غير الإعداد', 'غير الإعدادات', 'غير الخيار', 'غيري الإعداد', 'غيري الخيار', ...activateWith, ...spokenSteps])})(?![\\u0621-\\u064A])`;
/**
 * «فعّل» (turn on) said to a man, with what is turned on: written without its shadda it is also «فعل» (did, a deed), so
 * only with the thing after it.
 */
/**
 * Spoken imperatives, Egyptian, Levantine and Gulf: «شيل السلك» (take out), «استنى دقيقتين» (wait), «عبّي الورقة» (fill
 * in), «دخّل الكود» (enter: «دخل» alone is also "went in"), «اقفل
 * الراوتر» (turn off), «طفّي» (switch off), «انطر» (wait), and the causative «خلّي»، «خلّيه» (let, have: «خلّيه يعمل
 * التمديد»، «خلّي بالك»).
 */
export const spokenSteps = ['تعال', 'تعالي', 'تعالوا', 'امشي', 'أمشي', 'املي', 'أملي', 'خلي', 'خليه', 'خليها', 'خليهم', 'شيل', 'شيلي', 'استنى', 'استنا', 'استني', 'انطر', 'انطري', 'اقفل', 'اقفلي', 'طفي', 'اطفي', 'طفيه', 'وصل السلك', 'وصلي السلك', 'عبي', 'عبيها', 'عبيه', 'سلميها', 'سلمها', 'دخل الكود', 'دخلي الكود', 'دخل الرمز', 'دخلي الرمز', 'ارجع', 'ارجعي', 'طبقي', 'كليكي', 'كليك على', 'دوسي', 'زودنا بال', 'زودونا بال', 'زودني بال', 'سو'];
const activateWith = ['خيار', 'الخيار', 'خاصية', 'الخاصية', 'ميزة', 'الميزة', 'خدمة', 'الخدمة', 'الإعداد', 'ذلك', 'هذا', 'هذه', 'تلك', 'التحقق', 'المصادقة', 'الوضع', 'الشراء', 'الدفع', 'التجوال', 'الإشعارات', 'حسابك', 'البطاقة', 'بطاقتك'].map((thing) => `فعل ${thing}`);
const startAgain = arabicRegex((p) => `(?:^|[،,:]\\s{0,4})[\\s\\-*•\\d.)]{0,8}${again(p)}`);

/**
 * A step made light of inside the sentence, after words of its own: «لإعادة جدولة التوصيل ببساطة اتبعي الرابط» opens with
 * its purpose and no comma, yet «ببساطة اتبعي» is the step.
 */
const lightStep = arabicRegex((p) => `(?:^|\\s)[وف]?(?:${alternation(p, ['فقط', 'ببساطة'])})\\s+${verb(p)}`);

/**
 * The imperative of a doubled-middle verb read from its form, any verb: three root letters with a shadda on the middle
 * one («ركّب»، «ثبّت»، «علّق»، «بدّل»، «سكّر»، «ظبّط»), said to a woman with «ـي» or to several with «ـوا», opening the
 * text or a step after «ثم»، «وبعدين», or after a word that makes light of it («غير حلّ البرغي»، «بس ركّب»). Read on the text as written: folded, the shadda is gone and «ركب» is also "rode".
 * Not a last letter that ends a noun or an adverb («مرّة»، «جدّا»), nor a noun of two letters and a shadda with "your" or
 * "our" on it («حقّك علينا»، «خطّنا»).
 */
const doubledMiddle =
  /^[\s\-*•\d.)]{0,8}(?:[وف]?(?:ثم|ثمّ|بعدين|وبعدين|بعد كده|بعد هيك|بعدها|غير|بس|فقط|برك)[،,]?\s+)?[وف]?(?!(?:حق|خط|حظ|سر|فن|جد|ظل|شر|حر|ود|عم)\u0651?(?:ك|كم|كن|نا|ه|ها)(?![\u0621-\u064A\u064B-\u0652]))[\u0621-\u064A][\u064B-\u0650\u0652]?[\u0621-\u064A][\u064B-\u0650\u0652]?\u0651[\u064B-\u0650\u0652]?[\u0621-\u0626\u0628\u062A-\u0648\u064A][\u064B-\u0650\u0652]?(?:ي|وا|و(?=ه|ها|هم|ني))?(?:ه|ها|هم|ني)?(?![\u0621-\u064A\u064B-\u0652])/u;
/**
 * The imperative of a doubled verb, two letters and a shadda («حلّ البرغي»، «فكّ الغطا»، «شدّ السلك»، «حطّي»), read only
 * after a word that leads a step («غير»، «بس»، «فقط»، «ثم»، «وبعدين»): opening a text, the same shape is as often a noun
 * («حقّ»، «خطّ»), and «كلّ» is "all" anywhere.
 */
const doubledLast =
  /^[\s\-*•\d.)]{0,8}[وف]?(?:ثم|ثمّ|بعدين|وبعدين|غير|بس|فقط|برك)[،,]?\s+[وف]?(?!(?:كل|حق|حد|ضد|أم|عم|رب|سر|فن|جد|خط|مر|ظل|شر|حر|بر|در|قد|حب|دم|هم|غم|سم|عد|مد|ود)[\u064B-\u0652]*(?![\u0621-\u064A]))[\u0621-\u064A][\u064B-\u0650\u0652]?[\u0621-\u064A][\u064B-\u0650\u0652]?\u0651[\u064B-\u0650\u0652]?(?:ي|وا|و|ه|ها|هم)?(?![\u0621-\u064A\u064B-\u0652])/u;
/** Whether the text as written opens with such an imperative. */
export function opensWithDoubledImperative(written: string): boolean {
  return doubledMiddle.test(written) || doubledLast.test(written);
}
/** Where a clause opens in a sentence: its start, and after a comma, a colon or a semicolon. */
const clauseCut = /[،,:؛]/u;
/** Where «بس» stands inside a text, after white space: each part it opens is read as a sentence's start. */
const justOrBut = /\s(?=[وف]?بس\s)/u;
/** Whether a part of the text that «بس» opens begins with a step (the parts are disjoint, so a long text stays linear). */
function afterJust(text: string, test: (part: string) => boolean): boolean {
  if (!text.includes('بس')) return false;
  return text.split(justOrBut).slice(1).some(test);
}

/**
 * A time that opens a clause before its step, with no comma after it: «ولحد ذاك الوقت حوّل القاطع على الخط الثاني»،
 * «وفي الأثناء جرّبي الشاحن الآخر»، «حتى ذلك الحين استخدم التطبيق»، «دلوقتي شيّك على الفاتورة». Read on the text as written.
 */
const timeLead = /^\s*[وف]?(?:(?:(?:لحد|لحين|حتى|إلى|الى|لغاية|في)\s+)?(?:(?:ذلك|ذاك|هذاك|هذيك|هذه|هذي|هاد|هذا)\s+)?(?:الوقت|الحين|الأثناء|الاثناء|الفترة)|هلق|هلأ|دلوقتي|دلوقت|ذلحين)\s+/u;
/** The clause after such a time, or undefined where the clause opens otherwise. */
function afterTimeLead(part: string): string | undefined {
  const lead = timeLead.exec(part);
  return lead ? part.slice(lead[0].length) : undefined;
}
/** Whether the clause, or what follows a time that opens it, passes `test`. */
const orAfterTime = (test: (part: string) => boolean) => (part: string): boolean => {
  if (test(part)) return true;
  const rest = afterTimeLead(part);
  return rest !== undefined && test(rest);
};

/** Whether the sentence as written, or one of its clauses (or what follows a «بس» in it), opens with such an imperative. */
export function doubledImperativeIn(written: string): boolean {
  return written.split(clauseCut).some(orAfterTime(opensWithDoubledImperative)) || afterJust(written, opensWithDoubledImperative);
}

/**
 * An imperative said to a woman read from its form, any verb, where a clause opens: Form I «افعلي» (bare alef, three
 * letters, «ي»: «احفظي»، «اسكبي»), Form VIII «افتعلي» («احتفظي»، «انتظري») and Form X «استفعلي» («استعملي»، «استبدلي»).
 * Read on the text as written with its marks taken out: the final «ي» is not the «ى» of «أخرى» or «أعلى», and the bare
 * alef is not the hamza of «أجنبي» or «إضافي». With its object on it too («اربطيه»، «استعمليها»). Not after the article
 * («الذكي»، «التقني»), and not the adjectives and nouns of the same shape written without their hamza («اضافيه»، «اغنيه»).
 */
const feminineForm = /^[\s\-*•\d.)]{0,8}(?:(?:ثم|بعدين|وبعدين|بعدها|بس|وبس|فقط)\s+)?[وف]?(?!(?:اضافي|اساسي|اجنبي|اداري|امامي|اخباري|اصلي|احدي|اخري|اعلي|اقصي|ادني|اغني|امني)[هة]?(?![\u0621-\u064A]))(?:ا(?!ل)[\u0621-\u064A]{3}ي|ا(?!ل)[\u0621-\u064A]ت[\u0621-\u064A]{2}ي|است[\u0621-\u064A]{3}ي)(?:ه|ها|هم|ني|نا)?(?![\u0621-\u064A])/u;
/** Whether a clause of the text as written opens with an imperative said to a woman, of any verb (see `feminineForm`). */
export function feminineImperativeIn(written: string): boolean {
  if (!written.includes('ي')) return false;
  return unmarkArabic(written).split(clauseCut).some(orAfterTime((part) => feminineForm.test(part)));
}

/** An Arabic sentence that tells the customer to do something. Questions are not instructions. */
export function isArabicInstruction(sentence: { text: string; isQuestion: boolean }, source?: string): boolean {
  if (sentence.isQuestion) return false;
  // `source`: the sentence as patterns read it, when the caller has it already (saves folding it again).
  // (After a time that opens it too: «ولحد ذاك الوقت افتح الباب الثاني».)
  const afterTime = afterTimeLead(sentence.text);
  return source === undefined
    ? testArabic(start, sentence.text) || testArabic(startAgain, sentence.text) || testArabic(lightStep, sentence.text) || doubledImperativeIn(sentence.text) || afterJust(sentence.text, (part) => testArabic(start, part)) || feminineImperativeIn(sentence.text) || (afterTime !== undefined && testArabic(start, afterTime))
    : start.test(source) || startAgain.test(source) || lightStep.test(source) || doubledImperativeIn(sentence.text) || afterJust(source, (part) => start.test(part)) || feminineImperativeIn(sentence.text) || (afterTime !== undefined && testArabic(start, afterTime));
}

const stepStart = arabicRegex((p) => `^${lead(p)}${verb(p)}`);
const stepAgain = arabicRegex((p) => `^${again(p)}`);

/** Whether the text opens with an imperative (after a conjunction or «ثم»): where a sentence's next step starts. */
export function startsArabicStep(text: string): boolean {
  return testArabic(stepStart, text) || testArabic(stepAgain, text);
}

/**
 * Reads an Arabic sentence into the reply model's terms. Arabic marks its
 * acts with forms more than with word order: the future with «سـ» and
 * «سوف», the writer's past with «قمت بـ»، «لقد»، «تم», requests with «يرجى»
 * and imperatives, check-ins with «هل …؟». Patterns read the sentence folded
 * and without diacritics (see arabic.ts), so every written form matches.
 */
import type { Act, Agent, Clause, Modality, Reading, Span } from '../../model/acts.js';
import { primaryAct } from '../../model/acts.js';
import { alternation, arabicRegex, arabicSource, foldedRegex } from '../../arabic.js';
import { arabicImperatives, doubledImperativeIn, feminineImperativeIn, spokenSteps } from '../../instructions-ar.js';
import type { SentenceInput } from '../en/reader.js';

type Phrase = (text: string) => string;
const L = '\\u0621-\\u064A';
/** «عادة» as a word, every time it stands in a text. */
const usually = arabicRegex((p: Phrase) => `(?<![${L}])[وف]?(?:ال)?(?:${p('عادة')})(?![${L}])`, 'gu');
/** Phrases, each a word of its own after a non-letter or the conjunctions و and ف. */
const words = (phrases: readonly string[], tail = ''): RegExp =>
  arabicRegex((p: Phrase) => `(?<![${L}])[وف]?(?:ال)?(?:${alternation(p, phrases)})${tail}`);
const pattern = (build: (p: Phrase) => string): RegExp => arabicRegex(build);
/** Phrases as `words` reads them, and also after the prepositions «لـ» and «بـ». */
const prefixedWords = (phrases: readonly string[]): RegExp => arabicRegex((p: Phrase) => `(?<![${L}])[وف]?[لب]?(?:ال)?(?:${alternation(p, phrases)})`);

const greeting = pattern((p) => `^\\s*(?:@[^\\s@]+\\s+)*(?:${alternation(p, ['السلام عليكم', 'مرحبا', 'أهلا', 'أهلين', 'هلا', 'يا هلا', 'صباح الخير', 'مساء الخير', 'عزيزي', 'عزيزتي', 'تحية طيبة'])})`);
// Also after «لـ» or «بـ»: «ولأي استفسار يخص الحصة الأولى، …».
const invitation = prefixedWords([
  'أخبرنا', 'أخبرني', 'أعلمنا', 'أعلمني', 'يرجى إبلاغ', 'فيرجى إبلاغ', 'لا تتردد', 'لا تترددي', 'تواصل معنا', 'راسلنا', 'نحن هنا', 'أنا هنا', 'أنا هون', 'نحنا هون', 'احنا هون', 'إحنا هون', 'راحنا هنا', 'راني هنا', 'أسئلتك الأخرى', 'استفساراتك الأخرى', 'طلباتك الأخرى',
  // The Gulf «ترانا» (here we are) and a door said open to the customer's messages («فالبوابة مفتوحة لرسائلك»).
  // "We're a message away": «فبيننا وبينك رسالة واحدة»، «على بُعد رسالة».
  'بيننا وبينك رسالة', 'بينا وبينك رسالة', 'على بعد رسالة', 'على بعد مكالمة', 'رسالة وحدة بس',
  // Looking forward to serving the customer again, and anything to help with before what is coming («هل هناك ما يمكننا
  // مساعدتك به قبل رحلتك؟»).
  'نتطلع لخدمتك', 'نتطلع إلى خدمتك', 'نتطلع لخدمتكم', 'نتطلع إلى خدمتكم', 'بانتظار خدمتك', 'هل هناك ما يمكننا مساعدتك', 'هل هناك ما يمكنني مساعدتك', 'هل هناك ما نقدر نساعدك',
  // More help offered with «ثمة», and questions welcomed at this address («ونستقبل على هذا العنوان ما يستجدّ لديكِ من أسئلة»).
  'أثمة ما يمكنني', 'أثمة ما يمكننا', 'هل ثمة ما يمكنني', 'هل ثمة ما يمكننا', 'أثمة شيء آخر', 'هل ثمة شيء آخر', 'نستقبل على هذا العنوان', 'نستقبل أسئلتك', 'نستقبل استفساراتك', 'ما يستجد لديك من', 'ما يستجد لديكم من',
  'رهن الإشارة', 'رهن إشارتك', 'ترانا على الخط', 'ترانا موجودين', 'ترانا هنا', 'ترانا بالخدمة', 'مفتوحة لرسائلك', 'مفتوح لرسائلك', 'مفتوحة لأسئلتك', 'مفتوح لأسئلتك', 'مفتوحة لاستفساراتك', 'مفتوح لاستفساراتك', 'يسعدنا مساعدت', 'يسعدني مساعدت',
  'يسعدنا دائما', 'أي أسئلة', 'أي سؤال', 'أي استفسار', 'أي شيء آخر', 'في أي وقت', 'للمزيد من المساعدة', 'الرد على هذا البريد', 'الرد على هذه الرسالة', 'الرد إلى هذا البريد', 'الرد إلى هذه الرسالة', 'بالرد على هذا البريد',
  'بالرد على هذه الرسالة', 'نتطلع إلى', 'بانتظار ردك', 'في انتظار ردك', 'نحن في الخدمة', 'في خدمتك', 'في خدمتكم', 'يسعدنا تواصلك', 'يسعدنا سماع',
  'أخبريني', 'أخبرينا', 'أعلميني', 'أعلمينا', 'راسليني', 'راسلينا', 'تواصلي معنا', 'يسعدني أن أسمع', 'يسعدنا أن نسمع', 'يسعدني سماع', 'ردك على هذه الرسالة', 'ردك على هذا البريد', 'تلقي ردك', 'أي مساعدة أخرى', 'أي مساعدة إضافية',
  // Spoken: «بالخدمة دائمًا»، «أنا موجود إذا احتجت شي»، «احنا موجودين».
  'بالخدمة', 'أنا موجود', 'أنا موجودة', 'نحن موجودون', 'احنا موجودين', 'إحنا موجودين', 'موجودين لخدمتك',
  // Spoken "anything else?": «واش كاين شي حاجة أخرى …؟»، «في أي حاجة تانية؟».
  'شي حاجة أخرى', 'شي حاجة خرى', 'أي حاجة تانية', 'أي حاجة ثانية', 'أي حاجة أخرى',
  // "At your service whenever you need us": «نحن رهن إشارتك متى احتجت إلينا»; and a reply asked for in Maghrebi, «جاوبيني على
  // هاد الإيميل».
  'رهن إشارتك', 'رهن إشارتكم', 'متى احتجت', 'متى ما احتجت', 'جاوبيني على', 'جاوبني على', 'جاوبونا على', 'جاوبينا على',
  // "Our door is open whenever you want to talk to us", "we welcome your reply at this address".
  'بابنا مفتوح', 'أبوابنا مفتوحة', 'متى أردت', 'متى ما أردت', 'نستقبل ردك', 'نستقبل ردكم', 'نرحب بردك', 'نرحب بردكم', 'أي استيضاح', 'أي سطر منك', 'أي سطر منكم',
]);
/**
 * A door shut rather than held open: writing back to this very message forbidden or said to be of no use («يرجى عدم الرد
 * على هذه الرسالة»، «لا ترد على هذا البريد»، «لا داعي للرد على هذا الإيميل»). The invitations are read without it, so the
 * words «الرد على هذه الرسالة» inside it open no door; «لا تتردد في الرد على هذه الرسالة» stays one.
 */
const doorShut = foldedRegex(
  /(?<![\u0621-\u064A])(?:[وف]?لا|[وف]?(?:يرجى|الرجاء|نرجو|رجاء|نأمل) عدم|لا داعي|لا حاجة)\s+(?:ل|إلى\s+)?(?:ترد|تردي|تردوا|الرد|للرد|رد|الإجابة|للإجابة|تجيب|تجيبي)\s+(?:على|إلى)\s+(?:هذه|هذا|هاد|هذي)\s+(?:الرسالة|البريد|الإيميل|الايميل|العنوان|الإشعار)/u,
);
/** A mailbox said to be unread («هذا البريد غير مراقب»). */
const unmonitored = foldedRegex(/(?:هذا|هذه) (?:البريد|الصندوق|العنوان) غير (?:مراقب|مراقبة)/u);
/** Whether a text forbids writing back: the door shut, or a mailbox nobody reads. */
export function forbidsReplyArabic(text: string): boolean {
  const folded = arabicSource(text).text;
  return doorShut.test(folded) || unmonitored.test(folded);
}
/**
 * The door left open in any words, read from the verb's form rather than from a list of closings: a verb of getting in
 * touch (write, send, call, tell, ask, answer, come back, share), said to the customer (an imperative, or the «تـ» of
 * "you", with or without the spoken «بـ»/«هـ»), in any person's ending («ـي»، «ـوا»، «ـين»), and aimed at the writers,
 * on the verb («راسلينا»، «طمّنونا»، «ابعتلنا»، «احكيلي») or in the word after it («اكتب لنا»، «ارجع إلينا»، «تتواصل
 * معنا»، «اسألني»). Whether it is the door or a step asking for something is read in code (`opensTheDoor`).
 */
// Said to the customer whatever follows: an imperative with its «ا» («اكتب»، «ابعتلي») or the «تـ» of "you" («تكتب لنا»).
const addressedStems = [
  'اكتب', 'ابعت', 'ابعث', 'اسأل', 'احك', 'احكي', 'دز', 'تدز', 'تكتب', 'تراسل', 'تبعت', 'تبعث', 'ترسل', 'ترد', 'تسأل', 'تتصل', 'تخبر', 'تبلغ', 'تحكي', 'تقول',
  'تطمن', 'تجاوب', 'ترجع', 'تعود', 'تشارك', 'تدق', 'تزور', 'تنور', 'تكلم', 'تتواصل',
];
// Bare, the same letters are also the writers' past («تواصلنا»، «كلّمنا الفريق»، «قلنا»، «رجعنا لك»، and folded, «أرسلنا»،
// «أرجعنا»، «اتصلنا»): said to the customer only with a person's ending («كلّمينا»، «ردّوا علينا») or, for one man, with the
// word that aims them («تواصل معنا»، «أرسل لنا»، «قل لنا»).
const bareStems = [
  'تواصل', 'راسل', 'كلم', 'خبر', 'بلغ', 'رد', 'رجع', 'عد', 'عود', 'شارك', 'طمن', 'جاوب', 'قول', 'قل', 'دق', 'زور', 'نور', 'أرسل', 'أخبر', 'أبلغ', 'أعلم',
  'ارجع', 'اتصل', 'صيفط', 'سيفط', 'تصيفط',
  // The Maghrebi imperative without its «ا» («كتب لينا»، write to us).
  'كتب',
];
// Not «عليّ» or «إليّ»: folded, they are «على» and «إلى» («ترسل إلى المستخدمين»). The message itself aims them too («ردّي على
// هذه الرسالة»).
const toUs = ['معنا', 'معي', 'معانا', 'لنا', 'لي', 'لينا', 'بنا', 'بي', 'علينا', 'إلينا', 'عندنا', 'عندي', 'منا', 'مني', 'على هذه الرسالة', 'على هذا البريد', 'على هذا الإيميل', 'على الإيميل ده', 'على رسالتنا', 'على رسالتي', 'على بريدي', 'على بريدنا'];
const attached = `(?:نا|ني|لنا|لي|لينا)(?![${L}])`;
// «ـلنا»، «ـلي» on a bare verb are "to us", "to me" («دقّلنا»، «قُللي»), never the writers' own past, which ends in «ـنا».
const attachedTo = `(?:لنا|لي|لينا)(?![${L}])`;
const door = pattern((p) => {
  const aimed = `\\s+(?:${alternation(p, toUs)})(?![${L}])`;
  return (
    `(?<![${L}])[وف]?(?:[به](?=ت))?(?:${alternation(p, addressedStems)})(?:ي|وا|و|ين|ون)?(?:${attached}|${aimed})` +
    `|(?<![${L}])[وف]?(?:${alternation(p, bareStems)})(?:(?:ي|وا|و|ين)${attached}|(?:ي|وا|و|ين)?(?:ها|ه|هم)?(?:${attachedTo}|${aimed}))`
  );
});
/** «لا تتردد في» followed by anything but getting in touch («التواصل»، «مراسلتنا»، «السؤال»، «إرسال …»). */
const freeToDoElse = pattern(
  (p) =>
    `(?<![${L}])[وف]?${p('لا')}\\s+(?:${alternation(p, ['تتردد', 'تترددي', 'تترددوا'])})\\s+(?:${alternation(p, ['في', 'ب'])})\\s*(?!(?:ال)?(?:${alternation(p, ['تواصل', 'اتصال', 'الإتصال', 'مراسل', 'كتاب', 'سؤال', 'رد', 'إخبار', 'إعلام', 'طلب', 'تحدث', 'استفسار', 'عود', 'رجوع', 'مراجع', 'زيار', 'إرسال', 'مشارك', 'إبلاغ', 'تبليغ', 'حجز', 'اللجوء'])}))[${L}]{2,}`,
);
/** «كلما رغبتِ في الكتابة إلينا»، «وقت ما تحب … كلّمنا»: whenever the customer wishes, said of getting in touch with the writers (`usWord`). */
const whenever = pattern((p) => `(?<![${L}])[وف]?(?:${alternation(p, ['كلما', 'متى ما', 'متى', 'وقتما', 'وقت ما', 'حينما', 'أي وقت'])})\\s+(?:[${L}]+\\s+)?(?:${alternation(p, ['رغبت', 'رغبتي', 'أردت', 'أردتي', 'احتجت', 'احتجتي', 'شئت', 'شئتي', 'حبيت', 'حبيتي', 'بغيت', 'بغيتي', 'تحب', 'تحبي', 'ترغب', 'ترغبين', 'تريد', 'تريدين', 'تحتاج', 'تحتاجين', 'تبي', 'تبغى'])})(?![${L}])`);
const usWord = words(['إلينا', 'معنا', 'معانا', 'بنا', 'لنا', 'علينا', 'لينا', 'معي', 'بي'], `(?![${L}])`);
/** The writers there for the customer: «نحن بالانتظار»، «إحنا جاهزين لأي سؤال»، «يسرّنا دائمًا الرد عليك»، «بانتظار ردك». */
const atYourService = pattern(
  (p) =>
    `(?<![${L}])[وف]?(?:${alternation(p, ['سأكون متاحة', 'سأكون متاحا', 'سأكون متاحًا', 'سنكون متاحين', 'سأبقى متاحة', 'سأبقى متاحا', 'سأكون موجودة', 'سأكون موجودا', 'سنبقى متاحين'])})(?![${L}])|(?<![${L}])[وف]?(?:${alternation(p, ['نحن', 'احنا', 'إحنا', 'حنا', 'نحنا', 'أنا', 'انا', 'فريقنا', 'فريق الدعم', 'كلنا'])})\\s+(?!(?:${alternation(p, ['جديد', 'جديدة', 'جدد', 'متدرب', 'متدربة', 'مبتدئ', 'مبتدئة'])})(?![${L}]))(?:[${L}]+\\s+){0,2}?(?:${alternation(p, ['هنا', 'موجود', 'موجودة', 'موجودين', 'موجودون', 'متواجد', 'متواجدة', 'متواجدين', 'متواجدون', 'جاهز', 'جاهزة', 'جاهزين', 'جاهزون', 'حاضر', 'حاضرين', 'حاضرون', 'مستعد', 'مستعدة', 'مستعدين', 'مستعدون', 'بالانتظار', 'في الانتظار', 'بانتظارك', 'بانتظاركم', 'في انتظارك', 'في انتظاركم', 'بخدمتك', 'بخدمتكم', 'تحت أمرك', 'تحت أمركم', 'تحت تصرفك', 'تحت تصرفكم'])})(?![${L}])` +
    `|(?<![${L}])[وف]?(?:${alternation(p, ['يسعدنا', 'يسعدني', 'يسرنا', 'يسرني', 'يشرفنا', 'يشرفني', 'بكل سرور', 'بكل ترحيب', 'على استعداد', 'بيسعدنا', 'بيسعدني', 'هيسعدنا', 'يفرحنا', 'يبسطنا'])})\\s+(?:[${L}]+\\s+){0,2}?(?:${alternation(p, ['مساعدتك', 'مساعدتكم', 'لمساعدتك', 'لمساعدتكم', 'خدمتك', 'خدمتكم', 'لخدمتك', 'لخدمتكم', 'الرد', 'بالرد', 'الإجابة', 'بالإجابة', 'الجواب', 'سماع', 'نسمع', 'أسمع', 'تواصلك', 'تواصلكم', 'ردك', 'ردكم', 'رسالتك', 'أن نساعد', 'أن أساعد', 'أن نجيب', 'أن أجيب', 'نساعدك', 'أساعدك', 'نخدمك', 'نجاوبك', 'نرد عليك', 'أرد عليك'])})(?![${L}])` +
    // «ونرحّب برسائلك كلما رغبتِ»: the customer's messages, questions or calls welcomed (not «نرحب بك», a greeting).
    `|(?<![${L}])[وف]?(?:${alternation(p, ['نرحب', 'أرحب', 'يرحب', 'مرحب'])})\\s+ب[${L}]{3,}(?:ك|كم|كي)(?![${L}])` +
    `|(?<![${L}])[وف]?(?:${alternation(p, ['بانتظار', 'في انتظار', 'ننتظر', 'أنتظر', 'نترقب', 'أترقب', 'نتطلع إلى', 'نتطلع ل', 'أتطلع إلى', 'أتطلع ل', 'مستنيين', 'مستني', 'ناطرين', 'ناطر'])})\\s*(?:${alternation(p, ['ردك', 'ردكم', 'تواصلك', 'تواصلكم', 'رسالتك', 'رسالتكم', 'أخبارك', 'سماع', 'الرد', 'رأيك'])})(?![${L}])`,
);
const pastDuty = pattern((p) => `(?<![${L}])[وف]?(?:${alternation(p, ['كان', 'كانت', 'كنت', 'كنتي'])})\\s+(?:من\\s+)?(?:${alternation(p, ['المفروض', 'المفترض', 'لازم', 'يجب', 'ينبغي', 'عليك', 'عليكي', 'الأفضل', 'الأولى', 'ممكن', 'الممكن', 'بإمكانك', 'يمكنك'])})(?![${L}])`);
/** The writers offering help in a condition's answer: «وإن احتجتَ شرحًا لهذه الخطوات، يسعدني شرحها لك». */
const writerOffer = words(['يسعدني', 'يسعدنا', 'يسرني', 'يسرنا', 'بكل سرور', 'مستعدون', 'مستعد', 'مستعدة', 'جاهزون', 'جاهزين', 'بيسعدنا', 'بيسعدني']);
/**
 * The writer reachable, said after a condition on the customer's need: «فأنا متاح على هذا البريد»، «فرقمي المباشر …»،
 * «وسأتصل بك»، «ابعثها على هذا الإيميل».
 */
const reachable = pattern(
  (p) =>
    `(?<![${L}])[وف]?(?:${alternation(p, ['أنا متاح', 'أنا متاحة', 'نحن متاحون', 'احنا متاحين', 'فريقنا متاح', 'رقمي', 'رقمنا', 'هذا البريد', 'هذا الإيميل', 'هذا الايميل', 'هذا الرقم', 'سأتصل بك', 'سنتصل بك', 'نتصل بك', 'أتصل بك', 'سأتصل بكم', 'سنتصل بكم', 'تلفونات المكتب', 'تلفوناتنا', 'هواتفنا', 'أرقامنا', 'ارقامنا', 'مفتوحة ليك', 'مفتوحة لك', 'مفتوحين لك', 'مفتوحين ليك', 'بالرقم', 'على الرقم'])})(?![${L}])`,
);
/** The door said as open, a door by itself: «وأبواب إدارتنا مفتوحة لكِ»، «بابنا مفتوح لك دايمًا». */
const doorOpen = pattern(
  // And the inbox or the line said so: «وصندوق بريدنا مفتوح لك دائمًا»، «خطّنا مفتوح لكم».
  () => `(?<![${L}])[وف]?(?:ال)?(?:باب|أبواب|بابنا|أبوابنا|صندوق|بريدنا|خطنا|خطوطنا|هاتفنا|مكتبنا)(?:\\s+[${L}]+){0,2}\\s+(?:مفتوح|مفتوحة)\\s+(?:لك|لكم|لكي|ليك|ليكم|ليكي|إليك|أمامك|أمامكم|دائما|دايما|ديما)(?![${L}])`,
);
/** A word that denies what follows it, the last before a hit. */
const deniedBefore = /(?<![\u0621-\u064A])(?:لا|لن|لم|ما|مش|غير)\s+$/u;
/** The same, or a future that makes the «تـ» after it "she" («رح تبعتلنا»). */
const deniedOrHersBefore = /(?<![\u0621-\u064A])(?:لا|ما|مش|لن|لم|رح|راح|سوف|قد)\s+$/u;
/** Whether `before` ends right before `index` in `s` (read on the six characters before it). */
const standsBefore = (s: string, index: number, before: RegExp): boolean => before.test(s.slice(Math.max(0, index - 6), index));
/** The writers offer, not denied («لا يسعدنا» would be no offer): the word before is read in code. */
function offers(s: string): boolean {
  const found = writerOffer.exec(s);
  return found !== null && !standsBefore(s, found.index, deniedBefore);
}
/** What a message to the writers may ask the customer to send, which makes it a step rather than the door. */
const askedFor = words(['رقم', 'صورة', 'صور', 'نسخة', 'تفاصيل', 'بيانات', 'اسم', 'اسمك', 'عنوان', 'عنوانك', 'لقطة', 'فاتورة', 'إيصال', 'وصل', 'كود', 'رمز', 'الرقم', 'الصورة', 'الصور', 'التفاصيل', 'البيانات', 'الاسم', 'العنوان', 'الفاتورة', 'الإيصال', 'الكود', 'الرمز', 'المستندات', 'مستندات', 'الوثائق', 'وثائق', 'الملف', 'ملف', 'المرفقات', 'تاريخ', 'التاريخ', 'موعد', 'الموعد']);
/** The instruction verbs, folded, as whole words: what a door's letters may also spell. Built on first use. */
let foldedImperatives: ReadonlySet<string> | undefined;
const otherImperatives = (): ReadonlySet<string> => (foldedImperatives ??= new Set(arabicImperatives.filter((v) => !v.includes(' ')).map((v) => arabicSource(v).text)));
/**
 * Whether a sentence that speaks to the writers leaves the door open: under a condition («لو احتجت حاجة، كلّمنا»),
 * or open-ended, asking for nothing in particular («اكتبي لنا متى شئتِ»; not «ابعتلنا رقم الطلب وصورة الإيصال»).
 */
function opensTheDoor(s: string, conditional: boolean): boolean {
  if (atYourService.test(s) || (whenever.test(s) && usWord.test(s))) return true;
  const found = door.exec(s);
  if (!found) return false;
  // «لا تكتب لنا على الخاص»: a verb denied leaves no door; after «رح»، «راح» or «سوف» the «تـ» is "she" («شركة التأمين رح
  // تبعتلنا الموافقة»).
  if (standsBefore(s, found.index, deniedOrHersBefore)) return false;
  // «وكان المفروض تقولين لنا عنها من أول»: what the customer should have done is blame, not a door.
  if (pastDuty.test(s.slice(0, found.index))) return false;
  // «هذا وعد منا» (a promise from us): «وعد» read as «و» and «عُد», come back, which is not said «منا».
  if (/^[وف]?عو?د\s+من[اي]$/u.test(found[0])) return false;
  // «عدّلي سجلّي NS» (edit, said to a woman): another verb's imperative that the letters of «عُد لي» spell.
  if (otherImperatives().has(found[0].replace(/^[وف]/u, ''))) return false;
  // «وكتير من الجيران كلّمونا بنفس الموضوع»: the plural's «ـو» after a noun that is its subject is what others did («they
  // called us»), not «call us» said to the customer.
  if (/و(?:نا|ني)$/u.test(found[0]) && /(?<![\u0621-\u064A])ال[\u0621-\u064A]{2,}\s+$/u.test(s.slice(Math.max(0, found.index - 20), found.index))) return false;
  // «التيليفون ديالك … رجع لينا نهار الاثنين»: the customer's thing named just before is the verb's subject (it came back
  // to us), not an order to come back.
  if (/(?<![\u0621-\u064A])(?:ديالك|ديالكم|متاعك|تاعك|بتاعك|بتاعتك|حقك|تبعك|مالتك|مالك)(?![\u0621-\u064A])/u.test(s.slice(Math.max(0, found.index - 60), found.index))) return false;
  return conditional || !askedFor.test(s);
}
const checkIn = pattern((p) => `(?<![${L}])[وف]?(?:${alternation(p, ['هل'])})\\s+(?:${alternation(p, ['ساعد', 'ساعدك', 'حل', 'حلت', 'نجح', 'نجحت', 'أفاد', 'أفادك', 'وضح', 'وضحت', 'يوضح', 'يحل', 'يساعد', 'هناك أي شيء آخر', 'هناك شيء آخر', 'هناك أي معلومة أخرى', 'هناك معلومة أخرى', 'هناك أي معلومات أخرى', 'هناك أي سؤال آخر', 'هناك أي استفسار آخر', 'في أي شي ثاني', 'فيه أي حاجة تانية', 'تحتاج', 'يمكنني مساعدتك', 'من شيء آخر', 'بقي', 'لديك استفسار', 'لديك سؤال', 'لديك أسئلة', 'لديكم استفسار', 'لديكم سؤال', 'لديكم أسئلة', 'عندك سؤال', 'عندك استفسار', 'عندك أسئلة', 'من أمر آخر', 'هناك أمر آخر', 'من خدمة أخرى', 'من حاجة أخرى'])})`);
/**
 * «عند السادسة تمامًا»، «عند الظهر»: «عند» before a time of day is "at", no condition; so before a place, a team or a person
 * («عند الفريق التقني»، «عند البنك»): "with". The Maghrebi «إلا» is "if" before a
 * verb of wanting or finding («وإلا حبيت حاجة أخرى»); elsewhere it is "except".
 */
const clockWords = ['الساعة', 'الواحدة', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة', 'الحادية', 'منتصف', 'الظهر', 'الفجر', 'العصر', 'المغرب', 'العشاء', 'الصباح', 'المساء', 'الظهيرة'];
// With the conjunction on it too: «ولو محتاجة …»، «وإذا استمرت المشكلة …».
/**
 * «إن» opening a condition whose answer comes after a comma with «ف» («إن أشكل عليك أي جزء، فاكتب لي»): two short
 * patterns tested apart (one pattern spanning the clause would try it again from every «إن»). Not «إن شاء الله».
 */
const ifWithIn = pattern(() => `(?<![${L}])[وف]?إن\\s+(?!شاء)[${L}]`);
const answerWithFa = pattern(() => `[،,]\\s*ف[${L}]`);
// «وإن تعذّر عليك …»: «إن» after its conjunction, before a verb of trouble or wish (alone, «إن» is as often "indeed").
const condition = pattern(
  (p) =>
    `(?<![${L}])[وف]?(?:${alternation(p, ['إذا', 'اذا', 'لو', 'في حال', 'في حالة', 'متى'])})(?![${L}])|(?<![${L}])[وف]?إلا\\s+(?:${alternation(p, ['حبيت', 'حبيتي', 'بغيت', 'بغيتي', 'احتجت', 'احتجتي', 'كان', 'كانت', 'عندك', 'لقيت', 'لقيتي', 'تحب', 'تبغي', 'بقات', 'بقا'])})(?![${L}])|(?<![${L}])[وف]?عند(?![${L}])(?!\\s+(?:${alternation(p, clockWords)}|${alternation(p, ['حضرتك', 'حضرتكم', 'حضرتِك', 'سيادتك', 'جنابك', 'بابك', 'باب', 'شركة', 'الشركة', 'المندوب', 'البنك', 'بنك', 'الفرع', 'فرع', 'المحل', 'الوكيل', 'وكيل', 'المورد', 'الجمارك', 'الموزع', 'المخزن', 'المستودع', 'مكتب', 'المكتب', 'بوابة', 'البوابة', 'محطة', 'المحطة', 'مدخل', 'المدخل', 'الاستقبال', 'الكاشير', 'الصندوق', 'نقطة', 'الحارس', 'المطار', 'الحدود', 'القارئ', 'الجهاز', 'الصيدلية', 'العيادة', 'صالة', 'الصالة', 'الكاونتر', 'الشباك', 'المبنى', 'الفندق', 'البيت', 'المنزل', 'الموقف', 'الفريق', 'فريق', 'القسم', 'قسم', 'الإدارة', 'إدارة', 'الدعم', 'الجهة', 'الموظف', 'المسؤول', 'المهندس', 'الفني', 'الفنيين', 'المختص', 'المختصين', 'الشركة المصنعة', 'الشحن', 'شركة الشحن'])}|[0-9٠-٩]))|(?<![${L}])[وف]إن\\s+(?:${alternation(p, ['تعذر', 'لم', 'كان', 'كانت', 'احتجت', 'رغبت', 'أردت', 'واجهت', 'استمر', 'استمرت', 'وجدت'])})(?![${L}])`,
);
/** Spoken «tell me/us»: «احكينا» (Levantine), «قوليلي» (Egyptian), «عرّفني»، «بلّغني»، «كلميني»; a way to get in touch and, after a condition, the door. */
const spokenTellUs = ['أجبني', 'أجبنا', 'أجيبيني', 'أجيبينا', 'جاوبني', 'جاوبيني', 'جاوبنا', 'علمني', 'علميني', 'علمنا', 'عيط لينا', 'عيطي لينا', 'عيط لي', 'عيطي لي', 'احكينا', 'احكيني', 'قوليلي', 'قولي لي', 'قولنا', 'قوللي', 'گوليلي', 'كوليلي', 'گوليلنا', 'كوليلنا', 'گلّي', 'گولولي', 'عرفني', 'عرفيني', 'عرفنا', 'بلغني', 'بلغيني', 'بلغنا', 'كلميني', 'كلمينا'];
const contact = words(['احكيلي', 'احكيلنا', 'احكي لنا', 'كلمني', 'كلمنا', 'ابعتلي', 'ابعتلنا', 'اكتبلنا', 'اكتبيلنا', 'اكتبولنا', 'اكتبلي', 'ابعتيلنا', 'ابعتولنا', 'ابعثلنا', 'ابعثيلنا', 'ابعثولنا', 'ابعثلي', 'خبرني', 'خبرنا', 'راسلنا', 'راسلني', 'راسلينا', 'راسليني', 'تواصل', 'تواصلي', 'اتصل', 'اتصلي', 'أخبرنا', 'أخبرني', 'أخبرينا', 'أخبريني', 'أعلمنا', 'أعلمني', 'ردي', 'رد على', 'اكتب لنا', 'اكتبي لنا', 'أرسل لنا', 'أرسلي لنا', 'أرسل لي', 'أرسلي لي', 'لا تتردد', 'لا تترددي', ...spokenTellUs,
  // A reply asked for as a noun, and someone who answers («فيكفينا ردٌّ منك»، «فالاستقبال يردّ عليك»).
  'رد منك', 'ردا منك', 'يرد عليك', 'يرد عليكم', 'يرد عليكي',
  // A welcome after the condition is the door («ولو ودّك تسأل عن شي ثاني، حيّاك الله»).
  'حياك الله', 'حياكم الله', 'حياج الله', 'أهلا وسهلا', 'على الرحب والسعة']);
/** "Anything else?" asked as spoken («في إشي تاني بقدر أساعدك فيه؟»، «أكو شي ثاني أگدر أخدمج بي؟»، «واش كاين شي حاجة؟»). */
const spokenAnythingElse = words(['في إشي تاني', 'في اشي تاني', 'في شي تاني', 'في شي ثاني', 'فيه شي ثاني', 'فيه حاجة تانية', 'في حاجة تانية', 'أي إشي تاني', 'أكو شي ثاني', 'اكو شي ثاني', 'أكو شي لاخ', 'أكو شي آخر', 'كاين شي حاجة أخرى', 'كاين شي حاجة خرى', 'عندك شي ثاني', 'عندك شي تاني', 'عندك حاجة تانية', 'بغيتي شي حاجة']);
/** Ringing or calling the writer, as spoken («رنّيلي عالمكتب»، «دقّلي»، «اتصلي عليّ»): a way in, after a condition on a need. */
const ringMe = words(['ارد لي', 'رد لي', 'ردي لي', 'رد علي', 'ردي علي', 'رد علينا', 'ردي علينا', 'رنيلي', 'رنلي', 'رن لي', 'رني لي', 'رنيلنا', 'رنلنا', 'رنولي', 'رن علي', 'رني علي', 'رنوا علينا', 'دق لي', 'دقلي', 'دقيلي', 'اتصل علي', 'اتصلي علي', 'كلميني', 'كلمينا', 'اتصل بي', 'اتصلي بي', 'اتصل بنا', 'اتصلي بنا', 'اتصلوا بنا']);
/** The writers said to be on the line («فنحن على الهاتف والبريد طوال الأسبوع»): where to reach them, after a need. */
const onTheLine = words(['على الهاتف', 'على التلفون', 'على التليفون', 'على الخط', 'على الواتساب', 'على الواتس', 'على البريد', 'على الإيميل', 'على الايميل']);
/** Leave to ask given as a right («ولكِ أن تسألي عن أي بند»، «ولكم أن تتواصلوا معنا»): the door left open. */
const youMayAsk = words(['لك أن تسأل', 'لك أن تسألي', 'لكم أن تسألوا', 'لك أن تستفسر', 'لك أن تستفسري', 'لكم أن تستفسروا', 'لك أن تتواصل', 'لك أن تتواصلي', 'لكم أن تتواصلوا', 'لك أن تراسلنا', 'لك أن تراسلينا', 'لكم أن تراسلونا', 'لك أن تكتب', 'لك أن تكتبي', 'لكم أن تكتبوا', 'لك أن تتصل', 'لك أن تتصلي', 'لكم أن تتصلوا', 'لك أن ترجع', 'لك أن ترجعي', 'لكم أن ترجعوا']);
/** A check-in on what was arranged, whatever its length: «هل يناسبك هذا الموعد، أم تفضّل وقتاً آخر؟». */
const suitsYou = /^(?:و)?(?:هل\s+)?(?:ي|بي|هي|حي)ناسب(?:ك|كم|كي)(?![\u0621-\u064A])|(?:^|\s)(?:أم|ام|ولا|أو|او)\s+(?:ت|بت)(?:فضل|فضلي|فضلين|فضلون|حب|حبي|حبين)(?![\u0621-\u064A])/u;
/**
 * A check-in on whether what was done now shows or works: «هل يظهر لك التخصص الجديد بشكل صحيح؟»، «هل اشتغل معك الحين؟».
 * Only with a word of "now" or "right" after it: «هل ظهرت لك رسالة خطأ عند اختيار الموعد؟» asks about the fault.
 */
const workedForYou = pattern((p) => `(?<![${L}])[وف]?هل\\s+(?:${alternation(p, ['يظهر لك', 'تظهر لك', 'يعمل معك', 'تعمل معك', 'يعمل', 'تعمل', 'اشتغل', 'اشتغلت', 'زبط', 'زبطت', 'صار يشتغل', 'صارت تشتغل'])})(?![${L}])`);
const nowOrRight = words(['بشكل صحيح', 'بشكل سليم', 'كما يجب', 'الآن', 'الان', 'الحين', 'هلق', 'دلوقتي', 'هسه', 'توا', 'دابا']);
/** "Good like this?" asked short, as spoken («منيح هيك؟»، «تمام كده؟»، «زين كذا؟»): a check-in. */
const okThisWay = words(['منيح هيك', 'تمام هيك', 'هيك منيح', 'هيك تمام', 'مناسب هيك', 'مزبوط هيك', 'كويس كده', 'تمام كده', 'كده تمام', 'كده كويس', 'مناسب كده', 'زين كذا', 'تمام كذا', 'كذا زين', 'زين هكذا', 'مناسب لك', 'يناسبك', 'يناسبك هيك', 'يناسبك كده', 'ماشي هيك', 'ماشي كده', 'واضح هيك', 'واضح كده', 'هل هذا مناسب', 'هل يناسبك هذا', 'بيناسبك', 'بيناسبكم', 'بيناسبك هالترتيب', 'هيناسبك', 'يناسبك هالترتيب']);
/**
 * An outcome of others denied («بس الفلوس مش بترجع»، «ما بيوصل»): nothing comes back, whatever the time beside it. Only
 * verbs of coming back, arriving and being paid or fixed: «لا تقلق»، «ما تشيل هم» reassure.
 */
const othersDenied = /(?:^|\s)(?<!(?:بعد|قبل|زي|مثل|حسب|كل|متى|وين|لين|لحد|حتى|عند|على|من)\s)(?:مش|مو|مب|لن|لا|ما|مهوش|مهيش)\s+(?:ب|ح|ه)?[يت](?:رجع|رد|وصل|عود|نزل|سترد|سترجع|تحول|نصرف|صرف|نحل|تحل|تصلح|نصلح)[\u0621-\u064A]{0,4}(?![\u0621-\u064A])/u;
/** The wait or the lateness an apology is for («انتظارك ساعتين»، «رغم وصولك»، «تأخرنا»): its times are the past. */
const whatWasWaited = words(['تأخر', 'متأخر', 'متأخرا', 'وصل بعد', 'وصلت بعد', 'انتظار', 'للانتظار', 'انتظارك', 'انتظاركم', 'انتظرت', 'انتظرتي', 'انتظرتم', 'رغم وصولك', 'رغم حضورك', 'تأخرنا', 'تأخرت', 'تأخيرنا', 'استنيت', 'استنيتي', 'قعدت تستنى', 'ظليت تستنى']);
/** A present passive, vowelled («تُحجز»، «يُقبل»، «تُقدَّم»): what is done, by whoever does it. */
const presentPassive = /(?<![\u0621-\u064A\u064F])[وف]?[يت]\u064F[\u0621-\u064A]{2,6}(?![\u0621-\u064A\u064F])/u;
/** Where or by what it is done: an app, the website, a branch. */
const whereItIsDone = words(['من تطبيق', 'عبر تطبيق', 'من خلال تطبيق', 'من التطبيق', 'عبر التطبيق', 'عبر الموقع', 'من الموقع', 'من خلال الموقع', 'بالحضور إلى', 'في أي فرع', 'من أي فرع', 'لدى أي فرع', 'في أحد فروعنا', 'من أحد فروعنا']);
/** A cause given («لأن الدفعة عُلّقت ثم أُعيدت المحاولة»): what the passives after it did is the explanation, not a deed. */
const becauseOf = words(['لأن', 'لان', 'بسبب', 'نتيجة', 'لكون', 'إذ']);
/** Names that open with «ي» as a present does («يوسف»، «ياسر»): no verb of others. */
const namesInYa = /(?<![\u0621-\u064A])[وفلب]?(?:يوسف|يحيى|يحيي|يزن|يونس|ياسر|ياسمين|يعقوب|يامن|يارا|يسرى|يسرا|يمنى|يمان|يزيد|ياسين|يوسرا|يسرية)(?![\u0621-\u064A])/gu;
/** What the customer wrote, said back at the start of a sentence («وصلتنا رسالتكم بشأن …»، «قريت رسالتك عن …»). */
const saidBack = pattern((p) => `^[\\s«"]*[وف]?(?:${alternation(p, ['وصلتنا رسالتك', 'وصلتنا رسالتكم', 'وصلتني رسالتك', 'وصلني سؤالك', 'وصلتنا شكواك', 'تلقينا رسالتك', 'تلقينا رسالتكم', 'تلقينا شكواك', 'تلقينا بلاغك', 'تلقينا بلاغكم', 'استلمنا رسالتك', 'استلمنا رسالتكم', 'قريت رسالتك', 'قرأنا رسالتك', 'قرأت رسالتك', 'اطلعنا على رسالتك'])})`);
/** A new date or time given («موعدك الجديد»، «الموعد البديل»، «موعد آخر»): what comes next, in an apology too. */
const newDate = words(['الجديد', 'الجديدة', 'جديد', 'جديدة', 'البديل', 'البديلة', 'بديل', 'آخر', 'القادم', 'القادمة', 'المقبل', 'المقبلة']);
/** A sentence that opens with an apology («نعتذر عن …»، «نقدّم إليك اعتذارنا عن …»، «آسفين إن …»). */
const apologyFirst = pattern((p) => `^[\s«"(]*[وف]?(?:${alternation(p, ['نعتذر', 'أعتذر', 'نأسف', 'آسف', 'آسفين', 'آسفون', 'آسفة', 'عذرا', 'نقدم إليك اعتذارنا', 'نقدم لك اعتذارنا', 'نقدم اعتذارنا', 'أقدم لك اعتذاري', 'أقدم اعتذاري', 'نعتذروا', 'سامحنا', 'سامحينا'])})(?![${L}])`);
/** Whether the sentence names what went wrong in a relative clause and has no deed said apart («لقد»، «قمنا»، «وتم»). */
function whatWentWrong(s: string): boolean {
  return /(?:^|\s)(?:التي|الذي|اللي|اللتي|اللذي)\s/u.test(s) && !/(?:^|\s)[وف]?(?:لقد|وقد|قد|قمنا|قمت|تم)\s/u.test(s);
}
/**
 * A remedy in the past passive, as writers vowel it to be read so («استُبدل الصمّام»، «خُصمت الرسوم»، «رُدّ المبلغ»): a deed
 * done on the case. Read on the text as written with only its dammas kept (the folding strips every vowel); what others
 * did in the passive («سُلّمت الحقيبة») is news, not a deed.
 */
const vowelledPassive = /(?<![\u0621-\u064A\u064F])[وف]?(?:استُبدل|استُرد|استُرجع|خُصم|رُد|صُحح|عُدل|غُير|بُدل|حُول|فُعل|حُل|شُحن|رُفع|أُعيد|أُصلح|أُلغي|أُضيف|عُوض|أُودع|أُفرج|جُدد|مُدد|فُك|نُقل|سُدد)(?:ت|تا|وا)?(?![\u0621-\u064A\u064F])/u;
/**
 * A deed of the writers' in a doubled verb with its object after it, as written: «كلّمنا السوّاق»، «بدّلنا الشاشة»، «حوّلنا
 * المبلغ» (with no object, «كلّمنا» is as often "call us").
 */
const doubledWeDid = /(?<![\u0621-\u064A])[وف]?[\u0621-\u064A][\u064B-\u0650\u0652]?[\u0621-\u064A][\u064B-\u0650\u0652]?\u0651[\u064B-\u0650\u0652]?[\u0621-\u064A][\u064B-\u0650\u0652]?نا\s+ال[\u0621-\u064A]{2,}/u;
/** Something for the customer to send: «صورة»، «فيديو»، «رقم الطلب»، «نسخة من …». */
const sendsContent = words(['صورة', 'صور', 'فيديو', 'رقم الطلب', 'رقم الحجز', 'نسخة', 'الفاتورة', 'فاتورة', 'الإيصال', 'إيصال', 'لقطة', 'تفاصيل', 'سكرين', 'المستند', 'مستند']);
/** How such things go: «يحدث أحيانًا»، «كثيرًا ما يحصل»، «بيصير أحيانًا». */
const howThingsGoAr = pattern((p) => `(?<![${L}])[وف]?(?:${alternation(p, ['يحدث', 'تحدث', 'يحصل', 'تحصل', 'يصير', 'بيصير', 'بيحصل', 'بتحصل', 'يقع', 'تقع'])})\\s+(?:${alternation(p, ['أحيانا', 'احيانا', 'أحيانًا', 'في بعض الأحيان', 'عادة', 'غالبا', 'كثيرا'])})(?![${L}])|(?<![${L}])(?:${alternation(p, ['كثيرا ما', 'غالبا ما', 'عادة ما', 'أحيانا ما'])})\\s+[يت][${L}]{2,}`);
/** A sentence that opens on the cause: «سبب العطل …»، «والسبب أن …»، «يرجع السبب إلى …». */
const causeOpening = pattern((p) => `^\\W*[وف]?(?:${alternation(p, ['سبب', 'السبب', 'يرجع السبب', 'ويرجع السبب', 'ويعود السبب', 'يعود السبب', 'سببه', 'سببها'])})(?![${L}])`);
/** What the writers attached to this message: «ومرفقًا بهذه الرسالة»، «مرفق لك», a thing done. */
const attachedHere = pattern((p) => `(?<![${L}])[وف]?(?:${alternation(p, ['مرفقا بهذه الرسالة', 'مرفقة بهذه الرسالة', 'مرفق بهذه الرسالة', 'مرفقا مع هذه الرسالة', 'مرفق مع هذه الرسالة', 'مرفق لك', 'مرفقة لك', 'تجده مرفقا', 'تجدها مرفقة', 'تجدونه مرفقا'])})(?![${L}])`);
/** A state the case is now in: «بطاقتك أصبحت فعّالة منذ صباح اليوم»، «الحساب صار شغّال». */
const stateNow = pattern((p) => `(?<![${L}])[وف]?(?:${alternation(p, ['أصبحت', 'أصبح', 'اصبحت', 'اصبح', 'صارت', 'صار', 'باتت', 'بات'])})\\s+(?:${alternation(p, ['فعالة', 'فعال', 'فعالا', 'مفعلة', 'مفعل', 'جاهزة', 'جاهز', 'جاهزا', 'متاحة', 'متاح', 'شغالة', 'شغال', 'نشطة', 'نشط', 'سارية', 'ساري', 'مفتوحة', 'مفتوح', 'جاهزا ومرفقا', 'جاهزة ومرفقة'])})(?![${L}])`);
/** A fault said to be fixed now, in the spoken past passives («المشكل اتصلح»، «العطل تقاد»، «المشكلة انحلت»). */
const gotFixed = words(['اتصلح', 'اتصلحت', 'تصلحات', 'تقاد', 'تقادت', 'انحلت', 'اتحلت', 'تحلات', 'اتظبط', 'اتظبطت', 'اتعالج', 'اتعالجت']);
/** «تصلح» is "is suitable" too: a fixed fault only after the fault named («الخلل التقني تصلح»). */
const faultFixed = pattern((p) => `(?<![${L}])(?:${alternation(p, ['الخلل', 'العطل', 'المشكل', 'المشكلة', 'العطب'])})(?:\\s+[${L}]+)?\\s+تصلح(?![${L}])`);
/** Every such passive in a text, to be left out of the imperatives' reading. */
const vowelledPassives = new RegExp(vowelledPassive.source, 'gu');
/** "Can" denied: «ما تقدر»، «ما عم تقدر»، «مش قادر», which ask nothing. */
const cannotYou = pattern((p) => `(?<![${L}])(?:${alternation(p, ['ما', 'مش', 'مو', 'لا', 'ما عم', 'مش عم'])})\\s+(?:${alternation(p, ['تقدر', 'تقدري', 'تقدرين', 'تستطيع', 'بتقدر', 'بتقدري', 'تنجم', 'تكدر', 'تگدر'])})`);
/** Telling the writer directly, after any condition, keeps the door open: «إذا وصلك الطرد لاحقًا، أخبريني». */
const tellUs = words(['احكيلي', 'احكيلنا', 'خبرني', 'خبرنا', 'كلمني', 'كلمنا', 'اكتب لي', 'اكتبي لي', 'اكتب لنا', 'اكتبي لنا', 'رد علي', 'ردي علي',
  // To several («أعلمونا»، «اتصلوا بنا»), by phone («فاتصلي بنا»), or in the reply itself («فاطلب ذلك في ردّك»).
  'أعلمونا', 'أعلموني', 'أخبرونا', 'أخبروني', 'بلغونا', 'كلمونا', 'راسلونا', 'اتصل بنا', 'اتصلي بنا', 'اتصلوا بنا', 'في ردك', 'في ردكم', 'ردا على', 'أخبرنا', 'أخبرني', 'أخبرينا', 'أخبريني', 'أعلمنا', 'أعلمني', 'راسلنا', 'راسلني', 'راسلينا', 'راسليني', 'ردي على', 'رد على', 'أرسل لي رسالة', 'أرسلي لي رسالة', 'أرسل لنا رسالة', 'أرسلي لنا رسالة', ...spokenTellUs]);
/** The writers' own channels: «بريدنا»، «إيميلنا»، «رقمنا»، «خطنا الساخن»، «صفحتنا»، «رسائلنا الخاصة». */
const ourChannel = words(['بريدنا', 'ايميلنا', 'إيميلنا', 'رقمنا', 'خطنا', 'صفحتنا', 'رسائلنا', 'خاصنا', 'واتسابنا', 'شاتنا']);
const need = words(['نقصك', 'نقصتك', 'حبيت', 'بدك', 'تحب', 'حاب', 'حابب', 'ودك', 'تبي', 'تبغى', 'تبغي', 'تعذر', 'شئت', 'استمرت', 'استمر', 'ما زالت', 'مازالت', 'لا تزال', 'لم تحل', 'لم يحل', 'احتجت', 'تحتاج', 'أي ', 'أسئلة', 'سؤال', 'استفسار', 'مساعدة', 'مشكلة', 'عادت', 'تكررت', 'واجهت', 'لم ينجح', 'لم تنجح', 'لم يعمل', 'رغبت', 'أردت', 'محتاج', 'محتاجة', 'محتاجين', 'عايز', 'عايزة', 'بدكم',
  // Needing in the second person's other forms, and the trouble getting worse («وإن اشتدّ التسرّب قبل الثلاثاء، فاتصل …»).
  'تبا', 'تبون', 'تبغون', 'تحتاجين', 'تحتاجون', 'تحتاجي', 'احتجتي', 'احتجتو', 'اشتد', 'اشتدت', 'ازداد', 'ازدادت', 'تفاقم', 'تفاقمت', 'ساءت', 'رجعت', 'رجع', 'عاد',
  // Something that comes up or is left unclear («وإن جدّ أمرٌ»، «وإن بقي في الأمر ما يحتاج إلى توضيح»).
  'جد أمر', 'استجد', 'طرأ', 'بقي في', 'بقى في', 'يحتاج إلى توضيح', 'يحتاج توضيح',
  // No better yet («ولو ما تحسّن بعد ثلاثة أيام»).
  'ما تحسن', 'ما تحسنت', 'لم يتحسن', 'لم تتحسن', 'ما خف', 'ما خفت', 'ما زبط', 'ما ظبط']);
/** This very thread, named as where to write: «دزّها على هذا الإيميل»، «ردّ على هذه الرسالة». */
const thisThread = words(['هذا الإيميل', 'هذا الايميل', 'هذا البريد', 'هذه الرسالة', 'هالإيميل', 'هالايميل', 'هالرسالة', 'نفس الإيميل', 'نفس الايميل']);
/**
 * «عليك» after a verb that takes it, «سيرد عليك القسم المختص»: to you, not the «عليك» of an obligation; nor in sympathy,
 * a greeting or what the customer missed («يا عيني عليك»، «السلام عليك»، «وراح عليكم الشروق»).
 */
const answeringYou = pattern((p) => `(?<![${L}])[وف]?(?:${alternation(p, ['الرد', 'سيرد', 'سنرد', 'سأرد', 'يرد', 'نرد', 'أرد', 'ترد', 'سترد', 'سنعرض', 'سأعرض', 'نعرض', 'أعرض', 'يعرض', 'سيعرض', 'نسلم', 'أسلم', 'يسلم', 'نطرح', 'أطرح', 'عيني', 'الله', 'سلام', 'السلام', 'عزيز', 'عزيزة', 'غالي', 'غالية', 'صعب', 'صعبة', 'ثقيل', 'ثقيلة', 'هين', 'هينة', 'سهل', 'سهلة', 'جديد', 'جديدة', 'راح', 'فات', 'ضاع', 'طار'])})\\s+عليك`);
/** A duty put in the past («كان يجب أن»، «كان لازم»، «كان المفروض»): the words of a request that asks nothing now. */
const pastDutyWords = pattern((p) => `(?<![${L}])[وف]?(?:${alternation(p, ['كان', 'كانت', 'كنت'])})\\s+(?:من\\s+)?(?:${alternation(p, ['يجب أن', 'يجب عليك', 'لازم', 'المفروض', 'المفترض', 'ينبغي', 'عليك'])})`);
/**
 * Any verb in the present before «عليك» takes it ("on you", "to you"): «الله يسهّل عليك»، «نعرض عليك»، «يخفف عليك». The
 * «عليك» of a duty opens its clause («عليك أن …») or follows the verbs of duty, which are left out here.
 */
// Folded, «أ» is «ا»: «اللي عليك» ("what is on you", the duty) opens with the article's «ال», no verb.
const verbOnYou = pattern(() => `(?<![${L}])[وف]?(?!ال)(?!(?:يجب|يتعين|يتوجب|ينبغي|يلزم)\\s)[يتنأ][${L}]{2,6}\\s+عليك`);
/**
 * So does a verb in the past with the writer's «ـت» or «ـنا» (I, we), and the spoken «طوّل» (took long): «طوّلت عليكِ»،
 * «تأخرنا عليك»، «معلش طوّل عليكي الرد» ("we kept you waiting") say what was done to the customer and ask nothing.
 */
const pastOnYou = pattern(() => `(?<![${L}])[وف]?(?!ال)(?:[${L}]{2,5}(?:ت|نا)|طول)\\s+عليك`);
const requests = words(['يرجى', 'الرجاء', 'نرجو', 'من فضلك', 'رجاء', 'يمكنك', 'بإمكانك', 'تستطيع', 'تقدر', 'تقدري', 'تقدرين', 'تقدروا',
  // A duty put in the passive: «ويُستوجب سداد رسوم الفصل كاملة قبل استلام المفتاح».
  'يستوجب سداد', 'يتوجب سداد', 'يتعين سداد', 'يلزم سداد', 'يستوجب دفع', 'يتوجب دفع',
  // And what is needed of the customer in any verbal noun, after a purpose: «لتفعيل الخدمة يلزم إضافة الرمز».
  'يلزم إضافة', 'يلزم تقديم', 'يلزم إرسال', 'يلزم تعبئة', 'يلزم إحضار', 'يلزم إدخال', 'يلزم تحديث', 'يلزم تفعيل', 'يلزم حجز', 'يلزم إرفاق', 'يلزم توقيع', 'يلزم إعادة',
  'يتعين إضافة', 'يتعين تقديم', 'يتعين إرسال', 'يتعين تعبئة', 'يتعين إحضار', 'يتعين إدخال', 'يتعين تحديث', 'يتعين إرفاق', 'يتعين إعادة',
  // The spoken "you can": Tunisian «تنجم», Iraqi «تكدر»/«تگدر», Gulf «يمديك», Levantine «بتقدر».
  'تنجم', 'تنجمي', 'تنجمو', 'تكدر', 'تكدرين', 'تگدر', 'تگدرين', 'يمديك', 'بتقدر', 'بتقدري', 'يكفيك', 'يكفيكم', 'يكفي أن ت', 'عليك', 'يجب عليك', 'يجب أن', 'يتعين عليك', 'ما عليك سوى', 'ننصحك', 'أنصحك', 'نوصي', 'أقترح', 'نقترح',
  // The way out said as the answer: «والحل أن تولّد مفتاحًا جديدًا»، «فالحل إنك تعمل …».
  // What is missing or asked for, listed: «المستندات الناقصة في ملفكم: تقرير طبي …» asks the customer for them.
  'المستندات الناقصة', 'الأوراق الناقصة', 'الوثائق الناقصة', 'المستندات المطلوبة', 'الأوراق المطلوبة', 'الوثائق المطلوبة',
  // What is needed of the customer, said as what the writers need: «اللي بدنا إياه منك هسّا: صورة عن الهوية …»، «المطلوب منك …».
  'بدنا منك', 'بدنا إياه منك', 'اللي بدنا إياه منك', 'المطلوب منك', 'المطلوب منكم', 'نحتاجه منك', 'نحتاجه منچ', 'نحتاج منك', 'نحتاج منچ', 'نحتاج منكم', 'نبغى منك', 'نبي منك',
  // "Don't forget to …" asks for a step as any imperative does («بس لا تنسين تخلصين …»، «ما تنساش تجيب الفاتورة»).
  'لا تنسى', 'لا تنسي', 'لا تنسين', 'لا تنسوا', 'ما تنسى', 'ما تنسي', 'ما تنسين', 'ما تنساش', 'متنساش', 'ما تنسوش',
  'الحل أن ت', 'الحل هو أن ت', 'الحل إنك', 'الحل انك', 'الحل إنكم', 'الحل انكم', 'الحل إنكو', 'الحل هو إنك', 'هل يمكنك', 'هل بإمكانك', 'هل تستطيع', 'هل يمكن أن ترسل', 'لازم', 'لا بد', 'لابد']);
// An imperative anywhere after a space or a mark: a lead before it («فقط», «ثم», «بعد ذلك») needs no pattern of its own.
// In two halves: one alternation of every imperative had reached the ReDoS check's budget (test/redos.test.ts).
// With «ـلي»/«ـلنا» (to me, to us) on it too: «ابعتلي الاسم»، «اكتبلنا رقم الطلب».
const imperativeOf = (verbs: readonly string[]): RegExp => pattern((p) => `(?:^|[\\s،,:؛.\\-*•\\d)])[وف]?(?:${alternation(p, verbs)})(?:لي|لنا|لينا)?(?![${L}])`);
const half = Math.ceil(arabicImperatives.length / 2);
// The spoken imperatives the instruction reader knows («شيل», «استنى», «دخّل الكود»), in a pattern of their own.
// Leave, put, look, ask, book, take, give, said to a man or a woman: «اترك الورقة عند البوابة»، «حطّ الرقم»، «سيبي الجهاز»، «خذ
// الإيصال» (a list of its own: the instruction reader's pattern of every imperative is at the ReDoS check's budget).
const moreImperatives = ['اترك', 'ضع', 'حط', 'سيب', 'شوف', 'اسأل', 'احجز', 'خذ', 'هات', 'اشحن', 'افصل', 'اربط', 'امسح', 'اضغط', 'اسحب', 'افحص', 'انقل', 'احفظ', 'اطبع', 'ارفع', 'انزل', 'اقفل', 'اغلق', 'افتح'].flatMap((verb) => [verb, `${verb}ي`]);
// «أعِد» (do again) with what is done again, to a man or a woman: «فقط أعد ضبط شريحة الخرطوشة»، «أعيدي تثبيت التطبيق». Alone
// «أعد» is as often «أعدّ» (prepared: «أعدّ الفريق تقريرًا»), so only with the verbal noun after it.
const againImperatives = ['ضبط', 'الضبط', 'تثبيت', 'التثبيت', 'إدخال', 'إرسال', 'الاتصال', 'تسجيل', 'تحديث', 'ربط', 'شحن', 'تعبئة', 'رفع', 'فتح', 'تفعيل'].flatMap((noun) => [`أعد ${noun}`, `أعيدي ${noun}`]);
const imperatives = [imperativeOf(arabicImperatives.slice(0, half)), imperativeOf(arabicImperatives.slice(half)), imperativeOf(spokenSteps), imperativeOf(moreImperatives), imperativeOf(againImperatives)];
/**
 * An imperative said to a woman with its object on it, in any verb: «حطّيها»، «اسقيها»، «جرّبيها»، «اعطيهم» (the «ـي»
 * of "you, woman", then «ـها»، «ـهم»، «ـلو»; not «ـه», which the folded text cannot tell from the «ـية» of an adjective,
 * «الحالية»). Not a word that opens as an imperfect verb does («تعطيها»، «يعطيها»، «نعطيها»، «بيعطيها»), nor the
 * prepositions and kin words that end the same way («عليها»، «إليها»، «لديها»، «ذويهم»، «وفيها»، «وليهم»).
 */
const herImperative = pattern(
  () => `(?<![${L}])(?![وف]?(?:[يتنب]|(?:عل|ال|لد|اخ|اب|حم|ذو|ف|ل)ي(?:ها|هم|لو)(?![${L}])))[وف]?ا?[${L}]{2,4}ي(?:ها|هم|لو|لها)(?![${L}])`,
);
const imperative = { test: (text: string): boolean => imperatives.some((p) => p.test(text)) || herImperative.test(text) };
/**
 * The writers' future in «سأ» or «سن» and a verb. Folded, «سأ» reads as «سا», which also opens «سارًا» (pleasant),
 * «ساعة» (an hour), «سابقًا» (before) and «سامحنا» (forgive us): those words, whole, are left out. Shared by the
 * commitment and the writer's future, which read it the same way.
 */
// Folded, «سأ» is also the «سا» of «ساهل» (easy), «ساكن», «سالم», «ساخن», «ساعتين» (two hours), «ساتر» («يا ساتر»),
// «سامحينا» (forgive us): those words are left out. After «سن» two letters are enough: a doubled verb is written with two
// («سنرد عليك»، «سنحل المشكلة»); after «سأ» they would also be «ساحة»، «سامي», so «سأرد» is listed below. (Not the names «سناء»، «سنية», nor «سنتر».)
const writersFuture = `سأ(?!(?:ر|را|رة|عة|عات|عتين|عتان|بق|بقا|بقة|محنا|محونا|محني|محيني|محينا|مح|هل|هلة|كن|كنة|لم|لمة|خن|خنة|تر)(?![${L}]))[${L}]{3,}|سن(?!ة|وات|وي|ين|(?:اء|ية|تر)(?![${L}]))[${L}]{2,}`;
/**
 * Not after a spoken "not": «بس الرحلة ما بنرجّع فلوسها»، «وإحنا مش هنفضل نيجي كل أسبوعين» refuse. (Only before the spoken
 * futures: before «سأ»/«سن», «ما» is as often "what" («هذا ما سنقوم به»).)
 */
const spokenDenied = `(?<!(?:^|\\s)(?:ما|مش|مو|مب|مانا|ماني)\\s{1,3})`;
const commitment = pattern(
  (p) =>
    // The spoken future of the writers too: «راح نتصل فيك»، «رح أرسل لك»، «بنتصل»، «بنرسل»، and any verb with «ـك» on it («بنعوضك»: we will make it up to you; not «بناسبك», it suits you,
    // nor the thanks, wishes and apologies «بنشكرك»، «بنتمنالك»، «بنعتذرلك», nor «بنتايج» "with the results").
    `(?<![${L}])[وف]?(?:${writersFuture}|${spokenDenied}(?:(?:راح|رح)\\s+[نأا][${L}]{2,}|بن(?:تصل|رسل|رجع|تواصل|شوف|حل|تابع|بلغ|خبر)[${L}]{0,3}(?![${L}])|بن(?![اأإآ]|شكر|قدر|تمنى|عتذر|تأسف|تا?[ئي]ج)[${L}]{3,6}(?:ك|كي|كم|ج|چ)(?![${L}])|هن(?!ا|د|ي)[${L}]{3,}|غادي(?:ن|ين)?\\s+ن[${L}]{2,})|${alternation(p, ['سوف', 'دعني', 'دعنا', 'اسمح لي', 'يمكنني', 'يمكننا', 'بإمكاني', 'بإمكاننا', 'سيقوم فريق', 'سيتواصل', 'سأرد', 'سأحل', 'ستتلقى', 'ستحصل', 'ستصلك', 'سيصلك', 'سيتم', 'سنقوم', 'سأقوم', 'نود أن', 'أود أن', 'يسعدني أن أقدم', 'يسعدنا أن نقدم', 'أقدم لك', 'نقدم لك', 'أعرض عليك', 'نعرض عليك', 'نعدك', 'نعدكم', 'أعدك', 'أعدكم', 'لن يتم', 'لن تخصم', 'لن يخصم', 'بطرش', 'بطرشلك', 'برسل لك', 'برسلك', 'بكلمك', 'باتصل', 'برجع لك', 'برد عليك'])})`,
);
/** «وبنوصلها لج يوم الأحد»: the writers' spoken «بـ» future with the thing on the verb (a pattern apart: in the one above it was past the ReDoS check's budget). */
const spokenWeWill = pattern(() => `(?<![${L}])[وف]?بن(?![اأإآ])[${L}]{3,6}(?:ها|هم)(?![${L}])`);
/** The Egyptian «هـ» future of "I", on a verb of the case: «هبعتلك الفاتورة»، «هكلم قسم الشحن»، «وهرد عليك بكرة». */
const egyptianIWill = pattern((p) => `(?<![${L}])[وف]?ه(?:${alternation(p, ['بعت', 'كلم', 'رد', 'رجع', 'حول', 'تابع', 'راجع', 'تصل', 'بلغ', 'ضيف', 'غير', 'جهز', 'حجز', 'ظبط', 'عدل', 'صلح', 'بدل', 'لغي', 'رتب', 'طمنك', 'سأل', 'اسأل', 'شيك'])})[${L}]{0,4}(?![${L}])`);
/** More verbs of the writers' spoken «بـ» future, each a deed on the case: «وبنراجع الخصم خلال اليوم»، «بنرد عليك بكرة»، «بنحوّل المبلغ». */
const spokenWeWillDo = pattern((p) => `(?<![${L}])[وف]?(?:${alternation(p, ['بنراجع', 'بنرد', 'بنفحص', 'بنعالج', 'بنحول', 'بنعدل', 'بنصلح', 'بنبعت', 'بنعيد', 'بنرجعلك', 'بنعوض', 'بنلغي', 'بنغير', 'بنبدل'])})[${L}]{0,3}(?![${L}])`);
/** Whether the writers commit to something, in any of the forms above. */
/**
 * The Levantine writers' present that promises: «منحجزلك قياس 10»، «ومنتصل فيكي أول ما توصل»، «وأنا بحضّرلك الطلبية» (the
 * «منـ» of "we" and the «بـ» of "I", with the customer on the verb, or a verb of getting back in touch).
 */
const levantineWeWill = pattern(
  (p) => `(?<![${L}])[وف]?(?:(?:${alternation(p, ['منتصل', 'منحكيك', 'منرجع', 'منبعت', 'منحجز', 'منجهز', 'منحضر', 'منرتب', 'منأمن', 'منوصل', 'منصلح', 'منبدل', 'منشوف', 'منتابع'])})[${L}]{0,4}|من(?![اأإآطز]|تمن)[${L}]{3,6}(?:لك|لكي|لكن|لكم)|(?:${alternation(p, ['بحضر', 'ببعت', 'بجيب', 'بشوف', 'برتب', 'بجهز', 'بحجز', 'بتابع', 'بصلح', 'بسجل'])})(?:لك|لكي|لكن|لكم))(?![${L}])`,
);
/** Help the writers can give, offered: «بقدر ساعدك فيه»، «يمكنني مساعدتك به». */
const helpOnOffer = foldedRegex(/(?<![\u0621-\u064A])(?:بقدر|أقدر|اقدر|نقدر|بنقدر|يمكنني|يمكننا|بإمكاني|بإمكاننا|نستطيع|أستطيع)\s+(?:أن\s+)?(?:[أان]?ساعد|مساعدت|نخدم|أخدم|خدمت)/u);
/** What the writers can do, said as what they offer: «اللي نگدر نسويه: ننقل العربون …»، «ما يمكننا فعله هو …». */
const whatWeCanDo = words(['اللي نقدر نسويه', 'اللي نگدر نسويه', 'اللي نقدر نعمله', 'اللي بنقدر نعمله', 'اللي نقدر نديرو', 'اللي نجمو نعملوه', 'ما يمكننا فعله', 'ما نستطيع فعله', 'ما نستطيع تقديمه', 'ما يمكننا تقديمه', 'الذي يمكننا فعله', 'الذي نستطيع فعله']);
const commits = (text: string): boolean => commitment.test(text) || spokenWeWill.test(text) || spokenWeWillDo.test(text) || levantineWeWill.test(text) || egyptianIWill.test(text) || whatWeCanDo.test(text);
/** The Levantine "you can" before the customer's verb: «فيكي تاخدي قياس 12»، «فيك تمرق عالمحل» (not «نثق فيك تمامًا»). */
const levantineYouCan = pattern(() => `(?<![${L}])[وف]?فيك(?:ي|ن|م)?\\s+(?!تمام)ت[${L}]{2,}`);
/** A promise with nothing firm in it: «سنبذل قصارى جهدنا»، «سأحاول مساعدتك» (a commitment, but no next step); an assurance alone. */
const hollowPromise = words(['سنبذل قصارى جهدنا', 'سأبذل قصارى جهدي', 'سنبذل كل ما في وسعنا', 'سأبذل كل ما في وسعي', 'سنبذل كل جهدنا', 'سأبذل كل جهدي', 'سنبذل جهدنا', 'سنحاول مساعدتك', 'سأحاول مساعدتك', 'سنحاول قدر الإمكان', 'سنعمل جاهدين',
  // An assurance that promises nothing done: «نود أن نؤكد لك أن رضا عملائنا على رأس أولوياتنا».
  'نود أن نؤكد لك', 'نود أن نؤكد لكم', 'أود أن أؤكد لك', 'أود أن أؤكد لكم', 'نود أن نطمئنك', 'أود أن أطمئنك']);
const action = pattern(
  (p) =>
    `(?<![${L}])[وف]?(?:${alternation(p, ['لقد', 'قمت', 'قمنا', 'أرسلت', 'أرسلنا', 'نقلت', 'أبلغت', 'جربت', 'بدأت', 'تابعت', 'استبدلت', 'عالجت', 'شحنت', 'استرددت', 'استرددنا', 'أعدت', 'أعدنا', 'أصلحت', 'أصلحنا', 'ألغيت', 'ألغينا', 'أضفت', 'أضفنا', 'صعدت', 'صعدنا', 'أحلت', 'أحلنا', 'رفعت', 'رفعنا', 'راجعت', 'راجعنا', 'تحققت', 'تحققنا', 'تواصلت', 'تواصلنا', 'سجلت', 'سجلنا', 'أنشأت', 'أنشأنا', 'فعلت', 'فعلنا', 'حولت', 'حولنا', 'شحنا', 'أرفقت', 'أرفقنا', 'نعمل على', 'أعمل على', 'يعمل على', 'يعملون على', 'نحن بصدد', 'جار', 'جاري', 'يجري', 'قد تم', 'تم', 'قد تمت', 'تمت', 'شغال عليها', 'شغال عليه', 'شغالين عليها', 'شغالين عليه', 'شغال على', 'شغالين على', 'نشتغل على', 'نشتغل عليها', 'بنشتغل على', 'بنشتغل عليها', 'عم نشتغل', 'عم نعمل', 'عم يشتغلوا', 'قاعدين نشتغل', 'خدامين على', 'كنخدمو على', 'قيد المعالجة', 'قيد المراجعة', 'قيد التنفيذ', 'حجزت', 'حجزنا', 'حجزتلك', 'حجزنالك', 'نقلنا', 'نقلناه', 'نقلناها', 'حولناه', 'حولناها', 'رفعناه', 'رفعناها', 'أرسلناه', 'أرسلناها', 'صيفطت', 'صيفطنا', 'صيفطتلك', 'صيفطنالك', 'بعتنا', 'بعتنالك', 'بعتلك', 'طرشت', 'طرشنا', 'طرشتلك', 'طرشنالك'])})(?![${L}])` +
    // The spoken past with the customer joined to it, any verb: «رجعتلك المبلغ»، «بعتلك الفاتورة»، «حولتلك»، «سويتلك طلب»
    // (not «تلك» after a preposition: «بتلك»، «لتلك»; nor what happened to the customer, said in the feminine: «صارتلك»،
    // «جاتلك»، «وصلتلك»، «حصلتلك», or after the thing it happened to: «إنو السيارة رجعتلك من الصيانة»).
    `|(?<![${L}]|(?:^|\\s)ال[${L}]+\\s+)[وف]?(?![وف]?[بلك]تلك|(?:${alternation(p, ['وصل', 'حصل', 'ظهر', 'طلع', 'بان', 'جرى', 'صار', 'جا', 'كان'])})تل)[${L}]{2,6}(?<!ا)تل(?:ك|كم|كي)(?![${L}])`,
);
/**
 * A sentence opened by the writers' own past deed, in any verb: «أصدرنا الاسترداد اليوم»، «حذفنا التقييمات المخالفة»،
 * «على أي حال، أصدرنا …». The perfect's «ـنا» is the writers' alone; nouns that take «ـنا» (our team, our policy) and
 * the imperfect with «ـنا» as its object («يسعدنا»), a verb with «ـنا» as its object after «ـت» («وصلتنا رسالتك»; which
 * also leaves out the rare perfect of a root ending in «ت», «أثبتنا»), an imperative with it («أخبرنا»، «زودنا»: those
 * sentences ask, and are steps or invitations), «حسنًا», what the writers perceived («لاحظنا أن …») or felt («قلبنا انقبض»), "forgive us" («سمحيلنا»), and what they said
 * before («كما ذكرنا») are left out. («ـت» is left to the list above: it is also «you».)
 */
const weDid = pattern(
  (p) =>
    `^[\\s\\-*•\\d.)]*(?:(?:${alternation(p, ['على أي حال', 'وفي الوقت نفسه', 'في الوقت نفسه', 'أخبار جيدة', 'أخبار سارة', 'بالفعل', 'للتو', 'اليوم', 'أمس', 'ثم', 'كما', 'أيضا', 'ومع ذلك', 'مع ذلك', 'مع هيك', 'ومع هيك', 'رغم ذلك', 'ورغم ذلك', 'مع كده', 'ومع كده'])})[\\s،,:]*){0,2}(?:لقد\\s+|قد\\s+)?(?![وف]?(?:${alternation(p, ['سامحينا', 'سامحنا', 'سامحونا', 'قرينا', 'قرأنا', 'اطلعنا', 'وقفنا', 'تعرفنا', 'ربنا', 'إلهنا', 'نبينا', 'شفنا', 'سمعنا', 'فريقنا', 'سياستنا', 'موقعنا', 'متجرنا', 'نظامنا', 'خدمتنا', 'شركتنا', 'مركزنا', 'تطبيقنا', 'منتجنا', 'قسمنا', 'هدفنا', 'عملاؤنا', 'لدينا', 'عندنا', 'علينا', 'إلينا', 'معنا', 'لنا', 'منا', 'عنا', 'هنا', 'إننا', 'لأننا', 'أننا', 'لكننا', 'بإمكاننا', 'أحيانا', 'حالنا', 'رأينا', 'لاحظنا', 'علمنا', 'سمعنا', 'فهمنا', 'شعرنا', 'سعدنا', 'تلقينا', 'استلمنا', 'وصلنا', 'لسنا', 'كنا', 'لعلنا', 'إنا', 'حسنا', 'جميعنا', 'كلنا', 'موظفونا', 'تسعدنا', 'ذكرنا', 'أشرنا', 'أوضحنا', 'إحنا', 'احنا', 'نحنا', 'حنا', 'سامحنا', 'سمحلنا', 'سمحلينا', 'سمحيلينا', 'سمحولينا', 'اعذرنا', 'عذرنا', 'نتمنالك', 'نتمنالكم', 'بنتمنالك', 'بنتمنالكم', 'بتمنالك', 'زعلنا', 'حزنا', 'تأسفنا', 'انزعجنا', 'تضايقنا', 'استأنا', 'انصدمنا', 'تفاجأنا', 'فرحنا', 'انبسطنا', 'حسينا', 'احسينا', 'أحسسنا', 'تفهمنا', 'لمسنا', 'تأثرنا', 'استغربنا', 'قدرنا', 'قلبنا', 'قلوبنا', 'سمحيلنا', 'سمحولنا', 'سامحيلنا', 'اسمحلنا', 'اسمحيلنا', 'اسمحولنا'])})(?:ك|كي|كم|ه|ها|هم)?(?![${L}]))(?![وف]?ي)[وف]?[${L}]{2,6}(?<!ت)نا(?:ها|ه|هم|ك|كي|كم|لك|لكي|لكم|ليك)?(?![${L}])`,
);
/** No word yet of when: «ولا تتوفر لدينا معلومات عن موعد عودة الخدمة»، «ما عندنا أي تاريخ». */
const noWordOfTime = pattern(() => `(?<![${L}])[وف]?(?:لا|ما|مش|ليس)\\s+(?:(?:تتوفر|يتوفر|لدينا|عندنا|نملك|فيه|في)\\s+){1,2}(?:أي\\s+)?(?:معلومات|معلومة|موعد|تاريخ|وقت)(?![${L}])`);
const nextInfo = words([
  'من المتوقع', 'يستغرق', 'تستغرق', 'عادة', 'الخطوة التالية', 'الخطوات التالية', 'موعد', 'المقال', 'الدليل المرفق', 'دليل الاستخدام', 'دليل المستخدم', 'في الدليل', 'الرابط', 'صفحة المساعدة', 'على الرقم', 'الرقم', 'متاح من', 'متاحة من',
  // On its way to the customer, in MSA and as spoken («بالطريق إليك»، «في السكة»).
  'في الطريق إليك', 'في طريقه إليك', 'في طريقها إليك', 'في الطريق لك', 'في طريقه لك', 'في طريقها لك', 'بالطريق إليك', 'بالطريق لك', 'بالطريق لعندك', 'في السكة',
]);
/** «موعد» and its forms («موعدها»، «الموعد»، «وموعده»), whatever is attached to it. */
const appointment = pattern(() => `(?<![${L}])[وفب]?(?:ال)?موعد[${L}]{0,3}(?![${L}])`);
/** A date that was due and is past («والتي كان موعد تسليمها المقرر في الربع الأول»): no word of what comes next. */
const pastDate = words(['كان موعد', 'كان الموعد', 'كان موعدها', 'كان موعده', 'كان من المقرر', 'كان من المفترض', 'كان المفروض']);
/** Where a time word ends: its dual («يومين»، «أسبوعين») or nothing more: «الغدة» (the gland) is no «الغد». */
const timeEnd = `(?:ين|ان|ا|يا)?(?![${L}])`;
// With the Egyptian «النهارده» (today).
const times = words(['اليوم', 'نهارده', 'نهاردة', 'غدا', 'الغد', 'صباح الغد', 'مساء الغد', 'بكرة', 'بكره', 'بكرا', 'غدوة', 'غدوا', 'باجر', 'باچر', 'الليلة', 'الأسبوع القادم', 'الأسبوع المقبل', 'خلال', 'بحلول', 'يوم', 'أيام', 'ساعة', 'ساعات', 'دقيقة', 'دقائق', 'أسبوع', 'أسابيع', 'شهر', 'فورا', 'حالا', 'على الفور', 'الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'], timeEnd);
/** A time on the clock: «7:40»، «٩:٣٠». */
const clock = /(?<![0-9٠-٩:.])[0-9٠-٩]{1,2}:[0-9٠-٩]{2}(?![0-9٠-٩:])/u;
/** A date with its month («27 مايو»، «٣ أيار»، «15 جوان»): as firm a time as «غدًا». */
const months = ['يناير', 'فبراير', 'مارس', 'أبريل', 'إبريل', 'مايو', 'يونيو', 'يونيه', 'يوليو', 'يوليه', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر', 'كانون الثاني', 'كانون الأول', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'جانفي', 'فيفري', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت'];
const firmDate = pattern((p) => `(?<![0-9٠-٩])[0-9٠-٩]{1,2}\\s*(?:${alternation(p, months)})(?![${L}])`);
const hardTime = words(['اليوم', 'نهارده', 'نهاردة', 'غدا', 'الغد', 'صباح الغد', 'مساء الغد', 'بكرة', 'بكره', 'بكرا', 'غدوة', 'غدوا', 'باجر', 'باچر', 'الليلة', 'فورا', 'حالا', 'على الفور', 'خلال', 'بحلول', 'الأسبوع القادم', 'الأسبوع المقبل', 'الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'], timeEnd);
const refusal = words(['لا يمكنني', 'لا يمكننا', 'لا نستطيع', 'لا أستطيع', 'لا يمكن', 'غير ممكن', 'مستحيل', 'غير متاح', 'غير متاحة', 'لسنا قادرين', 'لست قادرا', 'لا نقدم', 'لا ندعم', 'لن نتمكن', 'لن أتمكن', 'ليس بإمكاننا', 'ليس بإمكاني', 'نرفض', 'تم رفض', 'لا يحق',
  // Spoken: «مش هنقدر نلغي العملية»، «ما راح نقدر»، «منقدرش» (not «ما نقدر» alone: «كل ما نقدر عليه» promises).
  'مش هنقدر', 'مش حنقدر', 'ما راح نقدر', 'ما رح نقدر', 'منقدرش', 'ما نقدرش', 'ما نقدروش', 'منقدروش', 'ما بنقدر', 'مش بنقدر', 'ما نجموش', 'يتعذر علينا',
  // The formal no: «نعتذر عن عدم إمكانية استبدال المنتج».
  'عدم إمكانية', 'عدم امكانية']);
// «مخالفة» is a rule broken only with what it breaks or a verdict on it («مخالفة للشروط»، «يعتبر مخالفة»): bare, it is the
// customer's traffic fine as often («المخالفة بتنشال من ملفك»).
const rule = words(['قريت الشروط', 'قرأت الشروط', 'قريتي الشروط', 'منصوص عليه', 'منصوص عليها', 'ينص صراحة', 'تنص صراحة', 'التي وافقت عليها', 'التي وافقتم عليها', 'اللي وافقت عليها', 'السياسة ديالنا', 'مخالف للشروط', 'مخالفة للشروط', 'مخالف لشروط', 'مخالفة لشروط', 'مخالفة لسياسة', 'مخالف لسياسة', 'مخالفة للسياسة', 'مخالفة للقواعد', 'مخالفة لقواعد', 'مخالف للقواعد', 'مخالفة للقوانين', 'مخالفة لقوانين', 'مخالفة للأنظمة', 'مخالفة صريحة', 'يعتبر مخالفة', 'يعد مخالفة', 'تعتبر مخالفة', 'تعد مخالفة', 'يشكل مخالفة', 'تشكل مخالفة', 'يخالف', 'ممنوع', 'يمنع', 'يحظر', 'محظور', 'سيترتب عليه', 'يترتب عليه', 'سيترتب عليها', 'يترتب عليها', 'حسب سياستنا', 'وفقا لسياستنا', 'سياستنا لا', 'سيتم إيقاف', 'سيتم حظر', 'سيتم تعليق', 'سيتم إغلاق حسابك', 'إيقاف حسابك', 'حظر حسابك', 'تعليق حسابك', 'تقييد حسابك', 'تجميد حسابك', 'اقرأ القواعد', 'اقرأ الشروط']);
/** Words that apologise, in MSA and as spoken («بنعتذر»، «حقك علينا»، «سمح لينا»): shared with the checklist. */
export const arabicApologies = ['آسف', 'آسفة', 'آسفون', 'أعتذر', 'نعتذر', 'بنعتذر', 'بعتذر', 'منعتذر', 'متأسف', 'نتأسف', 'نتأسفلك', 'مكسوفين', 'مكسوفة', 'سامحينا', 'سامحيني', 'سامحني', 'من المؤسف', 'مؤسف', 'حقك علينا', 'سامحنا', 'سامحونا', 'سمح لينا', 'سمحي لينا', 'سمحو لينا', 'سمحيلنا', 'سمحلنا', 'سمحلينا', 'سمحيلينا', 'سمحولينا', 'اعذرنا', 'اعذرني', 'اعتذار', 'اعتذاري', 'اعتذارنا', 'نأسف', 'يؤسفني', 'يؤسفنا', 'المعذرة', 'عذرا',
  // The spoken "sorry" of the Nile valley and the Levant («معليش شديد على التحويل المحجوز»، «معلش على التأخير»).
  'معليش', 'معلش',
  // The Maghrebi and Libyan "we apologise" with its plural ending («كنعتذرو ليك»، «نعتذروا منك»).
  'كنعتذرو', 'كنعتذر', 'نعتذرو', 'نعتذروا', 'نعتذرلك', 'بنعتذرلك',
  // The Gulf "forgive us" («السموحة منكم»، «السموحه»).
  'السموحة', 'السموحه', 'السموح منك'];
/** Words of sympathy and understanding, in MSA and as spoken («فاهمين»، «مقدرين»): shared with the checklist. */
export const arabicSympathy = [
  'لسماع', 'لمعرفة', 'أتفهم', 'نتفهم', 'أفهم', 'نفهم', 'فاهمين', 'فاهمك', 'حاسين', 'حاسس', 'مقدرين', 'متفهمين', 'كنتفهم', 'أدرك', 'ندرك', 'محبط', 'محبطا', 'مزعج', 'مزعجا', 'مخيب', 'مرهق', 'أقدر شعورك', 'نقدر شعورك',
  // The customer's feeling named («نقدّر انزعاجك»، «نعي جيدًا ما يعنيه هذا لك»), their right to it («معك حق تكون معصّب»،
  // «عندك حق تتضايق»), the writer feeling it too («إحنا زعلانين زيك»), and the spoken words of sympathy («يا عيني عليك»،
  // «الله يعينك»، «حاجة تقهر»). (The words match as prefixes: «نعي» alone would be the start of «نعيد», «أعي» of «أعيدي».)
  // Iraqi and Levantine: «والله ضاج خلقي وياج»، «أدري شگد كنتي مرتّبة»، «بعرف قدّيش».
  'ضاج خلقي', 'ضايج', 'ضايجة', 'ضايق خلقي', 'يحز بخاطري', 'يحز في نفسي', 'أدري شگد', 'أدري شكد', 'بعرف قديش', 'أعرف قديش', 'عارف قد إيه', 'عارفة قد إيه',
  'انزعاجك', 'استياءك', 'استيائك', 'إحباطك', 'قلقك', 'غضبك', 'ضيقك', 'زعلك', 'معاناتك', 'نعي جيدا', 'نعي تماما', 'نعي ما', 'أعي جيدا', 'أعي تماما', 'أعي ما', 'معك حق', 'معاك حق', 'عندك حق', 'حقك تزعل', 'حقك تتضايق',
  // «والله إنها تنرفز»، «وأي أحد بمكانك بيتضايق»، «وجعتلنا قلبنا»، «أدري شكد يحرگ الگلب» (Iraqi)، «نعرفو بلي … يفقّص» (Algerian).
  // "We know how much …" in the dialects' words for it («نعرف كم كنتي متحمسة»، «عارفين قد إيه»، «ندري شقد»), and "what a pity"
  // («والله خسارة»، «حرام»).
  'نعرف كم', 'أعرف كم', 'ندري كم', 'أدري كم', 'نعرف كيف', 'نعرف قد إيه', 'عارفين قد إيه', 'نعرف شقد', 'ندري شقد', 'نعرف قداش', 'نعرفو قداش', 'نعرف شحال', 'خسارة', 'يا حرام',
  'تنرفز', 'يتضايق', 'بيتضايق', 'وجعتلنا', 'يحرق القلب', 'يحرگ', 'أدري شكد', 'نعرف قديش', 'منعرف قديش', 'نعرف أد إيه', 'عارفين أد إيه', 'نعرفو بلي', 'يفقص',
  'زعلانين', 'زعلان', 'متضايقين', 'نشعر بك', 'نحس فيك', 'حاسين فيك', 'يا عيني عليك', 'الله يعينك', 'يا ريت ما', 'ياريت ما', 'بعرف قديش', 'بعرف أديش', 'بعرف قد إيه', 'بعرف أد إيه', 'الله يكون بعونك', 'كان الله في عونك', 'سلامتك', 'تقهر', 'مقهور', 'مزعجة', 'محبطة', 'مرهقة', 'مش شي بسيط', 'ليس بالأمر السهل', 'مش سهل',
  // Saddened with the customer, and what happened named as not good enough («يحزننا أن …»، «خيبة أملك»، «ما يرضيناش»).
  'يحزننا', 'يحزنني', 'أحزننا', 'أحزنني', 'خيبة أملك', 'ما يرضينا', 'ما يرضيناش', 'لا يرضينا', 'مش عاجبنا',
  // The customer said to be right, and no one wanting what happened to them («والله حقك عيني»، «ماكو أحد يحب يوصل …»).
  // Saddened by it, said as spoken («والله زعلنا كتير إنه …»، «حزنّا لما صار»، «قلبنا انقبض»), and what happened called not right
  // («مش حلو أبدًا اللي صار»).
  'زعلنا', 'حزنا', 'تأثرنا', 'قلبنا انقبض', 'انقبض قلبنا', 'قلبنا معك', 'قلبنا معاك', 'مش حلو اللي صار', 'مش حلو أبدا اللي صار',
  'حقك عيني', 'والله حقك', 'معك حق', 'معاك حق', 'عندك حق', 'الحق معك', 'الحق معاك', 'ماكو أحد يحب', 'ماكو واحد يحب', 'محد يحب', 'ما حدا بيحب', 'ما حدا بحب', 'محدش بيحب', 'محدش يحب', 'ما أحد يحب', 'لا أحد يحب',
];
const apology = words(arabicApologies);
const empathy = words(arabicSympathy);
const genericApology = pattern(
  (p) => `(?<![${L}])[وف]?(?:${alternation(p, ['نعتذر', 'أعتذر', 'نأسف', 'آسف', 'آسفون', 'عذرا'])})\\s+(?:(?:جدا|كثيرا|بشدة)\\s+)?(?:عن|على|لل|ل)\\s*(?:أي\\s+|كل\\s+)?(?:ال)?(?:${alternation(p, ['إزعاج', 'ازعاج', 'إزعاج', 'مشكلة', 'مشكلات', 'مشاكل', 'تأخير', 'خلل', 'التباس', 'إحراج', 'متاعب'])})[${L}]*\\s*(?:[.!،,؛]|$|قد\\s|الذي|التي)`,
);
/**
 * The spoken «نقدر»/«أقدر» of "can" («ما نقدر نناقش تفاصيل حسابك هنا»، «أقدر أساعدك»): before a verb, or after a spoken
 * "not", it is no «نقدّر» of thanks ("we appreciate").
 */
const weCanVerb = foldedRegex(/(?<![\u0621-\u064A])(?:(?:ما|مش|مو|ما راح|مانا)\s+)?[نأ]قدر(?=\s+[نأي][\u0621-\u064A]{2,})|(?<![\u0621-\u064A])(?:ما|مش|مو)\s+[نأ]قدر(?![\u0621-\u064A])/u);
const thanks = words(['تشكري', 'تشكر', 'شكرا', 'شكر', 'نشكر', 'أشكر', 'نقدر', 'أقدر', 'ممتن', 'ممتنون', 'نثمن', 'أثمن', 'بالشكر', 'الشكر']);
const pleasantry = words(['يوما سعيدا', 'يوم سعيد', 'نتمنى لك', 'أتمنى لك', 'أتمنى أن يكون', 'نتمنى أن يكون', 'بالتوفيق', 'مبروك', 'أهلا بك في', 'مرحبا بك في', 'يسعدنا سماع', 'سعداء', 'رائع']);
// «قد» with its space: as a prefix it is also «قدّام» (in front of), «قدر», «قديم».
const hedge = words(['من المتوقع', 'عادة', 'بالعادة', 'عالعادة', 'بالغالب', 'غالبا', 'قد ', 'ربما', 'يفترض', 'من المفروض', 'المفروض', 'نتوقع', 'أتوقع', 'تقريبا', 'حوالي', 'نأمل', 'نحاول', 'في العادة', 'من المفترض', 'يجب أن يصل', 'عادة ما', 'في أغلب الأحيان',
  // "Most likely": «على الأرجح»، «في الغالب»، «على الأغلب».
  'على الأرجح', 'في الأرجح', 'من المرجح', 'على الأغلب', 'في الأغلب', 'في الغالب']);
// And spoken: «دي ما فيها كلام» (no two ways about it), «ولا سنت»/«ولا هللة» (not a cent less), «مهما تغيّر السعر», «من غير ولا
// دقيقة تأخير».
// «من غير أي تفتيش»، «بدون أي تأخير»: "without any …" rules every exception out.
const certaintyPhrases = ['نضمنو', 'كنضمنو', 'من غير أي', 'بدون أي', 'دون أي', 'بلا أي', 'ما فيها كلام', 'ما فيه كلام', 'ولا سنت', 'ولا هللة', 'ولا قرش', 'ولا فلس', 'مهما تغير', 'من غير ولا دقيقة', 'بدون ولا دقيقة', 'ولا دقيقة تأخير', 'من غير أي تأخير', 'بدون أي تأخير', 'دون أي تأخير', 'دون تأخير', 'بدون تأخير', 'أكيد', 'مية بالمية', 'مئة بالمئة', '100%', '١٠٠٪', '100٪', '١٠٠%', 'وعد منا', 'وعد مني', 'بالضبط', 'بالتحديد', 'نضمن', 'أضمن', 'مضمون', 'مضمونة', 'بالتأكيد', 'بكل تأكيد', 'أؤكد لك', 'نؤكد لك', 'أعدك', 'نعدك', 'حتما', 'قطعا', 'دون شك', 'بلا شك', 'بدون شك', 'مؤكد', 'لن يتكرر', 'لن يحدث مرة أخرى', 'لن يحدث ذلك مجددا', 'بالظبط',
  // To the minute, and whatever happens: «بالدقيقة»، «مهما كانت الزحمة».
  'بالدقيقة', 'بالثانية', 'مهما كانت', 'مهما كان', 'مهما صار', 'مهما حصل',
  // At the latest, whoever does it: «خلال 48 ساعة على أبعد تقدير، أيًّا كان البنك».
  'على أبعد تقدير', 'كحد أقصى', 'أيا كان',
  // Spoken certainty: «وخذها مني كلمة»، «كلمة وحدة»، «مجرّب وما يخيب»، «والموعد هذا ما يتزحزحش»، «ودي حاجة اتحسمت»، «بلا تأخير».
  // «قولًا واحدًا» (one word, no two), and not a minute late («وما رح يتأخروا ولا دقيقة»).
  'قولا واحدا', 'ولا دقيقة', 'ضمان مني', 'ضمانة مني', 'ما راح يصير أي تأخير', 'ما رح يصير أي تأخير', 'لن يحدث أي تأخير', 'لن يكون هناك أي تأخير', 'مش هيحصل أي تأخير', 'ما في أي تأخير',
  'بلا تأخير', 'من غير تأخير', 'خذها مني كلمة', 'خدها مني كلمة', 'خذها مني', 'خدها مني', 'كلمة وحدة', 'كلمة واحدة', 'ما يخيب', 'ما بيخيب', 'لا يخيب', 'ما يخيبش',
  'ما يتزحزح', 'ما يتزحزحش', 'ما بيتزحزح', 'ما بيتزحزحش', 'لا يتزحزح', 'محسوم', 'محسومة', 'اتحسمت', 'انحسمت', 'اتحسم', 'انحسم', 'لا محالة', 'يقينا', 'من غير شك', 'على ضمانتي', 'على مسؤوليتي',
  // The matter said closed: «هذي مسألة منتهية»، «أمر مفروغ منه».
  'مسألة منتهية', 'مسألة منتهيه', 'أمر منتهي', 'مفروغ منه', 'مفروغ منها',
  // No doubt, sworn, or vouched for: «ولا شك في أنها ستوافق»، «دون أدنى شك»، «ما فيهاش حتى شك»، «ووالله العظيم إنهم
  // بيوصلونج»، «أنا ضامنهالك»، «من غير ولا يوم تأخير».
  'لا شك', 'دون أدنى شك', 'بدون أدنى شك', 'بلا أدنى شك', 'ما فيها شك', 'ما فيهاش شك', 'ما فيهاش حتى شك', 'ما فيه شك', 'مافيه شك', 'ما فيش شك', 'والله العظيم', 'أقسم لك', 'أحلف لك',
  'ضامنها', 'ضامنهالك', 'ضامنهلك', 'ضامنه لك', 'ضامنها لك', 'أنا ضامن', 'أنا ضامنة', 'من غير ولا يوم', 'بدون ولا يوم', 'ولا يوم تأخير',
  // No chance it goes otherwise, and "consider it done": «مفيش أي احتمال يتأخر»، «ولا مجال لرفضها»، «اعتبره حصل خلاص».
  'مفيش أي احتمال', 'مافي أي احتمال', 'ما في أي احتمال', 'ما فيه أي احتمال', 'لا يوجد أي احتمال', 'ولا أي احتمال', 'لا مجال لرفض', 'لا مجال للرفض', 'لا مجال للتأخير', 'لا مجال لتأخير',
  'اعتبره حصل', 'اعتبريه حصل', 'اعتبرها حصلت', 'اعتبره تم', 'اعتبريه تم', 'اعتبره خلص', 'اعتبره منتهي', 'مستحيل يتأخر', 'مستحيل تتأخر', 'ولا لحظة تأخير'];
const certainty = words(certaintyPhrases);
/** A booking, an appointment or an order: what «مؤكد» after it says is confirmed. */
const booked = /(?:حجز|موعد|طلب|مقعد|غرف|تذكر|اشتراك|تسجيل)/u;
/** «مؤكد» (or «مؤكدة») as the state of a booking named in the 60 characters before it, at the end of its clause. */
function confirmedBooking(text: string, start: number, end: number): boolean {
  return /^[وف]?مؤك[\u064B-\u0652]?د[\u064B-\u0652]*(?:ة|ه)?$/u.test(text.slice(start, end).replace(/\u0640/gu, '')) && booked.test(text.slice(Math.max(0, start - 60), start)) && /^[\u064B-\u0652]*\s*(?:[،,.!؛]|و|$)/u.test(text.slice(end));
}
/** The same phrases with the conjunction before them apart: a marker's span starts at «أكيد», not at «وأكيد». */
const certaintyAfterAnd = arabicRegex((p: Phrase) => `(?<![${L}])([وف]?)(?:ال)?(?:${alternation(p, certaintyPhrases)})`);
const writerFuture = pattern((p) => `(?<![${L}])[وف]?(?:${writersFuture}|${alternation(p, ['سوف أ', 'سوف ن', 'دعني', 'دعنا'])})`);
// The spoken futures too: «راح يجيك»، «رح يوصل» (Levantine, Gulf) and «بتوصل»، «هيوصل» (the «بـ»/«هـ» of what is to come,
// read only on verbs of arriving and getting done, since «بيت» is a house).
const thirdFuture = pattern(
  (p) =>
    // «ست» + a verb is "she/you will" («ستسلمك»، «ستُحل»، «ستستلم»); «ستة»، «ستين»، «ستون»، «ستار» are numbers and a curtain.
    // (A vowel may stand on the prefix's letter: «ستُستأنف الحركة خلال ساعة».)
    // Verbs of two letters after «سي» are named: «سيصل»، «سيرد» (not «سيدة»، «سيرة»).
    `(?<![${L}])[وف]?(?:سي\u064F?(?!ارة|اسة)[${L}]{3,}|سيتم|سيصل|سيرد|ستصل|ستكون|ست\u064F?(?!ة(?![${L}])|ين(?![${L}])|ون(?![${L}])|ار|ائر|وديو)[${L}]{2,}|${alternation(p, ['سوف ي', 'سوف ت'])}|(?:راح|رح|غادي|غادية|غاديين|با|لاه|لاهي)\\s+[يت][${L}]{2,}|[بهح][يت](?:وصل|صل|رجع|نحل|تحول|نزل|ودع|تم|خلص|كون|غطي|عوض|وافق|سلم|تحرك|طلع|جيب|شيل|صدق|قبل)[${L}]{0,3}(?![${L}]))`,
);
/** What others deliver: orders, shipments, refunds, replies, calls, fixes (shared with no-overpromise). */
// After «لـ» or «بـ» too: «لمحفظتك»، «بحسابك».
export const deliveryWords = prefixedWords([
  'بتوصل', 'بيوصل', 'هتوصل', 'هيوصل', 'حتوصل', 'حيوصل', 'حتصل', 'حيصل', 'يوصلك', 'توصلك', 'مندوب', 'المندوب', 'الحوالة', 'حوالة', 'إيداع', 'الإيداع', 'الفني', 'البطاقة الجديدة', 'طلب', 'طلبك', 'شحن', 'الشحنة', 'طرد', 'استرداد', 'المبلغ', 'تسليم', 'وصول', 'يصل', 'تصل', 'سيصل', 'ستصل', 'سيصلك', 'ستصلك', 'ستتلقى', 'رد', 'الرد', 'سيرد', 'يرد',
  'سيتصل', 'يتصل', 'اتصال', 'مكالمة', 'التحديث', 'الإصلاح', 'إصلاح', 'بإصلاح', 'حل', 'بحل',
  // Delivered by someone else («سيوصلها الكابتن»), approved by someone else («ستتم الموافقة على مطالبتك»), fitted by a
  // partner («يركّب لك المركز»), money landing in the account («الفلوس هتنزل في حسابك»).
  'سيوصل', 'سيوصلها', 'سيوصله', 'سيوصلك', 'يوصلها', 'يوصله', 'توصيل', 'التوصيل', 'الموافقة', 'موافقة', 'اعتماد', 'قبول', 'تركيب', 'يركب', 'سيركب', 'حسابك', 'حسابك البنكي', 'في حساب', 'بحساب', 'الفلوس', 'فلوسك',
  // Coins showing in a wallet, visas issued, money collected from an agent («ستظهر العملات في محفظتك»، «ستصدر التأشيرتان»،
  // «بتقبضها من مكتب الوكيل»).
  // A service restored by others («سيعود التيار إلى منطقتكم غدًا»، «ترجع الخدمة الساعة ٦»).
  'سيعود التيار', 'ستعود الخدمة', 'سيعود الإنترنت', 'ستعود المياه', 'ترجع الخدمة', 'يرجع التيار', 'ترجع الكهرباء', 'ستعود الكهرباء',
  'الشبكة هترجع', 'الشبكة حترجع', 'الخدمة هترجع', 'الخدمة حترجع', 'النت هيرجع', 'النت حيرجع', 'الخط هيرجع', 'الكهرباء هترجع', 'التيار هيرجع',
  'محفظتك', 'ستظهر', 'سيظهر', 'ستصدر', 'سيصدر', 'التأشيرة', 'التأشيرتان', 'التأشيرات', 'بتقبض', 'بتقبضها', 'بيوصلها', 'هيتوافق',
  // A hold released back to the balance, a fine taken off a record («سيُفرج عنه ويعود إلى رصيدك»، «المخالفة بتنشال من ملفك»).
  'رصيدك', 'سيفرج', 'يفرج', 'الإفراج', 'بتنشال', 'هتتشال', 'حتنشال', 'ستلغى', 'سيلغى', 'ستزال', 'سيزال', 'ستحذف', 'سيحذف',
  // Whatever stopped starting again, with its time («ستستأنف الحركة خلال ساعة»). (Not «سينتهي»: «جواز سفرك سينتهي قبل
  // موعد الاختبار» is a date the customer's own papers keep.)
  'ستستأنف', 'سيستأنف', 'تستأنف', 'يستأنف', 'استئناف', 'ستعود', 'سيعود', 'ستعاود', 'سيعاود',
  // The next departure, as a new time is in English («القطار التالي سينطلق في تمام 7:40»، «ستقلع الرحلة البديلة الساعة 9»).
  'سينطلق', 'ستنطلق', 'سيغادر', 'ستغادر', 'سيقلع', 'ستقلع', 'الرحلة البديلة', 'القطار التالي', 'الحافلة التالية', 'الرحلة التالية',
]);
/**
 * Spoken Arabic often gives what comes next in the plain present, with no «سـ» or «راح»: «الخط يرجع باجر الصبح»، «الفني
 * يوصلك الخميس». A verb in «يـ» (he, it) beside a firm time says when; «يمكن»، «يجب»، «يرجى»، «يبدو» and the months and
 * days that open with «يـ» are not such verbs.
 */
const presentOfOthers = pattern(() => `(?<![${L}])[وف]?ي(?!وم|ناير|ونيو|وليو|ونيه|وليه|مكن|جب|رجي|بدو|سعد|سر|شرف|وجد|تم|عني|ا(?![${L}]))[${L}]{3,}`);
const url = /https?:\/\/\S+|\bwww\.\S+/;
const phone = /(?:\+?\d[\d\s-]{7,}\d)/;

/** Where a pattern matches; a first group, when the pattern has one, is a conjunction left out of the span. */
function spans(regex: RegExp, source: ReturnType<typeof arabicSource>, offset: number): Span[] {
  const found: Span[] = [];
  const global = new RegExp(regex.source, `${regex.flags.replace('g', '')}g`);
  for (const m of source.text.matchAll(global)) {
    if (m[0] === '') break;
    const from = m.index + (m[1]?.length ?? 0);
    found.push({ start: offset + source.start(from), end: offset + source.end(m.index + m[0].length) });
  }
  return found;
}

/** A time said of a window already over: after «آخر» and its number, or before «الماضية»، «الأخيرة»، «اللي فاتت». */
function windowPast(before: string, after: string): boolean {
  return /(?:^|[\s،,])(?:آخر|اخر)\s+(?:[0-9٠-٩]+\s+)?$/u.test(before) || /^\s*(?:الماضية|الماضي|الأخيرة|الاخيرة|الفائتة|الفائت|السابقة|اللي فاتت|اللي فات)(?![\u0621-\u064A])/u.test(after);
}
/** How sure a sentence or a clause is: conditional, negated, hedged, past (a deed with no promise beside it), or certain. */
function modalityOf(text: string, conditional: boolean, past: boolean): Modality {
  if (conditional) return 'conditional';
  // «من غير» and «بغير» are "without", not a denial of what the clause says; nor is «غير» before a definite adjective
  // («التحويلات غير المكتملة», the incomplete transfers).
  if (/(?<![\u0621-\u064A])(?:لا|لن|لم|ليس)(?![\u0621-\u064A])|(?<![\u0621-\u064A])(?<!(?:من|ب)\s)غير(?![\u0621-\u064A])(?!\s+ال)/u.test(text)) return 'negated';
  if (hedge.test(text)) return 'hedged';
  return past && !commits(text) ? 'past' : 'certain';
}

/**
 * The spoken «بـ»/«هـ»/«حـ» future of others in any verb («والبلدية بتطرّش لك الشهادة بنفس اليوم أكيد»، «بتلغيها الهيئة خلال
 * 24 ساعة أكيد»), where `thirdFuture` knows only the verbs of arriving and getting done: read as a future only beside a
 * firm time and a word of certainty, since «بتاريخ»، «بيت» and «بتحب» open the same way.
 */
const spokenThird = pattern(() => `(?<![${L}])[وف]?[بهح][يت](?!اريخ|وقيت|اع|وع|ين|يان|يع)[${L}]{3,}`);
// The bare present of others too (the Gulf «وأكيد يوصلك بكرة قبل الظهر»), with the same word of certainty and firm time.
// And the participle of arriving, with them («والمبلغ عائدٌ إلى بطاقتك خلال 48 ساعة على أبعد تقدير»).
const arrivingParticiple = pattern(() => `(?<![${L}])[وف]?(?:عائد|عائدة|واصل|واصلة|راجع|راجعة|نازل|نازلة)(?![${L}])`);
const othersWill = (text: string): boolean =>
  thirdFuture.test(text) || ((spokenThird.test(text) || presentOfOthers.test(text) || arrivingParticiple.test(text)) && certainty.test(text) && (hardTime.test(text) || firmDate.test(text)));

/** "If you need / want / have anything (else)", opening inside a sentence: «إذا تبي شي ثاني»، «لو في أي حاجة»، «إذا احتجت أي شيء». */
const anythingElseIf = arabicRegex((p) => `(?<=\\s)[وف]?(?:${alternation(p, ['إذا', 'اذا', 'لو', 'وإذا', 'ولو'])})\\s+(?:${alternation(p, ['تبي', 'تبين', 'تبغى', 'تحتاج', 'تحتاجي', 'تحتاجين', 'احتجت', 'احتجتي', 'في', 'فيه', 'فيش', 'عندك', 'عندكم', 'بدك', 'بدكم', 'حابب', 'حابة', 'محتاج', 'محتاجة', 'لزمك', 'كان في'])})\\s+(?:${alternation(p, ['شي', 'شيء', 'إشي', 'اشي', 'أي', 'اي', 'حاجة', 'حاجه', 'حاجات'])})(?![${L}])`, 'gu');
/** A clause that opens with "if you need anything (else)". */
const doorOpens = new RegExp(`^\\s*${anythingElseIf.source.replace('(?<=\\s)', '')}`, 'u');
/** Where a clause opens with «و» and a future: «تم إرسال الحوالة وبتوصل …»، «قمت بإلغاء الخصم، وسيتم إيداع …». */
// And where «و» opens on the thing that will come, then its future («كلّمنا شركة الشحن والأوردر هيوصلك بكرة»): the
// deed before it is the writers', the arrival after it is not. A template's placeholder may follow the thing («والأوردر
// [رقم الطلب] هيوصلك»).
const andFuture = new RegExp(`(?<=\\s)[وف](?=(?:ال[${L}]{2,}\\s+(?:[[{][^\\]}\\n]{1,30}[\\]}]\\s+)?)?${thirdFuture.source.replace(/^\(\?<!\[[^\]]*\]\)\[وف\]\?/u, '')})`, 'gu');

/**
 * The clauses of a sentence: its parts between commas, and a part that «و» opens with a future. One clause (the
 * sentence's own reading) when it has no such parts; each part read on its own words otherwise, so a deed done and an
 * outcome promised in one sentence are told apart.
 */
function clausesOf(s: string, source: ReturnType<typeof arabicSource>, offset: number, whole: Clause): Clause[] {
  const cuts = new Set<number>();
  // A comma, or an emoji that stands between two statements («تم تسجيل طلب الاسترجاع ✅ المندوب راح يجيك …»).
  // Not the comma inside a number («6,240 ريالًا»).
  for (const m of s.matchAll(/[،؛]|(?<![0-9٠-٩]),|,(?![0-9٠-٩])|\p{Extended_Pictographic}/gu)) cuts.add(m.index + m[0].length);
  andFuture.lastIndex = 0;
  for (const m of s.matchAll(andFuture)) cuts.add(m.index);
  // "If you need anything else" said on after a statement with no stop before it («وأكيد بتوصلك بكرة الصبح إذا تبي شي
  // ثاني أنا موجودة»): the condition is the door's, which follows it, not one on what came before.
  for (const m of s.matchAll(anythingElseIf)) cuts.add(m.index);
  const bounds = [0, ...[...cuts].filter((c) => c > 0 && c < s.length).sort((a, b) => a - b), s.length];
  if (bounds.length === 2) return [whole];
  const clauses: Clause[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const part = s.slice(bounds[i], bounds[i + 1]);
    // A part with no words («، ١٠٠٪.») belongs to the clause before it: a marker of certainty said after the promise.
    if (!/[\u0621-\u064A]/u.test(part)) {
      const previous = clauses.at(-1);
      if (previous) previous.end = offset + source.end(bounds[i + 1]!);
      continue;
    }
    // The door's own condition bears on the door alone, not on a promise said before it in the sentence.
    const conditional = condition.test(part) && !doorOpens.test(part);
    const past = action.test(part) || weDid.test(part);
    const writerWill = writerFuture.test(part) && !/(?<![\u0621-\u064A])[وف]?سيتم(?![\u0621-\u064A])/u.test(part);
    const outcome = othersWill(part) && !writerWill;
    const modality = modalityOf(part, conditional, past);
    clauses.push({
      start: offset + source.start(bounds[i]!),
      end: offset + source.end(bounds[i + 1]!),
      // A clause that opens on a noun of its own («والمبلغ في حسابك قبل نهاية الأسبوع») tells of that thing, not of the
      // writers the sentence opened on.
      agent: outcome ? 'third' : writerWill || past ? 'writer' : nominalOpening.test(part) ? 'third' : whole.agent,
      modality,
      condition: conditional,
      future: writerWill || othersWill(part),
      outcome,
    });
  }
  return clauses.length > 0 ? clauses : [whole];
}

/**
 * A purpose or a «let's» that opens the steps below it, ended by a colon: «لإعادة تعيين كلمة المرور:»، «لنُعِد ضبط كلمة
 * المرور معًا:». Read on the folded text, in code (a single pattern for it was too ambiguous for the ReDoS check); words
 * that open with «ل» and are not a purpose («للأسف»، «لذلك»، «لكن»، «لقد») are left out.
 */
const notPurpose = new Set(['للاسف', 'لذلك', 'لذا', 'لكن', 'لقد', 'لم', 'لا', 'لدي', 'لدينا', 'لديك', 'لك', 'لكم', 'لي', 'لنا', 'لان', 'لهذا', 'لو', 'لما']);
function stepsLeadIn(s: string): boolean {
  const t = s.trimEnd();
  if (!t.endsWith(':') || t.length > 100 || /[.!?؟]/u.test(t)) return false;
  const first = /^[\s\-*•\d.)]*([\u0621-\u064A]+)/u.exec(t)?.[1] ?? '';
  return first.length >= 4 && first.startsWith('ل') && !notPurpose.has(first);
}

/**
 * One of the company's own people opening a clause with a deed in the past: «الفني فحص السيارة أمس»، «المندوب وصل
 * الفرع». Not a present or a future («الفني يفحص»، «المندوب راح يجيك»), a participle («الفني متاح»), or a denial.
 */
const staffDid = pattern(
  () =>
    `^[وف]?(?:ال(?:فني|فنيون|فنيين|مهندس|موظف|مندوب|طبيب|طبيبة|فريق|مشرف|مدير|مختبر|محامي)|فريقنا|فنينا|مندوبنا|زميلي|زميلتي|زملائي)\\s+(?!(?:ال|راح|رح|غادي|با|لاه|سوف|قد|لم|لن|ما|لا|مش|مو|هو|كان|جاهز|جاهزة|جاهزين|حاضر|حاضرين|موجود|غائب|بعيد|قريب|عنده|عندهم)(?![${L}]))(?![يتنبمس])[${L}]{3,4}(?:ت|وا)?(?![${L}])`,
);
/** «تم رفض طلبك»: the no itself, which is no deed that moves the case. */
const refusedDone = /(?<![\u0621-\u064A])[وف]?(?:قد\s+)?تم\s+رفض/gu;

/** «في موعدها» (on time, as due): an idiom of what happened, not a date to come. */
const onTime = /(?<![\u0621-\u064A])[وف]?في\s+موعد(?:ه|ها|هم)(?![\u0621-\u064A])/gu;
/** An appointment called off («وبالآخر ينلغى الموعد»، «تم إلغاء موعدك»): what happened, not a date to come. */
const cancelledDate = foldedRegex(/(?:ينلغى|انلغى|اتلغى|انلغا|اتلغا|ألغي|إلغاء)\s+(?:ال)?موعد[\u0621-\u064A]*/gu);
/** An exclamation opening a sentence: «يا ساتر»، «معقول»، «سبحان الله»، «يا الله». */
const exclaims = pattern((p) => `^[\\s@\\w]*?(?:${alternation(p, ['يا ساتر', 'يا الله', 'يا إلهي', 'يا رب', 'يا لطيف', 'معقول', 'سبحان الله', 'لا حول', 'يا حرام', 'يا خسارة', 'ياه'])})(?![${L}])`);
/** "How are you?" in the varieties' words («كيف حالك؟»، «كيفنّك؟»، «شلونك؟»، «إزيك؟»، «عامل إيه؟»): a courtesy, asking nothing of the case. */
const howAreYou = pattern((p) => `^[\\s@\\w]*?(?:${alternation(p, ['كيف حالك', 'كيف الحال', 'كيفك', 'كيفنك', 'كيفكم', 'شلونك', 'شلونكم', 'إزيك', 'ازيك', 'إزيكم', 'عامل إيه', 'عاملة إيه', 'أخبارك', 'اخبارك', 'لاباس عليك', 'كي راك', 'واش راك'])})(?![${L}])`);
/**
 * An offer asked: "would you like us to …?" in the varieties' words of wishing, with the writers' verb after it («هل
 * تودّين أن نجهّز لكِ كعكة بديلة؟»، «تحب أبعتلك الرابط؟»، «بدك نكلمك؟»). The guideline's check-in: the door left open.
 */
const offerAsked = pattern(
  (p) => `(?<![${L}])[وف]?(?:${alternation(p, ['تود', 'تودين', 'تودي', 'ترغب', 'ترغبين', 'تحب', 'تحبي', 'تحبين', 'بتحب', 'بتحبي', 'تبغى', 'تبغي', 'تبي', 'تبين', 'حاب', 'حابة', 'حابب', 'بدك', 'تريد', 'تريدين', 'عايز', 'عايزة', 'تحبذ', 'تفضل', 'تفضلين', 'تفضلون', 'تفضلي'])})\\s+(?:(?:أن|ان)\\s+)?[نأ][${L}]{2,}`,
);
/** The writers waiting for the customer's word («فنحن بانتظار ملاحظتك»، «ننتظر أخبارك»، «منستنى ردّك»): the door held open. */
const waitingForYou = pattern(
  (p) => `(?<![${L}])[وف]?(?:${alternation(p, ['بانتظار', 'في انتظار', 'ننتظر', 'نستنى', 'منستنى', 'نستناو', 'نستنو', 'نستناوا', 'نترقب', 'نتطلع إلى', 'نتطلع ل'])})\\s+(?:(?:في|على)\\s+)?[${L}]{2,}(?:ك|كم|كي)(?![${L}])`,
);
/** "Else", "other" in an offer of more help: «أمر آخر»، «حاجة تانية»، «شي تاني». */
const anythingElse = words(['آخر', 'أخرى', 'تاني', 'تانية', 'ثاني', 'غير كده', 'غير هيك', 'غير هذا']);
/**
 * "Anything else?" in any words: a thing and an "else" after it («تبي شي ثاني؟»، «تحتاج أي خدمة أخرى؟»، «أقدر أساعدك
 * بشي تاني؟»), asked in a short question: the door held open, not a question that moves the case.
 */
const thingElse = words(['شي', 'شيء', 'إشي', 'اشي', 'حاجة', 'حاجه', 'خدمة', 'خدمه', 'أمر', 'استفسار', 'سؤال', 'طلب'], `\\s+(?:${['تاني', 'تانية', 'تانيه', 'ثاني', 'ثانية', 'ثانيه', 'آخر', 'أخرى', 'اخر', 'اخرى', 'ثاني بعد', 'غيره', 'غيرها'].join('|')})(?![${L}])`);
// Read in the question's last eight words: a chat run on without stops ends on it («… خصوصًا ان الطلب كان للعشا أي خدمة
// ثانية أقدر أساعدك فيها؟»).
const askedAnythingElse = (s: string): boolean => thingElse.test(s.split(/\s+/u).filter(Boolean).slice(-8).join(' '));
/** "Did it work?" opening a question, in MSA and as spoken («ها، نفعت معاكي؟»، «زبطت معك؟»، «اشتغل؟»): a check-in. */
const didItWork = pattern(
  (p) => `^[\\s@\\w]*?(?:ها[،,]?\\s*)?(?:هل\\s+)?(?:${alternation(p, ['نفعت', 'نفع', 'زبطت', 'زبط', 'ظبطت', 'ضبطت', 'اشتغلت', 'اشتغل', 'نجحت', 'انحلت', 'اتحلت', 'تحلت', 'اتصلحت', 'مشي الحال', 'مشيت الأمور'])})(?![${L}])`,
);
/** A clause opening on a definite noun, with «و»/«ف» or not: «والمبلغ …»، «ومبلغ التحمّل …» is read by the caller's agent. */
const nominalOpening = /^[\s،,]*[وف]?(?:ال[\u0621-\u064A]{2,}|مبلغ|قيمة|رصيد|طلبك|طلبكم|شحنتك|الطرد)(?![\u0621-\u064A])/u;
/**
 * Blame asked back: what the customer should have read or received («ألم يرد في …»، «ما وصلكيش …»). The reader reads no
 * question that moves the case in them; no-negative-phrasing reports them.
 */
export const blameAskedPhrases = ['ألم يرد في', 'ألم يذكر في', 'ألم تقرأ', 'الم تقرأ', 'مش قريت', 'مش قريتي', 'مقريتش', 'مقريتيش', 'ألم تنتبه', 'ألم تصلك', 'ألم يصلك', 'أما قرأت', 'ما وصلكيش', 'ما وصلكش', 'موصلكيش', 'موصلكش', 'ما قريتش', 'ما قريتيش', 'ما شفتش', 'ما شفتيش'];
const blameAskedWords = words(blameAskedPhrases);
/** Reads one Arabic sentence. */
export function readArabic(input: SentenceInput): Reading {
  const { text, offset, isQuestion, region } = input;
  const source = arabicSource(text);
  const s = source.text;
  const acts = new Set<Act>();
  if (region === 'greeting') acts.add('greeting');
  if (region === 'signOff') acts.add('sign-off');
  if (region === 'body' && greeting.test(s) && s.split(/\s+/).length <= 6) acts.add('greeting');

  const conditional = condition.test(s) || (ifWithIn.test(s) && answerWithFa.test(s));
  // A number or an address to use if the need arises is the door as much as a verb of contact («وإن جدّ أمرٌ قبل اتصالي،
  // فالاستقبال يردّ عليك على 0114 555 2030»).
  // So is this very thread named as where to write, whatever the condition («إذا عندك صور للسيارة، دزّها على هذا الإيميل»),
  // and a number to call («وإن تسرّب الماء قبل ذلك، فاتصل بالرقم 0790000000»).
  // And the writers' own channel named as where the need is met («وإن راودك سؤال …، فبريدنا هذا يتّسع لكل أسئلتك»).
  const conditionalContact = conditional && ((need.test(s) && (contact.test(s) || ringMe.test(s) || offers(s) || reachable.test(s) || onTheLine.test(s) || ourChannel.test(s) || phone.test(text) || url.test(text))) || tellUs.test(s) || thisThread.test(s) || (contact.test(s) && phone.test(text)));
  const openDoor = doorOpen.test(s);
  const offer = isQuestion && offerAsked.test(s);
  const opened = doorShut.test(s) ? s.replace(doorShut, ' ') : s;
  // «لا تتردد في حذف الرسالة القديمة»: free to do something else, not to write back.
  const asked = freeToDoElse.test(opened) ? opened.replace(freeToDoElse, ' ') : opened;
  const listed = invitation.test(asked) || openDoor || waitingForYou.test(s) || youMayAsk.test(s) || (isQuestion && (checkIn.test(s) || offer || didItWork.test(s) || spokenAnythingElse.test(s) || askedAnythingElse(s) || (okThisWay.test(s) && s.split(/\s+/u).length <= 4) || suitsYou.test(s) || (workedForYou.test(s) && nowOrRight.test(s)))) || conditionalContact;
  if (listed || opensTheDoor(asked, conditional)) acts.add('invitation');
  // «كان يجب أن يُقدَّم الطلب قبل سبعة أيام»: what should have been done is no step asked now.
  // «أُلغي الموعد» (was cancelled), vowelled as a passive, is no «ألغي» (cancel, to a woman): such words are left out of
  // the imperatives' reading.
  // The text as written with only its dammas kept, for the passives read by their vowel (the folded text has none).
  const dammasOnly = text.replace(/[\u064B-\u064E\u0650-\u0652]/gu, '');
  const unvowelledPassives = /\u064F/u.test(text) ? arabicSource(dammasOnly.replace(vowelledPassives, ' ')).text : s;
  // «وهيّ ما عم تقدر تتحرّك» (she can't move) asks nothing of the customer.
  const request = requests.test(s.replace(answeringYou, ' ').replace(verbOnYou, ' ').replace(pastOnYou, ' ').replace(pastDutyWords, ' ').replace(cannotYou, ' ')) || levantineYouCan.test(s) || (!isQuestion && (imperative.test(unvowelledPassives) || doubledImperativeIn(text) || feminineImperativeIn(text))) || stepsLeadIn(s);
  // The door read from the verb's form leaves the sentence's step as it was: «راسلنا على الخاص» still moves the case.
  // (A step said with the spoken "you can", «تقدرين تشوفينها من التطبيق»، stays a step beside the door, as «يمكنك» does.)
  // (The door read from the verb's form too: «وكل ما احتجت شي، ابعتلنا» opens the door and asks nothing more; «ابعتلي فيديو»
  // asks for something to send, a step.)
  if (request && !((listed || (acts.has('invitation') && !sendsContent.test(s))) && !/يرجى|الرجاء|من فضلك|هل يمكنك|يمكنك|تقدرين|تقدري|تقدرون|تقدر (?=\p{L})|بتقدر|تقدرو/u.test(s.replace(invitation, '')) && !imperative.test(s.replace(contact, '').replace(invitation, '')))) acts.add('step');
  // «لا يمكننا … لكن يسعدني أن أقدم لك …»: what follows «لكن» is an offer.
  const afterBut = s.split(/(?:^|\s)و?لكن\s/u).at(-1) ?? s;
  // «هل هناك أي شيء آخر يمكنني مساعدتك فيه؟»: an offer of more help, asked, promises nothing.
  // So is help offered inside the door's condition: «إذا في شي تاني بقدر ساعدك فيه خبّرني».
  const onlyTheDoor = (isQuestion || conditional) && acts.has('invitation') && (isQuestion || helpOnOffer.test(s));
  // Read once: the commitment, the time refused and the refusal below all ask.
  const refuses = refusal.test(s);
  const timed = hardTime.test(s);
  if (!onlyTheDoor && commits(s) && (!refuses || (afterBut !== s && commits(afterBut) && !refusal.test(afterBut)))) acts.add('commitment');
  // «أخبرنا …»، «زودنا برقم الطلب»: an imperative with «ـنا» as its object asks; it reports nothing done.
  // «البسكلات متاع ولدك صلّحناها: بدّلنا الفرانات، ركّبنا سلسلة جديدة»: a deed may open any of the sentence's clauses.
  const past =
    action.test(s.replace(refusedDone, ' ')) ||
    (region === 'body' && !acts.has('step') && !acts.has('invitation') && s.split(/[،,:؛]/u).some((part) => weDid.test(part.trimStart()) || staffDid.test(part.trimStart())));
  // «نعتذر عن الرسالة التي وصلتك وسجّلت الجلسة …»: a verb in a relative clause of what an apology is for is what went
  // wrong («سجّلت» is the message's, not the writer's).
  const deedInWhatWentWrong = past && apologyFirst.test(s) && whatWentWrong(s);
  // «استُبدل الصمّام صباح اليوم»، «خُصمت الرسوم من الفاتورة»: a past passive, vowelled as such, is a deed done on the case.
  if ((past && !deedInWhatWentWrong) || (region === 'body' && !isQuestion && vowelledPassive.test(dammasOnly) && !acts.has('step') && !becauseOf.test(s)) || (region === 'body' && !isQuestion && (doubledWeDid.test(text) || stateNow.test(s) || attachedHere.test(s) || gotFixed.test(s) || faultFixed.test(s)))) acts.add('action');
  // And a time on the clock, «في تمام 7:40»، «٩:٣٠».
  const timeSpans = (clock.test(s) ? [...spans(times, source, offset), ...spans(clock, source, offset)].sort((a, b) => a.start - b.start) : spans(times, source, offset)).filter(
    // «فواتير آخر 12 شهرًا»، «خلال الأيام الماضية»: a window that is over, no time to come.
    (t) => !windowPast(text.slice(Math.max(0, t.start - offset - 12), t.start - offset), text.slice(t.end - offset, t.end - offset + 14)),
  );
  const contacts = [...(url.test(text) ? [{ start: offset + text.search(url), end: offset + text.length }] : []), ...(phone.test(text) ? [{ start: offset, end: offset + text.length }] : [])];
  // (A no before «بس»/«لكن» leaves the time after it to the way forward: «المبلغ ما بيرجع، بس بنحوله رصيد خلال سنة».)
  const lastTurn = s.split(/(?:^|\s)[وف]?(?:لكن|بس|بل)\s/u).at(-1) ?? s;
  // (Not in what the customer wrote, said back: «وصلتنا رسالتكم بشأن خصم الوجبة يوم الثلاثاء …».)
  const comesBack = timed && presentOfOthers.test(s.replace(namesInYa, ' ')) && !pastDate.test(s) && modalityOf(s, false, false) !== 'negated' && !othersDenied.test(lastTurn) && !saidBack.test(s);
  // «عادةً» sets an expectation only with a time («يصل عادةً خلال ثلاثة أيام»); without one it explains how things are
  // («والاحمرار عادةً يجي من احتكاك الطوق»).
  const dated = s.replace(onTime, ' ').replace(cancelledDate, ' ');
  const nextByWords = nextInfo.test(timeSpans.length === 0 ? dated.replace(usually, ' ') : dated) && !pastDate.test(s);
  // «موعد» alone names a date without giving one («قبل موعد التسليم بيوم»، «موعدها مع الطبيب قريب»): in what an apology or
  // sympathy is for, it says why the delay hurts, not what comes next.
  // A date it gives is what comes next («وموعدك الجديد يوم الأحد»).
  // (In an apology for a wait, a time beside «موعدك» is when it went wrong too: «رغم وصولك قبل موعدك بربع ساعة»; a new
  // date is not.)
  const sympathy = empathy.test(s);
  const nextByAppointmentOnly = nextByWords && (!timed || ((apology.test(s) || sympathy) && !newDate.test(s) && whatWasWaited.test(s))) && !nextInfo.test(s.replace(onTime, ' ').replace(cancelledDate, ' ').replace(appointment, ' '));
  // «وتُحجز المواعيد من تطبيق «فحص» أو بالحضور إلى أي فرع»: how it is done, said in the present passive, with where.
  const howItIsDone = presentPassive.test(dammasOnly) && whereItIsDone.test(s);
  // How such things go, or what caused this one, tells nothing of what comes next: «هذا الخصم المزدوج يحدث أحيانًا حين …»،
  // «سبب العطل انقطاع التيار مساء الخميس».
  const explains = contacts.length === 0 && (howThingsGoAr.test(s) || causeOpening.test(s));
  // A time refused, with none given: «لذلك لا يمكننا تحديد موعد للتركيب» says when nothing will happen.
  const timeRefused = (refuses || noWordOfTime.test(s)) && !timed && timeSpans.length === 0;
  if (!explains && ((nextByWords && !timeRefused) || howItIsDone || (contacts.length > 0 && !acts.has('step')) || (timeSpans.length > 0 && thirdFuture.test(s) && deliveryWords.test(s) && !othersDenied.test(lastTurn)) || comesBack)) acts.add('next-info');
  if (refuses) acts.add('refusal');
  if (rule.test(s)) acts.add('rule');
  const apologises = apology.test(s) && !/(?:اسف|اسفون|اسفة)\s+(?:جدا\s+)?لسماع/.test(s);
  if (apologises) acts.add('apology');
  if (sympathy) acts.add('empathy');
  // «نعتذروا منك على تصرّف العامل اليوم»: a time in what an apology or sympathy is for says when it went wrong, not what
  // comes next (a word of what comes next, a way to reach someone or a future still is).
  if ((apologises || sympathy) && acts.has('next-info') && contacts.length === 0 && !thirdFuture.test(s) && !writerFuture.test(s) && (!nextByWords || nextByAppointmentOnly)) {
    acts.delete('next-info');
  }
  // «ونحن رهن إشارتكم في أي وقت على الرقم المطبوع خلف بطاقتكم»: where to reach the writers, named in an offer of more
  // help, is the door left open, not what comes next (a number or a link given still is).
  if (acts.has('invitation') && !acts.has('step') && !acts.has('commitment') && acts.has('next-info') && contacts.length === 0 && !timed && !thirdFuture.test(s) && !writerFuture.test(s)) acts.delete('next-info');
  if (thanks.test(s.replace(weCanVerb, ' '))) acts.add('thanks');
  // «يا ساتر، مخالفة 100 ريال وأنت ما تأخرت إلا دقيقتين؟»: opened by an exclamation, the question echoes the customer's
  // complaint and asks nothing of them.
  // An offer of something in particular, asked («تحب أحجزلك على رحلة 9:15؟»), moves the case as a question does; one of
  // "anything else" («هل تودّ أن أساعدك في أمر آخر؟») only leaves the door open.
  const particularOffer = offer && !anythingElse.test(s);
  // «قد قريت الشروط قبل ما تحوّل؟»: a rule asked at the customer is a lecture, no question that moves the case.
  const courtesy = isQuestion && howAreYou.test(s);
  // «هو حضرتك ما وصلكيش الميساج؟»، «ألم يرد في رسالة التأكيد …؟»: blame asked, which moves nothing (no-negative-phrasing reports it).
  if (isQuestion && ((!acts.has('step') && !acts.has('invitation')) || particularOffer) && !acts.has('rule') && !exclaims.test(s) && !courtesy && !blameAskedWords.test(s)) acts.add('question');
  if (courtesy) acts.add('other');
  if (pleasantry.test(s)) acts.add('other');
  if (acts.size === 0) acts.add(/[\u0621-\u064Aa-z]/i.test(s) ? 'news' : 'other');

  // The particular offer is first a question that moves the case, and also the door it leaves open.
  const primary = particularOffer ? 'question' : primaryAct(acts);
  const modality = modalityOf(s, conditional, past);
  const future = writerFuture.test(s) || thirdFuture.test(s);
  const thirdOutcome = othersWill(s) || /ستتلقى|ستحصل|ستصلك|ستسترد/.test(s);
  const agent: Agent = ['greeting', 'sign-off', 'thanks', 'empathy', 'other'].includes(primary)
    ? 'none'
    : primary === 'step' || primary === 'invitation' || primary === 'question' || primary === 'rule'
      ? 'customer'
      : thirdOutcome && !writerFuture.test(s)
        ? 'third'
        : 'writer';
  const clause: Clause = { start: offset, end: offset + text.length, agent, modality, condition: conditional, future, outcome: thirdOutcome && !writerFuture.test(s) };
  const clauses = clausesOf(s, source, offset, clause);
  const specific = apologises && !genericApology.test(s);
  const hard = [...spans(hardTime, source, offset), ...spans(firmDate, source, offset)].sort((a, b) => a.start - b.start);
  // «سنبذل قصارى جهدنا لمساعدتك»: the promise with no time, place or other promise beside it.
  const hollow = acts.has('commitment') && hollowPromise.test(s) && timeSpans.length === 0 && contacts.length === 0 && !commits(s.replace(hollowPromise, ' '));
  return {
    ...(hollow ? { hollow } : {}),
    acts: [primary, ...[...acts].filter((a) => a !== primary)],
    agent,
    modality,
    specific,
    clauses,
    times: hard.length > 0 ? hard : timeSpans,
    // («حجزك في الجناح من 14 إلى 17 أبريل مؤكد»: a booking said to be confirmed is its state, not a word sworn on what is to come.)
    certainty: spans(certaintyAfterAnd, source, offset).filter((span) => !confirmedBooking(text, span.start - offset, span.end - offset)),
    contacts,
  };
}

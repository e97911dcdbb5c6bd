/**
 * The Arabic half of no-unclear-instructions: steps minimised («فقط تحقق من
 * إعداداتك»), steps assumed («بالطريقة المعتادة»), vague words inside an
 * instruction («ذلك الخيار»، «في مكان ما»), and too many steps in one
 * sentence, with Arabic messages.
 */
import { arabicHits, arabicSource, arabicTable, arabicTables, foldArabic, foldedRegex, inArabicCondition } from '../arabic.js';
import type { ReplyContext, Sentence } from '../context.js';
import { isArabicInstruction, opensWithDoubledImperative, startsArabicStep } from '../instructions-ar.js';
import { numberedList, withoutFinalStops } from '../instructions.js';
import type { Report } from '../types.js';
import { unclearNote as arabicNote } from './notes-ar.js';
import { modelOf } from '../model/reply-model.js';


interface Entry {
  phrase: string;
  message: string;
  /** Reported only when an imperative follows and the rest of the sentence names nothing exact. */
  whenVague?: boolean;
  /** Reported only when nothing exact is named before it in the sentence («من هناك» after «الإعدادات» points somewhere). */
  pointsBack?: boolean;
  /** An instruction by itself, whatever the sentence opens with. */
  instructs?: boolean;
  /** Reported only at the start of the sentence, before its step («بس» elsewhere is also "but"). */
  opensStep?: boolean;
  /** Left alone where it opens the sentence: «متل ما قلنالك بالرد الماضي، لازم تحدّث التطبيق» restates the step after it (a lecture, no-negative-phrasing's). */
  unlessOpening?: boolean;
  /** Reported only beside a thing on the screen, the word after it («ذاك الزر») or before it («الخيار إياه»), which the report takes in. */
  pointer?: 'next' | 'previous';
  /** With `pointer`: beside any thing with its article («المرسى المعتاد»), not only one on a screen. */
  anyThing?: boolean;
  /** With `pointer`: beside any thing with its article but a time («داك الورق»، «الشي ذاك»; not «ذاك اليوم»). */
  anyThingButTime?: boolean;
  /** Left alone when the sentence says how to reach whoever it names (a number, a link, an address). */
  unlessReachable?: boolean;
  /** Left alone before a verb of saying or showing («الشي اللي قلنا عليه»): the table of what was said before reports it. */
  unlessSaidAfter?: boolean;
  /** Left alone after a verb of running as normal: «بقية الأقسام تعمل كالمعتاد» says how things run, not how to do a step. */
  unlessRunning?: boolean;
  /** Reported in any sentence: the steps called easy («مجرد نقرة واحدة») are no instruction, but make light of one. */
  claim?: boolean;
}

const minimised = '«{actual}» يهوّن من خطوة قد لا يعرف العميل كيف يقوم بها؛ قل بالضبط أين وكيف';
const light = '«{actual}» يوحي للعميل بأن الخطوة لا شيء، فإن وجدها صعبة شعر بأنه المقصّر؛ الخطوة واضحة من دونها';
/** Minimising words that stand alone before the verb, which a rewrite can drop and leave the step as it was. */
const droppable = new Set(['فقط', 'ببساطة', 'بس']);
/** A purpose set off by a colon before the first step: «لإلغاء التجديد التلقائي: افتح التطبيق». */
const arabicPurposeLead = /^((?:ل|من أجل |لكي |حتى )[^:،]{1,80}):\s+(\S.*)$/u;
const assumed = '«{actual}» يفترض أن العميل يعرف الخطوات؛ اكتبها له';
const vague = '«{actual}» غامض داخل التعليمات؛ سمِّ الصفحة أو الزر أو الإعداد بالضبط';
const nobody = '«{actual}» لا يقول مَن ولا كيف؛ سمِّ الفريق وكيف يصل إليه العميل';
const easy = '«{actual}» يهوّن من الخطوات؛ اذكرها أو اذكر أين يجدها العميل';

/**
 * What an instruction points at on a screen or a device, with its article («الزر»، «للقائمة»، «العلبة»): a pointer to one
 * of these with nothing named is vague.
 */
// With «ع» too, the spoken «على ال» («عالصفحة هديك»).
const screenThing = foldedRegex(/^(?:[لبع]?ال|لل)(?:خيار|زر|زرار|صفحة|قائمة|إعداد|إعدادات|شاشة|رابط|قسم|تبويب|خانة|حقل|مكان|ملف|أيقونة|نافذة|خاصية|ميزة|رسالة|إيميل|ايميل|بريد|استمارة|نموذج|فورم|ورقة|طريقة|علبة|مفتاح|صندوق|لوحة|جهاز|سلك|قطعة|حتة|بلاصة|حاجات|أشياء|ضوء|ضو|ضوة|لمبة|دگمة|دكمة|برغي|مسمار|غطاء|غطا|فتحة|منفذ|مدخل|كابل|كبل|شريحة|مقبس|بريزة|فيشة)$/u);
/** Demonstratives that point away («ذلك»، «تلك»، and the spoken «ذاك»، «هذاك»، «ذيك»، «داك»): «هذا الرابط» points within the reply. */
// With «ل» or «ب» on it too: «دخلي لداك الخيار»، «اضغط بتلك الأيقونة».
// And the Algerian «هاذيك»، «هاذاك», the Iraqi «ذيچ»، «ذاك».
const pointingAway = ['ذلك', 'ذاك', 'تلك', 'تيك', 'ذيك', 'هذاك', 'هذيك', 'داك', 'ديك', 'هداك', 'هديك', 'هاديك', 'هاداك', 'هاذيك', 'هاذاك', 'ذيچ', 'هذيچ', 'هاذيچ', 'هضيكا', 'هديكا', 'هاديكا', 'هداكا', 'هضاكا', 'لذلك', 'لذاك', 'لتلك', 'لداك', 'لهداك', 'بذلك', 'بذاك', 'بتلك', 'بداك'];

/** The written demonstratives among them, with the prepositions on them. */
const writtenAway = new Set(['ذلك', 'تلك', 'لذلك', 'لتلك', 'بذلك', 'بتلك']);
/** Times and occasions a spoken demonstrative points at without being vague: «ذاك اليوم»، «هديك المرة». */
const timeNoun = foldedRegex(/^(?:[وفلبع]?ال|لل)(?:يوم|أيام|وقت|ساعة|أسبوع|اسبوع|شهر|سنة|عام|موعد|ميعاد|نهار|ليلة|ليل|صبح|صباح|مسا|مساء|عشية|فترة|مرة|مرات|زمان|لحظة|حين|سبت|أحد|اثنين|ثلاثاء|أربعاء|خميس|جمعة)$/u);

/** The word of the one phrase that instructs by itself, as the folded source spells it. */
const instructingWord = 'عليك';

const entries: Entry[] = [
  ...['ما عليك سوى', 'ليس عليك سوى', 'عليك فقط', 'ببساطة', 'فقط', 'يكفي أن'].map((phrase): Entry => ({ phrase, message: minimised, whenVague: true })),
  // "All you have to do is …" in its other words: «ما عليكِ إلا فصل الحساب»، «كل اللي عليك تدوسي».
  ...['ما عليك إلا', 'ما عليكم إلا', 'ما عليك غير', 'ما عليكم غير', 'كل ما عليك', 'كل ما عليكم', 'كل اللي عليك', 'كل اللي عليكم', 'كل إللي عليك'].map((phrase): Entry => ({ phrase, message: minimised, whenVague: true, instructs: true })),
  // "It is enough for you to …" («يكفيكِ فقط إدخال الرمز»): the step made light of, an instruction by itself.
  ...['يكفيك فقط', 'يكفيكم فقط', 'يكفيك', 'يكفيكم'].map((phrase): Entry => ({ phrase, message: minimised, whenVague: true, instructs: true })),
  // «كل ما عليك فعله هو …» ("all you have to do is …") makes the sentence an instruction by itself.
  { phrase: `كل ما ${instructingWord}`, message: minimised, whenVague: true, instructs: true },
  // The same said as spoken: «كل اللي عليكي تعملي شكوى»، the Maghrebi «غير خاصك».
  ...[`كل اللي ${instructingWord}`, `كل اللي ${instructingWord}ي`, `كل اللي ${instructingWord}م`, `ما ${instructingWord} غير`, `ما${instructingWord} غير`, 'غير خاصك', 'غير خصك'].map((phrase): Entry => ({ phrase, message: minimised, whenVague: true, instructs: true })),
  // The spoken «بس» ("just") opening the step: «بس سوّي ريستارت للراوتر».
  { phrase: 'بس', message: minimised, whenVague: true, opensStep: true },
  // "From there", and the Maghrebi «من تما»/«من تمّة».
  ...['من هناك', 'من تما', 'من تمة'].map((phrase): Entry => ({ phrase, message: vague, pointsBack: true })),
  // A thing on the screen pointed at from afar («ذاك الزر»، «تلك القائمة») or as "the one you know" («الخيار إياه»، «الصفحة
  // إياها»): the word that points is in the table, the thing beside it is read in code (a table of every pair was too
  // large a pattern for the ReDoS check to decide).
  // The written «ذلك»/«تلك» point back into the text as often as away («تلك الخطوات»): only beside a thing on a screen. The
  // spoken ones point at a thing in the room or the street the reply never names («قدّم داك الورق»، «خلّي الشي ذاك مقفول»).
  ...pointingAway.map((phrase): Entry => ({ phrase, message: vague, pointer: 'next', ...(writtenAway.has(phrase) ? {} : { anyThingButTime: true }) })),
  ...['إياه', 'إياها'].map((phrase): Entry => ({ phrase, message: vague, pointer: 'previous' })),
  // The thing "you know" by habit, any thing on the screen: «من المكان المعتاد»، «اضغط الزر المعروف»، «القائمة المعتادة».
  ...['المعتاد', 'المعتادة', 'المعروف', 'المعروفة'].map((phrase): Entry => ({ phrase, message: assumed, pointer: 'previous', anyThing: true })),
  // "Go there" said with a verb of going: «هناك» alone is also "there is" («هناك مشكلة»).
  ...['روح هناك', 'روحي هناك', 'رح هناك', 'اذهب هناك', 'ادخل هناك', 'لهناك', 'على هناك', 'هنيك'].map((phrase): Entry => ({ phrase, message: vague })),
  ...['ذلك الشيء', 'هذا الشيء', 'لذاك الخيار', 'تلك الأشياء', 'في مكان ما', 'إلى هناك', 'هناك في', 'وما إلى ذلك', 'وغير ذلك', 'إلخ', 'شيء من هذا القبيل'].map(
    (phrase): Entry => ({ phrase, message: vague }),
  ),
  // A team named by no name: «تواصل مع القسم المختص», «راجع الجهة المعنية».
  ...['القسم المختص', 'القسم المعني', 'القسم المناسب', 'الجهة المختصة', 'الجهة المعنية', 'الجهة المناسبة', 'الجهات المختصة', 'الجهات المعنية', 'الإدارة المختصة', 'الإدارة المعنية', 'الفريق المختص', 'الفريق المعني'].map(
    (phrase): Entry => ({ phrase, message: nobody, unlessReachable: true }),
  ),
  // And spoken: «سهلة خالص»، «سهلة كتير»، «ساهلة بزاف».
  // The matter called easy before the step («الحكاية ساهلة»، «كلش سهلة»، «الموضوع أبسط مما تتوقع»).
  ...['الحكاية ساهلة', 'الحكاية سهلة', 'الموضوع ساهل', 'الموضوع سهل', 'الأمر سهل', 'كلش سهلة', 'كلش سهل', 'أبسط مما تتوقع', 'أسهل مما تتوقع'].map((phrase): Entry => ({ phrase, message: easy, claim: true })),
  ...['مجرد نقرة', 'مجرد ضغطة', 'مجرد خطوة', 'بضع نقرات', 'بضغطة زر', 'بنقرة واحدة', 'بضغطة واحدة', 'نقرة واحدة فقط', 'ضغطة واحدة فقط', 'خطوة واحدة فقط', 'سهلة خالص', 'سهل خالص', 'سهلة كتير', 'سهل كتير', 'ساهلة بزاف', 'ساهل بزاف', 'سهلة مرة', 'سهل مرة'].map(
    (phrase): Entry => ({ phrase, message: easy, claim: true }),
  ),
];

const table = arabicTable(entries);
/**
 * The Maghrebi "just do …" («دير غير هاديك وصافي»، «غير حيّد التطبيق وعاود ركّبو»): «غير» with a verb of the step beside
 * it is "just", and the pair an instruction (bare, «غير» is also "other" and "not"). In
 * a table of its own: the first one's alternation is already as large as the ReDoS check can decide.
 */
const justDoTable = arabicTable(['دير غير', 'ديري غير', 'ديرو غير', 'ديروا غير', 'غير حيد', 'غير حيدي', 'غير عاود', 'غير عاودي', 'غير سير', 'غير سيري', 'غير كليكي', 'غير بدل', 'غير بدلي', 'غير مسح', 'غير مسحي', 'غير طفي', 'غير شعل', 'غير دخل', 'غير دخلي'].map((phrase): Entry => ({ phrase, message: minimised, whenVague: true, instructs: true })));
/** "The one over there" in the varieties («الزر اللي هونيك»، «اللي غادي»، «اللي لهيه»), in a table of its own for the ReDoS check's budget. */
const overThereTable = arabicTable([
  // And "from there" in the Maghrebi «من غادي» and the Levantine «من هونيك» (the table above is at the ReDoS check's budget).
  ...['من غادي', 'من هونيك', 'من هنيك'].map((phrase): Entry => ({ phrase, message: vague, pointsBack: true })),
  ...['اللي هونيك', 'اللي هنيك', 'اللي غادي', 'اللي لهيه', 'اللي لهنيه', 'اللي هناك', 'اللي هنالك'].map((phrase): Entry => ({ phrase, message: vague })),
]);
/**
 * The routine assumed («بالطريقة المعتادة»، «مثل المرة السابقة»، «الأوراق المعتادة»), in a table of its own: in the one
 * above, the pattern grew too large for the ReDoS check to decide in its budget.
 */
const assumedTable = arabicTable([
  ...[
    // "The usual papers": which ones is left to the customer to know.
    'الأوراق المعتادة', 'الأوراق العادية', 'المستندات المعتادة', 'الوثائق المعتادة', 'الوراق العاديين', 'الورق المعتاد',
    'بالطريقة المعتادة', 'الطريقة المعتادة', 'بنفس الطريقة السابقة', 'بالطريقة السابقة', 'نفس الطريقة السابقة', 'بنفس الخطوات السابقة', 'الطريقة العادية', 'الخطوات المعتادة', 'الإعداد المعتاد', 'الإعدادات المعتادة', 'كالمعتاد', 'كالعادة', 'زي العادة', 'كيما العادة', 'كيف العادة', 'كيما ديما', 'بحال العادة ديالك', 'كما تفعل عادة', 'كما تفعل دائما', 'كما هو معتاد',
    // "Like last time": what the customer did before, which the reply does not repeat.
    'كيف المرة اللي فاتت', 'كي المرة اللي فاتت', 'كيما المرة اللي فاتت', 'مثل المرة السابقة', 'مثل المرة الماضية', 'كالمرة السابقة', 'كالمرة الماضية', 'كما فعلت في المرة السابقة', 'كما فعلت المرة الماضية', 'زي المرة اللي فاتت', 'زي ما عملتي المرة اللي فاتت', 'زي ما عملت المرة اللي فاتت', 'زي ما سويتي المرة اللي فاتت', 'زي ما سويت المرة اللي فاتت', 'متل ما عملت المرة الماضية', 'زي آخر مرة', 'زي المرة الماضية', 'متل المرة الماضية', 'متل آخر مرة', 'مثل آخر مرة', 'بحال المرة اللي فاتت', 'كيف المرة الماضية',
  ].map((phrase): Entry => ({ phrase, message: assumed, ...(/^(?:كالمعتاد|كالعادة|كما هو معتاد|زي العادة)$/u.test(phrase) ? { unlessRunning: true } : {}) })),
]);
/** The thing called easy («سهل»، «ساهلة»، «بسيطة»، «هيّنة»): a «بس» after it, past a comma, is "just" («تغيير العنوان سهل، بس عدّليه …»). */
const ease = foldedRegex(/(?:^|[^\u0621-\u064A])(?:سهل|سهلة|سهله|ساهل|ساهلة|ساهله|بسيط|بسيطة|بسيطه|هين|هينة|هينه)(?![\u0621-\u064A])/u);
function afterEase(head: string): boolean {
  const parts = head.split(/[،,]/u).filter((part) => /\p{L}/u.test(part));
  return parts.length > 0 && ease.test(foldArabic(unmarkedWord(parts.at(-1)!)));
}
/** A word of need just before: «تحتاج»، «محتاج»، «لازم»، «عليك»، «خاصك»، «بدك». */
const needBefore = /(?:^|[^\u0621-\u064A])[وف]?(?:تحتاج|تحتاجي|تحتاجين|محتاج|محتاجة|محتاجين|لازم|عليك|عليكي|خاصك|خصك|بدك|بدكم|يلزمك)\s+$/u;
/** A verb said to the customer, in the present («تفعّلها»، «تعبّي»): what a word of need asks them to do. Not waiting («تنتظر»، «تستنى»), which hides no steps. */
const youVerb = /^[وف]?(?!ت(?:نتظر|ستنى|ستنا|صبر|نطر))ت[\u0621-\u064A\u064B-\u0652]{2,}/u;
/** A condition word, as written: «إذا»، «لو»، «في حال»، «عندما»، «حين»، «متى». */
const conditionWord = /(?:^|[^\u0621-\u064A])[وف]?(?:إذا|اذا|لو|في حال|عندما|حين|متى)\s/gu;
/**
 * Whether the condition open before a hit has had its answer begun: a step after its first word («إذا الشاشة علّقت بس سوّ
 * …»), or, for a word that leads a step, the step right after the hit (`rest`). Read on the last 200 characters before
 * the hit, so a long sentence of many hits stays linear.
 */
function answered(written: string, rest: string | undefined): boolean {
  if (rest !== undefined && stepOpens(rest.trimStart())) return true;
  const near = written.slice(-200);
  let after = -1;
  for (const match of near.matchAll(conditionWord)) after = match.index + match[0].length;
  if (after === -1) return false;
  const words = [...near.slice(after).matchAll(/\S+/gu)].slice(1);
  return words.some((word) => {
    const from = near.slice(after + word.index);
    return stepOpens(from);
  });
}
/** Whether the text as written opens with an imperative: one the lists know, or any verb of a doubled form («عدّليه»). */
const stepOpens = (written: string): boolean => startsArabicStep(written) || opensWithDoubledImperative(written);
/** The clause just before holds a condition or a purpose («إذا …»، «لو …»، «عشان تحل …»): read on the last part the commas leave. */
const conditionLead = /(?:^|[\s\p{P}])[وف]?(?:إذا|اذا|لو|في حال|لما|متى ما|وقت ما|عشان|علشان|باش|لكي)\s/u;
function afterCondition(head: string): boolean {
  const parts = head.split(/[،,]/u).filter((part) => /\p{L}/u.test(part));
  return parts.length > 0 && conditionLead.test(parts.at(-1)!) && !/(?:^|\s)بس(?:\s|$)/u.test(parts.at(-1)!);
}
/** A verb of saying or showing right after «الشي اللي»: «قلنا»، «قلتلك»، «حكينا»، «وريتك»، «فرجيتك». */
const saidOrShownAfter = foldedRegex(/^\s*(?:قلنا|قلت|قلتلك|قلتلج|قلنالك|گلتلك|حكينا|حكيتلك|حكينالك|ذكرنا|ذكرت|وريتك|وريتهالك|فرجيتك|شرحت|شرحنا)/u);
/** A verb of running or being open, right before «كالمعتاد»: «تعمل»، «مفتوحة»، «شغال». */
const runningAsUsual = foldedRegex(/(?:^|[^\u0621-\u064A])[وف]?(?:تعمل|يعمل|تعملان|يعملون|مفتوح|مفتوحة|مفتوحين|شغال|شغالة|شغالين|تشتغل|يشتغل|مستمر|مستمرة|متاح|متاحة|متاحين|تسير|يسير|ماشي|ماشية)\s*$/u);
/**
 * "The same one you did before", pointing at what the customer did once and the reply does not repeat: «بس عبّي نفس
 * الورقة اللي عبيتيها السنة الماضية»، «اعمل زي ما عملت قبل». A table of its own, for the ReDoS check's budget.
 */
const sameAsBeforeTable = arabicTable(
  [
    ...['الورقة', 'النموذج', 'الاستمارة', 'الطريقة', 'الخطوات', 'الأوراق', 'المستندات', 'الإعدادات', 'الشي', 'الحاجة', 'المكان', 'البلاصة'].flatMap((thing) => [`نفس ${thing} اللي`, `نفس ${thing} التي`, `نفس ${thing} الذي`]),
    'نفس اللي عملته', 'نفس اللي عملتيه', 'نفس اللي سويته', 'زي ما عملت قبل', 'زي ما عملتي قبل', 'متل ما عملت قبل', 'متل ما عملتي قبل', 'مثل ما فعلت سابقا', 'كما فعلت من قبل', 'كما فعلت سابقا',
    // "As you did the first time", "as always", "the right way", "as it should be": what the step is, left to the customer.
    'مثل ما سويت أول مرة', 'مثل ما سويت', 'زي ما سويت', 'زي ما سويتي', 'بحال ديما', 'كيف ديما', 'بحال العادة', 'بالطريقة الصاح', 'بالطريقة الصحيحة', 'كما ينبغي', 'زي ما ينبغي',
  ].map((phrase): Entry => ({ phrase, message: assumed })),
);
/** The same with its «بـ» ("in the same way you …": «بنفس الطريقة اللي سويتها أول مرة»), in a table of its own for the ReDoS check's budget. */
const sameWayTable = arabicTable(
  ['الطريقة', 'الخطوات', 'الإعدادات'].flatMap((thing) => [`بنفس ${thing} اللي`, `بنفس ${thing} التي`, `بنفس ${thing} الي`]).map((phrase): Entry => ({ phrase, message: assumed })),
);

/**
 * What the writer showed in person, and a thing or a side named by nothing: «متل ما فرجيتك بالمحل»، «اللي وريتهالك يوم
 * التركيب»، «وشدّي الشي يلي حدّ البكرة»، «من الجهة التانية»، «جيبيه عالمكان المعتاد». A table of its own, for the ReDoS
 * check's budget.
 */
const shownInPersonTable = arabicTable([
  ...['متل ما فرجيتك', 'مثل ما فرجيتك', 'يلي فرجيتك', 'اللي فرجيتك', 'زي ما وريتك', 'زي ما وريتهالك', 'اللي وريتهالك', 'اللي وريتهولك', 'اللي وريتك', 'متل ما وريتك', 'كيف ما وريتك', 'كما أريتك', 'مثل ما وريتك', 'كيف ما شفت', 'كيما وريتلك'].map((phrase): Entry => ({ phrase, message: assumed })),
  ...['المكان المعتاد', 'عالمكان المعتاد', 'من الناحية التانية', 'من الجهة التانية', 'من الجهة الثانية', 'من الناحية الثانية', 'الناحية التانية', 'الجهة التانية'].map((phrase): Entry => ({ phrase, message: vague })),
  ...['الشي يلي', 'الشي اللي', 'الحاجة اللي', 'الحاجة يلي'].map((phrase): Entry => ({ phrase, message: vague, unlessSaidAfter: true })),
]);
/**
 * What the writer said before, elsewhere, as the step: «حطّيها بالمكان اللي حكينا عنه ع التلفون»، «اسقيها متل ما قلتلك».
 * Built from the ways of pointing back and the writer's verbs of saying (in tables of at most 40, see arabicTables);
 * and the way "everyone knows". Not «كما ذكرنا»: in a formal reply it opens a fact restated there and then («كما ذكرنا،
 * الطلب قيد الشحن»).
 */
const pointingBack = ['متل ما', 'مثل ما', 'زي ما', 'بحال ما', 'كيف ما', 'اللي'];
// Not «اتفقنا» (we agreed): «والمبلغ مثل ما اتفقنا» points at terms agreed, not at a step.
const writerSaid = ['گلنالك', 'گلتلك', 'گتلك', 'قتلك', 'قلنا ليك', 'قلت ليك', 'قلت لك', 'قلنا لك', 'قلت', 'قلنا', 'حكيت', 'حكينا', 'شرحت', 'شرحنا', 'ذكرت', 'ذكرنا', 'تكلمنا', 'تحدثنا', 'وضحت', 'وضحنا', 'قلتلك', 'قلنالك', 'حكيتلك', 'حكينالك', 'شرحتلك', 'شرحنالك', 'قلتلج', 'وصفت', 'وصفنا'];
const saidBefore = [
  ...pointingBack.flatMap((back) => writerSaid.map((said) => `${back} ${said}`)),
  'الطريقة المعروفة', 'بالطريقة المعروفة', 'عالطريقة المعروفة', 'على الطريقة المعروفة', 'عالطريقة المعتادة', 'عالطريقة العادية',
].map((phrase): Entry => ({ phrase, message: assumed, unlessOpening: true }));
const saidBeforeTables = arabicTables(saidBefore);
/**
 * "As usual", "like every time", "as you did before", and "the papers needed" in the spoken varieties («متل العادة»، «زي ما
 * عملتي قبل كده»، «جيبي الورقة اللازمة»): what the customer is taken to know, in a table of its own.
 */
const asUsualTable = arabicTable([
  ...['متل العادة', 'مثل العادة', 'كيف العادة', 'متل كل مرة', 'مثل كل مرة', 'زي كل مرة', 'كيف كل مرة'].map((phrase): Entry => ({ phrase, message: assumed, unlessRunning: true })),
  ...['مثل ما', 'متل ما', 'زي ما', 'كيف ما'].flatMap((back) => ['عملتي قبل', 'عملت قبل', 'سويتي قبل', 'سويت قبل', 'عملتيها قبل', 'عملتها قبل'].map((did) => `${back} ${did}`)).map((phrase): Entry => ({ phrase, message: assumed })),
  ...['الورقة اللازمة', 'الأوراق اللازمة', 'الورق اللازم', 'المستندات اللازمة', 'الوثائق اللازمة'].map((phrase): Entry => ({ phrase, message: assumed })),
  // A step said to take no time or effort: «وما تاخذش دقيقة»، «الموضوع كله ثواني» («ساهلة:» opening the steps is a
  // greeting of them, not a verdict on them).
  ...['سهلة جدا', 'سهلة كتير', 'ما تاخذش دقيقة', 'ما تاخدش دقيقة', 'ما بتاخد دقيقة', 'ما تاخذ دقيقة', 'الموضوع كله ثواني', 'كلها ثواني', 'ثواني بس', 'ثواني وبس', 'الموضوع ولا إشي', 'ولا أسهل'].map((phrase): Entry => ({ phrase, message: minimised, whenVague: true })),
]);
/**
 * What the customer is taken to know or remember («ابعتلي الاسم عالنظام يلّي بتعرفه»، «سيب الورقة اللي فاكرها»، «بالطريقة
 * اللي وصّيناك عليها»، «الخانة المعهودة»), and the matter called easy in other words («أيسر مما تتصور»، «الشغلة هيّنة»): in
 * tables of their own, for the ReDoS check's budget.
 */
const takenToKnow: Entry[] = [
  ...['اللي', 'يلي'].flatMap((back) => ['بتعرفه', 'بتعرفها', 'تعرفه', 'تعرفها', 'بتعرفيه', 'بتعرفيها', 'فاكره', 'فاكرها', 'فاكراه', 'فاكراها', 'عارفه', 'عارفها'].map((know) => `${back} ${know}`)),
  'التي تعرفها', 'الذي تعرفه', 'التي تعرفينها', 'الذي تعرفينه',
  ...pointingBack.flatMap((back) => ['وصيناك', 'وصيتك', 'أوصيناك', 'أوصيتك'].map((advised) => `${back} ${advised}`)),
].map((phrase): Entry => ({ phrase, message: assumed }));
const knownTables = arabicTables(
  [
    ...takenToKnow,
    ...['المعهود', 'المعهودة'].map((phrase): Entry => ({ phrase, message: assumed, pointer: 'previous', anyThing: true })),
    ...['أيسر مما تتصور', 'أيسر مما تتوقع', 'أسهل مما تتصور', 'أبسط مما تتصور', 'الشغلة هينة', 'الشغلة سهلة', 'الموضوع هين', 'الأمر هين', 'الحكاية هينة'].map((phrase): Entry => ({ phrase, message: easy, claim: true })),
  ],
  24,
);

/**
 * Where to find something, said as what the customer will find: «وستجدينها في البوابة تحت القسم إياه»، «هتلاقيه في
 * الإعدادات». It tells them where to look as an instruction does, so a vague word in it is as vague.
 */
const whereToFind = foldedRegex(/(?:^|[^\u0621-\u064A])[وف]?(?:ست|سوف\s+ت|هت|حت|رح\s+ت|راح\s+ت|غادي\s+ت)(?:جد|لاقي|لقى|لقا)/u);

/** A phone number, a link or an address in a sentence: how to reach whoever it names. */
const reachable = /https?:\/\/|www\.|\S@\S|[\d٠-٩]{3}/u;
/** Where a claim of ease may stand: the word of a click, a tap or a step (in the folded source the table reads). */
const claimWord = /نقر|ضغط|خطو/u;
/** The Maghrebi «غير» ("just") as a word of its own, which the table of «دير غير»، «غير دخل» reads. */
const justWord = /(?:^|\s)[وف]?غير\s/u;
/** A word of need before «بس» («تحتاج بس تفعّلها»), which makes a step of its own (read on the folded source). */
const needJust = /(?:تحتاج|محتاج|عليك|خاصك|خصك|بدك|يلزمك)[\u0621-\u064A]{0,3}\s+بس\s/u;

/** Something exact after a step: a quoted name («حفظ»، "Settings"), a Latin word (a menu or product name), a number, a link. */
const exactWord = /[A-Za-z]{2}|\d|https?:\/\//u;
/** A quoted name: an opening quotation mark with a closing one after it (read in code, from the first opener). */
const exact = {
  test(text: string): boolean {
    if (exactWord.test(text)) return true;
    const open = text.search(/[«"“]/u);
    return open !== -1 && /[»"”]/u.test(text.slice(open + 1));
  },
};

/** A place named in words: a menu, a page or a section given by its name («قائمة الإعدادات»، «صفحة الفواتير»، «في أعلى الصفحة»). */
const namedPlace = foldedRegex(/(?:^|[^\u0621-\u064A])(?:قائمة|صفحة|قسم|تبويب|خانة|حقل|زر|شاشة)\s+[\u0621-\u064A]{3,}|(?:أعلى|أسفل|يمين|يسار)\s+(?:ال)?(?:صفحة|شاشة|القائمة)/u);

// No separator begins with white space: the parts are trimmed, so the space before «ثم» or «، و» need not be matched, and a
// long blank run (a suppression comment blanked out) is not tried again from each of its spaces. Runs after a mark are bounded.
// A space before «وثم» or «وبعد ذلك» is left to the first alternative, which takes the words with it. The spoken «وبعد كده»،
// «وبعدين»، «وبعد هيك» and the Maghrebi «ومن بعد» and «وعاد» chain steps as «ثم» does («عاد» alone is "returned").
const stepSeparator = foldedRegex(/(?:[،,؛]\s{0,20})?(?:(?:و|ف)?ثم|وبعد ذلك|بعد ذلك|وبعدها|و?بعد (?:كده|كدا|هيك|هاد|داك|ذاك|ذلك)|و?بعدين|ومن بعد|وعاد|ووراها|وعقبها|وعگبها)\s{1,20}|[،,؛]\s{0,20}(?=[وف]?[\u0621-\u064A])|\s(?=[وف][\u0621-\u064A])(?!(?:[وف]ثم|وبعد ذلك|وبعدها)\s)/gu);

/** A sentence that asks with «يرجى», «الرجاء», «نرجو» or «من فضلك», whose steps are verbal nouns («يرجى تحديث التطبيق ثم تسجيل الخروج»). */
const askedWithNouns = foldedRegex(/^[\s\-*•\d.)]{0,8}[وف]?(?:يرجى|الرجاء|نرجو|من فضلك|رجاء)\s/u);
/** Each word that puts one step after another, as a word of its own («ثم»، «بعد ذلك»، «وبعد كده»، «وبعدين»). */
const sequencer = foldedRegex(/(?:^|[^\u0621-\u064A])(?:[وف]?(?:ثم|بعد ذلك|بعدها|بعد كده|بعد كدا|بعد هيك|بعد هاد|بعد داك|بعد ذاك|بعدين|من بعد|وراها|عقبها|عگبها|عقب ما|عگب ما)|وعاد)(?![\u0621-\u064A])/gu);
/** How many steps a sentence puts after others in so many words (read in the match source). */
function sequencers(read: string): number {
  let count = 0;
  sequencer.lastIndex = 0;
  while (sequencer.exec(read) !== null) count++;
  return count;
}

/** «ثم» and «بعد ذلك» (not a comma or «و»): after a request, what follows them is the next step, whatever its word. */
const thenWord = foldedRegex(/ثم|بعد ذلك|بعدها|بعد كده|بعد كدا|بعد هيك|بعد هاد|بعدين|من بعد|وعاد/u);

/**
 * Splits an Arabic instruction at «ثم», «، و» or «وبعد ذلك» where an imperative follows, or, in a request made with
 * verbal nouns, at every «ثم»; read in the match source, cut in the text as written.
 */
function splitSteps(context: ReplyContext, sentence: Sentence): string[] {
  const source = context.arabicSource;
  const base = source.at(sentence.start);
  const read = source.slice(sentence.start, sentence.end);
  const nouns = askedWithNouns.test(read);
  // «ومن بعد سير للطلبات ومن بعد ختار الطلب ومن بعد ضغط …»: in a chain of three «ثم» or more (the guideline's "and then"
  // three times), whatever word each step opens with; with two, a menu path named after «ثم» («ثم «التبرعات الدورية»») is
  // one step's place, not a step.
  const chained = sequencers(read) >= 3;
  /** The parts between the cuts, where they start and end in the text, and as the patterns read them. */
  const pieces: Array<{ start: number; end: number; read: string; afterThen: boolean }> = [];
  let last = sentence.start;
  let lastRead = 0;
  let afterThen = false;
  for (const match of read.matchAll(stepSeparator)) {
    const rest = read.slice(match.index + match[0].length);
    // A doubled-middle imperative («وبعدين ركّب الجوانب») is read on the text as written, where its shadda is.
    const written = context.text.slice(source.start(base + match.index + match[0].length), sentence.end);
    if (!startsArabicStep(rest) && !opensWithDoubledImperative(written) && !((nouns || chained) && thenWord.test(match[0]) && /^[\u0621-\u064A]/u.test(rest))) continue;
    pieces.push({ start: last, end: source.start(base + match.index), read: read.slice(lastRead, match.index), afterThen });
    last = source.start(base + match.index + match[0].length);
    lastRead = match.index + match[0].length;
    afterThen = thenWord.test(match[0]);
  }
  pieces.push({ start: last, end: sentence.end, read: read.slice(lastRead), afterThen });
  // What is no step of its own goes with the step after it: the sentence's opening words («لحل المشكلة، ببساطة ادخل …»)
  // and a lone lead word («فقط فعّلي …», where the «ف» of the verb looked like the conjunction before a new step).
  const steps: string[] = [];
  let from: number | undefined;
  pieces.forEach((piece, i) => {
    const words = context.text.slice(piece.start, piece.end).trim();
    if (words === '') return;
    // In a chain, what follows a «ثم» is a step whatever its verb, and so is what comes right before the first one
    // («باش تبدّل النهار، حل التطبيق وعاد سير للحساب …»: the opening goes with «حل التطبيق», not with the step after it).
    const beforeThen = chained && (piece.afterThen || pieces[i + 1]?.afterThen === true);
    const opening = (steps.length === 0 && !beforeThen && !isArabicInstruction({ text: words, isQuestion: false })) || leadOnly.test(piece.read.trim());
    if (opening && i < pieces.length - 1) {
      from ??= piece.start;
      return;
    }
    steps.push(context.text.slice(from ?? piece.start, piece.end).trim());
    from = undefined;
  });
  return steps;
}

/** A verb of writing back or getting in touch right after a minimiser, as the patterns read it: no hidden steps. */
const writingBack = foldedRegex(/^\s*(?:أن\s+)?(?:ت(?:رد|كتب|راسل|خبر|بلغ|تصل|رسل|بعث|بعت|واصل)|رد|اكتب|راسل|اتصل|أرسل|ابعث|ابعت|خبر|بلغ|تواصل)/u);

/** Lead words alone, as the patterns read them: no step in themselves. */
/** The writer's own future opening a clause's verb: «وسأكمل»، «سنبدأ»، «راح نكمل». */
const writerGoesOn = foldedRegex(/(?:^|\s)[وف]?(?:سأ|سن|سوف\s+[أن]|راح\s+[أن]|رح\s+[أن])[\u0621-\u064A]{2,}/u);
const leadOnly = foldedRegex(/^(?:[وف]?(?:فقط|ببساطة|بس|غير|ثم|أولا|الآن|أيضا|بعد ذلك|بعدها|بعد كده|بعد هيك|بعدين)[،,:]?\s*)+$/u);

/** The word right after `from` (past white space), up to `limit`: letters and marks, without the punctuation after it. */
function wordAfter(text: string, from: number, limit: number): { start: number; end: number; text: string } | undefined {
  let start = from;
  while (start < limit && /\s/u.test(text[start]!)) start++;
  let end = start;
  while (end < limit && /[\p{L}\p{M}\u0640]/u.test(text[end]!)) end++;
  return end > start ? { start, end, text: text.slice(start, end) } : undefined;
}

/** The word right before `to` (past white space), down to `limit`. */
function wordBefore(text: string, to: number, limit: number): { start: number; end: number; text: string } | undefined {
  let end = to;
  while (end > limit && /\s/u.test(text[end - 1]!)) end--;
  let start = end;
  while (start > limit && /[\p{L}\p{M}\u0640]/u.test(text[start - 1]!)) start--;
  return end > start ? { start, end, text: text.slice(start, end) } : undefined;
}

/** A word without its marks and tatweel, as the folded patterns read it. */
const unmarkedWord = (word: string): string => word.replace(/[\p{M}\u0640]/gu, '');

/** A step as a list item: no bullet, no «يرجى» or «ثم» before it, no conjunction on its verb (marked or not: «وجرّبي»), no full stop after it. */
function listItem(step: string): string {
  const item = step.replace(/^(?:[-*•]|\d+[.)])\s+/u, '').replace(/^(?:يرجى|الرجاء|من فضلك|أولا|أولًا|ثم)[،,]?\s+/u, '');
  // The conjunction goes («وافتحي» → «افتحي»), not the first letter of a verb that starts with it («فعّلي»، «وصّلي»).
  const kept = startsArabicStep(item) && !startsArabicStep(item.slice(1)) ? item : item.replace(/^[وف](?=(?:[\u0621-\u064A][\u064B-\u0652\u0640]*){3})/u, '');
  return withoutFinalStops(kept);
}

/** A sentence that opens by reminding the customer: «نودّ أن نذكّرك»، «نذكّرك بأن»، «للتذكير». */
const reminderOpening = foldedRegex(/^[\s\p{P}]*[وف]?(?:نود أن نذكرك|نود ان نذكرك|نحب نذكرك|حابين نذكرك|نذكرك|للتذكير|نعيد تذكيرك)(?![\u0621-\u064A])/u);
/** A label on the screen, in quotes: «التقييمات»، "Settings". */
const quotedLabel = /[«"“][^«»"“”\n]{1,40}[»"”]/u;
export function arabicUnclearInstructions(context: ReplyContext, maxStepsPerSentence: number): { reports: Report[]; instructions: Set<Sentence> } {
  const reports: Report[] = [];
  const source = context.arabicSource;
  // The model's steps too: a spoken imperative the instruction reader does not know («فوتي عالموقع»، «عبّي الاستمارة») is
  // still a step.
  const model = modelOf(context);
  // And a chain of three «ثم» or more that tells of no deed or promise of the writers' («ومن بعد سير للطلبات ومن بعد ختار …»),
  // whatever its verbs.
  const chain = (s: Sentence): boolean => sequencers(source.sentence(s)) >= 3 && !(model.of(s)?.reading.acts.some((a) => a === 'action' || a === 'commitment') ?? false);
  const instructions = new Set(context.bodySentences().filter((s) => isArabicInstruction(s, source.sentence(s)) || whereToFind.test(source.sentence(s)) || model.of(s)?.reading.acts.includes('step') === true || chain(s)));
  // With no instruction, only a phrase that instructs by itself («كل ما عليك …») or a claim of ease («مجرد نقرة») can be
  // reported: skip the table's pass over the reply unless their words are there (the source is folded and unmarked, as the
  // table reads it).
  // (Nor the Maghrebi «غير» of "just" before its verb, «غير دخل للتطبيق», which instructs by itself too.)
  if (instructions.size === 0 && !source.text.includes(instructingWord) && !claimWord.test(source.text) && !justWord.test(source.text) && !needJust.test(source.text)) return { reports, instructions };
  // Hits inside a condition are read too, and left alone below unless the step that answers it has begun: spoken, the
  // answer often follows with no comma («إذا الشاشة علّقت بس سوّ ريستارت»، «لو ما اشتغل روح للصفحة إياها»).
  const always = (): boolean => true;
  const hits = [table, justDoTable, overThereTable, assumedTable, asUsualTable, sameAsBeforeTable, sameWayTable, shownInPersonTable, ...saidBeforeTables, ...knownTables].flatMap((t) => [...arabicHits(context, t, undefined, always)]);
  for (const { entry, start, end, actual, sentence, head: folded } of hits) {
    // The sentence as written before the hit and after it.
    const head = context.text.slice(sentence.start, start);
    const rest = context.text.slice(end, sentence.end);
    // «تحتاج بس تفعّلها» ("you just need to activate it"): a word of need, «بس» and the customer's verb make a step of their own.
    const neededStep = entry.opensStep === true && needBefore.test(head) && youVerb.test(rest.trimStart());
    if (!instructions.has(sentence) && !entry.instructs && !entry.claim && !neededStep) continue;
    // «كل اللي عليك بس تربط …»: the words of need are themselves the report, and «بس» after them the same one.
    if (neededStep && reports.some((r) => r.end <= start && start - r.end <= 2)) continue;
    if (inArabicCondition(sentence, source.sentence(sentence), folded.length) && !answered(head, entry.opensStep === true ? rest : undefined)) continue;
    // A claim of ease inside a reminder of what was there to do («نودّ أن نذكّرك بأن … التمديد متاح من التطبيق بضغطة واحدة»)
    // is part of the lecture (no-negative-phrasing's report), not a step made light of.
    if (entry.claim && !instructions.has(sentence) && reminderOpening.test(source.sentence(sentence))) continue;
    if (entry.unlessSaidAfter && saidOrShownAfter.test(arabicSource(context.text.slice(end, Math.min(sentence.end, end + 14))).text)) continue;
    if (entry.unlessOpening && /^[\s\p{P}]*[وف]?$/u.test(head)) continue;
    if (entry.unlessRunning && runningAsUsual.test(arabicSource(context.text.slice(Math.max(sentence.start, start - 16), start)).text)) continue;
    if (entry.unlessReachable && reachable.test(context.text.slice(Math.max(sentence.start, start - 200), Math.min(sentence.end, end + 200)))) continue;
    // «الأمر يحتاج خطوة واحدة فقط: افتح الإعدادات ثم …»: the steps follow the claim, to be followed.
    if (entry.claim && startsArabicStep(context.text.slice(end, Math.min(sentence.end, end + 200)).replace(/^[\s:：]+/u, ''))) continue;
    // «فقط انقر على زر «حفظ» في أعلى الصفحة» is exact; «فقط تحقق من إعداداتك» is not.
    if (entry.whenVague) {
      // «أرسل لنا صورة واحدة فقط»: «فقط» not followed by a step is "only", not a step made light of.
      if ((entry.phrase === 'فقط' || entry.opensStep) && !stepOpens(rest.trimStart()) && !neededStep) continue;
      // «ويكفي أن تردّي على هذه الرسالة»: writing back hides no steps (as "just reply" in English).
      if (writingBack.test(arabicSource(rest.slice(0, 40)).text)) continue;
      // At the start of the sentence, or of what a colon opens («الحل سهل: بس فعّل …»); after a comma «بس» is "but".
      // So after a condition, which the step answers: «إذا ضوء المحرك بعده شاعل، بس افصل البطارية»، «إذا الشاشة علّقت بس سوّ ريستارت».
      // The «و» written onto it opens it too: «وبس افتح الأبلكيشن».
      // «فبس غيّر القناة» ("so just change the channel"): with «ف» on it «بس» is never "but".
      const so = actual.startsWith('ف') || context.text[start - 1] === 'ف';
      // After a word of need («تحتاج بس تفعّلها»، «لازم بس تعبّي الفورم»), «بس» is "just" too, before the customer's verb.
      if (entry.opensStep && !so && !neededStep && !/^[\s\p{P}]*[وف]?$/u.test(head) && !/[:：]\s*$/u.test(head) && !afterCondition(head) && !afterEase(head)) continue;
      // «فقط انقر على زر «حفظ» في أعلى الصفحة» is exact, yet the word still tells the customer the step is nothing: reported
      // in other words, and a word that stands alone before its verb («فقط»، «ببساطة»، «بس») is dropped by the rewrite.
      if (exact.test(rest) || namedPlace.test(source.slice(end, sentence.end))) {
        const space = /^\s+/u.exec(rest)?.[0].length ?? 0;
        // Compared as the patterns read it: «ببساطه» (with «ه») and «فَقَط» (with its marks) stand alone too.
        const alone = droppable.has(entry.phrase) && foldArabic(unmarkedWord(actual.trim())) === foldArabic(entry.phrase);
        reports.push({ start, end: alone ? end + space : end, message: light.replace('{actual}', actual.trim()), expected: alone ? [''] : [], note: arabicNote });
        continue;
      }
    }
    if (entry.pointsBack && (exact.test(head) || namedPlace.test(source.slice(sentence.start, start)))) continue;
    // «وسأكمل معكِ من هناك»: where the writer goes on from, in the writer's own clause, asks nothing of the customer.
    if (entry.pointsBack && writerGoesOn.test(source.slice(sentence.start, start).split(/[،,؛]/u).at(-1) ?? '')) continue;
    if (entry.pointer) {
      const onScreen = (w: { text: string } | undefined): boolean => {
        if (w === undefined) return false;
        const folded = foldArabic(unmarkedWord(w.text));
        // With «ع» too, the spoken «على ال» («عالصفحة هديك»).
        if (entry.anyThingButTime) return /^(?:[وفلبع]?ال|لل)[\u0621-\u064A]{2,}$/u.test(folded) && !timeNoun.test(folded);
        return (entry.anyThing ? /^(?:[وفلب]?ال|لل)[\u0621-\u064A]{2,}$/u : screenThing).test(folded);
      };
      // A demonstrative points at the thing after it («ذاك الزر»), or, in the Maghrebi and Libyan way, before it («العلبة داك»).
      const after = entry.pointer === 'next' ? wordAfter(context.text, end, sentence.end) : undefined;
      const word = onScreen(after) ? after : wordBefore(context.text, start, sentence.start);
      if (!word || !onScreen(word)) continue;
      const from = Math.min(start, word.start);
      const to = Math.max(end, word.end);
      // «بالطريقة المعتادة» is also the routine table's: one report.
      if (reports.some((r) => r.start < to && r.end > from)) continue;
      reports.push({ start: from, end: to, message: entry.message.replace('{actual}', context.original.slice(from, to)), expected: [], note: arabicNote });
      continue;
    }
    reports.push({ start, end, message: entry.message.replace('{actual}', actual), expected: [], note: arabicNote });
  }
  for (const sentence of instructions) {
    // Steps chained one after another («ثم … ثم …»، «وبعد كده … وبعد كده …») are crammed; exact steps listed with commas
    // and «و» («ادخل على «الحسابات»، اختار الحساب، ودوس «طلب كشف»، وحدد الفترة») read as one path, and are left.
    if (sequencers(source.sentence(sentence)) < 2) continue;
    const steps = splitSteps(context, sentence);
    // A path of screens each named as the customer sees it («ادخل إلى «إعلاناتي»، واختر الإعلان، ثم اضغط «التقييمات» ثم
    // «أضف ردًّا»») is followed as one: all but one step name their label in quotes.
    if (steps.filter((step) => quotedLabel.test(step)).length >= steps.length - 1) continue;
    if (steps.length > maxStepsPerSentence) {
      // A purpose set off by a colon («لإلغاء التجديد التلقائي: افتح …») leads the list in; it is no part of the first step.
      const items = steps.map(listItem);
      const lead = arabicPurposeLead.exec(items[0]!);
      if (lead) items[0] = lead[2]!;
      const list = numberedList(context, sentence, items, lead?.[1]);
      reports.push({
        start: list.start,
        end: list.end,
        message: `${steps.length} خطوات في جملة واحدة؛ القائمة المرقّمة أسهل في الاتباع`,
        expected: [list.expected],
        note: arabicNote,
      });
    }
  }
  return { reports, instructions };
}

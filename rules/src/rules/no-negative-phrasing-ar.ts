/**
 * The Arabic half of no-negative-phrasing: the same families, with Arabic
 * messages and the rewrites Customer Service 101 gives ("عليك التحقق من رقم طلبك" →
 * "دعنا نتحقق من رقم طلبك"; "يجب عليك", "أريدك", "لا يمكنني").
 */
import { arabicHits, arabicSource, arabicTable, arabicTables, foldedRegex } from '../arabic.js';
import { followingInParagraph, type PhraseHit } from '../phrases.js';
import type { ReplyContext } from '../context.js';
import type { Report } from '../types.js';
import { blameAskedPhrases } from '../lang/ar/reader.js';
import { blameNote, cantNote } from './notes-ar.js';

const burdenNote =
  'عبارات مثل «يجب عليك» أو «أريدك أن» تجعل العملاء يشعرون بأن عبء حل المشكلة يقع عليهم («خدمة العملاء 101»، «تعلم استخدام اللغة الإيجابية»). ادعُ العميل بدلًا من ذلك: «يُرجى …»، «دعنا …».';
const policyNote = 'الاختباء خلف السياسة يبدو كالجدار. اشرح السبب والبديل الذي يمكنك تقديمه («خدمة العملاء 101»، «دافع عن عملائك»).';

interface ArabicEntry {
  phrase: string;
  message: string;
  expected?: string[];
  safe?: boolean;
  deletable?: boolean;
  note: string;
  unless?: (hit: PhraseHit) => boolean;
  /** Reported inside a condition too. */
  inConditions?: boolean;
  /** Reported inside a question too: a lecture asked («قد قريت الشروط؟»). */
  inQuestions?: boolean;
}

/** An entry of a phrase with its message and note, and what else it needs (an `unless`, `inConditions`). */
const said =
  (message: string, note: string, more: Omit<Partial<ArabicEntry>, 'phrase' | 'message' | 'note'> = {}) =>
  (phrase: string): ArabicEntry => ({ phrase, message, expected: [], note, ...more });
/** The messages several families share. */
const reminded = '«{actual}» يعظ العميل لأنه لم يتذكر؛ أعطِ المعلومة مرة أخرى دون تذكير';
const faultPut = '«{actual}» يلقي اللوم على العميل؛ اشرح ما حدث وما سنفعله';
const doorClosed = '«{actual}» يغلق الباب؛ قل ما هو ممكن';
const blamed = '«{actual}» يلوم العميل؛ صِف ما حدث بدلًا من ذلك';
const ruleQuoted = '«{actual}» يقتبس قاعدة في وجه العميل؛ قل ما تحتاجه ولماذا، وما يمكنه فعله';
const cannotDo = '«{actual}» يخبر العميل بما لا يمكنك فعله؛ ابدأ بما يمكنك فعله';
/** A no, a limit or a duty in the words after the terms: «ما تنعوّض»، «لا يُسترد»، «غير قابل»، «مرفوض»، «يجب». */
const termsDeny = foldedRegex(/(?:^|[^\u0621-\u064A])(?:لا|ما|مش|مو|غير|لن|ليس|يتعذر|مرفوض|مرفوضة|ممنوع|يمنع|يجب|لازم|عليك|مستثنى|مستثناة|يستثني|تستثني)(?![\u0621-\u064A])/u);
/** A no, a limit or a duty in the rest of the hit's sentence (160 characters at most): what makes terms cited a rule held up. */
const deniedAfter = (hit: PhraseHit): boolean => termsDeny.test(arabicSource(hit.after.slice(0, 160).split(/[.!؟?]/u)[0]!).text);
const disowned = '«{actual}» يتنصل من المسؤولية أمام العميل؛ قل ما يمكنك فعله';
const lectured = '«{actual}» يعظ العميل لما فات؛ قل ما يساعده الآن بدلًا من ذلك';
/** Telling the customer to calm down: their feelings brushed aside (blame disowned has its own message, `disowned`). */
const dismissive = '«{actual}» يتجاهل مشاعر العميل؛ اعترف بما يشعر به وقل ما ستفعله';
const madeAbsolute = '«{actual}» يجعل الرفض مطلقًا؛ قل ما يمكنك فعله بدلًا من ذلك';

/**
 * A sanction held over the customer, reported only where `held` finds it held over them (what leads to it, or a
 * condition on what they do); read inside conditions, since that is where such threats stand.
 */
const sanction = (phrase: string, held: (hit: PhraseHit) => boolean): ArabicEntry => ({
  phrase,
  message: '«{actual}» يلوّح بعقوبة في وجه العميل؛ قل ما تحتاجه ولماذا، وما يمكنه فعله',
  expected: [],
  note: policyNote,
  inConditions: true,
  unless: (hit) => !held(hit),
});
/** A condition on what the customer does around the hit (200 characters each way, the words after it folded). */
const inCondition = (hit: PhraseHit): boolean => onCondition.test(hit.before.slice(-200) + arabicSource(hit.after.slice(0, 200)).text);

// Denied, the duty is reassurance: «لا يجب عليكِ دفع رسوم التقديم مرة ثانية».
const burden = (phrase: string, expected: string[]): ArabicEntry => ({
  phrase,
  message: '«{actual}» تُلقي العبء على العميل؛ ادعُه بدلًا من ذلك',
  expected,
  safe: true,
  note: burdenNote,
  unless: (hit) => /(?<![\u0621-\u064A])[وف]?(?:لا|لن|ليس|لست|غير|مش|مو|ما|مب)\s*$/u.test(hit.before),
});

/**
 * «سيؤدي إلى», «قد تؤدي إلى», «سيترتب عليه» just before the hit (read on the sentence's last words, so the scan stays
 * short).
 */
const leadsTo = foldedRegex(/(?:^|[^\u0621-\u064A])[وف]?(?:س|سوف\s+|قد\s+)?(?:[يت]ؤدي\s+(?:إلى|الى)|[يت]ترتب\s+(?:عليه|عليها|عليهما))\s+$/u);
/** The same, or «سيتم», «قد يتم» (it will be done), and its spoken forms («غادي يتم»، «راح يتم»، «حيتم»، «هيتم»، «بيتم»). */
const leadsToOrWillBe = foldedRegex(/(?:^|[^\u0621-\u064A])(?:[وف]?(?:س|سوف\s+|قد\s+)?(?:[يت]ؤدي\s+(?:إلى|الى)|[يت]ترتب\s+(?:عليه|عليها|عليهما))|[وف]?(?:س|سوف\s+|قد\s+|غادي\s+|راح\s+|رح\s+|ح|ه|ب)يتم)\s+$/u);

/**
 * What cannot be taken back once done, said before the customer does it: «التراجع عن هذا الإجراء»، «إلغاء العملية»،
 * «استعادة الملفات بعد حذفها». Not «استرداد المبلغ» (a refund refused) nor «التراجع عن قرارنا».
 */
const irreversibleStep = /^\s*(?:التراجع\s+عن|إلغاء|الغاء|استرجاع|استعادة)\s+(?:(?:هذا|هذه)\s+)?(?:ال)?(?:إجراء|اجراء|عملية|خطوة|حذف|تغيير|تغييرات)(?:\s|$|[.،!])/u;
const afterDeleting = /(?:^|\s)(?:بعد|عند|بمجرد)\s+(?:ال)?حذف/u;
/** Read on the words after «لا يمكن», up to the end of the sentence (at most 60 characters). */
function irreversible(after: string): boolean {
  return irreversibleStep.test(after) || afterDeleting.test(after.slice(0, 60).split(/[.!؟\n]/u)[0]!);
}

// Longer phrases first: at one position the first that matches wins.
const entries: ArabicEntry[] = [
  burden('عليك التحقق', ['دعنا نتحقق']),
  burden('عليك التأكد', ['دعنا نتأكد']),
  burden('يجب عليك أن', ['يُرجى أن']),
  // («دعنا» takes a verb of ours, «دعنا نتحقق»: after «يجب عليك» comes the customer's verbal noun or verb, and «دعنا
  // إرسال» is no Arabic; the verbal nouns it fits have entries of their own above.)
  burden('يجب عليك', ['يُرجى']),
  burden('يتوجب عليك', ['يُرجى']),
  burden('يتعين عليك', ['يُرجى']),
  // The same said to a customer addressed in the plural of respect («يجب عليكم الحضور»، «يتوجب عليكم إرفاق …»).
  burden('يجب عليكم أن', ['يُرجى أن']),
  burden('يجب عليكم', ['يُرجى']),
  burden('يتوجب عليكم', ['يُرجى']),
  burden('يتعين عليكم', ['يُرجى']),
  burden('عليكم أن', ['يُرجى أن']),
  burden('يلزمكم أن', ['يُرجى أن']),
  burden('عليك أن', ['يُرجى أن']),
  burden('أريدك أن', ['يُرجى أن']),
  // "What is required of you": the duty said as a noun («والمطلوب منك ترفعها قبل نهاية الشهر»).
  { ...burden('المطلوب منك', []), safe: false },
  { ...burden('المطلوب منكم', []), safe: false },
  burden('أريد منك أن', ['يُرجى أن']),
  burden('أحتاج منك أن', ['يُرجى أن']),
  // The spoken «لازم» and «لا بد أن» are «يجب» said to the customer; «ليس لازمًا» (there is no need) is reassurance.
  // («لازم تلتزم» has no word-for-word rewrite: «يُرجى» takes «أن» or a verbal noun.)
  // The spoken denials too: «مو لازم»، «مب لازم»، «موش لازم»، and the Hassaniya «ماهُ لازم» (its mark is folded away).
  // («لازم تكون وصلتك رسالة» guesses what must have happened: "must have", not a demand; «لازم تكون موجود» is one.)
  // («لازم نتأكد من هويتك» is the writer's own duty, said with «نـ» or «أ»: no burden on the customer.)
  { ...burden('لازم', []), safe: false, unless: (hit) => /(?<![\u0621-\u064A])(?:ليس|غير|مش|مو|موش|مب|ماهو|ماه|ماهي|ماش)\s*$/u.test(hit.before) || mustHaveHappened.test(hit.after.slice(0, 40)) || writersOwnDuty.test(hit.after.slice(0, 30)) },
  burden('لا بد أن', ['يُرجى أن']),
  // The same duties in other words: «ينبغي عليك»، «تحتاج إلى تحديث التطبيق» opening its clause (you need to: no
  // word-for-word rewrite, the noun after it may be a thing; mid-clause it is as often "it needs": «المضخة تحتاج إلى
  // استبدال»، «قد تحتاج إلى بعض الوقت»). «يجب أن تـ» is left alone: its «تـ» is as often a thing's («يجب أن تكون
  // الصورة بخلفية بيضاء»); so is «المفروض إنك», as often what is expected («المفروض إنك تستلم الطلب بكرة»).
  burden('ينبغي عليك أن', ['يُرجى أن']),
  burden('ينبغي عليك', ['يُرجى']),
  burden('ينبغي عليكم', ['يُرجى']),
  { ...burden('تحتاج إلى', []), safe: false, unless: (hit) => !clauseOpening.test(hit.before.slice(-24)) },
  { ...burden('تحتاجين إلى', []), safe: false, unless: (hit) => !clauseOpening.test(hit.before.slice(-24)) },
  // «عليك» opening a clause and followed by what the customer must do («عليك الانتظار حتى نرد»); after a verb that takes
  // it («سنعرض عليك»، «يرد عليك») it is "to you", and mid-clause it is not the order.
  { ...burden('عليك', []), safe: false, unless: (hit) => !clauseOpening.test(hit.before.slice(-24)) },
  burden('لابد أن', ['يُرجى أن']),
  burden('يلزمك أن', ['يُرجى أن']),
  {
    phrase: 'لا يمكننا الانتظار',
    message: '',
    note: cantNote,
    unless: () => true,
  },
  ...['لا يمكنني', 'لا يمكننا', 'لا أستطيع', 'لا نستطيع', 'لسنا قادرين على', 'لست قادرا على', 'لن نتمكن من', 'لن أتمكن من'].map(
    said(cannotDo, cantNote),
  ),
  // The same in other words: spoken («ما نقدر»، «ما نستطيع»), of the offer («لا نقبل»، «لا نوفر»), and a no said of the request.
  // (And the Tunisian «ما نجموش»; the impersonal «يتعذّر» of MSA: «ولذلك يتعذّر قبول الطلب».)
  ...['ما نقدر', 'ما نستطيع', 'ما بنقدر', 'ما فينا', 'مينفعش', 'ما ينفعش', 'ماينفعش', 'مش هنقدر', 'لا نقبل', 'لا نوفر', 'لا نقدم', 'لا ندعم', 'ما نجموش', 'ما نجمش', 'ما نقدروش', 'منقدروش', 'ما يمكنش', 'يتعذر قبول', 'يتعذر تنفيذ', 'يتعذر تلبية', 'يتعذر الموافقة', 'يتعذر علينا'].map(
    // «سنفعل كل ما نقدر عليه»: "all that we can", a promise.
    said(cannotDo, cantNote, { unless: (hit) => /(?:^|\s)(?:كل|بكل|قدر)\s*$/u.test(hit.before.slice(-12)) }),
  ),
  // Said of the thing, not the writer: «لا يمكن تعديل تاريخ الميلاد عن طريق البوابة». Not «لا يمكن أن يتكرر ذلك» (a
  // reassurance) nor «لا يمكن للموظف …» ahead of who cannot.
  {
    phrase: 'لا يمكن',
    message: '«{actual}» يغلق الباب؛ قل ما هو ممكن',
    expected: [],
    note: cantNote,
    // «لا يمكن التراجع عن هذا الإجراء» warns before a step that cannot be taken back: it protects the customer.
    unless: (hit) => /^\s*(?:أن|ان|ل)/u.test(hit.after) || /(?:^|\s)(?:إذا|اذا|لو|أ|ألا|الا)\s*$/u.test(hit.before.slice(-8)) || irreversible(hit.after),
  },
  ...['مرفوض', 'تم رفض'].map(said(doorClosed, cantNote)),
  // (And no exception to it: «ما كاينش استثناء»، «مفيش استثناء»، «لا توجد استثناءات».)
  ...['غير ممكن', 'مستحيل', 'لا يوجد ما يمكننا فعله', 'ما كاينش استثناء', 'ما كاين حتى استثناء', 'مفيش استثناء', 'ما فيش استثناء', 'ما في استثناء', 'مافي استثناء', 'لا يوجد استثناء', 'لا توجد استثناءات', 'دون أي استثناء', 'بدون أي استثناء'].map(said(doorClosed, cantNote)),
  ...['للأسف', 'لسوء الحظ', 'مع الأسف'].map((phrase): ArabicEntry => ({ phrase, message: '«{actual}» تبدأ بما حدث خطأ؛ ابدأ بما يمكنك فعله', deletable: true, note: cantNote })),
];

/**
 * Blame, reminders, blame pushed away, policy, sanctions and rules, in a table of their own: one alternation of every
 * phrase was at the ReDoS check's budget (test/redos.test.ts), as the English tables were. Hits of the two tables are
 * merged as one table's would be: the leftmost first, the longest where two start together.
 */
const blameEntries: ArabicEntry[] = [
  ...['لقد نسيت', 'نسيت أن', 'كان عليك', 'كان يجب عليك', 'كان عليكم', 'كان يجب عليكم', 'كان ينبغي عليك', 'كان ينبغي عليكم', 'لم تقم ب', 'لم تتبع', 'لم تلتزم', 'لم تقرأ'].map(said(blamed, blameNote)),
  // Said as the sentence's own verb, the reminder cannot be deleted: a person rewrites it.
  // "Which is what we warned you about": the warning held up after the harm («وهذا بالضبط اللي نبّهناك عليه وقت الاستلام»).
  ...['اللي نبهناك عليه', 'اللي نبهناك منه', 'الذي نبهناك إليه', 'الذي نبهناك عليه', 'الذي نبهناك منه', 'اللي حذرناك منه', 'الذي حذرناك منه', 'اللي نبهتك عليه', 'الذي نبهتك إليه', 'اللي حذرتك منه', 'الذي حذرتك منه', 'ما حذرناك منه', 'ما نبهناك إليه'].map(said(reminded, blameNote)),
  ...['أخبرناك بذلك', 'سبق أن أخبرناك', 'سبق وأخبرناك', 'قلنا لك'].map(
    // «المكان اللي قلنا لك عليه»: a pointer to a place, not "we told you so".
    said(reminded, blameNote, { unless: (hit) => pointsAtIt(hit) }),
  ),
  ...['كما ذكرت سابقا', 'كما ذكرنا سابقا', 'كما قلت', 'كما أخبرتك', 'كما ذكرنا لكم', 'كما ذكرنا لك', 'كما ذكرت لك', 'كما أخبرناك', 'كما أخبرناكم', 'كما أوضحنا', 'كما أوضحت لك', 'كما سبق وذكرنا', 'كما سبق أن ذكرنا', 'كما سبق وأوضحنا'].map((phrase): ArabicEntry => ({ phrase, message: reminded, deletable: true, note: blameNote })),
  // The fault put on the customer: «ربما حدث سوء فهم من جهتك»، «الخطأ من طرفك»، «الغلط من عندك».
  ...['سوء فهم من جهتك', 'سوء فهم من طرفك', 'سوء فهم من جانبك', 'الخطأ من طرفك', 'الخطأ من جهتك', 'الخطأ من جانبك', 'الخطأ منك', 'الغلط من عندك', 'الغلط منك', 'الغلط من عندكم', 'خطأ من طرفك', 'خطأ من جهتك'].map(
    said(faultPut, blameNote),
  ),
  // Blame pushed away: «التأخير ليس من طرفنا»، «المسألة خارجة عن سيطرتنا»، «لسنا مسؤولين عن …».
  ...['اهدأ'].map(said(dismissive, blameNote)),
  ...['ليس خطأنا', 'هذا ليس خطأنا', 'ليس من طرفنا', 'ليس من جهتنا', 'ليست من طرفنا', 'خارج عن سيطرتنا', 'خارجة عن سيطرتنا', 'خارج عن مسؤولية', 'خارجة عن مسؤولية', 'خارج عن مسؤوليتنا', 'خارجة عن مسؤوليتنا', 'خارج مسؤوليتنا', 'خارج عن إرادتنا', 'خارجة عن إرادتنا', 'لسنا مسؤولين', 'ليست مسؤوليتنا', 'ليس مسؤوليتنا', 'مش غلطتنا', 'مش مسؤوليتنا'].map(said(disowned, blameNote)),
  // The terms, rules or guidelines held up as broken: «هذا مخالف لشروط الاستخدام»، «يخالف قواعد المجتمع».
  ...['مخالف للبند', 'مخالفة للبند', 'مخالف للمادة', 'مخالفة للمادة', 'يخالف البند', 'تخالف البند', 'مخالف لشروط', 'مخالفة لشروط', 'مخالف لقواعد', 'مخالفة لقواعد', 'مخالف لإرشادات', 'مخالفة لإرشادات', 'مخالف لسياسة', 'مخالفة لسياسة', 'يخالف شروط', 'يخالف قواعد', 'يخالف سياسة', 'تخالف شروط', 'تخالف قواعد', 'تخالف سياسة'].map(
    // «تقييم لا يخالف شروط النشر»: what does not break the terms holds nothing up.
    said(ruleQuoted, policyNote, { unless: (hit) => /(?<![\u0621-\u064A])(?:لا|لم|لن|ليس|غير|ما|مش|مو)\s*$/u.test(hit.before) }),
  ),
  // A reminder counted out: «هذه ثالث مرة نذكرك»، «للمرة الثانية ننبهك». (Not «نعتذر لتكرار ذلك للمرة الثالثة».)
  ...['للمرة الثانية', 'للمرة الثالثة', 'ثاني مرة', 'ثالث مرة', 'مرة أخرى نذكرك'].map(
    said(reminded, blameNote, { unless: (hit) => !reminding.test(arabicSource(hit.before.slice(-30) + ' ' + hit.after.slice(0, 30)).text) }),
  ),
  // The terms held up as the reason for a no: «حسب الشروط والأحكام المكتوبة ورا التذكرة، أيام الصيانة ما تنعوّض». Not where the
  // terms give («حسب الشروط، يحق لك استرداد المبلغ»).
  ...['حسب الشروط', 'وفق الشروط', 'بموجب الشروط', 'حسب البند', 'وفق البند', 'بموجب البند', 'حسب العقد', 'بموجب العقد', 'وفقا للعقد', 'حسب اللائحة', 'وفق اللائحة'].map(
    said(ruleQuoted, policyNote, { unless: (hit) => !deniedAfter(hit) }),
  ),
  ...['سياستنا لا تسمح', 'مخالف لسياستنا', 'ضد سياستنا', 'حسب سياستنا', 'هذي سياسة', 'هاذي سياسة', 'هذه سياسة', 'هادي سياسة', 'دي سياسة'].map((phrase): ArabicEntry => ({ phrase, message: '«{actual}» يختبئ خلف السياسة؛ اشرح السبب والبديل', expected: [], note: policyNote })),
  // A sanction held over the customer: «ستؤدي إلى إيقاف حسابك», «قد يتم حظرك». (Not «سيتم حذف حسابك», which is what a
  // customer who asked to leave is told.) The sanction is the phrase; what leads to it is read in the words before.
  ...['إيقاف حسابك', 'حظر حسابك', 'تعليق حسابك', 'حظرك', 'إيقافك', 'حذف حسابك', 'إغلاق حسابك'].map((phrase) => {
    const lead = /^(?:حذف|إغلاق)/u.test(phrase) ? leadsTo : leadsToOrWillBe;
    return sanction(phrase, (hit) => lead.test(hit.before.slice(-40)));
  }),
  // The same sanction on anything of the customer's, made in a condition on what they do: «في حال تكرار ذلك سيتم إيقاف
  // بطاقتك فورًا»، «سيتم إيقاف الخط نهائيًا إذا لم يتم السداد». (Without the condition, «سيتم إيقاف التجديد التلقائي» is what
  // the customer asked for.)
  ...['إيقاف', 'حظر', 'تعليق', 'قطع', 'فصل'].map((phrase) => sanction(phrase, (hit) => leadsToOrWillBe.test(hit.before.slice(-24)) && inCondition(hit))),
  // The sanction as a verb with its own future, spoken or written, in a condition on what the customer does: «لو اتكررت
  // المخالفة تاني، الحساب هيتقفل نهائيًا»، «إذا تكرر ذلك سيُغلق حسابك». (Without the condition, «الخط هيتقفل بكرة» may be
  // what the customer asked for.)
  ...['هيتقفل', 'حيتقفل', 'هيتحظر', 'حيتحظر', 'هيتوقف', 'حيتوقف', 'هيتلغى', 'هيتقطع', 'هيتفصل', 'رح يتسكر', 'راح يتسكر', 'رح ينقفل', 'راح ينقفل', 'غادي يتسد', 'غادي يتبلوكا', 'سيغلق حسابك', 'سيحظر حسابك', 'سيوقف حسابك', 'سيعلق حسابك'].map(
    (phrase) => sanction(phrase, inCondition),
  ),
  // A rule stated at the customer: «يُمنع نشر …»، «ممنوع …»، «غير مسموح بـ». Not a warning that keeps their data safe
  // («يُمنع مشاركة كلمة المرور مع أي شخص»), and not the writer's own limit («لا يُسمح لنا»).
  ...['يمنع', 'ممنوع', 'يحظر', 'محظور', 'غير مسموح'].map(said(ruleQuoted, policyNote, { unless: (hit) => protective.test(arabicSource(hit.after.slice(0, 60)).text) })),
];

/** After «انت اللي»: a choice that is the customer's to make («انت اللي تقرر»، «أنت من يختار»), not blame. */
const theirChoice = foldedRegex(/^\s*[وف]?(?:ت|بت|هت|حت|كت|ي)?(?:قرر|ختار|حدد|عرف|ستاهل|ستحق|تحكم|ملك)/u);
/** After «كان المفروض»: the writer's own duty («… نرد عليك»، «… علينا»), or what should have happened («… يوصلك»). */
const notTheirDuty = foldedRegex(/^\s*(?:أن\s+|إن\s+)?(?:[نيا]|علينا|عليا|علي\s|منا|مننا|إحنا|نحن|تكون|توصل|تصل)/u);
/** After «المرة الجاية»: a check the customer is told to make next time. */
const lessonAhead = foldedRegex(/^[\s،,]*(?:[وف]?(?:راجع|تأكد|انتبه|انتبهي|اقرأ|دقق|ركز|ركزي|راجعي|تأكدي|شيك|اتأكد)(?:[\s،,.]|$)|يرجى التأكد|يرجى الانتباه|نرجو التأكد|نرجو الانتباه)/u);
/** Later in a request to read or check: the time it is for is the next time («مستقبلًا»، «في المرة القادمة»، «قبل أي طلب»). */
const lessonLater = foldedRegex(/(?<![\u0621-\u064A])(?:مستقبلا|في المستقبل|المرة القادمة|المرة الجاية|المرات القادمة|قبل تقديم أي|قبل أي)(?![\u0621-\u064A])/u);
/** After «تقع المسؤولية على»: on us («… عاتقنا»، «… علينا»). */
const onUs = foldedRegex(/^\s*(?:عاتق)?(?:نا|ي)(?:[^\u0621-\u064A]|$)/u);
/** Before «دون إنذار»: a sanction, or what leads to one. */
const sanctionBefore = foldedRegex(/(?:يترتب|يؤدي|إلغاء|إيقاف|حظر|تعليق|فصل|قطع|غرامة|حذف|إغلاق|يتم)/u);
/**
 * A no of the writer's in the sentence around a word that makes it absolute: a negated verb of ours («ما منجمّد»، «لا
 * نقبل»، «مش هنرجّع»), or what may not be done («لا يمكن»، «غير مسموح»، «مش رح يتغيّر»). Not the customer reassured
 * («ما راح ينخصم منك شي لأي سبب»).
 */
const negationNear = foldedRegex(/(?:^|\s)[وف]?(?:ما|لا|لن|لم|مش|مو|ماشي|ليس|ليست|غير)\s+(?:(?:رح|راح|غادي|ح|ه)\s+)?(?:ن|من|بن|هن|حن|كن|يمكن|ممكن|يحق|يسمح|مسموح|متاح|يتغير|يتم|بيتم)/u);
/** Before «بسببك»: said not to be the customer's doing («وليس بسببك»، «مش بسببك»). */
const notTheirFault = foldedRegex(/(?:^|\s)[وف]?(?:ليس|ليست|مش|مو|موش|ماشي|ما هو|ما هي|مهوش|لا|غير)\s*$/u);

/**
 * The same families in the words other writers use, in a table of their own (the ReDoS check's budget again): the
 * fault put on the customer as its cause («بسببك»، «انت اللي فعّلته»، «كون قريتي الشروط»), the duty they failed
 * («كان المفروض»، «المفروض تنتبه»), a lesson for next time, blame pushed onto someone else («المسؤولية تقع على …»،
 * «ماشي غلطنا»، «ما لنا دخل»), the answer said to be repeated («نعيد ونزيد»), a sanction with no warning, and a no
 * made absolute («لأي سبب»، «بدون استثناء»، «كرمال حدا»).
 */
const otherWordsEntries: ArabicEntry[] = [
  // «بسببك»: the customer as the cause. (Not «بسبب» alone, which gives any reason.)
  ...['بسببك', 'بسببكم', 'بسبب خطئك', 'بسبب غلطك', 'بسبب إهمالك', 'بسبب تقصيرك', 'خطؤك', 'غلطتك', 'تقصيرك', 'إهمالك', 'تقصير منك', 'إهمال منك'].map(
    said(faultPut, blameNote, { unless: (hit) => notTheirFault.test(hit.before.slice(-12)) }),
  ),
  // «انت اللي فعّلته بنفسك»: you are the one who did it. Not «أنت من يقرر»، «انت اللي تختار» (the choice is theirs).
  ...['انت اللي', 'إنت اللي', 'أنت اللي', 'انتي اللي', 'إنتي اللي', 'أنتِ اللي', 'أنت الذي', 'أنتِ التي', 'أنت من قام', 'أنتِ من قامت', 'نتا لي', 'نتي لي', 'انتا اللي'].map(
    said(faultPut, blameNote, { unless: (hit) => theirChoice.test(arabicSource(hit.after.slice(0, 30)).text) }),
  ),
  // Had you read it (a past that cannot be changed, put to the customer): «لو كنت قرأت الشروط»، «كون قريتي الشروط».
  ...['لو كنت قرأت', 'لو كنتِ قرأتِ', 'لو كنت انتبهت', 'لو كنت راجعت', 'لو كنت تأكدت', 'لو كنت اطلعت', 'كون قريتي', 'كون قريتو', 'كون قريت', 'كون شفتي', 'كون راجعتي', 'كون تأكدتي', 'كون رديتي البال', 'لو قريت الشروط', 'لو قريتي الشروط'].map(
    said(blamed, blameNote, { inConditions: true }),
  ),
  // The rule said to have been plain to read: «وهذا مكتوب تحت السعر بخط واضح»، «موضّح بشكل واضح في الشروط».
  ...['بخط واضح', 'بخط عريض', 'مكتوب بوضوح', 'موضح بوضوح', 'مذكور بوضوح', 'مكتوب بشكل واضح', 'موضح بشكل واضح', 'مذكور بشكل واضح', 'ورد بوضوح', 'وارد بوضوح', 'منصوص عليه بوضوح', 'ورد صراحة', 'مذكور صراحة'].map(
    (phrase): ArabicEntry => ({ phrase, message: '«{actual}» يعظ العميل؛ أعطِ المعلومة دون الدرس', expected: [], note: blameNote }),
  ),
  // What the customer could have done, said after the fact: «كان ممكن تبلغنا بالعدد الجديد قبلها بيومين».
  // Said with the verb aimed at the writers («… تبلغنا»، «… تكلّمني»); «كان ممكن تتأخر الشحنة» is what might have happened.
  ...['كان ممكن', 'كان من الممكن', 'كان بإمكانك', 'كان يمكنك'].map(
    said(blamed, blameNote, { unless: (hit) => !/^\s*(?:أن\s+|ان\s+)?ت[\u0621-\u064A]{2,}(?:نا|ني|لنا|لي)(?![\u0621-\u064A])/u.test(hit.after) }),
  ),
  // The duty they failed: «كان المفروض تبلغنا»، «المفروض تنتبه قبل ما تضغط». Not «كان المفروض نرد عليك» (the writer's own
  // failing) nor «المفروض يوصلك» (what should happen).
  ...['كان المفروض', 'كان من المفروض', 'كان لازم', 'كان من الواجب'].map(
    said(blamed, blameNote, { unless: (hit) => notTheirDuty.test(arabicSource(hit.after.slice(0, 30)).text) }),
  ),
  ...['المفروض تنتبه', 'المفروض تنتبهي', 'المفروض تركز', 'المفروض تقرأ', 'المفروض تقرا', 'المفروض تراجع', 'المفروض تتأكد', 'المفروض تدقق', 'من المفروض أن تنتبه', 'من المفروض أن تتأكد', 'من المفروض أن تقرأ'].map(
    (phrase): ArabicEntry => ({ phrase, message: '«{actual}» يعظ العميل؛ قل ما يساعده الآن بدلًا من ذلك', expected: [], note: blameNote }),
  ),
  // The same lesson with its time after it: «يُرجى الاطلاع على شروط الوثيقة جيدًا قبل تقديم أي مطالبات مستقبلًا». Not a
  // page to read for the case now («يرجى الاطلاع على الرابط التالي لمعرفة الخطوات»).
  ...['يرجى الاطلاع على', 'الرجاء الاطلاع على', 'نرجو الاطلاع على', 'يرجى قراءة', 'الرجاء قراءة', 'نرجو قراءة', 'يرجى مراجعة', 'الرجاء مراجعة', 'نرجو مراجعة'].map(
    said(lectured, blameNote, { unless: (hit) => !lessonLater.test(arabicSource(hit.after.slice(0, 160).split(/[.!؟?\n]/u)[0]!).text) }),
  ),
  // A lesson for next time: «المرة الجاية راجع عنوانك»، «في المرة القادمة تأكد من …».
  ...['المرة الجاية', 'المرة الجاي', 'المرة القادمة', 'المرة اللي جاية', 'في المرة القادمة', 'مستقبلا'].map(
    said(lectured, blameNote, { unless: (hit) => !lessonAhead.test(arabicSource(hit.after.slice(0, 40)).text) }),
  ),
];
/** Blame pushed away, in other words: a table of its own, for the ReDoS check's budget. */
const pushedAwayEntries: ArabicEntry[] = [
  // Blame pushed onto someone else: «المسؤولية في ذلك تقع عليها وحدها لا على الشركة»، «هادشي ماشي غلطنا»، «ما لنا دخل».
  ...['ماشي غلطنا', 'مو غلطنا', 'موش غلطنا', 'ليس غلطنا', 'مش ذنبنا', 'ماشي ذنبنا', 'لا ذنب لنا', 'ما لنا ذنب', 'مالنا ذنب', 'ما لنا دخل', 'مالنا دخل', 'مالناش دعوة', 'ملناش دعوة', 'ما إلنا علاقة', 'مالنا علاقة', 'لا علاقة لنا', 'لا دخل لنا', 'لا على الشركة', 'وليس على الشركة', 'لا علينا', 'مش علينا', 'تقع عليها وحدها', 'تقع عليه وحده', 'لا نتحمل أي مسؤولية', 'لا نتحمل المسؤولية', 'لا نتحمل مسؤولية', 'لا تتحمل الشركة', 'ما قصر', 'ما قصرش', 'لم يقصر'].map(
    said(disowned, blameNote),
  ),
  // Responsibility put on another («تقع المسؤولية على …»، «المسؤولية على عاتق …»), but not taken on («… على عاتقنا»).
  ...['المسؤولية تقع على', 'تقع المسؤولية على', 'المسؤولية على عاتق', 'المسؤولية في ذلك تقع على'].map(
    said(disowned, blameNote, { unless: (hit) => onUs.test(arabicSource(hit.after.slice(0, 20)).text) }),
  ),
  // Out of our hands by our own rules: «لا تتدخل خدمة العملاء في …»، «ليس من اختصاصنا». A limit: a way forward elsewhere in
  // the reply answers it.
  ...['لا تتدخل خدمة العملاء', 'المنصة لا تتدخل', 'الشركة لا تتدخل', 'المتجر لا يتدخل', 'التطبيق لا يتدخل', 'لا تتحمل مسؤولية', 'لا تتحمل أي مسؤولية', 'لا نتحمل مسؤولية', 'لا نتحمل أي مسؤولية', 'لا يتحمل مسؤولية', 'لا يتحمل أي مسؤولية', 'لا نتدخل', 'ما نتدخل', 'ما منتدخل', 'مش بنتدخل', 'ليس من اختصاصنا', 'مش من اختصاصنا', 'خارج اختصاصنا', 'ليس من صلاحياتنا', 'خارج صلاحياتنا', 'مش من صلاحياتنا'].map(
    said(cannotDo, cantNote),
  ),
];
/** Lectures, sanctions and a no made absolute, in other words: a table of its own, for the same reason. */
const absoluteEntries: ArabicEntry[] = [
  // The answer said to be given again and again: «صرلنا نعيد ونزيد بهالموضوع»، «قلناها مرارًا وتكرارًا».
  ...['نعيد ونزيد', 'نعاود ونزيد', 'عاودنا وزدنا', 'مرارا وتكرارا', 'قلناها', 'ياما قلنا', 'ياما قلتلك'].map(
    said(reminded, blameNote),
  ),
  // A sanction with no warning: «سيترتب عليه إلغاء اشتراكك فورًا دون إنذار مسبق». (Not «نعتذر عن تغيير الموعد دون إنذار»,
  // the writer's own failing: only after a sanction or what leads to one.)
  ...['دون إنذار', 'بدون إنذار', 'دون سابق إنذار', 'بدون سابق إنذار', 'من غير إنذار', 'بلا إنذار', 'بلا سابق إنذار'].map((phrase) =>
    sanction(phrase, (hit) => sanctionBefore.test(hit.before.slice(-80))),
  ),
  ...['إلغاء اشتراكك', 'إلغاء عضويتك', 'إلغاء حسابك'].map((phrase) => sanction(phrase, (hit) => leadsTo.test(hit.before.slice(-40)))),
  // A no made absolute: «ما منجمّد العضويات لأي سبب … ومش رح يتغيّر كرمال حدا»، «لا استرداد بدون استثناء». Only after a
  // no in the same sentence: «تواصل معنا لأي سبب» invites.
  ...['لأي سبب', 'لاي سبب', 'كرمال حدا', 'كرمال حدن', 'عشان حد', 'علشان حد', 'بدون استثناء', 'دون استثناء', 'بلا استثناء', 'لا استثناء', 'مهما كان السبب', 'تحت أي ظرف', 'بأي حال من الأحوال'].map(
    said(madeAbsolute, cantNote, { unless: (hit) => !negationNear.test(`${hit.before.slice(-80)} ${arabicSource(hit.after.slice(0, 40)).text}`) }),
  ),
];

/** Who warned the customer, beside "more than once": «المدرب نبّهك أكتر من مرة»، «قلنالك كذا مرة». */
const warnedYou = foldedRegex(/(?:نبهك|نبهتك|نبهناك|نبهتي|قلتلك|قلنالك|قلنا لك|قلت لك|ذكرناك|ذكرتك|أخبرناك|أخبرتك|حذرناك|حذرتك|نبهنا|نكرر)/u);
/**
 * And in the words of still other writers (ar-batch-7), a table of its own for the ReDoS check's budget: blame said of
 * the customer with a word between («الغلط ده منك إنت»), a warning given "more than once", "not our problem" and "not
 * us" («ماشي قضيتنا»، «مو إحنا»), the company not bound («غير ملزمة بالبحث عنها»), what cannot be undone («غير قابلة
 * للاسترداد»، a limit), no exceptions said outright («مفيهاش استثناءات»), and membership taken away.
 */
const stillOtherEntries: ArabicEntry[] = [
  ...['الغلط ده منك', 'الغلط دا منك', 'الغلط هذا منك', 'الغلط هاد منك', 'الخطأ هذا منك', 'الغلط منك إنت', 'ما عندو ذنب', 'ما عنده ذنب', 'مالوش ذنب', 'ملوش ذنب', 'ليس له ذنب'].map(
    said(faultPut, blameNote),
  ),
  ...['أكتر من مرة', 'أكثر من مرة', 'عدة مرات', 'كذا مرة', 'مرارا'].map(
    said(reminded, blameNote, { unless: (hit) => !warnedYou.test(arabicSource(hit.before.slice(-40) + ' ' + hit.after.slice(0, 30)).text) }),
  ),
  ...['ماشي قضيتنا', 'مش قضيتنا', 'مو قضيتنا', 'موش قضيتنا', 'ليست قضيتنا', 'مش مشكلتنا', 'ماشي مشكلتنا', 'مو مشكلتنا', 'ليست مشكلتنا', 'مو إحنا', 'مش إحنا', 'مو احنا', 'مش احنا', 'ماشي حنا', 'وليس نحن', 'مو علينا', 'مش علينا', 'موش علينا'].map(
    said(disowned, blameNote),
  ),
  // Not «الاشتراك غير ملزم» (the customer is free to leave): only the company not bound to do something.
  // And the rule held up as the answer: «هذا نظامنا وما نقدروش نديروا استثناء»، «هذه سياستنا».
  ...['الشركة غير ملزمة', 'غير ملزمة ب', 'غير ملزمين ب', 'لسنا ملزمين', 'قاعدة ثابتة', 'هذا نظامنا', 'هذه سياستنا', 'هذي سياستنا', 'هادي سياستنا', 'هاذي سياستنا'].map(
    said(ruleQuoted, policyNote),
  ),
  ...['غير قابل للاسترداد', 'غير قابلة للاسترداد', 'غير قابل للإلغاء', 'غير قابلة للإلغاء', 'غير قابل للتعديل', 'غير قابلة للتعديل', 'غير قابل للاستبدال', 'غير قابلة للاستبدال', 'غير قابلة للإرجاع', 'غير قابل للإرجاع'].map(
    said(doorClosed, cantNote),
  ),
  // («لا استثناءات» alone is the rule held up, in `closedTalkEntries`: a way forward beside it does not take it back.)
  ...['مفيهاش استثناءات', 'ما فيها استثناءات', 'ما فيهاش استثناء', 'بلا استثناءات', 'دون استثناءات', 'بدون استثناءات', 'بأي حال'].map(
    said(madeAbsolute, cantNote),
  ),
  ...['تسحب عضويته', 'تسحب عضويتك', 'سحب عضويتك', 'ستسحب عضويتك'].map((phrase) => sanction(phrase, () => true)),
];
/**
 * The terms held up at the customer and a refund refused to the last coin, in a table of their own (added to the one
 * above, its pattern grew past what the ReDoS check decides in its budget).
 */
const heldUpEntries: ArabicEntry[] = [
  // The terms held up at the customer: "it's clearly stated", "the contract you signed", "these are the company's rules".
  ...['منصوص عليه بوضوح', 'منصوص عليها بوضوح', 'العقد الذي وقعته', 'العقد اللي وقعته', 'الشروط التي وافقت عليها', 'الشروط اللي وافقت عليها', 'دي لوائح', 'هذه لوائح', 'هاي لوائح', 'دي سياسة الشركة', 'هذه سياسة الشركة', 'هذي سياسة الشركة'].map(said(ruleQuoted, policyNote)),
  // "Did you read the terms before …?": the lecture asked.
  ...['قريت الشروط', 'قرأت الشروط قبل', 'قريتي الشروط', 'قرأتِ الشروط قبل'].map(said(ruleQuoted, policyNote, { inQuestions: true })),
  ...['ما نرجع ولا', 'ما بنرجع ولا', 'مش هنرجع ولا', 'ما راح نرجع ولا', 'ما رح نرجع ولا'].map(said(madeAbsolute, cantNote)),
];
/**
 * The no said in the spoken varieties, built from their closed classes rather than listed phrase by phrase: each
 * variety's negator («ما»، «مش»، «مو»، «مب») with each one's "we can" («نقدر»، «نكدر»، «ننجم» …), and each one's "not"
 * with "our remit" («مو من اختصاصنا»); "not of our doing" («مش من خدمتنا»); and what a warranty, a contract or the company says it does not
 * cover («الضمان ما يشمل»، «الشركة ما تتحمّل»). All of them are limits: a way forward elsewhere in the reply answers them.
 */
const spokenNegators = ['لا', 'ما', 'مش', 'مو', 'مب', 'موب'];
// (And the Levantine «منقدر»: «ما منقدر نعمل شي».)
const weCan = ['نستطيع', 'نقدر', 'نكدر', 'نگدر', 'ننجم', 'نقدرو', 'نكدرو', 'نگدرو', 'نجمو', 'نسطا', 'منقدر'];
const notSo = ['ليس', 'مش', 'مو', 'مب', 'موب', 'ماهو', 'مهو', 'مهوش', 'ماشي', 'موش', 'ما'];
const ourRemit = ['من اختصاصنا', 'من صلاحياتنا', 'من شأننا'];
/** Not of our doing («مش من خدمتنا»، «مو غلطنا»، «ماهو مسؤوليتنا»): blame pushed away, whatever else the reply offers. */
// With the Levantine «من عنّا» ("from us") and the Iraqi «صوجنا» ("our fault").
const ourDoing = ['من خدمتنا', 'من عندنا', 'من عنا', 'من شغلنا', 'شغلنا', 'مسؤوليتنا', 'من مسؤوليتنا', 'بسببنا', 'غلطنا', 'من غلطنا', 'ذنبنا', 'صوجنا', 'منا'];
/** In our hands («بإيدنا»، «بيدنا»، «بأيدينا»): "not in our hands" is the outcome disowned. */
const ourHands = ['بيدنا', 'بإيدنا', 'بايدنا', 'بأيدينا', 'بايدينا', 'بيدينا', 'بإيدينا', 'في يدنا', 'في إيدنا', 'في أيدينا'];
const notCovered = ['يشمل', 'يغطي', 'تشمل', 'تغطي', 'يتحمل', 'تتحمل', 'نتحمل', 'يضمن', 'تضمن'];
/** Who may be said not to cover a thing: the warranty, the policy, the contract, the company, the writers. */
const coverer = foldedRegex(/(?:الضمان|التأمين|الوثيقة|العقد|الاتفاقية|الاشتراك|الباقة|السياسة|سياستنا|الشركة|المحل|المتجر|المعرض|الوكالة|المركز|إحنا|احنا|نحن|حنا)\s*$/u);
const spokenCannotEntries: ArabicEntry[] = [
  ...spokenNegators.flatMap((no) => weCan.map((can) => `${no} ${can}`)).filter((phrase) => !['لا نستطيع', 'ما نقدر', 'ما نستطيع'].includes(phrase)).map(
    // «سنفعل كل ما نقدر عليه»: "all that we can", a promise.
    said(cannotDo, cantNote, { unless: (hit) => /(?:^|\s)(?:كل|بكل|قدر)\s*$/u.test(hit.before.slice(-12)) }),
  ),
];
const spokenNotOursEntries: ArabicEntry[] = [
  ...notSo.flatMap((not) => ourRemit.map((remit) => `${not} ${remit}`)).filter((phrase) => !['ليس من اختصاصنا', 'مش من اختصاصنا', 'ليس من صلاحياتنا'].includes(phrase)).map(
    said(cannotDo, cantNote),
  ),
  ...notSo.flatMap((not) => ourDoing.map((doing) => `${not} ${doing}`)).map(said(disowned, blameNote)),
  ...notSo.flatMap((not) => ourHands.map((hands) => `${not} ${hands}`)).map(said(disowned, blameNote)),
];
/**
 * The door shut on the talk itself: "that's the end of it" («وخلص الحچي»، «وانتهى الموضوع»), "no exceptions", "what can we
 * do about it?" asked with a shrug («شو طالع بإيدنا؟»).
 */
const closedTalkEntries: ArabicEntry[] = [
  ...['خلص الحكي', 'خلص الحچي', 'خلص الكلام', 'انتهى الموضوع', 'وانتهى الموضوع', 'الموضوع منتهي', 'ما فيه نقاش', 'ما في نقاش', 'مافي نقاش', 'غير قابل للنقاش', 'لا نقاش فيه', 'قاعدة ما تنكسر', 'قاعدة لا تنكسر', 'لا استثناءات', 'ما في استثناء', 'مافي استثناء', 'ما فيه استثناء', 'هذا نظامنا', 'هذه سياستنا', 'هذي سياستنا', 'هاي سياستنا', 'هاد نظامنا'].map(
    said(ruleQuoted, policyNote),
  ),
  ...['شو طالع بإيدنا', 'شو طالع بيدنا', 'شو بإيدنا', 'شو بيدنا', 'ايش بيدنا', 'إيش بإيدنا', 'وش بيدنا', 'شنو بيدنا', 'شنو بإيدنا'].map(
    said(disowned, blameNote, { inQuestions: true }),
  ),
];
const spokenNotCoveredEntries: ArabicEntry[] = [
  ...spokenNegators.flatMap((no) => notCovered.map((verb) => `${no} ${verb}`)).map(
    said(cannotDo, cantNote, { unless: (hit) => !coverer.test(arabicSource(hit.before.slice(-24)).text) }),
  ),
];
/**
 * What is paid does not come back, and what broke is outside the warranty, said in the varieties: «والمبلغ ما بيرجع»،
 * «الفلوس مش هترجع»، «ما بيدخل بالكفالة»، «خارج الضمان»، «الطلبات المتأخرة لا يُنظر فيها»، «ترجيع التأمين ده انساه». A
 * closed door (a limit: with the way forward in the reply it is honest news). Not after a word of time or purpose
 * («لحد ما يرجع»، «بعد ما يرجع»: "until it comes back").
 */
const notReturned = ['بيرجع', 'يرجع', 'يترجع', 'بيترجع', 'بيرجعش', 'يرجعش', 'بترجع', 'ترجع', 'يسترد', 'يسترجع', 'ينرد', 'بينرد', 'يعوض', 'بيتعوض', 'يتعوض'];
const notReturnedNegators = ['ما', 'مش', 'مو', 'لا', 'مب', 'ما راح', 'مش هي', 'ما رح'];
const timeOrPurpose = foldedRegex(/(?:لحد|لين|حتى|لما|بعد|قبل|إلى أن|عشان|علشان|لغاية|ريثما)\s*$/u);
const closedDoorEntries: ArabicEntry[] = [
  ...notReturnedNegators.flatMap((no) => notReturned.map((verb) => (no.endsWith('هي') ? `مش ه${verb.replace(/^ب/u, '')}` : `${no} ${verb}`))).filter((phrase, i, all) => all.indexOf(phrase) === i).map(
    said(doorClosed, cantNote, { unless: (hit) => timeOrPurpose.test(arabicSource(hit.before.slice(-12)).text) }),
  ),
  ...['ما بيدخل بالكفالة', 'ما يدخل بالكفالة', 'ما بيدخل بالضمان', 'ما يدخل بالضمان', 'ما يدخل في الضمان', 'لا يدخل في الضمان', 'لا يدخل ضمن الضمان', 'خارج الضمان', 'خارج الكفالة', 'خارج نطاق الضمان', 'لا يُنظر فيها', 'لا يُنظر فيه', 'لا ينظر فيها', 'لا ينظر فيه'].map(
    said(doorClosed, cantNote),
  ),
  // "Forget it": the request waved away, whatever else the reply offers.
  ...['انساه خالص', 'انساها خالص', 'انساه', 'انسيه', 'انساها', 'انسى الموضوع', 'انسي الموضوع'].map(said('«{actual}» يستخف بطلب العميل؛ قل ما هو ممكن', blameNote)),
];

/**
 * The customer's own mistake said back to them, built from the closed classes: a verb of entering, writing or choosing
 * in "you did" («دخلته»، «كتبتيه»، «اخترت») and "wrong" after it («دخلته غلط»، «كتبت الرمز خطأ» has a word between and
 * is left); "I told you" said again in the varieties («گلتلك»، «قلتلك من أول»); "you didn't listen", "watch it this time".
 */
/** "What we told you about" («الصفحة اللي قلنالك عليها»): a pointer to a thing (the unclear rule's), no reminder that lectures. */
const pointsAtIt = (hit: PhraseHit): boolean => /(?:^|\s)(?:اللي|الي|التي|الذي)\s*$/u.test(hit.before.slice(-8)) || /^\s*(?:عليه|عليها|عنه|عنها|عليهم)(?![\u0621-\u064A])/u.test(hit.after);
// Read in code from the rare word "wrong" back to the verb before it: as phrases, every verb, ending and word for
// "wrong" made four tables, each a scan of the whole reply.
const wrongWord = foldedRegex(/(?<![\u0621-\u064A])(?:غلط|خطأ|بالغلط)(?![\u0621-\u064A])/gu);
const youDidBefore = foldedRegex(/(?<![\u0621-\u064A])[وف]?(?:دخلت|كتبت|اخترت|حطيت|عبيت|ضغطت|دست)(?:ي|ه|ها|يه|يها)?\s+$/u);
function mistakesSaidBack(context: ReplyContext): Report[] {
  const source = context.arabicSource;
  const reports: Report[] = [];
  wrongWord.lastIndex = 0;
  for (let match = wrongWord.exec(source.text); match !== null; match = wrongWord.exec(source.text)) {
    const verb = youDidBefore.exec(source.text.slice(Math.max(0, match.index - 16), match.index));
    if (!verb) continue;
    const start = source.start(match.index - verb[0].length + (/^[^\u0621-\u064A]/u.test(verb[0]) ? 1 : 0));
    const end = source.end(match.index + match[0].length);
    const sentence = context.sentenceAt(start);
    if (!sentence || sentence.region !== 'body' || sentence.isQuestion || context.isQuoted(start, end)) continue;
    const actual = context.original.slice(start, end);
    reports.push({ start, end, message: blamed.replace('{actual}', actual), expected: [], note: blameNote });
  }
  return reports;
}
const lectureEntries: ArabicEntry[] = [
  ...['قلتلك', 'قلتلكم', 'قلتلج', 'گلتلك', 'گلتلج', 'قلنالك', 'گلنالك', 'قلنالكم', 'حكيتلك', 'حكينالك'].map(
    // «زي ما قلتلك» points at a step given before (no-unclear-instructions reads it there); alone it is "I told you".
    said(reminded, blameNote, { unless: (hit) => /(?:زي|متل|مثل|كيف|بحال)\s+ما\s*$/u.test(hit.before.slice(-10)) || pointsAtIt(hit) }),
  ),
  ...['ما سمعت الكلام', 'ما سمعتي الكلام', 'ما تسمع الكلام', 'انتبه هالمرة', 'انتبهي هالمرة', 'انتبه المرة الجاية', 'انتبهي المرة الجاية', 'انتبه المرة الجاي', 'ركز شوية', 'ركزي شوية'].map(said(blamed, blameNote)),
];
/** A verb of reminding or warning beside a count of times («نذكرك»، «كنفكروك»، «ننبهك»، «نكرر»). */
// And the explaining counted out: «للمرة الثالثة نوضّح لك»، «تاني مرة بقولك».
/** A first-person verb after «لازم»: «لازم نتأكد»، «لازم نراجع»، «لازم أتحقق» (the writer's side must). */
const writersOwnDuty = /^\s+(?:[نأ][\u0621-\u064A]{2,}|(?:احنا|إحنا|نحن)\s)/u;
/** «تكون» and a past verb after «لازم»: what must have happened («لازم تكون وصلتك»، «لازم يكون اتسجل»). */
const mustHaveHappened = /^\s*(?:تكون|يكون|يكونوا|تكوني|يكونو|كون)\s+(?:قد\s+)?(?:وصل|وصلت|وصلتك|وصلك|وصلكم|استلمت|استلمتي|شفت|شفتي|شافت|جات|جاتك|جاءت|جاءتك|خلص|خلصت|انحل|انحلت|اتحل|اتحلت|نزل|نزلت|اتسجل|اتسجلت|تم|قريت|قرأت|سمعت|عرفت|لاحظت|انتبهت|وصلتكم)(?![\u0621-\u064A])/u;
/** Words of it happening again («لو تكرر»، «مرة ثانية»، «تاني»). */
const againWords = foldedRegex(/(?:تكرر|تكررت|يتكرر|تتكرر|مرة ثانية|مرة تانية|مرة أخرى|مرة اخرى|مرة ثالثة|تاني مرة|ثاني مرة)/u);
const reminding = foldedRegex(/(?:نذكر|نذكّر|نفكر|كنفكرو|ننبه|نبهنا|نكرر|ذكرناك|نبهناك|أخبرناك|نبلغك|بلغناك|نوضح|أوضح|وضحنا|نشرح|أشرح|شرحنا|أكرر|بنقول|بقول|نقول لك|أقول لك)/u);

/** The start of a clause, in the folded text before a hit: the sentence's start, a mark, or a lead word. */
const clauseOpening = foldedRegex(/(?:^|[.،,؛:!؟]\s*|(?:^|\s)[وف]?(?:لذا|لذلك|الآن|فقط|أولا|ثم)\s+|^\s*[وف])$/u);
/** A condition on what the customer does, anywhere in the sentence. */
const onCondition = foldedRegex(/(?:^|[^\u0621-\u064A])[وف]?(?:إذا|اذا|لو|في حال|في حالة|عند)(?:[^\u0621-\u064A]|$)/u);
/** What a protective warning keeps safe: the customer's passwords, codes and card or personal data. */
const protective = foldedRegex(/^\s*(?:[\u0621-\u064A]+\s+){0,2}(?:كلمة المرور|كلمات المرور|الرقم السري|رمز|الرمز|كود|بياناتك الشخصية|معلوماتك الشخصية|البيانات الشخصية|المعلومات الشخصية)/u);

/**
 * The fault put on the customer through a cause: «حصلت لأنك شحنته وهو مبلول»، «ذابت لأنك تركتي الطرد في الشمس». Only
 * before a deed of the customer's in the past (a verb in «ـت»/«ـتي», with its object or not, or negated with «ما»/«لم»):
 * «لأنك عميل مميز» and «لأنك تستحق الأفضل» thank, not blame.
 */
const customerDeedAfter = foldedRegex(/^\s*(?:(?:ما|لم|مش)\s+)?(?:كنت\s+|كنتي\s+)?[ء-ي]{2,}(?:ت|تي|تو|تم|تيه|تيها|ته|تها|تهم|تيهم|تيش|تش)(?![ء-ي])|^\s*لم\s+[تي][ء-ي]{2,}/u);
/** Thanks before the cause: «شكرًا كتير لأنك اخترت …» thanks the customer for what they did. */
const thanksWord = foldedRegex(/(?:شكر|شكرا|شكرًا|نشكر|أشكر|اشكر|ممنون|ممنونين|مشكور|نقدر|نقدّر|نثمن|يسعدنا|سعداء|فخورين)/u);
/** Thanks in the sentence before a hit: read after the last full stop, mark or question mark in the words before it. */
const thanksBefore = (before: string): boolean => thanksWord.test(before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('؟')) + 1));
/** What a customer is thanked for: choosing, trusting, waiting, telling us. */
const kindDeedAfter = foldedRegex(/^\s*(?:[وف]?(?:اخترت|اخترتي|اخترتو|وثقت|وثقتي|تواصلت|تواصلتي|صبرت|صبرتي|انتظرت|انتظرتي|استنيت|استنيتي|تعاملت|شاركت|شاركتي|اشتركت|اشتركتي|ساعدت|ساعدتي|أبلغت|ابلغت|بلغت|نبهت|نبهتي|نبهتنا|راسلت|راسلتي|كتبت|كتبتي|سألت|سألتي|طلبت|طلبتي|جربت|جربتي|دعمت|دعمتي))(?![ء-ي])/u);
/** A reminder that is only an appointment or a date to keep: «نذكرك بموعدك غدًا». */
const friendlyReminder = foldedRegex(/^[^.!؟]{0,40}(?:موعد|غدا|غدًا|بكرة|بكره|باكر|الأسبوع القادم|الاسبوع القادم)/u);
const causeAndReminderEntries: ArabicEntry[] = [
  ...['لأنك', 'لانك', 'لإنك', 'لأنكِ', 'عشان انت', 'عشان إنت', 'عشان انتي', 'عشانك', 'علشان انت', 'علشان إنت', 'بسبب أنك', 'بسبب انك', 'بسبب إنك', 'كونك'].map(
    said(faultPut, blameNote, {
      unless: (hit) => !customerDeedAfter.test(arabicSource(hit.after.slice(0, 40)).text) || thanksBefore(arabicSource(hit.before.slice(-40)).text) || kindDeedAfter.test(arabicSource(hit.after.slice(0, 40)).text),
    }),
  ),
  // A lecture by reminding: «ونذكّرك بأن الفواتير تصدر في الأول من كل شهر منذ سنوات» (not «نذكرك بموعدك غدًا»).
  ...['نذكرك بأن', 'نذكرك أن', 'نذكرك بان', 'نذكرك ان', 'نود تذكيرك', 'نود أن نذكرك', 'نحب نذكرك', 'حابين نذكرك', 'بنفكرك إن', 'بنفكرك ان', 'نفكرك إن', 'نفكرك ان', 'نبهك إن', 'ننبهك إلى أن', 'ننوه إلى أن'].map(
    said(reminded, blameNote, { unless: (hit) => friendlyReminder.test(arabicSource(hit.after.slice(0, 60)).text) }),
  ),
  // The sanction in a future of its own, in a condition on what the customer does: «وإذا لم تسدد … فسيفصل التيار»،
  // «لو فضلت تنشر …، هنضطر نحظر حسابك».
  ...['سيفصل', 'فسيفصل', 'سيقطع', 'فسيقطع', 'سيوقف', 'فسيوقف', 'سيحظر', 'فسيحظر', 'سيعلق', 'فسيعلق', 'هنضطر نحظر', 'هنضطر نقفل', 'هنضطر نوقف', 'سنضطر إلى حظر', 'سنضطر إلى إيقاف', 'سنضطر لحظر', 'سنضطر لإيقاف', 'رح نضطر نحظر', 'راح نضطر نحظر', 'هنحظر', 'هنقفل حسابك', 'بنحظر', 'رح نحظر', 'راح نحظر', 'سنحظر', 'سنقوم بحظر', 'سنقوم بإيقاف'].map(
    (phrase) => sanction(phrase, inCondition),
  ),
  // The rule put beyond talk: «فالعقد واضح»، «الشروط واضحة»، «وده ما فيهو نقاش».
  ...['العقد واضح', 'الشروط واضحة', 'الشروط واضحه', 'السياسة واضحة', 'النظام واضح', 'القانون واضح', 'ما فيهو نقاش', 'ما فيها نقاش', 'مافيهو نقاش', 'لا يقبل النقاش', 'غير قابلة للنقاش', 'دون إشعار آخر', 'دون سابق إنذار', 'بدون إشعار آخر'].map(said(ruleQuoted, policyNote, { inConditions: true })),
];

/**
 * What the customer should have done, said after the fact («كان لازم تعدّ القطع»، «وكان المفترض بك أن تقرأ التعليمات»،
 * «المفروض إنك كنت تسيب الشبابيك مقفولة»), the rule called common knowledge («هذا شي معروف»، «ودي حاجة معروفة»), blame
 * asked («ألم يرد في رسالة التأكيد …؟»، «هو حضرتك ما وصلكيش الميساج؟»), and money or a booking that is not given back or
 * moved, said as a fact («لا تُعاد ولا تُرحَّل»، «مابيترجعش»).
 */
const afterTheFactEntries: ArabicEntry[] = [
  ...['كان لازم إنك', 'كان لازم انك', 'كان المفروض إنك', 'كان المفروض انك', 'المفروض إنك كنت', 'المفروض انك كنت', 'كان المفترض بك', 'كان المفترض أن', 'كان المفترض ان', 'المفترض بك أن', 'كان عليك', 'كان يجب عليك', 'كان ينبغي عليك', 'كان من المفروض', 'كان الواجب', 'كان لازمك'].map(
    said(faultPut, blameNote),
  ),
  // With «من»: «كان من المفترض أن تقدّم البلاغ قبل مغادرتك» (the customer's deed, a verb of "you"); not what should have
  // come («كان من المفترض أن تصل الشحنة أمس»، «… أن يصلك»).
  ...['كان من المفترض أن', 'كان من المفترض ان', 'كان من المفترض بك'].map(
    said(faultPut, blameNote, { unless: (hit) => !/^\s*ت(?!(?:صل|صلك|كون|تم|م|عود|صدر|ظهر|نتهي|وصل)(?![\u0621-\u064A]))[\u0621-\u064A]{2,}/u.test(hit.after) }),
  ),
  ...['هذا شي معروف', 'هذا شيء معروف', 'هذي حاجة معروفة', 'ودي حاجة معروفة', 'دي حاجة معروفة', 'هذا أمر معروف', 'وهذا معروف', 'كما هو معروف', 'من المعروف أن', 'حاجة معروفة من', 'شي معروف من', 'وده اتقال', 'ودا اتقال', 'وهذا قيل لك', 'وهذا ما قيل لك'].map(said(reminded, blameNote)),
  ...blameAskedPhrases.map(
    said('«{actual}» يلوم العميل في صيغة سؤال؛ قل ما حدث وما يمكن فعله الآن', blameNote, { inQuestions: true }),
  ),
  // A demand in the passive: «ويُستوجب سداد رسوم الفصل كاملة قبل استلام المفتاح».
  ...['يستوجب سداد', 'يتوجب سداد', 'يتعين سداد', 'يلزم سداد', 'يستوجب دفع', 'يتوجب دفع', 'يتعين دفع'].map(
    said('«{actual}» تُلقي العبء على العميل؛ ادعُه بدلًا من ذلك', burdenNote, { unless: (hit) => /(?<![\u0621-\u064A])(?:لا|لن|ليس|غير|مش|ما)\s*$/u.test(hit.before) }),
  ),
  ...['لا تعاد', 'لا يعاد', 'لا تسترد', 'لا يسترد', 'لا ترحل', 'لا ترحّل', 'لا تُرحَّل', 'مابيترجعش', 'مابيرجعش', 'ما بيترجعش', 'مش بيترجع', 'مابترجعش', 'ولا بيتنقل', 'ولا يتنقل', 'لا يقبل التقسيط', 'لا نقبل التقسيط'].map(
    said(doorClosed, cantNote, { unless: (hit) => timeOrPurpose.test(arabicSource(hit.before.slice(-12)).text) }),
  ),
];

const table = arabicTable(entries);
const blameTable = arabicTable(blameEntries);
/** A right denied, the fault put elsewhere in speech, and a sanction the writers will take if it happens again. */
const deniedEntries: ArabicEntry[] = [
  // «ولا يحق لك المطالبة باسترداد الرسوم»، «يعني مالكش تعترض دلوقتي».
  ...['لا يحق لك', 'ليس من حقك', 'ليس لك الحق', 'مش من حقك', 'مو من حقك', 'مب من حقك', 'مالكش حق', 'ما لكش حق', 'مالكش تعترض', 'ما لكش تعترض', 'مالك حق', 'ما لك حق', 'ما يحق لك', 'ما إلك حق', 'ما الك حق'].map(
    said('«{actual}» ينفي حق العميل؛ قل ما يمكنه فعله بدلًا من ذلك', blameNote),
  ),
  // «وتأخير التسليم كان من التوكيل، مش مننا».
  ...['مش مننا', 'مو مننا', 'مب مننا', 'موش مننا', 'مش من عندنا', 'مو من عندنا', 'مش غلطتنا', 'مو غلطتنا', 'مب غلطتنا', 'مش ذنبنا', 'مو ذنبنا'].map(
    said('«{actual}» يدفع اللوم عنكم؛ قل ما ستفعلونه الآن', blameNote),
  ),
  // The duty put on the customer alone, and the blame said in hindsight: «وسدادها مسؤوليتكم وحدكم»، «وكان بوسعكم الاستعلام
  // قبل البيع»، «وكان الأجدر بكم مراجعة التزاماتكم».
  ...['مسؤوليتك وحدك', 'مسؤوليتكم وحدكم', 'مسؤوليتك أنت', 'مسؤوليتكم أنتم', 'تقع على عاتقك', 'تقع على عاتقكم', 'على عاتقك وحدك', 'فلا وجه لتحميل', 'لا وجه لتحميل'].map(said('«{actual}» يضع المسؤولية على العميل؛ قل ما يمكنكم فعله معه', blameNote)),
  ...['كان بوسعك', 'كان بوسعكم', 'كان بإمكانك', 'كان بإمكانكم', 'كان بمقدورك', 'كان بمقدوركم', 'كان الأجدر بك', 'كان الأجدر بكم', 'كان الأولى بك', 'كان الأولى بكم', 'كان الأحرى بك', 'كان الأحرى بكم', 'كان حريا بك', 'كان حريا بكم'].map(
    said('«{actual}» يلوم العميل على ما فات؛ قل ما يمكن فعله الآن', blameNote),
  ),
  // The contract or the terms held up as signed: «راه هادشي مكتوب فالعقد اللي سنيتي»، «كما في العقد الذي وقّعته».
  ...['مكتوب في العقد', 'مكتوب فالعقد', 'مذكور في العقد', 'منصوص عليه في العقد', 'العقد اللي وقعت', 'العقد اللي وقعتي', 'العقد اللي سنيتي', 'العقد اللي سنيتيه', 'العقد الذي وقعته', 'العقد الذي وقعتموه', 'الشروط اللي وافقت', 'الشروط التي وافقت', 'الشروط التي وافقتم'].map(said(ruleQuoted, policyNote)),
];
/** More of the same, in a table of its own for the ReDoS check's budget. */
const deniedEntriesMore: ArabicEntry[] = [
  // A policy named as the reason for a no said after it: «حسب سياسة الاسترجاع المنتجات المفتوحة ما تُسترجع» (not where
  // the policy gives: «حسب سياسة الاسترجاع يحق لك …»).
  ...['حسب سياسة', 'وفق سياسة', 'وفقا لسياسة', 'بموجب سياسة', 'حسب سياسات'].map(
    said(ruleQuoted, policyNote, { unless: (hit) => !deniedAfter(hit) }),
  ),
  // The Maghrebi "you must" («خاصك تجي بنفسك للوكالة»), and the door closed as the law («وما كاينش شي حل آخر، هادشي هو القانون»).
  { ...burden('خاصك', []), safe: false },
  { ...burden('خصك', []), safe: false },
  ...['ما كاينش شي حل آخر', 'ما كاينش حل آخر', 'ماكاينش حل آخر', 'هادشي هو القانون', 'هذا هو القانون'].map(said(doorClosed, cantNote)),
  // A service cut or a fine as what non-payment leads to: «عدم سداد المبلغ … سيترتب عليه إيقاف الخدمة وفرض غرامة».
  // (Said with what leads to it, so as not to take the place of the sanction the table above reads in a condition.)
  ...['سيترتب عليه إيقاف', 'يترتب عليه إيقاف', 'سيترتب عليه قطع', 'يترتب عليه قطع', 'سيترتب عليه فصل', 'سيترتب عليه فرض غرامة', 'يترتب عليه فرض غرامة', 'سيؤدي إلى إيقاف', 'سيؤدي إلى قطع'].map((phrase) => sanction(phrase, () => true)),
  // The formal no, said of the request: «نعتذر عن عدم إمكانية استبدال المنتج نظرًا لانقضاء المدة».
  ...['عدم إمكانية', 'عدم امكانية'].map(said(cannotDo, cantNote)),
  // The account restricted or frozen, held over the customer as the sanctions above: «ستؤدي إلى تقييد حسابك».
  ...['تقييد حسابك', 'تجميد حسابك'].map((phrase) => sanction(phrase, (hit) => leadsToOrWillBe.test(hit.before.slice(-40)))),
  // The duty put on the customer in full: «العملية دي مسؤولية العميل بالكامل» (the table above was at the ReDoS check's budget).
  ...['مسؤوليتك بالكامل', 'مسؤوليتكم بالكامل', 'مسؤولية العميل بالكامل', 'مسؤولية العميل وحده'].map(said('«{actual}» يضع المسؤولية على العميل؛ قل ما يمكنكم فعله معه', blameNote)),
  // A lesson for next time: «بس المرة الجاية ضيف رقم عضويتك وقت الحجز».
  // Only set against what the customer did («بس»، «لكن») or as a duty («لازم»، «يجب»): «في المرة القادمة، إن لم يصدر الضوء
  // الأخضر، اضغط …» is a tip.
  ...['بس المرة الجاية', 'بس المرة الياية', 'بس المرة القادمة', 'لكن المرة الجاية', 'لكن المرة القادمة', 'ولكن المرة القادمة', 'لكن في المرة القادمة', 'ولكن في المرة القادمة', 'المرة الجاية لازم', 'المرة القادمة يجب', 'في المرة القادمة يجب', 'المرة الجاية يجب'].map(
    said(reminded, blameNote),
  ),
  // A rule put beyond discussion: «ينشال من الجدول بدون نقاش»، «القرار نهائي ولا نقاش فيه».
  ...['بدون نقاش', 'بلا نقاش', 'من غير نقاش', 'دون نقاش', 'ولا نقاش فيه', 'لا نقاش فيه', 'ما فيه نقاش', 'مافي نقاش', 'ما في نقاش', 'مفيش نقاش'].map(said(ruleQuoted, policyNote)),
  // «لو تكرر هالشي مرة ثانية بنوقف حسابك ونلغي الباقة»: the writers' own sanction, if it happens again.
  ...['بنوقف', 'بنقفل', 'بنلغي', 'بنحظر', 'بنسكر', 'رح نوقف', 'راح نوقف', 'رح نلغي', 'راح نلغي', 'رح نسكر', 'راح نسكر', 'هنوقف', 'هنلغي', 'هنقفل', 'حنوقف', 'حنلغي', 'حنقفل', 'سنوقف', 'سنلغي', 'سنغلق', 'سنحظر', 'سنقوم بإيقاف', 'سنقوم بإلغاء'].map(
    (phrase) => sanction(phrase, (hit) => againWords.test(arabicSource(hit.before.slice(-80)).text)),
  ),
];

/**
 * Where it was said before, named: «وكما ذكرنا في ردّنا السابق»، «كما أوضحتُ في رسالتي الأخيرة». No rewrite: what is left
 * after it («وفإن …») must be rewritten by the writer. A table apart, of 24 at most, for the ReDoS check's budget.
 */
const saidWhereEntries: ArabicEntry[] = ['ذكرنا', 'ذكرت', 'أوضحنا', 'أوضحت', 'أشرنا', 'أشرت', 'بينا'].flatMap((said) =>
  [...['ردنا', 'ردي', 'بريدنا', 'إيميلنا'].flatMap((w) => [`${w} السابق`, `${w} الأخير`]), ...['رسالتنا', 'رسالتي'].flatMap((w) => [`${w} السابقة`, `${w} الأخيرة`])].map(
    (where): ArabicEntry => ({ phrase: `كما ${said} في ${where}`, message: '«{actual}» يعظ العميل لأنه لم يتذكر؛ أعطِ المعلومة مرة أخرى دون تذكير', expected: [], note: blameNote }),
  ),
);
/** The same sanction in the Gulf and Levantine «بـ» future: «وإذا تكرر … بينحظر حسابك نهائيًا» (a table apart, for the ReDoS check's budget). */
const spokenSanctionEntries: ArabicEntry[] = ['بينحظر', 'بيتحظر', 'بيتقفل', 'بينقفل', 'بيتوقف', 'بينوقف', 'بيتلغى', 'بينلغى'].map((phrase) => sanction(phrase, inCondition));
/**
 * The company's own "law" held up, as the Maghreb says it («حسب القانون ديال الشركة، التذكرة ما كتبدلش»), and where the
 * customer should have read it («كما هو موضح في صفحة الخدمة، يجب …»): a table apart, for the ReDoS check's budget.
 */
const lawAndWhereEntries: ArabicEntry[] = [
  ...['حسب القانون ديال', 'حسب قانون الشركة', 'حسب القانون الداخلي', 'حسب قوانين الشركة'].map(said(ruleQuoted, policyNote, { unless: (hit) => !deniedAfter(hit) })),
  ...['كما هو موضح في', 'كما هو مذكور في', 'كما هو مبين في', 'كما هو واضح في', 'كما هو مكتوب في'].map(said(reminded, blameNote)),
  // The rules held up as plain to all, and compliance asked for: «قوانين اللعبة واضحة ومكتوبة للكل»، «نرجو الالتزام بالتعليمات».
  // «ماشي غلطنا» with the «ـتنا» of "our mistake": «هادشي ماشي غلطتنا»، «مش غلطتنا».
  ...['ماشي غلطتنا', 'مش غلطتنا', 'مو غلطتنا', 'موش غلطتنا', 'ماهيش غلطتنا', 'ماشي خطأنا', 'مش خطأنا'].map(said(disowned, blameNote)),
  // «والمفروض كنت تتابع استهلاكك بنفسك»: with the customer's verb after it, not the writer's («المفروض كنت أرد عليك»). (Here:
  // the table of what was to be done after the fact is at the ReDoS check's budget.)
  ...['المفروض كنت', 'المفروض كنتي'].map(said(faultPut, blameNote, { unless: (hit) => !/^\s*ت[\u0621-\u064A]{2,}/u.test(hit.after) })),
  // "Out of our hands", in the spoken forms too: «الموضوع خارج عن إيدينا»، «برّا إيدينا». (Here rather than beside «خارج عن
  // إرادتنا»: that table is at the ReDoS check's budget.)
  ...['خارج عن أيدينا', 'خارجة عن أيدينا', 'خارج عن إيدينا', 'خارجة عن إيدينا', 'خارج عن إيدنا', 'خارجة عن إيدنا', 'خارج عن يدنا', 'خارجة عن يدنا', 'برا إيدينا', 'بره إيدينا', 'برا إيدنا', 'بره إيدنا'].map(
    said(disowned, blameNote),
  ),
  ...['قوانين اللعبة واضحة', 'القوانين واضحة', 'الشروط واضحة', 'واضحة ومكتوبة', 'نرجو الالتزام بالتعليمات', 'يرجى الالتزام بالتعليمات', 'الرجاء الالتزام بالتعليمات', 'نرجو منك الالتزام'].map(said(reminded, blameNote)),
];
/**
 * In a small table of their own (added to the larger ones, those grew past what the ReDoS check decides in its budget):
 * the Levantine «يلي» of «إنت يلي كتبت العنوان غلط», as «إنت اللي» above; and the sanction on whatever breaks the rules,
 * in the impersonal passive: «يُرجى عدم نشر أرقام البطاقات هنا، وسيتم حذف أي تعليق مخالف» (not «سيتم حذف أي بيانات
 * قديمة»: a notice, with no breach named).
 */
const yalliAndPassiveSanctionEntries: ArabicEntry[] = [
  ...['انت يلي', 'إنت يلي', 'انتي يلي', 'إنتي يلي'].map(said(faultPut, blameNote, { unless: (hit) => theirChoice.test(arabicSource(hit.after.slice(0, 30)).text) })),
  ...['سيتم حذف أي', 'وسيتم حذف أي', 'سيتم حظر أي', 'وسيتم حظر أي', 'سيتم إيقاف أي', 'سيتم إغلاق أي', 'سيتم حذف كل', 'وسيتم حذف كل'].map((phrase) =>
    sanction(phrase, (hit) => /(?:مخالف|مسيء|مسيئ|يخالف|تخالف)/u.test(hit.after.slice(0, 40))),
  ),
];
/**
 * The lesson for next time, advised; "or else", then what will be done: «وإلا فسيتم رفض طلب الصيانة تلقائيًا»، «وإلا هيتلغى
 * الطلب»، «وإلا سنضطر إلى …»; and a reminder in the spoken forms of «كما قلت لك»: «زي ما قلتلك في الإيميل اللي فات»،
 * «متل ما قلتلك»، «كيما قلتلك». A table of its own, for the ReDoS check's budget.
 */
const orElseAndSaidEntries: ArabicEntry[] = [
  // The lesson for next time, advised as well as asked: «وننصحك بقراءة الشروط والأحكام بعناية قبل أي عملية شراء مستقبلية».
  ...['ننصحك بقراءة', 'ننصحك بالاطلاع على', 'ننصحك بمراجعة', 'نوصيك بقراءة', 'نوصيك بمراجعة'].map(
    said(lectured, blameNote, { unless: (hit) => !lessonLater.test(arabicSource(hit.after.slice(0, 160).split(/[.!؟?\n]/u)[0]!).text) }),
  ),
  ...['وإلا سيتم', 'وإلا فسيتم', 'وإلا سوف يتم', 'وإلا فسوف يتم', 'وإلا هيتم', 'وإلا حيتم', 'وإلا راح يتم', 'وإلا رح يتم', 'وإلا سنضطر', 'وإلا فسنضطر', 'وإلا هنضطر', 'وإلا هيتلغى', 'وإلا هيتقفل', 'وإلا غادي يتم'].map((phrase) => sanction(phrase, () => true)),
  ...['زي ما قلتلك', 'زي ما قلت لك', 'زي ما قلنالك', 'زي ما قولتلك', 'زي ما قلت لحضرتك', 'زي ما قلنا لحضرتك', 'زي ما قلتلكم', 'زي ما وضحتلك', 'زي ما وضحت لحضرتك', 'متل ما قلتلك', 'مثل ما قلتلك', 'مثل ما قلت لك', 'مثل ما ذكرت لك', 'كيف ما قلتلك', 'كيما قلتلك', 'بحال ما قلت ليك', 'بحال ما گلت ليك'].map(
    // No deletion: where it was said often follows («… في الإيميل اللي فات»), and deleting the reminder alone changes the sense.
    // Only opening its clause: after a verb it says how to do it («واسقيها متل ما قلتلك»), a pointer (the unclear rule's).
    (phrase): ArabicEntry => ({ phrase, message: reminded, expected: [], note: blameNote, unless: (hit) => !/(?:^|[،,.:!؟?]|(?:^|\s)[وف])\s*$/u.test(hit.before) }),
  ),
];
/**
 * "We're not responsible" as spoken, with its «احنا»/«حنا» («واحنا مش مسؤولين عن أي تأخير بعد التسليم»), in a table of its
 * own: the blame table is at the ReDoS check's budget.
 */
const notResponsibleEntries: ArabicEntry[] = ['احنا مش مسؤولين', 'إحنا مش مسؤولين', 'احنا مو مسؤولين', 'إحنا مو مسؤولين', 'حنا ماشي مسؤولين', 'احنا ماشي مسؤولين'].map(
  said(disowned, blameNote),
);
/**
 * The request set aside or closed for what the customer has not sent, in the formal passive: «وفي حال عدم الإرسال لن يتم
 * النظر في طلبك نهائياً وسيُغلق تلقائياً» (a table of its own, for the ReDoS check's budget). Only on such a condition.
 */
const notConsideredEntries: ArabicEntry[] = ['لن يتم النظر في طلبك', 'لن يتم النظر في الطلب', 'لن يتم النظر في شكواك', 'لن يتم قبول طلبك', 'لن تتم معالجة طلبك', 'سيتم إغلاق طلبك', 'سيتم إغلاق الطلب', 'سيتم رفض طلبك'].map((phrase) => sanction(phrase, inCondition));
/**
 * A bank's formal letter: the terms held up as breached, the customer made to carry it alone, the bank speaking of itself
 * in the third person to refuse or disown, and the account's closure held over the customer («ونهيب بكم عدم تكرار ذلك
 * تجنبًا لإغلاق الحساب»). A table of its own, for the ReDoS check's budget.
 */
const formalLetterEntries: ArabicEntry[] = [
  ...['مخالفة صريحة لشروط', 'مخالفة صريحة للشروط', 'مخالفة لشروط وأحكام', 'الموقع من قبلكم', 'الموقع من قبلك'].map(said(ruleQuoted, policyNote)),
  ...['يتحمل حامل البطاقة وحده', 'يتحمل العميل وحده', 'يتحمل حامل البطاقة المسؤولية', 'يتحمل العميل المسؤولية'].map(said('«{actual}» يضع المسؤولية على العميل؛ قل ما يمكنكم فعله معه', blameNote)),
  ...['البنك غير مسؤول', 'الشركة غير مسؤولة', 'البنك ليس مسؤولا', 'الشركة ليست مسؤولة'].map(said(disowned, blameNote)),
  ...['لا يمكن للبنك', 'لا يستطيع البنك', 'لا يمكن للشركة', 'لا تستطيع الشركة'].map(said(cannotDo, cantNote)),
  ...['تجنبا لإغلاق الحساب', 'تفاديا لإغلاق الحساب', 'تجنبا لإيقاف البطاقة', 'تفاديا لإيقاف البطاقة'].map((phrase) => sanction(phrase, () => true)),
  // The duty in the past, «كان يتوجب عليكم تقديم الطلب قبل …»: what the customer should have done, a reproach, which
  // «كان يُرجى» would not mend.
  ...['كان يتوجب عليكم', 'كان يتوجب عليك', 'كان يجب عليكم', 'كان يجب عليك'].map(said('«{actual}» يلوم العميل على ما فات؛ قل ما يمكن فعله الآن', blameNote)),
];
const deniedTable = arabicTable(deniedEntries);
const deniedTableMore = arabicTable(deniedEntriesMore);

const otherWordsTables = [
  ...[otherWordsEntries, pushedAwayEntries, absoluteEntries, stillOtherEntries].map((entries) => arabicTable(entries)),
  // Tables of 24: at 40, these families' alternations grew past what the ReDoS check decides in its budget.
  ...arabicTables([...spokenCannotEntries, ...spokenNotOursEntries, ...spokenNotCoveredEntries], 24),
  ...arabicTables(closedTalkEntries),
  ...arabicTables([...lectureEntries, ...heldUpEntries]),
  ...arabicTables(closedDoorEntries),
  ...arabicTables(causeAndReminderEntries),
  ...arabicTables(afterTheFactEntries),
  ...arabicTables(saidWhereEntries, 24),
  ...arabicTables(spokenSanctionEntries),
  ...arabicTables(lawAndWhereEntries),
  arabicTable(yalliAndPassiveSanctionEntries),
  arabicTable(orElseAndSaidEntries),
  arabicTable(notResponsibleEntries),
  arabicTable(notConsideredEntries),
  arabicTable(formalLetterEntries),
];

/**
 * "Why didn't you …?", "who told you to …?", at the start of a question or of a clause in it: «ليه ما جيت بدري؟»،
 * «ليش ما قريت الشروط؟»، «منو گلّك تصلّح الدعامية؟». Read on the folded text; the verb is the customer's, in the past
 * («جيت»، «قريتي») or as told («گلّك تـ…»).
 */
const blameAsked = foldedRegex(
  /(?:^|[،,]\s*|\s)(?:[وف]?(?:ليه|ليش|لماذا|لم|علاش|ليشن|شلون)\s+(?:ما|لم|مش|ما\s+كنت)\s+[ء-ي]{2,}(?:ت|تي|تو|تم|تيش|تش)(?![ء-ي])|[وف]?(?:منو|مين|من|شكون)\s+(?:گلك|قلك|قالك|قال\s+لك|گال\s+لك|قالّك|حكالك|حكى\s+لك|سمح\s+لك|طلب\s+منك))/u,
);

/** A phrase that ends in «ب» attaches to the next word («غير ملزمين بـ…»). Made once: a table remembers what it asks of it. */
const attaches = (e: ArabicEntry): boolean => e.phrase.endsWith('ب');
const inConditions = (e: ArabicEntry): boolean => e.inConditions === true;
const inQuestions = (e: ArabicEntry): boolean => e.inQuestions === true;

/** What a reminder carries after it: «لك»، «سابقًا»، «في رسالتي السابقة», up to the comma that ends it. */
const reminderTail = (() => {
  const marks = '[\\u064B-\\u0652]*';
  const rest = `[\\u0621-\\u064A\\u064B-\\u0652]*`;
  const end = '(?![\\u0621-\\u064A\\u064B-\\u0652])';
  const before = `(?:سابق${rest}|مسبق${rest}|من\\s+قبل|قبل\\s+ذلك)${end}`;
  return new RegExp(
    `^(?:\\s*ل${marks}ك${marks}(?:م|ي)?${marks}${end})?(?:\\s*${before})?(?:\\s*في\\s+(?:ال)?(?:رسال|رد|محادث)${rest}(?:\\s+(?:ال)?(?:سابق|أخير|اخير|ماضي|أول|اول|ثاني)${rest})?)?(?:\\s*${before})?`,
    'u',
  );
})();

/**
 * The rewrite that deletes an Arabic phrase and leaves a sentence: with the «و» or «ف» joined to it, the separator after
 * it, and, for a reminder («كما ذكرت لك سابقًا»، «وكما قلت لك في رسالتي السابقة»), what it carries after it; at the end
 * of a sentence, the space before it. Arabic has no capital to move to the next word, so the deletion is the words alone.
 */
function arabicDeletion(context: ReplyContext, hit: PhraseHit, reminder: boolean): { start: number; end: number; expected: string } {
  const { text } = context;
  const { sentence } = hit;
  let start = hit.start;
  if (start > sentence.start && /[وف]/u.test(text[start - 1]!) && (start - 1 === sentence.start || /[\s،,؛]/u.test(text[start - 2] ?? ' '))) start--;
  let end = hit.end;
  if (reminder) end += reminderTail.exec(text.slice(end, sentence.end))![0].length;
  const separator = /^\s*[،,؛:]?\s*/u.exec(text.slice(end, sentence.end))![0];
  const rest = text.slice(end + separator.length, sentence.end);
  // At the sentence's end («يستغرق أسبوعًا كما ذكرت لك.»): the space before goes, the full stop stays.
  if (start > sentence.start && /^[.!؟?]*\s*$/u.test(rest)) {
    while (start > sentence.start && /[\s،,]/u.test(text[start - 1]!)) start--;
    return { start, end, expected: '' };
  }
  // Otherwise the separator after it goes too («الشحن، كما ذكرت لك، يستغرق أسبوعًا» keeps the comma before).
  return { start, end: end + separator.length, expected: '' };
}

export function arabicNegativePhrasing(context: ReplyContext): Report[] {
  const reports: Report[] = [];
  const hits = [...arabicHits(context, table, attaches, inConditions, inQuestions), ...arabicHits(context, blameTable, attaches, inConditions, inQuestions), ...arabicHits(context, deniedTable, attaches, inConditions, inQuestions), ...arabicHits(context, deniedTableMore, attaches, inConditions, inQuestions), ...otherWordsTables.flatMap((t) => [...arabicHits(context, t, attaches, inConditions, inQuestions)])].sort((a, b) => a.start - b.start || b.end - a.end);
  let reached = -1;
  for (const { entry, start, end, actual, sentence, head } of hits) {
    if (start < reached) continue;
    reached = end;
    if (sentence.region === 'signOff') continue;
    const hit: PhraseHit = { start, end, actual, sentence, atSentenceStart: head.trim() === '', before: head, after: context.text.slice(end, sentence.end), following: followingInParagraph(context.text, sentence.end) };
    if (entry.unless?.(hit)) continue;
    const report: Report = { start, end, message: entry.message.replace('{actual}', actual), expected: entry.expected ?? [], note: entry.note };
    if (entry.deletable && entry.expected === undefined) {
      const deletion = arabicDeletion(context, hit, entry.message === reminded);
      report.start = deletion.start;
      report.end = deletion.end;
      report.expected = [deletion.expected];
    } else if (entry.safe && report.expected.length > 0) report.safe = true;
    reports.push(report);
  }
  // Blame asked as a question: "why didn't you …?" («ليه ما جيت بدري؟»), "who told you to …?" («منو گلّك تصلّح …؟»).
  const source = context.arabicSource;
  for (const sentence of context.bodySentences()) {
    if (!sentence.isQuestion || reports.some((r) => r.start < sentence.end && r.end > sentence.start)) continue;
    const said = source.sentence(sentence);
    const found = blameAsked.exec(said);
    if (!found) continue;
    // The match may open on the comma or the space before the question's words.
    const span = source.spanIn(sentence, found.index + /^(?:[،,]\s*|\s)?/u.exec(found[0])![0].length, found.index + found[0].length);
    reports.push({ ...span, message: `«${context.original.slice(span.start, span.end)}» يلوم العميل في صيغة سؤال؛ قل ما حدث وما يمكن فعله الآن`, expected: [], note: blameNote });
  }
  // The customer's mistake said back («دخلته غلط»), where no table's report already is.
  for (const mistake of mistakesSaidBack(context)) if (!reports.some((r) => r.start < mistake.end && r.end > mistake.start)) reports.push(mistake);
  return reports.sort((a, b) => a.start - b.start);
}

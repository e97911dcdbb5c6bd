/**
 * The checklist's signals in Arabic: the same parts of a good reply (LATTE and
 * Customer Service 101's closing advice), found by the words Arabic replies use for them.
 * Customer Service 101's three Arabic model replies show each part: «أنا آسف جدًا لسماع أن
 * طلبك لم يصل بعد» (apology, acknowledgement), «لذلك قمت بإرسال تسليم بديل»
 * (explanation, action), «شكرا لك على لفت انتباهنا» (thanks), «فيرجى إبلاغي
 * بذلك» (closing invitation).
 */
import { alternation, arabicRegex, arabicSource } from './arabic.js';
import type { Signals } from './checklist.js';
import { arabicApologies, arabicSympathy } from './lang/ar/reader.js';

type Phrase = (text: string) => string;

/** Phrases as one pattern: each a word of its own, after a non-letter or the conjunction و or ف; `article` also allows «ال». */
function words(phrase: Phrase, phrases: readonly string[], options: { article?: boolean; whole?: boolean } = {}): string {
  const body = alternation(phrase, phrases);
  return `(?<![\\u0621-\\u064A])[وف]?${options.article ? '(?:ال)?' : ''}(?:${body})${options.whole ? '(?![\\u0621-\\u064A])' : ''}`;
}

/** Alternatives, as one pattern for a match source (see arabicRegex). */
const regex = (...sources: Array<(phrase: Phrase) => string>): RegExp => arabicRegex((phrase) => sources.map((source) => `(?:${source(phrase)})`).join('|'));

// The reader's words, so the checklist and the reading of each sentence agree on what apologises.
const apology = regex((p) => words(p, arabicApologies));

/** What an apology may be for without naming anything: «إزعاج» (inconvenience), «التباس» (confusion), «إحراج»، «متاعب». */
const namesNothing = ['إزعاج', 'ازعاج', 'التباس', 'لبس', 'إحراج', 'متاعب', 'مضايقة'];
/** Trouble named only by its kind: «مشكلة»، «تأخير»، «خلل». Generic at the end of the clause, named when a word follows. */
const namesLoosely = ['مشكلة', 'مشكلات', 'مشاكل', 'تأخير', 'خلل'];

/**
 * «نعتذر عن أي إزعاج»، «نأسف للإزعاج»، «عذرًا على المشكلة»: sorry for nothing in particular.
 * The noun must end the clause: «نعتذر عن تأخير طلبك» names what was late, so it is specific.
 */
const genericApology = arabicRegex(
  (p) => `${words(p, arabicApologies)}\\s+(?:(?:جدا|كثيرا|بشدة)\\s+)?(?:عن|على|لل|ل)\\s*(?:أي\\s+|اي\\s+|كل\\s+)?(?:ال)?(?:${[...namesNothing, ...namesLoosely].map(p).join('|')})(?:\\s+(?:قد\\s+)?(?:(?:يكون|تكون|كان)\\s+)?(?:سببه|سببها|تسبب|تسببت|سببناه|سببناها)(?:\\s+(?:لك|لكم))?|\\s+(?:الذي|التي)\\s+(?:قد\\s+)?(?:سببه|سببها|تسبب|تسببت)(?:\\s+(?:لك|لكم))?)?(?:\\s+(?:هذا|ذلك|هذه))?(?=\\s*(?:[.!،,؛]|$))`,
);

/** Thanks as spoken: «متشكرين»، «مشكور»، «يعطيك العافية»، «ميرسي»، «ممنونين». */
const spokenThanks = ['متشكر', 'متشكرين', 'متشكرة', 'مشكور', 'مشكورين', 'مشكورة', 'يعطيك العافية', 'يعطيكم العافية', 'ميرسي', 'ممنون', 'ممنونين', 'ممنونة'];
/**
 * «نقدر صبرك»، «أقدر تفهمك»: appreciation. Spoken, the same word is "we can": «ما نقدر نسوي لك شي» (we can't do anything
 * for you), «نقدر نساعدك»; a negation before it or a verb after it is no thanks.
 */
const appreciate = (p: Phrase): string => `(?<!(?:${['ما', 'مش', 'لا', 'مو', 'مب', 'مانا'].map(p).join('|')})\\s)(?<![\\u0621-\\u064A])[وف]?(?:${p('نقدر')}(?!\\s+ن[\\u0621-\\u064A])|${p('أقدر')}(?!\\s+[${p('أ')}][\\u0621-\\u064A]))`;
const thanks = regex((p) => words(p, ['شكرا', 'شكر', 'نشكر', 'أشكر', 'ممتن', 'ممتنون', 'نثمن', 'أثمن', 'بالشكر', 'الشكر', ...spokenThanks]), appreciate);
const gratitude = regex((p) => words(p, ['شكرا', 'شكر', 'نشكر', 'أشكر', 'ممتن', 'ممتنون', 'سعداء', 'سعيد', 'يسعدنا', 'يسعدني', 'سعدنا', 'سعدت', 'أسعدنا', 'أسعدتنا', 'يسرنا', 'سرنا', 'استمتع', 'رائع', ...spokenThanks]), appreciate);

const acknowledgement = regex(
  (p) => words(p, [...arabicSympathy, 'يبدو ذلك', 'يبدو هذا']),
  // An apology that names the trouble («نعتذر عن مشكلة الاتصال»، «سمح لينا على هاد المشكل»), as "sorry about the delay"
  // acknowledges it in English; not one for "any inconvenience".
  (p) =>
    `${words(p, arabicApologies)}\\s+(?:(?:جدا|كثيرا|بشدة)\\s+)?(?:عن|على|ع)\\s+(?!(?:أي\\s+|اي\\s+|كل\\s+)?(?:ال)?(?:${namesNothing.map(p).join('|')})(?![\\u0621-\\u064A]))[\\u0621-\\u064A]{2,}`,
  (p) => `${words(p, ['شكرا', 'نشكرك', 'أشكرك', 'شكرا لك', 'شكرا لكم'])}\\s+(?:لك\\s+|لكم\\s+)?(?:على|ل)\\s*(?:${['تواصل', 'إرسال', 'لفت', 'إعلام', 'إبلاغ', 'ملاحظات', 'صبر', 'رسالت', 'إخبار', 'مراسلت', 'الكتابة', 'اتصال'].map(p).join('|')})`,
);

const explanation = regex(
  (p) => words(p, ['لأن', 'لان', 'بسبب', 'لذلك', 'لذا', 'مما يعني', 'هذا يعني', 'السبب', 'نتيجة', 'حتى تتمكن', 'حتى نتمكن', 'لكي', 'كي', 'بهذه الطريقة', 'ليس معيارنا', 'ليس شيئا نراه', 'ما حدث', 'حدث ذلك', 'يحدث هذا', 'يعود ذلك إلى', 'يرجع ذلك إلى', 'وذلك', 'إذ إن', 'حيث إن', 'نظرا'], { whole: true }),
);

const problem = regex(
  (p) => words(
    p,
    [
      'تأخر', 'تأخير', 'متأخر', 'متأخرة', 'مفقود', 'مفقودة', 'لم يصل', 'لم تصل', 'لم يصلني', 'لم يصلك', 'تالف', 'تالفة', 'مكسور', 'مكسورة', 'معطل', 'معطلة', 'معيب', 'عيب', 'خطأ', 'خاطئ', 'خاطئة', 'مشكلة', 'مشكلات', 'مشاكل', 'محبط', 'غير راض', 'شكوى', 'لا يعمل', 'لا تعمل', 'توقف', 'خصم مرتين', 'عطل',
      // The trouble in other words, spoken ones too: a wait, an outage, a thing broken, lost or wrong («طول الانتظار»،
      // «انقطاع الخدمة»، «وصلت مشروخة»، «بلا خط»، «خربانة»، «ضايعة»).
      'طول الانتظار', 'انقطاع', 'منقطع', 'منقطعة', 'مقطوع', 'مقطوعة', 'بلا خط', 'بدون خط', 'بلا إنترنت', 'بدون إنترنت', 'مشروخ', 'مشروخة', 'مخدوش', 'مخدوشة', 'متبهدل', 'متبهدلة', 'خربان', 'خربانة', 'عطلان', 'عطلانة', 'بايظ', 'بايظة', 'ضايع', 'ضايعة', 'غلط', 'اتأخر', 'اتأخرت', 'تأخرت', 'ما وصل', 'ما وصلت', 'ما وصلني', 'مش شغال', 'مش شغالة', 'ما يشتغل', 'ما تشتغل',
    ],
    { article: true },
  ),
);
const fault = regex(
  (p) => words(p, ['تأخر', 'تأخير', 'متأخر', 'متأخرة', 'مفقود', 'مفقودة', 'لم يصل', 'لم تصل', 'لم يصلني', 'تالف', 'تالفة', 'مكسور', 'مكسورة', 'معيب', 'خطأ', 'خاطئ', 'خاطئة', 'خصم مرتين', 'لم يتم استلام'], { article: true }),
);

/**
 * Sympathy in words of understanding the customer's trouble («نتفهم انزعاجك»، «معك حق تكون معصّب»): the reader's
 * words of sympathy, but not «لسماع» and «لمعرفة», which end a «سعداء لسماع …» as well as a «آسفون لسماع …».
 */
const sympathy = regex((p) => words(p, arabicSympathy.filter((word) => word !== 'لسماع' && word !== 'لمعرفة')));

/** A decision on the customer's case: «لا يمكننا استرداد»، «لن نتمكن من»، «تم رفض طلبك»، «غير مؤهل». */
const decision = regex((p) => words(p, ['لا يمكننا', 'لا يمكنني', 'لا نستطيع', 'لا أستطيع', 'لن نتمكن', 'لن أتمكن', 'لم نتمكن', 'تعذر', 'يتعذر', 'رفض', 'رفضنا', 'غير مؤهل', 'غير مؤهلة', 'غير مشمول', 'غير مشمولة']));

/** The door stays open: Customer Service 101's closings and their kin. */
const invitation = regex(
  (p) => words(p, ['أخبرنا', 'أخبرني', 'فيرجى إبلاغ', 'يرجى إبلاغ', 'لا تتردد', 'تواصل معنا', 'راسلنا', 'نحن هنا', 'أنا هنا', 'يسعدنا مساعدت', 'يسعدني مساعدت', 'أي أسئلة', 'أي سؤال', 'أي استفسار', 'أي شيء آخر', 'في أي وقت', 'بحاجة إلى أي مساعدة', 'للمزيد من المساعدة', 'الرد على هذا البريد', 'الرد على هذه الرسالة', 'الرد إلى هذا البريد', 'بالرد على هذا البريد', 'بالرد على هذه الرسالة', 'ردك على هذه الرسالة', 'ردك على هذا البريد', 'تلقي ردك', 'أي مساعدة أخرى', 'أي مساعدة إضافية', 'رهن إشارتك', 'رهن إشارتكم', 'متى احتجت', 'متى ما احتجت', 'جاوبيني على', 'جاوبني على']),
);
/** The writer opening the conversation: «نتواصل معك بخصوص طلبك»، «نود إعلامك بأن …»، «نحيطكم علمًا». */
const outreach = regex((p) =>
  words(p, ['نتواصل معك', 'نتواصل معكم', 'نتواصل معكِ', 'أتواصل معك', 'أتواصل معكم', 'نود إعلامك', 'نود إعلامكم', 'نود إبلاغك', 'نود إبلاغكم', 'أود إعلامك', 'أود إبلاغك', 'نحيطك علما', 'نحيطكم علما', 'يسرنا إعلامك', 'يسرنا إعلامكم', 'يسعدنا إعلامك', 'يسعدنا إعلامكم', 'نأسف لإبلاغك', 'نأسف لإعلامك', 'نأسف لإبلاغكم', 'نأسف لإعلامكم']),
);
const greetingWords = arabicRegex(
  (p) => `^\\s*(?:${['السلام عليكم ورحمة الله وبركاته', 'السلام عليكم ورحمة الله', 'السلام عليكم', 'مرحبا بك', 'مرحبا', 'أهلا وسهلا', 'أهلا', 'صباح الخير', 'مساء الخير', 'تحية طيبة', 'عزيزي', 'عزيزتي', 'الأستاذ', 'أستاذ', 'أستاذة', 'السيد', 'السيدة'].map(p).join('|')})(?![\\u0621-\\u064A])`,
);
const genericTarget = arabicRegex(
  (p) => `^(?:${['العميل العزيز', 'عميلنا العزيز', 'عميلتنا العزيزة', 'عزيزي العميل', 'العميل', 'العميلة', 'العزيز', 'العزيزة', 'عميلنا', 'العملاء', 'الجميع', 'الفريق', 'صديقي', 'المستخدم', 'سيدي', 'سيدتي', 'سيدي العزيز', 'سيدتي العزيزة', 'السادة', 'سيدي سيدتي', 'بك', 'بكم'].map(p).join('|')})$`,
);

/** The text without white space and punctuation marks at either end, taken off in loops (an end-anchored pattern was quadratic). */
function trimMarks(text: string): string {
  const mark = (ch: string | undefined): boolean => ch !== undefined && (/\s/u.test(ch) || '،,!:.'.includes(ch));
  let start = 0;
  let end = text.length;
  while (start < end && mark(text[start])) start++;
  while (end > start && mark(text[end - 1])) end--;
  return text.slice(start, end);
}

/** Whether an Arabic greeting names the customer: «مرحبا جيرالدين»، «عزيزي بيتر»، not «عزيزي العميل» or a bare «السلام عليكم». */
function greetsByName(greeting: string): boolean {
  let target = arabicSource(greeting).text.trim();
  for (let previous = ''; previous !== target; ) {
    previous = target;
    target = trimMarks(target.replace(greetingWords, ''));
  }
  if (target === '') return false;
  return !genericTarget.test(target);
}

const arabic: Signals = {
  apology,
  genericApology,
  thanks,
  gratitude,
  acknowledgement,
  explanation,
  problem,
  fault,
  decision,
  sympathy,
  invitation,
  outreach,
  greetsByName,
  source: (context) => context.arabicSource,
};

/** The Arabic signals (a function: the bundles evaluate this module only when an Arabic reply is checked). */
export function arabicSignals(): Signals {
  return arabic;
}

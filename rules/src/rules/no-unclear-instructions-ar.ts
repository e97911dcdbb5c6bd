/**
 * The Arabic half of no-unclear-instructions: steps minimised («فقط تحقق من
 * إعداداتك»), steps assumed («بالطريقة المعتادة»), vague words inside an
 * instruction («ذلك الخيار»، «في مكان ما»), and too many steps in one
 * sentence, with Arabic messages.
 */
import { arabicHits, arabicTable, foldedRegex } from '../arabic.js';
import type { ReplyContext, Sentence } from '../context.js';
import { isArabicInstruction, startsArabicStep } from '../instructions-ar.js';
import { numberedList, withoutFinalStops } from '../instructions.js';
import type { Report } from '../types.js';

export const arabicNote =
  'اكتب إجابات واضحة ومباشرة لا يمكن أن يُساء فهمها، ولا تفترض أن العميل يعرف ما تعرفه (لعنة المعرفة). لا تطلب منه فقط أن يبحث بنفسه؛ أعطه توجيهات خطوة بخطوة حول كيفية الوصول إلى ما يحتاجه ومكانه. الردود الطويلة تُقرأ أسهل بالنقاط وفواصل الأسطر («خدمة العملاء 101»، «مهارات الكتابة الواضحة»؛ «كيفية تقديم خدمة العملاء المتميزة»).';

interface Entry {
  phrase: string;
  message: string;
  /** Reported only when an imperative follows and the rest of the sentence names nothing exact. */
  whenVague?: boolean;
  /** Reported only when nothing exact is named before it in the sentence («من هناك» after «الإعدادات» points somewhere). */
  pointsBack?: boolean;
}

const minimised = '«{actual}» يهوّن من خطوة قد لا يعرف العميل كيف يقوم بها؛ قل بالضبط أين وكيف';
const assumed = '«{actual}» يفترض أن العميل يعرف الخطوات؛ اكتبها له';
const vague = '«{actual}» غامض داخل التعليمات؛ سمِّ الصفحة أو الزر أو الإعداد بالضبط';

const entries: Entry[] = [
  ...['ما عليك سوى', 'ببساطة', 'فقط', 'يكفي أن'].map((phrase): Entry => ({ phrase, message: minimised, whenVague: true })),
  ...['بالطريقة المعتادة', 'الطريقة المعتادة', 'الخطوات المعتادة', 'كالمعتاد', 'كما تفعل عادة', 'كما تفعل دائما', 'كما هو معتاد'].map((phrase): Entry => ({ phrase, message: assumed })),
  ...['من هناك'].map((phrase): Entry => ({ phrase, message: vague, pointsBack: true })),
  ...['ذلك الشيء', 'هذا الشيء', 'ذاك الخيار', 'لذاك الخيار', 'ذاك الزر', 'ذيك الصفحة', 'هذاك الخيار', 'تلك الأشياء', 'تلك الصفحة', 'ذلك الخيار', 'ذلك الزر', 'تلك القائمة', 'ذلك الإعداد', 'تلك الشاشة', 'ذلك الرابط', 'ذلك القسم', 'في مكان ما', 'إلى هناك', 'هناك في', 'وما إلى ذلك', 'وغير ذلك', 'إلخ', 'شيء من هذا القبيل'].map(
    (phrase): Entry => ({ phrase, message: vague }),
  ),
];

const table = arabicTable(entries);

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
// A space before «وثم» or «وبعد ذلك» is left to the first alternative, which takes the words with it.
const stepSeparator = foldedRegex(/(?:[،,؛]\s{0,20})?(?:(?:و|ف)?ثم|وبعد ذلك|بعد ذلك|وبعدها)\s{1,20}|[،,؛]\s{0,20}(?=[وف]?[\u0621-\u064A])|\s(?=[وف][\u0621-\u064A])(?!(?:[وف]ثم|وبعد ذلك|وبعدها)\s)/gu);

/** Splits an Arabic instruction at «ثم», «، و» or «وبعد ذلك» where an imperative follows; read in the match source, cut in the text as written. */
function splitSteps(context: ReplyContext, sentence: Sentence): string[] {
  const source = context.arabicSource;
  const base = source.at(sentence.start);
  const read = source.slice(sentence.start, sentence.end);
  const parts: string[] = [];
  let last = sentence.start;
  for (const match of read.matchAll(stepSeparator)) {
    if (!startsArabicStep(read.slice(match.index + match[0].length))) continue;
    const cut = source.start(base + match.index);
    parts.push(context.text.slice(last, cut));
    last = source.start(base + match.index + match[0].length);
  }
  parts.push(context.text.slice(last, sentence.end));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** A step as a list item: no bullet, no «يرجى» or «ثم» before it, no conjunction on its verb, no full stop after it. */
function listItem(step: string): string {
  return withoutFinalStops(step.replace(/^(?:[-*•]|\d+[.)])\s+/u, '').replace(/^(?:يرجى|الرجاء|من فضلك|أولا|أولًا|ثم)[،,]?\s+/u, '').replace(/^[وف](?=[\u0621-\u064A]{3})/u, ''));
}

export function arabicUnclearInstructions(context: ReplyContext, maxStepsPerSentence: number): { reports: Report[]; instructions: Set<Sentence> } {
  const reports: Report[] = [];
  const source = context.arabicSource;
  const instructions = new Set(context.bodySentences().filter((s) => isArabicInstruction(s, source.sentence(s))));
  if (instructions.size === 0) return { reports, instructions };
  for (const { entry, start, end, actual, sentence } of arabicHits(context, table)) {
    if (!instructions.has(sentence)) continue;
    // «فقط انقر على زر «حفظ» في أعلى الصفحة» is exact; «فقط تحقق من إعداداتك» is not.
    if (entry.whenVague) {
      // «أرسل لنا صورة واحدة فقط»: «فقط» not followed by a step is "only", not a step made light of.
      const rest = context.text.slice(end, sentence.end);
      if ((entry.phrase === 'فقط' && !startsArabicStep(rest.trimStart())) || exact.test(rest) || namedPlace.test(source.slice(end, sentence.end))) continue;
    }
    if (entry.pointsBack && (exact.test(context.text.slice(sentence.start, start)) || namedPlace.test(source.slice(sentence.start, start)))) continue;
    reports.push({ start, end, message: entry.message.replace('{actual}', actual), expected: [], note: arabicNote });
  }
  for (const sentence of instructions) {
    const steps = splitSteps(context, sentence);
    if (steps.length > maxStepsPerSentence) {
      reports.push({
        start: sentence.start,
        end: sentence.end,
        message: `${steps.length} خطوات في جملة واحدة؛ القائمة المرقّمة أسهل في الاتباع`,
        expected: [numberedList(context, sentence, steps.map(listItem))],
        note: arabicNote,
      });
    }
  }
  return { reports, instructions };
}

/**
 * The Arabic half of no-uncertain-expertise: «أنا جديد هنا»، «لست متأكدًا»،
 * «لا أعرف»، «هذا ليس قسمي», with Arabic messages and rewrites that turn the
 * doubt into an action («دعني أتأكد من ذلك لك:»).
 */
import { arabicHits, arabicTable, foldedRegex } from '../arabic.js';
import type { ReplyContext } from '../context.js';
import type { Report } from '../types.js';

const note =
  'يجب أن يشعر العميل بأنه يتعامل مع محترف كفء، لا مع متدرب («كيفية تقديم خدمة العملاء المتميزة»، القاعدة الثانية). إن احتجت إلى التحقق فقل ذلك كفعل: «دعني أتأكد من ذلك لك».';

interface Entry {
  phrase: string;
  message: string;
  expected: string[];
  /** Quiet when the rest of the sentence matches: «لست متأكدًا أنني فهمت» asks for clarification. */
  unless?: RegExp;
}

const trainee = '«{actual}» يخبر العميل بأنه لا يتعامل مع خبير؛ قل ما ستفعله بدلًا من ذلك';
const unsure = '«{actual}» يُضعف إجابتك؛ تحقق أولًا ثم قل ما وجدته';
const unknown = '«{actual}» يترك العميل دون إجابة؛ اعرف الإجابة أو قل كيف ستعرفها';
const notMine = '«{actual}» يعيد المشكلة إلى العميل؛ أوصلها أنت إلى الفريق المختص';

/** Asking to understand, or whether something happened, is good practice (Customer Service Online). */
const clarifying = foldedRegex(/^\s*(?:من\s+)?(?:أنني|انني|أني|اني|أننا|إن|ان|أن|إذا|اذا|هل|مما)(?![\u0621-\u064A])/u);

const entries: Entry[] = [
  ...['أنا جديد هنا', 'أنا جديدة هنا', 'أنا جديد في', 'أنا جديدة في', 'أنا متدرب', 'أنا متدربة', 'ما زلت أتدرب', 'ما زلت متدربا', 'بدأت العمل للتو'].map((phrase): Entry => ({ phrase, message: trainee, expected: [] })),
  ...['لست متأكدا', 'لست متأكدة', 'لسنا متأكدين', 'غير متأكد', 'غير متأكدة'].map((phrase): Entry => ({ phrase, message: unsure, expected: ['دعني أتأكد من ذلك لك:'], unless: clarifying })),
  ...['لا أعرف', 'لا أدري', 'ليس لدي أي فكرة', 'ليست لدي فكرة', 'لا نعرف'].map((phrase): Entry => ({ phrase, message: unknown, expected: ['دعني أعرف ذلك لك:'], unless: clarifying })),
  ...['هذا ليس قسمي', 'ليس قسمي', 'ليست مسؤوليتي', 'ليس من اختصاصي', 'ليس من اختصاصنا', 'هذا ليس عملي'].map((phrase): Entry => ({ phrase, message: notMine, expected: ['سأحيل هذا إلى الفريق المختص'] })),
];

const table = arabicTable(entries);

export function arabicUncertainExpertise(context: ReplyContext): Report[] {
  const reports: Report[] = [];
  for (const { entry, start, end, actual, sentence } of arabicHits(context, table)) {
    if (sentence.region !== 'body') continue;
    if (entry.unless?.test(context.arabicSource.slice(end, sentence.end))) continue;
    reports.push({ start, end, message: entry.message.replace('{actual}', actual), expected: entry.expected, note });
  }
  return reports;
}

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
    reports.push(fitOpening(context.text, { start, end, message: entry.message.replace('{actual}', actual), expected: entry.expected, note }));
  }
  return reports;
}

const arabicWord = '[\u0621-\u064A\u064B-\u0652\u0640]';

/**
 * Fits the confident opening («دعني أتأكد من ذلك لك:») to what stands around
 * the doubt, so the rewritten sentence reads as one:
 * «لست متأكدًا، لكن المشكلة …» → «دعني أتأكد من ذلك لك: المشكلة …»؛
 * «لست متأكدًا.» → «دعني أتأكد من ذلك لك.»؛ «أنا غير متأكد من الموعد» → «دعني أتأكد من الموعد»؛
 * «لا أعرف سبب المشكلة» → «دعني أتحقق من سبب المشكلة»؛ «لا أعرف متى يصل» → «دعني أتحقق متى يصل».
 */
function fitOpening(text: string, report: Report): Report {
  const opening = report.expected[0];
  if (opening === undefined || !opening.endsWith(':')) return report;
  // «أنا غير متأكد»: the pronoun goes with the doubt.
  const pronoun = /(?:^|\s)((?:أنا|انا|نحن)\s+)$/u.exec(text.slice(Math.max(0, report.start - 10), report.start));
  const start = pronoun ? report.start - pronoun[1]!.length : report.start;
  const after = text.slice(report.end, report.end + 80);
  const unsure = opening.startsWith('دعني أتأكد');
  if (/^\s*(?:[.!?؟…]|$)/u.test(after)) return { ...report, start, expected: [opening.slice(0, -1)] };
  const joined = new RegExp(`^\\s*[،,؛;](?:\\s*(?:و?لكن|إلا أن)(?!${arabicWord}))?`, 'u').exec(after);
  if (joined) return { ...report, start, end: report.end + joined[0].length, expected: [opening] };
  if (new RegExp(`^\\s+(?:متى|لماذا|لم|كيف|أين|ماذا|كم)(?!${arabicWord})`, 'u').test(after)) return { ...report, start, expected: ['دعني أتحقق'] };
  if (unsure && new RegExp(`^\\s+من(?!${arabicWord})`, 'u').test(after)) return { ...report, start, expected: ['دعني أتأكد'] };
  if (new RegExp(`^\\s+عن(?!${arabicWord})`, 'u').test(after)) return { ...report, start, expected: ['دعني أستفسر'] };
  if (!unsure && new RegExp(`^\\s+${arabicWord}`, 'u').test(after)) return { ...report, start, expected: ['دعني أتحقق من'] };
  return { ...report, start };
}

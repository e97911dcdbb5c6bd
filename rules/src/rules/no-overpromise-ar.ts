/**
 * The Arabic half of no-overpromise: promises, guarantees, certain deliveries
 * and hard times for what others control, with Arabic messages and hedged
 * rewrites ("سيصل غدًا" → "من المتوقع أن يصل غدًا").
 */
import { arabicHits, arabicSource, arabicTable, foldedRegex } from '../arabic.js';
import type { ReplyContext } from '../context.js';
import { SpansInOrder } from '../structure.js';
import type { Report } from '../types.js';
import { modelOf } from '../model/reply-model.js';
import { deliveryWords } from '../lang/ar/reader.js';

const note =
  'قلّل الوعود وتجاوز التوقعات، وكن حذرًا بشكل خاص فيما يتعلق بالوقت؛ لا تقدم وعودًا في المناطق التي لا يمكنك التحكم فيها بالكامل، مثل أوقات الشحن («خدمة العملاء 101»، «فهم كيفية تحديد التوقعات الصحيحة»). لا تحدد موعدًا إلا إذا كنت متأكدًا من الالتزام به («كيفية تقديم خدمة العملاء المتميزة»).';

interface Entry {
  phrase: string;
  message: string;
  expected: string[];
  safe?: boolean;
  /** A hard time word: quiet when the writer speaks of their own action. */
  time?: boolean;
  /** A promise only when the sentence also gives a time («خلال 24 ساعة»، «غدًا»). */
  withTime?: boolean;
}

const entries: Entry[] = [
  { phrase: 'أعدك بأن هذا لن يتكرر', message: '«{actual}» وعد لا يستطيع أحد ضمانه', expected: ['نتخذ خطوات حتى لا يتكرر ذلك'] },
  { phrase: 'لن يتكرر هذا أبدا', message: '«{actual}» وعد لا يستطيع أحد ضمانه', expected: ['نتخذ خطوات حتى لا يتكرر ذلك'] },
  { phrase: 'لن يحدث هذا مرة أخرى', message: '«{actual}» وعد لا يستطيع أحد ضمانه', expected: ['نتخذ خطوات حتى لا يتكرر ذلك'] },
  // The same promise in the spoken dialects: «وما راح تنقطع مرة ثانية أبدًا»، «ومش هتتكرر تاني أبدًا».
  ...['مرة ثانية أبدا', 'مرة تانية أبدا', 'تاني أبدا', 'مرة أخرى أبدا', 'ما راح يتكرر', 'ما راح تتكرر', 'ما رح يتكرر', 'ما رح تتكرر', 'مش هيتكرر', 'مش هتتكرر', 'مش حيتكرر', 'مش حتتكرر'].map(
    (phrase): Entry => ({ phrase, message: '«{actual}» وعد لا يستطيع أحد ضمانه', expected: ['نتخذ خطوات حتى لا يتكرر ذلك'] }),
  ),
  // The promise that it never happens again, in its other word orders: «لن يتكرر أبدًا»، «لن يحدث مجددًا».
  ...['لن يتكرر أبدا', 'لن يتكرر ذلك أبدا', 'لن يتكرر مجددا', 'لن يتكرر مرة أخرى', 'لن يحدث ذلك مرة أخرى', 'لن يحدث مجددا', 'لن يحدث أبدا', 'لن تتكرر أبدا', 'لن تتكرر مجددا', 'لن تتكرر مرة أخرى', 'لن تحدث مجددا', 'لن تحدث أبدا'].map(
    (phrase): Entry => ({ phrase, message: '«{actual}» وعد لا يستطيع أحد ضمانه', expected: ['نتخذ خطوات حتى لا يتكرر ذلك'] }),
  ),
  // To several as to one («نضمن لكم»، «نعدكم»), reported whole: without them «نضمن لكم» is found only as its shorter
  // «نضمن», and «أعدكم» not at all (no shorter phrase of the table starts it).
  // And with what is guaranteed on the verb, or spoken («أضمنها لك»، «مضمونة»، «مية بالمية»).
  ...['أعدك', 'نعدك', 'أعدكم', 'نعدكم', 'أضمن لك', 'نضمن لك', 'أضمن لكم', 'نضمن لكم', 'نضمن', 'مضمون', 'مضمونة', 'بكل تأكيد', 'مئة بالمئة', 'مية بالمية', 'مية في المية', 'مية مية', 'مية ع مية', 'مية على مية', 'أضمنها لك', 'أضمنه لك', 'نضمنها لك', 'نضمنه لك', 'أضمنلك', 'نضمنلك'].map(
    (phrase): Entry => ({ phrase, message: '«{actual}» وعد بنتيجة قد لا تتحكم فيها؛ صِف ما تتوقعه بدلًا من ذلك', expected: [] }),
  ),
  ...(
    [
      ['سيصل', 'من المتوقع أن يصل'],
      ['ستصل', 'من المتوقع أن تصل'],
      ['سيتم تسليم', 'من المتوقع أن يتم تسليم'],
      ['سيتم شحن', 'من المتوقع أن يتم شحن'],
      ['سيتم إصلاح', 'من المتوقع أن يتم إصلاح'],
      ['سيتم حل', 'من المتوقع أن يتم حل'],
      ['سيتم توصيل', 'من المتوقع أن يتم توصيل'],
      ['سيعود إلى المخزون', 'من المتوقع أن يعود إلى المخزون'],
    ] as const
  ).map(([phrase, hedge]): Entry => ({ phrase, message: '«{actual}» يعد بنتيجة تعتمد على الآخرين؛ خفّف الصياغة', expected: [hedge], safe: true })),
  // A refund is the writer's to issue; when it reaches the account is the bank's: a promise only with a time.
  ...(
    [
      ['سيتم استرداد', 'من المتوقع أن يتم استرداد'],
      ['سيتم رد المبلغ', 'من المتوقع أن يتم رد المبلغ'],
      ['سيتم إرجاع المبلغ', 'من المتوقع أن يتم إرجاع المبلغ'],
      ['سيتم تحويل المبلغ', 'من المتوقع أن يتم تحويل المبلغ'],
    ] as const
  ).map(([phrase, hedge]): Entry => ({ phrase, message: '«{actual}» يعد بوقت يحدده البنك لا أنت؛ خفّف الصياغة', expected: [hedge], safe: true, withTime: true })),
  ...['فورا', 'فوراً', 'على الفور', 'في الحال', 'خلال دقائق', 'خلال ساعة'].map(
    (phrase): Entry => ({ phrase, message: '«{actual}» يلتزم بوقت قد لا تتحكم فيه؛ أعطِ مدى يمكنك الالتزام به', expected: ['في أقرب وقت ممكن'], time: true }),
  ),
];

const table = arabicTable(entries);

/** Hedged wording: the sentence already says what is expected, usual or likely. */
// Whole words: «عادة» is no hedge inside «سعادة» or «إعادة», nor «قد» inside «المتعاقد».
const hedged = foldedRegex(/(?<![\u0621-\u064A])[وفب]?(?:من المتوقع|عادة|عادةً|غالبا|غالبًا|قد(?![\u0621-\u064A])|ربما|يفترض|المفروض|نأمل|نتوقع|تقريبا|تقريبًا|في العادة|على الأرجح|في الأرجح|على الأغلب|في الأغلب|في الغالب|من المرجح|من المفترض)/u);
/** The writer's own action: "سأتحقق فورًا", "سنرد عليك على الفور", "دعني". */
const ownAction = foldedRegex(/(?:^|[\s،,])(?:س[أن][\u0621-\u064A]+|دعني|دعنا|أنا|نحن|لقد\s+[\u0621-\u064A]+)/u);
/**
 * A hard time is a promise only when something others do is said to come:
 * «سيتم رد المبلغ فورًا»، «سيعود المنتج على الفور»، «سوف يصل». An instruction
 * («ثم اربطها فورًا») or a purpose («ليتمكن المستخدمون من … فورًا») is not.
 */
const othersFuture = foldedRegex(/(?:^|[\s،,])[وف]?(?:سي|ست)[\u0621-\u064A]{2,}|(?:^|[\s،,])[وف]?سوف\s+[يت]/u);
/**
 * The company's own handling, in the impersonal passive that MSA support writing uses everywhere: «ستتم مراجعة طلبك خلال
 * خمسة أيام عمل»، «سيتم الرد عليك خلال 24 ساعة»، and work said to be done by its own people: «من قبل موظفينا». Its time
 * is the writer's side's to keep, as "we'll review it within five days" is.
 */
const ownProcess = foldedRegex(/(?:^|[\s،,])[وف]?(?:سيتم|ستتم|سوف\s+يتم|سوف\s+تتم)\s+(?:مراجعة|دراسة|معالجة|فحص|تقييم|النظر|التحقق|الرد|التواصل|الاتصال)|من\s+قبل\s+(?:موظفي|فريق|قسم|مختصي|خبراء)[\u0621-\u064A]*نا/u);
/** What the customer will be able to do: «ستتمكن من استخدامها على الفور» describes their use, not a delivery time. */
const capability = foldedRegex(/(?:ستتمكن|تتمكن|يمكنك|بإمكانك|تستطيع|ستستطيع)/u);
/** The promise declined before it: «لا نستطيع أن نضمن أن …»، «لا يمكننا أن نعدك بأن …», honest about what cannot be known. */
const cannotPromise = foldedRegex(/(?:لا|لن)\s+(?:نستطيع|أستطيع|يمكننا|يمكنني|نقدر|أقدر)\s+(?:أن\s+)?(?:نضمن|أضمن|نعد|أعد|نؤكد|أؤكد)|لا\s+(?:نضمن|أضمن)|لا\s+يمكن\s+ضمان/u);
/**
 * An offer left to the customer's wish («إن شئتم»، «إذا حبيت»، «لو حابة»): what follows is offered, not promised. Not "if you
 * want anything (else)" («إذا تبي شي ثاني»), the door to more help, which leaves a promise before it as it was.
 */
const atYourChoice = foldedRegex(/(?:^|[\s،,])[وف]?(?:إن|ان|إذا|اذا|لو)\s+(?:شئت|شئتم|شئتي|شئتِ|أردت|أردتم|أردتِ|رغبت|رغبتم|رغبتِ|حبيت|حبيتي|حابب|حابة|حاب|تحب|تحبي|تحبين|ودك|بدك|تبي|تبين|تبغى|تبغين)(?![\u0621-\u064A])(?!\s+(?:شي|شيء|إشي|اشي|حاجة|حاجه|أي|اي)(?![\u0621-\u064A]))/u);
/**
 * The writer named as who does it: «وأنا … بنفسي»، «أنا شخصيًا»، or as where it comes from: «بيوصلج إيميل التأكيد مني خلال
 * ساعة» (not the word given: «وخذها مني كلمة»).
 */
const writerSelf = foldedRegex(/(?:^|[\s،,])[وف]?(?:أنا|انا)\s|بنفسي|شخصيا|(?<![\u0621-\u064A])(?<!(?:خذ|خذها|خذوها|خدها|اسمعها)\s)(?:مني|من\s+عندي|من\s+طرفي|من\s+جهتي)(?![\u0621-\u064A])/u);
/**
 * The company's own people and cars as the ones who will do it: «سيحضر فريق التركيب إلى الموقع يوم الأحد»، «سيركّب فنّينا
 * اللوحة غدًا»، «مهندسنا»، «بتطلع مع سيارة التوصيل تبعنا بكرا»، a pharmacy's «الصيدلي». Their schedule is the company's to
 * keep, a commitment rather than an outcome others control.
 */
const ownStaff = foldedRegex(/(?:^|[\s،,])[وف]?(?:(?:سيارة|سيارات|مندوب|سائق|سواق|عامل|موظف)\s+(?:ال[\u0621-\u064A]+\s+)?(?:تبعنا|حقنا|متاعنا|ديالنا|عندنا|لدينا|الخاصة بنا|الخاص بنا)|مندوبنا|مندوبينا|سائقنا|سواقنا|سيارتنا|سياراتنا|فريق\s+(?:التركيب|الصيانة|التوصيل لدينا|العمل|الفنيين|الدعم|التنظيف|الخدمة|المشروع)|فنيينا|فنينا|فنيونا|مهندسنا|مهندسونا|فريقنا|طاقمنا|موظفنا|موظفونا|الفني\s+(?:لدينا|عندنا|التابع لنا|تبعنا|حقنا|متاعنا|ديالنا)|الفني\s+(?!ال)[\u0621-\u064A]{3,}\s+(?:بين|يوم|صباح|مساء|الساعة|غدا|بكرة)|(?:مساعد|مساعدة|ممرض|ممرضة|طبيب|طبيبة|موظف|موظفة|فني|مهندس|منسق|منسقة|مشرف|مشرفة|مندوب|مسؤول|مسؤولة)\s+(?:العيادة|المركز|الفرع|المكتب|المعرض|الشركة|المحل|الوكالة|المختبر|المستشفى|الفندق|المطعم|الصالة|القسم|خدمة العملاء)|الصيدلي|الصيدلاني|الصيدلانية)(?![\u0621-\u064A])/u);
/** How things often go: «كثيرًا ما»، «غالبًا ما»، «أحيانًا», said of what happens, not of what will. */
const habitual = foldedRegex(/(?:^|[^\u0621-\u064A])[وف]?(?:كثيرا ما|غالبا ما|أحيانا|احيانا|في بعض الأحيان)(?![\u0621-\u064A])/u);
/** The company's own messages: «رسائل الحجز»، «رسالة تأكيد»، «إشعار»، «رمز التحقق». */
const ownMessagesAr = foldedRegex(/(?:^|[^\u0621-\u064A])[وف]?(?:ال)?(?:رسائل|رسالة|إشعار|إشعارات|تنبيه|تنبيهات|رمز التحقق|كود التفعيل)(?![\u0621-\u064A])/u);
/** A message said to come from someone else: «رسالة من البنك». */
const fromOthers = foldedRegex(/(?:رسائل|رسالة|إشعار|إشعارات|تنبيه|تنبيهات)\s+(?:[\u0621-\u064A]+\s+)?من\s+(?!عندنا|لدينا|طرفنا|قبلنا|فريقنا|نظامنا)/u);
/** "Never again" with up to three words between the verb and "ever": «لن يتكرر معكِ أبدًا»، «مش هتتكرر تاني أبدًا». */
const neverAgain = foldedRegex(/(?:^|[^\u0621-\u064A])(?:لن\s+|ما\s+(?:راح|رح)\s+|مش\s+[هح]?)[يت]تكرر(?:\s+[\u0621-\u064A]+){0,3}?\s+(?:أبدا|ابدا|مجددا|مرة\s+(?:أخرى|ثانية|تانية))/u);
/** The Maghrebi "we guarantee it won't happen again" («نضمنو ليك بلي ما غاديش يتعاود»). */
const neverAgainMaghrebi = foldedRegex(/(?:^|[^\u0621-\u064A])ما\s+(?:غاديش|غادي|غاديا|غادياش)\s+[يت]تعاود/u);
/** "It can't happen again", said as impossible: «ومستحيل تقف بحد تاني»، «من المستحيل أن يتعطل مرة أخرى». */
const impossibleAgain = foldedRegex(/(?:^|[^\u0621-\u064A])[وف]?(?:مستحيل|من\s+المستحيل)\s+(?:أن\s+|ان\s+)?[يت][\u0621-\u064A]{2,}(?:\s+[\u0621-\u064A]+){0,3}?\s+(?:تاني|ثاني|تانية|ثانية|مجددا|أبدا|ابدا|مرة\s+(?:أخرى|ثانية|تانية))(?![\u0621-\u064A])/u);
// Spoken denials too: «ما نقدر نضمن»، «مش هنقدر نوعدك»، «مو أكيد».
/**
 * A fix's outcome said as certain: a future («سـ»، «سوف»، «راح»، «رح»، «هـ»، «حـ»، «غادي») of working again, then how well,
 * within a few words: «راح يرجع النت أحسن من قبل»، «هيشتغل زي الفل»، «سيعمل بشكل طبيعي».
 */
const fixWorks = foldedRegex(
  /(?:^|[^\u0621-\u064A])([وف]?)(?:(?:راح|رح|غادي|سوف)\s+|[سهح])[يت](?:رجع|عود|شتغل|عمل|نحل|تحل|تصلح|زبط|ضبط|مشي)[\u0621-\u064A]{0,2}(?:\s+[\u0621-\u064A]+){0,3}?\s+(?:أحسن من قبل|أحسن من الأول|أفضل من قبل|بشكل طبيعي|طبيعي|زي الأول|زي الفل|مثل الأول|متل الأول|كما كان|زي ما كان|متل ما كان|بلا مشاكل|بدون مشاكل|من غير مشاكل|بدون أي مشكلة)(?![\u0621-\u064A])/u,
);
const negated = foldedRegex(/(?<![\u0621-\u064A])(?:لا|لن|لسنا|لست|ليس|ما|مش|مو|موش|مب)\s+(?:[\u0621-\u064A]+\s+){0,2}$/u);

/** «أكيد!»، «بالتأكيد،» opening a sentence: "sure", an answer, not a marker of certainty on what follows. */
function interjection(text: string, sentenceStart: number, span: { start: number; end: number }): boolean {
  return text.slice(sentenceStart, span.start).trim() === '' && /^\s*[!،,.:]/u.test(text.slice(span.end, span.end + 3));
}

/** Who decides the time, said beside it: «حسب البنك»، «بحسب شركة الشحن»، «يعتمد على بنكك»، «قد تختلف المدة». */
const dependsOnAr = foldedRegex(/(?<![\u0621-\u064A])(?:[وف]?(?:حسب|بحسب|على\s+حسب|يعتمد\s+على|تعتمد\s+على|بناء\s+على|وفقا\s+ل)\s*(?:ال)?(?:بنك|بنكك|البنك|مصرف|مصرفك|شركة\s+(?:ال)?(?:شحن|توصيل)|ناقل|منطقت|منطقة|مدينت|مدينة|طريقة\s+(?:ال)?دفع|بطاقت|بطاقة|جهة|مزود)|(?:قد\s+)?(?:تختلف|يختلف)\s+(?:ال)?(?:مدة|مده|وقت|موعد|فترة))/u);
/** The house's own rules, system or hours named in the sentence: «هذا نظام الفندق»، «حسب سياسة الشركة»، «ساعات العمل». */
const houseRule = foldedRegex(/(?<![\u0621-\u064A])[وف]?(?:هذا|هذه|ده|دي|هاد|حسب|وفق|بحسب)\s+(?:ال)?(?:نظام|سياسة|سياسه|قوانين|قانون|لوائح|أنظمة)|(?<![\u0621-\u064A])[وف]?(?:ساعات|مواعيد|أوقات)\s+(?:ال)?(?:عمل|دوام)/u);
/** A comparison before a word of exactness: «زيك بالظبط»، «مثل ما طلبت بالضبط». */
const comparison = foldedRegex(/(?:^|[^\u0621-\u064A])(?:زي|زيك|زيكم|مثل|مثلك|متل|متلك|كما|كيف|بحال)(?:\s+[\u0621-\u064A]+){0,2}\s*$/u);

export function arabicOverpromise(context: ReplyContext): Report[] {
  const reports: Report[] = [];
  const model = modelOf(context);
  for (const { entry, start, end, actual, sentence, head } of arabicHits(context, table)) {
    if (sentence.region !== 'body' || hedged.test(head) || negated.test(head) || cannotPromise.test(head)) continue;
    // «سيصل المبلغ خلال أيام حسب البنك»: the time is given as the bank's, which is the honest way to give it.
    if (dependsOnAr.test(arabicSource(sentence.text).text)) continue;
    // The hedge after the promise, in the same clause: «سيصل طلبك غدًا عادةً»، «ستصل خلال يومين تقريبًا».
    if (hedged.test(arabicSource(context.text.slice(end, sentence.end).split(/[،,؛.!؟?]/u)[0]!).text)) continue;
    // «وستصل إليه رسائل حجز الحصص»: what arrives is the company's own message.
    const arriving = arabicSource(context.text.slice(start, sentence.end).split(/[،,؛.!؟?]/u)[0]!).text;
    if (ownMessagesAr.test(arriving) && !fromOthers.test(arriving)) continue;
    if (entry.time && (!othersFuture.test(head) || ownAction.test(head) || capability.test(head) || ownProcess.test(head))) continue;
    // «اضغطي على الرابط خلال ساعة من وصولها»: the time an instruction gives the customer is theirs to keep.
    if (entry.time && model.of(sentence)?.act === 'step') continue;
    // «في حال تكرار ذلك سيتم إيقاف بطاقتك فورًا»: a threat (no-negative-phrasing's), not a promise.
    if (entry.time && model.of(sentence)?.reading.acts.includes('rule')) continue;
    if (entry.withTime && (model.of(sentence)?.reading.times.length ?? 0) === 0) continue;
    // «ومش هتتكرر تاني أبدًا»: two phrases of one promise, side by side, are one report.
    const previous = reports.at(-1);
    if (previous && previous.message === entry.message.replace('{actual}', context.original.slice(previous.start, previous.end)) && /^\s*$/u.test(context.original.slice(previous.end, start))) {
      previous.end = end;
      previous.message = entry.message.replace('{actual}', context.original.slice(previous.start, end));
      continue;
    }
    // «سيصل طلبك غدًا بالتأكيد»: with a marker of certainty after it in the sentence, «من المتوقع أن يصل … بالتأكيد» would
    // say both; a person rewrites the sentence (as English does before "guaranteed").
    const sworn = entry.expected.length > 0 && (model.of(sentence)?.reading.certainty ?? []).some((span) => span.start >= end);
    const report: Report = { start, end, message: entry.message.replace('{actual}', actual), expected: sworn ? [] : entry.expected, note };
    if (entry.safe && report.expected.length > 0) report.safe = true;
    reports.push(report);
  }
  // Two promises read whole on a sentence the table did not already report, in one pass over the sentences:
  // - "It will never happen again" with words between («لن يتكرر معكِ أبدًا»، «ما راح تتكرر هالمشكلة مرة ثانية»): the
  //   promise nobody can keep, unless hedged or declined before it («لا نستطيع أن نضمن أن هذا لن يتكرر أبدًا»);
  // - a fix said to work for sure («وراح يرجع النت أحسن من قبل»، «وسيعمل الجهاز بشكل طبيعي»): whether it does is not the
  //   writer's to decide, as in English "this will fix it".
  const source = context.arabicSource;
  const tableSpans = new SpansInOrder(reports);
  for (const sentence of context.bodySentences()) {
    if (tableSpans.overlaps(sentence.start, sentence.end)) continue;
    const said = source.sentence(sentence);
    const never = neverAgain.exec(said) ?? impossibleAgain.exec(said) ?? neverAgainMaghrebi.exec(said);
    if (never && !hedged.test(said.slice(0, never.index)) && !cannotPromise.test(said.slice(0, never.index))) {
      // The match may open on the mark or space before «لن».
      // And on the conjunction before «مستحيل», which the report leaves out.
      const lead = /^[^\u0621-\u064A]?[وف]?(?=مستحيل|من\s+المستحيل)/u.exec(never[0])?.[0].length ?? (/^[^\u0621-\u064A]/u.test(never[0]) ? 1 : 0);
      const span = source.spanIn(sentence, never.index + lead, never.index + never[0].length);
      reports.push({ ...span, message: `«${context.original.slice(span.start, span.end)}» وعد لا يستطيع أحد ضمانه`, expected: [], note });
      continue;
    }
    const fix = fixWorks.exec(said);
    if (!fix || hedged.test(said) || negated.test(said.slice(0, fix.index))) continue;
    // The match may open on the mark or space before it, and on the conjunction, which the report leaves out.
    const span = source.spanIn(sentence, fix.index + (/^[^\u0621-\u064A]/u.test(fix[0]) ? 1 : 0) + fix[1]!.length, fix.index + fix[0].length);
    reports.push({ ...span, message: `«${context.original.slice(span.start, span.end)}» يجزم بأن الحل سينجح، وهذا ليس بيدك؛ قل إنه يُفترض أن ينجح`, expected: [], note });
  }
  // What the table does not list: a certain outcome others control («ستحصلين على المبلغ … خلال 3 أيام بالضبط»,
  // «المبلغ سيكون في حسابك غدًا») with a hard time or a certainty marker, in any wording the reader understands.
  const fromTable = new SpansInOrder(reports);
  for (const { sentence, reading } of model.body) {
    // «هل سيصل الطلب قبل الجمعة؟»: a question promises nothing.
    if (fromTable.overlaps(sentence.start, sentence.end) || context.isQuoted(sentence.start, sentence.end) || sentence.isQuestion) continue;
    // A sentence read as one clause is judged whole; one read in clauses («قمت بإلغاء الخصم، وسيتم إيداع المبلغ خلال 24
    // ساعة») by the clause that promises, with the time or the certainty inside it.
    const whole = reading.clauses.length === 1;
    // A deed done in the same run-on clause makes it past («بلّغنا الورشة بالعطل هيخلصوها النهارده الساعة 6 أكيد»): the
    // marker of certainty still swears to what others will do, and only it is read there.
    if (whole && reading.modality !== 'certain' && !(reading.modality === 'past' && reading.certainty.length > 0)) continue;
    if (reading.clauses.some((c) => c.condition)) continue;
    // «سيترتب عليه إلغاء اشتراكك فورًا»: a threat (no-negative-phrasing's), not a promise.
    if (reading.acts.includes('rule')) continue;
    // «وكثيرًا ما يحدث هذا في الأيام الأولى مهما كانت العناية»: how things often go, an explanation, promises nothing.
    if (habitual.test(arabicSource(sentence.text).text)) continue;
    // «أرسلت لك اليوم طلبًا بديلًا، وستصلك رسالة …»: beside the writer's own deed the time is the deed's.
    if (whole && reading.certainty.length === 0 && reading.acts.includes('action')) continue;
    let at: { start: number; end: number } | undefined;
    for (const c of reading.clauses) {
      if (c.condition || c.agent !== 'third' || !c.outcome || (c.modality !== 'certain' && c.modality !== 'past')) continue;
      // «وأنا بتصل فيچ بنفسي باچر»: the writer's own call, whatever its verb looks like.
      const said = arabicSource(context.text.slice(whole ? sentence.start : c.start, whole ? sentence.end : c.end)).text;
      const inside = (span: { start: number; end: number }): boolean => whole || (span.start >= c.start && span.end <= c.end);
      // In a clause made past by the writers' deed, only a marker of certainty is read (see above).
      if (c.modality === 'past') {
        const sworn = reading.certainty.find((span) => inside(span) && !interjection(context.text, sentence.start, span));
        if (sworn && !writerSelf.test(said) && !(ownMessagesAr.test(said) && !fromOthers.test(said))) {
          at = sworn;
          break;
        }
        continue;
      }
      // «وستصل إليه رسائل حجز الحصص من اليوم»: the company's own messages, sent by its own system (not one «من البنك»).
      if (ownMessagesAr.test(said) && !fromOthers.test(said)) continue;
      // The company's own people keep their own time, unless the clause itself swears to it (a «دون أي رسوم» in a clause
      // after it is of the price, not of the visit).
      if (writerSelf.test(said) || ((ownStaff.test(said) || ownProcess.test(said)) && !reading.certainty.some(inside))) continue;
      // Only what others deliver to the customer (an order, a refund, a reply), not «الطقس الدافئ الذي سيأتي هذا الأسبوع»;
      // a marker of certainty on any outcome others control («النتائج ستكون جاهزة غدًا مؤكد») is a promise whatever it is of.
      const marked = reading.certainty.find((span) => inside(span) && !interjection(context.text, sentence.start, span));
      if (marked) {
        at = marked;
        break;
      }
      if (!deliveryWords.test(arabicSource(context.text.slice(whole ? sentence.start : c.start, whole ? sentence.end : c.end)).text)) continue;
      at = reading.certainty.find(inside) ?? reading.times.find(inside);
      if (at) break;
    }
    // A word of certainty on a time others keep, said beside it in a clause of its own or in the clause of the time, where
    // nothing is the writer's own future or deed: «وهم عندكم في المدرسة صباح الأربعاء … بلا تأخير»، «يوصل الميناء نهار
    // الأحد …، والموعد هذا ما يتزحزحش»، «وخذها مني كلمة: السبت الصبح الشاحنات عندك».
    if (!at && reading.times.length > 0) {
      const timed = reading.clauses.filter((c) => reading.times.some((t) => t.start >= c.start && t.end <= c.end));
      const others = timed.filter((c) => {
        const said = arabicSource(context.text.slice(c.start, c.end)).text;
        return !c.condition && c.modality !== 'past' && c.modality !== 'hedged' && c.modality !== 'negated' && c.agent !== 'customer' && !ownAction.test(said) && !writerSelf.test(said) && !ownStaff.test(said);
      });
      // Every timed clause but the writer's deeds done («سلّمنا الصناديق اليوم …، وهم عندكم صباح الأربعاء»).
      const kept = others.length > 0 && timed.every((c) => others.includes(c) || c.modality === 'past');
      // The marker bears on the time: in its clause or one after it, not denied («لم تعطنا تاريخًا مؤكدًا»), and not a
      // comparison («زعلانين زيك بالظبط»). Sympathy is no promise.
      const first = others[0]?.start ?? sentence.end;
      const bears = (span: { start: number; end: number }): boolean => {
        const own = reading.clauses.find((c) => span.start >= c.start && span.end <= c.end);
        // (Nor in a deed done: «أغلقنا العقد اليوم دون أي ملاحظات» says how it was closed.)
        return span.start >= first && own?.modality !== 'negated' && own?.modality !== 'past' && !comparison.test(arabicSource(context.text.slice(Math.max(sentence.start, span.start - 12), span.start)).text);
      };
      if (kept && !['apology', 'empathy', 'thanks'].includes(reading.acts[0]!)) at = reading.certainty.find((span) => bears(span) && !interjection(context.text, sentence.start, span));
    }
    // «وسيحضر المندوب عيّنة إليكم يوم السبت إن شئتم»: an offer at the customer's choice, not a promise (read last: only a
    // sentence about to be reported is folded for it).
    // «هذا نظام الفندق، والخروج الساعة 12 الظهر بالضبط»: a time the house's own rules set is the rule, not a promise.
    if (!at) continue;
    const said = arabicSource(sentence.text).text;
    if (atYourChoice.test(said) || houseRule.test(said) || dependsOnAr.test(said)) continue;
    const actual = context.original.slice(at.start, at.end);
    reports.push({ start: at.start, end: at.end, message: `«${actual}» يلتزم بنتيجة أو وقت لا تتحكم فيه؛ صِف ما تتوقعه بدلًا من ذلك`, expected: [], note });
  }
  return reports;
}

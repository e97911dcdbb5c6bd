/**
 * Tests for the mutants that sampled Stryker runs left alive (scripts/mutation-sample.mjs rules/src 40 <seed>,
 * MUTATION_TESTS=rules/src: the core's tests only; seeds 101 and on). Where a survivor sat in a table of phrases,
 * the test reads every phrase of that table, each with its exact range, flagged text, rewrite and message, so that
 * no phrase of it can be emptied or changed unseen.
 */
import { describe, expect, it } from 'vitest';
import { only } from '../test/helpers.js';
import { checklistParts, proseOf, readReply, review, type LintOptions } from './index.js';

/** The messages of one rule, as `line:column-line:column "actual" → expected | message`. */
const exact = (ruleId: string, text: string, options: LintOptions = {}): string[] =>
  only(ruleId, text, options).map((m) => {
    const { start, end } = m.place;
    return `${start.line}:${start.column}-${end.line}:${end.column} ${JSON.stringify(m.actual)} → ${JSON.stringify(m.expected)} | ${m.message}`;
  });

/** An English email reply around one body paragraph. */
const english = (body: string): string => `Hi Sam,\n\n${body}\n\nBest,\nAna`;
/** An Arabic reply around one body paragraph. */
const arabic = (body: string): string => `مرحبا ليلى،\n\n${body}\n\nمع خالص التحية،\nنور`;

describe('no-uncertain-expertise in Arabic: every phrase of its table (no-uncertain-expertise-ar.ts, entries)', () => {
  const trainee = (actual: string) => `«${actual}» يخبر العميل بأنه لا يتعامل مع خبير؛ قل ما ستفعله بدلًا من ذلك`;
  const unsure = (actual: string) => `«${actual}» يُضعف إجابتك؛ تحقق أولًا ثم قل ما وجدته`;
  const unknown = (actual: string) => `«${actual}» يترك العميل دون إجابة؛ اعرف الإجابة أو قل كيف ستعرفها`;
  const notMine = (actual: string) => `«${actual}» يعيد المشكلة إلى العميل؛ أوصلها أنت إلى الفريق المختص`;
  const cases: Array<[string, string]> = [
    // A trainee's excuse has no rewrite: what the writer will do instead is for a person to say.
    ['أنا جديد هنا، سأحاول المساعدة.', `3:1-3:13 "أنا جديد هنا" → [] | ${trainee('أنا جديد هنا')}`],
    ['أنا جديدة هنا، سأحاول المساعدة.', `3:1-3:14 "أنا جديدة هنا" → [] | ${trainee('أنا جديدة هنا')}`],
    ['أنا جديد في الفريق.', `3:1-3:12 "أنا جديد في" → [] | ${trainee('أنا جديد في')}`],
    ['أنا جديدة في الفريق.', `3:1-3:13 "أنا جديدة في" → [] | ${trainee('أنا جديدة في')}`],
    ['أنا متدرب في القسم.', `3:1-3:10 "أنا متدرب" → [] | ${trainee('أنا متدرب')}`],
    ['أنا متدربة في القسم.', `3:1-3:11 "أنا متدربة" → [] | ${trainee('أنا متدربة')}`],
    ['ما زلت أتدرب على النظام.', `3:1-3:13 "ما زلت أتدرب" → [] | ${trainee('ما زلت أتدرب')}`],
    ['ما زلت متدربا في القسم.', `3:1-3:14 "ما زلت متدربا" → [] | ${trainee('ما زلت متدربا')}`],
    ['بدأت العمل للتو في الدعم.', `3:1-3:16 "بدأت العمل للتو" → [] | ${trainee('بدأت العمل للتو')}`],
    // A doubt becomes the check: «لسنا متأكدين من الموعد» → «دعني أتأكد من الموعد».
    ['لست متأكدا من الموعد.', `3:1-3:11 "لست متأكدا" → ["دعني أتأكد"] | ${unsure('لست متأكدا')}`],
    ['لست متأكدة.', `3:1-3:11 "لست متأكدة" → ["دعني أتأكد من ذلك لك"] | ${unsure('لست متأكدة')}`],
    ['لسنا متأكدين من الموعد.', `3:1-3:13 "لسنا متأكدين" → ["دعني أتأكد"] | ${unsure('لسنا متأكدين')}`],
    ['أنا غير متأكد، لكن المشكلة في الكابل.', `3:1-3:19 "أنا غير متأكد، لكن" → ["دعني أتأكد من ذلك لك:"] | ${unsure('غير متأكد')}`],
    ['أنا غير متأكدة، لكن المشكلة في الكابل.', `3:1-3:20 "أنا غير متأكدة، لكن" → ["دعني أتأكد من ذلك لك:"] | ${unsure('غير متأكدة')}`],
    // Not knowing becomes finding out: «لا نعرف سبب المشكلة» → «دعني أتحقق من سبب المشكلة».
    ['لا أعرف لماذا توقف.', `3:1-3:8 "لا أعرف" → ["دعني أتحقق"] | ${unknown('لا أعرف')}`],
    ['لا أدري متى يصل.', `3:1-3:8 "لا أدري" → ["دعني أتحقق"] | ${unknown('لا أدري')}`],
    ['ليس لدي أي فكرة.', `3:1-3:16 "ليس لدي أي فكرة" → ["دعني أعرف ذلك لك"] | ${unknown('ليس لدي أي فكرة')}`],
    ['ليست لدي فكرة عن السبب.', `3:1-3:14 "ليست لدي فكرة" → ["دعني أستفسر"] | ${unknown('ليست لدي فكرة')}`],
    ['لا نعرف سبب المشكلة.', `3:1-3:8 "لا نعرف" → ["دعني أتحقق من"] | ${unknown('لا نعرف')}`],
    // Not my department becomes the hand-over the writer makes.
    ['هذا ليس قسمي.', `3:1-3:13 "هذا ليس قسمي" → ["سأحيل هذا إلى الفريق المختص"] | ${notMine('هذا ليس قسمي')}`],
    ['ليس قسمي، سأحاول.', `3:1-3:9 "ليس قسمي" → ["سأحيل هذا إلى الفريق المختص"] | ${notMine('ليس قسمي')}`],
    ['ليست مسؤوليتي.', `3:1-3:14 "ليست مسؤوليتي" → ["سأحيل هذا إلى الفريق المختص"] | ${notMine('ليست مسؤوليتي')}`],
    ['ليس من اختصاصي.', `3:1-3:15 "ليس من اختصاصي" → ["سأحيل هذا إلى الفريق المختص"] | ${notMine('ليس من اختصاصي')}`],
    ['ليس من اختصاصنا.', `3:1-3:16 "ليس من اختصاصنا" → ["سأحيل هذا إلى الفريق المختص"] | ${notMine('ليس من اختصاصنا')}`],
    ['هذا ليس عملي.', `3:1-3:13 "هذا ليس عملي" → ["سأحيل هذا إلى الفريق المختص"] | ${notMine('هذا ليس عملي')}`],
  ];
  it.each(cases)('reports %j exactly', (body, line) => {
    expect(exact('no-uncertain-expertise', arabic(body))).toEqual([line]);
  });

  it('leaves a doubt that asks to understand alone, as clarifying is good practice', () => {
    expect(exact('no-uncertain-expertise', arabic('لست متأكدة أنني فهمت.'))).toEqual([]);
    expect(exact('no-uncertain-expertise', arabic('لا أعرف إذا كنت قد استلمت رسالتي السابقة.'))).toEqual([]);
  });
});

describe('a message is one line, its white space single (lint.ts, singleSpaced)', () => {
  // The Arabic rules quote the flagged text as written; the message is made one line when it becomes a lint message.
  /** The Arabic no-uncertain-expertise message on a doubt whose two words are parted by `gap`, with the flagged text. */
  const doubt = (gap: string) => only('no-uncertain-expertise', arabic(`لست${gap}متأكدا من الموعد.`)).map((m) => [m.actual, m.message]);
  const said = '«لست متأكدا» يُضعف إجابتك؛ تحقق أولًا ثم قل ما وجدته';

  it.each([
    ['two spaces', '  '],
    ['a tab', '\t'],
    ['a line break', '\n'],
    ['a carriage return', '\r'],
    ['spaces and a tab', ' \t '],
  ])('quotes a phrase parted by %s with one space, and flags it as written', (_, gap) => {
    expect(doubt(gap)).toEqual([[`لست${gap}متأكدا`, said]]);
  });
});

describe('the checklist parts, in reply order, with the words a trainer uses (checklist.ts, checklistParts)', () => {
  it('names each part as the reports and the editor show it', () => {
    expect(checklistParts).toEqual([
      { part: 'greeting', label: 'Greeting by name' },
      { part: 'acknowledgement', label: 'Acknowledges the problem' },
      { part: 'apology', label: 'Specific apology' },
      { part: 'nextStep', label: 'Action taken or next step' },
      { part: 'explanation', label: 'Explanation' },
      { part: 'thanks', label: 'Thanks' },
      { part: 'closingInvitation', label: 'Closing invitation' },
      { part: 'signOff', label: 'Sign-off' },
    ]);
  });
});

describe('a greeting names the customer only when a name is left after the marks (checklist.ts, greetsByName)', () => {
  /** The checklist's greeting of a reply that opens with `greeting`. */
  const greeting = (line: string) => review(`${line}\n\nYour refund is on its way.\n\nThanks,\nAna`).checklist.greeting;
  it.each([
    ['Hi Sam,', true],
    ['Hi Sam!', true],
    ['Hi @sam,', true],
    // A greeting word with only marks after it names no one, however many marks.
    ['Hi!', false],
    ['Hi,', false],
    ['Hi all —', false],
    ['Hi there.', false],
    ['Hi there!', false],
    ['Dear customer,', false],
  ])('%j names the customer: %s', (line, named) => {
    expect(greeting(line)).toEqual({ present: named, expected: true, range: { start: 0, end: line.length }, named });
  });
});

describe('the prose of Markdown with more emphasis marks than the parser is given (prose.ts, replaceUnits)', () => {
  it('keeps every letter of a paragraph of 130 marks, each mark blanked', () => {
    const markdown = 'Please *check* it. '.repeat(65).trim();
    expect(proseOf(markdown, 'markdown')).toBe('Please  check  it. '.repeat(65).trim());
  });

  it('still reads the heading and the link around them as Markdown', () => {
    const marks = 'Please *check* it. '.repeat(65).trim();
    const markdown = `# Update\n\nSee [our guide](https://example.com/guide). ${marks}`;
    const link = ' '.repeat('(https://example.com/guide)'.length);
    expect(proseOf(markdown, 'markdown')).toBe(`  Update\n\nSee  our guide ${link}. ${'Please  check  it. '.repeat(65).trim()}`);
  });
});

describe('a stray comma on the last line is no sign-off (structure.ts, isNameLike)', () => {
  it('a reply that ends with a lone comma has no sign-off', () => {
    expect(review('Hi Sam,\n\nYour refund is on its way.\n,').checklist.signOff).toEqual({ present: false, expected: true });
  });
});

describe('an Arabic instruction of many steps: a lone lead word goes with the step after it (no-unclear-instructions-ar.ts, splitSteps)', () => {
  it('reads «فقط» between two «ثم» as part of the second step, not a step of its own', () => {
    const body = 'افتحي الإعدادات ثم فقط فعّلي الخيار «الشراء أونلاين» ثم أعيدي تشغيل التطبيق.';
    expect(exact('no-unclear-instructions', arabic(body))).toEqual([
      `3:1-3:77 ${JSON.stringify(body)} → ["1. افتحي الإعدادات.\\n2. فقط فعّلي الخيار «الشراء أونلاين».\\n3. أعيدي تشغيل التطبيق."] | 3 خطوات في جملة واحدة؛ القائمة المرقّمة أسهل في الاتباع`,
      '3:20-3:24 "فقط " → [""] | «فقط» يوحي للعميل بأن الخطوة لا شيء، فإن وجدها صعبة شعر بأنه المقصّر؛ الخطوة واضحة من دونها',
    ]);
  });
});

describe('a paragraph longer than the parser is given is cut where a sentence would end (context.ts, pieceEnd)', () => {
  // maxParseLength is 4,000: a longer paragraph is cut in the second half of each piece, at the last sentence end,
  // else the last line break, else the last white space; never inside a word.
  const words = (n: number) => Array.from({ length: n }, (_, i) => ['order', 'refund', 'parcel', 'courier', 'label'][i % 5]).join(' ');
  /** The body sentences of an email around `body`, as `start-end` and the last words. */
  const body = (paragraph: string) =>
    readReply(`Hi Sam,\n\n${paragraph}\n\nBest,\nAna`)
      .sentences.filter(({ sentence }) => sentence.region === 'body')
      .map(({ sentence }) => `${sentence.start}-${sentence.end} ${sentence.text.split(' ').at(-1)}`);

  it('with no stop and no line break, at the last space of the piece', () => {
    expect(body(words(1000))).toEqual(['9-4006 parcel', '4007-6808 label']);
  });

  it('a stop or a line break in the first half of the piece is no place to cut', () => {
    // The stop ends a sentence (a full stop before a word in lower case does), but the piece still runs on to 4007.
    expect(body(`${words(200)}. ${words(800)}`)).toEqual(['9-1369 label.', '1370-4007 parcel', '4008-6809 label']);
    expect(body(`${words(100)}\n${words(900)}`)).toEqual(['9-4006 parcel', '4007-6808 label']);
  });

  it('at a line break in the second half, where there is no stop', () => {
    expect(body(`${words(500)}\n${words(500)}`)).toEqual(['9-3408 label', '3409-6808 label']);
  });

  it('at the stop in the second half rather than a line break after it', () => {
    expect(body(`${words(350)}. ${words(150)}\n${words(500)}`)).toEqual(['9-2389 label.', '2390-6387 parcel', '6388-6809 label']);
  });
});

describe('a rewrite that adds before a flagged range keeps the markup in it (lint.ts, keepMarkup)', () => {
  const reply = (sentence: string) => `Hi Sam,\n\n${sentence}\n\nLet me know if you have questions.\n\nBest,\nAna`;
  it.each([
    ['a link', 'I have refunded the [charge](https://example.com/c) today.'],
    ['strong emphasis', 'I have refunded the **charge** today.'],
  ])('the thanks go before a sentence with %s, which stays as written', (_, sentence) => {
    expect(exact('require-thanks', reply(sentence), { format: 'markdown' })).toEqual([
      `3:1-3:${sentence.length + 1} ${JSON.stringify(sentence)} → ${JSON.stringify([`Thank you for reaching out. ${sentence}`])} | The reply never thanks the customer; thank them for reaching out, for their patience or for the report`,
    ]);
  });
});

describe('no-overpromise in Arabic: every hedge, refund and hard-time phrase with its rewrite (no-overpromise-ar.ts, entries)', () => {
  const others = (actual: string) => `«${actual}» يعد بنتيجة تعتمد على الآخرين؛ خفّف الصياغة`;
  const bank = (actual: string) => `«${actual}» يعد بوقت يحدده البنك لا أنت؛ خفّف الصياغة`;
  const time = (actual: string) => `«${actual}» يلتزم بوقت قد لا تتحكم فيه؛ أعطِ مدى يمكنك الالتزام به`;
  const never = (actual: string) => `«${actual}» وعد لا يستطيع أحد ضمانه`;
  /** The one report on an Arabic reply around `body`, as a line, and whether its rewrite may be applied unseen. */
  const promise = (body: string) => only('no-overpromise', arabic(body)).map((m) => [exact('no-overpromise', arabic(body))[0], m.safe]);
  // What others do (a courier, a repair team) is hedged word for word: «سيتم شحن طلبك غدًا» → «من المتوقع أن يتم شحن طلبك غدًا».
  it.each([
    ['سيصل طلبك غدا.', `3:1-3:5 "سيصل" → ["من المتوقع أن يصل"] | ${others('سيصل')}`],
    ['ستصل الشحنة غدا.', `3:1-3:5 "ستصل" → ["من المتوقع أن تصل"] | ${others('ستصل')}`],
    ['سيتم تسليم طلبك غدا.', `3:1-3:11 "سيتم تسليم" → ["من المتوقع أن يتم تسليم"] | ${others('سيتم تسليم')}`],
    ['سيتم شحن طلبك غدا.', `3:1-3:9 "سيتم شحن" → ["من المتوقع أن يتم شحن"] | ${others('سيتم شحن')}`],
    ['سيتم إصلاح العطل غدا.', `3:1-3:11 "سيتم إصلاح" → ["من المتوقع أن يتم إصلاح"] | ${others('سيتم إصلاح')}`],
    ['سيتم حل المشكلة غدا.', `3:1-3:8 "سيتم حل" → ["من المتوقع أن يتم حل"] | ${others('سيتم حل')}`],
    ['سيتم توصيل طلبك غدا.', `3:1-3:11 "سيتم توصيل" → ["من المتوقع أن يتم توصيل"] | ${others('سيتم توصيل')}`],
    ['سيعود إلى المخزون الأسبوع القادم.', `3:1-3:18 "سيعود إلى المخزون" → ["من المتوقع أن يعود إلى المخزون"] | ${others('سيعود إلى المخزون')}`],
    // A refund with a time: when it reaches the account is the bank's to say.
    ['سيتم استرداد المبلغ غدا.', `3:1-3:13 "سيتم استرداد" → ["من المتوقع أن يتم استرداد"] | ${bank('سيتم استرداد')}`],
    ['سيتم رد المبلغ غدا.', `3:1-3:15 "سيتم رد المبلغ" → ["من المتوقع أن يتم رد المبلغ"] | ${bank('سيتم رد المبلغ')}`],
    ['سيتم إرجاع المبلغ غدا.', `3:1-3:18 "سيتم إرجاع المبلغ" → ["من المتوقع أن يتم إرجاع المبلغ"] | ${bank('سيتم إرجاع المبلغ')}`],
    ['سيتم تحويل المبلغ غدا.', `3:1-3:18 "سيتم تحويل المبلغ" → ["من المتوقع أن يتم تحويل المبلغ"] | ${bank('سيتم تحويل المبلغ')}`],
  ])('hedges %j, a safe rewrite', (body, line) => {
    expect(promise(body)).toEqual([[line, true]]);
  });

  it('leaves a refund with no time alone: issuing it is the writer\'s own deed', () => {
    for (const body of ['سيتم استرداد المبلغ إلى بطاقتك.', 'سيتم رد المبلغ إلى بطاقتك.', 'سيتم تحويل المبلغ إلى حسابك.']) expect(exact('no-overpromise', arabic(body))).toEqual([]);
  });

  // A hard time on what others do becomes a range the writer can keep; a suggestion, not a safe fix.
  it.each([
    ['سيعود المنتج فورا.', `3:14-3:18 "فورا" → ["في أقرب وقت ممكن"] | ${time('فورا')}`],
    ['سيعود المنتج فوراً.', `3:14-3:19 "فوراً" → ["في أقرب وقت ممكن"] | ${time('فوراً')}`],
    ['سيعود المنتج على الفور.', `3:14-3:23 "على الفور" → ["في أقرب وقت ممكن"] | ${time('على الفور')}`],
    ['سيعود المنتج في الحال.', `3:14-3:22 "في الحال" → ["في أقرب وقت ممكن"] | ${time('في الحال')}`],
    ['سيعود المنتج خلال دقائق.', `3:14-3:24 "خلال دقائق" → ["في أقرب وقت ممكن"] | ${time('خلال دقائق')}`],
    ['سيعود المنتج خلال ساعة.', `3:14-3:23 "خلال ساعة" → ["في أقرب وقت ممكن"] | ${time('خلال ساعة')}`],
  ])('gives a range for the hard time in %j', (body, line) => {
    expect(promise(body)).toEqual([[line, false]]);
  });

  // That it never happens again is no one's to promise: say what is being done instead.
  it.each([
    ['لن يتكرر ذلك أبدا', '3:8-3:25'],
    ['لن يتكرر مجددا', '3:8-3:22'],
    ['لن يتكرر مرة أخرى', '3:8-3:25'],
    ['لن يحدث ذلك مرة أخرى', '3:8-3:28'],
    ['لن يحدث مجددا', '3:8-3:21'],
    ['لن يحدث أبدا', '3:8-3:20'],
  ])('reports «%s» after the apology', (phrase, range) => {
    expect(exact('no-overpromise', arabic(`نعتذر، ${phrase}.`))).toEqual([`${range} ${JSON.stringify(phrase)} → ["نتخذ خطوات حتى لا يتكرر ذلك"] | ${never(phrase)}`]);
  });

  it.each([
    ['لن تتكرر أبدا', '3:16-3:29'],
    ['لن تتكرر مجددا', '3:16-3:30'],
    ['لن تتكرر مرة أخرى', '3:16-3:33'],
    ['لن تحدث مجددا', '3:16-3:29'],
    ['لن تحدث أبدا', '3:16-3:28'],
  ])('reports «%s» said of the problem', (phrase, range) => {
    expect(exact('no-overpromise', arabic(`نعتذر، المشكلة ${phrase}.`))).toEqual([`${range} ${JSON.stringify(phrase)} → ["نتخذ خطوات حتى لا يتكرر ذلك"] | ${never(phrase)}`]);
  });
});

describe('no-negative-phrasing in Arabic: every burden phrase with its invitation (no-negative-phrasing-ar.ts, burden entries)', () => {
  const burden = (actual: string) => `«${actual}» تُلقي العبء على العميل؛ ادعُه بدلًا من ذلك`;
  // The duty laid on the customer becomes a request («يُرجى أن تعيد تشغيل الجهاز») or a step taken together
  // («دعنا نتحقق من بريدك»); word for word, so a safe fix.
  it.each([
    ['عليك التحقق من بريدك.', '3:1-3:12 "عليك التحقق" → ["دعنا نتحقق"] | ' + burden('عليك التحقق')],
    ['عليك التأكد من العنوان.', '3:1-3:12 "عليك التأكد" → ["دعنا نتأكد"] | ' + burden('عليك التأكد')],
    ['يجب عليك أن تعيد تشغيل الجهاز.', '3:1-3:12 "يجب عليك أن" → ["يُرجى أن"] | ' + burden('يجب عليك أن')],
    ['يجب عليك إعادة تشغيل الجهاز.', '3:1-3:9 "يجب عليك" → ["يُرجى"] | ' + burden('يجب عليك')],
    ['يتوجب عليك إعادة تشغيل الجهاز.', '3:1-3:11 "يتوجب عليك" → ["يُرجى"] | ' + burden('يتوجب عليك')],
    ['يتعين عليك إعادة تشغيل الجهاز.', '3:1-3:11 "يتعين عليك" → ["يُرجى"] | ' + burden('يتعين عليك')],
    ['يجب عليكم أن تعيدوا تشغيل الجهاز.', '3:1-3:13 "يجب عليكم أن" → ["يُرجى أن"] | ' + burden('يجب عليكم أن')],
    ['يجب عليكم إعادة تشغيل الجهاز.', '3:1-3:10 "يجب عليكم" → ["يُرجى"] | ' + burden('يجب عليكم')],
    ['يتوجب عليكم إعادة تشغيل الجهاز.', '3:1-3:12 "يتوجب عليكم" → ["يُرجى"] | ' + burden('يتوجب عليكم')],
    ['يتعين عليكم إعادة تشغيل الجهاز.', '3:1-3:12 "يتعين عليكم" → ["يُرجى"] | ' + burden('يتعين عليكم')],
    ['عليكم أن تعيدوا تشغيل الجهاز.', '3:1-3:9 "عليكم أن" → ["يُرجى أن"] | ' + burden('عليكم أن')],
    ['يلزمكم أن تعيدوا تشغيل الجهاز.', '3:1-3:10 "يلزمكم أن" → ["يُرجى أن"] | ' + burden('يلزمكم أن')],
    ['عليك أن تعيد تشغيل الجهاز.', '3:1-3:8 "عليك أن" → ["يُرجى أن"] | ' + burden('عليك أن')],
    ['أريدك أن تعيد تشغيل الجهاز.', '3:1-3:9 "أريدك أن" → ["يُرجى أن"] | ' + burden('أريدك أن')],
    ['أريد منك أن تعيد تشغيل الجهاز.', '3:1-3:12 "أريد منك أن" → ["يُرجى أن"] | ' + burden('أريد منك أن')],
    ['أحتاج منك أن تعيد تشغيل الجهاز.', '3:1-3:13 "أحتاج منك أن" → ["يُرجى أن"] | ' + burden('أحتاج منك أن')],
    ['لا بد أن تعيد تشغيل الجهاز.', '3:1-3:9 "لا بد أن" → ["يُرجى أن"] | ' + burden('لا بد أن')],
    ['لابد أن تعيد تشغيل الجهاز.', '3:1-3:8 "لابد أن" → ["يُرجى أن"] | ' + burden('لابد أن')],
    ['يلزمك أن تعيد تشغيل الجهاز.', '3:1-3:9 "يلزمك أن" → ["يُرجى أن"] | ' + burden('يلزمك أن')],
  ])('invites instead of %j', (text, line) => {
    const messages = only('no-negative-phrasing', arabic(text));
    expect(exact('no-negative-phrasing', arabic(text))).toEqual([line]);
    expect(messages.map((m) => m.safe)).toEqual([true]);
  });

  it('leaves a duty denied alone: it reassures', () => {
    expect(exact('no-negative-phrasing', arabic('لا يجب عليك دفع رسوم التقديم مرة ثانية.'))).toEqual([]);
    expect(exact('no-negative-phrasing', arabic('لن يتوجب عليك دفع أي رسوم.'))).toEqual([]);
  });
});

describe('no-negative-phrasing in English: the message of each family, word for word (no-negative-phrasing.ts, entries)', () => {
  // No test read most of these messages, so any of them could be emptied unseen. Each family says what the phrase does
  // to the customer and what to write instead; the flagged text and its rewrite are pinned with it.
  it.each([
    ["You should have read the manual first.", "3:1-3:16 \"You should have\" → [] | \"You should have\" blames the customer for what already happened"],
    ["You should read the router manual.", "3:1-3:11 \"You should\" → [\"Please\"] | \"You should\" lectures the customer; invite them instead"],
    ["You didn't provide your order number.", "3:1-3:11 \"You didn't\" → [] | \"You didn't\" blames the customer for what is missing; ask for it instead"],
    ["We can't refund this order.", "3:1-3:9 \"We can't\" → [] | \"We can't\" tells the customer what you can't do; lead with what you can"],
    ["It's not possible to change the date.", "3:1-3:18 \"It's not possible\" → [] | \"It's not possible\" closes a door; say what is possible instead"],
    ["There's nothing we can do about the delay.", "3:1-3:26 \"There's nothing we can do\" → [] | \"There's nothing we can do\" leaves the customer with no options; offer the ones you have"],
    ["Unfortunately, we are out of stock.", "3:1-3:14 \"Unfortunately\" → [] | \"Unfortunately\" opens with what went wrong; lead with what you can do"],
    ["I'm afraid the shop is closed on Sundays.", "3:1-3:11 \"I'm afraid\" → [] | \"I'm afraid\" apologises for a limit instead of offering an option"],
    ["The app won't be available until Monday.", "3:9-3:33 \"won't be available until\" → [\"will be available from\"] | \"won't be available until\" says what is missing; say when it will be available"],
    ["You failed to attach the file.", "3:1-3:14 \"You failed to\" → [] | \"You failed to\" blames the customer; describe what happened instead"],
    ["The delay was out of our control.", "3:11-3:33 \"was out of our control\" → [] | \"was out of our control\" deflects; say what you are doing about it"],
    ["I already told you the code.", "3:1-3:19 \"I already told you\" → [] | \"I already told you\" lectures the customer for not remembering; give the information again without the reminder"],
    ["Returns are the customer's responsibility.", "3:9-3:42 \"are the customer's responsibility\" → [] | \"are the customer's responsibility\" hands the problem back to the customer; say how you can help with it"],
    ["It's not our fault.", "3:1-3:19 \"It's not our fault\" → [] | \"It's not our fault\" deflects blame; say what you can do about it"],
    ["Please calm down.", "3:8-3:17 \"calm down\" → [] | \"calm down\" dismisses the customer's feelings; acknowledge them instead"],
    ["Obviously, the link expired.", "3:1-3:15 \"Obviously, the\" → [\"The\"] | \"Obviously\" talks down to the customer"],
    ["It's your own fault.", "3:1-3:20 \"It's your own fault\" → [] | \"It's your own fault\" hands the problem back to the customer; say how you can help with it"],
    ["The charge was made by your bank, not by us.", "3:35-3:44 \"not by us\" → [] | \"not by us\" deflects blame; say what you are doing about it"],
    ["You are wrong about the date.", "3:1-3:14 \"You are wrong\" → [] | \"You are wrong\" tells the customer they are wrong; set out the facts instead"],
    ["You clearly didn't read the instructions.", "3:1-3:19 \"You clearly didn't\" → [] | \"You clearly didn't\" tells the customer they are wrong; set out the facts and what they can do"],
    ["As I mentioned before, the store is closed.", "3:1-3:27 \"As I mentioned before, the\" → [\"The\"] | \"As I mentioned before\" lectures the customer for not remembering; give the information again without the reminder"],
    ["This has been answered many times on the forum.", "3:6-3:34 \"has been answered many times\" → [] | \"has been answered many times\" lectures the customer on how they should have asked; answer, or point kindly to where the answer is"],
    ["We can only apologise for the delay.", "3:1-3:22 \"We can only apologise\" → [] | \"We can only apologise\" says an apology is all you can give; say what you can do as well"],
    ["It is what it is.", "3:1-3:17 \"It is what it is\" → [] | \"It is what it is\" dismisses the customer's feelings; acknowledge them instead"],
    ["It's mandatory to attach a receipt.", "3:1-3:18 \"It's mandatory to\" → [] | \"It's mandatory to\" hides behind policy; explain the reason and the alternative"],
    ["We reserve the right to close the account.", "3:1-3:24 \"We reserve the right to\" → [] | \"We reserve the right to\" warns the customer; say what you need and why, and what they can do"],
    ["Clearly, the link expired.", "3:1-3:13 \"Clearly, the\" → [\"The\"] | \"Clearly\" talks down to the customer"],
    ["I've told you this already.", "3:1-3:27 \"I've told you this already\" → [] | \"I've told you this already\" lectures the customer for not remembering; give the information again without the reminder"],
    ["You were told this already.", "3:1-3:27 \"You were told this already\" → [] | \"You were told this already\" lectures the customer for not remembering; give the information again without the reminder"],
  ])('reports %j with its own message', (text, line) => {
    expect(exact('no-negative-phrasing', english(text))).toEqual([line]);
  });
});

describe('no-overpromise in English: the message of each kind of promise, word for word (no-overpromise.ts, entries)', () => {
  it.each<[string, string[]]>([
    ["This will never happen again.", ["3:1-3:29 \"This will never happen again\" → [\"We're taking steps so this doesn't happen again\"] | \"This will never happen again\" promises what no one can guarantee"]],
    ["We guarantee it will arrive tomorrow.", ["3:4-3:13 \"guarantee\" → [] | \"guarantee\" is a promise about something you may not control; say what you expect instead", "3:17-3:28 \"will arrive\" → [] | \"will arrive\" promises an outcome that depends on others; hedge it"]],
    ["I promise the courier will call you.", ["3:1-3:10 \"I promise\" → [] | \"I promise\" promises an outcome; describe the steps you are taking instead"]],
    ["It will definitely be fixed tomorrow.", ["3:4-3:28 \"will definitely be fixed\" → [\"should be fixed\"] | \"will definitely be fixed\" promises an outcome that depends on others; hedge it"]],
    ["Restarting the router will fix it.", ["3:23-3:34 \"will fix it\" → [\"should fix it\"] | \"will fix it\" sounds certain that the fix works, which is not yours to decide; say it should"]],
    ["Your parcel will arrive tomorrow.", ["3:13-3:24 \"will arrive\" → [\"should arrive\"] | \"will arrive\" promises an outcome that depends on others; hedge it"]],
    ["I'm 100% sure it arrives today.", ["3:5-3:14 \"100% sure\" → [] | \"100% sure\" sounds certain about something outside your control"]],
  ])('reports %j with its own message', (text, lines) => {
    expect(exact('no-overpromise', english(text))).toEqual(lines);
  });
});

describe('no-negative-phrasing in Arabic: the message of each family, word for word (no-negative-phrasing-ar.ts, entries)', () => {
  // A closed door, the regret that opens with what went wrong («للأسف»، deleted and the next word kept), dismissal,
  // policy, a sanction held over the customer, a reminder, a lesson and blame: each names what the phrase does.
  it.each([
    ["طلبك مرفوض.", "3:6-3:11 \"مرفوض\" → [] | «مرفوض» يغلق الباب؛ قل ما هو ممكن"],
    ["هذا مستحيل.", "3:5-3:11 \"مستحيل\" → [] | «مستحيل» يغلق الباب؛ قل ما هو ممكن"],
    ["للأسف، نفد المنتج من المخزون.", "3:1-3:8 \"للأسف، \" → [\"\"] | «للأسف» تبدأ بما حدث خطأ؛ ابدأ بما يمكنك فعله"],
    ["اهدأ من فضلك.", "3:1-3:5 \"اهدأ\" → [] | «اهدأ» يتجاهل مشاعر العميل؛ اعترف بما يشعر به وقل ما ستفعله"],
    ["هذا ليس خطأنا.", "3:1-3:14 \"هذا ليس خطأنا\" → [] | «هذا ليس خطأنا» يتنصل من المسؤولية أمام العميل؛ قل ما يمكنك فعله"],
    ["سياستنا لا تسمح بالاسترداد.", "3:1-3:16 \"سياستنا لا تسمح\" → [] | «سياستنا لا تسمح» يختبئ خلف السياسة؛ اشرح السبب والبديل"],
    ["إذا لم تدفع، سيتم إيقاف حسابك.", "3:19-3:30 \"إيقاف حسابك\" → [] | «إيقاف حسابك» يلوّح بعقوبة في وجه العميل؛ قل ما تحتاجه ولماذا، وما يمكنه فعله"],
    ["ستسحب عضويتك.", "3:1-3:13 \"ستسحب عضويتك\" → [] | «ستسحب عضويتك» يلوّح بعقوبة في وجه العميل؛ قل ما تحتاجه ولماذا، وما يمكنه فعله"],
    ["كما ذكرت سابقا، المتجر مغلق.", "3:1-3:17 \"كما ذكرت سابقا، \" → [\"\"] | «كما ذكرت سابقا» يعظ العميل لأنه لم يتذكر؛ أعطِ المعلومة مرة أخرى دون تذكير"],
    ["قلنا لك إن المتجر مغلق.", "3:1-3:8 \"قلنا لك\" → [] | «قلنا لك» يعظ العميل لأنه لم يتذكر؛ أعطِ المعلومة مرة أخرى دون تذكير"],
    ["المفروض تنتبه قبل ما تضغط.", "3:1-3:14 \"المفروض تنتبه\" → [] | «المفروض تنتبه» يعظ العميل؛ قل ما يساعده الآن بدلًا من ذلك"],
    ["المرة القادمة راجع عنوانك قبل الطلب.", "3:1-3:14 \"المرة القادمة\" → [] | «المرة القادمة» يعظ العميل لما فات؛ قل ما يساعده الآن بدلًا من ذلك"],
    ["كان المفروض تبلغنا.", "3:1-3:12 \"كان المفروض\" → [] | «كان المفروض» يلوم العميل؛ صِف ما حدث بدلًا من ذلك"],
  ])('reports %j with its own message', (text, line) => {
    expect(exact('no-negative-phrasing', arabic(text))).toEqual([line]);
  });
});

describe('the messages no test quoted in no-generic-greeting and Arabic no-overpromise', () => {
  it('"To whom it may concern" greets no person: the whole line is flagged, for a person to rewrite', () => {
    expect(exact('no-generic-greeting', 'To whom it may concern,\n\nYour refund is on its way.\n\nThanks,\nAna')).toEqual([
      '1:1-1:24 "To whom it may concern," → [] | "To whom it may concern" does not greet a person; greet the customer by name',
    ]);
  });

  it('a guarantee in Arabic is a promise of what the writer may not control, with no rewrite', () => {
    const guarantee = (actual: string) => `«${actual}» وعد بنتيجة قد لا تتحكم فيها؛ صِف ما تتوقعه بدلًا من ذلك`;
    expect(exact('no-overpromise', arabic('نضمن لك وصول الطلب غدا.'))).toEqual([`3:1-3:8 "نضمن لك" → [] | ${guarantee('نضمن لك')}`]);
    expect(exact('no-overpromise', arabic('الاسترداد مضمون.'))).toEqual([`3:11-3:16 "مضمون" → [] | ${guarantee('مضمون')}`]);
    expect(exact('no-overpromise', arabic('أعدك بأن طلبك سيصل غدا.'))).toEqual([
      `3:1-3:5 "أعدك" → [] | ${guarantee('أعدك')}`,
      '3:15-3:19 "سيصل" → ["من المتوقع أن يصل"] | «سيصل» يعد بنتيجة تعتمد على الآخرين؛ خفّف الصياغة',
    ]);
  });
});

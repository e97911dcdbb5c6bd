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
    expect(body(`${words(200)}. ${words(800)}`)).toEqual(['9-4007 parcel', '4008-6809 label']);
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
    ['يجب عليك إعادة تشغيل الجهاز.', '3:1-3:9 "يجب عليك" → ["يُرجى","دعنا"] | ' + burden('يجب عليك')],
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

/**
 * Tests for the mutants that sampled Stryker runs left alive (scripts/mutation-sample.mjs rules/src 40 <seed>,
 * MUTATION_TESTS=rules/src: the core's tests only), seventh round: seeds 104 and 105 on the commit after
 * "no-overpromise: keep the time found in the scheduled clause". Each test pins an exact output — the range, the flagged
 * text, the rewrite, the message, the checklist part found — that the mutant it is named for changes.
 */
import { describe, expect, it } from 'vitest';
import { only } from '../test/helpers.js';
import { analyzeStructure, proseOf, review, type LintOptions } from './index.js';

/** The messages of one rule, as `line:column-line:column "actual" → expected | message`. */
const exact = (ruleId: string, text: string, options: LintOptions = {}): string[] =>
  only(ruleId, text, options).map((m) => {
    const { start, end } = m.place;
    return `${start.line}:${start.column}-${end.line}:${end.column} ${JSON.stringify(m.actual)} → ${JSON.stringify(m.expected)} | ${m.message}`;
  });

/** An Arabic reply around one body paragraph. */
const arabic = (body: string): string => `مرحبا ليلى،\n\n${body}\n\nمع التحية،\nنور`;

/** The text of the checklist's next step in an Arabic reply, and the reply's score. */
const nextStepOf = (text: string): [string | undefined, number] => {
  const { checklist, score } = review(text, { language: 'ar' });
  const range = checklist.nextStep.range;
  return [range ? text.slice(range.start, range.end) : undefined, score.score];
};

describe('the Arabic reader: a clause is an outcome others deliver only when nobody but others will act (lang/ar/reader.ts, clausesOf)', () => {
  const promised = (actual: string) => `«${actual}» يلتزم بنتيجة أو وقت لا تتحكم فيه؛ صِف ما تتوقعه بدلًا من ذلك`;

  it('a parcel that will reach her tomorrow, after a deed done, is a time others keep', () => {
    expect(exact('no-overpromise', arabic('تم تأكيد طلبك، والشحنة ستصلك غدًا.'), { language: 'ar' })).toEqual([`3:30-3:34 "غدًا" → [] | ${promised('غدًا')}`]);
  });

  it("the writer's own sending tomorrow is a commitment, not an outcome", () => {
    expect(exact('no-overpromise', arabic('تم استلام طلبك، وسأرسل لك الطرد غدًا.'), { language: 'ar' })).toEqual([]);
  });

  it("a parcel that will reach her, in a clause the writer's own future opens, is the writer's to see to", () => {
    expect(exact('no-overpromise', arabic('تم تأكيد طلبك، وسأحرص أن الشحنة ستصلك غدًا.'), { language: 'ar' })).toEqual([]);
  });

  it('a parcel that reaches her tomorrow, said in the present with no future, is no outcome promised', () => {
    expect(exact('no-overpromise', arabic('قمنا بشحن طلبك، والطرد يصلك غدًا.'), { language: 'ar' })).toEqual([]);
  });
});

describe('the Arabic reader: a purpose ended by a colon opens the steps below it (lang/ar/reader.ts, stepsLeadIn)', () => {
  const steps = '\n1. ادخلي إلى صفحة الدخول.\n2. اضغطي على نسيت كلمة المرور.';

  it('«لفتح حسابك من جديد:», a purpose of four letters, is where the next step starts', () => {
    expect(nextStepOf(arabic(`لفتح حسابك من جديد:${steps}`))).toEqual(['لفتح حسابك من جديد:', 75]);
  });

  it('«لحل المشكلة:», whose first word has three letters, is not: the step is the first item', () => {
    expect(nextStepOf(arabic(`لحل المشكلة:${steps}`))).toEqual(['1. ادخلي إلى صفحة الدخول.', 55]);
  });

  it('a colon after a word that ends with «ل» but does not open with it is no purpose', () => {
    expect(nextStepOf(arabic(`تفاصيل طلبك كما وصلتنا:${steps}`))).toEqual(['1. ادخلي إلى صفحة الدخول.', 75]);
  });

  it('«لدينا …:», a word that opens with «ل» and is no purpose, is no lead-in', () => {
    expect(nextStepOf(arabic(`لدينا خياران لحسابك:${steps}`))).toEqual(['1. ادخلي إلى صفحة الدخول.', 75]);
  });
});

describe('broken placeholder syntax is reported in the reply\'s language, with no rewrite (no-unfilled-placeholder.ts, syntax problems)', () => {
  it('in English', () => {
    expect(exact('no-unfilled-placeholder', 'Hi {{first_name},\n\nYour refund of {{amount}} is on its way.\n\nBest,\nAna')).toEqual([
      '1:4-1:18 "{{first_name}," → [] | "{{" is never closed with "}}"; a broken {{ … }} placeholder',
      '3:16-3:26 "{{amount}}" → [] | "{{amount}}" is a placeholder still waiting to be filled in',
    ]);
  });

  it('in Arabic', () => {
    expect(exact('no-unfilled-placeholder', 'مرحبا {{first_name}،\n\nتم شحن طلبك.\n\nمع التحية،\nنور', { language: 'ar' })).toEqual([
      '1:7-1:21 "{{first_name}،" → [] | «{{» لا يُغلق بـ«}}»؛ عنصر نائب {{ … }} مكسور',
    ]);
  });
});

describe('no-negative-phrasing in Arabic: only the phrases marked so are read inside a condition (no-negative-phrasing-ar.ts, inConditions)', () => {
  it('a sanction held over the customer in a condition is reported', () => {
    expect(exact('no-negative-phrasing', arabic('إذا تكرر ذلك سيُغلق حسابك نهائيًا.'), { language: 'ar' })).toEqual([
      '3:14-3:26 "سيُغلق حسابك" → [] | «سيُغلق حسابك» يلوّح بعقوبة في وجه العميل؛ قل ما تحتاجه ولماذا، وما يمكنه فعله',
    ]);
  });

  it('the fault put on the customer, and what we cannot do, are left inside a condition', () => {
    expect(exact('no-negative-phrasing', arabic('إذا تبيّن أن العطل بسبب خطئك، فسنرسل لك التكلفة قبل الإصلاح.'), { language: 'ar' })).toEqual([]);
    expect(exact('no-negative-phrasing', arabic('إذا لا يمكننا إصلاح الجهاز، فسنستبدله لك مجانًا.'), { language: 'ar' })).toEqual([]);
  });
});

describe('no-unclear-instructions in Arabic: blank left by markup between two steps is no step (no-unclear-instructions-ar.ts, splitSteps)', () => {
  it('counts three steps when a tag stands between «ثم» and the next verb', () => {
    // The tag is blanked in the prose the rules read: «ثم» and 24 spaces, of which the cut after «ثم» takes 20, then
    // «وركّبي», cut again at the space before it. The four spaces between the cuts hold no step.
    const text = '<p>مرحبا ليلى،</p>\n<p>افتحي غطاء الجهاز ثم <span class="step-two">وركّبي البطارية الجديدة ثم شغّلي الجهاز.</span></p>\n<p>مع التحية،<br>نور</p>';
    expect(exact('no-unclear-instructions', text, { language: 'ar', format: 'html' })).toEqual([
      '2:4-2:88 "افتحي غطاء الجهاز ثم <span class=\\"step-two\\">وركّبي البطارية الجديدة ثم شغّلي الجهاز." → [] | 3 خطوات في جملة واحدة؛ القائمة المرقّمة أسهل في الاتباع',
    ]);
  });
});

describe("a tweet's signature at the end of its last line (structure.ts, inlineSignature)", () => {
  /** The sign-off found in a one-line reply, as written. */
  const signature = (text: string): string | undefined => {
    const { signOff } = analyzeStructure(text);
    return signOff ? text.slice(signOff.start, signOff.end) : undefined;
  };

  it.each([
    // An initial after a star or a tilde, with a space or none, and a name of a few letters.
    ['@acme We have passed this to the courier today. *Mia', '*Mia'],
    ['@acme We have passed this to the courier today. ~ Jo', '~ Jo'],
    // A team after a dash, of one to three words before "Support", "Desk", …
    ['@acme Your refund was issued this morning. - Acme Support', '- Acme Support'],
    ['@acme Your refund was issued this morning. —Acme Support', '—Acme Support'],
    ['@acme Your refund was issued this morning. - Acme Help Desk', '- Acme Help Desk'],
    // A first name after a dash, with a space or none.
    ['@acme Your refund was issued this morning. - Sarah', '- Sarah'],
    ['@acme Your refund was issued this morning. —Sarah', '—Sarah'],
    // Initials after a dash and a space.
    ['@acme Your refund was issued this morning. — FR', '— FR'],
    // White space after the signature is no part of it.
    ['@acme Your refund was issued this morning. ^MM  ', '^MM'],
  ])('%j is signed %j', (text, expected) => {
    expect(signature(text)).toBe(expected);
  });

  it('a dash and a name inside the last line are no signature: it must end the line', () => {
    expect(signature('@acme Sorry - Amazon delays are out of our hands. We will refund you today.')).toBeUndefined();
  });
});

describe('HTML nested past the depth limit is read as text, counted from the tags as written (prose.ts, limitHtmlNesting)', () => {
  /** The prose of an HTML reply with its white space run together. */
  const words = (html: string): string => proseOf(html, 'html').replace(/\s+/gu, ' ').trim();
  const nested = (depth: number): string => `${'<span>'.repeat(depth)}Your refund is on its way.${'</span>'.repeat(depth)}`;

  it('a stray end tag before the nesting does not make room for one more level: the 257th <span> stays text', () => {
    expect(words(`</div><p>Hi Sam,</p>${nested(257)}`)).toBe('Hi Sam, <span>Your refund is on its way.</span>');
  });

  it('256 levels after a stray end tag are all tags', () => {
    expect(words(`</div>${nested(256)}`)).toBe('Your refund is on its way.');
  });

  it('260 tags side by side are never nested: each closes before the next opens', () => {
    expect(words(`<p>Hi Sam,</p><p>${'<b>Step</b> '.repeat(260)}</p>`)).toBe(`Hi Sam, ${Array.from({ length: 260 }, () => 'Step').join(' ')}`);
  });
});

describe('no-negative-phrasing: "you should" and a policy cited with its condition (no-negative-phrasing.ts)', () => {
  it('"You should" is rewritten "Please", a safe fix', () => {
    const [message] = only('no-negative-phrasing', 'Hi Sam,\n\nYou should read the setup guide before you call us again.\n\nBest,\nAna');
    expect([message?.place.start.line, message?.place.start.column, message?.place.end.column, message?.actual, message?.expected, message?.safe]).toEqual([3, 1, 11, 'You should', ['Please'], true]);
  });

  it('a condition wrapped over a CRLF line break, or spaced twice, is still the terms of a permission, not a limit', () => {
    // "as long\r\nas" is "as long as" once its white space is made single; the "not" inside it is the condition's.
    const crlf = 'Hi Sam,\r\n\r\nAs per our returns policy, you can send it back for a full refund as long\r\nas the seal has not been broken.\r\n\r\nBest,\r\nAna';
    const spaced = 'Hi Sam,\n\nAs per our returns policy, you can send it back for a full refund as long  as the seal has not been broken.\n\nBest,\nAna';
    expect(exact('no-negative-phrasing', crlf)).toEqual([]);
    expect(exact('no-negative-phrasing', spaced)).toEqual([]);
  });
});

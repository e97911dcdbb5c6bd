/**
 * What reviewers trying replylint as new users met: an HTML reply in `<p>` paragraphs never told that "Dear customer"
 * greets no one (and scored as greeting by name); "the link" reported as missing when the reply says the email that
 * holds it was sent; and "Simply put," read as a step made light of.
 */
import { describe, expect, it } from 'vitest';
import { only, report } from '../test/helpers.js';
import { applyEdits, fixAll, minimalEdit, readReply, review, rewriteEdit } from './index.js';

describe('a greeting in an HTML paragraph', () => {
  const html = '<p>Dear customer,</p>\n<p>Thanks for writing. Your order is on its way.</p>\n<p>Let us know if you have any questions.</p>\n<p>Best,<br>Sam</p>\n';

  it('is reported as the same words are in plain text, at the salutation and not at the tag before it', () => {
    expect(report('no-generic-greeting', html, { format: 'html' })).toEqual(['1:4-1:18 no-generic-greeting "Dear customer,"']);
    expect(report('no-generic-greeting', '<div>Dear customer,</div><div>Thanks for writing.</div>', { format: 'html' })).toEqual(['1:6-1:20 no-generic-greeting "Dear customer,"']);
    expect(report('no-generic-greeting', '<p>عزيزي العميل،</p><p>شكرًا لتواصلك.</p>', { format: 'html', language: 'ar' })).toEqual(['1:4-1:17 no-generic-greeting "عزيزي العميل،"']);
  });

  it('counts as no greeting by name in the checklist, and a name in a paragraph still does', () => {
    expect(review(html, { format: 'html' }).checklist.greeting.named).toBe(false);
    expect(review(html.replace('Dear customer', 'Dear Maria'), { format: 'html' }).checklist.greeting.named).toBe(true);
    expect(report('no-generic-greeting', html.replace('Dear customer', 'Hi Maria'), { format: 'html' })).toEqual([]);
  });
});

describe('a link in a message the reply says was sent', () => {
  it('is not reported as missing', () => {
    for (const text of [
      "I've sent you a password reset email. Open it and click the link to choose a new password. Let me know if that works.",
      "You'll receive an email shortly. Click the link to confirm your address. Let me know if that works.",
      'Please check your inbox, then click the link to verify. Let me know if that works.',
    ]) {
      expect(report('no-unclear-instructions', text), text).toEqual([]);
    }
  });

  it('still is when nothing was sent', () => {
    expect(report('no-unclear-instructions', 'Please go to our secure link so we can assist you. Let me know if that works.')).toEqual(['1:14-1:29 no-unclear-instructions "our secure link"']);
    expect(report('no-unclear-instructions', 'We shipped the parcel yesterday. Please use the link to track it. Let me know if that helps.')).toEqual(['1:45-1:53 no-unclear-instructions "the link"']);
  });
});

describe('"Simply put,"', () => {
  it('says the next thing in short, and is no step made light of', () => {
    expect(report('no-unclear-instructions', 'Simply put, the router needs a restart. Let us know if that helps.')).toEqual([]);
    expect(report('no-unclear-instructions', 'Simply stated: the router needs a restart. Let us know if that helps.')).toEqual([]);
  });

  it('while "simply put the card in" is one', () => {
    const [message] = only('no-unclear-instructions', 'Simply put the card in the slot and press the green button on the front. Let us know if that helps.');
    expect(message?.actual).toBe('Simply put');
  });
});

describe("the team's service levels in an overpromise's rewrites", () => {
  const options = { rules: { 'no-overpromise': ['warn', { serviceLevels: { refund: 'within 5 business days' } }] } } as const;
  const rewrites = (sentence: string): string[][] =>
    only('no-overpromise', `Hi Sam,\n\n${sentence}\n\nBest,\nAna`, options as never).map((m) => m.expected);

  it('offers the hedge once where it is also the rule\'s own', () => {
    expect(rewrites("You'll see the refund on your statement within 5 business days.")).toEqual([['You should see the refund on your statement within 5 business days']]);
  });

  it('reads money on a statement as a refund', () => {
    expect(rewrites("We've sent it back. You'll see it on your statement within 3 days.")).toEqual([['You should see it on your statement within 5 business days', 'You should see it on your statement within 3 days']]);
  });
});

describe('the checklist, as a trainer reads it', () => {
  const checklistOf = (body: string) => review(`Hi Sam,\n\n${body} Let me know if anything else comes up.\n\nBest,\nAna`).checklist;

  it('takes an apology that names the problem for an acknowledgement of it', () => {
    expect(checklistOf("I'm so sorry your parcel arrived damaged. I've sent a replacement today.").acknowledgement.present).toBe(true);
    expect(checklistOf("I'm sorry for the delay in getting back to you. Your refund went through this morning.").acknowledgement.present).toBe(true);
    // The apology for "any inconvenience" names nothing.
    expect(checklistOf('We apologise for any inconvenience. Your refund went through this morning.').acknowledgement.present).toBe(false);
    expect(checklistOf("Sorry for the inconvenience. Your refund went through this morning.").acknowledgement.present).toBe(false);
  });

  it('finds the explanation after a semicolon or a dash', () => {
    expect(checklistOf("I'm sorry it's late; the courier missed the pickup on Tuesday. I've booked a new pickup for tomorrow.").explanation.present).toBe(true);
    expect(checklistOf("I'm sorry it's late — our warehouse team mixed up two orders. I've sent yours today.").explanation.present).toBe(true);
    expect(checklistOf("I'm sorry it's late; I've booked a new pickup for tomorrow.").explanation.present).toBe(false);
  });
});

describe('"I can\'t … until …", the guide\'s own can\'t-do', () => {
  it('is reported with its positive form, even where the reply gives a step besides', () => {
    expect(only('no-negative-phrasing', "Hi Sam, send the order number first. I can't place an order for you until it arrives. Let me know if anything else comes up.", { channel: 'chat' }).map((m) => [m.actual, m.expected[0]])).toEqual([
      ["I can't place an order for you until", 'I can place an order for you as soon as'],
    ]);
    expect(only('no-negative-phrasing', "We're unable to ship it until we receive payment. Please pay the invoice.", { channel: 'chat' }).map((m) => m.expected[0])).toEqual(['We can ship it as soon as']);
    expect(only('no-negative-phrasing', 'مرحبًا علي، أرسل رقم الطلب أولًا. لا يمكنني مساعدتك قبل أن يصلني الرقم.', { channel: 'chat', language: 'ar' }).map((m) => [m.actual, m.expected[0]])).toEqual([
      ['لا يمكنني مساعدتك قبل أن', 'يمكنني مساعدتك بمجرد أن'],
    ]);
  });

  it('leaves a time, what is not yet known, and an alternative in the same sentence to the rest of the rule', () => {
    // "until Monday" is a date, not a condition: the limit with a step besides stays quiet, as before.
    expect(report('no-negative-phrasing', "I can't refund you until Monday. Please keep the receipt.", { channel: 'chat' })).toEqual([]);
    expect(report('no-negative-phrasing', "We can't say what it will cost until the engineer sees it. Please send photos.", { channel: 'chat' })).toEqual([]);
    expect(report('no-negative-phrasing', 'لا نستطيع تحديد الكلفة قبل أن يرى الفني الوصلة. يرجى إرسال صورة.', { channel: 'chat', language: 'ar' })).toEqual([]);
    expect(report('no-negative-phrasing', 'لا نستطيع شحن الطلب حتى الاثنين. يرجى الانتظار.', { channel: 'chat', language: 'ar' })).toEqual([]);
  });
});

describe('an Arabic reminder deleted', () => {
  const deleted = (text: string): string => {
    const [message] = only('no-negative-phrasing', text, { channel: 'chat', language: 'ar' });
    return applyEdits(text, [rewriteEdit(message!)!]).text;
  };

  it('goes with the «و» joined to it and what it carries after it, leaving a sentence', () => {
    expect(deleted('وكما قلت لك في رسالتي السابقة، لا نتحمل تكلفة الشحن. يرجى إرسال الطلب.')).toBe('لا نتحمل تكلفة الشحن. يرجى إرسال الطلب.');
    expect(deleted('وكما ذكرت لك سابقًا، لا نتحمل التكلفة. يرجى إرسال الطلب.')).toBe('لا نتحمل التكلفة. يرجى إرسال الطلب.');
    expect(deleted('يستغرق الشحن أسبوعًا كما ذكرت لك سابقًا. يرجى الانتظار.')).toBe('يستغرق الشحن أسبوعًا. يرجى الانتظار.');
    expect(deleted('الشحن، كما ذكرت لك، يستغرق أسبوعًا. يرجى الانتظار.')).toBe('الشحن، يستغرق أسبوعًا. يرجى الانتظار.');
  });
});

describe("a template's last sentence inside a condition", () => {
  it('gets the closing invitation after the block closes, for every customer', () => {
    const liquid = 'Hi {{ customer.name }},\n\nThanks for your order. I have shipped it today.\n{% if ticket.priority == "urgent" %}It should reach you within 24 hours.{% endif %}\n\nBest,\nAna\n';
    expect(fixAll(liquid, { template: true })).toBe(liquid.replace('{% endif %}\n', '{% endif %}\n\nLet us know if you have any other questions.\n'));
    const handlebars = 'Hi {{name}},\n\nThanks for your order.\n{{#if urgent}}It should reach you within 24 hours.{{/if}}\n\nBest,\nAna\n';
    expect(fixAll(handlebars, { template: true })).toBe(handlebars.replace('{{/if}}\n', '{{/if}}\n\nLet us know if you have any other questions.\n'));
  });
});

describe('what an Arabic-speaking lead met', () => {
  const ar = { channel: 'chat', language: 'ar' } as const;
  const actsOf = (sentence: string): string[] => readReply(sentence, ar).body[0]!.reading.acts;

  it('reads the spoken past with the customer joined to it, and the Egyptian «هـ» future, as something done or promised', () => {
    for (const sentence of ['رجعتلك المبلغ اليوم.', 'بعتلك الفاتورة على الإيميل.', 'حولتلك المبلغ على حسابك.', 'سويتلك طلب استرجاع.']) expect(actsOf(sentence), sentence).toContain('action');
    for (const sentence of ['هبعتلك الفاتورة بكرة.', 'هكلم قسم الشحن وأرد عليك.']) expect(actsOf(sentence), sentence).toContain('commitment');
    // What happened to the customer, and «تلك» after a preposition, are neither.
    expect(actsOf('صارتلك مشكلة في الطلب امبارح.')).not.toContain('action');
    expect(actsOf('متأسفين إنو السيارة رجعتلك من الصيانة وفيها نفس الصوت.')).not.toContain('action');
    expect(actsOf('بتلك الطريقة ستعمل الخدمة.')).not.toContain('action');
    expect(report('require-next-step', 'أنا رجّعتلك المبلغ دلوقتي على نفس الكارت، وهتلاقي رسالة تأكيد على الإيميل خلال دقايق.', ar)).toEqual([]);
  });

  it('takes spoken thanks for thanks, and «ما نقدر» (we can\'t) for none', () => {
    expect(report('require-thanks', 'متشكرين جدًا على صبرك. رجعتلك المبلغ اليوم.', { language: 'ar' })).toEqual([]);
    expect(report('require-thanks', 'يعطيك العافية على صبرك. رجعتلك المبلغ اليوم.', { language: 'ar' })).toEqual([]);
    expect(report('require-thanks', 'نقدر صبرك كثيرًا. رجعتلك المبلغ اليوم.', { language: 'ar' })).toEqual([]);
    expect(only('require-thanks', 'هلا والله، لازم تسوي تحديث للتطبيق، ما نقدر نسوي لك شي غير كذا.', { language: 'ar' })).toHaveLength(1);
  });

  it('takes neither «أنا جديد هنا» nor «لا تتردد في حذف …» for an invitation', () => {
    expect(actsOf('أنا جديد هنا.')).not.toContain('invitation');
    expect(actsOf('لا تتردد في حذف الرسالة القديمة.')).not.toContain('invitation');
    expect(actsOf('لا تتردد في التواصل معنا.')).toContain('invitation');
    expect(actsOf('أنا هنا إذا احتجت شيئًا.')).toContain('invitation');
  });

  it('leaves the writers\' own «لازم نـ» alone, and offers «دعنا» only before a verb of ours', () => {
    expect(report('no-negative-phrasing', 'لازم نتأكد من هويتك الأول عشان نحمي حسابك. كلمنا لو احتجت حاجة.', ar)).toEqual([]);
    expect(only('no-negative-phrasing', 'لازم تسوي تحديث للتطبيق. كلمنا لو احتجت حاجة.', ar)).toHaveLength(1);
    expect(only('no-negative-phrasing', 'يجب عليك إرسال رقم الطلب. أخبرنا إذا احتجت شيئًا.', ar).map((m) => m.expected)).toEqual([['يُرجى']]);
  });

  it('hears «حسب البنك» as the honest way to give a time', () => {
    expect(report('no-overpromise', 'سيصل المبلغ إلى حسابك خلال عدة أيام عمل حسب البنك. أخبرنا إذا احتجت شيئًا.', ar)).toEqual([]);
    expect(report('no-overpromise', 'سيصل طلبك غدًا، وقد تختلف المدة حسب منطقتك. أخبرنا إذا احتجت شيئًا.', ar)).toEqual([]);
    expect(only('no-overpromise', 'سيصل المبلغ إلى حسابك خلال ثلاثة أيام. أخبرنا إذا احتجت شيئًا.', ar)).toHaveLength(1);
  });
});

describe('Arabic duties said in other words', () => {
  const ar = { channel: 'chat', language: 'ar' } as const;
  it('reports «ينبغي عليك», «تحتاج إلى» opening its clause, and the Egyptian «مينفعش»', () => {
    expect(only('no-negative-phrasing', 'ينبغي عليكِ إعادة تشغيل الجهاز. أخبرنا إذا احتجت شيئًا.', ar).map((m) => [m.actual, m.expected])).toEqual([['ينبغي عليكِ', ['يُرجى']]]);
    expect(only('no-negative-phrasing', 'تحتاج إلى تحديث التطبيق. كلمنا لو احتجت حاجة.', ar).map((m) => m.actual)).toEqual(['تحتاج إلى']);
    expect(only('no-negative-phrasing', 'مينفعش نرجع الفلوس بعد أسبوعين.', ar).map((m) => m.actual)).toEqual(['مينفعش']);
  });

  it('leaves what a thing needs, a need hedged or denied, and «يجب أن» with a thing\'s verb', () => {
    for (const text of [
      'أكّد الفحص أن مضخة ناقل الحركة تحتاج إلى استبدال. أخبرنا إذا احتجت شيئًا.',
      'في الأيام الأولى قد تحتاج إلى بعض الوقت لتعتاد على العدسات. أخبرنا إذا احتجت شيئًا.',
      'ولن تحتاج إلى أي إجراء من جهتك. أخبرنا إذا احتجت شيئًا.',
      'نحتاج إلى صورة شخصية، ويجب أن تكون بخلفية بيضاء. أخبرنا إذا احتجت شيئًا.',
    ]) {
      expect(report('no-negative-phrasing', text, ar), text).toEqual([]);
    }
  });
});

describe('the edit of a rewrite, as the browser applies it in the DOM (minimalEdit)', () => {
  it('never cuts a surrogate pair, at either end', () => {
    // "😀" and "😃" share their first code unit, "🙏" and "👍" nothing; "🙂" ends both texts.
    expect(minimalEdit('Sorry 😀.', 'Sorry 😃.')).toEqual({ start: 6, end: 8, text: '😃' });
    expect(minimalEdit('Thanks 🙏🙂', 'Thanks 👍🙂')).toEqual({ start: 7, end: 9, text: '👍' });
    expect(minimalEdit('Thanks 😀', 'Thanks 😃')).toEqual({ start: 7, end: 9, text: '😃' });
    // U+1F600 and U+10600 share their second code unit.
    expect(minimalEdit('x\u{1F600}', 'x\u{10600}')).toEqual({ start: 1, end: 3, text: '\u{10600}' });
  });
});

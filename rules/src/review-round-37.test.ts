/**
 * What reviewers trying replylint as new users met: an HTML reply in `<p>` paragraphs never told that "Dear customer"
 * greets no one (and scored as greeting by name); "the link" reported as missing when the reply says the email that
 * holds it was sent; and "Simply put," read as a step made light of.
 */
import { describe, expect, it } from 'vitest';
import { only, report } from '../test/helpers.js';
import { review } from './index.js';

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
    expect(rewrites("You'll see the refund on your statement within 5 business days.")).toEqual([['usually within 5 business days']]);
  });

  it('reads money on a statement as a refund', () => {
    expect(rewrites("We've sent it back. You'll see it on your statement within 3 days.")).toEqual([['usually within 5 business days']]);
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

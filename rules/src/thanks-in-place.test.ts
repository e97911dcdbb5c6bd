/**
 * Thanks that fit the message, read on the reply (issue #14: "thanks prepended to whatever comes first, even where the
 * customer did not reach out"). A message the writer opens ("We are contacting you regarding your order") thanks no one
 * for reaching out: it owes thanks only for the patience a trouble it brings asks, after what it says. A letter that
 * opens with a wish for the customer gets its thanks after the wish.
 */
import { describe, expect, it } from 'vitest';
import { fixed, only } from '../test/helpers.js';
import { analyzeChecklist, ReplyContext } from './index.js';

const email = (body: string) => `Hi Sam,\n\n${body}\n\nBest,\nAna`;
const arabicEmail = (body: string) => `مرحبا سارة،\n\n${body}\n\nمع التحية،\nنور`;
const options = { channel: 'email' as const };
const thanksExpected = (text: string, language: 'en' | 'ar' = 'en') => analyzeChecklist(new ReplyContext(text, 'email', false, text, language)).thanks.expected;

describe('a message the writer opens', () => {
  it('thanks the customer for their patience after what it says, when it brings a trouble', () => {
    const text = email('We are contacting you regarding your order 1234. It has been delayed at the depot and should reach you next week.');
    expect(only('require-thanks', text, options).map((m) => [m.actual, m.reason])).toEqual([
      ['It has been delayed at the depot and should reach you next week.', 'The reply never thanks the customer; thank them for their patience'],
    ]);
    expect(fixed('require-thanks', text, options)).toBe(
      email('We are contacting you regarding your order 1234. It has been delayed at the depot and should reach you next week. Thank you for your patience.'),
    );
    // In the other openings of a letter the writer sends first.
    for (const opening of ["I'm writing to let you know that your parcel was damaged in transit.", 'We wanted to let you know that your flight is delayed by two hours.', 'This email is to inform you that the repair is delayed.', 'Just a quick note to let you know your order is delayed.']) {
      const message = only('require-thanks', email(opening), options)[0];
      expect(message?.expected, opening).toEqual([`${opening} Thank you for your patience.`]);
    }
  });

  it('owes no thanks when it brings none', () => {
    for (const body of ['We are writing to let you know that our opening hours change on 1 May.', 'We want to inform you that your email address has been updated.', 'This email is to remind you of your appointment on Friday at 10am.']) {
      expect(only('require-thanks', email(body), options), body).toEqual([]);
      expect(thanksExpected(email(body)), body).toBe(false);
    }
    // A reply to the customer still owes thanks for reaching out.
    expect(thanksExpected(email('Your appointment is on Friday at 10am.'))).toBe(true);
  });

  it('reads the Arabic openings the same way', () => {
    const text = arabicEmail('نود إعلامك بأن طلبك تأخر في المستودع، وسيصلك الأسبوع القادم على الأرجح.');
    expect(only('require-thanks', text, options).map((m) => m.expected)).toEqual([['نود إعلامك بأن طلبك تأخر في المستودع، وسيصلك الأسبوع القادم على الأرجح. شكرًا لصبرك.']]);
    expect(thanksExpected(arabicEmail('نود إعلامك بأن ساعات العمل ستتغير في الأول من مايو.'), 'ar')).toBe(false);
  });
});

describe('a letter that opens with a wish for the customer', () => {
  it('gets its thanks after the wish', () => {
    const text = email('Hope you are doing well. Your replacement card was posted this morning.');
    expect(fixed('require-thanks', text, options)).toBe(email('Hope you are doing well. Thank you for reaching out. Your replacement card was posted this morning.'));
    expect(fixed('require-thanks', email('I hope this email finds you well. We have escalated your case to the billing team.'), options)).toBe(
      email('I hope this email finds you well. Thank you for reaching out. We have escalated your case to the billing team.'),
    );
  });

  it('keeps the thanks first before anything else', () => {
    expect(fixed('require-thanks', email('We have escalated your case to the billing team.'), options)).toBe(email('Thank you for reaching out. We have escalated your case to the billing team.'));
  });

  it('goes before the first sentence with words, not a line of emoji', () => {
    expect(fixed('require-thanks', email('🎉\n\nYour replacement card was posted this morning.'), options)).toBe(email('🎉\n\nThank you for reaching out. Your replacement card was posted this morning.'));
  });

  it('goes on in small letters after a greeting\'s comma on the same line', () => {
    expect(fixed('require-thanks', 'Hi Anna, you need to restart the router.\n\nBest,\nSam', options)).toBe('Hi Anna, thank you for reaching out. You need to restart the router.\n\nBest,\nSam');
  });
});

describe('thanks that close the letter on a line of their own', () => {
  it('keep the closing invitation above them, not between them and the name', () => {
    const text = 'Hi Sam,\n\nI have refunded the charge; it shows within 5 working days.\n\nThanks again for your patience,\n\nAna';
    expect(fixed('require-closing-invitation', text, options)).toBe(
      'Hi Sam,\n\nI have refunded the charge; it shows within 5 working days.\n\nPlease reach out if anything else comes up.\n\nThanks again for your patience,\n\nAna',
    );
    // Thanks inside the body, on a line that goes on, are no closing.
    expect(only('require-closing-invitation', email('Thanks for your patience, the refund is done.'), options)[0]?.actual).toBe('Thanks for your patience, the refund is done.');
  });
});

describe('a parting wish that closes the letter', () => {
  it('keeps the closing invitation before it, in its paragraph or as one of its own', () => {
    expect(fixed('require-closing-invitation', email('I have refunded the charge. Have a great weekend!'), options)).toBe(email('I have refunded the charge. Please reach out if anything else comes up. Have a great weekend!'));
    expect(fixed('require-closing-invitation', email('I have refunded the charge.\n\nEnjoy your trip!'), options)).toBe(email('I have refunded the charge.\n\nPlease reach out if anything else comes up.\n\nEnjoy your trip!'));
    expect(fixed('require-closing-invitation', arabicEmail('لقد أعدت المبلغ إلى بطاقتك. نتمنى لك يومًا سعيدًا.'), options)).toBe(arabicEmail('لقد أعدت المبلغ إلى بطاقتك. أخبرنا إذا كان لديك أي أسئلة أخرى. نتمنى لك يومًا سعيدًا.'));
    // A wish alone is where the invitation follows.
    expect(fixed('require-closing-invitation', email('Have a great weekend!'), options)).toBe(email('Have a great weekend!\n\nPlease reach out if anything else comes up.'));
  });
});

describe('a notice that something guarding the account changed', () => {
  it('is offered the invitation for a change the customer did not make', () => {
    expect(fixed('require-closing-invitation', email('Your email address has been updated to sam@example.com.'), options)).toBe(
      email("Your email address has been updated to sam@example.com.\n\nIf you didn't make this change, please let us know right away."),
    );
    expect(fixed('require-closing-invitation', arabicEmail('تم تغيير كلمة المرور لحسابك بنجاح.'), options)).toBe(arabicEmail('تم تغيير كلمة المرور لحسابك بنجاح.\n\nإذا لم تقم بهذا التغيير، فأخبرنا فورًا.'));
  });

  it('is not, when the writer made the change the customer asked for', () => {
    expect(fixed('require-closing-invitation', email("I've updated your email address as you asked. Your email address has been updated to sam@example.com."), options)).toBe(
      email("I've updated your email address as you asked. Your email address has been updated to sam@example.com.\n\nPlease reach out if anything else comes up."),
    );
  });
});

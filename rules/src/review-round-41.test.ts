// What this session's reviewers found, tried as users: a lead who keeps a library of support templates (30 macros,
// notifications and saved replies) and a lead of a brand's care team (40 tweets, chats and emails in British, American,
// Indian and Filipino English), each labelling their own replies before any run.
import { describe, expect, it } from 'vitest';
import { lint, readReply } from './index.js';
import { email, fixed, report } from '../test/helpers.js';

describe('"pls" and "plz" ask as "please" does', () => {
  it('jargon in a step opened by "Pls" is reported, as it is after "Please"', () => {
    expect(report('no-unclear-instructions', 'Pls power cycle the ONT and check the PON light. If it is red the fault is on the OLT side ^AB', { channel: 'social' })).toEqual([
      '1:21-1:24 no-unclear-instructions "ONT"',
      '1:39-1:42 no-unclear-instructions "PON"',
    ]);
    expect(readReply('Plz restart it.', { channel: 'social' }).sentences[0]!.reading.acts).toEqual(['step']);
  });

  it('a step made light of after "pls", and steps chained after "Plz"', () => {
    expect(report('no-unclear-instructions', 'Hi, pls just reset the app in settings ^AB', { channel: 'social' })).toEqual(['1:9-1:19 no-unclear-instructions "just reset"']);
    expect(report('no-unclear-instructions', 'Ty for waiting! Plz go to Settings and then tap Apps and then tap Reset and then tap Confirm. ^AB', { channel: 'social' })).toEqual([
      '1:17-1:94 no-unclear-instructions "Plz go to Settings and then tap Apps and then tap Reset and then tap Confirm."',
    ]);
  });

  it('a chain whose request opens a few words in ("For fix it please go in Settings and then …")', () => {
    const chained = 'For fix it please go in Settings and then click Integrations and then choose Slack and then press Reconnect.';
    expect(fixed('no-unclear-instructions', chained, { channel: 'chat' })).toBe('1. For fix it please go in Settings.\n2. Click Integrations.\n3. Choose Slack.\n4. Press Reconnect.');
  });
});

describe('the reply model: what only looks like a step or a deed', () => {
  it('"please know that your feedback is very important to us" asks nothing: sympathy alone still needs a next step', () => {
    expect(report('require-next-step', email('I completely understand how disappointing this must be, and please know that your feedback is very important to us.'))).toEqual([
      '3:1-3:116 require-next-step "I completely understand how disappointing this must be, and please know that your feedback is very important to us."',
    ]);
  });

  it('"as I mentioned earlier" recalls what was said; it is no deed on the case', () => {
    expect(report('require-next-step', "Sorry about that Sam, but as I mentioned earlier, the delivery address can't be changed once the parcel has left.", { channel: 'chat' })).toEqual([
      `1:1-1:114 require-next-step "Sorry about that Sam, but as I mentioned earlier, the delivery address can't be changed once the parcel has left."`,
    ]);
  });

  it('"do get back in touch" after a condition opens the door, and nothing is added after it', () => {
    expect(report('require-closing-invitation', email("We have refunded the order. If there's anything else you'd like to tell us about your visit, do get back in touch."))).toEqual([]);
  });

  it('"you must send us the proof" is a duty laid on the customer, no door held open', () => {
    expect(fixed('require-closing-invitation', email('Thank you for contacting us.\n\nIn order to process the claim, you must send us the original proof of purchase.'))).toBe(
      'Hi Sam,\n\nThank you for contacting us.\n\nIn order to process the claim, you must send us the original proof of purchase.\n\nPlease reach out if anything else comes up.\n\nBest,\nAna',
    );
  });
});

describe('no-negative-phrasing: duties however they open, and a rule handed to another', () => {
  it('a purpose with no comma before the duty: the rewrite adds the comma', () => {
    expect(fixed('no-negative-phrasing', email('In order to process the claim you must send us the original proof of purchase.'))).toBe(
      'Hi Sam,\n\nIn order to process the claim, please send us the original proof of purchase.\n\nBest,\nAna',
    );
  });

  it('"Please note that you need to …": the lead-in goes with the duty ("please note please …" is no English)', () => {
    expect(fixed('no-negative-phrasing', email('Please note that you need to bring photo ID to the desk.'))).toBe('Hi Sam,\n\nPlease bring photo ID to the desk.\n\nBest,\nAna');
    expect(report('no-negative-phrasing', email('Your room is ready, and please be aware you have to check out by 11.'))).toEqual([
      '3:25-3:52 no-negative-phrasing "please be aware you have to" → "please"',
    ]);
  });

  it('a word between "you" and the duty: "You also have to …"; "please also" keeps it where a rewrite fits', () => {
    expect(report('no-negative-phrasing', email('You also have to ship the product back at your own cost.'))).toEqual(['3:1-3:17 no-negative-phrasing "You also have to"']);
    expect(fixed('no-negative-phrasing', email('Thanks, the form is here. You also need to sign it before Friday.'))).toBe(
      'Hi Sam,\n\nThanks, the form is here. Please also sign it before Friday.\n\nBest,\nAna',
    );
  });

  it('the sanction for what the customer leaves out ("Claims that are missing these documents will not be processed")', () => {
    expect(report('no-negative-phrasing', email('Please send us the receipt. Claims that are missing these documents will not be processed.'))).toEqual([
      '3:29-3:90 no-negative-phrasing "Claims that are missing these documents will not be processed"',
    ]);
    expect(report('no-negative-phrasing', email('Returns without the original tags cannot be refunded.'))).toEqual(['3:1-3:53 no-negative-phrasing "Returns without the original tags cannot be refunded"']);
    expect(report('no-negative-phrasing', email('Orders without a tracking number will be refunded in full.'))).toEqual([]);
  });

  it(`"That's the courier's policy, not ours" hands the rule to another; "their decision, not ours, but …" goes on to what was done`, () => {
    expect(report('no-negative-phrasing', "Sorry Sam, the address can't be changed once it has left. That's the courier's policy, not ours.", { channel: 'chat' })).toEqual([
      `1:1-1:58 no-negative-phrasing "Sorry Sam, the address can't be changed once it has left."`,
      '1:88-1:96 no-negative-phrasing "not ours"',
    ]);
    expect(report('no-negative-phrasing', "It's their decision, not ours, but we've asked them to call you today.", { channel: 'chat' })).toEqual([]);
  });
});

describe("the company's own doing, cited, is neither a promise of others' nor a rule held up", () => {
  const deletion = email('Your account has been scheduled for deletion as you asked. All personal data linked to it will be permanently removed within 30 days, as set out in our Privacy Policy.');

  it('data removed on the company’s own clock is no time others control, and the policy cited for it no rule at the customer', () => {
    expect(report('no-overpromise', deletion)).toEqual([]);
    expect(report('no-negative-phrasing', deletion)).toEqual([]);
  });

  it('a refund credited by a bank, and the policy cited for a no, are still reported', () => {
    expect(report('no-overpromise', email('Your refund will be credited to your card within 3 days.'))).toEqual([
      '3:13-3:56 no-overpromise "will be credited to your card within 3 days" → "should be credited to your card within 3 days"',
    ]);
    expect(report('no-negative-phrasing', email('As set out in our Privacy Policy, you cannot reopen a deleted account.'))).toEqual(['3:1-3:33 no-negative-phrasing "As set out in our Privacy Policy"']);
  });
});

describe('"Thanking you," closes a letter and thanks the reader', () => {
  const letter = 'Dear Mr. Iyer,\n\nWe have reviewed your claim and approved compensation of INR 10,000.\n\nThanking you,\nCustomer Relations Team\nSkyIndia Airlines';

  it('the invitation goes above it, and the valediction keeps its comma', () => {
    expect(fixed('require-closing-invitation', letter)).toBe(
      'Dear Mr. Iyer,\n\nWe have reviewed your claim and approved compensation of INR 10,000.\n\nPlease reach out if anything else comes up.\n\nThanking you,\nCustomer Relations Team\nSkyIndia Airlines',
    );
  });

  it('no thanks are asked of a letter that closes with them ("Thanking you,", "Thanks and regards,")', () => {
    expect(report('require-thanks', letter)).toEqual([]);
    expect(report('require-thanks', 'Dear Mr. Iyer,\n\nWe have approved compensation of INR 10,000. Let us know if you have any questions.\n\nThanks and regards,\nCustomer Relations Team')).toEqual([]);
  });
});

describe('no-tone-mismatch: an emoji taken out leaves the sentence whole', () => {
  it('where it ended a sentence, a full stop takes its place; elsewhere it goes with its space', () => {
    expect(fixed('no-tone-mismatch', '@mia Sorry the train was late, you can claim Delay Repay for that one 🙂 Head to greatwestrail.com/delayrepay with your ticket ^Lou', { channel: 'social' })).toBe(
      '@mia Sorry the train was late, you can claim Delay Repay for that one. Head to greatwestrail.com/delayrepay with your ticket ^Lou',
    );
    expect(fixed('no-tone-mismatch', 'Sorry your order is delayed, it should be with you by Friday 🙂 ^Lou', { channel: 'social' })).toBe('Sorry your order is delayed, it should be with you by Friday ^Lou');
  });
});

// A second round: an Arabic care lead (30 replies in four dialects and MSA) and the support lead of a payments SaaS (40
// replies to business owners and developers).
describe('words of the text that name what a plain object holds', () => {
  it('"constructor", "__proto__", "toString" are words like any other (the lint threw "w is not iterable")', () => {
    const text = 'Hi Dan,\n\nPlease call the constructor again, then check __proto__ and toString and hasOwnProperty in the SDK.\n\nBest,\nJo';
    expect(() => lint(text)).not.toThrow();
    expect(readReply('The constructor is called once.').sentences[0]!.reading.acts).toEqual(['news']);
  });

  it('an option named "constructor" is an unknown option, not a known one', () => {
    expect(() => lint('Hi Dan, thanks.', { rules: { 'no-negative-phrasing': ['warn', { constructor: 1 } as unknown as Record<string, unknown>] } })).toThrow(/unknown option "constructor"/);
  });
});

describe('Arabic: a Moroccan no, a reminder and blame in Egyptian, a window that is over, a letter in the plural', () => {
  const arabic = (channel: 'email' | 'chat' | 'social' = 'email') => ({ channel, language: 'ar' as const });
  const letter = (body: string): string => `مرحبا سارة،\n\n${body}\n\nمع التحية،\nليلى`;

  it('«ما نقدروش» and «ما كاينش استثناء» close the door', () => {
    expect(report('no-negative-phrasing', 'سلام خويا، للأسف ما نقدروش نرجعو ليك الفلوس. هادي هي السياسة ديالنا وما كاينش استثناء.', arabic('social'))).toEqual([
      '1:12-1:18 no-negative-phrasing "للأسف " → ""',
      '1:18-1:27 no-negative-phrasing "ما نقدروش"',
      '1:70-1:86 no-negative-phrasing "ما كاينش استثناء"',
    ]);
  });

  it('«زي ما قلت لحضرتك» reminds, «احنا مش مسؤولين» disowns', () => {
    expect(report('no-negative-phrasing', letter('زي ما قلت لحضرتك، الطلب اتشحن امبارح ورقم التتبع في الرسالة.'), arabic())).toEqual(['3:1-3:17 no-negative-phrasing "زي ما قلت لحضرتك"']);
    expect(report('no-negative-phrasing', 'التأخير من شركة الشحن، واحنا مش مسؤولين عن أي تأخير بعد التسليم.', arabic('chat'))).toEqual(['1:25-1:40 no-negative-phrasing "احنا مش مسؤولين"']);
  });

  it('«فواتير آخر 12 شهرًا» is a window that is over, no time promised', () => {
    expect(report('no-overpromise', letter('افتحي التطبيق واختاري «الفواتير»، وستظهر لك فواتير آخر 12 شهرًا.'), arabic())).toEqual([]);
    expect(report('no-overpromise', letter('سيصلك المبلغ خلال 3 أيام.'), arabic())).not.toEqual([]);
  });

  it('a letter that addresses its reader in the plural («نفيدكم»، «طلبكم») gets its closing in the plural', () => {
    expect(fixed('require-closing-invitation', 'السيد خالد،\n\nنفيدكم بأن طلبكم قد تم قبوله، وسيتواصل معكم فريقنا.\n\nمع التحية،\nإدارة خدمة العملاء', arabic())).toBe(
      'السيد خالد،\n\nنفيدكم بأن طلبكم قد تم قبوله، وسيتواصل معكم فريقنا.\n\nأخبرونا إذا كانت لديكم أي أسئلة أخرى.\n\nمع التحية،\nإدارة خدمة العملاء',
    );
  });
});

describe('English: blame with a hyphen, a shouted prohibition, a step announced before it is given', () => {
  it('"you should have double-checked" blames as "you should have checked" does', () => {
    expect(report('no-negative-phrasing', 'Hi Dan,\n\nThe account number on file was four digits short. You should have double-checked your details before saving them.\n\nBest,\nJo')).toEqual([
      '3:51-3:66 no-negative-phrasing "You should have"',
    ]);
  });

  it('"NEVER share …" in capitals is shouted wherever the sentence stands', () => {
    expect(fixed('no-negative-phrasing', 'Hi Dan,\n\nYou posted your live key in the ticket. NEVER share secret keys with anyone, including support.\n\nBest,\nJo')).toBe(
      'Hi Dan,\n\nYou posted your live key in the ticket. Never share secret keys with anyone, including support.\n\nBest,\nJo',
    );
  });

  it('"What you want to do is …" opens the steps it announces, and the list drops the announcement', () => {
    expect(fixed('no-unclear-instructions', 'Hey Ollie,\n\nWhat you want to do is update the app and then sign out and then sign back in and then reconnect the bank.\n\nJess')).toBe(
      'Hey Ollie,\n\n1. Update the app.\n2. Sign out.\n3. Sign back in.\n4. Reconnect the bank.\n\nJess',
    );
    expect(readReply('All you need to do is restart the router.', { channel: 'chat' }).sentences[0]!.reading.acts).toEqual(['step']);
  });
});

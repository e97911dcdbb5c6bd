// What this session's reviewers found, tried as users: a lead who keeps a library of support templates (30 macros,
// notifications and saved replies) and a lead of a brand's care team (40 tweets, chats and emails in British, American,
// Indian and Filipino English), each labelling their own replies before any run.
import { describe, expect, it } from 'vitest';
import { readReply } from './index.js';
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

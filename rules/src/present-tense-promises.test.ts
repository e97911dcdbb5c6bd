// A promise in the present tense about someone or something named ("the installer turns up between 8 and 10am", "it's on
// your doormat Friday morning"), a sentence ended by an emoji, and the invitations, sign-offs and pointers the fifth
// written set showed the reader missing.
import { describe, expect, it } from 'vitest';
import { lint } from './index.js';

const reports = (rule: string, text: string, channel: 'email' | 'chat' | 'social' = 'social'): string[] =>
  lint(text, { channel, language: 'en' })
    .filter((m) => m.ruleId === rule)
    .map((m) => m.actual ?? '');
const overpromise = (text: string, channel: 'email' | 'chat' | 'social' = 'social'): string[] => reports('no-overpromise', text, channel);

describe('no-overpromise: the present tense as sure as "will"', () => {
  it('reports a time to come in a present-tense clause about someone or something named', () => {
    expect(overpromise('@1 The installer from BrightDish turns up between 8 and 10am. ^FO')).toEqual(['between 8 and 10am']);
    expect(overpromise('@1 Your card went out this afternoon, so it\'s on your doormat Friday morning 🎉 ^CW')).toEqual(['Friday morning']);
    expect(overpromise('@1 The receiving bank credits the account within the hour. ^AO')).toEqual(['within the hour']);
    expect(overpromise('@1 They have your report finished and on your account by 28 March. ^IN')).toEqual(['by 28 March']);
    expect(overpromise('@1 Their new gates are live from this Friday. - Cal')).toEqual(['this Friday']);
    expect(overpromise('@1 Their fitter is at your office between 10 and 12, and then it\'s done. ^RR')).toEqual(['between 10 and 12']);
  });

  it('reads an emoji followed by a new sentence as the end of a sentence', () => {
    expect(overpromise('@1 Your transfer cleared our checks at 09:40 ✅ The receiving bank credits the account within the hour. ^AO')).toEqual([
      'within the hour',
    ]);
  });

  it('leaves lengths, prices, rules of thumb, the writer\'s own bookings and what is so now', () => {
    expect(overpromise('@1 Refunds take 3-5 working days to show. ^AB')).toEqual([]);
    expect(overpromise('@1 The refund takes 3-5 working days to show. ^AB')).toEqual([]);
    expect(overpromise('@1 The credit is available immediately on your account. ^AB')).toEqual([]);
    expect(overpromise('@1 Your sweep is confirmed for Tuesday morning. ^CS')).toEqual([]);
    expect(overpromise('@1 Your plants are due to leave our nursery on Monday. ^SW')).toEqual([]);
    expect(overpromise('@1 The new timetable starts on the 10 December. ^AB')).toEqual([]);
    expect(overpromise('@1 The installer usually turns up between 8 and 10am. ^FO')).toEqual([]);
    expect(overpromise('@1 If the parts arrive, the installer comes on Friday morning. ^FO')).toEqual([]);
    expect(overpromise('@1 Your parcel went out this morning. ^FO')).toEqual([]);
    expect(overpromise('@1 We have between 10 and 12 sizes in stock. ^FO')).toEqual([]);
  });

  it('keeps the dates a present tense needs out of "will" sentences, where the writer\'s own dates are many', () => {
    expect(overpromise('Hi Jo,\n\nYour final payment will be on 1 April, and then the membership ends.\n\nBest,\nSam', 'email')).toEqual([]);
  });
});

describe('the fifth set: invitations, sign-offs and deeds', () => {
  it('reads an open door and an offer of anything further as invitations', () => {
    const email = (body: string): string => `Dear Mrs Hale,\n\nThank you for writing. I've refunded the groom.\n\n${body}\n\nWarm regards,\nJess Harlow\nOwner, Tails & Tubs Grooming`;
    expect(reports('require-closing-invitation', email('My door is always open to you, whatever comes up.'), 'email')).toEqual([]);
    expect(reports('require-closing-invitation', email('Anything further I can help with, I am around all week.'), 'email')).toEqual([]);
    // The title line with its company, five words with "&", is the sign-off: the invitation goes before it (and before
    // the parting wish, which stays last: b78a13f).
    expect(reports('require-closing-invitation', email('Enjoy the rest of your week.'), 'email')).toEqual(["I've refunded the groom."]);
  });

  it('does not take what the customer did for a deed of the writer\'s', () => {
    const text = 'Dear Ms Ray,\n\nI\'m grateful that you wrote. We value the honesty with which you have raised these points.\n\nYours sincerely,\nHelena';
    expect(reports('require-next-step', text, 'email')).toEqual(["I'm grateful that you wrote. We value the honesty with which you have raised these points."]);
  });
});

describe('no-unclear-instructions: a step made light of from the other side, and pointers with nothing to point at', () => {
  const unclear = (text: string): string[] => reports('no-unclear-instructions', text, 'chat');
  it('reports them', () => {
    expect(unclear('A fresh map is all it needs: delete the old map and run a scan.')).toEqual(['is all it needs']);
    expect(unclear('Tap the plate bit at the top and save it.')).toEqual(['Tap the plate bit']);
    expect(unclear('Swap it to the one you added last week and resubmit it.')).toEqual(['the one you added']);
    expect(unclear('Resubmit it from where the receipt is.')).toEqual(['from where the receipt is']);
  });

  it('leaves a bit of something and a named place', () => {
    expect(unclear('Tap the bit of the screen that shows your plate number.')).toEqual([]);
    expect(unclear('Open Settings > Vehicles and choose the plate you added last week.')).toEqual([]);
  });
});

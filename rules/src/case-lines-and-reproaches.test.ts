/**
 * What a twelfth written set, measured as it came, showed the reader and the rules did not know, each tested here in
 * words of our own: a case's reference line heading a letter, "Many thanks", a sentence in lower case after a full
 * stop, questions that only name a need, trouble to come as the condition of an invitation, the customer's part put in
 * the passive, reproach for getting in touch again, and faults said never to come back.
 */
import { describe, expect, it } from 'vitest';
import { report } from '../test/helpers.js';
import { readReply } from './index.js';

const actsOf = (body: string, channel: 'social' | 'chat' | 'email' = 'social') =>
  readReply(channel === 'social' ? `@kim ${body}` : body, { channel }).body.map((s) => s.reading.acts);
const textsOf = (body: string) => readReply(body, { channel: 'chat' }).body.map((s) => s.sentence.text);
const mail = (body: string) => `Hi Robin,\n\n${body}\n\nBest wishes,\nAli`;

describe('English reader: sentences, reference lines and thanks', () => {
  it('ends a sentence at a full stop before a word in lower case, but not after an abbreviation', () => {
    expect(textsOf('ok that explains the noise. just restart the hub and it should reconnect.')).toEqual([
      'ok that explains the noise.',
      'just restart the hub and it should reconnect.',
    ]);
    expect(textsOf('The fee is approx. ten pounds.')).toEqual(['The fee is approx. ten pounds.']);
    expect(textsOf('Pick a colour, e.g. the blue one.')).toEqual(['Pick a colour, e.g. the blue one.']);
    expect(textsOf('hmm... let me check.')).toEqual(['hmm... let me check.']);
  });

  it('reads a line naming the case by its number as a heading, not an order', () => {
    expect(actsOf('Booking ref 88231 – Harbour View, 2 nights', 'email')[0]).not.toContain('step');
    expect(actsOf('Claim ID CL-55120, water damage', 'email')).toEqual([['other']]);
    // An order with a number is still an order.
    expect(actsOf('Call 0800 555 0101', 'email')).toEqual([['step']]);
    expect(actsOf('Quote 88231 when you ring us.', 'email')[0]).toContain('step');
  });

  it('reads "Many thanks" as thanks, not as an order', () => {
    expect(actsOf('Many thanks for the receipts.')).toEqual([['thanks']]);
  });

  it('reads "had" with a time as the past, not as what comes next', () => {
    expect(actsOf('The depot had a power cut on Tuesday night.')).toEqual([['news']]);
  });

  it('reads sympathy said without its "I"', () => {
    expect(actsOf('ok, totally understand why you are annoyed', 'chat')[0]).toContain('empathy');
  });
});

describe('English reader: invitations', () => {
  it('reads a question that only names a need as the door left open', () => {
    expect(actsOf('Any further questions?')).toEqual([['invitation']]);
    expect(actsOf('Trouble with the new card reader?')).toEqual([['invitation']]);
    expect(actsOf('Is there anything more for today?')).toEqual([['invitation']]);
    // A question about the facts is still a question.
    expect(actsOf('Any chance you kept the receipt?')).toEqual([['question']]);
  });

  it('reads the time of an offer of more help as no time of what comes next', () => {
    expect(actsOf('Anything else you need from us this week?')).toEqual([['invitation']]);
  });

  it('reads trouble to come, then a way to get in touch, as a conditional invitation', () => {
    expect(actsOf('If the valve leaks again before the visit, phone us and we will move you up the list.')[0]).toContain('invitation');
    expect(actsOf('If the battery runs low in the meantime, text us.')).toEqual([['invitation']]);
    // Something to send is a step.
    expect(actsOf('If you have paid already, text me the receipt number.')[0]).toContain('step');
  });

  it('require-closing-invitation: a need put as a question, then how to reply, keeps the door open', () => {
    const text = mail("I've attached the corrected invoice. Queries about the figures? Reply to this email and accounts will pick them up.");
    expect(report('require-closing-invitation', text)).toEqual([]);
  });
});

describe('English reader: the customer’s part in the passive', () => {
  it('reads what the customer must send or do, put in the passive, as a step', () => {
    expect(actsOf('The claim form must be returned with the original receipt.')).toEqual([['step']]);
    expect(actsOf('A fresh booking will need to be made online.')).toEqual([['step']]);
    // What the company does in the passive is not the customer's step.
    expect(actsOf('Your refund should be processed within five days.')[0]).not.toContain('step');
  });

  it('reads a figure put beyond reach as a refusal', () => {
    expect(actsOf('That price is non-negotiable.')).toEqual([['refusal']]);
    expect(actsOf('Our store staff cannot override the system price.')[0]).toContain('refusal');
  });
});

describe('no-negative-phrasing: reproach and rules of the house', () => {
  const id = 'no-negative-phrasing';
  it('reports the customer told off for getting in touch again', () => {
    expect(report(id, '@kim We have gone over this twice already. The parcel is with the courier.', { channel: 'social' })).toEqual([
      '1:6-1:28 no-negative-phrasing "We have gone over this"',
    ]);
    expect(report(id, "@kim Your order is packed, so there's no need to keep emailing the warehouse.", { channel: 'social' })).toEqual([
      `1:31-1:63 no-negative-phrasing "there's no need to keep emailing"`,
    ]);
    // Going over something together is help.
    expect(report(id, '@kim I have gone over the settings with the engineer and changed the band.', { channel: 'social' })).toEqual([]);
  });

  it('reports "no exceptions" put after the rule, and a duty put on the customers as a class', () => {
    expect(report(id, '@kim Day tickets are for one visit, no exceptions.', { channel: 'social' })).toEqual([
      '1:37-1:50 no-negative-phrasing "no exceptions"',
    ]);
    expect(report(id, '@kim Members are personally responsible for returning the kit clean.', { channel: 'social' })).toEqual([
      '1:6-1:44 no-negative-phrasing "Members are personally responsible for"',
    ]);
  });
});

describe('no-overpromise: faults said never to come back, and others’ handling', () => {
  const id = 'no-overpromise';
  it('reports a fault said not to come back, and every delivery said to be perfect', () => {
    expect(report(id, '@kim After the firmware update it won’t freeze again.', { channel: 'social' })).toEqual([
      '1:32-1:53 no-overpromise "it won’t freeze again"',
    ]);
    expect(report(id, '@kim Parcels from us always arrive on time.', { channel: 'social' })).toEqual([
      '1:22-1:43 no-overpromise "always arrive on time"',
    ]);
  });

  it('leaves a hedge, and the company’s own crew, alone', () => {
    expect(report(id, '@kim After the firmware update it shouldn’t freeze again.', { channel: 'social' })).toEqual([]);
    expect(report(id, '@kim Parcels from us usually arrive on time.', { channel: 'social' })).toEqual([]);
    expect(report(id, mail('Our own removals crew will bring the wardrobe on Friday 3 May.'))).toEqual([]);
  });
});

describe('no-unclear-instructions: what only the last conversation named', () => {
  const id = 'no-unclear-instructions';
  it('reports a place or an order the reply does not hold', () => {
    expect(report(id, '@kim Reset it in the menu we went through on the phone.', { channel: 'social' })).toEqual([
      '1:18-1:42 no-unclear-instructions "the menu we went through"',
    ]);
    expect(report(id, '@kim Follow the steps I walked you through above.', { channel: 'social' })).toEqual([]);
  });
});

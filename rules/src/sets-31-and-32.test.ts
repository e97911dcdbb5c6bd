/**
 * What two sets written for the project (en-batch-31, a fair sample of an ordinary day, and en-batch-32, the real
 * corpus's agents on their busiest days) showed the reader and the rules did not know, each tested here in words of
 * our own: a door held open on a preference ("if Friday suits better, reply here"), help offered on a need named after
 * it, "we will be happy to hear from you" as an invitation that moves nothing, a fault denied read as no apology, a
 * form or an address the customer must guess, a step made light of after an emoji, "no problem" sworn on what others
 * control, and what someone has free in a window read as no promise.
 */
import { describe, expect, it } from 'vitest';
import { report } from '../test/helpers.js';
import { readReply } from './index.js';

const social = (id: string, body: string) => report(id, `@kim ${body} ^AB`, { channel: 'social' });
const chat = (id: string, body: string) => report(id, body, { channel: 'chat' });
const email = (id: string, body: string) => report(id, `Hi Sam,\n\n${body}\n\nBest,\nJo`, { channel: 'email' });
const actsOf = (body: string) => readReply(`@kim ${body}`, { channel: 'social' }).body.map((s) => s.reading.acts);

describe('require-closing-invitation: doors held open in other words', () => {
  const id = 'require-closing-invitation';

  it('reads a way back offered on a preference as an invitation', () => {
    expect(email(id, 'I have moved your fitting to Thursday. If Friday suits better for the fitting, reply here and I will rearrange it.')).toEqual([]);
    expect(actsOf('If another day is more convenient, just give us a call.')[0]).toContain('invitation');
    // A choice put to the customer is still a step, not the door: "if you would like the paperback, let me know".
    expect(actsOf('If you would like a paperback copy instead, please let me know.')[0]).not.toContain('invitation');
  });

  it('reads help offered on a need named after it as an invitation', () => {
    expect(email(id, 'I have attached your statement. Glad to walk you through the statement if any line of it is confusing.')).toEqual([]);
    expect(actsOf("Happy to explain the charges if anything isn't clear.")[0]).toContain('invitation');
    // Without a need named, the same words opening a reply are a pleasantry.
    expect(actsOf('Happy to explain the charges.')[0]).not.toContain('invitation');
  });

  it('reads "we will be happy to hear from you" as an invitation, and as no next step', () => {
    expect(email(id, 'I have attached your statement. Should you have any other questions, we will be happy to hear from you.')).toEqual([]);
    expect(email('require-next-step', 'I am sorry the noise kept you awake. Should you have any other questions, we will be happy to hear from you.')).toEqual([
      '3:1-3:37 require-next-step "I am sorry the noise kept you awake."',
    ]);
    // A deed beside it is the next step.
    expect(email('require-next-step', 'I am sorry the noise kept you awake. I have moved you to a quieter room. Should you have any other questions, we will be happy to hear from you.')).toEqual([]);
  });
});

describe('the reader: a fault denied', () => {
  it('is no apology, so a reply that only denies it asks for no next step on social', () => {
    expect(actsOf('It is not our fault the warehouse is behind, Sam.')[0]).not.toContain('apology');
    expect(actsOf("It's our fault the warehouse is behind, Sam.")[0]).toContain('apology');
    expect(social('require-next-step', 'It is not our fault the warehouse is behind, Sam.')).toEqual([]);
    expect(social('no-negative-phrasing', 'It is not our fault the warehouse is behind, Sam.')).toEqual(['1:6-1:25 no-negative-phrasing "It is not our fault"']);
  });
});

describe('no-unclear-instructions: what the customer must guess', () => {
  const id = 'no-unclear-instructions';

  it('reports a form not named and an address left to memory', () => {
    expect(social(id, 'Please complete the appropriate form and send it to the usual address.')).toEqual([
      '1:13-1:42 no-unclear-instructions "complete the appropriate form"',
      '1:58-1:75 no-unclear-instructions "the usual address"',
    ]);
    // Where the form is, said in the same sentence, names it.
    expect(social(id, 'Please fill in the relevant form at example.gov.uk/forms and post it to our Leeds office.')).toEqual([]);
  });

  it('reports a step made light of after an emoji that ends what came before', () => {
    expect(chat(id, 'That is a known bug with the calendar sync 😅 just relink the account and the events should reappear')).toEqual(['1:47-1:58 no-unclear-instructions "just relink"']);
    // "Just" that is not about the customer's step, after an emoji, is left.
    expect(chat(id, 'Thanks for waiting 😊 I just checked and the events are back.')).toEqual([]);
  });
});

describe('no-overpromise: "no problem" and room in a window', () => {
  const id = 'no-overpromise';

  it('reports "no problem" sworn on what others control', () => {
    expect(social(id, 'Buses leave every 15 minutes and you will catch the 9:40 ferry no problem 👍')).toEqual(['1:69-1:79 no-overpromise "no problem"']);
    expect(chat(id, 'That is no problem, I will change it now.')).toEqual([]);
    expect(chat(id, 'No problem! Your parcel should arrive on Friday.')).toEqual([]);
  });

  it('reads what someone has free in a window as no promise', () => {
    expect(chat(id, 'I have booked you in. The dentist has a few openings next Tuesday if that slot does not suit.')).toEqual([]);
    expect(chat(id, 'The engineer visits you next Tuesday.')).toEqual(['1:25-1:37 no-overpromise "next Tuesday"']);
  });
});

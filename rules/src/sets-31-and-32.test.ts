/**
 * What two sets written for the project (en-batch-31, a fair sample of an ordinary day, and en-batch-32, the real
 * corpus's agents on their busiest days) showed the reader and the rules did not know, each tested here in words of
 * our own: a door held open on a preference ("if Friday suits better, reply here"), help offered on a need named after
 * it, "we will be happy to hear from you" as an invitation that moves nothing, a fault denied read as no apology, a
 * form or an address the customer must guess, a step made light of after an emoji, "no problem" sworn on what others
 * control, and what someone has free in a window read as no promise. And from the second pair (en-batch-34, the hard
 * cases of overpromise and unclear, and en-batch-35, helpdesk macros and maintainers): a time just after the clause it
 * belongs to, "running normally" as a manner, "all services" opening a clause, thanks for the telling as no door, "do
 * tell us if …", room left for more, a door shut, a card declined by a bank, the "settings bit" and "that toggle", codes
 * before a signature, the reason given with "as you've got …", and the lesson given "at check-in".
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

describe('no-overpromise: a promise after a deed, in other clauses', () => {
  const id = 'no-overpromise';

  it('reads the time just after the clause it belongs to', () => {
    expect(social(id, 'Your blender has left our depot and will be with you before 4pm tomorrow.')).toEqual(['1:42-1:69 no-overpromise "will be with you before 4pm" → "should be with you before 4pm"']);
    expect(social(id, 'Your blender has left our depot and should be with you before 4pm tomorrow.')).toEqual([]);
  });

  it('reads "running normally" as a manner, and "all lines" as a new subject', () => {
    expect(chat(id, 'The outage has been fixed and all lines will be working normally again within an hour.')).toEqual(['1:41-1:86 no-overpromise "will be working normally again within an hour" → "should be working normally again within an hour"']);
    expect(chat(id, 'It normally takes an hour for all lines to come back.')).toEqual([]);
  });

  it('reads free slots offered as no promise, and a seat booked on a flight as one', () => {
    expect(chat(id, 'Her next free slots are Monday at 10:00 or Friday at 15:30, which suits you?')).toEqual([]);
    expect(chat(id, 'The airline has you on the 6pm flight on Saturday with an extra seat.')).toEqual(['1:39-1:50 no-overpromise "on Saturday"']);
  });
});

describe('require-closing-invitation: the door in other words, and a door shut', () => {
  const id = 'require-closing-invitation';

  it('reads thanks for the telling as no door, and "do tell us if …" and room left for more as one', () => {
    expect(email(id, 'I have credited your account. We appreciate you taking the time to let us know.')).toEqual([
      '3:31-3:80 require-closing-invitation "We appreciate you taking the time to let us know." → "We appreciate you taking the time to let us know.\\n\\nPlease reach out if anything else comes up."',
    ]);
    expect(email(id, 'I have credited your account. Do tell us if there is anything more we can do.')).toEqual([]);
    expect(email(id, 'I have logged your request. If you have anything to add, such as photos, send it as a reply here and it will join the ticket.')).toEqual([]);
  });

  it('reads "do not reply to this email" as no invitation', () => {
    // Reported, with no rewrite: "Let us know if you have any other questions" after it would contradict it (a hand
    // review's finding); only a person can name the way back in.
    expect(email(id, 'I have logged your request. Please do not reply to this email.')).toEqual(['3:29-3:63 require-closing-invitation "Please do not reply to this email."']);
    expect(actsOf('Please do not reply to this email; if you need anything else, reply to our ticket instead.')[0]).toContain('invitation');
  });
});

describe('the reader: a card declined, and the reason for a step', () => {
  it('reads a bank declining the customer\'s payment as no refusal of the writer\'s', () => {
    expect(actsOf('So sorry your payment got declined at the till, that must have been awkward.')[0]).not.toContain('refusal');
    expect(chat('no-negative-phrasing', 'So sorry your payment got declined at the till, that must have been awkward. Anything else I can help with?')).toEqual([]);
    expect(actsOf('We have declined your refund request.')[0]).toContain('refusal');
  });

  it('reads a step after "as you\'ve got …" as a step', () => {
    expect(actsOf("As you've got cover, raise a claim through the app.")[0]).toEqual(['step']);
    expect(actsOf('As you requested, I have cancelled the order.')[0]).toEqual(['action']);
  });
});

describe('no-unclear-instructions: places and codes', () => {
  const id = 'no-unclear-instructions';

  it('reports "the … bit" and "that switch", once where two tables know the phrase', () => {
    expect(social(id, 'You can turn off the alerts in the notifications bit, it is that switch at the top.')).toEqual([
      '1:34-1:58 no-unclear-instructions "in the notifications bit"',
      '1:66-1:88 no-unclear-instructions "that switch at the top"',
    ]);
  });

  it('reads codes up to the end of their sentence, not into the signature after it', () => {
    expect(social(id, 'Sorry about the flood! Please log an FNOL with your CUE ref')).toEqual(['1:43-1:47 no-unclear-instructions "FNOL"', '1:58-1:61 no-unclear-instructions "CUE"']);
  });
});

describe('no-negative-phrasing: the lesson given at the desk', () => {
  it('reports "as mentioned at booking" and "check the rules before your next visit"', () => {
    expect(social('no-negative-phrasing', 'As mentioned at booking, the spa closes at 9pm. Please check the rules before your next visit.')).toEqual([
      '1:6-1:29 no-negative-phrasing "As mentioned at booking"',
      '1:54-1:99 no-negative-phrasing "Please check the rules before your next visit"',
    ]);
    expect(social('no-negative-phrasing', 'The spa closes at 9pm. The house rules are in your room if you would like them.')).toEqual([]);
  });
});

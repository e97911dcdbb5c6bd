// A limit left with nothing after it, the house rules held up to the customer, and the reading errors that hid them:
// a contracted "we're unable", "no one here can", a plural subject read as an order ("Late fees apply …"), "I can see"
// read as a promise, and a look at the case taken for a way forward.
import { describe, expect, it } from 'vitest';
import { lint, readReply } from './index.js';

const negative = (text: string, channel: 'email' | 'chat' | 'social' = 'social'): string[] =>
  lint(text, { channel, language: 'en' })
    .filter((m) => m.ruleId === 'no-negative-phrasing')
    .map((m) => m.actual ?? '');
const acts = (text: string): string[] => readReply(text, { channel: 'chat', language: 'en' }).body.map((s) => s.act);

describe('the English reader: refusals and orders', () => {
  it('reads a contracted "we\'re unable" and "no one … can" as refusals', () => {
    expect(acts("We're unable to reprint tickets sold elsewhere.")).toEqual(['refusal']);
    expect(acts("I'm not able to move that booking.")).toEqual(['refusal']);
    expect(acts('No one at the depot is able to open a sealed locker.')).toEqual(['refusal']);
    expect(acts('No one here can unlock a frozen wallet.')).toEqual(['refusal']);
  });

  it('does not read an idiom with "no way to" as a refusal', () => {
    expect(acts('A cold room is no way to spend a holiday.')).toEqual(['news']);
    expect(acts("There's no way to recover a deleted draft.")).toEqual(['refusal']);
  });

  it('reads a word before a plural noun and a base-form verb as a subject, not an order', () => {
    expect(acts('Late fees apply after the tenth of the month.')).not.toContain('step');
    expect(acts('Refund requests take five working days.')).not.toContain('step');
    // Orders of that shape stay orders.
    expect(acts('Keep tabs open while the upload runs.')).toEqual(['step']);
    expect(acts('Help customers find the form on the home page.')).toEqual(['step']);
    expect(acts('Please leave parcels inside the porch.')).toEqual(['step']);
  });

  it('reads "I can see" as what the writer finds, and a deed seen in the records as a deed', () => {
    expect(acts('I can see the second charge on your statement.')).toEqual(['news']);
    expect(acts("I can see that we've already refunded the second charge.")).toEqual(['action']);
    expect(acts('I can send the form again today.')).toEqual(['commitment']);
  });

  it('reads an offer to look at anything else as an invitation, not a question that moves the case', () => {
    expect(acts('Can I look at anything else on your account?')).toEqual(['invitation']);
    expect(acts('Could we check anything else for you today?')).toEqual(['invitation']);
  });
});

describe('no-negative-phrasing: a limit with nothing after it', () => {
  it('reports a refusal when the only deed is the look that led to it', () => {
    const text = "I've reviewed the booking history. That fee can't be waived by our team.";
    expect(negative(text, 'chat')).toEqual(["That fee can't be waived by our team."]);
    const reviewed = 'We have looked into your request. We are unable to reprint tickets bought from resellers.';
    expect(negative(reviewed, 'chat')).toEqual(['We are unable to']);
  });

  it('leaves a refusal followed by a deed or a way forward', () => {
    expect(negative("I've reviewed the booking. That fee can't be waived, but I've added a free day to your next stay.", 'chat')).toEqual([]);
    expect(negative("We're unable to reprint resale tickets. Please contact the resale site, who can reissue them.", 'chat')).toEqual([]);
  });

  it('reads a team signature at the end of a tweet as the signature, not a step that offers a way', () => {
    expect(negative("@12345 We're unable to reissue tickets we didn't sell. -Box Office Team")).toEqual(["We're unable to"]);
  });
});

describe('no-negative-phrasing: the house rules and lessons held up to the customer', () => {
  it('reports the customers\' duty stated as a rule, and the job put on them', () => {
    expect(negative('Guests are expected to return keys by 10am, and late returns are charged.', 'chat')).toEqual(['Guests are expected to']);
    expect(negative('Members are therefore obliged to keep their card details current.', 'chat')).toEqual(['Members are therefore obliged to']);
    expect(negative('Backing up the files is the account holder\'s job.', 'chat')).toEqual(["is the account holder's job"]);
    expect(negative('Refunds are checked by hand, with no exceptions for any order.', 'chat')).toEqual(['with no exceptions']);
    expect(negative('No exceptions can be made for late entries.', 'chat')).toEqual(['No exceptions can be made']);
  });

  it('reports a lesson for next time and the page the customer should have read', () => {
    expect(negative('For future reference, parking permits are checked at the gate.', 'chat')).toEqual(['For future reference']);
    expect(negative('Tokens expire after a year, as the help pages make plain.', 'chat')).toEqual(['as the help pages make plain']);
    expect(negative('Please read the timetable before travelling to the pool.', 'chat')).toEqual(['Please read the timetable before travelling']);
    expect(negative('Your late arrival left the driver with no option but to leave.', 'chat')).toEqual(['left the driver with no option but to']);
  });

  it('leaves forecasts, a writer\'s own reading, and steps that only look like those', () => {
    expect(negative('Deliveries are expected to resume on Monday.', 'chat')).toEqual([]);
    expect(negative('Please read the guide linked below and tell me how you get on.', 'chat')).toEqual([]);
    expect(negative('We make exceptional cakes for every occasion.', 'chat')).toEqual([]);
    expect(negative('Keeping you updated is my job, so expect a message from me on Friday.', 'chat')).toEqual([]);
  });
});

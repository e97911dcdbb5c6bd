/**
 * What a thirteenth written set (issue trackers, forums, app and telecom support) showed the reader and the rules did
 * not know, each tested here in words of our own: "do" as an order, a step made light of after another clause, "try"
 * and what to try, the customer's kit and what it needs, a subject with a word of place before its verb, the writer
 * close at hand, a past verb before its object and a time, a cry of sympathy; and the lectures, threats and blame of
 * a moderator's reply.
 */
import { describe, expect, it } from 'vitest';
import { fixed, report } from '../test/helpers.js';
import { readReply } from './index.js';

const actsOf = (body: string) => readReply(`@kim ${body}`, { channel: 'social' }).body.map((s) => s.reading.acts);

describe('English reader: orders, subjects and times', () => {
  it('reads "do" with what is done as an order, and "do you" as a question', () => {
    expect(actsOf('Do the reset from the back panel.')).toEqual([['step']]);
    expect(actsOf('Do you have the receipt?')).toEqual([['question']]);
  });

  it('reads a step made light of as an order after any clause', () => {
    expect(actsOf('It keeps dropping, so just power-cycle the hub.')).toEqual([['step']]);
    expect(actsOf('It was late, just like last time.')[0]).not.toContain('step');
  });

  it('reads "try" and what to try as a step, but not the writer’s own try', () => {
    expect(actsOf('As it is a caching issue try clearing the app data.')).toEqual([['step']]);
    expect(actsOf("We'll try contacting the depot today.")[0]).not.toContain('step');
  });

  it('reads what the customer’s kit needs as a step, but not a repair', () => {
    expect(actsOf('Your laptop needs the latest BIOS before the update.')).toEqual([['step']]);
    expect(actsOf('Your laptop needs a new battery.')[0]).not.toContain('step');
  });

  it('reads a noun, a plural noun, a word of time and a verb as a subject, not an order', () => {
    expect(actsOf('Delivery problems today are down to the snow.')[0]).not.toContain('step');
  });

  it('reads the writer close at hand as the door left open', () => {
    expect(actsOf("We're only a message away.")).toEqual([['invitation']]);
  });

  it('reads a time after a past verb and its object as the past', () => {
    expect(actsOf('The airline changed its timetable on Monday.')[0]).not.toContain('next-info');
    // A verb in the present between them keeps the time to come.
    expect(actsOf('We posted the card on Monday and it arrives on Friday.')[0]).toContain('next-info');
  });
});

describe('require-next-step: a cry of sympathy calls for a next step', () => {
  it('reports sympathy said as "oh no" with nothing after it, in a tweet', () => {
    expect(report('require-next-step', '@kim Oh no, a cracked mug is such a letdown. The glaze on that batch was thin. ^AB', { channel: 'social' })).toEqual([
      '1:6-1:45 require-next-step "Oh no, a cracked mug is such a letdown."',
    ]);
  });
});

describe('no-negative-phrasing: a moderator’s lectures, threats and blame', () => {
  const id = 'no-negative-phrasing';
  const social = (body: string) => report(id, `@kim ${body}`, { channel: 'social' });
  it('reports the question put beyond asking, and searching put as what they failed to do', () => {
    expect(social('This has been discussed to death on the forum.')).toEqual(['1:11-1:38 no-negative-phrasing "has been discussed to death"']);
    expect(social('Search the forums before posting, please.')).toEqual(['1:6-1:38 no-negative-phrasing "Search the forums before posting"']);
  });

  it('reports what asking again costs, and a threat after the rule broken', () => {
    expect(social('Further tickets about this will be closed without reply.')).toEqual([
      '1:6-1:47 no-negative-phrasing "Further tickets about this will be closed"',
    ]);
    expect(social('Post that link again and your account will be suspended.')).toEqual(['1:31-1:61 no-negative-phrasing "your account will be suspended"']);
    expect(social('Sell above face value again and your account will be closed.')).toEqual([
      '1:38-1:65 no-negative-phrasing "your account will be closed"',
    ]);
  });

  it('reports the fault handed back, and blame in hindsight', () => {
    expect(social('Slow speeds at home are down to your router, not us.')).toEqual(['1:26-1:49 no-negative-phrasing "are down to your router"']);
    expect(social("That's not something we're responsible for.")).toEqual([
      `1:6-1:48 no-negative-phrasing "That's not something we're responsible for"`,
    ]);
    expect(social("If you'd read the confirmation, you'd have seen the time.")).toEqual(['1:38-1:53 no-negative-phrasing "you\'d have seen"']);
  });

  it('reports a rule named as what the customer’s own post broke, not a rule about others', () => {
    expect(social('Your post was removed because it quoted a whole article, which breaks our sharing rules.')).toEqual([
      '1:63-1:93 no-negative-phrasing "which breaks our sharing rules"',
    ]);
    expect(social('If you spot a seller that breaks our rules, report them here.')).toEqual([]);
  });

  it('reads a request closed as no way forward from a refusal', () => {
    const text = 'Hi Kim,\n\nWe will not add dark mode to the classic app. This request is now closed.\n\nSupport';
    expect(report(id, text)).toEqual(['3:1-3:46 no-negative-phrasing "We will not add dark mode to the classic app."']);
  });
});

describe('no-unclear-instructions: what someone else once posted, and "the usual"', () => {
  const id = 'no-unclear-instructions';
  it('reports them for any reader, a developer too', () => {
    expect(report(id, '@kim Until the release, use the fix someone posted in the forum last year.', { channel: 'social' })).toEqual([
      '1:29-1:51 no-unclear-instructions "the fix someone posted"',
    ]);
    expect(report(id, 'Confirmed in `main`: do the usual and rebuild the module.', { channel: 'chat' })).toEqual([
      '1:22-1:34 no-unclear-instructions "do the usual"',
    ]);
  });
});

describe('require-closing-invitation: a line of markup alone is no sentence to close on', () => {
  it('puts the invitation after the last sentence with words, not after a closing tag', () => {
    const text = 'Hi Sam,\n\n<div>\n\nWe have moved your booking to Friday.\n\n</div>\n';
    expect(report('require-closing-invitation', text)).toEqual([
      '5:1-5:38 require-closing-invitation "We have moved your booking to Friday." → "We have moved your booking to Friday.</div><div>Please reach out if anything else comes up."',
    ]);
    expect(fixed('require-closing-invitation', text)).toBe(
      'Hi Sam,\n\n<div>\n\nWe have moved your booking to Friday.</div><div>Please reach out if anything else comes up.\n\n</div>\n',
    );
  });
});

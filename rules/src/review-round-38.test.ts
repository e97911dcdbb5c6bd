/**
 * What this session's reviewers and hand checks met, each pinned with the exact reports.
 */
import { describe, expect, it } from 'vitest';
import { report } from '../test/helpers.js';
import { lint } from './index.js';

describe('jargon found twice', () => {
  it('is one report, the longer term, when a code in capitals lies inside a term of the list', () => {
    const text = 'Hi Sam, rotate the token, patch the TXT record and purge the CDN cache. Let me know if that helps. Best, Jo';
    expect(report('no-unclear-instructions', text)).toEqual([
      '1:37-1:47 no-unclear-instructions "TXT record"',
      '1:62-1:65 no-unclear-instructions "CDN"',
    ]);
  });
});

describe('closing invitations an English-writing lead wrote, that were taken for none', () => {
  const reply = (closing: string): string =>
    `Hi Dana,\n\nThanks for the logs. I've raised your workspace's limit to 1,200 requests a minute for the next 14 days.\n\n${closing}\n\nCheers,\nRaj`;

  it('are read as invitations: a check-in on what was offered, an offer to look further, a condition then the writer at hand or a reply asked for', () => {
    for (const closing of [
      'Would either of those work for your team in the meantime?',
      "Does that match what you're seeing on your side?",
      'Do these sound okay to you?',
      "Happy to look at a fresh log sample once it's deployed.",
      "If anything else comes up, we're here.",
      "If you don't hear from the courier by Thursday, reply here and I'll chase them for you.",
      "If you haven't received it by Friday, let me know.",
      "If you'd like me to pick one for you instead, just tell me whether you prefer a window or an aisle.",
    ]) {
      expect(report('require-closing-invitation', reply(closing)), closing).toEqual([]);
    }
  });

  it('still reports a closing that asks for a step, sends the customer elsewhere, or only says the writer is glad', () => {
    for (const closing of [
      'Could you disable HDMI-CEC on the source and try again?',
      "If you don't have access to your server error log, ask your hosting provider to look for you.",
      'Glad to clarify.',
    ]) {
      expect(report('require-closing-invitation', reply(closing)), closing).toHaveLength(1);
    }
  });
});

describe('steps chained in one sentence', () => {
  it('are reported when asked as a question, and the list gives the steps themselves', () => {
    const text =
      "Hi Sandra,\n\nSorry your broadband keeps dropping. Can you log into the router and then go to advanced and then change the channel to something other than auto and then reboot it and then run the speed test again and let me know the result?\n\nThanks,\nLeo";
    const [message] = lint(text).filter((m) => m.ruleId === 'no-unclear-instructions');
    expect(message!.actual).toBe(
      ' Can you log into the router and then go to advanced and then change the channel to something other than auto and then reboot it and then run the speed test again and let me know the result?',
    );
    expect(message!.expected).toEqual([
      '\n\n1. Log into the router.\n2. Go to advanced.\n3. Change the channel to something other than auto.\n4. Reboot it.\n5. Run the speed test again.\n6. Let me know the result.',
    ]);
  });

  it('keep what shares one verb as one step, written with commas rather than "and then"', () => {
    const text = 'ok so go into your account then hit billing and then payment methods and then the three dots and then remove and then add the new card and then set it as default';
    const [message] = lint(text, { channel: 'chat' }).filter((m) => m.ruleId === 'no-unclear-instructions');
    expect(message!.expected).toEqual(['1. Go into your account.\n2. Hit billing, then payment methods, then the three dots.\n3. Remove, then add the new card.\n4. Set it as default.']);
  });
});

describe('lectures, blame, shouting and limits an English-writing lead wrote, that were missed', () => {
  it('are reported, each on its own words', () => {
    expect(report('no-negative-phrasing', "@markt THE APP IS FINE. You'd need to be on iOS 16 at least, like it clearly says on the store page. ^CS", { channel: 'social' })).toEqual([
      '1:8-1:23 no-negative-phrasing "THE APP IS FINE" → "The app is fine"',
      '1:62-1:82 no-negative-phrasing "like it clearly says"',
    ]);
    expect(report('no-negative-phrasing', "Hi Ben,\n\nAs I've now said twice, files deleted more than 30 days ago are gone for good, and backing up anything important is really down to you.\n\nBest,\nMo")).toEqual([
      '3:1-3:30 no-negative-phrasing "As I\'ve now said twice, files" → "Files"',
      '3:114-3:135 no-negative-phrasing "is really down to you"',
    ]);
    expect(report('no-negative-phrasing', 'Hi Ben,\n\nAs explained in both of our previous replies, the fee stands. You are obliged to clear the balance before we can do anything further.\n\nBest,\nMo')).toEqual([
      '3:1-3:50 no-negative-phrasing "As explained in both of our previous replies, the" → "The"',
      '3:63-3:81 no-negative-phrasing "You are obliged to" → "Please"',
    ]);
    expect(report('no-negative-phrasing', "Plan changes aren't done over chat, sorry. It's not something I have access to.", { channel: 'chat' })).toEqual([
      '1:1-1:43 no-negative-phrasing "Plan changes aren\'t done over chat, sorry."',
      '1:44-1:80 no-negative-phrasing "It\'s not something I have access to."',
    ]);
  });

  it('leave a limit that gives the way forward, capitals that name things, and a heading in capitals', () => {
    for (const [text, channel] of [
      ["Plan changes aren't done over chat, sorry. You can change your plan in the app under Account > Plan.", 'chat'],
      ["It's not something I have access to, but I've passed it to our billing team and they'll email you.", 'chat'],
      ['Hi Ben,\n\nYour order from UNION SQUARE ABERDEEN is ready. Let me know if you have any questions.\n\nBest,\nMo', 'email'],
      ['Hi Ben,\n\nHOW TO RESET THE ROUTER\n\nHold the reset button for ten seconds. Let me know if that helps.\n\nBest,\nMo', 'email'],
    ] as const) {
      expect(report('no-negative-phrasing', text, { channel }), text).toEqual([]);
    }
  });
});

describe('a burden in a bulleted item', () => {
  it('is reported as it is in a numbered one (an editor reviewer found "- You must …" never was)', () => {
    const text = 'Hi Sam,\n\nTo fix it:\n- You must restart the router.\n* You need to wait a minute.\n1. You have to sign in again.\n\nLet me know if that helps.\n\nBest,\nAna';
    expect(report('no-negative-phrasing', text)).toEqual([
      '4:3-4:11 no-negative-phrasing "You must" → "Please"',
      '5:3-5:14 no-negative-phrasing "You need to" → "Please"',
      '6:4-6:15 no-negative-phrasing "You have to" → "Please"',
    ]);
  });
});

describe('promises an English-writing lead wrote', () => {
  it('deletes a certainty marker with the space (or the comma) before it, so no space is left before the mark', () => {
    const applied = (text: string): string => {
      const [m] = lint(text, { channel: 'social' }).filter((x) => x.ruleId === 'no-overpromise');
      return text.slice(0, m!.place.start.offset) + m!.expected[0]! + text.slice(m!.place.end.offset);
    };
    const text = "@linda_g Your refund's been approved and it'll be back in your account by Friday for sure! ^HS";
    expect(report('no-overpromise', text, { channel: 'social' })).toEqual(['1:42-1:90 no-overpromise "it\'ll be back in your account by Friday for sure" → "it should be back in your account by Friday"']);
    // With the "will" it makes certain, the marker goes and the "will" is hedged: deleting the marker alone left the promise.
    expect(applied(text)).toBe("@linda_g Your refund's been approved and it should be back in your account by Friday! ^HS");
    expect(applied('Your parcel left our warehouse and will be with you by Friday, guaranteed.')).toBe('Your parcel left our warehouse and should be with you by Friday.');
    expect(applied('Your parcel will arrive for sure tomorrow.')).toBe('Your parcel should arrive tomorrow.');
    // Without one, the marker alone is deleted, with the space before it.
    expect(applied('Your parcel arrives by Friday for sure!')).toBe('Your parcel arrives by Friday!');
  });

  it('reads "zero chance of" as certainty, and "in most cases", "often" as hedges of their own clause', () => {
    const hotel = 'Hi Ana, the hotel will email you a new confirmation within the hour and there is zero chance of the price changing. Let me know if you have questions. Thanks, Bo';
    expect(report('no-overpromise', hotel)).toEqual(['1:82-1:96 no-overpromise "zero chance of"']);
    for (const text of [
      'Our courier partner will then deliver it to you; in most cases bags reach customers the same day they land, but it can take up to 48 hours in busy periods.',
      'Apple Podcasts picks up a redirect the next time it refreshes a feed. That is often the same day, though some apps lag by as much as a week.',
    ]) {
      expect(report('no-overpromise', text), text).toEqual([]);
    }
  });
});

describe('a Markdown blockquote', () => {
  it("is the customer's words quoted, as '> ' lines are in plain text: not reported as the writer's", () => {
    const text = 'Hi Sam,\n\n> You must refund me now. My parcel will arrive tomorrow for sure.\n\nThanks for your message. I have refunded you today. Let me know if you have questions.\n\nBest,\nAna\n';
    expect(lint(text, { format: 'markdown' }).map((m) => m.ruleId)).toEqual(lint(text, { format: 'text' }).map((m) => m.ruleId));
    expect(lint(text, { format: 'markdown' }).filter((m) => m.ruleId === 'no-negative-phrasing' || m.ruleId === 'no-overpromise')).toEqual([]);
    // The writer's own words after it still are.
    expect(report('no-negative-phrasing', `${text.replace('I have refunded you today.', 'You must wait for the refund.')}`, { format: 'markdown' })).toEqual(['5:26-5:34 no-negative-phrasing "You must" → "Please"']);
  });
});

describe('a generic apology that goes on to name a cause', () => {
  it('is told which words name nothing', () => {
    const [m] = lint('Hi Jo,\n\nWe apologise for any inconvenience caused by the power cut in your area. An engineer is on site.\n\nBest,\nAl').filter((x) => x.ruleId === 'no-generic-apology');
    expect(m!.reason).toBe('This apology is for "any inconvenience", which names nothing; say what went wrong for the customer ("I\'m sorry your order arrived late")');
  });
});

describe('a no after a look at the case', () => {
  it('is a refusal with nothing offered: the look is no way forward', () => {
    expect(report('no-negative-phrasing', "I've checked with the branch and the booking is non-refundable, so it's out of my hands I'm afraid.", { channel: 'chat' })).toEqual([
      '1:1-1:100 no-negative-phrasing "I\'ve checked with the branch and the booking is non-refundable, so it\'s out of my hands I\'m afraid."',
    ]);
  });

  it('is left where the writer also did something, or offers the way', () => {
    for (const text of [
      "I've checked your account and refunded the fee, though the booking itself is non-refundable.",
      "I've checked with the branch and the booking is non-refundable, but I can move it to another date for free.",
    ]) {
      expect(report('no-negative-phrasing', text, { channel: 'chat' }), text).toEqual([]);
    }
  });
});

describe('the lesson for next time said after the step', () => {
  it('is a lecture; a tip for next time is not', () => {
    expect(report('no-negative-phrasing', "@mike_b87 Orders can't be changed once the restaurant accepts them. Double-check your basket before you pay next time.", { channel: 'social' })).toContain(
      '1:69-1:118 no-negative-phrasing "Double-check your basket before you pay next time"',
    );
    expect(report('no-negative-phrasing', "If you'd like, check the tracking page when you order next time: it shows the courier's slot.", { channel: 'social' })).toEqual([]);
  });
});

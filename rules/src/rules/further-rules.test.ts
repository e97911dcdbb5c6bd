import { describe, expect, it } from 'vitest';
import { email, fixed, report } from '../../test/helpers.js';

function table(id: string, invalid: string[], valid: string[], wrap: (text: string) => string = email, options = {}): void {
  describe(id, () => {
    it.each(invalid)('reports %j', (text) => {
      expect(report(id, wrap(text), options).length).toBeGreaterThan(0);
    });
    it.each(valid)('leaves %j alone', (text) => {
      expect(report(id, wrap(text), options)).toEqual([]);
    });
  });
}

table(
  'no-generic-apology',
  [
    'We apologise for any inconvenience this may have caused.',
    'Sorry for the trouble. I have reset it.',
    'We apologize for the inconvenience.',
    'Apologies for any confusion.',
    'We regret any inconvenience caused.',
    "We're sorry for any delays. It ships today.",
  ],
  [
    "I'm sorry your order arrived late.",
    "Apologies for the delay to your journey this morning.",
    "Sorry for the delay in getting back to you.",
    "Sorry for the trouble with the login page yesterday; I've reset your password.",
    "I'm so sorry the charger arrived broken. We apologise for any inconvenience.",
    'There was no inconvenience at all.',
    'Thanks for your patience.',
  ],
);

table(
  'no-uncertain-expertise',
  ["I'm new here, so bear with me.", "I'm not sure, but it might be the cache.", "I don't know when it will be back.", "That's not my department.", 'I have no idea why that happened.', "I'm only a trainee."],
  ["I'm not sure I understand; could you send a screenshot?", "I don't know if you've seen our status page.", 'Let me confirm that for you.', 'If you are not sure, reply and I will check.', 'You said "I don\'t know my password", so I reset it.'],
);

describe('no-uncertain-expertise rewrites', () => {
  it('offers a confident opening', () => {
    expect(fixed('no-uncertain-expertise', "I'm not sure the update fixed it.")).toBe('Let me confirm that for you: the update fixed it.');
  });
  it.each([
    ["I'm not sure, but it might be the cache.", '3:1-3:18 no-uncertain-expertise "I\'m not sure, but" → "Let me confirm that for you:"', 'Let me confirm that for you: it might be the cache.'],
    ['Honestly, I\'m not sure; it could be the cache.', '3:11-3:24 no-uncertain-expertise "I\'m not sure;" → "let me confirm that for you:"', 'Honestly, let me confirm that for you: it could be the cache.'],
    ["I'm not sure.", '3:1-3:13 no-uncertain-expertise "I\'m not sure" → "Let me confirm that for you"', 'Let me confirm that for you.'],
    ["I don't know when it will be back.", '3:1-3:13 no-uncertain-expertise "I don\'t know" → "Let me find out"', 'Let me find out when it will be back.'],
    ["I'm not sure of the date.", '3:1-3:16 no-uncertain-expertise "I\'m not sure of" → "Let me confirm"', 'Let me confirm the date.'],
    ["I don't know about the refund.", '3:1-3:13 no-uncertain-expertise "I don\'t know" → "Let me find out"', 'Let me find out about the refund.'],
    ['No idea, sorry.', '3:1-3:15 no-uncertain-expertise "No idea, sorry" → "Let me find out for you"', 'Let me find out for you.'],
  ])('rewrites %j into a sentence that reads as one', (body, line, rewritten) => {
    expect(report('no-uncertain-expertise', email(body))).toEqual([line]);
    expect(fixed('no-uncertain-expertise', email(body))).toBe(email(rewritten));
  });
});

const greeting = (first: string) => (body: string) => `${first}\n\n${body}\n\nThanks,\nAna`;
table('no-generic-greeting', ['Your refund is on its way.'], [], greeting('Dear customer,'));
table('no-generic-greeting', ['Your refund is on its way.'], [], greeting('Hi,'));
table('no-generic-greeting', ['Your refund is on its way.'], [], greeting('Dear Sir/Madam,'));
table('no-generic-greeting', ['Your refund is on its way.'], [], greeting('To whom it may concern,'));
table('no-generic-greeting', ['Your refund is on its way.'], [], greeting('Hello there,'));
table('no-generic-greeting', [], ['Your refund is on its way.'], greeting('Hi Geraldine,'));
table('no-generic-greeting', [], ['Your refund is on its way.'], greeting('Hi {{ticket.requester.first_name}},'));
table('no-generic-greeting', [], ['Your refund is on its way.'], greeting('Dear Mr. Okafor,'));
table('no-generic-greeting', [], ['Your refund is on its way.'], greeting('Good morning Priya!'));
table('no-generic-greeting', [], ['Your refund is on its way.'], (body) => body);

table(
  'require-thanks',
  ["I've refunded the charge.", 'Your order shipped today.', 'The fix is live.'],
  ["Thanks for flagging this. I've refunded it.", 'I appreciate your patience; the fix is live.', 'Thank you for the report.'],
  (body) => `Hi Sam,\n\n${body}\n\nBest,\nAna`,
);

table(
  'no-tone-mismatch',
  ['Your parcel was damaged in transit 😂', 'Sorry your order is late :) It should arrive Friday.', 'The payment failed!! Please try again.', 'Your flight was cancelled lol', 'Your package was lost 🎉 but a new one is coming.'],
  ['Your new headphones shipped today 🎉', 'Great to hear it works!!', "I'm sorry your parcel was damaged. I've sent a new one.", 'Thanks so much :)'],
);

table(
  'no-wall-of-text',
  [`${'I checked your account and saw the failed payment from last week. '.repeat(10)}`, `${'Word '.repeat(130)}end.`],
  ['A short paragraph.', `${'One sentence here. '.repeat(5)}`, `1. ${'Step one is long. '.repeat(10)}\n2. Step two.`],
);

table(
  'no-unfilled-placeholder',
  ['Hi [Customer Name], thanks for writing.', 'Your refund of $XXX is on its way.', 'Hi {{first_name}}, thanks.', 'Your order {customer_order} shipped.', 'Regards, <YOUR NAME>', 'See [insert link] for details.', 'Ticket %{ticket.number} is open.', 'Order ${order.id} shipped.'],
  ['Read [our guide](https://example.com) for details.', 'Your refund of $24.99 is on its way.', 'Press <Enter> to continue.', 'We use {braces} rarely in prose?', 'Your code is XK-42.'],
);

describe('no-unfilled-placeholder in a template', () => {
  const id = 'no-unfilled-placeholder';
  const options = { template: true };
  it('leaves well-formed placeholders of every syntax alone', () => {
    const text = 'Hi {{ ticket.requester.first_name }},\n\n{% if order.shipped %}Your order shipped.{% endif %} {{#if vip}}Thanks for being a VIP.{{/if}} Ticket %{ticket.number}, order ${order.id}, #{ticket.number}, {customer_name}, %NAME%.\n\n<#include "footer.ftl">';
    expect(report(id, text, options)).toEqual([]);
  });
  it.each([
    ['Hi {{ first_name },', '"{{" is never closed'],
    ['{% if order.shipped %}Your order shipped.', 'is never closed'],
    ['Thanks.{% endif %}', 'closes a block that is not open'],
    ['{{#each items}}{{name}}', 'is never closed'],
    ['Hi {{first_name}} {% if x }} there', '"{%" is never closed'],
  ])('reports broken syntax in %j', (text, problem) => {
    const messages = report(id, `${text}\n\nBest,\nAna`, options);
    expect(messages.length).toBeGreaterThan(0);
    expect(lintMessages(text, options).some((m) => m.includes(problem))).toBe(true);
  });
});

import { lint } from '../index.js';
function lintMessages(text: string, options: object): string[] {
  return lint(`${text}\n\nBest,\nAna`, options).map((m) => m.reason);
}

describe('no-generic-apology ranges', () => {
  it('take in the "I" of "I\'m sorry"', () => {
    const [line] = report('no-generic-apology', email("I'm sorry for the frustration! Can you send the order number?"));
    expect(line).toContain('"I\'m sorry for the frustration"');
  });
});

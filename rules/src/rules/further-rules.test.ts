// The tables of must-report and must-leave replies for these rules, with exact lines, are in rule-tables.test.ts.
import { describe, expect, it } from 'vitest';
import { email, fixed, report } from '../../test/helpers.js';

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

describe('no-unfilled-placeholder in a template', () => {
  const id = 'no-unfilled-placeholder';
  const options = { template: true };
  it('leaves well-formed placeholders of every syntax alone', () => {
    const text = 'Hi {{ ticket.requester.first_name }},\n\n{% if order.shipped %}Your order shipped.{% endif %} {{#if vip}}Thanks for being a VIP.{{/if}} Ticket %{ticket.number}, order ${order.id}, #{ticket.number}, {customer_name}, %NAME%.\n\n<#include "footer.ftl">';
    expect(report(id, text, options)).toEqual([]);
  });
  it('reports stand-ins, which no helpdesk fills, in a template too (issue #17)', () => {
    const text = 'Hi [Customer Name],\n\nYour refund for <PROJECT NAME> of {{ticket.amount}} is on its way.\n\nThanks,\nXXX';
    expect(lint(text, options).filter((m) => m.ruleId === id).map((m) => m.actual)).toEqual(['[Customer Name]', '<PROJECT NAME>', 'XXX']);
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

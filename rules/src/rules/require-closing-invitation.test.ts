import { describe, expect, it } from 'vitest';
import { email, fixed, report } from '../../test/helpers.js';
import { lint } from '../lint.js';
import { ended } from './require-closing-invitation.js';

const id = 'require-closing-invitation';

describe(id, () => {
  it('reports once at the end of the body and inserts the invitation before the sign-off', () => {
    const text = "Hi Dana,\n\nI've refunded the charge.\n\nKind regards,\nSam";
    expect(report(id, text)).toEqual([`3:1-3:26 require-closing-invitation "I've refunded the charge." → "I've refunded the charge.\\n\\nPlease reach out if anything else comes up."`]);
    expect(fixed(id, text)).toBe("Hi Dana,\n\nI've refunded the charge.\n\nPlease reach out if anything else comes up.\n\nKind regards,\nSam");
  });

  it('keeps CRLF line endings in the fix', () => {
    expect(fixed(id, "Hi Dana,\r\n\r\nI've refunded the charge.\r\n\r\nBest,\r\nSam\r\n")).toBe(
      "Hi Dana,\r\n\r\nI've refunded the charge.\r\n\r\nPlease reach out if anything else comes up.\r\n\r\nBest,\r\nSam\r\n",
    );
  });

  it('ends an unfinished last sentence before the invitation: never a run-on', () => {
    expect(fixed(id, 'Hi Sam,\n\nYou can clear your cookies')).toBe('Hi Sam,\n\nYou can clear your cookies. Please reach out if anything else comes up.');
    expect(fixed(id, 'Hi Sam,\n\nI have sent the label,')).toBe('Hi Sam,\n\nI have sent the label. Please reach out if anything else comes up.');
    expect(fixed(id, 'Hi Sam,\n\nI have sent the label\n\nBest,\nAna')).toBe('Hi Sam,\n\nI have sent the label.\n\nPlease reach out if anything else comes up.\n\nBest,\nAna');
    expect(ended('the label ("returns")')).toBe('the label ("returns").');
    expect(ended('the label ("returns.")  ')).toBe('the label ("returns.")  ');
    expect(ended('أرسلت الملصق،')).toBe('أرسلت الملصق.');
    expect(fixed(id, 'Hi Sam,\n\nI have sent the label!')).toBe('Hi Sam,\n\nI have sent the label! Please reach out if anything else comes up.');
  });

  it('leaves an emoticon, a link and a placeholder as written: no full stop changes or follows them', () => {
    expect(ended('Have fun with OTOBO! :-)')).toBe('Have fun with OTOBO! :-)');
    expect(ended('Thanks for your patience 💜')).toBe('Thanks for your patience 💜');
    expect(ended('You can view it here: https://example.com/t/1')).toBe('You can view it here: https://example.com/t/1');
    // The prose reads a placeholder as a name; the text as written decides.
    expect(ended('Nnnnnnnnnnnnn', '.', '%%TRACK_URL%%')).toBe('Nnnnnnnnnnnnn');
    expect(ended('- {Short workaround, if any}')).toBe('- {Short workaround, if any}');
    // HTML laid out with <br>: the invitation gets breaks of its own, since a source line break renders as a space.
    const overlimit = '<h3>Dear %{ticket.name.first},</h3>\nOne of your pending tickets must be closed. To update it, <a href="%{url}">login to our helpdesk</a>.\n<br>\n<br>\nThank you,<br/>\nSupport Ticket System';
    expect(fixed(id, overlimit, { format: 'html', template: true })).toContain('login to our helpdesk</a>.<br><br>Please reach out if anything else comes up.\n<br>');
    const hesk = 'Dear %%NAME%%,\n\nOur staff has replied to your ticket.\n\nYou can view the ticket here:\n%%TRACK_URL%%\n\n\nSincerely,\n\n%%SITE_TITLE%%\n%%SITE_URL%%\n';
    // HESK's doubled signs are one placeholder, so the sign-off is found and the invitation goes above it.
    expect(fixed(id, hesk, { template: true })).toBe(hesk.replace('%%TRACK_URL%%\n', '%%TRACK_URL%%\n\nPlease reach out if anything else comes up.\n'));
  });

  it('offers no rewrite into a last sentence cut off inside a placeholder or emphasis', () => {
    const cut = 'Hi {customer_name},\nI’ve checked your account and your recent payment for **{product/plan**';
    const [message] = lint(cut, { format: 'markdown', template: true }).filter((m) => m.ruleId === id);
    expect([message!.expected, message!.safe]).toEqual([[], false]);
  });

  it('takes a request to open a new ticket, or a question put after a lead clause, as the way back', () => {
    expect(report(id, 'Hi Sam,\n\nYour previous ticket is closed, so your follow-up was rejected.\n\nPlease create a new ticket.\n\nYour OTOBO Team')).toEqual([]);
    const ask = 'Hi Sam,\n\nThanks for letting us know.\n\nBefore I run a few checks, can you confirm:\n- the device you are using\n- the app version\n\nOnce I have that, I will get it sorted.\n\nBest,\nAna';
    expect(report(id, ask)).toEqual([]);
  });

  it('never doubles "Please": after a sentence that opens with it, another invitation comes first', () => {
    const text = 'Hi Sam,\n\nPlease restart the router\n\nBest,\nAna';
    expect(fixed(id, text)).toBe('Hi Sam,\n\nPlease restart the router.\n\nLet us know if you have any other questions.\n\nBest,\nAna');
    const rewrites = lint(text, { channel: 'email' }).find((m) => m.ruleId === id)!.expected;
    expect(rewrites.map((r) => r.split('\n\n')[1])).toEqual(['Let us know if you have any other questions.', "I'm here to help if you need anything else.", 'Please reach out if anything else comes up.']);
  });

  const signOffs = ['Best,\nAna', 'Thanks,\nRachel', 'Kind regards,\nThe Acme Team', 'Cheers!', 'Sincerely,\nKatie Smith\nCustomer Care', '{{agent.name}}', '[Your Name]', 'Rachel'];
  it.each(signOffs)('finds the sign-off %j and reports before it', (signOff) => {
    const text = `Hi Dana,\n\nI've refunded the charge.\n\n${signOff}`;
    const lines = report(id, text);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`"I've refunded the charge."`);
  });

  const invalid = [
    "I've refunded the charge.",
    'Your replacement is on its way.',
    'The update is live now.',
    "I've changed the delivery address to 12 High Street.",
    'Thanks for your patience.',
    "I've applied the discount to your order.",
    'Your account is unlocked.',
    'The invoice is attached.',
    "We've extended your trial by 14 days.",
    'Please restart the app to see the change.',
    // A question the writer answers, or one that asks nothing of the customer, invites no one back.
    'Why did this happen? The courier lost the parcel, so I have sent a new one.',
    'Could you believe it? Your parcel arrived at our depot today.',
    // Pleasantries and the writer's own watch are no way back in.
    "I've refunded it. Have a great day!",
    "I've refunded it. I'll keep an eye on the courier's updates.",
    // The writer promising to come back is a commitment, not the customer's way back in.
    "I've refunded it, and I'll keep you posted on the replacement.",
    "I've chased the courier. If I haven't heard back by Friday, I'll reach out again.",
    // The same words as a requirement or a statement, not a door held open.
    "I've held the booking. You need to reach us by Friday to keep it.",
    "You don't need us to do anything else; the refund is automatic.",
  ];
  it.each(invalid)('reports %j', (text) => {
    expect(report(id, email(text))).toHaveLength(1);
  });

  const valid = [
    "I've refunded the charge. If you decide you'd like us to help further, we're here.",
    "I've refunded the charge. Please reach out if anything else comes up.",
    "I've refunded the charge.\n\nLet us know if you have any other questions.",
    "I've refunded it. I'm here to help!",
    "I've refunded it. Feel free to get in touch with any questions.",
    "I've refunded it. Don't hesitate to contact us.",
    "I've refunded it. If anything else comes up, just reply to this email.",
    "I've refunded it. Is there anything else I can help with?",
    "I've refunded it. Happy to help with anything else.",
    "I've refunded it, and I'll keep you posted on the replacement. Keep us posted if the card doesn't show it by Friday.",
    "I've refunded it. Write back any time.",
    // "Tell me" as the way back, with the writer's promise to come back, or after a condition.
    "I've listed the steps above. If you lose your place halfway, just tell me where you got to and I'll hop back in.",
    "I've listed the steps above. If you'd prefer shorter steps, just tell me.",
    // A question the customer is to answer keeps the conversation open.
    "Let's take it one piece at a time. To start, could you tell me the last thing you tried? I'll guide you from there.",
    "I'd love to help.\n\nCan you provide more details about:\n\n1. What you're trying to do\n2. What device you're using",
    // The condition said first, an offer of more asked as a question, and the door described rather than opened.
    "I've refunded it. Any questions, give us a shout.",
    "I've refunded it. Shout if you need anything else.",
    "I've refunded it. Want me to do anything else?",
    "I've refunded it. Reach us 24/7 on chat.",
    "I've refunded it. Our team is available around the clock if you need us.",
    "I've refunded it. You know where to find us!",
    // The way to add to the ticket, with or without the purpose clause's comma, and "login" written for "log in".
    "You have reached the limit of open tickets. To update or add comments to an open ticket simply login to our helpdesk.",
    "You have reached the limit of open tickets. To add a comment to your ticket, log in to our helpdesk.",
  ];
  it.each(valid)('leaves %j alone', (text) => {
    expect(report(id, email(text))).toEqual([]);
  });

  it('adds the invitation to an HTML reply as a paragraph of its own, after the closing tags of the last sentence', () => {
    const html = '<p>Dear Sam,</p><p>You can view the progress <a href="https://example.com/t/12">online</a></p><p>Your Team</p>';
    expect(fixed(id, html, { format: 'html' })).toBe(
      '<p>Dear Sam,</p><p>You can view the progress <a href="https://example.com/t/12">online</a></p><p>Please reach out if anything else comes up.</p><p>Your Team</p>',
    );
    expect(fixed(id, '<div>Hi Sam,</div><div>I have <em>refunded</em> it.</div><div>Best,<br>Ana</div>', { format: 'html' })).toBe(
      '<div>Hi Sam,</div><div>I have <em>refunded</em> it.</div><div>Please reach out if anything else comes up.</div><div>Best,<br>Ana</div>',
    );
  });

  it.each([
    // The door described as the writer being there, after a question or a topic put first.
    "Any questions, we're around.",
    "Anything else, we're here.",
    "Questions? We're around all week.",
    "I'm available every day until 6pm if the app acts up again.",
    // Contact asked for in words of its own after a condition.
    'If you need anything else, just give us a shout.',
    'If the label fails again, just holler.',
  ])('takes %j before the sign-off as the invitation', (invitation) => {
    expect(report(id, `Hi Dana,\n\nI've refunded the charge.\n\n${invitation}\n\nKind regards,\nSam`)).toEqual([]);
  });

  it('still reports where the writer is somewhere, not there for the customer', () => {
    expect(report(id, "Hi Dana,\n\nI've refunded the charge. We're here at the store until 5.\n\nKind regards,\nSam")).toEqual([
      `3:27-3:59 require-closing-invitation "We're here at the store until 5." → "We're here at the store until 5.\\n\\nPlease reach out if anything else comes up."`,
    ]);
  });

  it('does not run on chat or social replies', () => {
    expect(report(id, 'Your replacement is on its way.', { channel: 'chat' })).toEqual([]);
    expect(report(id, '@acme Your replacement is on its way. ^AB', { channel: 'social' })).toEqual([]);
  });
});

describe('the last sentence before an inserted invitation keeps a full stop it already has', () => {
  it.each(['"', "'", '”', '’', ')', ']', '»', '*', '_'])('behind a closing %s', (closer) => {
    expect(ended(`It is fixed.${closer}`)).toBe(`It is fixed.${closer}`);
    expect(ended(`It is fixed${closer}`)).not.toBe(`It is fixed${closer}`);
  });
});

describe(`${id}: a door described, and a promise to write that opens none`, () => {
  it('takes "you know where we are" for the door left open', () => {
    expect(report(id, email("Thanks for sticking with us. If there's any other way we can help, you know where we are."))).toEqual([]);
    expect(report(id, email("Thanks for sticking with us. You know where I am."))).toEqual([]);
  });

  it('does not take the writer\'s own condition and promise to write for an invitation back', () => {
    expect(report(id, email("I've logged the leak as job WL-77031. If we need to plan a repair, we'll write to you first."))).toEqual([
      `3:39-3:93 require-closing-invitation "If we need to plan a repair, we'll write to you first." → "If we need to plan a repair, we'll write to you first.\\n\\nPlease reach out if anything else comes up."`,
    ]);
    // On the customer's need, the same promise is the door: "if you have any questions, we'll call you back".
    expect(report(id, email("I've logged the leak as job WL-77031. If you have any questions, we'll call you back."))).toEqual([]);
  });
});

describe(`${id}: more ways to leave the door open`, () => {
  it.each([
    "Any trouble after that, reply here and I'll pick it up.",
    "We're only an email away should anything further come up.",
    'Whichever way it turns out, I\'m keen to hear how it went.',
    "Is there anything else on the account you'd like me to look at?",
    'Questions about the documents? Reply on this thread and a specialist will check them for you.',
  ])('%j', (text) => {
    expect(report(id, email(`I've put £6.50 of credit on your account. ${text}`))).toEqual([]);
  });
});

describe(`${id}: a check-in question about what was sent`, () => {
  it('takes "did you find the info provided to be helpful?" and "was this helpful?" for check-in questions', () => {
    expect(report(id, email('I have sent the guide to your inbox. Did you find the info provided to be helpful?'))).toEqual([]);
    expect(report(id, email('I have sent the guide to your inbox. Was this helpful?'))).toEqual([]);
  });

  it('does not take a question about something else for one', () => {
    expect(report(id, email('I have sent the guide to your inbox. Do you find the new layout useful?'))).toHaveLength(1);
  });
});

describe(`${id}: a footer under the sign-off`, () => {
  it('puts the invitation before a team signing, never into the footer under it', () => {
    const text = "Hi Dana,\n\nI've refunded the charge.\n\nYour Acme Team,\nSam\n\n---\nYou can see your requests online at any time.";
    expect(fixed(id, text)).toBe(
      "Hi Dana,\n\nI've refunded the charge.\n\nPlease reach out if anything else comes up.\n\nYour Acme Team,\nSam\n\n---\nYou can see your requests online at any time.",
    );
    const html =
      '<p>Dear Dana,</p>\n<p>Your reply to request #4471 has been noted.</p>\n<p>Kind regards,<br>\nThe Support Team</p>\n<hr>\n<p><em>You can view the request progress online.</em></p>';
    const [message] = lint(html, { channel: 'email', format: 'html' }).filter((m) => m.ruleId === id);
    expect(message?.actual).toBe('Your reply to request #4471 has been noted.');
  });

  it('leaves a closing word inside the body, such as a thank-you on a line of its own, where it is', () => {
    const text = "Hi Dana,\n\nI've refunded the charge.\nThank you!\nWe hope to see you again soon.\n\nSam";
    expect(report(id, text)).toEqual([
      `5:1-5:31 require-closing-invitation "We hope to see you again soon." → "We hope to see you again soon.\\n\\nPlease reach out if anything else comes up."`,
    ]);
  });
});

describe(`${id}: an offer of more help on anything, a condition without its "if", and the door said as an order`, () => {
  it('takes each for the invitation it is', () => {
    expect(report(id, email("Your quote is attached. Is there anything in the terms that you'd like me to go through first?"))).toEqual([]);
    expect(report(id, email("Your quote is attached. Any line in the quote you'd like explained, ring me or reply here."))).toEqual([]);
    expect(report(id, email('Your quote is attached. Ring me or reply here.'))).toEqual([]);
    // The quote alone invites nothing.
    expect(report(id, email('Your quote is attached.'))).toEqual([
      '3:1-3:24 require-closing-invitation "Your quote is attached." → "Your quote is attached.\\n\\nPlease reach out if anything else comes up."',
    ]);
  });
});

describe(`${id}: more doors in other words`, () => {
  it('takes "Anything else on …, give me a shout", "Anything more …, write back" and a condition joined by "and you"', () => {
    expect(report(id, email('Your direct debit goes out on the 1st. Anything else on your membership, give me a shout.'))).toEqual([]);
    expect(report(id, email('The crown is in. Anything more you want us to know about your treatment, write back and it will reach me.'))).toEqual([]);
    expect(report(id, email("I've sent the claim. If PetGuard get in touch and you're not sure what they're after, forward it to us."))).toEqual([]);
  });
});

describe(`${id}: a number to ring if anything is off, and leave to write at any time`, () => {
  it('takes each for the door', () => {
    expect(report(id, email('Your prescription is on its way. If the label shows a different strength, ring our pharmacists on 01632 960 218 before taking the first tablet.'))).toEqual([]);
    expect(report(id, email('The heater was serviced in March. Do write to me whenever you like.'))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { ReplyContext, analyzeChecklist, checklistParts, isComplete, pointsLost, review, settled, type LintOptions } from './index.js';
import { expectModelReply, expectSparseReply, partsOf } from '../test/helpers.js';

// The three model replies of Customer Service 101 (lost order, unhappy with product, damaged package), in English.
export const modelReplies = {
  lostOrder: `Hi Geraldine,

I'm so sorry to hear that your order hasn't arrived yet. I'm sure you were looking forward to trying the new Super Splash, with the warm weather coming this week.

The courier couldn't locate your parcel with the tracking number, so I've sent a replacement delivery that should arrive by Friday, August 3. I'll check again to make sure it arrives! This isn't something we see happen often, so, again, I'm sorry this wasn't a perfect experience for you.

Thank you for bringing this to our attention. If there's anything else I can help you with in the meantime, please let me know.

Thanks,
Rachel`,
  unhappyWithProduct: `Hi Stanley,

Thanks for reaching out to let us know about the problem you're having with the Orange Peeler 2000. That sounds really frustrating. I'm not a morning person either, so I completely understand.

I can do one of two things to try to make this right for you:

- I can help you exchange it for a different peeler and refund the difference. We'll cover the shipping, of course.
- Or we can get on a call today, and I can walk you through how to use the OP 2000. That way, you'll get all the benefits of the peeler right away.

Let me know what you'd like to do, and a good number to call you on if you'd like to go that route. We want to make sure all our customers are completely happy with their kitchen purchases, so thank you for giving us the chance to fix this. I'm here to help!

Sincerely,
Katie`,
  damagedPackage: `Dear Peter,

Thank you for sending your feedback about the condition of the package your product arrived in. I want to let you know how much we care about the quality of our deliveries. This isn't our usual standard.

Going forward, you can expect to receive your order in much better condition, and I'm sorry we didn't live up to your reasonable expectations this time.

We appreciate you writing to us about this. If there's anything else we can help you with, please let me know. I'm here to help.

Sincerely,
Robert`,
};

describe('the reply checklist', () => {
  for (const [name, text] of Object.entries(modelReplies)) {
    it(`finds every part in the model reply "${name}", which the recommended preset leaves clean`, () => {
      expectModelReply(text);
    });
  }

  it('says where each part is', () => {
    expect(partsOf(modelReplies.lostOrder)).toMatchObject({
      greeting: 'Hi Geraldine,',
      apology: "I'm so sorry to hear that your order hasn't arrived yet.",
      nextStep: expect.stringContaining("I've sent a replacement"),
      explanation: expect.stringContaining('so I'),
      thanks: 'Thank you for bringing this to our attention.',
      closingInvitation: expect.stringContaining('please let me know'),
      signOff: 'Thanks,\nRachel',
    });
  });

  it('finds what is missing, and scores by the documented weights', () => {
    // Apology half (5), sign-off (10); acknowledgement 0 and explanation 0 (a problem is mentioned); nothing else.
    expectSparseReply('Dear customer,\n\nWe apologise for any inconvenience.\n\nRegards', 15);
  });

  it('judges a wrapper template whose body is filled in elsewhere on its frame only', () => {
    const wrapper = '<h3>Dear %{recipient.name.first},</h3>\n%{response}\n<br><br>\n<div>Thanks,<br>\n%{signature}</div>';
    const { checklist } = review(wrapper, { format: 'html', template: true });
    expect(checklist.greeting.present).toBe(true);
    expect([checklist.nextStep.expected, checklist.closingInvitation.expected, checklist.thanks.expected]).toEqual([false, false, false]);
    // The same frame around a written body is judged whole.
    const written = wrapper.replace('%{response}', 'Your ticket was created.');
    expect(review(written, { format: 'html', template: true }).checklist.nextStep.expected).toBe(true);
  });

  it('does not expect greeting, sign-off, thanks or invitation from a chat answer', () => {
    const { checklist, score } = review('Your order left the warehouse this morning.', { channel: 'chat' });
    expect(isComplete(checklist)).toBe(true);
    expect(score.score).toBe(100);
  });

  it('takes points off for each report', () => {
    const clean = review(modelReplies.damagedPackage).score.score;
    const withProblem = review(modelReplies.damagedPackage.replace('Going forward,', 'Going forward, you need to check the box, and')).score;
    expect(clean).toBe(100);
    expect(withProblem.score).toBe(95);
    expect(withProblem.breakdown.at(-1)).toMatchObject({ points: -5 });
  });

  it('gives every part, those looked for only when asked too, in a review and in JSON', () => {
    const text = modelReplies.lostOrder;
    const fromReview = review(text).checklist;
    // A review's checklist is plain data: every part is its own property.
    for (const { part } of checklistParts) expect(Object.getOwnPropertyDescriptor(fromReview, part)).toHaveProperty('value');
    expect({ ...fromReview }).toEqual(fromReview);
    expect(fromReview.acknowledgement).toMatchObject({ present: true, expected: true });
    expect(fromReview.explanation).toMatchObject({ present: true, expected: true });
    const analyzed = analyzeChecklist(new ReplyContext(text, 'email', false, text, 'en'));
    expect(JSON.parse(JSON.stringify(analyzed))).toEqual(JSON.parse(JSON.stringify(fromReview)));
    // What it lists of its own is parts of the checklist, never the reply's analysis; settled() gives them all.
    const parts = checklistParts.map(({ part }) => part as string);
    for (const key of Object.keys(analyzed)) expect(parts).toContain(key);
    expect(Object.keys(settled(analyzed)).sort()).toEqual([...parts].sort());
  });
});

describe('scores a trainer can defend', () => {
  const lost = (text: string, options: LintOptions = {}): string[] =>
    pointsLost(review(text, options).score).map((l) => `${l.part ?? l.ruleId}: ${l.reason}`);
  const sign = (body: string, greeting = 'Hi Grace,', signOff = 'Best regards,\nRachel'): string =>
    `${greeting}\n\n${body}\n\nIf there's anything else I can help with, please let me know.\n\n${signOff}`;

  it('needs no apology, acknowledgement or explanation in a reply to a feature request', () => {
    for (const body of [
      "Thanks for the suggestion! At the moment we don't offer a dark mode, but it's a great idea. I've shared it with our product team so they can consider it for a future update.",
      "Thanks for your feature request. Sorry, bulk editing isn't something we offer at the moment. I've passed your idea on to our product team, who read every request.",
      "Thanks for the feature request! Exporting to PDF isn't available yet, and I know that's a problem for your monthly reports. I've added your vote to the request on our roadmap.",
    ]) {
      const { checklist, score } = review(sign(body));
      expect([checklist.apology.expected, checklist.acknowledgement.expected, checklist.explanation.expected], body).toEqual([false, false, false]);
      expect(score.score, body).toBe(100);
    }
  });

  it('needs no apology or explanation in the answer to a how-to question, nor for a refund asked for', () => {
    for (const body of [
      'Thanks for your question. To reset your password, click "Forgot password" on the login page and follow the link we email you.',
      "Thanks for asking about a refund for the annual plan. I've refunded your payment today, and you should see it on your card within five working days.",
    ]) {
      expect(lost(sign(body)), body).toEqual([]);
    }
  });

  it('expects an explanation where a decision was made, and where something went wrong', () => {
    expect(lost(sign("Thanks for your message. Unfortunately we can't extend your trial beyond 30 days. I've added a discount code to your account instead."))).toEqual(['explanation: missing']);
    expect(lost(sign("Thanks for your message. Unfortunately we can't extend your trial beyond 30 days, because every plan has the same trial. I've added a discount code to your account instead."))).toEqual([]);
    const late = review(sign("Thank you for your patience. I'm sorry your parcel is late. I've sent a replacement today.")).checklist;
    expect([late.apology.expected, late.acknowledgement.expected, late.explanation.expected]).toEqual([true, true, true]);
  });

  it('still marks down a boilerplate apology where something went wrong', () => {
    expect(lost(sign('Thank you for your patience. We apologise for any inconvenience. I have sent a replacement today.'))).toContain('apology: the apology does not name what went wrong');
  });

  it('reads the greeting below a heading or a subject line', () => {
    const body = "I'm sorry your order is late. The courier missed the pickup on Monday, so I've sent a replacement that should arrive by Friday.\n\nThank you for your patience.";
    for (const [text, options] of [
      [`# Re: order delay\n\n${sign(body)}`, { format: 'markdown' }],
      [`Subject: Your order\n\n${sign(body)}`, {}],
      [`Re: order delay\n${sign(body)}`, {}],
    ] as const) {
      const { checklist, score } = review(text, options);
      expect(checklist.greeting, text).toMatchObject({ present: true, named: true });
      expect(text.slice(checklist.greeting.range!.start, checklist.greeting.range!.end)).toBe('Hi Grace,');
      expect(score.score, text).toBe(100);
    }
  });

  it('does not take a stand-in for a name or a sign-off', () => {
    const body = "Thank you for your patience. Your replacement was sent today and you'll receive it by Friday.";
    for (const greeting of ['Hi [Customer Name],', 'Dear XXX,', 'Hello <CUSTOMER NAME>,', 'Hi [first name],']) {
      expect(review(sign(body, greeting)).checklist.greeting, greeting).toMatchObject({ present: false, named: false });
      expect(lost(sign(body, greeting))).toContain('greeting: the greeting does not name the customer');
    }
    // A template's placeholder is filled in when the reply is sent: it names the customer.
    expect(review(sign(body, 'Hi {{first_name}},'), { template: true }).checklist.greeting.named).toBe(true);
    for (const signOff of ['XXX', '[Your Name]', '<AGENT NAME>']) {
      expect(review(sign(body, 'Hi Grace,', signOff)).checklist.signOff.present, signOff).toBe(false);
      expect(lost(sign(body, 'Hi Grace,', signOff))).toContain('signOff: missing');
    }
    // A closing with an unfilled name is still a sign-off (the placeholder rule reports the name).
    expect(review(sign(body, 'Hi Grace,', 'Best,\nXXX')).checklist.signOff.present).toBe(true);
  });

  it('expects no next step or invitation of a macro whose body is only a note to the agents', () => {
    const note = review('[No public comment - internal action only]', { template: true });
    expect([note.checklist.nextStep.expected, note.checklist.closingInvitation.expected]).toEqual([false, false]);
    expect(note.messages.map((m) => m.ruleId)).toEqual([]);
    // A body that only starts with brackets is a reply.
    expect(review('[Update] Your order is delayed.', { template: true }).checklist.closingInvitation.expected).toBe(true);
  });

  it('does not judge as a reply a text that speaks to no one: a list of writing tips, a product blurb', () => {
    for (const text of [
      '- Avoid jargon\n- Keep sentences short\n- Offer choices',
      'osTicket is a widely-used open source support ticket system, simple and easy to set up.',
      // A word of feeling in a tip is not sympathy said to anyone.
      '- **Formal:** escalations, sensitive topics\n- **Empathetic:** emotional, stressful, or complex issues\n\nTone should adapt to:\n- customer preference\n- communication channel',
    ]) {
      const { checklist, messages } = review(text);
      expect([checklist.nextStep.expected, checklist.closingInvitation.expected, checklist.thanks.expected], text).toEqual([false, false, false]);
      expect(messages.map((m) => m.ruleId)).not.toContain('require-closing-invitation');
    }
    // A reply without greeting or sign-off still speaks to the customer, or for the writer.
    expect(review("I've refunded the charge.").checklist.closingInvitation.expected).toBe(true);
    expect(review('Your order shipped today.').checklist.closingInvitation.expected).toBe(true);
    expect(review('Sorry about the mix-up. Your order shipped today.').checklist.closingInvitation.expected).toBe(true);
  });

  it('reports an empty reply as empty rather than scoring it', () => {
    for (const text of ['', '   \n\n  ']) {
      const result = review(text);
      expect(result).toMatchObject({ scored: false, score: { notScored: 'the reply is empty' } });
      expect(pointsLost(result.score)).toEqual([]);
    }
  });

  it('lists every point lost, with its reason, and they add up to the score', () => {
    for (const text of [
      'Dear customer,\n\nWe apologise for any inconvenience. You need to wait. Your parcel will arrive tomorrow.\n\nRegards',
      sign('Thanks for writing. Your parcel will arrive tomorrow, guaranteed!'),
      modelReplies.lostOrder.replace('Hi Geraldine,', 'Hi [Customer Name],'),
    ]) {
      const { score } = review(text);
      const lines = pointsLost(score);
      expect(lines.length, text).toBeGreaterThan(0);
      for (const line of lines) expect(line.reason, line.label).toMatch(/\S/u);
      expect(Math.max(0, 100 - lines.reduce((n, l) => n + (l.max - l.points), 0))).toBe(score.score);
    }
  });
});

describe('a greeting after the @mentions of a social reply', () => {
  it.each(['@acme_help @sam_lee Hi Sam, thanks for the photo.', '@acme_help, @sam_lee, Hello Sam! Thanks for the photo.', '  @sam_lee Hey Sam, thanks for the photo.'])('greets by name in "%s"', (text) => {
    expect(review(text, { channel: 'social' }).checklist.greeting.named).toBe(true);
  });

  it.each(['@acme_help @sam_lee Hi there, thanks for the photo.', '@acme_help, @sam_lee, Hello everyone! Thanks for the photo.', '  @sam_lee Hey there, thanks for the photo.'])('does not greet by name in "%s"', (text) => {
    expect(review(text, { channel: 'social' }).checklist.greeting.named).toBe(false);
  });
});

describe('a closing invitation written into the sign-off', () => {
  const signedOff = (signOff: string): string => `Hi Sam,\n\nYour refund has been issued today.\n\n${signOff}\nAna`;
  const closing = (text: string) => review(text, { channel: 'email' }).checklist.closingInvitation;

  it.each([
    ['Best, and any questions just ask'],
    ['Best, any other questions just ask'],
    ["Cheers - we're around"],
    ['Cheers - we’re around'],
    ["Thanks, I'm around if anything"],
    ['Best, and we will share updates'],
    ['Best, and we will share any updates'],
  ])('is found in "%s": the sign-off is the invitation', (signOff) => {
    const text = signedOff(signOff);
    const start = text.indexOf(signOff);
    expect(closing(text)).toEqual({ present: true, expected: true, range: { start, end: text.length } });
  });

  it.each([['Cheers - we are around'], ['Best, any question'], ['Thanks, I am around'], ['Best, we share']])('is not found in "%s"', (signOff) => {
    expect(closing(signedOff(signOff))).toEqual({ present: false, expected: true });
  });
});

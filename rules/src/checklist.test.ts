import { describe, expect, it } from 'vitest';
import { ReplyContext, analyzeChecklist, checklistParts, isComplete, review, settled } from './index.js';
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

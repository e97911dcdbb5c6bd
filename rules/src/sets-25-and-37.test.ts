/**
 * What four sets written for the project (en-batch-25 and -27, ar-batch-37 and -39: hard cases on both sides of each
 * line, and the many ways a reply is negative) showed
 * the reader and the rules did not know, each tested here in words of our own: a verb written open ("factory reset"),
 * a promise to "do better" that holds no deed, "please be assured" read as no step, the customer's words heard with
 * nothing done, two participles of a deed joined by "and", blame by the terms the customer agreed to and "it was your
 * choice", a decision "final" with and without the way past it, a greeting that an emoji ends; and in Arabic a
 * sentence that an emoji ends, the Gulf «هلا» and a signature in Arabic initials or after a dash, "anything else?" in
 * any words, «وبس» opening a step, and a developer's reply that shares its terms. And from the second pair: a team's
 * signature, a judgement of what was done, a door held open with "shout", a message sent as where the customer was
 * told, a stop after a hyphenated word, a section by its number, the need named first as what a line is for, someone
 * else blamed; in Arabic "anything else?" at the end of a run-on chat, the Maghrebi «سمحلينا», a spoken threat to the
 * account, and where the lecture says it was said before. And from the third pair (en-batch-29, ar-batch-41): "anything
 * else?" in a few words, the purpose said first before an order made light of, "the usual spot", steps run together
 * with arrows; in Arabic the Levantine «ما منقدر», and "as we told you" opening a restated step.
 */
import { describe, expect, it } from 'vitest';
import { report } from '../test/helpers.js';
import { readReply } from './index.js';

const social = (id: string, body: string, language: 'en' | 'ar' = 'en') => report(id, `@kim ${body} ^AB`, { channel: 'social', language });
const chat = (id: string, body: string, language: 'en' | 'ar' = 'en') => report(id, body, { channel: 'chat', language });
const email = (id: string, body: string) => report(id, `Hi Sam,\n\n${body}\n\nBest,\nJo`, { channel: 'email' });
const actsOf = (body: string, language: 'en' | 'ar' = 'en') => readReply(`@kim ${body}`, { channel: 'social', language }).body.map((s) => s.reading.acts);
const readAr = (text: string) => readReply(text, { channel: 'chat', language: 'ar' }).sentences.map((s) => [s.sentence.text, s.act]);

describe('the English reader: verbs written open', () => {
  it('reads "factory reset", "power cycle" and "long press" as the verb that opens a step', () => {
    expect(actsOf('Just factory reset the hub with a pin.')[0]).toEqual(['step']);
    expect(actsOf('Please power cycle the router.')[0]).toEqual(['step']);
    expect(actsOf('Long press the side button.')[0]).toEqual(['step']);
    // The same words as a noun stay one: a deed, news.
    expect(actsOf('The factory reset cleared it.')[0]).not.toContain('step');
    expect(actsOf('A hard reset is rarely needed.')[0]).not.toContain('step');
  });

  it('reports the step made light of with its first word, as it does with any verb', () => {
    expect(social('no-unclear-instructions', 'Just factory reset the hub.')).toEqual(['1:6-1:24 no-unclear-instructions "Just factory reset"']);
  });
});

describe('require-next-step: words that hold no deed', () => {
  const id = 'require-next-step';

  it('reports an apology followed only by a promise to do better', () => {
    expect(social(id, "Sorry your curry turned up cold. That's not the standard we aim for and we'll do better 🙏")).toEqual(['1:6-1:38 require-next-step "Sorry your curry turned up cold."']);
    expect(social(id, "Sorry your curry turned up cold. We'll do better: I've refunded the order.")).toEqual([]);
  });

  it('reads "please be assured" as no step, and the customer\'s words heard as no deed', () => {
    expect(email(id, "I'm sorry the building work kept you awake. Please be assured your comments have been heard. Should you need anything further, you're welcome to contact me.")).toEqual(['3:1-3:44 require-next-step "I\'m sorry the building work kept you awake."']);
    expect(actsOf("We've taken your feedback on board.")[0]).not.toContain('action');
    // A deed done with them is one: "… and passed to the manager".
    expect(actsOf('Your comments have been heard and passed to the hotel manager.')[0]).toContain('action');
    expect(email(id, "I'm sorry the building work kept you awake. Your comments have been heard and passed to the hotel manager.")).toEqual([]);
  });
});

describe('no-negative-phrasing: terms and decisions held up to the customer', () => {
  const id = 'no-negative-phrasing';

  it('reports the terms the customer agreed to and a choice that was theirs', () => {
    expect(social(id, 'You agreed to the Code of Conduct when you signed up.')).toEqual(['1:6-1:39 no-negative-phrasing "You agreed to the Code of Conduct"']);
    expect(social(id, 'Cheating was your choice.')).toEqual(['1:6-1:30 no-negative-phrasing "Cheating was your choice"']);
    // A choice still open is the customer's to make: no blame in it.
    expect(social(id, 'It is your choice whether to keep the plan.')).toEqual([]);
  });

  it('reports a decision said to be final, unless the way past it follows in the sentence', () => {
    expect(social(id, 'Bans are final.')).toEqual(['1:6-1:20 no-negative-phrasing "Bans are final"']);
    expect(social(id, 'All sales are final, but you can exchange it within 30 days.')).toEqual([]);
  });
});

describe('the greeting an emoji ends', () => {
  it('reads what follows the emoji on the greeting line as the body', () => {
    expect(chat('no-tone-mismatch', 'Hi Sam 👋 Sorry for the delay! The driver is 5 minutes away 💯')).toEqual(['1:60-1:63 no-tone-mismatch " 💯" → ""']);
    expect(readReply('Hi Sam 👋 Sorry for the delay!', { channel: 'chat' }).body.map((s) => s.act)).toEqual(['apology']);
    expect(readReply('Hi Sam 👋', { channel: 'chat' }).sentences.map((s) => s.act)).toEqual(['greeting']);
  });
});

describe('the Arabic reader: chats and tweets as they are written', () => {
  it('ends a sentence at an emoji an Arabic word follows', () => {
    expect(readAr('هلا والله 🌷 كلمتهم الحين بخصوص شحنتك')).toEqual([['هلا والله 🌷', 'greeting'], ['كلمتهم الحين بخصوص شحنتك', 'news']]);
  });

  it('reads the Gulf «هلا» as a greeting, and Arabic initials or a name after a dash as the signature', () => {
    expect(readAr('@sara_m92 هلا وغلا. تم استرجاع المبلغ لحسابك. ^ه.ع')).toEqual([['@sara_m92', 'greeting'], ['هلا وغلا.', 'greeting'], ['تم استرجاع المبلغ لحسابك.', 'action'], ['^ه.ع', 'sign-off']]);
    expect(readAr('أهلين يا سارة، تم استرجاع المبلغ لحسابك.\n- ريم')).toEqual([['أهلين يا سارة،', 'greeting'], ['تم استرجاع المبلغ لحسابك.', 'action'], ['- ريم', 'sign-off']]);
  });

  it('reads "anything else?" in any words as the door held open, not a question that moves the case', () => {
    expect(chat('require-next-step', 'للأسف هذي رسوم المطار 🤷‍♂️ نتفهم انزعاجك، تبي شي ثاني؟', 'ar')).toEqual(['1:29-1:56 require-next-step "نتفهم انزعاجك، تبي شي ثاني؟"']);
    expect(readAr('تحتاج أي خدمة أخرى؟').map(([, act]) => act)).toEqual(['invitation']);
    expect(chat('require-next-step', 'نتفهم انزعاجك، رجعنا لك المبلغ. تبي شي ثاني؟', 'ar')).toEqual([]);
  });

  it('reports «بس» opening a step with «و» written onto it', () => {
    expect(chat('no-unclear-instructions', 'تم استرجاع المبلغ. وبس افتح الأبلكيشن هتلاقيها قدامك', 'ar')).toEqual(['1:21-1:23 no-unclear-instructions "بس"']);
  });

  it('leaves the terms of a reply to a developer alone, and reports them to a lay customer', () => {
    expect(chat('no-unclear-instructions', 'مرحبًا، الخطأ 401 يظهر لأن الـ signing secret تغيّر. حدّث قيمة WEBHOOK_SECRET في الـ env عندك، وبعدها اعمل redeploy.', 'ar')).toEqual([]);
    expect(chat('no-unclear-instructions', 'مرحبًا، الخطأ يظهر لأن الـ signing secret تغيّر. حدّث قيمة الـ secret في الـ dashboard عندك، وبعدها اعمل redeploy.', 'ar')).toEqual([
      '1:64-1:70 no-unclear-instructions "secret"',
      '1:78-1:87 no-unclear-instructions "dashboard"',
    ]);
  });
});

describe('the second pair of sets: English', () => {
  it("reads a team's signature as the sign-off, not a step", () => {
    expect(report('require-next-step', "@kim Frustrating, we know. Points haven't come through tonight as the data feed dropped out. Appreciate you sticking with it. -Team Dugout", { channel: 'social' })).toEqual([
      '1:6-1:27 require-next-step "Frustrating, we know."',
    ]);
  });

  it('reads "shout if there\'s anything more" as the door held open, not a next step', () => {
    expect(social('require-next-step', "Sorry! Shout if there's anything more we can do.")).toEqual(['1:6-1:12 require-next-step "Sorry!"']);
    expect(actsOf("Shout if there's anything more we can do.")[0]).toEqual(['invitation']);
  });

  it('reads a judgement of what someone did, and the message where the customer was told, as no deed', () => {
    expect(social('no-negative-phrasing', "Sorry to hear that. Refunds can't be given without proof of purchase. The colleague at the desk was right to turn it down.")).toEqual([
      '1:26-1:75 no-negative-phrasing "Refunds can\'t be given without proof of purchase."',
    ]);
    expect(actsOf('The colleague at the desk was right to turn it down.')[0]).not.toContain('action');
    expect(chat('require-next-step', 'sorry, the price went up on the 1st because our supplier raised their costs, as we explained in the email we sent you last month')).toEqual([
      '1:1-1:129 require-next-step "sorry, the price went up on the 1st because our supplier raised their costs, as we explained in the email we sent you last month"',
    ]);
  });

  it('ends a sentence at a stop after a hyphenated word, and reads a section by its number as no step', () => {
    expect(chat('no-negative-phrasing', "i understand it's frustrating, but as per our terms and conditions (section 4.2) sale items are non-refundable. is there anything else I can help with?")).toEqual([
      '1:36-1:67 no-negative-phrasing "as per our terms and conditions"',
    ]);
    expect(readReply('sale items are non-refundable. is there anything else?', { channel: 'chat' }).body.length).toBe(2);
    expect(actsOf('As per section 4.2 of our terms, sale items are final.')[0]).not.toContain('step');
  });

  it('reads the need named first, and "Questions before then?", as an invitation', () => {
    expect(report('require-closing-invitation', 'Dear Mr Kowalski,\n\nYour application is on hold until the original documents arrive. For questions about your application, you can call the advice line on 0300 222 0000.\n\nYours sincerely,\nThe Passport Team', { channel: 'email' })).toEqual([]);
    expect(report('require-closing-invitation', 'Hi Sam,\n\nYour switch is under way. Questions before then? Hit reply and our team will gladly help.\n\nThe Greenbay Team', { channel: 'email' })).toEqual([]);
  });

  it('reports the problem put on someone else, unless the writer did something about it', () => {
    expect(social('no-negative-phrasing', "Delivery times are down to the restaurant and the rider, so that one's not on us I'm afraid.")).toEqual([
      '1:21-1:47 no-negative-phrasing "are down to the restaurant"',
      '1:66-1:86 no-negative-phrasing "that one\'s not on us"',
    ]);
    expect(social('no-negative-phrasing', "The delay was down to the courier, and I've asked them to prioritise it.")).toEqual([]);
  });

  it('leaves "the link in our bio" alone: it points somewhere', () => {
    expect(social('no-unclear-instructions', 'Please book through the link in our bio.')).toEqual([]);
    expect(social('no-unclear-instructions', 'Please book through the link.')).toEqual(['1:26-1:34 no-unclear-instructions "the link"']);
  });
});

describe('the second pair of sets: Arabic', () => {
  it('reads "anything else?" at the end of a chat run on without stops as the door held open', () => {
    expect(chat('require-next-step', 'معليش على التأخير 🙏 نعتذر منك جدًا، ونتفهم زعلك خصوصًا ان الطلب كان للعشا أي خدمة ثانية أقدر أساعدك فيها؟', 'ar')).toEqual([
      '1:1-1:21 require-next-step "معليش على التأخير 🙏"',
    ]);
  });

  it('reads the Maghrebi «سمحلينا» as an apology, not a deed of the writers', () => {
    expect(chat('require-next-step', 'سمحلينا بزاف على هاد المشكل 😔 كاين شي حاجة أخرى نعاونك فيها؟', 'ar')).toEqual(['1:1-1:31 require-next-step "سمحلينا بزاف على هاد المشكل 😔"']);
    expect(readAr('سمحلينا بزاف على هاد المشكل.').map(([, act]) => act)).toEqual(['apology']);
  });

  it('reports a spoken threat to the account in a condition, and where the lecture says it was said', () => {
    expect(chat('no-negative-phrasing', 'نعتذر عن الإزعاج، وإذا تكرر استخدام برامج الغش بينحظر حسابك نهائيًا.', 'ar')).toEqual(['1:48-1:54 no-negative-phrasing "بينحظر"']);
    expect(report('no-negative-phrasing', 'مرحبا سامي،\n\nوكما ذكرنا في ردّنا السابق، فإن الحجز غير قابل للإلغاء. يمكنك تغيير التاريخ من التطبيق.\n\nمع التحية،\nسارة', { channel: 'email', language: 'ar' })).toEqual([
      '3:2-3:27 no-negative-phrasing "كما ذكرنا في ردّنا السابق"',
    ]);
  });
});

describe('the third pair of sets', () => {
  it('reads "Anything else while I\'ve got you?" as the door held open', () => {
    expect(chat('require-next-step', "Oh no, I'm really sorry 😞 We hear you. Anything else while I've got you?")).toEqual(['1:1-1:27 require-next-step "Oh no, I\'m really sorry 😞"']);
  });

  it('reads an order made light of after a purpose said first without its comma', () => {
    expect(social('no-unclear-instructions', 'For a refund on an unused ticket just pop the form in from the usual spot with your ticket.')).toEqual([
      '1:39-1:47 no-unclear-instructions "just pop" → "pop"',
      '1:65-1:79 no-unclear-instructions "the usual spot"',
    ]);
    expect(chat('no-unclear-instructions', "You're in the window, so to send it back just head to the returns page and do it the same way as last time.")).toEqual([
      '1:42-1:51 no-unclear-instructions "just head"',
      '1:82-1:107 no-unclear-instructions "the same way as last time"',
    ]);
    // A subject after the purpose makes it a statement: "For a refund you just need the receipt."
    expect(actsOf('For a refund you just need the receipt.')[0]).not.toContain('step');
  });

  it('reports four steps or more run together with arrows, not a path through the app', () => {
    expect(social('no-unclear-instructions', 'Try this: clear cache > sign out > power cycle the box > re-add your profile.')).toEqual([
      '1:6-1:83 no-unclear-instructions "Try this: clear cache > sign out > power cycle the box > re-add your profile."',
    ]);
    expect(social('no-unclear-instructions', 'Open the app > tap Account > choose Billing.')).toEqual([]);
    expect(social('no-unclear-instructions', 'Go to Settings > Privacy > Location Services > Apps and turn it on.')).toEqual([]);
  });

  it('reads a door held open with a help page as more help offered, and one with a way to reach people as a way on', () => {
    expect(actsOf('Our help centre is here if you need it: https://example.com/help')[0]).toContain('invitation');
    expect(social('require-next-step', "I'm sorry for the frustration! If you'd like you can reach us by phone or chat here: https://example.com/contact")).toEqual([]);
  });

  it('reports the Levantine «ما منقدر» with nothing offered', () => {
    expect(social('no-negative-phrasing', 'منعتذر منك 🙏 بس المواعيد محجوزة بالكامل وما منقدر نعمل شي.', 'ar')).toEqual(['1:48-1:56 no-negative-phrasing "ما منقدر"']);
  });

  it('leaves "as we told you" alone where it opens a sentence that restates the step', () => {
    expect(social('no-unclear-instructions', 'متل ما قلنالك بالرد الماضي، لازم تحدّث التطبيق لآخر نسخة.', 'ar')).toEqual([]);
    expect(social('no-unclear-instructions', 'اسقيها متل ما قلتلك.', 'ar')).toEqual(['1:13-1:25 no-unclear-instructions "متل ما قلتلك"']);
  });

  it('leaves what the company has ready at its own desk, and still reports what another counter will have ready', () => {
    expect(chat('no-overpromise', "I've moved you to room 412 at no extra cost. Your key cards will be ready at the front desk from 3pm.")).toEqual([]);
    expect(chat('no-overpromise', 'Your parcel will be ready at the post office from 3pm.')).toEqual(['1:13-1:26 no-overpromise "will be ready" → "should be ready"']);
  });
});

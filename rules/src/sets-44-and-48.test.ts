/**
 * What two more sets written for the project (en-batch-44, the everyday forms of negative and unclear; ar-batch-48, the
 * hard cases of unclear and next step in Arabic) showed the readers did not know, each tested in words of our own: "you
 * haven't" inside a relative clause describes a thing ("pick one you haven't used before"); hindsight in other words than
 * "you should have" ("you'd need to have told us"); in Arabic the next departure and a time on the clock, an HTTP status
 * named as a developer names it, "out of our hands" in its spoken forms, «كان من المفترض أن» with the customer's verb,
 * the writers' spoken «بـ» future of more verbs, and a request to read the terms "before any future claim".
 */
import { describe, expect, it } from 'vitest';
import { report } from '../test/helpers.js';
import { readReply } from './index.js';
import type { Channel } from './types.js';

const chat = (id: string, body: string) => report(id, body, { channel: 'chat' });
const arabic = (id: string, body: string, channel: Channel = 'chat') => report(id, body, { channel, language: 'ar' });
const actsAr = (sentence: string) => readReply(sentence, { channel: 'chat', language: 'ar' }).body[0]!.reading.acts;

describe('English: blame, and what is not blame', () => {
  it('reads "you haven\'t" in a relative clause as no blame', () => {
    expect(chat('no-negative-phrasing', "Go to Security, choose Change password and pick one you haven't used before.")).toEqual([]);
    expect(chat('no-negative-phrasing', "Choose a password you haven't used on any other site.")).toEqual([]);
    // The customer's missing deed is still blame.
    expect(chat('no-negative-phrasing', "It looks like you haven't provided the order number.")).toEqual(['1:15-1:26 no-negative-phrasing "you haven\'t"']);
  });

  it('reads hindsight in other words as blame for what already happened', () => {
    expect(chat('no-negative-phrasing', "You'd need to have told us about your trip before you travelled.")).toEqual(['1:1-1:19 no-negative-phrasing "You\'d need to have"']);
    expect(chat('no-negative-phrasing', 'You were supposed to have sent the form by Friday.')).toEqual(['1:1-1:26 no-negative-phrasing "You were supposed to have"']);
    // Possession, and what the customer was to receive, are no deed of theirs.
    expect(chat('no-negative-phrasing', 'You would need to have a Premium plan for that, which I can set up now.')).toEqual([]);
    expect(chat('no-negative-phrasing', 'You were supposed to have received it by now, so I have sent a replacement.')).toEqual([]);
  });
});

describe('Arabic: what comes next', () => {
  it('reads the next departure, at a time on the clock, as what happens next', () => {
    expect(actsAr('القطار التالي سينطلق في تمام 7:40.')).toContain('next-info');
    expect(arabic('require-next-step', 'نعتذر عن إلغاء رحلة 7:10. القطار التالي سينطلق في تمام 7:40.', 'social')).toEqual([]);
  });

  it('reads the writers\' spoken «بـ» future of a deed as a commitment, which answers a limit before it', () => {
    expect(actsAr('وبنراجع الخصم خلال اليوم.')).toContain('commitment');
    expect(actsAr('بنكك ما يسمح بهذا.')).not.toContain('commitment');
    expect(arabic('no-negative-phrasing', 'حرصًا على خصوصيتك ما نقدر نناقش تفاصيل حسابك هنا. أرسلي لنا رسالة خاصة برقم الجوال المسجّل وبنراجع الخصم خلال اليوم.', 'social')).toEqual([]);
  });
});

describe('Arabic: "can" is no thanks, and the house\'s own hours are no promise', () => {
  it('reads the spoken «نقدر» of "can" as no «نقدّر» of thanks', () => {
    expect(actsAr('حرصًا على خصوصيتك ما نقدر نناقش تفاصيل حسابك هنا.')).not.toContain('thanks');
    expect(actsAr('أقدر أساعدك في هذا.')).not.toContain('thanks');
    expect(actsAr('نقدّر تواصلك معنا.')).toContain('thanks');
    expect(actsAr('نقدر صبرك وتفهمك.')).toContain('thanks');
  });

  it('reads a time the house\'s rules set as the rule, not a promise', () => {
    expect(arabic('no-overpromise', 'ما نقدر نعطيك خروج متأخر، هذا نظام الفندق، والخروج الساعة 12 الظهر بالضبط.')).toEqual([]);
    expect(arabic('no-overpromise', 'والطرد عندك الساعة 12 الظهر بالضبط.')).toHaveLength(1);
  });
});

describe('Arabic: blame, lessons and disowning', () => {
  it('reports "out of our hands" in its spoken forms', () => {
    expect(arabic('no-negative-phrasing', 'معلش يا باشا، السيرفرات عليها ضغط والموضوع خارج عن إيدينا.', 'social')).toEqual(['1:44-1:58 no-negative-phrasing "خارج عن إيدينا"']);
  });

  it('reports «كان من المفترض أن» with the customer\'s verb, not with what should have come', () => {
    expect(arabic('no-negative-phrasing', 'كان من المفترض أن تقدّم بلاغ الأمتعة قبل مغادرتك المطار.')).toEqual(['1:1-1:18 no-negative-phrasing "كان من المفترض أن"']);
    expect(arabic('no-negative-phrasing', 'كان من المفترض أن تصل الشحنة أمس، ونعتذر عن ذلك.')).toEqual([]);
    expect(arabic('no-negative-phrasing', 'كان من المفترض أن يصلك الرد أمس.')).toEqual([]);
  });

  it('reports a request to read the terms for next time, not a page to read for the case now', () => {
    expect(arabic('no-negative-phrasing', 'يُرجى الاطلاع على شروط الوثيقة جيدًا قبل تقديم أي مطالبات مستقبلًا.')).toEqual(['1:1-1:18 no-negative-phrasing "يُرجى الاطلاع على"']);
    expect(arabic('no-negative-phrasing', 'يرجى الاطلاع على الرابط التالي لمعرفة الخطوات.')).toEqual([]);
  });
});

describe('Arabic: a developer reader', () => {
  it('takes an HTTP status named as a developer names it for a sign of one, so the terms of the trade are no jargon', () => {
    const reply = '@dev_omar أهلين عمر، الـ 401 سببه انتهاء صلاحية الـ access token. جدّد الـ API key من Settings › API Keys، والتفاصيل في الـ changelog: https://docs.example.dev/changelog ^SK';
    expect(arabic('no-unclear-instructions', reply, 'social')).toEqual([]);
    // To a shop owner with no such sign, the same terms are jargon.
    expect(arabic('no-unclear-instructions', 'أهلين، جدّد الـ API key من الإعدادات وبعدين اعمل re-auth للـ OAuth token.')).not.toEqual([]);
  });
});

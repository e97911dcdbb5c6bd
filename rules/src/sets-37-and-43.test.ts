/**
 * What two more sets written for the project (en-batch-37, the hard cases of invitation and next step, and
 * ar-batch-43, an ordinary working day in Arabic) showed the readers did not know, each tested in words of our own: a
 * verb before "off" ("the hold drops off"), the customer's own thing carried to "and will …" after a greeting, a noun
 * before a singular noun and its "is" as a subject ("storm damage is …"), the writer's side named refusing ("this
 * office cannot …"), a check-in on what was arranged and a direct line offered on a wish; in Arabic a booking
 * "confirmed" as its state, the Levantine «بالعادة», «مخالفة» as a fine unless it breaks something, money released back
 * to a balance and a fine taken off a record, and the Maghrebi «دير غير». And from en-batch-39/40 and ar-batch-45 (the
 * problems in their mild, everyday forms): a burden after "for security reasons", "it's our policy not to", "just hit the
 * button", the customer's money named without "your", a date for what reaches the customer, "need a hand with anything
 * else?", a charge taken as no way forward; in Arabic the company's "law" held up, «كما هو موضح في», the Maghrebi
 * "we guarantee it won't happen again" and a fault said to be fixed. And from en-batch-41/42 (the hard cases of negative,
 * and of overpromise and next step in chat and social): the team said to stay available, help offered on any part of
 * what was said, a bare noun and "will" opening a clause, "MUST" after a subject and "READ" opening a sentence, a fault
 * denied of a named thing, word from someone else by a time, "we're happy to help" as no deed, a bare address as a link,
 * a developer's codes, a feeling guessed with "you must be", and "is there something else I can look at?". And from
 * ar-batch-46/47: the Maghrebi «غير» with a verb of the step, compliance asked for and the rules held up as plain,
 * and «ماشي غلطتنا».
 */
import { describe, expect, it } from 'vitest';
import { report } from '../test/helpers.js';
import { readReply } from './index.js';

const social = (id: string, body: string) => report(id, body, { channel: 'social' });
const chat = (id: string, body: string) => report(id, body, { channel: 'chat' });
const email = (id: string, body: string) => report(id, `Hi Sam,\n\n${body}\n\nBest,\nJo`, { channel: 'email' });
const arabic = (id: string, body: string) => report(id, body, { channel: 'chat', language: 'ar' });
const actsOf = (body: string) => readReply(body, { channel: 'chat' }).body.map((s) => s.reading.acts);

describe('the English reader', () => {
  it('reads "the hold drops off …" as what happens next', () => {
    expect(actsOf('The first hold drops off automatically, usually within 3-5 working days.')[0]).toContain('next-info');
    expect(chat('require-next-step', 'Sorry for the mix-up! You will not be charged twice, the first hold drops off automatically, usually within 3-5 working days.')).toEqual([]);
  });

  it('carries the customer\'s own thing to "and will …" after a greeting', () => {
    expect(social('no-overpromise', 'Great news Ana, your parcel left our depot this morning and will be with you by 5pm today.')).toEqual(['1:61-1:84 no-overpromise "will be with you by 5pm" → "should be with you by 5pm"']);
  });

  it('reads a noun before a singular noun and its "is" as the subject, not an order', () => {
    expect(actsOf('Weather disruption is outside our control.')[0]).not.toContain('step');
    expect(social('require-next-step', 'Sorry about the cancelled ferry, Ana, but storm damage is outside our control and is not covered.')).toHaveLength(1);
    // Orders about a fact stay orders.
    expect(actsOf('Make sure everything is plugged in.')[0]).toEqual(['step']);
    expect(actsOf('Ensure power is connected.')[0]).toEqual(['step']);
  });

  it('reads the writer\'s side named as refusing', () => {
    expect(actsOf('This office cannot discuss the progress of applications by email.')[0]).toContain('refusal');
    expect(email('no-negative-phrasing', 'Thank you for your message. Regrettably, this office cannot discuss individual applications by email. Should you have further queries, you are welcome to contact this office.')).toEqual([
      '3:29-3:102 no-negative-phrasing "Regrettably, this office cannot discuss individual applications by email."',
    ]);
  });

  it('reads a check-in on what was arranged and a direct line offered on a wish as invitations', () => {
    expect(email('require-closing-invitation', 'I have moved your appointment to Friday at 9:00. Does that time still work for you?')).toEqual([]);
    expect(email('require-closing-invitation', 'I will call you tomorrow before noon. My direct line is 0161 496 0000 if you would like to reach me sooner.')).toEqual([]);
    // A number with no wish of the customer's is what happens next, not the door.
    expect(actsOf('My direct line is 0161 496 0000.')[0]).not.toContain('invitation');
  });
});

describe('the Arabic reader', () => {
  it('reads a booking said to be confirmed as its state, not as a word sworn', () => {
    expect(arabic('no-overpromise', 'أهلًا منى، حجزك في الغرفة المطلة على البحر من 3 إلى 6 مايو مؤكد، وسأتصل بك غدًا لترتيب الاستقبال.')).toEqual([]);
    expect(arabic('no-overpromise', 'لا تشيل هم، المخالفة بتنشال من ملفك خلال يومين أكيد.')).toEqual(['1:48-1:52 no-overpromise "أكيد"']);
  });

  it('reads the Levantine «بالعادة» as a hedge', () => {
    expect(arabic('no-overpromise', 'الطلب طلع من المستودع اليوم، بالعادة بيوصل خلال يومين لتلاتة.')).toEqual([]);
  });

  it('reads money released back to a balance as what others deliver', () => {
    expect(arabic('no-overpromise', 'تواصلنا مع التاجر، وسيُفرج عن المبلغ ويعود إلى رصيدك خلال يومين.')).toEqual(['1:54-1:58 no-overpromise "خلال"']);
  });

  it('reads «مخالفة» as a rule broken only with what it breaks', () => {
    expect(arabic('no-negative-phrasing', 'هذا الاستخدام يعتبر مخالفة لشروط الخدمة.')).toEqual(['1:21-1:33 no-negative-phrasing "مخالفة لشروط"']);
    expect(readReply('المخالفة اتسجلت على السيارة يوم الخميس.', { channel: 'chat', language: 'ar' }).body[0]!.reading.acts).not.toContain('rule');
  });

  it('reports the Maghrebi "just do …"', () => {
    expect(arabic('no-unclear-instructions', 'دير غير هاديك وصافي.')).toEqual(['1:1-1:8 no-unclear-instructions "دير غير"']);
  });
});

describe('en-batch-39/40: the mild, everyday forms', () => {
  it('reports a burden after a reason said first, and a policy given as the reason', () => {
    expect(chat('no-negative-phrasing', 'For security reasons you will need to visit a branch with photo ID to change your address. Anything else I can sort for you today?')).toEqual([
      '1:22-1:38 no-negative-phrasing "you will need to" → "please"',
    ]);
    expect(social('no-negative-phrasing', 'Hi Rachel, for security reasons it is our policy not to discuss accounts here. We are here for anything else you need.')).toEqual([
      '1:33-1:56 no-negative-phrasing "it is our policy not to"',
    ]);
  });

  it('reports "just hit the button …", not "just hit reply"', () => {
    expect(social('no-unclear-instructions', 'You can sort this yourself in seconds, just hit the button on the order page.')).toEqual(['1:40-1:48 no-unclear-instructions "just hit" → "hit"']);
    expect(social('no-unclear-instructions', 'If anything else comes up, just hit reply.')).toEqual([]);
  });

  it('reads the customer\'s money named without "your", and a date for what reaches them', () => {
    expect(social('no-overpromise', 'Hi Alex, the £200 deposit has been released on our end and will be in your account by Thursday.')).toEqual(['1:60-1:95 no-overpromise "will be in your account by Thursday" → "should be in your account by Thursday"']);
    expect(chat('no-overpromise', 'Your refund has been approved and the £96 will be in your bank account on 28 March.')).toEqual(['1:43-1:83 no-overpromise "will be in your bank account on 28 March" → "should be in your bank account on 28 March"']);
    // The company's own calendar is no promise of others'.
    expect(chat('no-overpromise', 'Your final payment will be taken on 1 April.')).toEqual([]);
  });

  it('reads "Need a hand with anything else today?" as more help offered, not a next step', () => {
    expect(chat('require-next-step', 'Oh no, I am really sorry the broadband has been dropping out all evening. That must be so frustrating. Need a hand with anything else today?')).toEqual([
      '1:1-1:74 require-next-step "Oh no, I am really sorry the broadband has been dropping out all evening."',
    ]);
  });

  it('reads a charge taken as the cost of a no, not a way past it', () => {
    expect(email('no-negative-phrasing', 'Thank you for your email. We are unable to refund the missed appointment. Appointments cancelled with less than 24 hours notice are charged in full. The charge of £45 will be taken from the card on file on 10 October.')).toEqual([
      '3:27-3:43 no-negative-phrasing "We are unable to"',
    ]);
  });
});

describe('ar-batch-45: the mild, everyday forms in Arabic', () => {
  it('reports the company\'s "law" held up and where the customer should have read it', () => {
    expect(arabic('no-negative-phrasing', 'مرحبا السي يونس، حسب القانون ديال الشركة، التذكرة ما كتبدلش وما كتسترجعش. شي حاجة أخرى نقدر نعاونك فيها؟')).toEqual([
      '1:18-1:34 no-negative-phrasing "حسب القانون ديال"',
    ]);
    expect(report('no-negative-phrasing', 'كما هو موضح في صفحة الخدمة، يجب إرفاق صورة الهوية.', { channel: 'social', language: 'ar' })).toEqual(['1:1-1:15 no-negative-phrasing "كما هو موضح في"']);
  });

  it('reports the Maghrebi "it won\'t happen again", and reads a fault fixed as a deed', () => {
    expect(report('no-overpromise', 'سمح لينا على التأخير 🙏 الخلل التقني تصلح، ونضمنو ليك بلي ما غاديش يتعاود.', { channel: 'social', language: 'ar' })).toEqual([
      '1:59-1:74 no-overpromise "ما غاديش يتعاود"',
    ]);
    expect(report('require-next-step', 'سمح لينا على التأخير 🙏 الخلل التقني تصلح.', { channel: 'social', language: 'ar' })).toEqual([]);
  });
});

describe('en-batch-41/42', () => {
  it('reads the team said to stay available, and help offered on any part, as invitations', () => {
    expect(email('require-closing-invitation', 'I have closed the claim. Our team remains available by phone or email for any other matter.')).toEqual([]);
    expect(email('require-closing-invitation', 'You need to return the car by 18:00 on Friday. Happy to clarify any part of this by return.')).toEqual([]);
  });

  it('reads a bare noun and "will" as opening a clause, and word from someone else by a time as a promise', () => {
    expect(social('no-overpromise', 'Engineers are on site now and power will be back on in your street by 3pm.')).toEqual(['1:37-1:74 no-overpromise "will be back on in your street by 3pm" → "should be back on in your street by 3pm"']);
    expect(chat('no-overpromise', 'Thanks for the photos. You will hear from the assessor by Wednesday.')).toEqual(['1:28-1:68 no-overpromise "will hear from the assessor by Wednesday" → "should hear from the assessor by Wednesday"']);
    expect(chat('no-overpromise', 'Thanks for the photos. You will hear from us by Wednesday.')).toEqual([]);
  });

  it('reports "MUST" after a subject, "READ" opening a sentence, and a fault denied of a named thing', () => {
    expect(social('no-negative-phrasing', 'Your renewal MUST be submitted before the expiry date.')).toEqual(['1:14-1:18 no-negative-phrasing "MUST" → "must"']);
    expect(social('no-negative-phrasing', 'Passport applications are not handled here. READ the guidance on our website before posting.')).toEqual(['1:45-1:49 no-negative-phrasing "READ" → "Read"']);
    expect(social('no-negative-phrasing', 'That damage charge is not our fault, it is the franchise who decides.')).toEqual(['1:20-1:36 no-negative-phrasing "is not our fault"']);
  });

  it('reads "we\'re happy to help", "can I do anything else?" and a feeling guessed as no next step', () => {
    expect(email('require-next-step', 'I am very sorry you waited over an hour past your appointment. Should you have further questions, we are happy to help.')).toEqual([
      '3:1-3:63 require-next-step "I am very sorry you waited over an hour past your appointment."',
    ]);
    expect(chat('require-next-step', 'I am so sorry your flight was cancelled. I completely understand how frustrated you must be. Can I do anything else for you today?')).toEqual([
      '1:1-1:41 require-next-step "I am so sorry your flight was cancelled."',
    ]);
    expect(chat('no-negative-phrasing', 'You must be so frustrated.')).toEqual([]);
    expect(chat('no-negative-phrasing', 'You must return the item within 14 days.')).toHaveLength(1);
  });

  it('reads "is there something else I can look at?" as the door, not a way past a no', () => {
    expect(chat('no-negative-phrasing', 'I have checked and we cannot unlock the handset while there is still a balance on the account. That is the policy for all pay-monthly phones. Is there something else I can look at for you?')).toEqual([
      '1:20-1:29 no-negative-phrasing "we cannot"',
    ]);
  });

  it('reads a bare address with its path as a link, and a developer\'s codes as a technical reader', () => {
    expect(email('no-unclear-instructions', 'You can order it through this link: shop.example.com/reserve/88213.')).toEqual([]);
    expect(email('no-unclear-instructions', 'The 429s on /v2/payments are the per-key rate limit. Switch to the payment.updated webhook and add exponential backoff on retries.')).toEqual([]);
  });
});

describe('ar-batch-46/47', () => {
  it('reports the Maghrebi «غير» with a verb of the step, not «غير» as "other"', () => {
    expect(arabic('no-unclear-instructions', 'سمحلي خويا على هاد المشكل 🙏 غير حيّد التطبيق وعاود ركّبو.')).toEqual(['1:30-1:38 no-unclear-instructions "غير حيّد"']);
    expect(arabic('no-unclear-instructions', 'عندنا قياسات غير هذي في المحل.')).toEqual([]);
  });

  it('reports compliance asked for, the rules held up as plain, and the fault disowned', () => {
    expect(report('no-negative-phrasing', 'المواعيد تُحجز عن طريق التطبيق فقط، نرجو الالتزام بالتعليمات.', { channel: 'social', language: 'ar' })).toEqual([
      '1:37-1:61 no-negative-phrasing "نرجو الالتزام بالتعليمات"',
    ]);
    expect(report('no-negative-phrasing', 'الباند نهائي. قوانين اللعبة واضحة ومكتوبة للكل.', { channel: 'social', language: 'ar' })).toEqual(['1:15-1:34 no-negative-phrasing "قوانين اللعبة واضحة"']);
    expect(arabic('no-negative-phrasing', 'سمح لينا بزاف على انقطاع الما 😔 ولكن هادشي ماشي غلطتنا.')).toEqual(['1:45-1:56 no-negative-phrasing "ماشي غلطتنا"']);
  });
});

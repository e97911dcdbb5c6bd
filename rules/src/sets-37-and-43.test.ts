/**
 * What two more sets written for the project (en-batch-37, the hard cases of invitation and next step, and
 * ar-batch-43, an ordinary working day in Arabic) showed the readers did not know, each tested in words of our own: a
 * verb before "off" ("the hold drops off"), the customer's own thing carried to "and will …" after a greeting, a noun
 * before a singular noun and its "is" as a subject ("storm damage is …"), the writer's side named refusing ("this
 * office cannot …"), a check-in on what was arranged and a direct line offered on a wish; in Arabic a booking
 * "confirmed" as its state, the Levantine «بالعادة», «مخالفة» as a fine unless it breaks something, money released back
 * to a balance and a fine taken off a record, and the Maghrebi «دير غير».
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
    expect(social('no-overpromise', 'Great news Ana, your parcel left our depot this morning and will be with you by 5pm today.')).toEqual(['1:78-1:84 no-overpromise "by 5pm"']);
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

/**
 * An Arabic reply that forbids writing back («يرجى عدم الرد على هذه الرسالة») holds no door open, as its English twin
 * does not: the words «الرد على هذه الرسالة» inside the prohibition are no invitation, the missing invitation is
 * reported, and no invitation is offered after it (it would contradict the reply; only a person can name the way back
 * in). An Arabic promise hedged after it with "most likely" («على الأرجح»، «في الغالب») is no overpromise. A service
 * said to resume with its time is what happens next; "we kept you waiting" («طوّلنا عليكِ») asks nothing of the customer.
 */
import { describe, expect, it } from 'vitest';
import { report } from '../test/helpers.js';
import { readReply } from './index.js';

const emailAr = (body: string): string => `مرحباً سارة،\n\n${body}\n\nمع التحية،\nفريق الدعم`;
const invitationReports = (body: string): string[] => report('require-closing-invitation', emailAr(body), { channel: 'email', language: 'ar' });
const actsOf = (sentence: string): string[] => readReply(sentence, { channel: 'chat', language: 'ar' }).body[0]!.reading.acts;

describe('an Arabic reply that forbids writing back', () => {
  it('reads the prohibition as no invitation, in its common forms', () => {
    for (const sentence of ['يرجى عدم الرد على هذه الرسالة.', 'الرجاء عدم الرد على هذا البريد.', 'لا ترد على هذا الإيميل.', 'لا داعي للرد على هذه الرسالة.']) {
      expect(actsOf(sentence), sentence).not.toContain('invitation');
    }
  });

  it('reports the missing invitation, with no invitation offered after the prohibition', () => {
    expect(invitationReports('تم شحن طلبك اليوم.\n\nيرجى عدم الرد على هذه الرسالة.')).toEqual(['5:1-5:31 require-closing-invitation "يرجى عدم الرد على هذه الرسالة."']);
    expect(invitationReports('تم شحن طلبك اليوم.\n\nلا داعي للرد على هذا الإيميل.')).toEqual(['5:1-5:30 require-closing-invitation "لا داعي للرد على هذا الإيميل."']);
  });

  it('still reads a door held open beside it, or a reply asked for, as the invitation', () => {
    expect(invitationReports('تم شحن طلبك اليوم.\n\nيرجى عدم الرد على هذه الرسالة، وتواصل معنا على 0114 555 2030 إذا احتجت أي شيء.')).toEqual([]);
    expect(invitationReports('تم شحن طلبك اليوم.\n\nلا تتردد في الرد على هذه الرسالة إذا احتجت أي شيء.')).toEqual([]);
    expect(invitationReports('تم شحن طلبك اليوم.\n\nبإمكانك الرد على هذه الرسالة بصور المنتج.')).toEqual([]);
  });
});

describe('an Arabic promise hedged after it with "most likely"', () => {
  const over = (body: string): string[] => report('no-overpromise', body, { channel: 'chat', language: 'ar' });
  it('is no overpromise', () => {
    expect(over('تم شحن طلبك اليوم، وسيصلك خلال يومين على الأرجح.')).toEqual([]);
    expect(over('تم شحن طلبك اليوم، وسيصلك خلال يومين في الغالب.')).toEqual([]);
  });
  it('while the same promise unhedged is one', () => {
    expect(over('تم شحن طلبك اليوم، وسيصلك خلال يومين.')).toHaveLength(1);
  });
});

describe('what happens next, and what was done to the customer', () => {
  const nextStep = (body: string): string[] => report('require-next-step', body, { channel: 'chat', language: 'ar' });
  it('reads a service said to resume with its time as what happens next', () => {
    expect(actsOf('ستستأنف الحركة خلال ساعة.')).toContain('next-info');
    expect(nextStep('نعتذر عن التأخير. ستستأنف الحركة خلال ساعة.')).toEqual([]);
    // A date the customer's own papers keep is no promise of anyone's.
    expect(report('no-overpromise', 'شكرًا لتنبيهنا مبكرًا إلى أن جواز سفرك سينتهي قبل موعد الاختبار المحجوز في 16 نوفمبر.', { channel: 'chat', language: 'ar' })).toEqual([]);
  });

  it('reads "we kept you waiting" as no step, and an apology with only it still wants a next step', () => {
    for (const sentence of ['آسفة إني طوّلت عليكي.', 'معلش طوّل عليكي الرد.', 'آسفين تأخرنا عليك.']) expect(actsOf(sentence), sentence).not.toContain('step');
    expect(nextStep('آسفين طوّلنا عليكي.')).toHaveLength(1);
    // The duty «عليك» still asks for a step.
    expect(actsOf('عليك تحديث التطبيق.')).toContain('step');
  });
});

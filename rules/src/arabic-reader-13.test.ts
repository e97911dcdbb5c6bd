/**
 * The Gulf «السموحة» read as an apology, and thanks or results said with the spoken «بـ» («بنشكرك»، «بنتايج التحليل») read
 * as no commitment. Spoken sympathy read as sympathy («والله زعلنا كتير إنه …»، «قلبنا انقبض»، «مش حلو أبدًا اللي صار»), so a chat reply
 * that only sympathises is found to offer no next step; the writers' heart («قلبنا») and "forgive us" («سمحيلنا») are no
 * deed of theirs, which would have counted as something done.
 */
import { describe, expect, it } from 'vitest';
import { report } from '../test/helpers.js';
import { readReply } from './index.js';

const actsOf = (sentence: string): string[] => readReply(sentence, { channel: 'chat', language: 'ar' }).body[0]!.reading.acts;
const nextStep = (text: string): string[] => report('require-next-step', text, { channel: 'chat', language: 'ar' });

describe('spoken Arabic sympathy', () => {
  it('reads the writers saddened with the customer as sympathy', () => {
    for (const sentence of ['والله زعلنا كتير إنه الدليل تأخر عليكم ساعة.', 'حزنّا كتير لما سمعنا باللي صار.', 'قلبنا انقبض من صورة البقعة على الفستان.', 'مش حلو أبداً اللي صار 😔']) {
      expect(actsOf(sentence), sentence).toContain('empathy');
    }
  });

  it('reads neither «قلبنا» nor «سمحيلنا» as something the writers did', () => {
    expect(actsOf('يا عمري، قلبنا انقبض من صورة البقعة على طرف الفستان.')).not.toContain('action');
    expect(actsOf('سمحيلنا بزاف على الحالة اللي ولّات فيها ميمي بعد اللقاح.')).not.toContain('action');
    // A deed of theirs still is one.
    expect(actsOf('سمحنالك بتغيير الموعد، وحوّلنا الحجز لبكرة.')).toContain('action');
  });

  it('finds no next step in a chat reply that only sympathises and offers help in general', () => {
    expect(nextStep('والله زعلنا كتير إنه الدليل تأخر عليكم ساعة وراح عليكم الشروق. إحنا موجودين دايماً إذا احتجتي إشي.')).toEqual([
      '1:1-1:63 require-next-step "والله زعلنا كتير إنه الدليل تأخر عليكم ساعة وراح عليكم الشروق."',
    ]);
    // With something done, it has one.
    expect(nextStep('والله زعلنا كتير إنه الدليل تأخر عليكم ساعة. رجّعنالكم نص المبلغ على البطاقة.')).toEqual([]);
  });
});

describe('spoken Arabic apologies and what is no promise', () => {
  it('reads the Gulf «السموحة منكم» as an apology, so a chat reply that only apologises lacks its next step', () => {
    expect(actsOf('السموحة منكم إنكم جيتوا يوم الأحد ولقيتوا الحديقة مسكّرة للصيانة.')).toContain('apology');
    expect(nextStep('السموحة منكم إنكم جيتوا يوم الأحد ولقيتوا الحديقة مسكّرة.')).toEqual(['1:1-1:58 require-next-step "السموحة منكم إنكم جيتوا يوم الأحد ولقيتوا الحديقة مسكّرة."']);
  });

  it('reads «بنشكرك» and «بنتايج» as no commitment, and «بنعوضك» still as one', () => {
    expect(actsOf('بنشكرك إنك بلّغتنا.')).not.toContain('commitment');
    expect(actsOf('والله متأسفين هواية على التأخير بنتايج التحليل.')).not.toContain('commitment');
    expect(actsOf('وبنعوضك عن التأخير.')).toContain('commitment');
  });
});

describe('an imperative said to a woman, read from its form', () => {
  const unclear = (text: string): string[] => report('no-unclear-instructions', text, { channel: 'email', language: 'ar' });

  it('reads «احفظي»، «احتفظي»، «استعملي» opening a clause as a step, whatever the verb', () => {
    expect(actsOf('بعد الخلع: احفظي الشاش مكانه ساعة.')).toContain('step');
    expect(actsOf('احتفظي بالفاتورة حتى نهاية الضمان.')).toContain('step');
    expect(actsOf('بعد اليوم الثاني، استعملي الغسول المطهّر.')).toContain('step');
    // With its object on it.
    expect(actsOf('بعد التحديث، اربطيه بشبكة البيت من جديد.')).toContain('step');
    // So the words of a trade in it are read as a step's: two of them are a vocabulary the customer is expected to share.
    expect(unclear('حتى تلتئم المنطقة: حافظي على الخثرة بالسنخ، واستعملي الغسول بدون مضمضة رضّية.')).not.toEqual([]);
  });

  it('leaves the words of the same shape that are no imperative: «أخرى»، «أعلى»، «الذكي»، «إضافي»', () => {
    for (const sentence of ['أخرى من الطلبات وصلت اليوم.', 'اعلى سعر في السوق هو هذا.', 'الذكي منها يعمل بالتطبيق.', 'اضافي، الشحن مجاني هذا الشهر.', 'اغنيه جديدة صدرت اليوم.']) {
      expect(actsOf(sentence), sentence).not.toContain('step');
    }
  });
});

describe('the door in a condition, met by the writers\' own channel', () => {
  it('reads «وإن راودك سؤال …، فبريدنا هذا يتّسع لكل أسئلتك» as the invitation', () => {
    const letter = 'عزيزي أنس،\n\nشكراً لتبرّعك بالدم يوم السبت، وتبرّعك مسجّل في ملفك.\n\nوإن راودك سؤال عن موعد تبرّعك القادم، فبريدنا هذا يتّسع لكل أسئلتك.\n\nمع الامتنان،\nسارة';
    expect(report('require-closing-invitation', letter, { channel: 'email', language: 'ar' })).toEqual([]);
    // Without a need in the condition, the channel named is no door: «فبريدنا» alone answers nothing.
    expect(actsOf('إذا وصلك الطرد، فبريدنا يرسل لك الإيصال.')).not.toContain('invitation');
  });
});

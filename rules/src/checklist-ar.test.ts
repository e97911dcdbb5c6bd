import { describe, expect, it } from 'vitest';
import { pointsLost, review } from './index.js';
import { expectModelReply, expectSparseReply, partsOf } from '../test/helpers.js';

// The three model replies of Customer Service 101 in its Arabic text (lost order, unhappy with product, damaged
// package), line for line as the article prints them: one line a paragraph, no blank lines.
export const arabicModelReplies = {
  lostOrder: `مرحبا جيرالدين ،
أنا آسف جدًا لسماع أن طلبك لم يصل بعد. أنا متأكد من أنك كنت تتطلع إلى تجربة Super Splash الجديد ، مع الطقس الدافئ الذي سيأتي هذا الأسبوع.
لم تتمكن شركة التوصيل من تحديد موقع الطرد الخاص بك برقم التتبع ، لذلك قمت بإرسال تسليم بديل يجب أن يصل بحلول يوم الجمعة 3 أغسطس. سوف تحقق مرة أخرى للتأكد من وصولها! هذا ليس شيئًا نراه يحدث كثيرًا ، لذا ، مرة أخرى ، يؤسفني أن هذه لم تكن تجربة مثالية بالنسبة لك.
شكرا لك على لفت انتباهنا إلى هذا. إذا كان هناك أي شيء آخر يمكنني مساعدتك به في الوقت الحالي ، فيرجى إبلاغي بذلك.
شكرا،
راشيل`,
  unhappyWithProduct: `مرحبا ستانلي ،
شكرًا على تواصلك معنا لإعلامنا بالمشكلة التي تواجهها مع Orange Peeler 2000. يبدو ذلك محبطًا حقًا. أنا لست شخصًا صباحيًا أيضًا ، لذلك أفهم تمامًا.
يمكنني القيام بأحد شيئين لمحاولة تصحيح هذا الأمر لك:
- يمكنني المساعدة في استبدال مقشرة مختلفة واسترداد الفرق. سنغطي تكاليف الشحن بالطبع.
- أو يمكننا إجراء مكالمة اليوم ، ويمكنني مساعدتك في إرشادك إلى كيفية استخدام OP 2000. وبهذه الطريقة ، ستتمكن من الحصول على جميع الفوائد من أداة التقشير على الفور.
اسمحوا لي أن أعرف ما تريد القيام به ، ورقم جيد للاتصال بك إذا كنت ترغب في السير في هذا الطريق. نريد التأكد من رضا جميع عملائنا تمامًا عن مشترياتهم من المطبخ ، لذا نشكرك على منحنا فرصة لإصلاح هذا الأمر. أنا هنا للمساعدة!
بإخلاص،
كاتي`,
  damagedPackage: `عزيزي بيتر ،
شكرًا لك على إرسال ملاحظاتك حول حالة العبوة التي تلقيت فيها منتجك. أريد أن أخبرك بمدى اهتمامنا بجودة عمليات التسليم لدينا. هذا ليس معيارنا المعتاد.
من الآن فصاعدًا ، يمكنك توقع استلام طلبك في حالة أفضل بكثير ، وأنا آسف لأننا لم نرتقي إلى مستوى توقعاتك المعقولة هذه المرة.
نحن نقدر لك الكتابة إلينا حول هذا. إذا كان هناك أي شيء آخر يمكننا مساعدتك فيه ، فيرجى إبلاغي بذلك. أنا هنا للمساعدة.
بإخلاص،
روبرت`,
};

/** The same reply written as an agent would: paragraphs apart, the sign-off on its own. */
const spaced = (text: string): string => {
  const lines = text.split('\n');
  return [...lines.slice(0, -2).join('\n\n').split('\n\n- ').join('\n- ').split('\n'), '', ...lines.slice(-2)].join('\n');
};

describe('the reply checklist in Arabic', () => {
  for (const [name, text] of Object.entries(arabicModelReplies)) {
    for (const [form, reply] of [['as printed', text], ['in paragraphs', spaced(text)]] as const) {
      it(`finds every part in the Arabic model reply "${name}" (${form}), which the recommended preset leaves clean`, () => {
        expect(expectModelReply(reply)).toMatchObject({ language: 'ar', scored: true });
      });
    }
  }

  it('says where each part is', () => {
    expect(partsOf(arabicModelReplies.lostOrder)).toMatchObject({
      greeting: 'مرحبا جيرالدين ،',
      apology: 'أنا آسف جدًا لسماع أن طلبك لم يصل بعد.',
      acknowledgement: 'أنا آسف جدًا لسماع أن طلبك لم يصل بعد.',
      nextStep: expect.stringContaining('لذلك قمت بإرسال تسليم بديل'),
      explanation: expect.stringContaining('لذلك قمت'),
      thanks: 'شكرا لك على لفت انتباهنا إلى هذا.',
      closingInvitation: expect.stringContaining('فيرجى إبلاغي بذلك'),
      signOff: 'شكرا،\nراشيل',
    });
  });

  it('finds what is missing in Arabic, and scores by the same weights', () => {
    // As in English: apology half (5) and sign-off (10).
    expectSparseReply('عزيزي العميل،\n\nنعتذر عن أي إزعاج.\n\nمع خالص التحية', 15);
  });

  it('names the customer in a greeting only with a name or a placeholder', () => {
    const named = (greeting: string): boolean => review(`${greeting}\n\nلقد أعدت المبلغ إلى بطاقتك.\n\nمع خالص التحية،\nنور`).checklist.greeting.named;
    expect(named('مرحبًا سارة،')).toBe(true);
    expect(named('عزيزتي منى،')).toBe(true);
    expect(named('السلام عليكم أستاذ أحمد،')).toBe(true);
    expect(named('مرحبا {{customer.first_name}}،')).toBe(true);
    expect(named('عزيزي العميل،')).toBe(false);
    expect(named('السلام عليكم،')).toBe(false);
    expect(named('مرحبًا بك،')).toBe(false);
  });
});

describe('Arabic scores a trainer can defend', () => {
  const sign = (body: string, greeting = 'مرحبا سارة،', signOff = 'مع خالص التحية،\nنور'): string =>
    `${greeting}\n\n${body}\n\nإذا كان لديك أي أسئلة أخرى، فلا تتردد في التواصل معنا.\n\n${signOff}`;
  const lost = (text: string): string[] => {
    const result = review(text);
    expect(result.language).toBe('ar');
    return pointsLost(result.score).map((l) => `${l.part ?? l.ruleId}`);
  };

  it('needs no apology, acknowledgement or explanation in a reply to a feature request, an apology for a limitation included', () => {
    for (const body of [
      'شكرا لاقتراحك. الوضع الليلي غير متوفر حاليا، لكنها فكرة رائعة. لقد شاركت اقتراحك مع فريق المنتج.',
      'شكرا لاقتراحك. عذرا، التعديل الجماعي غير متوفر حاليا. لقد شاركت اقتراحك مع فريق المنتج.',
      'شكرا لسؤالك عن استرداد قيمة الاشتراك السنوي. لقد أعدت المبلغ إلى بطاقتك اليوم.',
    ]) {
      const { checklist } = review(sign(body));
      expect([checklist.apology.expected, checklist.acknowledgement.expected, checklist.explanation.expected], body).toEqual([false, false, false]);
      expect(lost(sign(body)), body).toEqual([]);
    }
  });

  it('expects an explanation of a decision', () => {
    expect(lost(sign('شكرا لرسالتك. للأسف لا يمكننا تمديد الفترة التجريبية. لقد أضفت رمز خصم إلى حسابك.'))).toEqual(['explanation']);
  });

  it('reads the greeting below a subject line', () => {
    const text = `الموضوع: تأخر الطلب\n\n${sign('شكرا لصبرك. أنا آسف لأن طلبك تأخر. لم تستلم شركة الشحن الطرد يوم الاثنين، لذلك قمت بإرسال طلب بديل اليوم.')}`;
    const { checklist } = review(text);
    expect(text.slice(checklist.greeting.range!.start, checklist.greeting.range!.end)).toBe('مرحبا سارة،');
    expect(lost(text)).toEqual([]);
  });

  it('does not take a stand-in for a name or a sign-off', () => {
    const text = sign('شكرا لصبرك. لقد أرسلت طلبك اليوم.', 'مرحبا [اسم العميل]،', 'XXX');
    expect(review(text).checklist.greeting.named).toBe(false);
    expect(lost(text)).toEqual(expect.arrayContaining(['greeting', 'signOff']));
  });
});

// What a fourteenth set of Arabic replies, by a writer who had not seen the rules, found the reader missing: sign-offs
// and greetings in the writers' own words (read from their shape), doors said as waiting for the customer's word or a
// line kept open, the Maghrebi and Libyan apology, a duty put in the past, the terms held up at the customer, the
// "usual" anything, and the company's own car keeping its own date.
import { describe, expect, it } from 'vitest';
import { analyzeStructure, lint, readReply } from './index.js';

const email = (body: string, signOff: string, greeting = 'مرحبا ليلى،'): string => `${greeting}\n\n${body}\n\n${signOff}`;
const reported = (rule: string, text: string, channel: 'email' | 'chat' | 'social' = 'email'): string[] =>
  lint(text, { language: 'ar', channel }).filter((m) => m.ruleId === rule).map((m) => m.actual ?? '');
const acts = (text: string): string[] => readReply(text, { language: 'ar', channel: 'chat' }).body[0]!.reading.acts;
const signOff = (text: string): string | undefined => {
  const range = analyzeStructure(text).signOff;
  return range && text.slice(range.start, range.end);
};

describe('Arabic sign-offs and greetings read from their shape', () => {
  it('takes a short line ending with its comma above the name for the closing, whatever its words', () => {
    expect(signOff(email('أرسلنا البديل اليوم.', 'دمت بخير،\nسلطان – محل الشاهين'))).toBe('دمت بخير،\nسلطان – محل الشاهين');
    expect(signOff(email('أرسلنا البديل اليوم.', 'مع خالص المودّة،\nدانة'))).toBe('مع خالص المودّة،\nدانة');
    expect(signOff(email('أرسلنا البديل اليوم.', 'مع خالص التقدير،\nم. رامي الحداد\nمختبر اللؤلؤة لتركيبات الأسنان'))).toBe('مع خالص التقدير،\nم. رامي الحداد\nمختبر اللؤلؤة لتركيبات الأسنان');
    expect(signOff(email('أرسلنا البديل اليوم.', 'مع خالص التحايا،\nد. معتز – عيادة الرفق'))).toBe('مع خالص التحايا،\nد. معتز – عيادة الرفق');
    // The report of a missing door falls on the body's last sentence, not on the name.
    expect(reported('require-closing-invitation', email('أرسلنا البديل اليوم.', 'في أمان الله،\nعمر'))).toEqual(['أرسلنا البديل اليوم.']);
  });

  it('takes «د. نبيل المحترم،» for the greeting', () => {
    const text = email('راجعنا القيد وصححناه اليوم.', 'وتقبّل تحياتنا،\nم. لينا قاسم', 'د. نبيل المحترم،');
    const range = analyzeStructure(text).greeting!;
    expect(text.slice(range.start, range.end)).toBe('د. نبيل المحترم،');
  });
});

describe('require-closing-invitation in Arabic: the door in the writers\' own words', () => {
  it.each([
    'ولو نقصك شي ثاني قبل السباق، علّمني وأبشر.',
    'وإن بقي عندك سؤال آخر، فالبوابة مفتوحة لرسائلك.',
    'إلا بقا نفس المشكل، عيّط لينا فهاد النمرة 0661234567.',
    'ولو تبا تعرف الطلب وين وصل، ترانا على الخط.',
    'وإن رأيتِ أن نعدّل اللون، فنحن بانتظار ملاحظتك قبل البدء.',
    'حنا ديما رهن الإشارة.',
    'هل يكفيكم هذا الترتيب، أم تفضّلون أن أبحث لكم عن موعد آخر؟',
  ])('%s', (door) => {
    expect(reported('require-closing-invitation', email(`أرسلنا البديل اليوم.\n\n${door}`, 'مع التحية،\nنور'))).toEqual([]);
  });
});

describe('require-next-step in Arabic: the Maghrebi and Libyan apology, and a time that says when it went wrong', () => {
  it('reports a bare apology said «كنعتذرو» or «نعتذروا», with its time read as what happened', () => {
    expect(reported('require-next-step', '@salem نعتذروا منك ياسر على تصرّف العامل اليوم، وحاسّين بيك والله. رضاك يهمّنا ديما.', 'social')).toEqual(['نعتذروا منك ياسر على تصرّف العامل اليوم، وحاسّين بيك والله.']);
    expect(acts('كنعتذرو ليك بزاف على اللي طرا فالعرس ديالك.')).toEqual(['apology']);
    // A time of what comes next in the same sentence still is next-info.
    expect(acts('نعتذر عن التأخير، وسيصلك الطلب غدًا.')).toContain('next-info');
  });
});

describe('no-negative-phrasing in Arabic: a duty put in the past, and the terms held up', () => {
  it('does not take "should have been" for a step, so the no after it has no way forward', () => {
    expect(acts('طلب الإلغاء كان يجب أن يُقدَّم قبل سبعة أيام من تاريخ التجديد.')).not.toContain('step');
    expect(reported('no-negative-phrasing', 'اطّلعت على حسابك. طلب الإلغاء كان يجب أن يُقدَّم قبل سبعة أيام، وهذا منصوص عليه بوضوح في العقد الذي وقّعته. لذلك لا يمكن استرداد رسوم هذا الشهر.', 'chat')).toEqual(['منصوص عليه بوضوح', 'العقد الذي وقّعته', 'لا يمكن']);
  });

  it('reports blame pushed away with «ما», the rules held up, the lecture asked, and a no made absolute', () => {
    expect(reported('no-negative-phrasing', '@hassan يا زول، التأخير ده ما ذنبنا. والتذكرة ما بترجع، دي لوائح الشركة.', 'social')).toEqual(['ما ذنبنا', 'ما بترجع', 'دي لوائح']);
    expect(reported('no-negative-phrasing', '@abdo يا أخي قد قريت الشروط قبل ما تحوّل؟ واحنا ما نرجّع ولا ريال منها.', 'social')).toEqual(['قريت الشروط', 'ما نرجّع ولا']);
    // A reassurance with the same words is no refusal.
    expect(reported('no-negative-phrasing', 'حجزنالك نسخة تانية، ومش رح ندفّعك ولا ليرة زيادة.', 'chat')).toEqual([]);
  });
});

describe('no-unclear-instructions in Arabic: the usual anything, spoken steps, and writing back', () => {
  it('reports "the usual" beside any thing, and «كيما العادة»; a step of writing back is not made light of', () => {
    expect(reported('no-unclear-instructions', 'هلا والله! بس تعال المرسى المعتاد وحنا نترياك هناك.', 'chat')).toEqual(['بس', 'المرسى المعتاد']);
    expect(reported('no-unclear-instructions', '@yacine ساهلة: غير دير كيما العادة باش تحلّ القفل.', 'social')).toEqual(['كيما العادة']);
    // After a comma «بس» is as often "but"; after a purpose or a condition it is "just", the step made light of
    // («عشان تحجزي، بس أمشي …»: "to book, just go …").
    expect(reported('no-unclear-instructions', 'عشان تحجزي، بس أمشي للحتة ديك في التطبيق.', 'chat')).toEqual(['بس', 'للحتة ديك']);
    expect(reported('no-unclear-instructions', 'وصلنا طلبك، بس أمشي للحتة ديك في التطبيق.', 'chat')).toEqual(['للحتة ديك']);
    expect(reported('no-unclear-instructions', email('لبدء العرض يكفي أن تردّي على هذه الرسالة بالأيام التي تناسبك.', 'مع التحية،\nمنيرة'))).toEqual([]);
  });
});

describe('no-overpromise in Arabic: the company\'s own car', () => {
  it('leaves a date kept by the company\'s own delivery car, and still reports a courier\'s', () => {
    expect(reported('no-overpromise', 'حجزنالك نسخة تانية، وبتطلع مع سيارة التوصيل تبعنا بكرا الصبح.', 'chat')).toEqual([]);
    expect(reported('no-overpromise', 'الشحنة بتوصلك الرياض الخميس قبل الظهر أكيد.', 'chat')).toEqual(['أكيد']);
  });
});

// What a sixteenth set, every reply an instruction, found missing.
describe('no-unclear-instructions in Arabic: chains, codes of a trade, "over there", and ease claimed', () => {
  it('counts a chain of three «ومن بعد» or more as crammed steps whatever the verbs, and leaves a menu path after two «ثم»', () => {
    const chain = 'مرحبا حمزة، باش تسترجع الفلوس دخل للحساب ديالك ومن بعد سير للطلبات ومن بعد ختار الطلب ومن بعد ضغط على «إرجاع» وعمّر الاستمارة.';
    // Five: «دخل للحساب ديالك» before the first «ومن بعد» is a step of its own.
    expect(lint(chain, { language: 'ar', channel: 'chat' }).filter((m) => m.ruleId === 'no-unclear-instructions').map((m) => m.reason)).toEqual(['5 خطوات في جملة واحدة؛ القائمة المرقّمة أسهل في الاتباع']);
    expect(reported('no-unclear-instructions', 'لإيقاف التبرع: افتح التطبيق، واضغط «تبرعاتي» في الشريط السفلي، ثم «التبرعات الدورية»، ثم زر «إيقاف».', 'chat')).toEqual([]);
  });

  it('reports two or more codes of a trade in Latin capitals in an instruction, and leaves the everyday ones', () => {
    expect(reported('no-unclear-instructions', email('نرجو منك طلب رسالة MT103 مع رقم UETR من مصرفك.', 'مع التحية،\nنور'))).toEqual(['MT103', 'UETR']);
    expect(reported('no-unclear-instructions', email('أدخل رمز OTP الذي وصلك في رسالة SMS.', 'مع التحية،\nنور'))).toEqual([]);
  });

  it('reports "the one over there" and "as last time" in the varieties, and ease claimed before the step', () => {
    expect(reported('no-unclear-instructions', '@rami روح عالصفحة هديك واكبس عالزر اللي هونيك.', 'social')).toEqual(['عالصفحة هديك', 'اللي هونيك']);
    expect(reported('no-unclear-instructions', 'امشي للصفحة هضيكا وعبّي الخانات كيف المرة اللي فاتت.', 'chat')).toEqual(['للصفحة هضيكا', 'كيف المرة اللي فاتت']);
    expect(reported('no-unclear-instructions', email('الموضوع أبسط مما تتوقع، كل اللي عليك بس تربط بطاقة مدى من جديد.', 'مع التحية،\nنور'))).toEqual(['أبسط مما تتوقع', 'كل اللي عليك']);
  });
});

describe('the Arabic reader: «اللي عليك» is a duty, and "what we told you about" points at a thing', () => {
  it('reads «كل اللي عليك تربط البطاقة» as a step', () => {
    expect(acts('كل اللي عليك تربط البطاقة.')).toEqual(['step']);
  });

  it('does not take «الصفحة اللي قلنالك عليها» for "we told you so"', () => {
    expect(reported('no-negative-phrasing', 'افتح الصفحة اللي قلنالك عليها قبل كده.', 'chat')).toEqual([]);
    expect(reported('no-negative-phrasing', 'روح للمكان اللي قلنا لك عليه.', 'chat')).toEqual([]);
    expect(reported('no-negative-phrasing', 'قلنالك من أول إن الطلب بيتأخر.', 'chat')).toEqual(['قلنالك']);
  });
});

// What a seventeenth and an eighteenth set of Arabic replies, by writers who had not seen the rules, found the reader
// missing: the way out said as the answer («والحل أن تولّد …»), and the rest each test names.
import { describe, expect, it } from 'vitest';
import { lint, readReply } from './index.js';

const email = (body: string, signOff = 'مع التحية،\nنور', greeting = 'مرحبا ليلى،'): string => `${greeting}\n\n${body}\n\n${signOff}`;
const reported = (rule: string, text: string, channel: 'email' | 'chat' | 'social' = 'email'): string[] =>
  lint(text, { language: 'ar', channel }).filter((m) => m.ruleId === rule).map((m) => m.actual ?? '');
const acts = (text: string, channel: 'email' | 'chat' | 'social' = 'chat'): string[][] => readReply(text, { language: 'ar', channel }).body.map((s) => s.reading.acts);

describe('Arabic reader: the way out said as the answer is a step', () => {
  it('reads «والحل أن تولّد …» and the spoken «فالحل إنك تعمل …» as steps, which then hold their jargon', () => {
    expect(acts('والحل أن تولّد مفتاحًا جديدًا من لوحة التحكم.')[0]).toContain('step');
    expect(acts('فالحل إنك تعمل إعادة تشغيل للراوتر.')[0]).toContain('step');
    expect(acts('الحل هو أن تحدّث التطبيق من المتجر.')[0]).toContain('step');
    // Steps are a next step: an email of them gets no report of a missing one, and their trade's words are jargon.
    const text = email('والحل أن تولّد مفتاحًا جديدًا من الـ developer console، وتحدّث الـ CSID في إعدادات الـ POS.\n\nوإذا احتجت أي مساعدة أخرى فراسلنا.');
    expect(reported('require-next-step', text)).toEqual([]);
    expect(reported('no-unclear-instructions', text)).toEqual(['developer', 'CSID', 'POS']);
  });

  it('leaves a solution the writer found and applied', () => {
    expect(acts('الحل كان بسيطًا وقد طبّقناه على حسابك.')[0]).not.toContain('step');
  });
});

describe('Arabic no-overpromise: what hid the promise, and what is no promise', () => {
  it('does not take «عادة» inside «سعادة» or «إعادة», nor «قد» inside «المتعاقد», for a hedge', () => {
    expect(reported('no-overpromise', '@abu بكل سعادة، سيصل طلبك غدًا.', 'social')).toEqual(['سيصل']);
    expect(reported('no-overpromise', '@abu سوّاق الوايت المتعاقد معنا با يوصل لعندك بكرة، والمويه صافية مضمونة.', 'social')).toEqual(['مضمونة']);
    expect(reported('no-overpromise', '@abu وعادةً يصل الطلب خلال يومين.', 'social')).toEqual([]);
  });

  it('reads a number with its thousands comma as one clause, with the promise and its marker in it', () => {
    expect(reported('no-overpromise', email('ستُودَع الدفعة الأولى وقدرها 6,240 ريالًا في حسابكم صباح الأحد القادم قطعًا.'))).toEqual(['قطعًا']);
  });

  it('takes a marker of certainty standing after the comma for the clause before it, and the spoken «بيجيبولك»', () => {
    expect(reported('no-overpromise', email('حكينا مع شركة الشحن، وبكرا الساعة ١٠ الصبح بيجيبولك برّاد جديد، ١٠٠٪.'))).toEqual(['١٠٠٪']);
  });

  it('reads «بالظبط مهما كانت الزحمة» as certain, and «عند حضرتك» as a place, not a condition', () => {
    expect(reported('no-overpromise', 'الأوردر خرج مع الطيّار، وهيكون عند حضرتك في ٢٠ دقيقة بالظبط مهما كانت الزحمة.', 'chat')).toEqual(['بالظبط']);
    expect(reported('no-overpromise', 'الأوردر خرج مع الطيّار، وهيكون عند حضرتك في ٢٠ دقيقة تقريبًا.', 'chat')).toEqual([]);
  });

  it('leaves a guarantee declined in the spoken way, and a visit by the business\'s own assistant', () => {
    expect(reported('no-overpromise', 'ما نقدر نضمن إنها تطلع ١٠٠٪ لأن الحبر ثابت، بس عندنا معالجة خاصة نجربها لج.', 'chat')).toEqual([]);
    expect(reported('no-overpromise', email('سيتصل بك مساعد العيادة غدًا لتحديد موعد المراجعة.'))).toEqual([]);
  });
});

describe('Arabic no-negative-phrasing: «لازم» denied in the spoken varieties is reassurance', () => {
  it.each(['ماهُ لازم تمشِ للوكالة، الملف عندنا.', 'مو لازم تجي للفرع، كل شي عندنا.', 'مب لازم ترسل شي ثاني.'])('%s', (text) => {
    expect(reported('no-negative-phrasing', text, 'chat')).toEqual([]);
  });

  it('still reports «لازم» said as an order', () => {
    expect(reported('no-negative-phrasing', 'لازم تمشي للوكالة بكرة.', 'chat')).toEqual(['لازم']);
  });
});

describe('Arabic require-next-step: what an apology is for is no next step', () => {
  it('reports an apology whose sentence only names a date («موعد») or a time it is sorry about', () => {
    expect(reported('require-next-step', email('نعتذر إليك عن تأخر نتيجة الفحص، ونتفهم قلقك خصوصًا أن موعدها مع الطبيب قريب.\n\nيسعدنا أن نجيب عن أي سؤال.'))).toEqual([
      'نعتذر إليك عن تأخر نتيجة الفحص، ونتفهم قلقك خصوصًا أن موعدها مع الطبيب قريب.',
    ]);
    // A new date given is what happens next.
    expect(reported('require-next-step', email('نعتذر عن التأخير، وموعدك الجديد يوم الأحد الساعة 10 صباحًا.'))).toEqual([]);
  });

  it('reads «يحزننا أن …» as sympathy, and «وفيها شق» as news, not an imperative', () => {
    expect(acts('ويحزننا أن الضجيج حرمك من الراحة.')[0]).toContain('empathy');
    expect(acts('وفيها شق في القماش من ورا.')[0]).not.toContain('step');
    expect(acts('جرّبيها مرة ثانية.')[0]).toContain('step');
  });

  it("reads a deed after «مع هيك» and one of the company's own people («الفني فحص السيارة») as an action taken", () => {
    expect(acts('مع هيك حكينا مع شركة الشحن.')[0]).toContain('action');
    expect(acts('الفني فحص السيارة أمس في مركز الخدمة.')[0]).toContain('action');
    expect(acts('الفني يفحص السيارة الآن.')[0]).not.toContain('action');
    expect(acts('الفريق جاهز.')[0]).not.toContain('action');
  });
});

describe('Arabic no-negative-phrasing: a sanction that follows, a clause of the rules, and "what we warned you about"', () => {
  it('reports them', () => {
    expect(reported('no-negative-phrasing', 'وأي تكرار للمخالفة سيترتب عليه حظر حسابك نهائيًا.', 'chat')).toEqual(['حظر حسابك']);
    expect(reported('no-negative-phrasing', 'نشر أرقام الإقامات مخالف للبند (9) من سياسة الاستخدام.', 'chat')).toEqual(['مخالف للبند']);
    expect(reported('no-negative-phrasing', email('زيت القير مو أصلي، وهذا بالضبط اللي نبّهناك عليه وقت الاستلام.'))).toEqual(['اللي نبّهناك عليه']);
  });
});

describe('Arabic require-closing-invitation: a welcome after the condition, waiting for the reply, a message away', () => {
  it.each(['ولو ودّك تسأل عن شي ثاني، حيّاك الله.', 'قلّي شنوّة يناسبك أكثر، نستنّاو في ردّك.', 'فإن عنّ لك سؤال عن الشهادة، فبيننا وبينك رسالة واحدة.'])('%s', (door) => {
    expect(reported('require-closing-invitation', email(`أرسلنا البديل اليوم.\n\n${door}`))).toEqual([]);
  });
});

describe('Arabic no-unclear-instructions: steps in more forms, pointers in more varieties, codes in the plural', () => {
  it('reads "don\'t forget to …" as a step, so what it points at is judged', () => {
    expect(acts('بس لا تنسين تخلصين الأوراق مع البوابة.')[0]).toContain('step');
    expect(reported('no-unclear-instructions', 'بس لا تنسين تخلصين الشي اللي قلنا لج عليه مع البوابة قبل.', 'social')).toEqual(['اللي قلنا']);
  });

  it('reads the Algerian «هاذيك» and the Iraqi «ذيچ» as pointing away, and a lamp or a screw as a thing to point at', () => {
    expect(reported('no-unclear-instructions', 'درك روح للبلاصة هاذيك في الصفحة ورجّع كلش كيما كان.', 'chat')).toEqual(['للبلاصة هاذيك']);
    expect(reported('no-unclear-instructions', 'روح للراوتر، وذيچ الضوّة اللي بيها المشكلة اضغط الدگمة.', 'chat')).toEqual(['ذيچ الضوّة']);
  });

  it('reads a doubled verb after a word that makes light of it («غير حلّ») as a step, and not «بس كلّ»', () => {
    expect(reported('no-unclear-instructions', 'ساهل: غير حلّ داك البرغي شوية ورجّعو لبلاصتو.', 'chat')).toEqual(['داك البرغي']);
    expect(acts('بس كلّ شي تمام عندنا.')[0]).not.toContain('step');
    // The lead with its conjunction on it: «فبس غيّر القناة».
    expect(acts('فبس غيّر القناة من إعدادات الراوتر.')[0]).toContain('step');
  });

  it('counts a code with a plural «s» («NOACs») among the trade\'s codes', () => {
    expect(reported('no-unclear-instructions', 'أوقف مضادات التخثر من فئة NOACs قبل 48 ساعة، ثم تناول محلول PEG بنظام الجرعة المقسّمة.', 'chat')).toEqual(['NOACs', 'PEG']);
  });
});

describe('Arabic no-overpromise: a date with its month, the present of others, and a fix said to work', () => {
  it('reads «يوم 27 مايو» as a firm time, and the present of a courier with it and a marker as a promise', () => {
    expect(reported('no-overpromise', email('ثم تحملها شركة البريد السريع إلى منزلك لتكون بين يديك يوم 27 مايو دون أي تأخير.'))).toEqual(['دون أي تأخير']);
    expect(reported('no-overpromise', email('ثم تحملها شركة البريد السريع إلى منزلك، ومن المتوقع أن تصلك في 27 مايو تقريبًا.'))).toEqual([]);
  });

  it('reports a fix said to work for sure, without its conjunction, and leaves it hedged', () => {
    expect(reported('no-overpromise', '@zainab بس طفّي الراوتر وشغليه وراح يرجع النت أحسن من قبل.', 'social')).toEqual(['راح يرجع النت أحسن من قبل']);
    expect(reported('no-overpromise', email('بعد التحديث سيعمل الجهاز بشكل طبيعي.'))).toEqual(['سيعمل الجهاز بشكل طبيعي']);
    expect(reported('no-overpromise', email('بعد التحديث يُفترض أن يعمل الجهاز بشكل طبيعي.'))).toEqual([]);
    expect(reported('no-overpromise', email('سنعمل على إصلاحه بشكل طبيعي خلال الأسبوع.'))).toEqual([]);
  });
});

describe('ar-batch-20: doors in other words, a duty denied, the writer going on «من هناك», what is missing listed', () => {
  it.each([
    'وأبواب إدارتنا مفتوحة لكِ في كل ما تحتاجينه.',
    'إذا تعذّر عليك شيء من ذلك، فأنا متاح على هذا البريد حتى السادسة مساءً.',
    'إن أردتِ الاطمئنان على مسار الطلب متى شئتِ، فرقمي المباشر 0551 784 210.',
    'وإن رغبت في أن نوازن بينهما في مكالمة قصيرة، فاقترح وقتًا يناسبك وسأتصل بك.',
  ])('keeps the door open: %s', (door) => {
    expect(reported('require-closing-invitation', email(`أرسلنا البديل اليوم.\n\n${door}`))).toEqual([]);
  });

  it('reads the sign-off whose team line ends with its city after a comma', () => {
    const text = 'مرحبا ليلى،\n\nأرسلنا البديل اليوم.\n\nمع التحية،\nزينب الجبوري\nقسم المطالبات – تأمين «دجلة الخير»، بغداد';
    expect(reported('require-closing-invitation', text)).toEqual(['أرسلنا البديل اليوم.']);
  });

  it('leaves a duty denied, and «من هناك» where the writer goes on from', () => {
    expect(reported('no-negative-phrasing', email('لا يجب عليكِ دفع رسوم التقديم مرة ثانية.'))).toEqual([]);
    expect(reported('no-negative-phrasing', email('يجب عليكِ دفع رسوم التقديم مرة ثانية.'))).toEqual(['يجب عليكِ']);
    expect(reported('no-unclear-instructions', email('إن توقفتِ عند أي خطوة، اكتبي لي رقمها في ردّكِ وسأكمل معكِ من هناك.'))).toEqual([]);
    expect(reported('no-unclear-instructions', email('ادخلي إلى البوابة، واختاري الملف من هناك.'))).toEqual(['من هناك']);
  });

  it('reads what is missing, listed, as a step asked of the customer', () => {
    expect(acts('المستندات الناقصة في ملفكم: تقرير طبي مختوم من المستشفى، وعرض سعر رسمي للعملية.')[0]).toContain('step');
  });
});

describe('ar-batch-20: overpromise carried by a participle, a wallet, "at the latest"; «عند» a place; blame asked', () => {
  it('reports a time others keep, made certain in these ways', () => {
    expect(reported('no-overpromise', email('ألغيتُ التذاكر كما طلبت، والمبلغ عائدٌ إلى بطاقتك خلال 48 ساعة على أبعد تقدير.'))).toEqual(['على أبعد تقدير']);
    expect(reported('no-overpromise', '@m التحويل راجعناه، والبنك هيرجّع الـ1500 جنيه لمحفظتك قبل بكرة الضهر.', 'social')).toEqual(['بكرة']);
    expect(reported('no-overpromise', '@y الكولي اللي يوصلك غدوة الصباح حتماً راهو ذرك عند شركة التوصيل في وهران.', 'social')).toEqual(['حتماً']);
    expect(reported('no-overpromise', email('والمبلغ عائدٌ إلى بطاقتك خلال 48 ساعة تقريبًا.'))).toEqual([]);
  });

  it('reports blame asked as a question, what is required of the customer, "not from us", and the rule as the answer', () => {
    expect(reported('no-negative-phrasing', 'التذكرة مكتوب فيها الحضور قبل نص ساعة، ليه ما جيت بدري؟', 'chat')).toEqual(['ليه ما جيت']);
    expect(reported('no-negative-phrasing', 'وصلتنا الصور. بس منو گلّك تصلّح الدعامية قبل الكشف؟', 'chat')).toEqual(['منو گلّك']);
    expect(reported('no-negative-phrasing', 'والمطلوب منك ترفعها قبل نهاية الشهر.', 'chat')).toEqual(['المطلوب منك']);
    expect(reported('no-negative-phrasing', 'عيني هذا الانقطاع مو منّا، روح اشتكي على الوطنية مو علينا.', 'chat')).toEqual(['مو منّا', 'مو علينا']);
    // (And the Moroccan «ما نقدروش», the no itself, with nothing offered.)
    expect(reported('no-negative-phrasing', 'هذا نظامنا وما نقدروش نديروا استثناء.', 'chat')).toEqual(['هذا نظامنا', 'ما نقدروش']);
    // A question that asks, not blames.
    expect(reported('no-negative-phrasing', 'ليه ما وصلك الكود؟ خلينا نرسله مرة ثانية.', 'chat')).toEqual([]);
  });
});

describe('Arabic require-closing-invitation: the ticket to come back to, as the English template says it', () => {
  it('takes «لتحديث أو إضافة تعليقات إلى تذكرة مفتوحة قم بتسجيل الدخول» for the way back (the corpus review found the English twin passing)', () => {
    const text = 'مرحبا سارة،\n\nلقد وصلت إلى الحد الأقصى من التذاكر المفتوحة.\n\nلتحديث أو إضافة تعليقات إلى تذكرة مفتوحة قم بتسجيل الدخول إلى نظام الدعم.\n\nمع التحية،\nفريق الدعم';
    expect(reported('require-closing-invitation', text)).toEqual([]);
    expect(reported('require-closing-invitation', 'مرحبا سارة،\n\nلقد وصلت إلى الحد الأقصى من التذاكر المفتوحة.\n\nمع التحية،\nفريق الدعم')).toHaveLength(1);
  });
});

describe('Arabic no-unclear-instructions: a code inside a bare address is no term of the trade', () => {
  it('leaves «UX» in github.com/UX-Writing/… and still reports the terms beside it', () => {
    expect(reported('no-unclear-instructions', 'افتح الإعدادات، ثم ادخل إلى github.com/UX-Writing/guide وعدّل الـ DNS والـ APN.', 'chat')).toEqual(['DNS', 'APN']);
  });
});

describe('Arabic no-overpromise: a hedge after the promise, in its clause', () => {
  it('leaves «سيصل طلبك غدًا عادةً» and still reports the promise when the hedge belongs to another clause', () => {
    expect(reported('no-overpromise', '@abu سيصل طلبك غدًا عادةً.', 'social')).toEqual([]);
    expect(reported('no-overpromise', '@abu ستصل الشحنة خلال يومين تقريبًا.', 'social')).toEqual([]);
    expect(reported('no-overpromise', '@abu سيصل طلبك غدًا، وعادةً نرسل رسالة قبلها.', 'social')).toEqual(['سيصل']);
  });
});

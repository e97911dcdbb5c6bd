// Arabic read from the verb's form rather than from lists of phrases: the door left open by a verb of getting in touch
// said to the customer and aimed at the writers, the writers there for the customer, a present with a firm time, a deed
// opening any clause, the company's own people, and trade terms borrowed with the Arabic article.
import { describe, expect, it } from 'vitest';
import { lint, readReply, type LintOptions } from './index.js';

const reply = (body: string): string => `مرحبا ليلى،\n\n${body}\n\nمع خالص التحية،\nنور`;
const messages = (rule: string, body: string, channel: 'email' | 'social' | 'chat' = 'email') =>
  lint(channel === 'email' ? reply(body) : body, { language: 'ar', channel }).filter((m) => m.ruleId === rule);
const reported = (rule: string, body: string, channel: 'email' | 'social' | 'chat' = 'email'): string[] => messages(rule, body, channel).map((m) => m.actual ?? '');
const acts = (body: string): string[] => readReply(reply(body), { language: 'ar' }).sentences[1]!.reading.acts;

const done = 'تم تحديث طلبك.';

describe('require-closing-invitation in Arabic: the door in any verb of getting in touch', () => {
  it.each([
    // An imperative or a "you" verb aimed at the writers, on the verb or in the word after it.
    'لو احتجت أي حاجة كلّمينا.',
    'اكتبي لنا متى شئتِ.',
    'ردّوا علينا بأي ملاحظة.',
    'تقدر ترجع لنا بأي وقت.',
    'إذا ما تكدر تجي هالأسبوع، دزلي رسالة على الواتساب.',
    'ردّي على هذه الرسالة في أي وقت.',
    // The writers there for the customer, and the customer's messages welcomed whenever they write.
    'نحن بالانتظار دائمًا.',
    'يسرّنا دائمًا الرد على استفساراتك.',
    'إحنا جاهزين لأي سؤال.',
    'ونرحّب برسائلك كلما رغبتِ في الكتابة إلينا.',
    // A condition of need answered by the writers' offer, and a question to anyone after «لأي».
    'وإن احتجتَ شرحًا لهذه الخطوات، يسعدني شرحها لك هاتفيًا على 920011223.',
    'ولأي استفسار يخص الحصة الأولى، اتصلي بمدربته ليلى على 0509876543.',
  ])('finds the door in %j', (line) => {
    expect(acts(line)).toContain('invitation');
    expect(reported('require-closing-invitation', `${done} ${line}`)).toEqual([]);
  });

  it.each([
    // A step asking for something, the writers' own past («ـنا» on the verb, and folded «أرسلنا»، «أرجعنا»، «اتصلنا»),
    // a verb denied or after «رح», what the customer should have done, and «متى شئت» said of something else.
    ['ابعتلنا رقم الطلب وصورة الإيصال.'],
    ['تواصلنا مع شركة الشحن اليوم.'],
    ['كلمنا الفريق الفني صباح اليوم.'],
    ['أرسلنا لك الفاتورة.'],
    ['أرجعنا لكِ المبلغ كاملًا.'],
    ['اتصلنا بك أمس.'],
    ['قلنا لك سابقًا إن الموعد تغير.'],
    ['لا تكتب لنا على الخاص.'],
    ['شركة التأمين رح تبعتلنا الموافقة بكرا.'],
    ['وكان المفروض تقولين لنا عنها من أول.'],
    ['ويمكنك تنزيل الفاتورة بصيغة PDF متى شئت.'],
    ['تُرسل إلى المستخدمين رسالة عند فتح التذكرة.'],
    ['إذا احتجت نسخة أخرى، لا يسعدنا إرسالها مرتين.'],
  ])('reads no door in %j', (line) => {
    expect(acts(line)).not.toContain('invitation');
    const found = messages('require-closing-invitation', `${done} ${line}`);
    // Said to a woman («لكِ»), the invitation is too.
    const invitation = line.includes('لكِ') ? 'أخبرينا إذا كان لديكِ أي أسئلة أخرى.' : 'أخبرنا إذا كان لديك أي أسئلة أخرى.';
    expect(found.map((m) => [m.actual, m.expected?.[0]])).toEqual([[line, `${line}\n\n${invitation}`]]);
  });
});

describe('require-next-step in Arabic: what comes next, said in the present', () => {
  it('reads a present of others beside a firm time as what comes next', () => {
    expect(acts('الخط يرجع باجر الصبح بعد ما تدفع الغرامة.')).toContain('next-info');
    expect(reported('require-next-step', 'نعتذر عن انقطاع الخط. الخط يرجع باجر الصبح.', 'chat')).toEqual([]);
  });

  it.each([
    // No firm time, or the verbs «يمكن»، «يجب» that open with «يـ» and are no one's deed to come.
    'نعتذر عن انقطاع الخط. الخط يرجع قريبًا إن شاء الله.',
    'نعتذر عن انقطاع الخط. يجب الانتظار حتى الغد.',
  ])('finds no next step in %j', (body) => {
    expect(reported('require-next-step', body, 'chat')).toEqual([body.split('. ')[0] + '.']);
  });

  it('reads the writers\' deed that opens a later clause', () => {
    expect(acts('البسكلات متاع ولدك صلّحناها: بدّلنا الفرانات، ركّبنا سلسلة جديدة.')).toContain('action');
    // «ربنا» ends in «ـنا» and is no deed of the writers'.
    expect(acts('الله يجبر كسركم، وربنا يرحم الوالد.')).not.toContain('action');
  });

  it('reads "we know how much" and "what a pity" as sympathy that calls for a next step', () => {
    expect(acts('نعرف كم كنتي متحمسة تشوفين السلاحف.')).toContain('empathy');
    // «يا هلا عائشة،» is the greeting: the sympathy after it is reported.
    expect(reported('require-next-step', 'يا هلا عائشة، والله خسارة إن الرحلة انلغت.', 'social')).toEqual(['والله خسارة إن الرحلة انلغت.']);
  });
});

describe('no-overpromise in Arabic: the company\'s own people keep its own dates', () => {
  it('leaves the company\'s installation team and its own technician alone', () => {
    expect(reported('no-overpromise', 'سيحضر فريق التركيب إلى الموقع يوم الأحد في السابعة صباحًا.')).toEqual([]);
    expect(reported('no-overpromise', 'سيركّب فنيّنا اللوحة الجديدة صباح الغد.')).toEqual([]);
  });

  it('still reports their certainty about others, and a third party\'s date', () => {
    expect(reported('no-overpromise', 'سيحضر فريق التركيب يوم الأحد، والمندوب سيصل غدًا بالضبط.')).toEqual(['سيصل']);
    expect(reported('no-overpromise', 'سيصل طلبك غدًا.')).toEqual(['سيصل']);
  });
});

describe('no-unclear-instructions in Arabic: trade terms borrowed with the article', () => {
  it('reports each borrowed term once when an instruction holds two or more', () => {
    const found = messages('no-unclear-instructions', 'باش تصلحو، دخل للـ back-office، بدّل الـ listing status ف الـ CMS ودير re-sync مع الـ feed ديال الـ CMS.');
    expect(found.map((m) => m.actual)).toEqual(['back-office', 'listing', 'CMS', 'feed']);
    expect(found[0]!.reason).toBe('«back-office» مصطلح تقني قد لا يعرفه العميل؛ اشرحه أو أعطِ الخطوات بالضبط');
  });

  it.each([
    // One such term is a name the customer may know; terms outside any instruction are news; a glossary knows its own.
    'افتحي الـ app واضغطي على «الإعدادات».',
    'نستخدم الـ CMS والـ feed لنشر إعلانك.',
  ])('leaves %j alone', (body) => {
    expect(reported('no-unclear-instructions', body)).toEqual([]);
  });

  it('leaves the terms a team lists in its glossary', () => {
    const text = reply('ادخلي للـ dashboard وفعّلي الـ webhook.');
    const options: LintOptions = { language: 'ar', channel: 'email', rules: { 'no-unclear-instructions': ['warn', { glossary: ['dashboard', 'webhook'] }] } };
    expect(lint(text, options).filter((m) => m.ruleId === 'no-unclear-instructions')).toEqual([]);
  });
});

describe('no-overpromise in Arabic: the spoken future of others, beside a firm time and a word of certainty', () => {
  it.each([
    ['والبلدية بتطرّش لك شهادة التفريغ على إيميلك بنفس اليوم أكيد.', 'أكيد'],
    ['والسواق بتاعو حيكون قدام العمارة بكرة الصباح الساعة 8 بالضبط.', 'بالضبط'],
    ['الجمارك هتخلّص ورقها اليوم من غير أي تفتيش.', 'من غير أي'],
  ])('reports %j at %j', (body, actual) => {
    expect(reported('no-overpromise', body, 'chat')).toEqual([actual]);
  });

  it.each([
    // No word of certainty, no firm time, or «بتاريخ» (on the date of), which opens like a spoken future.
    'والبلدية بتطرّش لك شهادة التفريغ على إيميلك بنفس اليوم.',
    'والبلدية بتطرّش لك الشهادة أكيد.',
    'سجّلنا طلبك بتاريخ اليوم أكيد.',
  ])('leaves %j alone', (body) => {
    expect(reported('no-overpromise', body, 'chat')).toEqual([]);
  });
});

describe('no-negative-phrasing in Arabic: the no in the spoken varieties', () => {
  it.each([
    ['نأسف لما حدث. الضمان ما يشمل هيج عطل، وما نكدر نسوي شي.', ['ما يشمل', 'ما نكدر']],
    ['نأسف لما حدث. الشركة ما تتحمّل أي ضرر، والتعويض مو من اختصاصنا.', ['ما تتحمّل', 'مو من اختصاصنا']],
    ['وأي شق يطلع في القماش من بعدها مش من خدمتنا.', ['مش من خدمتنا']],
  ])('reports %j', (body, actual) => {
    expect(reported('no-negative-phrasing', body, 'chat')).toEqual(actual);
  });

  it.each([
    // A limit with the way forward in the reply is honest news; «ما يشمل» said of a price is information; «كل ما نقدر»
    // is a promise.
    'الضمان ما يشمل الشاشة، لكن نقدر نبدلها لك بنص السعر. تحب نحجزلك موعد؟',
    'السعر ما يشمل التوصيل.',
    'بنسوي كل ما نقدر عليه عشان توصلك اليوم.',
  ])('leaves %j alone', (body) => {
    expect(reported('no-negative-phrasing', body, 'chat')).toEqual([]);
  });

  it('answers a refusal by its note with the way forward, as in English', () => {
    expect(reported('no-negative-phrasing', 'تم رفض طلب الاسترداد.', 'chat')).toEqual(['تم رفض']);
    expect(reported('no-negative-phrasing', 'تم رفض طلب الاسترداد. يمكنك بدلًا من ذلك استبدال المنتج من صفحة طلباتك خلال 14 يومًا.', 'chat')).toEqual([]);
  });
});

describe('no-unclear-instructions in Arabic: the model\'s steps, and what the writer said elsewhere', () => {
  it('reads an imperative said to a woman with its object on it as a step, not an adjective in «ـية» or a kin word', () => {
    expect(acts('فحطّيها بالمكان المناسب واسقيها كل يومين.')).toContain('step');
    expect(acts('تبقى سلامة عملائنا وذويهم أولويتنا الحالية.')).not.toContain('step');
    expect(acts('الباقة الشهرية والدولية متاحة عليها خصومات.')).not.toContain('step');
  });

  it('counts steps chained in spoken verbs the instruction reader does not know', () => {
    const body = 'عشان تسجّلي كرم بأسبوع الروبوتات، فوتي عالموقع وبعدها اختاري المخيم وبعدها اكبسي على أسبوع 14 تموز وبعدها عبّي بيانات كرم وبعدها ادفعي العربون 150 شيكل.';
    // Five steps, the opening clause with the first («…، فوتي عالموقع»): in a chain the words before the first «وبعدها»
    // are a step of their own, not merged with the one after it.
    expect(messages('no-unclear-instructions', body, 'chat').map((m) => m.reason)).toEqual(['5 خطوات في جملة واحدة؛ القائمة المرقّمة أسهل في الاتباع']);
  });

  it.each([
    ['الغاردينيا حسّاسة، فحطّيها بالمكان اللي حكينا عنه ع التلفون، واسقيها متل ما قلتلك.', ['اللي حكينا', 'متل ما قلتلك']],
    // The causative «خلّي» (let, have) gives the step, and «بس» makes light of it.
    ['بس خلّيها تعمل التمديد عالطريقة المعروفة.', ['بس', 'عالطريقة المعروفة']],
    ['بس خلّيه يعمل التمديد عالطريقة المعروفة.', ['بس', 'عالطريقة المعروفة']],
    ['كرمال نثبّت المقعد، عبّي الاستمارة إياها وابعتيلنا ياها.', ['الاستمارة إياها']],
  ])('reports %j', (body, actual) => {
    expect(reported('no-unclear-instructions', body, 'chat')).toEqual(actual);
  });

  it.each([
    // «كما ذكرنا» opens a fact restated there and then; the form named by its name is exact.
    'كما ذكرنا، يرجى إرسال صورة الهوية ورقم الطلب.',
    'عبّي استمارة التسجيل من الرابط https://example.com/form وابعتيلنا ياها.',
  ])('leaves %j alone', (body) => {
    expect(reported('no-unclear-instructions', body, 'chat')).toEqual([]);
  });
});

describe('require-next-step in Arabic: what only looks like a move', () => {
  it.each([
    // «سابه» (left him) is no «سأ» future; «في موعدها» (on time) is what happened; an exclamation's question asks nothing.
    'نعتذر عن اللي حصل مع يوسف بعد ما المدرب سابه في الحتة الغويطة.',
    'نأسف للتأخير، فقد خرجت الحوالة من بنكنا في موعدها.',
    'نأسف لما حصل. يا ساتر، مخالفة 100 ريال وأنت ما تأخرت إلا دقيقتين؟',
  ])('finds no next step in %j', (body) => {
    // Reported on the apology, the sentence that calls for the step.
    expect(reported('require-next-step', body, 'chat')).toEqual([body.startsWith('نأسف لما حصل.') ? 'نأسف لما حصل.' : body]);
  });

  it.each([
    // The writers' future in a verb of three letters or more, a date to come, and a question that asks the customer.
    'نأسف للتأخير، سأرسل لك رقم التتبع اليوم.',
    'نأسف للتأخير، وموعد التسليم الجديد يوم الخميس.',
    'نأسف لما حصل. تحب أحجزلك على رحلة الساعة 9؟',
  ])('finds the next step in %j', (body) => {
    expect(reported('require-next-step', body, 'chat')).toEqual([]);
  });
});

// What an eleventh set of Arabic replies, by a writer who had not seen the rules, found the reader missing: the spoken
// "sorry" and "I wish it hadn't", a "how are you?" that asks nothing, a deed with "for you" fused on its verb, what others
// did to the writers, the door asked with «أجبني» or «الرد إلى», "anything else?" with «أمر آخر», a sign-off with a word
// of warmth, the thing "you know" by habit, and a promise made certain by «100٪» or «هذا وعد منا».
import { describe, expect, it } from 'vitest';
import { lint, readReply } from './index.js';

const reply = (body: string, signOff = 'مع خالص التحية،\nنور'): string => `مرحبا ليلى،\n\n${body}\n\n${signOff}`;
const rules = (text: string, channel: 'email' | 'chat' | 'social' = 'email'): string[] => lint(text, { language: 'ar', channel }).map((m) => `${m.ruleId} ${m.actual ?? ''}`);
const reported = (rule: string, text: string, channel: 'email' | 'chat' | 'social' = 'email'): string[] =>
  lint(text, { language: 'ar', channel }).filter((m) => m.ruleId === rule).map((m) => m.actual ?? '');
const actsOf = (text: string, channel: 'email' | 'chat' | 'social' = 'chat'): string[][] => readReply(text, { language: 'ar', channel }).body.map((s) => s.reading.acts);

describe('require-next-step in Arabic: sympathy in the spoken varieties, with nothing behind it', () => {
  it('reads «معليش» and «معلش» as an apology, so a bare one in a chat is reported', () => {
    const text = 'والله معليش شديد على التحويل المحجوز، عارفين إنو القروش مهمة ليك. نحنا معاك في أي وكت.';
    expect(reported('require-next-step', text, 'chat')).toEqual(['والله معليش شديد على التحويل المحجوز، عارفين إنو القروش مهمة ليك.']);
    expect(actsOf('معلش على التأخير.')[0]).toEqual(['apology']);
  });

  it('reads «يا ريت ما صار» and «بعرف قديش» as sympathy, and an appointment called off as no date to come', () => {
    expect(actsOf('يا ريت ما صار هيك معك، بعرف قديش بيزعّل إنك تستني ساعتين وبالآخر ينلغى الموعد.')[0]).toEqual(['empathy']);
    expect(actsOf('وبالآخر ينلغى الموعد.')[0]).toEqual(['news']);
    // A date still to come is what comes next.
    expect(actsOf('موعدك يوم الأحد الساعة العاشرة.')[0]).toEqual(['next-info']);
  });

  it('takes "how are you?" for a courtesy, not a question that moves the case', () => {
    const text = reply('كيفنّك؟ معليش شديد على الموية النازلة من السقف في الشقة. ربنا يسهّل.');
    expect(reported('require-next-step', text)).toEqual(['معليش شديد على الموية النازلة من السقف في الشقة.']);
    expect(actsOf('كيف حالك؟')[0]).toEqual(['other']);
    expect(actsOf('هل وصلك الطلب؟')[0]).toEqual(['question']);
  });

  it('reads a deed with "for you" fused on the verb («رجّعنالك») as done, and a wish fused the same way as no deed', () => {
    expect(rules('@rawan يا هلا روان، آسفين إنو الأكل وصلك بارد. رجّعنالك قيمة الطلب كرصيد، وبعتنالك كود خصم.', 'social')).toEqual([]);
    expect(reported('require-next-step', '@haider نعتذر منك هواية عالانقطاع. نتمنالك يوم حلو 🌷', 'social')).toEqual(['نعتذر منك هواية عالانقطاع.']);
  });

  it('reads «غير» before a definite adjective as no denial: an amount coming back tomorrow is still what comes next', () => {
    const text = '@huda آسفون لتعطّل التطبيق هذا الصباح. التحويلات غير المكتملة تُعاد مبالغها تلقائيًا، وغالبًا يظهر المبلغ في الحساب قبل نهاية الغد.';
    expect(reported('require-next-step', text, 'social')).toEqual([]);
  });
});

describe('require-closing-invitation in Arabic: doors in other words', () => {
  it('reads «فأجبني على هذا البريد» after a condition as the door, and «تحياتي الطيبة،» as the sign-off', () => {
    const text = reply('فتحت لك طلب متابعة برقم 88120.\n\nإن بقي المبلغ ظاهرًا بعد الأحد، فأجبني على هذا البريد وسأعالجه مباشرة.', 'تحياتي الطيبة،\nريم العتيبي');
    expect(reported('require-closing-invitation', text)).toEqual([]);
    // Without the door, the report is on the last sentence before the sign-off, not on the sign-off.
    const bare = reply('فتحت لك طلب متابعة برقم 88120.', 'تحياتي الطيبة،\nريم العتيبي');
    expect(reported('require-closing-invitation', bare)).toEqual(['فتحت لك طلب متابعة برقم 88120.']);
  });

  it('reads "anything else?" asked with «أمر آخر» as the door, not as a question that moves the case', () => {
    expect(actsOf('هل من أمر آخر أستطيع خدمتك به اليوم؟')[0]).toEqual(['invitation']);
    expect(reported('require-next-step', 'نعتذر بشدة عن ضياع الملفات. هل من أمر آخر أستطيع خدمتك به اليوم؟', 'chat')).toEqual(['نعتذر بشدة عن ضياع الملفات.']);
  });

  it('does not take what others did to the writers («الجيران كلّمونا») or «هذا وعد منا» for the door', () => {
    expect(actsOf('وكتير من الجيران كلّمونا بنفس الموضوع الشهر ده.')[0]).toEqual(['news']);
    expect(actsOf('ولو فيه أي حاجة كلّمونا.')[0]).toEqual(['invitation']);
    expect(actsOf('هذا وعد منا.')[0]).not.toContain('invitation');
  });
});

describe('no-unclear-instructions in Arabic: the thing "you know" by habit', () => {
  it('reports any thing on the screen called the usual one, once', () => {
    expect(reported('no-unclear-instructions', reply('ادخلي على حسابك واعملي طلب الإرجاع من المكان المعتاد.'))).toEqual(['المكان المعتاد']);
    expect(reported('no-unclear-instructions', reply('اضغط الزر المعروف لإكمال الطلب.'))).toEqual(['الزر المعروف']);
    expect(reported('no-unclear-instructions', reply('ادخل بالطريقة المعتادة.'))).toEqual(['بالطريقة المعتادة']);
    // Outside an instruction, or of no thing on the screen, the usual is no step assumed.
    expect(reported('no-unclear-instructions', reply('الرسوم المعتادة لا تنطبق على طلبك.'))).toEqual([]);
  });
});

describe('no-overpromise in Arabic: certainty in other words', () => {
  it('reads «بنسبة 100٪» (Latin digits, Arabic sign) and «هذا وعد منا» as certainty on what others deliver', () => {
    expect(reported('no-overpromise', reply('أرسلنا هاتفك إلى مركز الصيانة. سيعود إليك الهاتف مُصلحًا بنسبة 100٪ خلال أسبوع.'))).toEqual(['100٪']);
    expect(reported('no-overpromise', '@ziad ستعود الخوادم للعمل عند السادسة، وستُحل جميع المشكلات نهائيًا ولن تتكرر أبدًا، هذا وعد منا', 'social')).toEqual(['لن تتكرر أبدًا']);
  });

  it('reads «عند» before a time of day as "at", not as a condition', () => {
    expect(readReply(reply('سيصلك الفني عند الساعة الخامسة.'), { language: 'ar' }).body[0]!.reading.modality).toBe('certain');
    expect(readReply(reply('عند وصول الطلب، أخبرنا.'), { language: 'ar' }).body[0]!.reading.modality).toBe('conditional');
  });
});

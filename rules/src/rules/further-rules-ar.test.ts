import { describe, expect, it } from 'vitest';
import { fixed, only, report } from '../../test/helpers.js';

const reply = (body: string, greeting = 'مرحبا ليلى،', signOff = 'مع خالص التحية،\nنور'): string => `${greeting}\n\n${body}\n\n${signOff}`;

describe('require-thanks in Arabic', () => {
  const id = 'require-thanks';
  it('offers an Arabic thanks before the first sentence', () => {
    const text = reply('لقد أعدت المبلغ إلى بطاقتك. أخبرنا إذا كان لديك أي أسئلة أخرى.');
    expect(only(id, text)[0]!.reason).toContain('لا يشكر الرد العميل');
    expect(fixed(id, text)).toBe(reply('شكرًا لتواصلك معنا. لقد أعدت المبلغ إلى بطاقتك. أخبرنا إذا كان لديك أي أسئلة أخرى.'));
  });

  const invalid = [
    'لقد أعدت المبلغ إلى بطاقتك.',
    'تم شحن طلبك اليوم.',
    'سأتحقق من حالة الطلب وأعود إليك.',
    'يرجى إرسال رقم الطلب.',
    'قمت بتحديث عنوان الشحن.',
    'سنرسل لك بديلًا غدًا.',
    'أفهم أن التأخير مزعج، وقد أرسلنا الطلب اليوم.',
    'نعتذر عن التأخير، وقد تم شحن الطلب.',
    'افتح التطبيق ثم اختر الطلبات.',
    'ستصلك رسالة تأكيد خلال ساعة.',
  ];
  it.each(invalid)('reports %j', (body) => {
    expect(report(id, reply(body))).toHaveLength(1);
  });

  const valid: Array<[string, string?]> = [
    ['شكرًا لتواصلك معنا. لقد أعدت المبلغ إلى بطاقتك.'],
    ['شكرا على صبرك، تم شحن طلبك اليوم.'],
    ['نشكرك على إبلاغنا بالمشكلة. سنصلحها اليوم.'],
    ['أشكرك على رسالتك. سأتحقق من الطلب.'],
    ['نقدر تواصلك معنا. قمت بتحديث العنوان.'],
    ['نحن ممتنون لصبرك. تم إرسال البديل.'],
    ['شكرًا جزيلًا لك! تم شحن الطلب.'],
    ['وشكرا لك على ملاحظتك. سنرسل البديل غدًا.'],
    ['لقد أعدت المبلغ إلى بطاقتك.', 'شكرًا،\nنور'],
    ['تم شحن طلبك اليوم.', 'مع الشكر والتقدير،\nنور'],
  ];
  it.each(valid)('leaves %j alone', (body, signOff) => {
    expect(report(id, reply(body, undefined, signOff))).toEqual([]);
  });
});

describe('no-generic-apology in Arabic', () => {
  const id = 'no-generic-apology';
  it('reports the boilerplate apology, in Arabic', () => {
    const [message] = only(id, reply('نعتذر عن أي إزعاج. لقد أرسلنا طلبك.'));
    expect(message!.actual).toBe('نعتذر عن أي إزعاج');
    expect(message!.reason).toContain('هذا الاعتذار لا يسمّي شيئًا');
  });

  const invalid = [
    'نعتذر عن أي إزعاج. لقد أرسلنا طلبك.',
    'نأسف للإزعاج. تم شحن الطلب.',
    'نعتذر عن الإزعاج الذي سببه لك هذا. سنرسل بديلًا.',
    'أعتذر عن أي مشكلة. قمت بتحديث الحساب.',
    'نعتذر عن أي إزعاج قد يكون تسبب لك. أعدنا المبلغ.',
    'عذرًا على الإزعاج. تم حل المشكلة.',
    'نأسف على أي التباس. التفاصيل الصحيحة أدناه.',
    'أعتذر عن التأخير. سأتحقق الآن.',
    'نعتذر عن أي تأخير. الطلب في الطريق.',
    'آسفون على المتاعب. أضفنا رصيدًا إلى حسابك.',
  ];
  it.each(invalid)('reports %j', (body) => {
    expect(report(id, reply(body))).toHaveLength(1);
  });

  const valid = [
    'أنا آسف جدًا لسماع أن طلبك لم يصل بعد. أرسلت بديلًا اليوم.',
    'نعتذر لأن الطرد وصل تالفًا. سنرسل بديلًا غدًا.',
    'أعتذر عن الخصم المزدوج على بطاقتك؛ أعدت المبلغ الزائد.',
    'يؤسفني أن هذه لم تكن تجربة مثالية بالنسبة لك. قمت بتعويضك.',
    'نعتذر عن أي إزعاج. وأعتذر بشكل خاص لأن الشحنة تأخرت أسبوعًا كاملًا عن موعدها.',
    'نعتذر عن تأخير طلبك رقم 4512 أسبوعًا كاملًا. شحناه اليوم.',
    'لقد أرسلنا طلبك اليوم.',
    'للأسف نفد المنتج، وسنرسل لك بديلًا.',
    'نعتذر عن الإزعاج الذي سببه انقطاع الخدمة صباح اليوم عن كل المستخدمين في منطقتك. عادت الخدمة الآن.',
    'لا داعي للاعتذار، يسعدنا مساعدتك. تم تحديث العنوان.',
  ];
  it.each(valid)('leaves %j alone', (body) => {
    expect(report(id, reply(body))).toEqual([]);
  });
});

describe('no-generic-greeting in Arabic', () => {
  const id = 'no-generic-greeting';
  const body = 'لقد أعدت المبلغ إلى بطاقتك.';
  it('reports a greeting without a name, in Arabic', () => {
    const [message] = only(id, reply(body, 'عزيزي العميل،'));
    expect(message!.actual).toBe('عزيزي العميل،');
    expect(message!.reason).toBe('«عزيزي العميل،» لا تحيي العميل باسمه');
  });

  const invalid = ['عزيزي العميل،', 'عميلنا العزيز،', 'عزيزتي العميلة،', 'مرحبًا،', 'السلام عليكم،', 'مرحبًا بك،', 'أهلا بكم،', 'عزيزي المستخدم،', 'سيدي العزيز،', 'مرحبا عزيزي العميل،'];
  it.each(invalid)('reports %j', (greeting) => {
    expect(report(id, reply(body, greeting))).toHaveLength(1);
  });

  const valid = ['مرحبًا ليلى،', 'عزيزتي منى،', 'عزيزي بيتر ،', 'مرحبا جيرالدين ،', 'السلام عليكم أستاذ أحمد،', 'أهلًا سارة!', 'صباح الخير يا خالد،', 'مرحبا {{customer.first_name}}،', 'عزيزي السيد كريم،', 'مساء الخير نادية،'];
  it.each(valid)('leaves %j alone', (greeting) => {
    expect(report(id, reply(body, greeting))).toEqual([]);
  });
});

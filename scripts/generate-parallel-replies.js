// Generates pairs of replies, one English and one Arabic, of the same shape from
// parallel sentence banks (sentence i of one bank says what sentence i of the
// other says, faults included), deterministically from a seed. For comparing
// the speed of the two languages on like input: `npm run bench:arabic`.

const bank = [
  ["I'm so sorry to hear that your order hasn't arrived yet.", 'أنا آسف جدًا لسماع أن طلبك لم يصل بعد.'],
  ["I've sent a replacement that should arrive by Friday.", 'لقد أرسلت بديلًا من المتوقع أن يصل يوم الجمعة.'],
  ['You need to check your order number.', 'عليك التحقق من رقم طلبك.'],
  ['Unfortunately, we cannot refund digital purchases after 30 days.', 'للأسف، لا يمكننا استرداد مبلغ المشتريات الرقمية بعد 30 يومًا.'],
  ['Your package will arrive tomorrow.', 'سيصل طلبك غدًا.'],
  ['Just check your settings.', 'فقط تحقق من إعداداتك.'],
  ['Open the app, then choose Settings, then tap Account, then sign out.', 'افتح التطبيق ثم اختر الإعدادات ثم انقر على الحساب ثم سجل الخروج.'],
  ['Thanks for reaching out about the Orange Peeler 2000; that sounds really frustrating.', 'شكرًا لتواصلك معنا بشأن Orange Peeler 2000؛ يبدو ذلك محبطًا حقًا.'],
  ['Could you send me the order number from your confirmation email?', 'هل يمكنك إرسال رقم الطلب من رسالة التأكيد؟'],
  ["I've refunded the difference to your card ending in 4412.", 'لقد أعدت الفرق إلى بطاقتك المنتهية بالرقم 4412.'],
  ["I'm not sure, but it might be the cache.", 'لست متأكدًا، لكن المشكلة قد تكون في ذاكرة التخزين.'],
  ['Please update the CNAME record for your custom domain.', 'يرجى تحديث سجل CNAME لنطاقك الخاص.'],
  ["I'll check with the courier and update you by this afternoon.", 'سأتحقق من شركة الشحن وأبلغك بعد ظهر اليوم.'],
  ['We apologise for any inconvenience.', 'نعتذر عن أي إزعاج.'],
  ["The courier couldn't locate your parcel with the tracking number.", 'لم تتمكن شركة التوصيل من تحديد موقع الطرد برقم التتبع.'],
  ["This isn't something we see happen often.", 'هذا ليس شيئًا نراه يحدث كثيرًا.'],
  ['This will never happen again.', 'لن يتكرر هذا أبدًا.'],
  ['You can find your invoices under Account, then Billing.', 'يمكنك العثور على فواتيرك في الحساب ثم الفوترة.'],
];
const closings = [
  ['Let us know if you have any other questions.', 'أخبرنا إذا كان لديك أي أسئلة أخرى.'],
  ["I'm here to help!", 'أنا هنا للمساعدة!'],
  ['', ''],
  ['', ''],
];
const greetings = [
  ['Hi {name},', 'مرحبا {name}،'],
  ['Dear {name},', 'عزيزي {name}،'],
  ['Dear customer,', 'عزيزي العميل،'],
];
const names = [
  ['Geraldine', 'جيرالدين'],
  ['Peter', 'بيتر'],
  ['Layla', 'ليلى'],
  ['Omar', 'عمر'],
];
const signOffs = [
  ['Thanks,\n{agent}', 'شكرًا،\n{agent}'],
  ['Best regards,\n{agent}', 'مع خالص التحية،\n{agent}'],
  ['Sincerely,\n{agent}', 'بإخلاص،\n{agent}'],
];
const agents = [
  ['Rachel', 'راشيل'],
  ['Katie', 'كاتي'],
  ['Robert', 'روبرت'],
];

/** `count` pairs `{ en, ar }`: the same choices made from each language's bank. */
export function generateParallelReplies(count, seed = 42) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const pick = (list) => list[Math.floor(next() * list.length)];
  const pairs = [];
  for (let i = 0; i < count; i++) {
    const n = 2 + Math.floor(next() * 5);
    const sentences = Array.from({ length: n }, () => pick(bank));
    const closing = pick(closings);
    const greeting = pick(greetings);
    const name = pick(names);
    const signOff = pick(signOffs);
    const agent = pick(agents);
    const reply = (l) => {
      const paragraphs = [sentences.slice(0, 2).map((s) => s[l]).join(' '), sentences.slice(2).map((s) => s[l]).join(' ')].filter(Boolean);
      if (closing[l]) paragraphs.push(closing[l]);
      return [greeting[l].replace('{name}', name[l]), ...paragraphs, signOff[l].replace('{agent}', agent[l])].join('\n\n');
    };
    pairs.push({ id: `pair-${i + 1}`, en: reply(0), ar: reply(1) });
  }
  return pairs;
}

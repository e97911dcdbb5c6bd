/**
 * The Arabic notes that a rule's English half uses too: the note of the jargon reports it makes in an Arabic reply
 * (no-unclear-instructions), and the note that marks an Arabic limit, which a way forward in the reply answers
 * (no-negative-phrasing). Kept apart from the Arabic rule modules: the bundles evaluate those only when an Arabic reply
 * is linted (scripts/release.mjs), and an English half may import only their functions.
 */
export const unclearNote =
  'اكتب إجابات واضحة ومباشرة لا يمكن أن يُساء فهمها، ولا تفترض أن العميل يعرف ما تعرفه (لعنة المعرفة). لا تطلب منه فقط أن يبحث بنفسه؛ أعطه توجيهات خطوة بخطوة حول كيفية الوصول إلى ما يحتاجه ومكانه. الردود الطويلة تُقرأ أسهل بالنقاط وفواصل الأسطر («خدمة العملاء 101»، «مهارات الكتابة الواضحة»؛ «كيفية تقديم خدمة العملاء المتميزة»).';

export const cantNote = 'لا يريد العملاء محاضرة عمّا لا يمكنك فعله؛ يريدون خياراتهم («خدمة العملاء 101»). ابدأ بما يمكنك فعله: «ما يمكنني فعله هو …»، «يمكنني … بمجرد …».';

export const blameNote = 'اللوم والوعظ يضعان العميل في موقف دفاعي. صِف ما حدث وما سيحدث بعد ذلك دون الإشارة إلى أحد («خدمة العملاء 101»؛ «كيفية تقديم خدمة العملاء المتميزة»، الاحترام واللباقة).';

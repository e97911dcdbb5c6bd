import { defineRule } from '../define-rule.js';
import { modelOf } from '../model/reply-model.js';
import { holdsOpaqueContent } from '../placeholders.js';

const note =
  '"Don\'t let the placating \'We\'re sorry!\' do all the work." Follow an apology with a firm next step or a short list of realistic options, and say what you did (Customer Service 101, "Advocate for your customers", LATTE: Listen, Acknowledge, Take action, Thank, Explain).';

const arabicNote =
  'لا تدع عبارة «نحن آسفون!» تقوم بكل العمل. أتبِع الاعتذار بخطوة تالية واضحة أو بقائمة قصيرة من الخيارات الواقعية، وقل ما فعلته («خدمة العملاء 101»، «دافع عن عملائك»؛ LATTE: استمع، اعترف بالمشكلة، اعمل، اشكر، اشرح ما قمت به).';

export default defineRule(
  {
    id: 'require-next-step',
    description: 'A reply with no concrete next step: nothing done, nothing that will happen, nothing for the customer to do',
    note,
    source: 'Customer Service 101, "Advocate for your customers", "How to close a customer conversation", LATTE',
    example: { bad: "Hi Chris,\n\nWe're sorry for the trouble with your order.\n\nBest,\nPriya", good: "Hi Chris,\n\nWe're sorry for the trouble with your order. I've sent a replacement today.\n\nBest,\nPriya" },
    examples: { ar: { bad: 'مرحبا ليلى،\n\nنحن آسفون لأن طلبك تأخر.\n\nمع خالص التحية،\nنور', good: 'مرحبا ليلى،\n\nنحن آسفون لأن طلبك تأخر. لقد أرسلت بديلًا اليوم.\n\nمع خالص التحية،\nنور' } },
    languages: ['en', 'ar'],
    defaultOptions: {},
  },
  (context) => {
    const { nextStep } = context.checklist;
    // A post of a reply posted in parts that says it goes on ("… 1/3") is not the whole reply: its next step may be in
    // the posts that follow, as its invitation and the way forward after a limit may (see `continues`). The last post
    // ("3/3") is judged.
    if (!nextStep.expected || nextStep.present || context.continues) return [];
    // A template whose answer is a placeholder of its own ("**{explanation}**") may hold the step there.
    if (context.template && holdsOpaqueContent(context.original, context.sentences)) return [];
    // An apology, or sympathy, with nothing behind it is the case the source warns about.
    const sorryRead = modelOf(context).body.find((s) => s.reading.acts.includes('apology') || s.reading.acts.includes('empathy'));
    const sorry = sorryRead?.sentence;
    // "I understand how frustrating this is" sympathises; it is no apology, and the message says which it is.
    const apologises = sorryRead?.reading.acts.includes('apology') === true;
    const arabic = context.language === 'ar';
    // In chat and social replies, often mid-conversation, only a bare apology is worth a report.
    if (!sorry && context.channel !== 'email') return [];
    if (sorry) {
      return [
        {
          start: sorry.start,
          end: sorry.end,
          message: arabic
            ? `لا تتبع ${apologises ? 'هذا الاعتذارَ' : 'هذا التعاطفَ'} خطوةٌ تالية؛ قل ما فعلته، أو ما سيحدث بعد ذلك، أو ما يمكن للعميل فعله`
            : `This ${apologises ? 'apology' : 'sympathy'} is not followed by a next step; say what you have done, what will happen next, or what the customer can do`,
          expected: [],
          ...(arabic ? { note: arabicNote } : {}),
        },
      ];
    }
    const last = context.structure.paragraphs.at(-1) ?? context.structure.body;
    return [
      {
        start: last.start,
        end: last.end,
        message: arabic
          ? 'لا يحتوي هذا الرد على خطوة تالية؛ قل ما فعلته، أو ما سيحدث بعد ذلك، أو ما يمكن للعميل فعله'
          : 'This reply has no next step; say what you have done, what will happen next, or what the customer can do',
        expected: [],
        ...(arabic ? { note: arabicNote } : {}),
      },
    ];
  },
);

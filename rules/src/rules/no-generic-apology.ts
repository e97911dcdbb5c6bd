import { defineRule } from '../define-rule.js';
import { signalsFor } from '../checklist.js';

const note =
  'A boilerplate apology ("we apologise for any inconvenience") sounds like nobody read the message. Name what went wrong and own it: "I\'m sorry your order arrived damaged" (Customer Service 101, a sincere apology in the model replies; LATTE, Acknowledge).';

const arabicNote =
  'الاعتذار المعلَّب («نعتذر عن أي إزعاج») يوحي بأن أحدًا لم يقرأ الرسالة. سمِّ ما حدث وتحمّل مسؤوليته: «أنا آسف جدًا لسماع أن طلبك لم يصل بعد» («خدمة العملاء 101»، الردود النموذجية؛ LATTE).';

export default defineRule(
  {
    id: 'no-generic-apology',
    description: 'A boilerplate apology ("we apologise for any inconvenience") in place of a specific one',
    note,
    source: 'Customer Service 101, a sincere apology; LATTE',
    example: { bad: 'We apologise for any inconvenience.', good: "I'm sorry your order arrived damaged." },
    examples: { ar: { bad: 'نعتذر عن أي إزعاج.', good: 'أنا آسف لأن طلبك وصل متأخرًا.' } },
    languages: ['en', 'ar'],
    defaultOptions: {},
  },
  (context) => {
    const { apology } = context.checklist;
    // A specific apology elsewhere in the reply already does the work.
    if (!apology.present || apology.specific) return [];
    const sentence = context.bodySentences().find((s) => s.start === apology.range!.start);
    if (!sentence) return [];
    const signals = signalsFor(context);
    // The signals read their own source (Arabic folded, without marks); its offsets map back to the text.
    const source = signals.source(context);
    const from = source.at(sentence.start);
    const match = signals.genericApology.exec(source.text.slice(from, source.at(sentence.end)));
    if (!match) return [];
    const at = from + match.index + (match[0].length - match[0].trimStart().length);
    // The words that stand for the problem ("any inconvenience"): the message quotes them, so that an apology that goes on
    // to name a cause ("… caused by the power cut") is told what is generic in it.
    const stand = /\b(?:any|the|all the)\s+(?:inconvenience|trouble|issues?|problems?|confusion|frustration|disruption|delays?)\b/i.exec(match[0])?.[0];
    return [
      {
        start: source.start(at),
        end: source.end(from + match.index + match[0].length),
        message:
          context.language === 'ar'
            ? 'هذا الاعتذار لا يسمّي شيئًا؛ قل ما الذي حدث خطأ («أنا آسف لأن طلبك وصل متأخرًا»)'
            : stand
              ? `This apology is for "${stand.replace(/\s+/g, ' ')}", which names nothing; say what went wrong for the customer ("I'm sorry your order arrived late")`
              : 'This apology names nothing; say what went wrong ("I\'m sorry your order arrived late")',
        ...(context.language === 'ar' ? { note: arabicNote } : {}),
        expected: [],
      },
    ];
  },
);

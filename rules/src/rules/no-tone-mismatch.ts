import { defineRule } from '../define-rule.js';
import type { Report } from '../types.js';
import { arabicRegex } from '../arabic.js';

const note =
  'Adapt your tone to the context: cheerful exclamations and emoji that fit good news read as careless in a reply about a loss, a delay or damage (Customer Service 101, "Adapt your tone to the context").';

/** What makes a reply about a loss, a delay or damage. */
const somberSubject =
  /\b(?:lost|missing|damaged|broken|stolen|late|delay(?:ed|s)?|never arrived|hasn['’]t arrived|didn['’]t arrive|not arrived|outage|down|failed|faulty|defective|leak(?:ed|ing)?|injur[a-z]*|bereavement|passed away|died|death|fraud|scam|hacked|charged twice|overcharged|cancell?ed|refused|declined)\b/i;

/** The same in Arabic: «فُقد»، «تالف»، «تأخر»، «لم يصل»، «احتيال»، «وفاة». */
const arabicSomberSubject = arabicRegex(
  (p) => `(?<![\\u0621-\\u064A])[وف]?(?:ال)?(?:${['مفقود', 'مفقودة', 'فقد', 'ضاع', 'ضائع', 'تالف', 'تالفة', 'مكسور', 'مكسورة', 'سرق', 'مسروق', 'تأخر', 'تأخير', 'متأخر', 'متأخرة', 'لم يصل', 'لم تصل', 'معطل', 'معطلة', 'عطل', 'انقطاع', 'معيب', 'تسرب', 'إصابة', 'وفاة', 'توفي', 'توفيت', 'احتيال', 'اختراق', 'خصم مرتين', 'ألغي', 'إلغاء', 'رفض'].map(p).join('|')})`,
);
/** Arabic laughter: «ههههه»، «هاها». */
const arabicLaughter = /(?<![\u0621-\u064A])(?:ه{3,}|(?:ها){2,}|هه+ه)(?![\u0621-\u064A])/gu;

/** Cheerful markers: celebratory emoji and smileys, laughter, doubled exclamation marks. */
const cheerful =
  /[😀😃😄😁😆😅😂🤣😊😇🙂😉😍🥰😘😎🤩🥳🎉🎊🙌👏✨💯🔥😜😝😛]|(?<![\p{L}\p{N}])(?::-?\)|:-?D|;-?\)|\^_\^)(?![\p{L}\p{N}])|\b(?:lol|haha(?:ha)*|hehe|yay|woo+hoo+|woohoo)\b|!{2,}/giu;

const arabicNote = 'كيّف نبرتك مع السياق: علامات التعجب المبتهجة والرموز التعبيرية التي تناسب الأخبار السارة تبدو استهتارًا في رد عن فقدان أو تأخير أو تلف («خدمة العملاء 101»، «كيّف نبرتك مع السياق»).';

export default defineRule(
  {
    id: 'no-tone-mismatch',
    description: 'Cheerful exclamations or emoji in a reply about a loss, a delay or damage',
    note,
    source: 'Customer Service 101, "Adapt your tone to the context"',
    example: { bad: 'Your parcel was damaged in transit 😂!!', good: "I'm sorry your parcel was damaged in transit." },
    examples: { ar: { bad: 'وصل طردك تالفًا 😂', good: 'يؤسفني أن طردك وصل تالفًا.' } },
    languages: ['en', 'ar'],
    scope: 'paragraph',
    // The subject is the whole reply's: a cheerful line anywhere in a reply about a loss is reported.
    appliesTo: (context) => {
      const { body } = context.structure;
      return context.language === 'ar' ? arabicSomberSubject.test(context.arabicSource.slice(body.start, body.end)) : somberSubject.test(context.text.slice(body.start, body.end));
    },
    defaultOptions: {},
  },
  (context) => {
    const { body: range } = context.structure;
    const arabic = context.language === 'ar';
    const bodyText = context.text.slice(range.start, range.end);
    // One pass over the body, not one per sentence; a match must lie in a body sentence.
    const reports: Report[] = [];
    const matches = arabic ? [...bodyText.matchAll(cheerful), ...bodyText.matchAll(arabicLaughter)] : bodyText.matchAll(cheerful);
    for (const match of matches) {
      const start = range.start + match.index;
      const end = start + match[0].length;
      if (context.sentenceAt(start)?.region !== 'body' || context.isQuoted(start, end)) continue;
      const isPunctuation = match[0].startsWith('!');
      const removal = isPunctuation ? { start, end, expected: '.' } : withoutMarker(context.text, start, end);
      reports.push({
        start: removal.start,
        end: removal.end,
        message: arabic ? `«${match[0]}» تبدو مبتهجة في رد عن مشكلة؛ حافظ على نبرة هادئة ومهتمة` : `"${match[0]}" sounds cheerful in a reply about a problem; keep the tone calm and caring`,
        expected: [removal.expected],
        ...(arabic ? { note: arabicNote } : {}),
      });
    }
    return reports;
  },
);

/**
 * An emoji or smiley taken out with the space that set it apart, so no double space is left ("by Friday 🙂 ^Lou" → "by
 * Friday ^Lou"); where it stood for the end of a sentence ("for that one 🙂 Head to …"), a full stop takes its place
 * ("for that one. Head to …").
 */
function withoutMarker(text: string, start: number, end: number): { start: number; end: number; expected: string } {
  // (Counted in code: an end-anchored pattern would be searched again from every space of a long run.)
  let spaceBefore = 0;
  while (spaceBefore < 40 && (text[start - spaceBefore - 1] === ' ' || text[start - spaceBefore - 1] === '\t')) spaceBefore++;
  let spaceAfter = 0;
  while (spaceAfter < 40 && (text[end + spaceAfter] === ' ' || text[end + spaceAfter] === '\t')) spaceAfter++;
  const previous = text[start - spaceBefore - 1] ?? '';
  const next = text[end + spaceAfter] ?? '';
  if (spaceAfter > 0 && /\p{Lu}/u.test(next) && /[\p{L}\p{N})]/u.test(previous)) return { start: start - spaceBefore, end, expected: '.' };
  if (spaceBefore > 0) return { start: start - spaceBefore, end, expected: '' };
  return { start, end: end + spaceAfter, expected: '' };
}

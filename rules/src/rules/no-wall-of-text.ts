import { defineRule } from '../define-rule.js';
import type { Report } from '../types.js';
import { isWhiteSpace } from '../structure.js';

export interface Options {
  /** The most words one paragraph may hold. */
  maxParagraphWords: number;
  /** The most sentences one paragraph may hold. */
  maxParagraphSentences: number;
}

const note =
  'Long replies read better with bullets, line breaks and bold that split them into scannable sections; careless formatting causes confusion (Customer Service 101, "Crystal-clear writing skills").';

/** A letter or digit: Latin, Greek to Arabic and beyond (U+0370–U+1FFF). */
const wordish = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f) || (code >= 0x370 && code <= 0x1fff);
/** Words, as runs between white space that hold a letter or digit (a lone dash is not a word). One pass, no allocation. */
const words = (text: string): number => {
  let count = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWhiteSpace(code)) counted = false;
    else if (!counted && wordish(code)) {
      count++;
      counted = true;
    }
  }
  return count;
};
const isEnd = (code: number): boolean => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x61f;
/**
 * Sentences by their ends: a run of . ! ? ؟ after something else, followed by
 * white space or the end. A hard-wrapped line is not a sentence of its own for
 * the reader. One pass, no allocation.
 */
const sentenceEnds = (text: string): number => {
  let count = 0;
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isEnd(code)) continue;
    const before = text.charCodeAt(i - 1);
    if (isWhiteSpace(before) || isEnd(before)) continue;
    let j = i + 1;
    while (j < text.length && isEnd(text.charCodeAt(j))) j++;
    if (j === text.length || isWhiteSpace(text.charCodeAt(j))) count++;
    i = j - 1;
  }
  return count;
};

export default defineRule<Options>(
  {
    id: 'no-wall-of-text',
    description: 'A long paragraph with no breaks, bullets or steps',
    note,
    source: 'Customer Service 101, "Crystal-clear writing skills"',
    example: {
      bad: `Hi Sam,\n\n${'I checked your account and the order history and the payment log. '.repeat(12)}\n\nBest,\nAna`,
      good: "Hi Sam,\n\nI checked three things:\n\n- your account\n- the order history\n- the payment log\n\nBest,\nAna",
    },
    examples: {
      ar: {
        bad: `مرحبا ليلى،\n\n${'راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. '.repeat(10)}\n\nمع خالص التحية،\nنور`,
        good: 'مرحبا ليلى،\n\nراجعت ثلاثة أشياء:\n\n- حسابك\n- سجل الطلبات\n- سجل المدفوعات\n\nمع خالص التحية،\nنور',
      },
    },
    channels: ['email', 'chat'],
    languages: ['en', 'ar'],
    scope: 'paragraph',
    defaultOptions: { maxParagraphWords: 120, maxParagraphSentences: 7 },
  },
  (context, options) => {
    const reports: Report[] = [];
    const body = context.bodySentences();
    for (const paragraph of context.structure.paragraphs) {
      // Too many words take at least two characters each, too many sentences two each ("a. b."): a shorter paragraph is not counted.
      const length = paragraph.end - paragraph.start;
      const mayHaveTooManyWords = length >= options.maxParagraphWords * 2;
      const mayHaveTooManySentences = length >= (options.maxParagraphSentences + 1) * 2;
      if (!mayHaveTooManyWords && !mayHaveTooManySentences) continue;
      const text = context.text.slice(paragraph.start, paragraph.end);
      const sentences = sentenceEnds(text);
      if (!mayHaveTooManyWords && sentences <= options.maxParagraphSentences) continue;
      const count = words(text);
      if (count <= options.maxParagraphWords && sentences <= options.maxParagraphSentences) continue;
      // A list is already broken up.
      if (/^[ \t]*(?:\d+[.)]|[-*•])\s/m.test(text)) continue;
      // Report the paragraph's first sentence, not the whole block, so the underline is readable.
      const first = body.find((s) => s.start >= paragraph.start && s.end <= paragraph.end) ?? paragraph;
      reports.push({
        start: first.start,
        end: first.end,
        message:
          context.language === 'ar'
            ? `فقرة من ${count} كلمة و${sentences} جملة يصعب تصفحها؛ قسّمها بفواصل أسطر أو نقاط أو خطوات`
            : `A paragraph of ${count} words and ${sentences} sentence${sentences === 1 ? '' : 's'} is hard to scan; break it up with line breaks, bullets or steps`,
        expected: [],
        ...(context.language === 'ar' ? { note: 'الردود الطويلة تُقرأ أسهل بالنقاط وفواصل الأسطر والخط العريض التي تقسمها إلى أقسام يسهل تصفحها؛ التنسيق المهمل يسبب الارتباك («خدمة العملاء 101»، «مهارات الكتابة الواضحة»).' } : {}),
      });
    }
    return reports;
  },
);

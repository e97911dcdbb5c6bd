/**
 * Arabic matching: a phrase written plainly matches it with or without
 * diacritics and tatweel, and whichever form of alef, hamza seat, taa marbuta
 * or final yaa the writer used ("يجب عليك" matches "يَجِبُ عَلَيْكَ" and "يجـب عليك").
 */

/** Diacritics (harakat, shadda, sukun, superscript alef) and tatweel, which may follow any letter. */
const marks = '[\\u064B-\\u0652\\u0670\\u0640]*';

const variants: Record<string, string> = {
  'ا': '[اأإآٱ]',
  'أ': '[اأإآٱ]',
  'إ': '[اأإآٱ]',
  'آ': '[اأإآٱ]',
  'ة': '[ةه]',
  'ه': '[هة]',
  'ي': '[يى]',
  'ى': '[ىي]',
  'ؤ': '[ؤو]',
  'ئ': '[ئيى]',
};

/** The pattern source for an Arabic phrase, tolerant of marks and letter variants; spaces match any white space. */
export function arabicPattern(phrase: string): string {
  let out = '';
  for (const char of phrase) {
    if (char === ' ') out += '\\s+';
    else if (/[\u0621-\u064A]/u.test(char)) out += `${variants[char] ?? char}${marks}`;
    else out += char.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  }
  return out;
}

/** Arabic letters, for word boundaries: a phrase may follow only a non-letter, or the conjunctions و and ف. */
export const arabicLetter = /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]/u;

/** A condition still open before the hit: "إذا كان عليك …", "في حال لم يمكننا …". */
export const arabicCondition = /(?:^|[^\u0621-\u064A])(?:إذا|اذا|لو|في حال|عندما|حين|متى)\s+[^،,.؛;:!?؟]*$/u;

import type { ReplyContext, Sentence } from './context.js';

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

const markChars = /[\u064B-\u0652\u0670\u0640]/u;
const markCharsGlobal = /[\u064B-\u0652\u0670\u0640]/gu;
const foldMap: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ة': 'ه', 'ى': 'ي', 'ؤ': 'و', 'ئ': 'ي' };
const foldable = /[أإآٱةىؤئ]/gu;

/**
 * The text with each letter that has several written forms reduced to one
 * (alef forms to ا, ة to ه, ى to ي, ؤ to و, ئ to ي). Letter for letter, so
 * offsets into it are offsets into the text.
 */
export function foldArabic(text: string): string {
  return text.replace(foldable, (c) => foldMap[c]!);
}

/** Whether the text has diacritics or tatweel, which only the tolerant patterns skip over. */
export function hasArabicMarks(text: string): boolean {
  return markChars.test(text);
}

/** A phrase as a plain pattern for folded text without marks: literal letters, spaces matching any white space. */
export function plainPhrase(phrase: string): string {
  return foldArabic(phrase.replace(markCharsGlobal, '')).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+');
}

/**
 * One Arabic pattern in two builds: `plain` for folded text without marks
 * (most replies: literal letters, several times faster), `tolerant` for text
 * with diacritics or tatweel. `build` writes the pattern once, given how to
 * turn a phrase into pattern source; the plain build is folded as a whole, so
 * literal letters written around the phrases fold too.
 */
export interface ArabicRegex {
  plain: RegExp;
  tolerant: RegExp;
}

export function arabicRegex(build: (phrase: (text: string) => string) => string, flags = ''): ArabicRegex {
  return { plain: new RegExp(foldArabic(build(plainPhrase)), flags), tolerant: new RegExp(build(arabicPattern), flags) };
}

/** The text to match Arabic patterns against, and which build of them fits it. */
export interface ArabicSource {
  text: string;
  marks: boolean;
}

export function arabicSource(text: string): ArabicSource {
  const marks = hasArabicMarks(text);
  return { text: marks ? text : foldArabic(text), marks };
}

/** Whether an Arabic pattern matches a piece of text (a sentence, a greeting). */
export function testArabic(regex: ArabicRegex, text: string): boolean {
  const source = arabicSource(text);
  const pattern = source.marks ? regex.tolerant : regex.plain;
  pattern.lastIndex = 0;
  return pattern.test(source.text);
}

/** Arabic letters, for word boundaries: a phrase may follow only a non-letter, or the conjunctions و and ف. */
export const arabicLetter = /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]/u;

/** A condition still open before the hit: "إذا كان عليك …", "في حال لم يمكننا …". */
export const arabicCondition = /(?:^|[^\u0621-\u064A])(?:إذا|اذا|لو|في حال|عندما|حين|متى)\s+[^،,.؛;:!?؟]*$/u;

/** Whether a hit begins a word: after a non-letter, or after a single conjunction (و، ف) that itself follows a non-letter. */
export function startsArabicWord(text: string, start: number): boolean {
  const before = text[start - 1];
  if (before === undefined || !arabicLetter.test(before)) return true;
  return (before === 'و' || before === 'ف') && (start < 2 || !arabicLetter.test(text[start - 2]!));
}

/** One table of Arabic phrases compiled to one pattern: a group per phrase, longest first, so the longest that matches at a position wins. */
export interface ArabicTable<Entry extends { phrase: string }> {
  entries: readonly Entry[];
  pattern: ArabicRegex;
}

export function arabicTable<Entry extends { phrase: string }>(entries: readonly Entry[]): ArabicTable<Entry> {
  // Longest first, so «أنا متدربة» is not lost to «أنا متدرب» failing its word edge (the sort is stable).
  const sorted = [...entries].sort((a, b) => b.phrase.length - a.phrase.length);
  return { entries: sorted, pattern: arabicRegex((phrase) => sorted.map((e) => `(${phrase(e.phrase)})`).join('|'), 'g') };
}

export interface ArabicHit<Entry> {
  entry: Entry;
  start: number;
  end: number;
  actual: string;
  sentence: Sentence;
  /** The sentence's text before the hit. */
  head: string;
}

/**
 * Every whole-word hit of a table in the reply's prose that a writer means as
 * said: not in a quotation, a question, or an open condition ("إذا …").
 * A phrase ending in a preposition that attaches to the next word ("لم تقم ب")
 * says so with `attaches`.
 */
export function* arabicHits<Entry extends { phrase: string }>(
  context: ReplyContext,
  table: ArabicTable<Entry>,
  attaches: (entry: Entry) => boolean = () => false,
): Generator<ArabicHit<Entry>> {
  const { text } = context;
  const source = context.arabicSource;
  const { entries } = table;
  const pattern = source.marks ? table.pattern.tolerant : table.pattern.plain;
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(source.text)) !== null) {
    let index = 1;
    while (index < match.length && match[index] === undefined) index++;
    const entry = entries[index - 1]!;
    const start = match.index;
    const end = start + match[0].length;
    const endsWord = text[end] === undefined || !arabicLetter.test(text[end]!) || attaches(entry);
    if (!startsArabicWord(text, start) || !endsWord) {
      pattern.lastIndex = start + 1;
      continue;
    }
    const sentence = context.sentenceAt(start);
    if (!sentence || sentence.region === 'quoted' || sentence.isQuestion || context.isQuoted(start, end)) continue;
    const head = text.slice(sentence.start, start);
    if (arabicCondition.test(head)) continue;
    // The caller may run other tables over the text between two hits: keep this table's place.
    const resume = pattern.lastIndex;
    yield { entry, start, end, actual: text.slice(start, end), sentence, head };
    pattern.lastIndex = resume;
  }
}

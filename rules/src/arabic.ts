import type { ReplyContext, Sentence } from './context.js';
import { openConditions } from './open-conditions.js';

/**
 * Arabic matching: a phrase written plainly matches it with or without
 * diacritics and tatweel, and whichever form of alef, hamza seat, taa marbuta
 * or final yaa the writer used ("يجب عليك" matches "يَجِبُ عَلَيْكَ" and "يجـب عليك").
 */

const markCharsGlobal = /[\u064B-\u0652\u0670\u0640]/gu;
/** The text with its diacritics and tatweel taken out (letters as written, not folded). */
export const unmarkArabic = (text: string): string => text.replace(markCharsGlobal, '');
const foldable = /[أإآٱةىؤئ]/gu;

/**
 * The text with each letter that has several written forms reduced to one
 * (see foldCode). Letter for letter, so offsets into it are offsets into the
 * text. For building patterns; a reply's prose is folded by arabicSource.
 */
export function foldArabic(text: string): string {
  return text.replace(foldable, (letter) => String.fromCharCode(foldCode(letter.charCodeAt(0))));
}

/** Whether a character is a diacritic or tatweel. */
const isMark = (code: number): boolean => (code >= 0x064b && code <= 0x0652) || code === 0x0670 || code === 0x0640;

/** A phrase as pattern source for a match source: letters folded and unmarked, spaces matching any white space. */
export function plainPhrase(phrase: string): string {
  return foldArabic(unmarkArabic(phrase)).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+');
}

/**
 * Pattern source built once from phrases (`build` says how to turn each phrase
 * into source), for matching against an Arabic match source. The whole source
 * is folded, so letters written around the phrases fold too.
 */
export function arabicRegex(build: (phrase: (text: string) => string) => string, flags = ''): RegExp {
  return new RegExp(foldArabic(build(plainPhrase)), flags);
}

/**
 * The text patterns read, and the way back to the text as written. For
 * Arabic, letter forms are folded and diacritics and tatweel taken out, so a
 * plain pattern («عليك التحقق») finds «عَلَيْكَ التَّحَقُّق»; offsets map back
 * exactly, a match's end taking in the marks on its last letter.
 */
export class MatchSource {
  constructor(
    readonly text: string,
    private readonly original: string = text,
    /** Source offset → offset as written; absent when the two are the same. */
    private readonly origin?: Int32Array,
    /** Offset as written → source offset (a mark maps to the letter after it). */
    private readonly back?: Int32Array,
  ) {}

  /** Where a match starting at source offset `i` starts in the text as written. */
  start(i: number): number {
    if (!this.origin) return i;
    return i < this.origin.length ? this.origin[i]! : this.original.length;
  }

  /** Where a match ending at source offset `i` ends in the text as written, marks on its last letter included. */
  end(i: number): number {
    if (!this.origin) return i;
    if (i <= 0) return 0;
    let end = this.origin[i - 1]! + 1;
    while (end < this.original.length && isMark(this.original.charCodeAt(end))) end++;
    return end;
  }

  /** The source offset of an offset as written. */
  at(i: number): number {
    return this.back ? this.back[Math.min(i, this.back.length - 1)]! : i;
  }

  /** The source text of a range as written. */
  slice(start: number, end: number): string {
    return this.text.slice(this.at(start), this.at(end));
  }

  /**
   * Where a match found in `sentence(…)`'s text, from `from` to `to` in it, lies in the text as written (both ends are
   * mapped as starts: the end is where the next character begins, marks on the last letter included).
   */
  spanIn(sentence: { start: number }, from: number, to: number): { start: number; end: number } {
    const base = this.at(sentence.start);
    return { start: this.start(base + from), end: this.start(base + to) };
  }

  /** The source text of a sentence: its own text when the source is the text as written. */
  sentence(sentence: { start: number; end: number; text: string }): string {
    return this.text === this.original ? sentence.text : this.slice(sentence.start, sentence.end);
  }
}

/** Letters with several forms, diacritics and tatweel: a text with none of them is its own match source. */
const foldOrMark = /[\u0622-\u0626\u0629\u0640\u0649\u064B-\u0652\u0670\u0671]/;

/** The match source of an Arabic text: folded, and without marks (mapped back when it had any). */
export function arabicSource(text: string): MatchSource {
  if (!foldOrMark.test(text)) return new MatchSource(text);
  // One pass: fold each letter and drop each mark into a buffer, decoded once.
  const length = text.length;
  const out = new Uint16Array(length);
  let n = 0;
  let marks = false;
  let changed = false;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x0621 || code > 0x0671) {
      out[n++] = code;
      continue;
    }
    if (isMark(code)) {
      marks = true;
      continue;
    }
    const folded = foldCode(code);
    if (folded !== code) changed = true;
    out[n++] = folded;
  }
  if (!marks) return new MatchSource(changed ? decode(out) : text, text);
  const origin = new Int32Array(n);
  const back = new Int32Array(length + 1);
  for (let i = 0, j = 0; i < length; i++) {
    back[i] = j;
    if (!isMark(text.charCodeAt(i))) origin[j++] = i;
  }
  back[length] = n;
  return new MatchSource(decode(out.subarray(0, n)), text, origin, back);
}

/** Made on first use: a decoder is a native object, which a V8 start-up snapshot of the core cannot hold. */
let utf16: InstanceType<typeof TextDecoder> | undefined;

/** UTF-16 code units as a string: a short run directly, a long one through the decoder. */
function decode(units: Uint16Array): string {
  return units.length < 512 ? String.fromCharCode.apply(null, units as unknown as number[]) : (utf16 ??= new TextDecoder('utf-16le')).decode(units);
}

/** The one form of a letter with several: alef forms to ا, ة to ه, ى to ي, ؤ to و, ئ to ي. */
function foldCode(code: number): number {
  switch (code) {
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0622: // آ
    case 0x0671: // ٱ
      return 0x0627; // ا
    case 0x0629: // ة
      return 0x0647; // ه
    case 0x0649: // ى
      return 0x064a; // ي
    case 0x0624: // ؤ
      return 0x0648; // و
    case 0x0626: // ئ
      return 0x064a; // ي
    default:
      return code;
  }
}

/** Whether an Arabic pattern matches a piece of text (a sentence, a greeting). */
export function testArabic(regex: RegExp, text: string): boolean {
  regex.lastIndex = 0;
  return regex.test(arabicSource(text).text);
}

/** Arabic letters, for word boundaries: a phrase may follow only a non-letter, or the conjunctions و and ف. */
export const arabicLetter = /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]/u;

/**
 * Pattern source that holds only where an Arabic word starts: after a
 * non-letter, or after a lone و or ف (a conjunction written onto the word).
 */
export const arabicWordStart = '(?<=^|[^\\u0621-\\u064A]|(?:^|[^\\u0621-\\u064A])[وف])';

/**
 * A cheaper test, for patterns whose hits are checked with `startsArabicWord`
 * after: the character before is no letter other than و or ف. It fails at
 * once inside most words, where the full lookbehind above tries three
 * alternatives at every letter.
 */
const maybeArabicWordStart = '(?<![\\u0621-\\u0640\\u0642-\\u0647\\u0649-\\u064A])';

/** Phrases as alternatives, longest first (so a longer phrase wins where both match), each turned into source by `phrase`. */
export function alternation(phrase: (text: string) => string, phrases: readonly string[]): string {
  return [...phrases].sort((a, b) => b.length - a.length).map(phrase).join('|');
}

/** A pattern written with Arabic letters as typed, folded to read a match source. */
export function foldedRegex(regex: RegExp): RegExp {
  return new RegExp(foldArabic(regex.source), regex.flags);
}

/** A condition still open before the hit: "إذا كان عليك …", "في حال لم يمكننا …" (read in a match source). */
export const inArabicCondition = openConditions({ words: foldedRegex(/(?:^|[^\u0621-\u064A])(?:إذا|اذا|لو|في حال|عندما|حين|متى)\s/gu), closers: '،,.؛;:!?؟' });

/** Whether a hit begins a word: after a non-letter, or after a single conjunction (و، ف) that itself follows a non-letter. */
export function startsArabicWord(text: string, start: number): boolean {
  const before = text[start - 1];
  if (before === undefined || !arabicLetter.test(before)) return true;
  return (before === 'و' || before === 'ف') && (start < 2 || !arabicLetter.test(text[start - 2]!));
}

/** One table of Arabic phrases compiled to one pattern: a group per phrase, longest first, so the longest that matches at a position wins. */
export interface ArabicTable<Entry extends { phrase: string }> {
  entries: readonly Entry[];
  pattern: RegExp;
  /** Each entry's phrase alone, anchored where it is tried (made on first need): see `shorterAt`. */
  single?: RegExp[];
  /** Its number in `openerIndex`, or -1 when no first word can be said to be needed (see `mayMatch`). */
  id: number;
  /** Its phrases of one word: such a phrase that attaches to the next word may end inside a word of the text. */
  oneWord: readonly Entry[];
  /** Per `attaches` a caller passes (each made once, at module level): whether a phrase of one word attaches. */
  attaching?: WeakMap<(entry: Entry) => boolean, boolean>;
}

export function arabicTable<Entry extends { phrase: string }>(entries: readonly Entry[]): ArabicTable<Entry> {
  // Longest first, so «أنا متدربة» is not lost to «أنا متدرب» failing its word edge (the sort is stable).
  const sorted = [...entries].sort((a, b) => b.phrase.length - a.phrase.length);
  // Mid-word positions fail at once; arabicHits checks each hit's word start in full.
  const pattern = arabicRegex((phrase) => `${maybeArabicWordStart}(?:${sorted.map((e) => `(${phrase(e.phrase)})`).join('|')})`, 'g');
  // The first word of each phrase, folded and unmarked as the text is read, indexed for `mayMatch`.
  const openers = new Set<string>();
  const oneWord: Entry[] = [];
  for (const entry of sorted) {
    const words = foldArabic(unmarkArabic(entry.phrase)).trim().split(/\s+/u);
    if (words.length === 1) oneWord.push(entry);
    openers.add(words[0]!);
  }
  let id = -1;
  if ([...openers].every((word) => onlyArabicLetters.test(word))) {
    id = tableCount++;
    for (const word of openers) {
      const ids = openerIndex.get(word);
      if (ids) ids.push(id);
      else openerIndex.set(word, [id]);
    }
  }
  return { entries: sorted, pattern, id, oneWord };
}

/**
 * A family of phrases as several tables of at most `size`: a family generated from closed classes («ما» × «نقدر»،
 * «نكدر» …) in one alternation can grow past what the ReDoS check decides in its budget (test/redos.test.ts).
 */
export function arabicTables<Entry extends { phrase: string }>(entries: readonly Entry[], size = 40): Array<ArabicTable<Entry>> {
  return Array.from({ length: Math.ceil(entries.length / size) }, (_, k) => arabicTable(entries.slice(k * size, (k + 1) * size)));
}

/**
 * The longest phrase after `from` in the table's order that matches at `at` and ends a word (or attaches to the next):
 * the table's pattern tries its phrases in order and stops at the first that matches, so a longer phrase that ends
 * mid-word («نضمن لك» in «نضمن لكم») hid a shorter one at the same place («نضمن»).
 */
function shorterAt<Entry extends { phrase: string }>(table: ArabicTable<Entry>, from: number, at: number, text: string, attaches: (entry: Entry) => boolean): { entry: Entry; after: number } | undefined {
  table.single ??= table.entries.map((e) => arabicRegex((phrase) => phrase(e.phrase), 'y'));
  for (let k = from + 1; k < table.entries.length; k++) {
    const alone: RegExp = table.single[k]!;
    alone.lastIndex = at;
    const m: RegExpExecArray | null = alone.exec(text);
    if (!m) continue;
    const after = at + m[0].length;
    if (text[after] === undefined || !arabicLetter.test(text[after]!) || attaches(table.entries[k]!)) return { entry: table.entries[k]!, after };
  }
  return undefined;
}

/** A run of Arabic letters as `arabicLetter` counts them, and what separates two runs. */
const notArabicLetters = /[^\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]+/u;
const onlyArabicLetters = /^[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]+$/u;
/** Every table's number under each first word of its phrases (tables are made when the modules load). */
const openerIndex = new Map<string, number[]>();
let tableCount = 0;
/**
 * The tables a match source may match, by number: found once a reply from its words (see `mayMatch`), with how many
 * tables there were then. A table made later (a module of rules loaded on first use, while the first Arabic reply is
 * being checked) is not in that set: the set is found again for it.
 */
const sourceTables = new WeakMap<MatchSource, { count: number; tables: ReadonlySet<number> }>();

function tablesOf(source: MatchSource, id: number): ReadonlySet<number> {
  let known = sourceTables.get(source);
  if (!known || id >= known.count) {
    const found = new Set<number>();
    const take = (word: string): void => {
      const ids = openerIndex.get(word);
      if (ids) for (const id of ids) found.add(id);
    };
    for (const word of source.text.split(notArabicLetters)) {
      if (word === '') continue;
      take(word);
      // The word with a conjunction written onto it («وكما» is «كما» too).
      if (word.length > 1 && (word[0] === 'و' || word[0] === 'ف')) take(word.slice(1));
    }
    sourceTables.set(source, (known = { count: tableCount, tables: found }));
  }
  return known.tables;
}

/**
 * Whether a table can match a text at all. A hit starts a word (after a non-letter, or a lone «و»/«ف»), and its
 * phrase's first word is followed by white space, or by a non-letter when the phrase is one word that does not attach
 * to the next: so the text must hold that first word as a whole run of letters. Most tables hold none of a reply's
 * words, and are passed over without running their pattern across the text. A table with a phrase that may end inside
 * a word, or whose first word is not all letters, is always run.
 */
function mayMatch<Entry extends { phrase: string }>(table: ArabicTable<Entry>, source: MatchSource, attaches: (entry: Entry) => boolean): boolean {
  if (table.id === -1) return true;
  table.attaching ??= new WeakMap();
  let attaching = table.attaching.get(attaches);
  if (attaching === undefined) table.attaching.set(attaches, (attaching = table.oneWord.some(attaches)));
  return attaching || tablesOf(source, table.id).has(table.id);
}

/** No entry: the default of `arabicHits`'s questions, made once so a table can remember its answer. */
const never = (): boolean => false;

export interface ArabicHit<Entry> {
  entry: Entry;
  start: number;
  end: number;
  actual: string;
  sentence: Sentence;
  /** The sentence's text before the hit, as the patterns read it (folded, unmarked): test it with `foldedRegex` patterns. */
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
  attaches: (entry: Entry) => boolean = never,
  /** Entries that count inside a condition too: a threat is made in one («إذا تكرر ذلك سيتم تعليق حسابك»). */
  inConditions: (entry: Entry) => boolean = never,
  /** Entries that count inside a question too: a lecture is asked as one («قد قريت الشروط قبل ما تحوّل؟»). */
  inQuestions: (entry: Entry) => boolean = never,
): Generator<ArabicHit<Entry>> {
  const { text } = context;
  const source = context.arabicSource;
  if (!mayMatch(table, source, attaches)) return;
  const { entries, pattern } = table;
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(source.text)) !== null) {
    let index = 1;
    while (index < match.length && match[index] === undefined) index++;
    let entry = entries[index - 1]!;
    // Word edges are judged in the source, where no mark hides a letter.
    const at = match.index;
    let after = at + match[0].length;
    if (!startsArabicWord(source.text, at)) {
      pattern.lastIndex = at + 1;
      continue;
    }
    if (source.text[after] !== undefined && arabicLetter.test(source.text[after]!) && !attaches(entry)) {
      const shorter = shorterAt(table, index - 1, at, source.text, attaches);
      if (!shorter) {
        pattern.lastIndex = at + 1;
        continue;
      }
      ({ entry, after } = shorter);
      // The next hit may start inside the longer phrase the pattern matched.
      pattern.lastIndex = after;
    }
    const start = source.start(at);
    const end = source.end(after);
    const sentence = context.sentenceAt(start);
    if (!sentence || sentence.region === 'quoted' || (sentence.isQuestion && !inQuestions(entry)) || context.isQuoted(start, end)) continue;
    const head = source.slice(sentence.start, start);
    if (!inConditions(entry) && inArabicCondition(sentence, source.sentence(sentence), head.length)) continue;
    // The caller may run other tables over the text between two hits: keep this table's place.
    const resume = pattern.lastIndex;
    yield { entry, start, end, actual: text.slice(start, end), sentence, head };
    pattern.lastIndex = resume;
  }
}

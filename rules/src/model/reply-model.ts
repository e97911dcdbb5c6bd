/**
 * The reply model: every sentence of a reply read once into what it does
 * (its acts), who does it (its agent) and how sure it is (its modality),
 * shared by the rules, the checklist and the score. The reading itself is the
 * language pack's; the model knows no language.
 */
import type { ReplyContext, Sentence } from '../context.js';
import type { Range } from '../structure.js';
import { packFor } from '../lang/packs.js';
import type { Act, Reading, Span } from './acts.js';
import type { Language } from '../language.js';

export interface ModelSentence {
  sentence: Sentence;
  reading: Reading;
  /** The primary act. */
  act: Act;
}

export class ReplyModel {
  readonly sentences: readonly ModelSentence[];
  /** The sentences of the body, in order. */
  readonly body: readonly ModelSentence[];

  constructor(context: ReplyContext) {
    const pack = packFor(context.language);
    const { original } = context;
    const firstBody = context.sentences.findIndex((s) => s.region === 'body');
    const opener = firstBody !== -1 && context.sentences[firstBody + 1]?.region === 'body' ? firstBody : -1;
    this.sentences = context.sentences.map((sentence, index) => {
      const written = original.slice(sentence.start, sentence.end);
      const text = withQuotationsInert(sentence, context.quotationsIn(sentence));
      const opensBody = index === opener;
      // A long document is read again on every keystroke: a sentence already read is read from memory, found by its
      // words as written and then by what else its reading depends on.
      const tag = regionTags[sentence.region] + (opensBody ? 4 : 0) + (sentence.isQuestion ? 8 : 0);
      const inert = written === text ? undefined : text;
      const read =
        recall(context.readings?.get(written), context.language, tag, inert) ??
        remembered.get(written, context.language, tag, inert) ??
        pack.read({ text, original: written, offset: 0, isQuestion: sentence.isQuestion, region: sentence.region, opensBody });
      remembered.keep(written, context.language, tag, inert, read);
      if (context.readings) keep(context.readings, written, context.language, tag, inert, read);
      const reading = shifted(read, sentence.start);
      return { sentence, reading, act: reading.acts[0] ?? 'other' };
    });
    this.sentences = conditionedByCheckIn(inheritSteps(this.sentences, original));
    this.body = this.sentences.filter((s) => s.sentence.region === 'body');
  }

  /** The body sentences that perform the act (as primary or not). */
  withAct(act: Act): ModelSentence[] {
    return this.body.filter((s) => s.reading.acts.includes(act));
  }

  /** Whether any body sentence performs one of the acts. */
  has(...acts: Act[]): boolean {
    return this.body.some((s) => acts.some((act) => s.reading.acts.includes(act)));
  }

  /** The model sentence of a sentence. */
  of(sentence: Sentence): ModelSentence | undefined {
    // A map, not a search: a rule asks this of every sentence, and a search made long replies quadratic.
    this.#bySentence ??= new Map(this.sentences.map((s) => [s.sentence, s]));
    return this.#bySentence.get(sentence);
  }

  #bySentence: Map<Sentence, ModelSentence> | undefined;
}

/**
 * The sentence's text with each quotation inside it as one run of a private-use character, the mark the readers
 * give an address: the customer's words or a quoted label ("Something Else") are a thing the sentence names, not
 * words it says, so 'You wrote: "you must refund me"' is no burden and 'Choose "Don't sync"' no refusal.
 */
function withQuotationsInert(sentence: Sentence, quotations: readonly Range[]): string {
  if (quotations.length === 0) return sentence.text;
  let text = '';
  let from = sentence.start;
  for (const q of quotations) {
    text += sentence.text.slice(from - sentence.start, q.start - sentence.start) + '\uE000'.repeat(q.end - q.start);
    from = q.end;
  }
  return text + sentence.text.slice(from - sentence.start);
}

/** A list item: the line holding the sentence opens with a bullet or a number. */
const listItem = /^[ \t>]*(?:[-*•+]|\d{1,3}[.)])[ \t]/u;
/** A lead-in that asks for what its list gives: "Please include:", "Here are three ways to fix it:". */
const askingLeadIn = /\b(?:ways?|steps?|how to|instructions|the following|include|provide|send|share|tell (?:us|me)|let (?:us|me) know)\b/iu;

/** Where the line holding an offset starts, if no more than `limit` characters before it; else -1. */
function lineStartWithin(text: string, at: number, limit: number): number {
  for (let i = at; i >= Math.max(0, at - limit); i--) if (i === 0 || text[i - 1] === '\n') return i;
  return -1;
}

/** The text ends with a colon, past white space and emphasis marks ("**Here's how:**"), read from the end in code. */
export function endsWithColon(text: string): boolean {
  let i = text.length;
  while (i > 0 && /[\s*_]/u.test(text.charAt(i - 1))) i--;
  return text.charAt(i - 1) === ':';
}

/** A link on the line from `at`, read on at most its next 300 characters: a Markdown or HTML link, or a URL. */
function linkOnLine(text: string, at: number): boolean {
  const end = text.indexOf('\n', at);
  return /\]\(|<a\s|<?https?:\/\/|\bwww\./iu.test(text.slice(at, Math.min(end === -1 ? text.length : end, at + 300)));
}

/** An item that is a statement of its own ("This will increase your chances"), not a thing to do or send. */
const statement = /^\W*(?:this|that|it|these|those|they|there|we|i|answers?|questions?)\b/iu;

/**
 * A request after a check-in question is conditioned on it: "Still stuck? Reply here with a screenshot and I'll dig in",
 * "Any questions? Drop us a line" ask the customer back only if they need it, which is the invitation, said in two
 * sentences (the step stays among the acts). The question must be short and itself a check-in (read as an invitation).
 */
function conditionedByCheckIn(sentences: readonly ModelSentence[]): ModelSentence[] {
  return sentences.map((s, i) => {
    const before = sentences[i - 1];
    if (!before || s.sentence.region !== 'body' || before.sentence.region !== 'body' || !before.sentence.isQuestion || !before.reading.acts.includes('invitation')) return s;
    if (s.sentence.isQuestion || !s.reading.acts.includes('step') || s.reading.acts.includes('invitation') || before.sentence.text.trim().split(/\s+/u).length > 6) return s;
    return { ...s, reading: { ...s.reading, acts: [...s.reading.acts, 'invitation'] } };
  });
}

/**
 * The items of a list that a step leads into are steps too, even when an item
 * is only a noun phrase: "Please send us:" then "- the device you're using".
 * The readings themselves are shared between replies, so they are copied, never changed.
 */
function inheritSteps(sentences: readonly ModelSentence[], original: string): ModelSentence[] {
  let leading = false;
  return sentences.map((s) => {
    const { sentence } = s;
    if (sentence.region !== 'body') {
      leading = false;
      return s;
    }
    // Only a sentence that starts its line can be an item: what stands before it on the line is a bullet or a number at most.
    // (Reading from the line's start made a line of many sentences quadratic.)
    const lineStart = lineStartWithin(original, sentence.start, 12);
    const item = lineStart !== -1 && listItem.test(original.slice(lineStart, Math.min(sentence.end, lineStart + 16)));
    const written = original.slice(sentence.start, sentence.end);
    let result = s;
    if (item && (s.act === 'news' || s.act === 'other' || s.act === 'sign-off') && !statement.test(written) && linkOnLine(original, sentence.start)) {
      // "- [User forum](https://…)": a list of where to read on or ask is information about what comes next.
      const acts: Act[] = ['next-info', ...s.reading.acts.filter((a) => a !== 'news' && a !== 'other' && a !== 'sign-off')];
      result = { sentence, reading: { ...s.reading, acts, agent: 'none' }, act: 'next-info' };
    } else if (item && leading && (s.act === 'news' || s.act === 'other') && !statement.test(written)) {
      const acts: Act[] = ['step', ...s.reading.acts.filter((a) => a !== 'news' && a !== 'other')];
      result = { sentence, reading: { ...s.reading, acts, agent: 'customer' }, act: 'step' };
    }
    const lead = endsWithColon(written) && (s.reading.acts.includes('step') || askingLeadIn.test(written));
    if (lead) leading = true;
    else if (!item) leading = false;
    return result;
  });
}

/**
 * A reading remembered for a sentence's words as written, with what else it was read by: the language, the place
 * (region, opening the body, a question: `tag`) and the text the reader saw when quotations in it were made inert.
 * The few readings of the same words in other places are chained.
 */
export interface RememberedReading {
  language: Language;
  tag: number;
  inert: string | undefined;
  reading: Reading;
  next: RememberedReading | undefined;
}

const regionTags: Record<Sentence['region'], number> = { greeting: 0, body: 1, signOff: 2, quoted: 3 };

function recall(entry: RememberedReading | undefined, language: Language, tag: number, inert: string | undefined): Reading | undefined {
  for (let e = entry; e; e = e.next) if (e.tag === tag && e.language === language && e.inert === inert) return e.reading;
  return undefined;
}

/** Remembers a reading in a map by words as written, unless it is there already. */
function keep(map: Map<string, RememberedReading>, written: string, language: Language, tag: number, inert: string | undefined, reading: Reading): void {
  const first = map.get(written);
  if (recall(first, language, tag, inert) === reading) return;
  map.set(written, { language, tag, inert, reading, next: first });
}

/**
 * Readings of sentences by their words and place, in two generations: what is
 * read or used goes into the young one; when it is full it becomes the old one
 * and the oldest readings go. At most twice `generation` sentences' readings are
 * kept, and what a document still uses always survives. (Evicting one entry at
 * a time from the front of one Map is slow in V8: its deleted slots are walked
 * again on every eviction, a third of a 1 MB lint.) Keyed by the words alone, a
 * slice of the reply, not a key string built for each sentence: building one
 * was a tenth of what a long reply's lint allocated.
 */
const remembered = {
  generation: 10_000,
  young: new Map<string, RememberedReading>(),
  old: new Map<string, RememberedReading>(),
  get(written: string, language: Language, tag: number, inert: string | undefined): Reading | undefined {
    return recall(this.young.get(written), language, tag, inert) ?? recall(this.old.get(written), language, tag, inert);
  },
  keep(written: string, language: Language, tag: number, inert: string | undefined, reading: Reading): void {
    keep(this.young, written, language, tag, inert, reading);
    if (this.young.size >= this.generation) {
      this.old = this.young;
      this.young = new Map();
    }
  },
};

/** Spans moved by `by`; an empty list is shared as it is (most sentences name no time, certainty or contact). */
const shift = <T extends Span>(spans: T[], by: number): T[] => (spans.length === 0 ? spans : spans.map((s) => ({ ...s, start: s.start + by, end: s.end + by })));

/** A reading made at offset 0, moved to where its sentence starts. */
function shifted(reading: Reading, by: number): Reading {
  if (by === 0) return reading;
  return {
    acts: reading.acts,
    agent: reading.agent,
    modality: reading.modality,
    specific: reading.specific,
    clauses: shift(reading.clauses, by),
    times: shift(reading.times, by),
    certainty: shift(reading.certainty, by),
    contacts: shift(reading.contacts, by),
    ...(reading.hollow ? { hollow: true } : {}),
  };
}

const models = new WeakMap<ReplyContext, ReplyModel>();

/** The reply's model, read once per analysis. */
export function modelOf(context: ReplyContext): ReplyModel {
  let model = models.get(context);
  if (!model) {
    model = new ReplyModel(context);
    models.set(context, model);
  }
  return model;
}

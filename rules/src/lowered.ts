/**
 * Case-insensitive patterns read on lower-cased text instead of with the `i`
 * flag. V8 compiles a pattern the first time it runs, and a large alternation
 * with `i` takes two to three times as long to compile as the same one without
 * (every letter becomes a choice of two); the reader's signals are compiled in
 * every process, so for a one-file lint (a pre-commit hook, the editor's first
 * check) that is a good part of the whole run. The sentence is lower-cased once
 * and every such pattern runs on that copy.
 *
 * `Lowered` is a string known to be lower case: a `LoweredPattern` takes no
 * other, so the compiler finds a sentence passed as written by mistake.
 * Lower-casing here keeps the text's length (a letter whose small form is
 * longer, such as "İ", is left as written, as the `i` flag leaves it), so an
 * offset found in the lower-cased copy is the text's own.
 */
export type Lowered = string & { readonly lowered: unique symbol };

/** The text lower-cased letter for letter: the same length as the text. */
function lowerLetters(text: string): Lowered {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower as Lowered;
  let out = '';
  for (const c of text) {
    const l = c.toLowerCase();
    out += l.length === c.length ? l : c;
  }
  return out as Lowered;
}

/** The last text lower-cased, kept: a sentence or a reply is searched by several patterns in turn. */
let lastText = '';
let lastLower = '' as Lowered;

/** Text lower-cased for `LoweredPattern`s, the same length as the text (the last one is remembered). */
export function lowerCase(text: string): Lowered {
  if (text !== lastText) {
    lastText = text;
    lastLower = lowerLetters(text);
  }
  return lastLower;
}

/** Part of a lower-cased text, still lower case; its offsets are the text's. */
export const lowerSlice = (text: Lowered, start: number, end?: number): Lowered => text.slice(start, end) as Lowered;

export interface LoweredPattern {
  /** Whether the pattern matches, as the original pattern would on the text as written. */
  test(text: Lowered): boolean;
  /** The text with the first match removed (or replaced), still lower case. */
  replace(text: Lowered, by: string): Lowered;
  /** Where the pattern first matches in a text as written (found on its lower-cased copy, whose offsets are the text's). */
  find(text: string): { index: number; length: number } | undefined;
  /** Every match in a text as written, in order, read the same way as `find` (an empty match ends the search). */
  findAll(text: string): Array<{ index: number; length: number }>;
  /** The pattern as written, with its `i` flag (for tests that compare the two). */
  readonly written: RegExp;
}

/**
 * An escape (`\W`, `\B`, `\p{…}`, `\u…`, `\x…`, `\cJ`, `\k<…>`), a group's name, or a run of capitals: the
 * first two are kept as written, the last is lower-cased. What is inside braces or angle brackets stops at a
 * backslash, so a brace never closed is given up at the next escape rather than searched for to the end.
 */
const escapeOrCapitals = /\\(?:[pPu]\{[^}\\]*\}|k<[^>\\]*>|u[\dA-Fa-f]{4}|x[\dA-Fa-f]{2}|c[A-Za-z]|[^])|\(\?<[A-Za-z_$][\w$]*>|[A-Z]+/gu;
/** A property that depends on case, by its short or long name (`\\p{Lu}`, `\\p{Uppercase_Letter}`, `\\p{gc=Ll}`). */
const caseProperty = /\\[pP]\{(?:(?:General_Category|gc)=)?(?:Lu|Ll|Lt|LC|Uppercase|Lowercase|Titlecase|Cased)(?![A-Za-z])/u;

/** The pattern's source with every letter outside an escape or a group's name in lower case. */
export function lowerSource(source: string): string {
  return source.replace(escapeOrCapitals, (m) => (m[0] === '\\' || m[0] === '(' ? m : m.toLowerCase()));
}

/** Every pattern made so far, for the test that compares each with the pattern as written. */
export const everyLowered: LoweredPattern[] = [];

/** A pattern written with the `i` flag, made to run on lower-cased text without it. */
export function lowered(written: RegExp): LoweredPattern {
  if (!written.flags.includes('i') || written.global || written.sticky) throw new Error(`lowered: /${written.source}/${written.flags} must have the i flag and no g or y`);
  if (caseProperty.test(written.source)) throw new Error(`lowered: a case property depends on case; keep the i flag for /${written.source}/`);
  // Made on first use: a pattern the reply never reaches costs nothing.
  let pattern: RegExp | undefined;
  let global: RegExp | undefined;
  const compiled = (): RegExp => (pattern ??= new RegExp(lowerSource(written.source), written.flags.replace('i', '')));
  const made: LoweredPattern = {
    written,
    test: (text) => compiled().test(text),
    replace: (text, by) => text.replace(compiled(), by) as Lowered,
    find: (text) => {
      const match = compiled().exec(lowerCase(text));
      return match ? { index: match.index, length: match[0].length } : undefined;
    },
    findAll: (text) => {
      const regex = (global ??= new RegExp(compiled().source, `${compiled().flags}g`));
      const lower = lowerCase(text);
      const found: Array<{ index: number; length: number }> = [];
      regex.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = regex.exec(lower)) !== null && match[0] !== '') found.push({ index: match.index, length: match[0].length });
      return found;
    },
  };
  everyLowered.push(made);
  return made;
}

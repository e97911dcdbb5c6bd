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
 * Matching only answers yes or no (or removes what matched); a lower-cased text
 * can differ in length from its source, so no position is read from it.
 */
export type Lowered = string & { readonly lowered: unique symbol };

/** Text lower-cased for `LoweredPattern`s. */
export const lowerCase = (text: string): Lowered => text.toLowerCase() as Lowered;

export interface LoweredPattern {
  /** Whether the pattern matches, as the original pattern would on the text as written. */
  test(text: Lowered): boolean;
  /** The text with the first match removed (or replaced), still lower case. */
  replace(text: Lowered, by: string): Lowered;
  /** The pattern as written, with its `i` flag (for tests that compare the two). */
  readonly written: RegExp;
}

/**
 * The pattern's source with every letter outside an escape in lower case:
 * `\W`, `\B`, `\p{…}`, `\u…` and a group's name keep their case.
 */
export function lowerSource(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      // \p{…}, \P{…}, \u{…} and \k<…> are copied whole; any other escape is its two characters.
      const close = (next === 'p' || next === 'P' || next === 'u') && source[i + 2] === '{' ? source.indexOf('}', i) : next === 'k' && source[i + 2] === '<' ? source.indexOf('>', i) : -1;
      const end = close >= 0 ? close + 1 : next === 'u' ? i + 6 : next === 'x' ? i + 4 : next === 'c' ? i + 3 : i + 2;
      const escape = source.slice(i, end);
      if (/^\\[pP]\{(?:Lu|Ll|Lt|Uppercase|Lowercase)/u.test(escape)) throw new Error(`lowered: ${escape} depends on case; keep the i flag for /${source}/`);
      out += escape;
      i = end - 1;
    } else if (c === '(' && source.startsWith('(?<', i) && /[A-Za-z_$]/u.test(source[i + 3] ?? '')) {
      const end = source.indexOf('>', i) + 1;
      out += source.slice(i, end);
      i = end - 1;
    } else {
      out += c.toLowerCase();
    }
  }
  return out;
}

/** Every pattern made so far, for the test that compares each with the pattern as written. */
export const everyLowered: LoweredPattern[] = [];

/** A pattern written with the `i` flag, made to run on lower-cased text without it. */
export function lowered(written: RegExp): LoweredPattern {
  if (!written.flags.includes('i') || written.global || written.sticky) throw new Error(`lowered: /${written.source}/${written.flags} must have the i flag and no g or y`);
  const pattern = new RegExp(lowerSource(written.source), written.flags.replace('i', ''));
  const made: LoweredPattern = {
    written,
    test: (text) => pattern.test(text),
    replace: (text, by) => text.replace(pattern, by) as Lowered,
  };
  everyLowered.push(made);
  return made;
}

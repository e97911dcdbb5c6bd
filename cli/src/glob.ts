/**
 * Globs for `overrides[].files`, matched with bounded work. A glob compiled to
 * a backtracking regular expression (as picomatch does) takes exponential time
 * on a pattern such as `*a*a*a*a*a*a*a*a*z` against a long file name; here the
 * glob is a list of tokens run as a set of states over the path, so a match
 * costs at most (path length × glob length) steps whatever the pattern.
 *
 * Supported: `*`, `?`, `[abc]`, `[a-z]`, `[!a]`, `**` as a whole path segment,
 * `{a,b}` alternatives and `\` escapes. Dot files match like any other file.
 */

type Token =
  | { kind: 'char'; char: string }
  /** `?`: one character other than `/`. */
  | { kind: 'one' }
  | { kind: 'class'; negated: boolean; ranges: Array<[string, string]> }
  /** `*`: any run of characters other than `/`. */
  | { kind: 'star' }
  /** `**` followed by `/`: nothing, or any run of whole segments (anything ending in `/`). */
  | { kind: 'segments' }
  /** A final `**` (after a `/`, or alone): anything at all. */
  | { kind: 'rest' };

export class GlobError extends Error {
  override name = 'GlobError';
}

/** More alternatives than any real config needs; `{a,b}` repeated 20 times would otherwise mean a million globs. */
const maxAlternatives = 256;

/** The position of the `}` closing the `{` at `open`, or -1. */
function closingBrace(glob: string, open: number): number {
  let depth = 0;
  for (let i = open; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

/** The top-level comma-separated parts between a brace pair. */
function braceParts(inner: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(inner.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(inner.slice(from));
  return parts;
}

/** `a{b,c}d` → `abd`, `acd`; a brace without a comma inside stays as written. */
export function expandBraces(glob: string): string[] {
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] === '\\') {
      i++;
      continue;
    }
    if (glob[i] !== '{') continue;
    const close = closingBrace(glob, i);
    if (close === -1) return [glob];
    const parts = braceParts(glob.slice(i + 1, close));
    if (parts.length < 2) continue;
    const head = glob.slice(0, i);
    const tails = expandBraces(glob.slice(close + 1));
    const out: string[] = [];
    for (const part of parts) {
      for (const middle of expandBraces(part)) {
        for (const tail of tails) {
          out.push(head + middle + tail);
          if (out.length > maxAlternatives) throw new GlobError(`more than ${maxAlternatives} alternatives in braces`);
        }
      }
    }
    return out;
  }
  return [glob];
}

/** Parses `[...]` starting at `chars[at]`; undefined when it is not closed (then `[` is literal). */
function parseClass(chars: string[], at: number): { token: Token; next: number } | undefined {
  let i = at + 1;
  const negated = chars[i] === '!' || chars[i] === '^';
  if (negated) i++;
  const ranges: Array<[string, string]> = [];
  let first = true;
  while (i < chars.length && (chars[i] !== ']' || first)) {
    first = false;
    let low = chars[i]!;
    if (low === '\\' && i + 1 < chars.length) low = chars[++i]!;
    if (chars[i + 1] === '-' && i + 2 < chars.length && chars[i + 2] !== ']') {
      let high = chars[i + 2]!;
      i += 2;
      if (high === '\\' && i + 1 < chars.length) high = chars[++i]!;
      ranges.push([low, high]);
    } else ranges.push([low, low]);
    i++;
  }
  if (i >= chars.length) return undefined;
  return { token: { kind: 'class', negated, ranges }, next: i + 1 };
}

function tokenize(glob: string): Token[] {
  const chars = Array.from(glob);
  const tokens: Token[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '\\' && i + 1 < chars.length) {
      tokens.push({ kind: 'char', char: chars[++i]! });
    } else if (c === '*') {
      let end = i;
      while (chars[end + 1] === '*') end++;
      const wholeSegment = end > i && (i === 0 || chars[i - 1] === '/') && (end + 1 === chars.length || chars[end + 1] === '/');
      if (!wholeSegment) tokens.push({ kind: 'star' });
      else if (end + 1 === chars.length) tokens.push({ kind: 'rest' });
      else {
        // `**/` takes its slash with it: `a/**/b` matches `a/b`.
        tokens.push({ kind: 'segments' });
        end++;
      }
      i = end;
    } else if (c === '?') {
      tokens.push({ kind: 'one' });
    } else if (c === '[') {
      const parsed = parseClass(chars, i);
      if (parsed) {
        tokens.push(parsed.token);
        i = parsed.next - 1;
      } else tokens.push({ kind: 'char', char: c });
    } else tokens.push({ kind: 'char', char: c });
  }
  return tokens;
}

function inClass(token: Extract<Token, { kind: 'class' }>, c: string): boolean {
  const found = token.ranges.some(([low, high]) => c >= low && c <= high);
  return found !== token.negated;
}

/** Runs the tokens over the path as a set of states (positions in the token list); no backtracking. */
function run(tokens: readonly Token[], path: string): boolean {
  const n = tokens.length;
  let current = new Uint8Array(n + 1);
  let next = new Uint8Array(n + 1);
  // States that may be passed without reading a character: `*`, `**/` and a final `**` can match nothing.
  const close = (states: Uint8Array): void => {
    for (let i = 0; i < n; i++) {
      const kind = tokens[i]!.kind;
      if (states[i] && (kind === 'star' || kind === 'segments' || kind === 'rest')) states[i + 1] = 1;
    }
  };
  current[0] = 1;
  close(current);
  for (const c of path) {
    next.fill(0);
    let any = false;
    for (let i = 0; i < n; i++) {
      if (!current[i]) continue;
      const token = tokens[i]!;
      let stay = false;
      let advance = false;
      switch (token.kind) {
        case 'char':
          advance = c === token.char;
          break;
        case 'one':
          advance = c !== '/';
          break;
        case 'class':
          advance = c !== '/' && inClass(token, c);
          break;
        case 'star':
          stay = c !== '/';
          break;
        case 'segments':
          stay = true;
          advance = c === '/';
          break;
        case 'rest':
          stay = true;
          break;
      }
      if (stay) next[i] = 1;
      if (advance) next[i + 1] = 1;
      any ||= stay || advance;
    }
    if (!any) return false;
    close(next);
    [current, next] = [next, current];
  }
  return current[n] === 1;
}

export interface GlobOptions {
  /** A glob with no `/` is matched against the path's last segment (the file name). */
  matchBase?: boolean;
}

/** Compiles a glob once into a matcher for `/`-separated relative paths. Throws GlobError for a glob with too many alternatives. */
export function compileGlob(glob: string, options: GlobOptions = {}): (path: string) => boolean {
  const alternatives = expandBraces(glob).map(tokenize);
  const onName = options.matchBase === true && !glob.includes('/');
  return (path) => {
    const subject = onName ? path.slice(path.lastIndexOf('/') + 1) : path;
    return alternatives.some((tokens) => run(tokens, subject));
  };
}

/**
 * Tests for the mutants that scoped Stryker runs left alive (MUTATION_TESTS=rules/src, one source file mutated per run,
 * the core's tests only). Scores before these tests (killed and timed out / valid mutants):
 *   memo.ts 63.6% (14/22), fix.ts 64.3% (45/70), draft.ts 79.1% (53/67), directives.ts 85.5% (94/110).
 *   lowered.ts had no scoped run (its patterns are made when the module loads, so a mutant there is judged by every
 *   test); its cases were checked by applying nine mutants by hand.
 * Each case asserts an exact output (a returned value, an offset, a state) that a survivor changed, and none depends on
 * the judgement of the English phrase rules.
 */
import { describe, expect, it } from 'vitest';
import { Suppressions, blankDirectives, findDirectives } from './directives.js';
import { draftState, holdForDraft } from './draft.js';
import { applyEdits, fixAll, nonOverlapping, rewriteEdit, safeEdits, type Edit } from './fix.js';
import { lowerCase, lowered } from './lowered.js';
import { Generations, memoizeByConfig } from './memo.js';
import type { ReplyMessage } from './types.js';

describe('the caches keep what they promise, and forget when they say they do (memo.ts)', () => {
  it('memoizeByConfig forgets everything once it holds its limit, and keeps the entry that made it forget', () => {
    const calls: string[] = [];
    const upper = memoizeByConfig((word: string) => {
      calls.push(word);
      return word.toUpperCase();
    }, 2);
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(calls).toEqual(['a', 'b']);
    // Holding two, a third clears the cache before it is kept: "a" is computed again, "c" is not.
    expect([upper('c'), upper('c'), upper('a')]).toEqual(['C', 'C', 'A']);
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });

  it('Generations keeps half its limit young, moves the young half out whole when full, and drops the old one', () => {
    const cache = new Generations<string, number>(4);
    cache.set('a', 1);
    cache.set('b', 2);
    // The young generation (2 of 4) is full: a and b become old, c is young.
    cache.set('c', 3);
    expect(cache.get('c')).toBe(3);
    // Reading a from the old generation moves it up, beside c; the next entry turns c and a old and drops b.
    expect(cache.get('a')).toBe(1);
    cache.set('d', 4);
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('d'), cache.get('c')]).toEqual([4, 3]);
  });

  it('Generations turns a generation over only when the young one is full, not one entry early or late', () => {
    const cache = new Generations<string, string>(6);
    for (const key of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) cache.set(key, key.toUpperCase());
    // a, b, c filled the young half (3 of 6); d turned them old; g turned d, e, f old and dropped a, b, c.
    expect(cache.get('c')).toBeUndefined();
    expect(cache.get('d')).toBe('D');
  });

  it('a hit in the old generation survives the next turn; one left there does not', () => {
    const cache = new Generations<string, string>(2);
    cache.set('kept', 'K');
    cache.set('left', 'L');
    // A limit of 2 keeps one young entry: "kept" is old now, and reading it moves it up (turning "left" old).
    expect(cache.get('kept')).toBe('K');
    cache.set('new', 'N');
    expect([cache.get('left'), cache.get('kept'), cache.get('new')]).toEqual([undefined, 'K', 'N']);
  });

  it('a limit of 0 or less keeps nothing; a limit of 1 keeps one entry young', () => {
    for (const limit of [0, -1]) {
      const none = new Generations<string, number>(limit);
      none.set('a', 1);
      expect(none.get('a')).toBeUndefined();
    }
    const one = new Generations<string, number>(1);
    one.set('a', 1);
    expect(one.get('a')).toBe(1);
    one.set('b', 2);
    expect([one.get('b'), one.get('a')]).toEqual([2, 1]);
  });

  it('clear forgets both generations, and resize forgets and takes the new limit', () => {
    const cache = new Generations<string, number>(2);
    cache.set('old', 1);
    cache.set('young', 2);
    cache.clear();
    expect([cache.get('old'), cache.get('young')]).toEqual([undefined, undefined]);
    cache.set('old', 1);
    cache.set('young', 2);
    cache.resize(0);
    expect([cache.get('old'), cache.get('young')]).toEqual([undefined, undefined]);
    cache.set('after', 3);
    expect(cache.get('after')).toBeUndefined();
    cache.resize(8);
    for (const key of ['a', 'b', 'c', 'd', 'e']) cache.set(key, key.charCodeAt(0));
    expect(cache.get('a')).toBe(97);
  });
});

describe('edits applied together (fix.ts)', () => {
  const edit = (start: number, end: number, text: string): Edit => ({ start, end, text });
  /** A message as lint gives it, with only what the fix functions read. */
  const message = (start: number, end: number, expected: string[], safe: boolean): ReplyMessage =>
    ({ ruleId: 'x', expected, safe, place: { start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } } }) as unknown as ReplyMessage;

  it('takes the rewrite asked for, and none from a message without a place or without that rewrite', () => {
    expect(rewriteEdit(message(2, 5, ['one', 'two'], false))).toEqual({ start: 2, end: 5, text: 'one' });
    expect(rewriteEdit(message(2, 5, ['one', 'two'], false), 1)).toEqual({ start: 2, end: 5, text: 'two' });
    expect(rewriteEdit(message(2, 5, ['one'], false), 1)).toBeUndefined();
    expect(rewriteEdit({ ruleId: 'x', expected: ['one'] } as unknown as ReplyMessage)).toBeUndefined();
  });

  it('keeps only the safe rewrites, each as its first rewrite', () => {
    expect(safeEdits([message(0, 3, ['a', 'b'], true), message(4, 6, ['c'], false), message(7, 9, [], true), message(10, 12, [''], true)])).toEqual([
      edit(0, 3, 'a'),
      edit(10, 12, ''),
    ]);
  });

  it('orders edits by start, then by end, and skips any that overlaps one kept', () => {
    expect(nonOverlapping([edit(6, 8, 'c'), edit(0, 4, 'b'), edit(0, 2, 'a'), edit(3, 7, 'x')])).toEqual([edit(0, 2, 'a'), edit(3, 7, 'x')]);
    expect(nonOverlapping([edit(5, 9, 'late'), edit(1, 3, 'early')])).toEqual([edit(1, 3, 'early'), edit(5, 9, 'late')]);
  });

  it('keeps an edit that starts where the last one ended, and an insertion at the very start, but not an insertion at a kept end', () => {
    expect(nonOverlapping([edit(0, 0, 'A'), edit(0, 2, 'B'), edit(2, 4, 'C'), edit(4, 4, 'D')])).toEqual([edit(0, 0, 'A'), edit(0, 2, 'B'), edit(2, 4, 'C')]);
    expect(nonOverlapping([edit(3, 3, 'first'), edit(3, 3, 'second')])).toEqual([edit(3, 3, 'first')]);
  });

  it('fixAll stops after five rounds of fixes, however many more the text would take', () => {
    // Each round's fix makes the next round's phrase: a chain of seven team phrases, of which five rounds apply five.
    const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel'];
    const phrases = words.slice(0, -1).map((phrase, i) => ({ phrase, preferred: words[i + 1]! }));
    const off = Object.fromEntries(['no-negative-phrasing', 'no-overpromise', 'no-unclear-instructions', 'require-next-step', 'require-closing-invitation'].map((id) => [id, 'off' as const]));
    const options = { rules: { ...off, 'team-phrases': ['warn', { phrases }] as ['warn', Record<string, unknown>] } };
    expect(fixAll('Hi Sam,\n\nYour code is alpha.\n\nBest,\nAna', options)).toBe('Hi Sam,\n\nYour code is foxtrot.\n\nBest,\nAna');
    expect(fixAll('Hi Sam,\n\nYour code is echo.\n\nBest,\nAna', options)).toBe('Hi Sam,\n\nYour code is hotel.\n\nBest,\nAna');
  });

  it('applies every kept edit, the first included, and counts them', () => {
    expect(applyEdits('abcdef', [edit(4, 6, 'EF'), edit(0, 1, 'A'), edit(0, 3, 'skipped'), edit(2, 2, '+')])).toEqual({ text: 'Ab+cdEF', applied: 3 });
    expect(applyEdits('abc', [])).toEqual({ text: 'abc', applied: 0 });
  });
});

describe('when a draft counts as finished (draftState, holdForDraft)', () => {
  it('a sign-off under an empty body does not finish the draft', () => {
    expect(draftState('Hi Sam,\n\nBest,\nAna')).toEqual({ finished: false, reason: 'typing' });
  });

  it('a sign-off of two lines, or a closing line ending in an Arabic comma, finishes it below an unfinished sentence', () => {
    expect(draftState('Hi Sam,\n\nThe order shipped today\n\nBest regards\nAna')).toEqual({ finished: true, reason: 'sign-off' });
    expect(draftState('مرحبا ليلى،\n\nتم شحن طلبك اليوم\n\nمع التحية،')).toEqual({ finished: true, reason: 'sign-off' });
    // The same sentence under a name alone is still being typed.
    expect(draftState('Hi Sam,\n\nThe order shipped today\n\nAna')).toEqual({ finished: false, reason: 'typing' });
  });

  it('a name alone does not finish the draft below a full stop that does not end the body', () => {
    expect(draftState('Hi Sam,\n\nThe order shipped. It arrives\n\nAna')).toEqual({ finished: false, reason: 'typing' });
  });

  it.each([
    ['a closing bracket', 'Hi Sam,\n\nThe order shipped (today)\n\nAna'],
    ['an emoji', 'Hi Sam,\n\nThe order shipped today 🎉\n\nAna'],
    ['an ellipsis', 'Hi Sam,\n\nThe order shipped today…\n\nAna'],
    ['an exclamation mark', 'Hi Sam,\n\nThe order shipped today!\n\nAna'],
    ['an Arabic question mark', 'مرحبا ليلى،\n\nهل وصل طلبك؟\n\nنور'],
  ])('a name alone finishes the draft below a sentence ending in %s', (_mark, text) => {
    expect(draftState(text)).toEqual({ finished: true, reason: 'sign-off' });
  });

  it('editing counts as earlier only before the first character of the last paragraph', () => {
    // The last paragraph starts at offset 36 ("Let me know …"), with white space after it.
    const text = 'Hi Sam,\n\nYour order shipped today.\n\nLet me know if anything else comes up.  ';
    expect(draftState(text, { editOffset: 35 })).toEqual({ finished: true, reason: 'editing-earlier' });
    expect(draftState(text, { editOffset: 36 })).toEqual({ finished: false, reason: 'typing' });
    // An Arabic question mark ends the last paragraph too.
    expect(draftState('مرحبا ليلى،\n\nتم شحن طلبك اليوم.\n\nهل وصل طلبك؟', { editOffset: 14 })).toEqual({ finished: true, reason: 'editing-earlier' });
    // The mark must end the last paragraph: one inside it, or inside an address at its end, does not.
    expect(draftState('Hi Sam,\n\nYour order shipped.\n\nLet me know. I will check', { editOffset: 10 })).toEqual({ finished: false, reason: 'typing' });
    expect(draftState('Hi Sam,\n\nYour order shipped.\n\nRead more at example.com', { editOffset: 10 })).toEqual({ finished: false, reason: 'typing' });
  });

  it('holds exactly the four whole-reply rules while typing, and counts them', () => {
    const ids = ['require-next-step', 'no-negative-phrasing', 'require-closing-invitation', 'require-thanks', 'no-generic-greeting', 'no-generic-apology', 'valid-suppression'];
    const messages = ids.map((ruleId) => ({ ruleId }));
    expect(holdForDraft(messages, { finished: false, reason: 'typing' })).toEqual({
      shown: [{ ruleId: 'no-negative-phrasing' }, { ruleId: 'no-generic-apology' }, { ruleId: 'valid-suppression' }],
      held: 4,
    });
    expect(holdForDraft(messages, { finished: true, reason: 'idle' })).toEqual({ shown: messages, held: 0 });
  });
});

describe('patterns read on lower-cased text (lowered.ts)', () => {
  it('refuses a sticky pattern, naming it and its flags', () => {
    expect(() => lowered(/please/iy)).toThrow('lowered: /please/iy must have the i flag and no g or y');
    expect(() => lowered(/please/g)).toThrow('lowered: /please/g must have the i flag and no g or y');
  });

  it.each([String.raw`\P{Ll}`, String.raw`\p{Lt}`, String.raw`\p{Uppercase}`, String.raw`\p{Lowercase}`])('refuses the case property %s, naming the pattern', (property) => {
    const written = new RegExp(`${property}x`, 'iu');
    expect(() => lowered(written)).toThrow(`lowered: a case property depends on case; keep the i flag for /${property}x/`);
  });

  it('keeps a property that only starts like a case property, and one of letters in any case', () => {
    expect(lowered(/\p{Lm}x/iu).find('aʰX')).toEqual({ index: 1, length: 2 });
    expect(lowered(/\p{L}+/iu).find('12 ABC')).toEqual({ index: 3, length: 3 });
  });

  it('finds every match from the start of each text, even after a search that an empty match ended', () => {
    const pattern = lowered(/ab|(?=c)/iu);
    expect(pattern.findAll('xAB ABc')).toEqual([
      { index: 1, length: 2 },
      { index: 4, length: 2 },
    ]);
    expect(pattern.findAll('AB ab')).toEqual([
      { index: 0, length: 2 },
      { index: 3, length: 2 },
    ]);
  });

  it('replaces the first match on lower-cased text, and tests it', () => {
    const pattern = lowered(/PLEASE\s+/iu);
    expect(pattern.replace(lowerCase('So PLEASE please go'), '')).toBe('so please go');
    expect(pattern.test(lowerCase('PLEASE GO'))).toBe(true);
    expect(pattern.test(lowerCase('PLEASEGO'))).toBe(false);
  });
});

describe('suppression directives, read and applied (directives.ts)', () => {
  const text = [
    'Thanks. <!-- replylint-disable-next-line no-overpromise,  require-thanks -->',
    '{# replylint-disable #}',
    'Body line.',
    '{{!-- replylint-enable no-overpromise --}}',
    '<!--replylint-disable\r\nno-wall-of-text-->',
  ].join('\n');

  it('finds each kind in each syntax, with its rule ids, offsets and line', () => {
    expect(findDirectives(text)).toEqual([
      { kind: 'disable-next-line', ruleIds: ['no-overpromise', 'require-thanks'], start: 8, end: 76, line: 1 },
      { kind: 'disable', ruleIds: [], start: 77, end: 100, line: 2 },
      { kind: 'enable', ruleIds: ['no-overpromise'], start: 112, end: 154, line: 4 },
      { kind: 'disable', ruleIds: ['no-wall-of-text'], start: 155, end: 196, line: 5 },
    ]);
    expect(findDirectives('{#replylint-disable#}\n{{!--replylint-enable--}}')).toEqual([
      { kind: 'disable', ruleIds: [], start: 0, end: 21, line: 1 },
      { kind: 'enable', ruleIds: [], start: 22, end: 47, line: 2 },
    ]);
    expect(findDirectives('No directive here, only replylint-ish words.')).toEqual([]);
  });

  it('blanks each directive to spaces of its length, keeping its line breaks and the text around it', () => {
    const blanked = blankDirectives(text, findDirectives(text));
    expect(blanked).toBe(['Thanks. ' + ' '.repeat(68), ' '.repeat(23), 'Body line.', ' '.repeat(42), ' '.repeat(21) + '\r\n' + ' '.repeat(18)].join('\n'));
    expect(blankDirectives('Just text.', [])).toBe('Just text.');
  });

  it('silences a disable-next-line directive\'s rules on the next line only, every directive for that line counting', () => {
    const next = (id: string): string => `<!-- replylint-disable-next-line ${id} -->`;
    const directives = findDirectives(`${next('a')}\n${next('b')}\n${next('c')}${next('d')}\n`);
    expect(directives.map((d) => d.line)).toEqual([1, 2, 3, 3]);
    // Each silences the line below its own: a line 2, b line 3, c and d line 4.
    const suppressions = new Suppressions(directives);
    const silenced = (id: string): boolean[] => [1, 2, 3, 4, 5].map((line) => suppressions.has(id, 200, line));
    expect(['a', 'b', 'c', 'd'].map(silenced)).toEqual([
      [false, true, false, false, false],
      [false, false, true, false, false],
      [false, false, false, true, false],
      [false, false, false, true, false],
    ]);
    expect(suppressions.unused(() => true)).toEqual([]);
  });

  it('lets the last disable or enable at or before a report decide, found by offset', () => {
    const at = (start: number, kind: 'disable' | 'disable-next-line' | 'enable', ruleIds: string[] = []) => ({ kind, ruleIds, start, end: start + 5, line: 1 });
    // A disable-next-line directive between them decides nothing here: it silences its next line only.
    const suppressions = new Suppressions([at(10, 'disable'), at(20, 'enable'), at(30, 'disable', ['x']), at(35, 'disable-next-line'), at(40, 'enable', ['y']), at(50, 'enable')]);
    const offsets = [0, 9, 10, 19, 20, 29, 30, 45, 50, 60];
    expect(offsets.map((offset) => suppressions.has('x', offset, 9))).toEqual([false, false, true, true, false, false, true, true, false, false]);
    expect(offsets.map((offset) => suppressions.has('y', offset, 9))).toEqual([false, false, true, true, false, false, false, false, false, false]);
  });

  it('names the disables that silenced nothing, and the rules of a directive that silenced only some', () => {
    const at = (start: number, kind: 'disable' | 'disable-next-line' | 'enable', ruleIds: string[], line = 1) => ({ kind, ruleIds, start, end: start + 5, line });
    const directives = [at(0, 'disable', ['a', 'b', 'not-a-rule']), at(10, 'disable', []), at(20, 'enable', []), at(30, 'disable-next-line', ['c'], 4), at(40, 'disable-next-line', [], 6)];
    const suppressions = new Suppressions(directives);
    expect(suppressions.has('a', 5, 1)).toBe(true);
    expect(suppressions.unused((id) => id !== 'not-a-rule')).toEqual([
      { directive: directives[0], ruleIds: ['b'] },
      { directive: directives[1], ruleIds: [] },
      { directive: directives[3], ruleIds: ['c'] },
      { directive: directives[4], ruleIds: [] },
    ]);
  });
});

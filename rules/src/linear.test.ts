/**
 * Inputs that took time growing with the square of their length (or threw),
 * each now checked for its result. Sized so the old code ran for minutes; no
 * timing is asserted, the generous timeout only ends a run that hangs.
 */
import { describe, expect, it } from 'vitest';
import { ReplyContext, analyzeStructure, applyEdits, findDirectives, findSyntaxProblems, lint, proseOf } from './index.js';
import { compileTable, matchTable } from './phrases.js';

const slow = { timeout: 180_000 };

describe('the core in linear time', () => {
  it('reads a sign-off line of 300,000 digits (the phone-number check was tried from every digit)', slow, () => {
    const text = `Hi Sam,\n\nThanks for waiting.\n\nBest,\nAna\n${'1'.repeat(300_000)}x`;
    const structure = analyzeStructure(text);
    expect(structure.signOff).toBeUndefined();
    expect(text.slice(structure.body.start, structure.body.end).endsWith('1x')).toBe(true);
    const phone = 'Hi Sam,\n\nThanks for waiting.\n\nBest,\nAna\n+1-555-123-4567';
    expect(phone.slice(analyzeStructure(phone).signOff!.start)).toBe('Best,\nAna\n+1-555-123-4567');
  });

  it('finds 100,000 unclosed "{%" (each searched to the end for "%}")', slow, () => {
    const text = '{% x '.repeat(100_000);
    const problems = findSyntaxProblems(text);
    expect(problems).toHaveLength(100_000);
    expect(problems[99_999]).toMatchObject({ start: 499_995, end: 500_000 });
  });

  it('finds 60,000 unclosed "{{#if" blocks (each block tag read to the end for "}}")', slow, () => {
    const text = '{{#if x '.repeat(60_000);
    const problems = findSyntaxProblems(text);
    expect(problems).toHaveLength(60_000);
    expect(problems.every((p) => p.message.startsWith('"{{" is never closed'))).toBe(true);
  });

  it('reports 300,000 stray "{% endif %}" (spread into one call, they overflowed the stack)', slow, () => {
    const problems = findSyntaxProblems('{% endif %}'.repeat(300_000));
    expect(problems).toHaveLength(300_000);
    expect(problems[0]!.message).toBe('"{% endif %}" closes a block that is not open');
  });

  it('counts the lines of 100,000 directives from the last one, not from the start', slow, () => {
    const text = '<!-- replylint-disable no-wall-of-text -->\n'.repeat(100_000);
    const directives = findDirectives(text);
    expect(directives).toHaveLength(100_000);
    expect(directives[99_999]).toMatchObject({ kind: 'disable', ruleIds: ['no-wall-of-text'], line: 100_000 });
  });

  it('reads an unclosed "<!-- replylint-disable" before 2 MB of spaces, and 2 MB of unclosed ones, as no directive', slow, () => {
    expect(findDirectives(`<!-- replylint-disable${' '.repeat(2_000_000)}x`)).toEqual([]);
    expect(findDirectives('<!-- replylint-disable '.repeat(90_000))).toEqual([]);
    expect(findDirectives('<!-- replylint-disable a,  b   -->')).toMatchObject([{ ruleIds: ['a', 'b'] }]);
  });

  it('parses one paragraph of 300,000 short lines in pieces, each line still a sentence of its own', slow, () => {
    const lines = Array.from({ length: 300_000 }, (_, i) => `Line ${i}`);
    const context = new ReplyContext(`Hi Sam,\n\n${lines.join('\n')}\n\nBest,\nAna`, 'email');
    const body = context.bodySentences();
    expect(body).toHaveLength(300_000);
    expect(body[299_999]!.text).toBe('Line 299999');
  });

  it('lints 2 MB of "a. "', slow, () => {
    const text = `Hi Sam,\n\n${'a. '.repeat(700_000)}\n\nBest,\nAna`;
    for (const message of lint(text)) expect(message.place.end.offset!).toBeLessThanOrEqual(text.length);
  });

  it('lints 2 MB of quotation marks never closed (each quotation was looked up from the first)', slow, () => {
    const text = `Hi Sam,\n\n${'"« “ '.repeat(400_000)}\n\nBest,\nAna`;
    const context = new ReplyContext(text, 'email');
    expect(context.structure.quoted.length).toBeGreaterThan(100_000);
    for (const message of lint(text)) expect(message.place.end.offset!).toBeLessThanOrEqual(text.length);
  });

  it('looks back for what 20,000 "that menu"s name once per noun, not once per pointer', slow, () => {
    const text = `Hi Sam,\n\n${'Open that menu now.\n'.repeat(20_000)}\nBest,\nAna`;
    const vague = lint(text).filter((m) => m.ruleId === 'no-unclear-instructions');
    expect(vague).toHaveLength(20_000);
    expect(vague.every((m) => m.actual === 'that menu')).toBe(true);
  });

  it('checks each report of 40,000 suppressions against them by search, not one by one', slow, () => {
    const text = `Hi Sam,\n\n${'<!-- replylint-disable no-negativ-phrasing -->\nThanks for waiting.\n'.repeat(40_000)}\nBest,\nAna`;
    // (As Markdown, where the comments are hidden: in plain text each would also be reported as sent to the customer.)
    const messages = lint(text, { format: 'markdown' }).filter((m) => m.ruleId === 'valid-suppression');
    expect(messages).toHaveLength(40_000);
    expect(messages[39_999]!.place.start.line).toBe(2 + 2 * 39_999 + 1);
  });

  it('reads a condition still open before each of many hits in one sentence', slow, () => {
    // A sentence is at most one parser piece (maxParseLength) long, so this one is built to fit in one.
    const table = compileTable([{ pattern: 'you need to', message: 'x' }]);
    const conditional = `Hi Sam,\n\n${'if '.repeat(500)}${'you need to '.repeat(200)}\n\nBest,\nAna`;
    expect(matchTable(new ReplyContext(conditional, 'email'), table)).toEqual([]);
    const closed = conditional.replace('if you', 'if, you');
    expect(matchTable(new ReplyContext(closed, 'email'), table)).toHaveLength(200);
    const reopened = closed.replace('you need to you', 'you need to if you');
    expect(matchTable(new ReplyContext(reopened, 'email'), table)).toHaveLength(1);
  });
});

describe('deep nesting is read as text', () => {
  it('5,000 levels of "> " (the tree overflowed the stack)', slow, () => {
    const text = `${'> '.repeat(5_000)}Thanks for waiting`;
    expect(proseOf(text, 'markdown')).toContain('Thanks for waiting');
    expect(() => lint(text, { format: 'markdown' })).not.toThrow();
  });

  it('2,000 quoted lines, each one level deeper', slow, () => {
    const text = Array.from({ length: 2_000 }, (_, i) => `${'> '.repeat(i + 1)}line ${i}`).join('\n');
    const prose = proseOf(text, 'markdown');
    expect(prose).toHaveLength(text.length);
    expect(prose).toContain('line 1999');
  });

  it('1,500 nested lists', slow, () => {
    const text = Array.from({ length: 1_500 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n');
    const prose = proseOf(text, 'markdown');
    for (const i of [0, 31, 32, 1_499]) expect(prose).toContain(`item ${i}`);
  });

  it('2,000 and 100,000 nested <div> (HTML to tree overflowed the stack)', slow, () => {
    for (const depth of [2_000, 100_000]) {
      const text = `${'<div>'.repeat(depth)}Thanks for waiting${'</div>'.repeat(depth)}`;
      const prose = proseOf(text, 'html');
      expect(prose).toHaveLength(text.length);
      expect(prose).toContain('Thanks for waiting');
      expect(() => lint(text, { format: 'html' })).not.toThrow();
    }
  });

  it('20,000 emphasis marks opened, then 20,000 closed, in one paragraph', slow, () => {
    const text = `${'*a '.repeat(20_000)}${'b* '.repeat(20_000)}`;
    const prose = proseOf(text, 'markdown');
    expect(prose).toHaveLength(text.length);
    expect(prose.startsWith(' a  a ')).toBe(true);
    expect(prose.endsWith('b  b  ')).toBe(true);
    expect(proseOf('Some *stress* here.', 'markdown')).toBe('Some  stress  here.');
  });

  it('keeps shallow nesting as markup', () => {
    // (The quote marks stay: the lines are the customer's words, as "> " lines are in a plain-text reply.)
    expect(proseOf('> > quoted', 'markdown').trim()).toBe('> > quoted');
    expect(proseOf('<div><div><p>Hello</p></div></div>', 'html').trim()).toBe('Hello');
  });
});

describe('fixes applied in one pass', () => {
  it('applies 200,000 edits to a 2.6 MB text (each was spliced into the whole text in turn: minutes)', () => {
    const unit = 'You must restart it. ';
    const text = unit.repeat(200_000);
    const edits = Array.from({ length: 200_000 }, (_, k) => ({ start: k * unit.length, end: k * unit.length + 'You must'.length, text: 'Please' }));
    const { text: fixed, applied } = applyEdits(text, edits);
    expect(applied).toBe(200_000);
    expect(fixed).toBe('Please restart it. '.repeat(200_000));
  });
});

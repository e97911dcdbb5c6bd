import { describe, expect, it } from 'vitest';
import { ConfigError, lint, type LintOptions } from '../index.js';
import { maxTeamPhrases } from './team-phrases.js';

const id = 'team-phrases';
const withPhrases = (phrases: Array<{ phrase: string; preferred?: string }>): LintOptions => ({ rules: { [id]: ['warn', { phrases }] } });
const hits = (text: string, options: LintOptions): Array<[number, number, string]> =>
  lint(text, options)
    .filter((m) => m.ruleId === id)
    .map((m) => [m.place.start.offset!, m.place.end.offset!, m.actual]);
const reply = (body: string): string => `Hi Sam,\n\n${body}\n\nBest,\nAna`;

describe('team-phrases, matched as literal text', () => {
  it('reads a run of white space in a phrase as any run of white space in the text', () => {
    const options = withPhrases([{ phrase: 'thank          you', preferred: 'thanks' }]);
    expect(hits(reply('I thank you a lot.'), options).map((h) => h[2])).toEqual(['thank you']);
    expect(hits(reply('I thank\n  you a lot.'), options).map((h) => h[2])).toEqual(['thank\n  you']);
  });

  it('finds "thank          you" across a long run of spaces, and nothing in the spaces alone', { timeout: 120_000 }, () => {
    const options = withPhrases([{ phrase: 'thank          you' }]);
    const spaces = ' '.repeat(200_000);
    const text = reply(`We thank${spaces}you. And${spaces}thank${spaces}me.`);
    const start = text.indexOf('thank');
    expect(hits(text, options)).toEqual([[start, start + 5 + spaces.length + 3, `thank${spaces}you`]]);
  });

  it('gives exact UTF-16 ranges after astral characters, curly apostrophes and marks', () => {
    const options = withPhrases([{ phrase: "don't worry" }, { phrase: 'في أسرع وقت' }]);
    const text = reply('🎉🎉 Don’t worry, سنرد عليك في أسرعِ وقتٍ.');
    const found = hits(text, options);
    expect(found.map((h) => h[2])).toEqual(['Don’t worry', 'في أسرعِ وقتٍ']);
    for (const [start, end, actual] of found) expect(text.slice(start, end)).toBe(actual);
  });

  it('takes the first listed phrase where two start at the same place, and never overlaps hits', () => {
    const options = withPhrases([{ phrase: 'as soon', preferred: 'A' }, { phrase: 'as soon as possible', preferred: 'B' }, { phrase: 'soon as', preferred: 'C' }]);
    const messages = lint(reply('We will reply as soon as possible.'), options).filter((m) => m.ruleId === id);
    expect(messages.map((m) => [m.actual, m.expected[0]])).toEqual([['as soon', 'A']]);
  });

  it('lints with 10,000 phrases', { timeout: 120_000 }, () => {
    const phrases = Array.from({ length: 10_000 }, (_, i) => ({ phrase: `legacy term ${i.toString(36)}`, preferred: `term ${i}` }));
    const options = withPhrases(phrases);
    const body = Array.from({ length: 200 }, (_, i) => `Please read legacy term ${(i * 37).toString(36)} first.`).join(' ');
    const messages = lint(reply(body), options).filter((m) => m.ruleId === id);
    expect(messages).toHaveLength(200);
    expect(messages[1]!.actual).toBe(`legacy term ${(37).toString(36)}`);
    expect(messages[1]!.expected).toEqual(['term 37']);
  });

  it(`lints with ${maxTeamPhrases.toLocaleString('en')} phrases of 200 characters, the most allowed (issue #15)`, { timeout: 300_000 }, () => {
    // Four million states: the matcher once keyed its edges by state * 65,536 + code, which past 32,768 states hashed
    // heap numbers (21 s and 2.4 GB to build this, where it takes a few seconds now).
    const words = ['alpha', 'bravo', 'delta', 'gamma', 'kappa', 'omega', 'sigma', 'theta'];
    const phraseOf = (i: number): string => {
      let phrase = `code ${i.toString(36)}`;
      for (let k = 0; phrase.length < 200; k++) phrase += ` ${words[(i * 7 + k * 3) % 8]}${(i + k) % 10}`;
      return phrase.slice(0, 200);
    };
    const phrases = Array.from({ length: maxTeamPhrases }, (_, i) => ({ phrase: phraseOf(i), preferred: `code ${i}` }));
    const options = withPhrases(phrases);
    // A long near miss of one phrase (all but its last word), then two phrases in full: one in capitals, one over a
    // line break.
    const nearMiss = phraseOf(7).slice(0, 190);
    const wrapped = phraseOf(19_999).replace(' ', '\n  ');
    const text = reply(`See ${nearMiss} and ${phraseOf(12_345).toUpperCase()}, then ${wrapped}.`);
    const found = hits(text, options);
    expect(found.map((h) => h[2])).toEqual([phraseOf(12_345).toUpperCase(), wrapped]);
    for (const [start, end, actual] of found) expect(text.slice(start, end)).toBe(actual);
  });

  it(`refuses more than ${maxTeamPhrases.toLocaleString('en')} phrases with a ConfigError that does not quote them`, () => {
    const phrases = Array.from({ length: maxTeamPhrases + 1 }, (_, i) => ({ phrase: `secret phrase ${i}` }));
    let error: unknown;
    try {
      lint(reply('Hello there.'), withPhrases(phrases));
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe('Rule "team-phrases": at most 20,000 phrases are allowed; the config lists 20,001');
    expect(lint(reply('A secret phrase 7 here.'), withPhrases(phrases.slice(0, maxTeamPhrases))).filter((m) => m.ruleId === id)).toHaveLength(1);
  });
});

describe('team-phrases in the greeting and the sign-off (issue #17)', () => {
  const options: LintOptions = { rules: { 'team-phrases': ['warn', { phrases: [{ phrase: 'Cheers', preferred: 'Best wishes' }, { phrase: 'Hey', preferred: 'Hi' }] }] } };
  it('matches "Cheers," in the sign-off and "Hey" in the greeting, with a safe rewrite in the line\'s case', () => {
    const text = "Hey Sam,\n\nI've refunded the charge. Please reach out if anything else comes up.\n\nCheers,\nAna";
    const found = lint(text, options).filter((m) => m.ruleId === 'team-phrases');
    expect(found.map((m) => `${m.place.start.line}:${m.place.start.column} ${m.actual} → ${m.expected[0]}`)).toEqual(['1:1 Hey → Hi', '5:1 Cheers → Best wishes']);
    expect(found.every((m) => m.safe)).toBe(true);
  });
  it('leaves a quoted trail below the sign-off alone', () => {
    const text = "Hi Sam,\n\nI've refunded the charge. Please reach out if anything else comes up.\n\nBest,\nAna\n\n> Cheers,\n> Sam";
    expect(lint(text, options).filter((m) => m.ruleId === 'team-phrases')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { lint } from './index.js';
import { memoizeByConfig, perObject } from './memo.js';

describe('per-configuration caches', () => {
  it('perObject computes once per object', () => {
    let calls = 0;
    const lengthOf = perObject((options: { terms: string[] }) => {
      calls++;
      return options.terms.length;
    });
    const a = { terms: ['x'] };
    expect([lengthOf(a), lengthOf(a), lengthOf({ terms: ['x', 'y'] })]).toEqual([1, 1, 2]);
    expect(calls).toBe(2);
  });

  it('memoizeByConfig computes once per distinct configuration', () => {
    let calls = 0;
    const joined = memoizeByConfig((terms: string[]) => {
      calls++;
      return terms.join('+');
    });
    expect([joined(['a']), joined(['a']), joined(['b'])]).toEqual(['a', 'a', 'b']);
    expect(calls).toBe(2);
  });

  it("reads a team's phrases afresh when they change between lints, even in the same array", () => {
    const phrases = [{ phrase: 'ASAP', preferred: 'as soon as we can' }];
    const options = { rules: { 'team-phrases': ['warn', { phrases }] as ['warn', Record<string, unknown>] } };
    const text = 'Hi Sam,\n\nWe will fix it ASAP, no worries.\n\nBest,\nAna';
    const found = (): string[] => lint(text, options).filter((m) => m.ruleId === 'team-phrases').map((m) => m.actual!);
    expect(found()).toEqual(['ASAP']);
    phrases.push({ phrase: 'no worries', preferred: 'happy to help' });
    expect(found()).toEqual(['ASAP', 'no worries']);
    phrases.splice(0, 1);
    expect(found()).toEqual(['no worries']);
  });

  it('reads a changed glossary afresh', () => {
    const text = 'Hi Sam,\n\nPlease update the DNS settings.\n\nBest,\nAna';
    const glossary: string[] = [];
    const options = { rules: { 'no-unclear-instructions': ['warn', { glossary }] as ['warn', Record<string, unknown>] } };
    const jargon = (): string[] => lint(text, options).filter((m) => m.ruleId === 'no-unclear-instructions').map((m) => m.actual!);
    expect(jargon()).toEqual(['DNS']);
    glossary.push('DNS');
    expect(jargon()).toEqual([]);
  });
});

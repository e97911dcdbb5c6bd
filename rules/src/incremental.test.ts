import { afterEach, describe, expect, it } from 'vitest';
import { lint, setParagraphCacheSize, withoutParagraphCache, type ReplyMessage } from './index.js';
import { paragraphReports } from './context.js';
import { setRuleScoping } from './lint.js';
import { generateReplies } from '../../scripts/generate-replies.js';
import { generateParallelReplies } from '../../scripts/generate-parallel-replies.js';

/** Everything a message says, for comparing two runs. */
const shape = (m: ReplyMessage): string => JSON.stringify([m.ruleId, m.place, m.actual, m.expected, m.reason, m.fatal, m.note]);

/** A long document made of generated replies' bodies, with a greeting, a quoted trail and a sign-off. */
function longDocument(paragraphs: string[], eol = '\n'): string {
  return ['Hi Sam,', ...paragraphs, '> You promised it would arrive yesterday!', 'Best,\nAna'].join(`${eol}${eol}`).replace(/\n/gu, eol === '\n' ? '\n' : '\r\n');
}

const english = generateReplies(400, 3).map((r) => r.text.split('\n\n').slice(1, -1).join(' ')).filter(Boolean);
const arabic = generateParallelReplies(300, 5).map((p) => p.ar.split('\n\n').slice(1, -1).join(' ')).filter(Boolean);

afterEach(() => {
  setRuleScoping(true);
  setParagraphCacheSize(4000);
});

describe('checking a long reply paragraph by paragraph', () => {
  const documents: Array<[string, string]> = [
    ['English', longDocument(english)],
    ['English, CRLF', longDocument(english.slice(0, 150), '\r\n')],
    ['Arabic', `مرحبا ليلى،\n\n${arabic.join('\n\n')}\n\nمع خالص التحية،\nنور`],
    ['Markdown with placeholders', `Hi {{ first_name }},\n\n${english.slice(0, 120).map((p, i) => (i % 7 === 0 ? `- ${p}\n- **Just check your settings.**` : p)).join('\n\n')}\n\nThanks,\n{{ agent.name }}`],
  ];

  for (const [name, text] of documents) {
    it(`reports exactly what checking it whole reports (${name})`, () => {
      expect(text.length).toBeGreaterThan(4000);
      const format = name.startsWith('Markdown') ? 'markdown' : 'text';
      setRuleScoping(false);
      const whole = lint(text, { format }).map(shape);
      setRuleScoping(true);
      setParagraphCacheSize(0);
      const scoped = lint(text, { format }).map(shape);
      expect(whole.length).toBeGreaterThan(20);
      expect(scoped).toEqual(whole);
    });
  }

  // 240 lints of a 50,000-character document: seconds of work, not a timing, so a shared machine gets a correctness test's time.
  it('after each of many edits, reports what a fresh check of the edited text reports', { timeout: 120_000 }, () => {
    let text = longDocument(english.slice(0, 200));
    lint(text);
    let seed = 9;
    const random = (n: number): number => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed % n;
    };
    const insertions = ['a', ' ', '\n', '\n\n', 'You need to ', '. Your package will arrive tomorrow', 'sorry ', ', then restart it', '😀', 'أ'];
    for (let i = 0; i < 80; i++) {
      const at = random(text.length);
      if (random(4) === 0) text = text.slice(0, at) + text.slice(at + 1 + random(40));
      else text = text.slice(0, at) + insertions[random(insertions.length)]! + text.slice(at);
      const remembered = lint(text).map(shape);
      setParagraphCacheSize(0);
      const fresh = lint(text).map(shape);
      setParagraphCacheSize(4000);
      lint(text);
      expect(remembered, `edit ${i}`).toEqual(fresh);
    }
  });
});

describe('work kept out of the paragraph caches', () => {
  it('neither reads nor fills them, and leaves what they hold', () => {
    setParagraphCacheSize(8);
    const paragraph = english[0]!;
    const shapeKey = { head: 'en', written: undefined, layout: [0, 1] };
    const remembered = paragraphReports(paragraph, shapeKey);
    expect(remembered).toBeInstanceOf(Map);
    // Far more paragraphs than the cache holds: filling it would evict the one above.
    withoutParagraphCache(() => {
      expect(paragraphReports(paragraph, shapeKey)).toBeUndefined();
      for (const other of english.slice(1, 60)) lint(longDocument([other, ...english.slice(100, 140)]));
    });
    expect(paragraphReports(paragraph, shapeKey)).toBe(remembered);
  });

  it('gives the same reports as a lint that uses them', () => {
    const document = longDocument(english.slice(0, 80));
    const cached = lint(document).map(shape);
    expect(withoutParagraphCache(() => lint(document).map(shape))).toEqual(cached);
  });
});

describe('a paragraph remembered under its shape', () => {
  it('is found again only under the same language and channel, the same written text and the same layout', () => {
    setParagraphCacheSize(8);
    const shape = { head: 'en|email', written: undefined, layout: [0, 1] };
    // Each field on its own makes it another paragraph: another head, written form, a longer layout that starts the
    // same, a layout that differs in one place. (A paragraph keeps a few shapes: each is tried on a paragraph of its own.)
    const others = [{ ...shape, head: 'en|chat' }, { ...shape, written: '**A paragraph** remembered by shape.' }, { ...shape, layout: [0, 1, 2] }, { ...shape, layout: [0, 2] }];
    others.forEach((other, i) => {
      const paragraph = `Paragraph ${i} remembered by shape.`;
      const remembered = paragraphReports(paragraph, shape)!;
      expect(paragraphReports(paragraph, { ...shape, layout: [...shape.layout] })).toBe(remembered);
      expect(paragraphReports(paragraph, other), JSON.stringify(other)).not.toBe(remembered);
      expect(paragraphReports(paragraph, shape)).toBe(remembered);
    });
    setParagraphCacheSize(4000);
  });
});

import { describe, expect, it } from 'vitest';
import { lint } from './index.js';

/** The text a message points at, by its offsets, and by its line and column. */
function byLineColumn(text: string, line: number, column: number): number {
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < line - 1; i++) offset += lines[i]!.length + 1;
  return offset + column - 1;
}

function check(text: string, actual: string): void {
  const messages = lint(text).filter((m) => m.actual === actual);
  expect(messages.length).toBeGreaterThan(0);
  for (const m of messages) {
    const start = m.place.start.offset!;
    const end = m.place.end.offset!;
    expect(text.slice(start, end)).toBe(actual);
    expect(byLineColumn(text, m.place.start.line, m.place.start.column)).toBe(start);
    expect(byLineColumn(text, m.place.end.line, m.place.end.column)).toBe(end);
  }
}

describe('positions', () => {
  it('are exact with CRLF line endings', () => {
    const text = 'Hi Sam,\r\n\r\nThanks for writing.\r\nYou need to restart the app.\r\n\r\nBest,\r\nAna\r\n';
    check(text, 'You need to');
    const m = lint(text).find((x) => x.actual === 'You need to')!;
    expect(m.place.start).toMatchObject({ line: 4, column: 1 });
  });

  it('count emoji as two UTF-16 code units, as editors do', () => {
    const text = 'Hi Sam 👋,\n\nThanks 🙏🏽! You need to restart the app 📱.\n\nBest,\nAna';
    check(text, 'You need to');
    const m = lint(text).find((x) => x.actual === 'You need to')!;
    // "Thanks 🙏🏽! " is 7 + 4 (two surrogate pairs) + 2 = 13 code units.
    expect(m.place.start).toMatchObject({ line: 3, column: 14 });
  });

  it('hold in text with Arabic, Chinese and combining marks', () => {
    const text = 'Hi Layla (ليلى),\n\nThanks for the order 订单 #42. Café crème: you need to restart the app.\n\nمع خالص التحية,\nAna';
    check(text, 'you need to');
  });

  it('hold across a whole reply with every rule reporting', () => {
    const text = [
      'Hi Sam 😀,',
      '',
      'Unfortunately, you need to restart. Your parcel will arrive tomorrow. Just check your settings. Go to Settings and then open Privacy and then clear your cookies.',
      '',
      'Best,',
      'Ana',
    ].join('\r\n');
    const messages = lint(text);
    expect(new Set(messages.map((m) => m.ruleId)).size).toBeGreaterThanOrEqual(4);
    for (const m of messages) check(text, m.actual);
  });
});

describe('positions in Arabic with diacritics and mixed directions', () => {
  // Replies that every Arabic phrase rule reports in, with an English product name and numbers inside.
  const replies = [
    'مرحبا ليلى،\n\nشكرًا لتواصلك بشأن iPhone 15 Pro. عليك التحقق من رقم طلبك 4512. سيصل طلبك غدا.\n\nمع خالص التحية،\nنور',
    'مرحبا ليلى،\n\nنعتذر عن أي إزعاج. لست متأكدا من موعد الشحن عبر DHL، لكن فقط تحقق من إعداداتك.\n\nمع خالص التحية،\nنور',
    'عزيزي العميل،\n\nيجب عليك إعادة تشغيل تطبيق ShopApp. لا يمكننا استبدال المنتج. افتح التطبيق ثم اختر الإعدادات ثم انقر على الحساب.\n\nمع خالص التحية،\nنور',
  ];
  const marks = ['\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u064B', '\u0640'];
  /** The reply with a diacritic or tatweel after every `every`-th Arabic letter, deterministically. */
  const marked = (text: string, every: number): string => {
    let n = 0;
    return [...text].map((c) => (/[\u0621-\u064A]/u.test(c) && ++n % every === 0 ? c + marks[n % marks.length] : c)).join('');
  };
  const strip = (text: string): string => text.replace(/[\u064B-\u0652\u0670\u0640]/gu, '');

  for (const [i, reply] of replies.entries()) {
    it(`finds the same reports with marks as without, each range whole on its words (reply ${i + 1})`, () => {
      const plain = lint(reply).map((m) => `${m.ruleId}: ${m.actual}`);
      expect(plain.length).toBeGreaterThan(2);
      for (const every of [1, 2, 3, 5]) {
        const text = marked(reply, every);
        const messages = lint(text);
        expect(messages.map((m) => `${m.ruleId}: ${strip(m.actual!)}`)).toEqual(plain);
        for (const m of messages) {
          const start = m.place.start.offset!;
          const end = m.place.end.offset!;
          expect(text.slice(start, end)).toBe(m.actual);
          // A range never begins on a mark, and never leaves one of its last letter's marks outside.
          expect(/^[\u064B-\u0652\u0670\u0640]/u.test(text.slice(start))).toBe(false);
          expect(/^[\u064B-\u0652\u0670\u0640]/u.test(text.slice(end))).toBe(false);
          expect(byLineColumn(text, m.place.start.line, m.place.start.column)).toBe(start);
        }
      }
    });
  }
});

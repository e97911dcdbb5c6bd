import { describe, expect, it } from 'vitest';
import { detectLanguage, lint, review } from './index.js';

describe('the reply language', () => {
  it('is Arabic when the reply is mostly in Arabic script', () => {
    expect(detectLanguage('مرحبا ليلى، شكرا لتواصلك معنا.')).toBe('ar');
    expect(detectLanguage('مرحبا ليلى، لقد أرسلنا جهاز iPhone 15 Pro اليوم.')).toBe('ar');
    expect(detectLanguage('Hi Layla, your order of the Arabic book «الأيام» shipped today.')).toBe('en');
    expect(detectLanguage('Hi Sam, thanks!')).toBe('en');
  });

  it('counts words, not letters, so a template\'s long placeholder names do not outweigh its Arabic', () => {
    const template = '<h3>عزيزي %{recipient.name.first}،</h3> تم استلام طلب الدعم الخاص بك <a href="%{recipient.ticket_link}">#%{ticket.number}</a>';
    expect(lint(template, { format: 'html', template: true }).map((m) => m.reason).join(' ')).toMatch(/[\u0600-\u06FF]/u);
    expect(review(template, { format: 'html', template: true }).language).toBe('ar');
  });

  it('keeps the English phrases off an Arabic reply (only rules that know Arabic run), and an explicit language wins', () => {
    const arabic = 'مرحبا ليلى،\n\nيجب عليك التحقق من رقم طلبك.\n\nمع خالص التحية،\nنور';
    expect(lint(arabic).map((m) => m.ruleId)).toEqual(['no-negative-phrasing', 'require-closing-invitation', 'require-thanks']);
    expect(review(arabic)).toMatchObject({ language: 'ar', scored: true });
    // Told the reply is Arabic, no English phrase is matched.
    expect(lint('Hi Sam,\n\nYou need to restart.\n\nThanks,\nAna', { language: 'ar' }).filter((m) => m.ruleId === 'no-negative-phrasing')).toEqual([]);
    expect(lint('Hi Sam,\n\nYou need to restart. المنتج رائع.\n\nThanks,\nAna').map((m) => m.ruleId)).toContain('no-negative-phrasing');
  });
});

describe('the Arabic script, to the edge of each of its blocks', () => {
  // The first and last code point of each block counted as Arabic (Arabic, Supplement, Extended-A, and the two blocks
  // of presentation forms), and the code point just outside each edge.
  const edges = [0x0600, 0x06ff, 0x0750, 0x077f, 0x08a0, 0x08ff, 0xfb50, 0xfdff, 0xfe70, 0xfeff];
  const outside = [0x05ff, 0x0700, 0x074f, 0x0780, 0x089f, 0x0900, 0xfb4f, 0xfe00, 0xfe6f, 0xff00];

  it.each(edges.map((code) => [code.toString(16)]))('U+%s is Arabic: three words of it outweigh two Latin ones', (hex) => {
    const c = String.fromCharCode(parseInt(hex, 16));
    expect(detectLanguage(`ab cd ${c} ${c} ${c}`)).toBe('ar');
  });

  it.each(outside.map((code) => [code.toString(16)]))('U+%s is not: with one Arabic word and two Latin ones it does not tip the count', (hex) => {
    const c = String.fromCharCode(parseInt(hex, 16));
    expect(detectLanguage(`ab cd شكرا ${c} ${c} ${c}`)).toBe('en');
  });
});

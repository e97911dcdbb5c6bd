/**
 * Shouting in a reply of any language: a run of three words in capitals or more that ends on an order word ("ONE
 * REQUEST ONLY", in an Arabic reply too, with an Arabic message), and a run of exclamation marks after an order or a
 * rule ("Please DM us your order number!!", «يرجى عدم نشر رقم الحجز في التغريدات العامة!!!»), which the rewrite ends
 * with a full stop. Thanks, sympathy and news keep their marks.
 */
import { describe, expect, it } from 'vitest';
import { fixed, only } from '../test/helpers.js';

const negative = (text: string, language?: 'ar') => only('no-negative-phrasing', text, { channel: 'social', language }).map((m) => [m.actual, m.expected, m.reason]);

describe('capitals that end on an order word', () => {
  it('shout whole, in an Arabic reply with an Arabic message', () => {
    expect(negative('لو سمحت ما تبعت نفس الطلب أكثر من مرة، ONE REQUEST ONLY. طلبك وصلنا وعم نشتغل عليه.', 'ar')).toEqual([
      ['ONE REQUEST ONLY', ['one request only'], '«ONE REQUEST ONLY» بالأحرف الكبيرة يُقرأ صراخًا؛ اكتبه بأحرف عادية'],
    ]);
    expect(negative('Thanks for waiting, we are on it. ONE REQUEST ONLY.')).toEqual([
      ['ONE REQUEST ONLY', ['One request only'], '"ONE REQUEST ONLY" in capitals reads as shouting; write it in sentence case'],
    ]);
  });

  it('leave acronyms and two words alone', () => {
    expect(negative('Your SIM card works with the UK EU ROAM plan only.')).toEqual([]);
    expect(negative('Use the HTTPS API ONLY for this.')).toEqual([]);
    expect(negative('Thanks! CASH ONLY at the market stall, card everywhere else.')).toEqual([]);
  });
});

describe('exclamation marks after an order or a rule', () => {
  it('are reported and rewritten to a full stop', () => {
    expect(negative('يرجى عدم نشر رقم الحجز أو بيانات الجواز في التغريدات العامة!!! راسلنا على الخاص فقط.', 'ar')).toEqual([
      ['!!!', ['.'], '«!!!» بعد طلب أو قاعدة يُقرأ صراخًا؛ أنهِ الجملة بنقطة'],
    ]);
    expect(negative('Hi Jo. Please DM us your order number!! 🙏')).toEqual([['!!', ['.'], '"!!" after an instruction or a rule reads as shouting; end the sentence with a full stop']]);
    expect(fixed('no-negative-phrasing', 'Hi Jo. Please DM us your order number!! 🙏', { channel: 'social' })).toBe('Hi Jo. Please DM us your order number. 🙏');
  });

  it('leaves thanks, sympathy, news and a single mark alone', () => {
    expect(negative('Thanks for the feedback!!! We passed it on.')).toEqual([]);
    expect(negative('So sorry!! We have refunded the order.')).toEqual([]);
    expect(negative('Your order shipped this morning!!')).toEqual([]);
    expect(negative('Please DM us your order number! We will sort it.')).toEqual([]);
    expect(negative('وصل طلبك اليوم!! نتمنى يعجبك 🌸', 'ar')).toEqual([]);
  });
});

// arabicHits passes over a table none of whose phrases' first words is in the reply (arabic.ts, `mayMatch`): every
// hit it could find before must still be found, however the first word is written.
import { describe, expect, it } from 'vitest';
import { arabicHits, arabicTable } from './arabic.js';
import { ReplyContext } from './context.js';

const hits = (body: string, phrases: string[], attaches?: (entry: { phrase: string }) => boolean): string[] => {
  const text = `مرحبا ليلى،\n\n${body}\n\nمع التحية،\nنور`;
  const table = arabicTable(phrases.map((phrase) => ({ phrase })));
  return [...arabicHits(new ReplyContext(text, 'email', false, text, 'ar'), table, attaches)].map((hit) => hit.actual);
};

describe('arabicHits: a table is passed over only where it cannot match', () => {
  it('finds a phrase whose first word carries a conjunction, diacritics, tatweel or another letter form', () => {
    expect(hits('وكما ذكرنا سابقا، الطلب مغلق.', ['كما ذكرنا سابقا'])).toEqual(['وكما ذكرنا سابقا'.slice(1)]);
    expect(hits('فَكَما ذكرنا سابقا، الطلب مغلق.', ['كما ذكرنا سابقا'])).toEqual(['كَما ذكرنا سابقا']);
    expect(hits('كمـــا ذكرنا سابقا، الطلب مغلق.', ['كما ذكرنا سابقا'])).toEqual(['كمـــا ذكرنا سابقا']);
    expect(hits('إلغاء حسابك قرار نهائي.', ['الغاء حسابك'])).toEqual(['إلغاء حسابك']);
    expect(hits('الطلب مرفوض.', ['مرفوض'])).toEqual(['مرفوض']);
  });

  it('finds a one-word phrase that attaches to the next word, inside a word of the text', () => {
    expect(hits('نحن غير ملزمين بالتعويض.', ['ملزمين ب'], () => true)).toEqual(['ملزمين ب']);
  });

  it('finds nothing where no first word is in the reply, nor a first word that only begins a word', () => {
    expect(hits('شكرا لتواصلك معنا.', ['كما ذكرنا سابقا', 'مرفوض'])).toEqual([]);
    expect(hits('الطلبات مرفوضات كلها.', ['مرفوض'])).toEqual([]);
    expect(hits('كماليات ذكرنا سابقا.', ['كما ذكرنا سابقا'])).toEqual([]);
  });

  it('runs a table whose first word is not all letters', () => {
    expect(hits('خلال 24 ساعة سيصلك الرد.', ['24 ساعة'])).toEqual(['24 ساعة']);
  });
});

describe('arabicHits: a longer phrase that runs into a word gives way to a shorter one', () => {
  it('finds the shorter phrase that comes right after the longer one in the table', () => {
    // «نضمن لك» runs into «نضمن لكم»; «نضمن», next in the table's order, is the phrase said.
    expect(hits('نضمن لكم التوصيل غدا.', ['نضمن لك', 'نضمن'])).toEqual(['نضمن']);
    // And one further down the table, past a phrase that does not match there.
    expect(hits('نضمن لكم التوصيل غدا.', ['نضمن لك', 'نعدكم', 'نضمن'])).toEqual(['نضمن']);
    // With no shorter phrase that ends a word, nothing.
    expect(hits('نضمن لكم التوصيل غدا.', ['نضمن لك', 'نعدكم'])).toEqual([]);
  });
});

describe('arabicHits: a table made after a reply was first read', () => {
  it('is run on that reply too, as a module of rules loaded on first use makes its tables mid-check', () => {
    const text = 'مرحبا ليلى،\n\nكما ذكرنا سابقا، الطلب مرفوض.\n\nمع التحية،\nنور';
    const context = new ReplyContext(text, 'email', false, text, 'ar');
    expect([...arabicHits(context, arabicTable([{ phrase: 'مرفوض' }]))].map((hit) => hit.actual)).toEqual(['مرفوض']);
    // Made now, after the reply's words were matched against the tables there were.
    const later = arabicTable([{ phrase: 'كما ذكرنا سابقا' }]);
    expect([...arabicHits(context, later)].map((hit) => hit.actual)).toEqual(['كما ذكرنا سابقا']);
  });
});

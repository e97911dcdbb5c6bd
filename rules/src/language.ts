/**
 * The language of a reply, from its script: a reply mostly in Arabic script
 * is Arabic. The rules declare the languages they know; an English rule never
 * judges an Arabic reply (an Arabic product name in an English reply, or an
 * English one in an Arabic reply, does not change the reply's language).
 */
export type Language = 'en' | 'ar';
export const languages: readonly Language[] = ['en', 'ar'];

const arabicWord = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+/g;
const latinWord = /[A-Za-z\u00C0-\u024F]+/g;

/**
 * Words, not letters, are counted: a template's placeholder names, a URL or an
 * order code is one Latin word however long it is, so it cannot outweigh the
 * Arabic sentences around it.
 */
export function detectLanguage(text: string): Language {
  const arabic = text.match(arabicWord)?.length ?? 0;
  if (arabic === 0) return 'en';
  const latin = text.match(latinWord)?.length ?? 0;
  return arabic > latin ? 'ar' : 'en';
}

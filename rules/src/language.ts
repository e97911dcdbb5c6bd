/**
 * The language of a reply, from its script: a reply mostly in Arabic script
 * is Arabic. The rules declare the languages they know; an English rule never
 * judges an Arabic reply (an Arabic product name in an English reply, or an
 * English one in an Arabic reply, does not change the reply's language).
 */
export type Language = 'en' | 'ar';
export const languages: readonly Language[] = ['en', 'ar'];

const arabicLetter = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g;
const latinLetter = /[A-Za-z\u00C0-\u024F]/g;

export function detectLanguage(text: string): Language {
  const arabic = text.match(arabicLetter)?.length ?? 0;
  if (arabic === 0) return 'en';
  const latin = text.match(latinLetter)?.length ?? 0;
  return arabic > latin ? 'ar' : 'en';
}

/**
 * The language of a reply, from its script: a reply mostly in Arabic script
 * is Arabic. The rules declare the languages they know; an English rule never
 * judges an Arabic reply (an Arabic product name in an English reply, or an
 * English one in an Arabic reply, does not change the reply's language).
 */
export type Language = 'en' | 'ar';
export const languages: readonly Language[] = ['en', 'ar'];

const isArabic = (code: number): boolean =>
  (code >= 0x0600 && code <= 0x06ff) || (code >= 0x0750 && code <= 0x077f) || (code >= 0x08a0 && code <= 0x08ff) || (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff);
const isLatin = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f);

/**
 * Words, not letters, are counted: a template's placeholder names, a URL or an
 * order code is one Latin word however long it is, so it cannot outweigh the
 * Arabic sentences around it. A word is a run of letters of one script.
 */
const anyArabic = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

export function detectLanguage(text: string): Language {
  // Most replies have no Arabic at all: one native scan says so without counting words.
  if (!anyArabic.test(text)) return 'en';
  let arabic = 0;
  let latin = 0;
  let run = 0; // 0 none, 1 Arabic, 2 Latin
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const script = isArabic(code) ? 1 : isLatin(code) ? 2 : 0;
    if (script !== run) {
      if (script === 1) arabic++;
      else if (script === 2) latin++;
      run = script;
    }
  }
  return arabic > latin ? 'ar' : 'en';
}

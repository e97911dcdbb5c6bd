/**
 * Language packs: what the reply model reads in each language. A pack turns
 * one sentence into the model's terms; a new language is a new folder here
 * and an entry below, and no rule changes.
 */
import type { Reading } from '../model/acts.js';
import type { Language } from '../language.js';
import { readEnglish, type SentenceInput } from './en/reader.js';
import { readArabic } from './ar/reader.js';

export type { SentenceInput } from './en/reader.js';

export interface LanguagePack {
  read(input: SentenceInput): Reading;
}

const packs: Record<Language, LanguagePack> = {
  en: { read: readEnglish },
  ar: { read: readArabic },
};

export function packFor(language: Language): LanguagePack {
  return packs[language];
}

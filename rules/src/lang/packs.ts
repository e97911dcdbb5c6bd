/**
 * Language packs: what the reply model reads in each language. A pack turns
 * one sentence into the model's terms; a new language is a new folder here
 * and an entry below, and no rule changes.
 */
import type { Reading } from '../model/acts.js';
import type { Language } from '../language.js';
import { forbidsReplyEnglish, readEnglish, type SentenceInput } from './en/reader.js';
import { forbidsReplyArabic, readArabic } from './ar/reader.js';

export type { SentenceInput } from './en/reader.js';

export interface LanguagePack {
  read(input: SentenceInput): Reading;
  /** Whether a text forbids writing back ("do not reply to this email"): an invitation added after it contradicts it. */
  forbidsReply(text: string): boolean;
}

const packs: Record<Language, LanguagePack> = {
  en: { read: readEnglish, forbidsReply: forbidsReplyEnglish },
  ar: { read: readArabic, forbidsReply: forbidsReplyArabic },
};

export function packFor(language: Language): LanguagePack {
  return packs[language];
}

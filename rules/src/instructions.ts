import type { ReplyContext } from './context.js';
import type { Range } from './structure.js';
import { lowerCase, lowered } from './lowered.js';

/** What makes a sentence an instruction to the customer, shared by the rules that judge instructions. */

export const imperativeVerbs =
  'go|click|open|configure|reconfigure|check|look|find|select|tap|enter|type|log|sign|visit|navigate|update|restart|reset|clear|download|install|uninstall|reinstall|follow|do|use|try|change|set|make|turn|press|choose|copy|paste|send|reply|contact|call|email|head|search|scroll|add|remove|delete|refresh|reboot|confirm|verify|disable|enable|switch|attach|upload|submit|fill|return|ship|pack|print|save|close|quit|unplug|plug|connect|disconnect|hold|wait|drag|drop|expand|edit|create|register|sync|pair|re-enter|re-install|double-click|right-click|tick|untick|uncheck|activate|deactivate|run|launch|power|log in|sign in|sign out|log out|go to|login|avoid|keep|offer|break|write|read|note|make sure|ensure|give|tell|share|provide|include|let us know|let me know|speak|ask|request|book|apply|cancel|order|pick|bring|take|put|allow|accept|insert|remove|replace|charge|test|visit|see|watch|wipe|reply|respond|dm|message|text|forward|report|file|fill out|complete|review|exit|log into|sign into|lower|raise|increase|decrease|point|flush|renew|generate|configure|whitelist|allowlist|adjust|modify|rename|move|tap|toggle';

// Each lead-in is one alternative only ("simply" is one of the "-ly" words, not also a word of its own),
// and at most four stand before the verb: a lead-in matched two ways, any number of times, was exponential.
const lead = '(?:(?:please|just|[a-z]+ly|then|first|next|now|so|and|also|afterwards|after that|once done|to (?:do that|fix this|start)|if (?:that|this) doesn\'t work)[,:]?\\s+){0,4}';

// Spaces match any run of white space: masked markup ("**restart**") leaves several.
const spaced = (source: string): string => source.replace(/ /g, '\\s+');
const imperativeStart = lowered(new RegExp(`^[\\s\\-*•\\d.)]*${spaced(lead.replace(/'/g, "['’]"))}(?:${spaced(imperativeVerbs)})\\b`, 'i'));
const modalInstruction = lowered(new RegExp(spaced(`\\byou(?:['’]ll| will| may| might)?(?: also| just| then| now| first)? (?:can|could|need to|should|must|have to|may want to|might want to|will need to|need)(?: also| just| simply| then| now| first)? (?:${imperativeVerbs})\\b`), 'i'));

/** A sentence that tells the customer to do something. Questions are not instructions. */
export function isInstruction(sentence: { text: string; isQuestion: boolean }): boolean {
  if (sentence.isQuestion) return false;
  const folded = lowerCase(sentence.text);
  return imperativeStart.test(folded) || modalInstruction.test(folded);
}

export const imperativeVerbPattern = new RegExp(`^(?:${imperativeVerbs})\\b`, 'i');
const exactVerb = new RegExp(`^(?:${imperativeVerbs})$`, 'i');

/** True when the word is one of the imperative verbs, exactly ("sign-in" is not "sign"). */
export function isImperativeVerb(word: string): boolean {
  return exactVerb.test(word);
}

/**
 * Steps as a numbered list in place of the sentence that crammed them, in the
 * reply's line endings, on lines of their own: a line break is added before
 * or after only where the sentence shares its line with other text.
 */
export function numberedList(context: ReplyContext, sentence: Range, steps: readonly string[], leadIn?: string): { start: number; end: number; expected: string } {
  const { eol, text } = context;
  // (A step that ends on an emoji, "!" or "?" keeps its own end: "Tap Cancel 👍", not "Tap Cancel 👍.".)
  const items = steps.map((step, i) => `${i + 1}. ${step}${/[\p{Extended_Pictographic}\uFE0F!?؟…]$/u.test(step) ? '' : '.'}`);
  // Only the current line matters: looking at the whole text before and after made long documents quadratic.
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  const lineEnd = text.indexOf('\n', sentence.end);
  const atLineStart = text.slice(lineStart, sentence.start).trim() === '';
  const atLineEnd = text.slice(sentence.end, lineEnd === -1 ? text.length : lineEnd).trim() === '';
  // Inside a paragraph the list is set apart by blank lines, and takes the spaces around it along (a plain-text e-mail
  // shows a list run into its paragraph as one block, and the sentence after it would start with a space).
  let start = sentence.start;
  let end = sentence.end;
  if (!atLineStart) while (start > lineStart && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  if (!atLineEnd) while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  // A purpose or a condition before the first step leads the list in: "To cancel it:", then the steps.
  const lead = leadIn ? `${atLineStart ? '' : ' '}${leadIn}:${eol}${eol}` : atLineStart ? '' : `${eol}${eol}`;
  return { start, end, expected: `${lead}${items.join(eol)}${atLineEnd ? '' : `${eol}${eol}`}` };
}

/** The text without the full stops and exclamation marks at its end. */
export function withoutFinalStops(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '.' || text[end - 1] === '!')) end--;
  return text.slice(0, end);
}

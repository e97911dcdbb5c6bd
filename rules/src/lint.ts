import { location } from 'vfile-location';
import { VFileMessage } from 'vfile-message';
import { ReplyContext, setScoping } from './context.js';
import { proseOf } from './prose.js';
import { detectLanguage, languages, type Language } from './language.js';
import { perObject } from './memo.js';
import { Suppressions, blankDirectives, findDirectives } from './directives.js';
import { checklistLanguages, isDocument, settled, type Checklist } from './checklist.js';
import { scoreReply, type Score } from './score.js';
import { getRule, presets, rules } from './registry.js';
import type { Channel, LintOptions, ReplyMessage, Report, Rule, RuleSetting, Severity, SeverityOrOff } from './types.js';
import { ruleUrl } from './version.js';
import { modelOf, type ReplyModel } from './model/reply-model.js';
import { ConfigError } from './errors.js';

export { ConfigError } from './errors.js';

const severities = new Set<SeverityOrOff>(['off', 'info', 'warn', 'error']);

interface Resolved {
  rule: Rule<never>;
  severity: Severity;
  options: Record<string, unknown>;
}

function parseSetting(id: string, setting: RuleSetting): { severity: SeverityOrOff; options: Record<string, unknown> } {
  const [severity, options] = Array.isArray(setting) ? setting : [setting, {}];
  if (!severities.has(severity)) {
    throw new ConfigError(`Rule "${id}": severity must be one of off, info, warn, error; got ${JSON.stringify(severity)}`);
  }
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new ConfigError(`Rule "${id}": options must be an object`);
  }
  return { severity, options };
}

/**
 * Resolutions by their options, reused while the options stay the same (as they do across a run). A few are kept, not
 * only the last: a folder of replies for several channels, linted in turn, would resolve anew at every reply (and the
 * rules by language, kept per resolution, would be filtered anew too).
 */
const resolutions = new Map<string, Resolved[]>();
const mostResolutions = 16;

/** Which rules run, at what severity and with what options, for these lint options. */
export function resolveRules(options: LintOptions = {}): Resolved[] {
  const key = `${options.channel ?? ''}\u0000${options.preset ?? ''}\u0000${options.rules === undefined ? '' : JSON.stringify(options.rules)}`;
  let resolved = resolutions.get(key);
  if (!resolved) {
    resolved = resolveRulesUncached(options);
    if (resolutions.size >= mostResolutions) resolutions.clear();
    resolutions.set(key, resolved);
  }
  return resolved;
}

function resolveRulesUncached(options: LintOptions): Resolved[] {
  const channel: Channel = options.channel ?? 'email';
  const preset = presets[options.preset ?? 'recommended'];
  if (!preset) throw new ConfigError(`Unknown preset ${JSON.stringify(options.preset)}; use recommended or strict`);
  for (const id of Object.keys(options.rules ?? {})) {
    if (!getRule(id)) throw new ConfigError(`Unknown rule "${id}"`);
  }
  const resolved: Resolved[] = [];
  for (const rule of rules) {
    const id = rule.meta.id;
    const base = parseSetting(id, preset[id] ?? 'off');
    const override = options.rules?.[id];
    const chosen = override === undefined ? base : parseSetting(id, override);
    if (chosen.severity === 'off') continue;
    if (rule.meta.channels && !rule.meta.channels.includes(channel)) continue;
    const defaults = rule.meta.defaultOptions as Record<string, unknown>;
    for (const key of Object.keys(chosen.options)) {
      if (!Object.hasOwn(defaults, key)) throw new ConfigError(`Rule "${id}": unknown option "${key}"`);
      const expectedType = Array.isArray(defaults[key]) ? 'array' : typeof defaults[key];
      const actualType = Array.isArray(chosen.options[key]) ? 'array' : typeof chosen.options[key];
      if (expectedType !== actualType) throw new ConfigError(`Rule "${id}": option "${key}" must be ${expectedType === 'array' ? 'an array' : `a ${expectedType}`}`);
      // ("audience: techincal" would read as customers, silently.)
      const allowed = (rule.meta.optionValues as Record<string, readonly string[] | undefined> | undefined)?.[key];
      if (allowed && !allowed.includes(chosen.options[key] as string)) throw new ConfigError(`Rule "${id}": option "${key}" must be one of ${allowed.join(', ')}, not ${JSON.stringify(chosen.options[key])}`);
    }
    resolved.push({ rule, severity: chosen.severity, options: { ...defaults, ...chosen.options } });
  }
  return resolved;
}

/** The resolved rules that read each language, once per resolution (a new configuration resolves anew). */
const byLanguage = perObject(
  (resolved: Resolved[]) => new Map(languages.map((language) => [language, resolved.filter(({ rule }) => (rule.meta.languages ?? ['en']).includes(language))])),
);

/**
 * Lints one reply. Returns its messages sorted by position, each a
 * VFileMessage stamped with ruleId, source, url, note and severity.
 */
export function lint(text: string, options: LintOptions = {}): ReplyMessage[] {
  return run(text, options).messages;
}

export interface Review {
  /** The reply's language (given, or detected from its script). */
  language: Language;
  /** False when no rule knows the reply's language: the checklist and score then say nothing. */
  scored: boolean;
  messages: ReplyMessage[];
  /** Which parts of a good reply are present, and where. */
  checklist: Checklist;
  /** 0 to 100, with how it was reached. */
  score: Score;
}

/** Lints one reply and also says which parts of a good reply it has, and its score: one analysis for all three. */
export function review(text: string, options: LintOptions = {}): Review {
  const { messages, context, language } = run(text, options);
  // Settled: the parts found only when asked are found now, and the review keeps no hold on the reply's analysis.
  const analysed = context ?? new ReplyContext(text, options.channel ?? 'email', options.template === true, text, language);
  const checklist = settled(analysed.checklist);
  // For a language the checklist cannot read, it says nothing is expected rather than guess.
  // An empty reply is reported as empty, not scored: nothing is expected of it either.
  const empty = text.trim() === '';
  // Nor is a document in sections (a guide, an article): it is not a reply, and a score of a reply would mislead.
  const document = !empty && isDocument(analysed);
  const scored = !empty && !document && checklistLanguages.includes(language);
  if (!scored) for (const item of Object.values(checklist)) item.expected = false;
  const notScored = empty
    ? 'the reply is empty'
    : document
      ? 'the text is a document in sections, not a reply'
      : scored
        ? undefined
        : `replylint has no rules for this reply's language (${language}) yet`;
  return { language, scored, messages, checklist, score: scoreReply(checklist, messages, notScored) };
}

/**
 * The reply model of a reply: its sentences, each with what it does, who does
 * it and how sure it is, as the rules read them.
 */
export function readReply(text: string, options: LintOptions = {}): ReplyModel {
  const template = options.template === true;
  const prose = blankDirectives(proseOf(text, options.format ?? 'text', template), findDirectives(text));
  const language = options.language ?? detectLanguage(prose);
  return modelOf(new ReplyContext(prose, options.channel ?? 'email', template, text, language, options.format ?? 'text'));
}

function run(text: string, options: LintOptions): { messages: ReplyMessage[]; context?: ReplyContext; language: Language } {
  if (text.trim() === '') return { messages: [], language: options.language ?? 'en' };
  const directives = findDirectives(text);
  const suppressions = directives.length > 0 ? new Suppressions(directives) : undefined;
  const template = options.template === true;
  const prose = blankDirectives(proseOf(text, options.format ?? 'text', template), directives);
  // The language of the prose: markup, style attributes and placeholder names are not the reply's words.
  const language = options.language ?? detectLanguage(prose);
  const active = byLanguage(resolveRules(options)).get(language) ?? [];
  if (active.length === 0) return { messages: [], language };
  const context = new ReplyContext(prose, options.channel ?? 'email', template, text, language, options.format ?? 'text');
  const place = location(text);
  const file = { path: options.filePath };
  const messages: ReplyMessage[] = [];
  const applying = active.filter(({ rule }) => !rule.meta.appliesTo || rule.meta.appliesTo(context));
  const byParagraph = applying.filter(({ rule }) => rule.meta.scope === 'paragraph');
  const found = context.paragraphwise(byParagraph.map((resolved) => ({ key: ruleKeyOf(resolved), find: (part) => resolved.rule.check(part, resolved.options as never) })));
  const paragraphFound = new Map(byParagraph.map((resolved, i) => [resolved, found[i]!]));
  for (const resolved of applying) {
    const { rule, severity, options: ruleOptions } = resolved;
    const reports = paragraphFound.get(resolved) ?? rule.check(context, ruleOptions as never);
    for (const report of dedupe(reports)) {
      const message = toMessage(text, place, file.path, rule, report.severity ?? severity, bounded(text, keepMarkup(text, prose, report)));
      if (suppressions?.has(rule.meta.id, report.start, message.place.start.line)) continue;
      messages.push(message);
    }
  }
  const unusedSeverity = options.reportUnusedDisableDirectives ?? 'off';
  if (suppressions && unusedSeverity !== 'off') {
    const rule = getRule('valid-suppression') as Rule<never>;
    for (const report of unusedDirectiveReports(text, suppressions, language)) messages.push(toMessage(text, place, file.path, rule, unusedSeverity, report));
  }
  // Rule ids in code-point order: the same on every machine, whatever its locale (localeCompare also makes an ICU
  // collator, which the single-file executable's start-up snapshot cannot hold).
  messages.sort((a, b) => a.place.start.offset! - b.place.start.offset! || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return { messages, context, language };
}

/**
 * A disable directive that silenced nothing (`reportUnusedDisableDirectives`):
 * the rule was fixed, the text changed, or the id names a rule that found
 * nothing here. One that silenced nothing at all is removed by the fix, with
 * its line when it stands alone on one; one that silenced some of its rules
 * is reported on each idle id, for a person to edit.
 */
function unusedDirectiveReports(text: string, suppressions: Suppressions, language: Language): Report[] {
  const arabic = language === 'ar';
  const reports: Report[] = [];
  for (const { directive, ruleIds } of suppressions.unused((id) => getRule(id) !== undefined)) {
    const partly = ruleIds.length > 0 && ruleIds.length < directive.ruleIds.length;
    if (partly) {
      for (const id of ruleIds) {
        const at = text.indexOf(id, directive.start);
        reports.push({
          start: at,
          end: at + id.length,
          message: arabic ? `لم تُبلِغ «${id}» عن شيء هنا، فلا حاجة إلى ذكرها في هذا الاستثناء` : `"${id}" reported nothing here, so this suppression need not name it`,
          expected: [],
        });
      }
      continue;
    }
    const what = ruleIds.length === 0 ? '' : ` (${ruleIds.join(', ')})`;
    const { start, end } = wholeLine(text, directive.start, directive.end);
    reports.push({
      start,
      end,
      message: arabic ? `استثناء لا يُسكت شيئًا${what}؛ احذفه` : `Unused replylint-disable directive${what}: it silences nothing here; remove it`,
      expected: [''],
      safe: true,
    });
  }
  return reports;
}

/** A range widened to its whole line, line break included, when nothing but white space shares the line with it. */
function wholeLine(text: string, start: number, end: number): { start: number; end: number } {
  let lineStart = start;
  while (lineStart > 0 && (text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t')) lineStart--;
  let lineEnd = end;
  while (lineEnd < text.length && (text[lineEnd] === ' ' || text[lineEnd] === '\t')) lineEnd++;
  const alone = (lineStart === 0 || text[lineStart - 1] === '\n') && (lineEnd === text.length || text[lineEnd] === '\n' || text[lineEnd] === '\r');
  if (!alone) return { start, end };
  if (text.startsWith('\r\n', lineEnd)) lineEnd += 2;
  else if (lineEnd < text.length) lineEnd++;
  return { start: lineStart, end: lineEnd };
}

/**
 * Rewrites are written against the prose; where the flagged range holds markup
 * or a placeholder, a rewrite must carry it over untouched. A rewrite that only
 * adds text before or after the range keeps the original; any other rewrite of
 * such a range is dropped, since it would delete markup.
 */
function keepMarkup(original: string, prose: string, report: Report): Report {
  if (original === prose) return report;
  const before = original.slice(report.start, report.end);
  const seen = prose.slice(report.start, report.end);
  if (before === seen) return report;
  const expected = report.expected.flatMap((rewrite) => {
    if (rewrite.startsWith(seen)) return [before + rewrite.slice(seen.length)];
    if (rewrite.endsWith(seen)) return [rewrite.slice(0, rewrite.length - seen.length) + before];
    return [];
  });
  return { ...report, expected, safe: report.safe === true && expected.length === report.expected.length };
}

/** Past this many characters, flagged text is not repeated in a rewrite that only adds to it: the addition is offered alone. */
const quoteLimit = 300;
/** A rewrite longer than a screen (a numbered list of hundreds of steps, say) is not offered. */
const rewriteLimit = { characters: 4000, lines: 40 };

const fitsScreen = (rewrite: string): boolean => {
  if (rewrite.length > rewriteLimit.characters) return false;
  let lines = 1;
  for (let at = rewrite.indexOf('\n'); at !== -1 && lines <= rewriteLimit.lines; at = rewrite.indexOf('\n', at + 1)) lines++;
  return lines <= rewriteLimit.lines;
};

/**
 * Keeps a report's output in proportion to the reply: a rewrite that adds a
 * closing line after a long last sentence (or thanks before it) would repeat
 * the whole sentence, in every rewrite and every output format, so it becomes
 * an insertion at the end (or start) of the flagged text; and a rewrite longer
 * than a screen is dropped (then the report is no longer a safe fix).
 */
function bounded(original: string, report: Report): Report {
  let { start, end, expected } = report;
  if (end - start > quoteLimit && expected.length > 0) {
    const flagged = original.slice(start, end);
    if (expected.every((rewrite) => rewrite.startsWith(flagged))) {
      expected = expected.map((rewrite) => rewrite.slice(flagged.length));
      start = end;
    } else if (expected.every((rewrite) => rewrite.endsWith(flagged))) {
      expected = expected.map((rewrite) => rewrite.slice(0, rewrite.length - flagged.length));
      end = start;
    }
  }
  const kept = expected.filter(fitsScreen);
  if (start === report.start && end === report.end && kept.length === expected.length) return report;
  return { ...report, start, end, expected: kept, safe: report.safe === true && kept.length === expected.length };
}

/** A rule may find the same span twice (two phrases, one place), or a report meant once per reply twice; keep the first. */
function dedupe(reports: Report[]): Report[] {
  if (reports.length < 2) return reports;
  const seen = new Set<string>();
  return reports.filter((report) => {
    const key = report.once === undefined ? `${report.start}:${report.end}` : `once:${report.once}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Turns paragraph-by-paragraph checking of long replies off (true by default): for tests that compare the two. */
export function setRuleScoping(enabled: boolean): void {
  setScoping(enabled);
}

/**
 * A rule's key among a paragraph's remembered reports: its id and options.
 * One string per resolved rule (a configuration resolves anew), so the
 * hundreds of lookups an edit in a long document makes find it by identity
 * instead of comparing the characters of a key built anew.
 */
const ruleKeyOf = perObject(({ rule, options }: Resolved) => `${rule.meta.id}\u0000${JSON.stringify(options)}`);

/** The text with each run of white space made one space. */
function singleSpaced(text: string): string {
  return /\s\s|[\t\n\r]/.test(text) ? text.replace(/\s+/g, ' ') : text;
}

function toMessage(
  text: string,
  place: ReturnType<typeof location>,
  path: string | undefined,
  rule: Rule<never>,
  severity: Severity,
  report: Report,
): ReplyMessage {
  const start = place.toPoint(report.start);
  const end = place.toPoint(report.end);
  if (!start || !end) throw new Error(`${rule.meta.id} reported outside the text: ${report.start}-${report.end}`);
  // A lint message is data, not a thrown error: skip capturing a stack trace, the costliest part of constructing one.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  // A message is one line: a phrase quoted from prose whose markup was blanked ("as per the <a href=…>Forum Rules</a>")
  // or that runs over a line break is quoted with its white space made single.
  const message = new VFileMessage(singleSpaced(report.message), {
    // toPoint gives a new point with its offset each time: the message can keep it as it is.
    place: { start, end },
    ruleId: rule.meta.id,
    source: 'replylint',
  }) as ReplyMessage;
  Error.stackTraceLimit = limit;
  if (path) message.file = path;
  message.url = ruleUrl(rule.meta.id);
  message.actual = text.slice(report.start, report.end);
  message.expected = report.expected;
  message.note = report.note ?? rule.meta.note;
  message.safe = report.safe === true && report.expected.length > 0;
  message.severity = severity;
  message.fatal = severity === 'error' ? true : severity === 'warn' ? false : undefined;
  return message;
}

/**
 * Inline suppressions: `<!-- replylint-disable rule-id -->`, `<!-- replylint-enable -->`,
 * `<!-- replylint-disable-next-line rule-id -->` (Markdown, HTML and plain text),
 * and the same words inside `{# … #}` (Jinja), `{% comment %}…{% endcomment %}` or `{% # … %}` (Liquid) or
 * `{{!-- … --}}` (Handlebars).
 * Without rule ids a directive applies to every rule.
 */
import type { Range } from './structure.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line';

export interface Directive extends Range {
  kind: DirectiveKind;
  /** Rule ids; empty for all rules. */
  ruleIds: string[];
  /** 1-based line of the directive. */
  line: number;
}

/**
 * A directive's words may not hold the mark that opens one (`<`, `{`), so no
 * two places where a search starts read the same text. Unbounded (and lazy,
 * with white space before the close), an unclosed `<!-- replylint-disable`
 * was read to the end of the text, space by space, from every opener.
 */
const pattern =
  /<!--\s*replylint-(disable-next-line|disable|enable)\b([^<>]*)-->|\{#\s*replylint-(disable-next-line|disable|enable)\b([^{#]*)#\}|\{\{!--\s*replylint-(disable-next-line|disable|enable)\b([^{}]*)--\}\}|\{%-?\s*comment\s*-?%\}\s*replylint-(disable-next-line|disable|enable)\b([^{}%]*)\{%-?\s*endcomment\s*-?%\}|\{%-?\s*#\s*replylint-(disable-next-line|disable|enable)\b([^{}%]*)%\}/gu;

export function findDirectives(text: string): Directive[] {
  if (!text.includes('replylint-')) return [];
  const directives: Directive[] = [];
  // Lines are counted on from the last directive, not from the start for each.
  let line = 1;
  let newline = text.indexOf('\n');
  for (const match of text.matchAll(pattern)) {
    const kind = (match[1] ?? match[3] ?? match[5] ?? match[7] ?? match[9]) as DirectiveKind;
    // (A Liquid tag's own "-" that trims white space is no rule id: "{%- # replylint-disable -%}".)
    const ids = (match[2] ?? match[4] ?? match[6] ?? match[8] ?? match[10] ?? '').split(/[\s,]+/u).filter((id) => id !== '' && id !== '-');
    for (; newline !== -1 && newline < match.index; newline = text.indexOf('\n', newline + 1)) line++;
    directives.push({ kind, ruleIds: ids, start: match.index, end: match.index + match[0].length, line });
  }
  return directives;
}

/** The text with each directive replaced by spaces of the same length, so the rules never read it and offsets stay exact. */
export function blankDirectives(text: string, directives: readonly Directive[]): string {
  if (directives.length === 0) return text;
  let result = '';
  let last = 0;
  for (const d of directives) {
    result += text.slice(last, d.start) + text.slice(d.start, d.end).replace(/[^\r\n]/gu, ' ');
    last = d.end;
  }
  return result + text.slice(last);
}

/**
 * Which reports the directives suppress, asked report by report. Each rule's
 * disable and enable directives are gathered once and searched by offset: a
 * pass over every directive per report was quadratic in a file of many.
 * It also records which directive silenced which rule, so the ones that
 * silenced nothing can be reported.
 */
export class Suppressions {
  /** Per rule: the disable and enable directives that apply to it, in order, with their offsets. */
  private readonly toggles = new Map<string, { starts: number[]; directives: Directive[] }>();
  /** disable-next-line directives by the line they silence. */
  private readonly nextLine = new Map<number, Directive[]>();
  /** Per directive, the rules it silenced at least once. */
  private readonly used = new Map<Directive, Set<string>>();

  constructor(private readonly directives: readonly Directive[]) {
    for (const d of directives) {
      if (d.kind !== 'disable-next-line') continue;
      const list = this.nextLine.get(d.line + 1);
      if (list) list.push(d);
      else this.nextLine.set(d.line + 1, [d]);
    }
  }

  private use(directive: Directive, ruleId: string): void {
    const rules = this.used.get(directive);
    if (rules) rules.add(ruleId);
    else this.used.set(directive, new Set([ruleId]));
  }

  /** Whether a report of `ruleId` starting at `offset` on `line` is suppressed. */
  has(ruleId: string, offset: number, line: number): boolean {
    const applies = (d: Directive): boolean => d.ruleIds.length === 0 || d.ruleIds.includes(ruleId);
    let suppressed = false;
    for (const d of this.nextLine.get(line) ?? []) {
      if (!applies(d)) continue;
      this.use(d, ruleId);
      suppressed = true;
    }
    let toggles = this.toggles.get(ruleId);
    if (!toggles) {
      toggles = { starts: [], directives: [] };
      for (const d of this.directives) {
        if (d.kind === 'disable-next-line' || !applies(d)) continue;
        toggles.starts.push(d.start);
        toggles.directives.push(d);
      }
      this.toggles.set(ruleId, toggles);
    }
    // The last toggle at or before the offset decides.
    let lo = 0;
    let hi = toggles.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toggles.starts[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    const decides = lo > 0 ? toggles.directives[lo - 1]! : undefined;
    if (decides?.kind === 'disable') {
      this.use(decides, ruleId);
      suppressed = true;
    }
    return suppressed;
  }

  /**
   * The disable directives that silenced nothing, each with the rule ids it
   * names that silenced nothing (empty when it names none and silenced no
   * rule). Ids that are no rule at all are left to `valid-suppression`.
   */
  unused(isRule: (id: string) => boolean): Array<{ directive: Directive; ruleIds: string[] }> {
    const result: Array<{ directive: Directive; ruleIds: string[] }> = [];
    for (const d of this.directives) {
      if (d.kind === 'enable') continue;
      const used = this.used.get(d);
      if (d.ruleIds.length === 0) {
        if (!used) result.push({ directive: d, ruleIds: [] });
        continue;
      }
      const idle = d.ruleIds.filter((id) => isRule(id) && !used?.has(id));
      if (idle.length > 0) result.push({ directive: d, ruleIds: idle });
    }
    return result;
  }
}

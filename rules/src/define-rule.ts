import type { Rule, RuleMeta, Report } from './types.js';
import type { ReplyContext } from './context.js';

/**
 * Declares a rule. The engine stamps id, source, url, note and severity on
 * every message the rule reports, so rule bodies only say where and why.
 */
export function defineRule<Options extends object>(
  meta: RuleMeta<Options>,
  check: (context: ReplyContext, options: Options) => Report[],
): Rule<Options> {
  return { meta, check };
}

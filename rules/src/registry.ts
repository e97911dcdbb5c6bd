import type { PresetName, Rule, RuleSetting } from './types.js';
import noNegativePhrasing from './rules/no-negative-phrasing.js';
import requireNextStep from './rules/require-next-step.js';
import requireClosingInvitation from './rules/require-closing-invitation.js';
import noOverpromise from './rules/no-overpromise.js';
import noUnclearInstructions from './rules/no-unclear-instructions.js';

/** Every rule, by id. The order is the order of the docs index. */
export const rules: readonly Rule<never>[] = [
  noNegativePhrasing,
  requireNextStep,
  requireClosingInvitation,
  noOverpromise,
  noUnclearInstructions,
] as unknown as readonly Rule<never>[];

export const ruleIds: readonly string[] = rules.map((rule) => rule.meta.id);

export function getRule(id: string): Rule<never> | undefined {
  return rules.find((rule) => rule.meta.id === id);
}

/** Severities per preset. `recommended` warns; `strict` makes every report an error. */
export const presets: Record<PresetName, Record<string, RuleSetting>> = {
  recommended: Object.fromEntries(ruleIds.map((id) => [id, 'warn'])),
  strict: Object.fromEntries(ruleIds.map((id) => [id, 'error'])),
};

import type { PresetName, Rule, RuleSetting } from './types.js';
import noNegativePhrasing from './rules/no-negative-phrasing.js';
import requireNextStep from './rules/require-next-step.js';
import requireClosingInvitation from './rules/require-closing-invitation.js';
import noOverpromise from './rules/no-overpromise.js';
import noUnclearInstructions from './rules/no-unclear-instructions.js';
import noGenericApology from './rules/no-generic-apology.js';
import noUncertainExpertise from './rules/no-uncertain-expertise.js';
import noGenericGreeting from './rules/no-generic-greeting.js';
import requireThanks from './rules/require-thanks.js';
import noToneMismatch from './rules/no-tone-mismatch.js';
import noWallOfText from './rules/no-wall-of-text.js';
import noUnfilledPlaceholder from './rules/no-unfilled-placeholder.js';
import teamPhrases from './rules/team-phrases.js';
import validSuppression from './rules/valid-suppression.js';
import { setRuleIds } from './registry-ids.js';

/** Every rule, by id. The order is the order of the docs index. */
export const rules: readonly Rule<never>[] = [
  noNegativePhrasing,
  requireNextStep,
  requireClosingInvitation,
  noOverpromise,
  noUnclearInstructions,
  noGenericApology,
  noUncertainExpertise,
  noGenericGreeting,
  requireThanks,
  noToneMismatch,
  noWallOfText,
  noUnfilledPlaceholder,
  teamPhrases,
  validSuppression,
] as unknown as readonly Rule<never>[];

export const ruleIds: readonly string[] = rules.map((rule) => rule.meta.id);

/**
 * Every rule's own example replies, the one to avoid and the one to write, in each language it has them: what the
 * language server and the single-file executable warm up on before any real reply comes.
 */
export function exampleTexts(): string[] {
  return rules.flatMap((rule) => [rule.meta.example, ...Object.values(rule.meta.examples ?? {})].flatMap((e) => [e.bad, e.good]));
}
setRuleIds(ruleIds);

export function getRule(id: string): Rule<never> | undefined {
  return rules.find((rule) => rule.meta.id === id);
}

/**
 * Severities per preset. `recommended` warns on every rule but one: a placeholder
 * left in a reply about to be sent is an error. `strict` makes every report an error.
 */
export const presets: Record<PresetName, Record<string, RuleSetting>> = {
  recommended: Object.fromEntries(ruleIds.map((id) => [id, id === 'no-unfilled-placeholder' ? 'error' : 'warn'])),
  strict: Object.fromEntries(ruleIds.map((id) => [id, 'error'])),
};

export { lint, resolveRules, ConfigError } from './lint.js';
export { rules, ruleIds, getRule, presets } from './registry.js';
export { analyzeStructure, splitLines, type ReplyStructure, type Range, type Line } from './structure.js';
export { ReplyContext, type Sentence, type Region } from './context.js';
export { applyEdits, rewriteEdit, safeEdits, type Edit } from './fix.js';
export { defineRule } from './define-rule.js';
export { version, ruleUrl } from './version.js';
export { channels } from './types.js';
export type { Channel, LintOptions, ReplyMessage, Report, Rule, RuleMeta, RuleSetting, Severity, SeverityOrOff, PresetName } from './types.js';

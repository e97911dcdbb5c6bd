/** The rule ids, for rules that need to know the others (without importing the registry, which imports them). */
let ids: readonly string[] = [];
export function setRuleIds(list: readonly string[]): void {
  ids = list;
}
export function ruleIds(): readonly string[] {
  return ids;
}

/** The project's version; doc URLs are pinned to it so a message links to the rule as it was. */
export const version = '0.1.0';
export const repositoryUrl = 'https://github.com/replylint/replylint';

export function ruleUrl(ruleId: string): string {
  return `${repositoryUrl}/blob/v${version}/rules/docs/${ruleId}.md`;
}

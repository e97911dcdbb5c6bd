import { isAbsolute, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getRule, rules, version, presets, type ReplyMessage } from '@replylint/rules';
import type { FileResult, InputProblem } from '../lint-files.js';
import { repositoryPath } from './github.js';

/** A file's location as SARIF reads it: a URI reference, so `#`, `?`, `%` and spaces in a name are percent-encoded. */
function artifactLocationOf(filePath: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(filePath)) return { uri: pathToFileURL(filePath).href };
  return { uri: filePath.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

const level = (m: ReplyMessage): 'error' | 'warning' | 'note' => (m.severity === 'error' ? 'error' : m.severity === 'warn' ? 'warning' : 'note');

function region(m: ReplyMessage): Record<string, unknown> {
  return {
    startLine: m.place.start.line,
    startColumn: m.place.start.column,
    endLine: m.place.end.line,
    endColumn: m.place.end.column,
    charOffset: m.place.start.offset,
    charLength: m.place.end.offset! - m.place.start.offset!,
    snippet: { text: m.actual },
  };
}

/** SARIF 2.1.0, as GitHub code scanning reads it: rules with help, results with regions and fixes. */
export function formatSarif(results: readonly FileResult[], cwd: string, env: Readonly<Record<string, string | undefined>> = {}, problems: readonly InputProblem[] = []): string {
  // In a workflow, paths are the repository's (code scanning places results by them) and %SRCROOT% is its checkout.
  const root = env.GITHUB_WORKSPACE ? resolve(env.GITHUB_WORKSPACE) : cwd;
  const driverRules = rules.map((rule) => ({
    id: rule.meta.id,
    name: rule.meta.id.replace(/(?:^|-)(\w)/gu, (_m, c: string) => c.toUpperCase()),
    shortDescription: { text: `${rule.meta.description}.` },
    fullDescription: { text: rule.meta.note },
    helpUri: `https://github.com/replylint/replylint/blob/v${version}/rules/docs/${rule.meta.id}.md`,
    help: { text: rule.meta.note, markdown: `${rule.meta.note}\n\n**Instead of:** ${rule.meta.example.bad}\n\n**Write:** ${rule.meta.example.good}` },
    defaultConfiguration: { level: presets.recommended[rule.meta.id] === 'error' ? 'error' : 'warning' },
    properties: { tags: ['customer-support', 'writing'], source: rule.meta.source },
  }));
  const index = new Map(driverRules.map((r, i) => [r.id, i]));
  const sarifResults = results.flatMap((result) =>
    result.messages.map((m) => {
      const artifactLocation = artifactLocationOf(repositoryPath(result.filePath, cwd, env));
      const out: Record<string, unknown> = {
        ruleId: m.ruleId,
        ruleIndex: index.get(m.ruleId),
        level: level(m),
        message: { text: result.reply ? `${m.reason} (reply: ${result.reply})` : m.reason },
        locations: [{ physicalLocation: { artifactLocation, region: region(m) } }],
      };
      if (m.expected.length > 0) {
        out.fixes = m.expected.map((text) => ({
          description: { text: text === '' ? `Delete "${m.actual}"` : `Replace with "${text}"` },
          artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: region(m), insertedContent: { text } }] }],
        }));
      }
      if (getRule(m.ruleId) === undefined) delete out.ruleIndex;
      return out;
    }),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'replylint', version, semanticVersion: version, informationUri: 'https://github.com/replylint/replylint', rules: driverRules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(root.endsWith('/') ? root : `${root}/`).href } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
        // Paths that could not be linted: the run did not do all it was asked (SARIF's tool execution notifications).
        ...(problems.length > 0
          ? { invocations: [{ executionSuccessful: false, toolExecutionNotifications: problems.map((p) => ({ level: 'error', message: { text: p.text }, descriptor: { id: 'input-error' } })) }] }
          : {}),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

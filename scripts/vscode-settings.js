// The extension's settings (contributes.configuration), generated from the rule
// registry so descriptions and defaults never drift from the engine.
import { rules, presets, channels, languages, ruleUrl } from '../rules/dist/index.js';

export function configuration() {
  const ruleProperties = Object.fromEntries(
    rules.map((rule) => [
      rule.meta.id,
      {
        type: 'string',
        enum: ['off', 'info', 'warn', 'error'],
        default: presets.recommended[rule.meta.id],
        markdownDescription: `${rule.meta.description}. [Documentation](${ruleUrl(rule.meta.id)})`,
      },
    ]),
  );
  return {
    title: 'replylint',
    properties: {
      'replylint.enable': { type: 'boolean', default: true, description: 'Lint customer-support replies.' },
      'replylint.rules': {
        type: 'object',
        default: {},
        markdownDescription: 'Severity per rule, over the `recommended` preset.',
        properties: ruleProperties,
        additionalProperties: false,
      },
      'replylint.languages': {
        type: 'array',
        items: { type: 'string' },
        default: ['plaintext', 'markdown'],
        description: 'Language ids of the documents to lint (untitled documents included).',
      },
      'replylint.files': {
        type: 'array',
        items: { type: 'string' },
        default: ['**/*', '!**/README*', '!**/CHANGELOG*', '!**/CONTRIBUTING*', '!**/LICENSE*', '!**/node_modules/**'],
        markdownDescription:
          "Which files are replies: globs relative to the workspace folder, in order, the last that matches deciding (`!` excludes). The team config's `ignorePatterns` and `.replylintignore` leave files out too. Untitled drafts are always linted.",
      },
      'replylint.draft.idleSeconds': {
        type: 'number',
        default: 30,
        minimum: 0,
        markdownDescription:
          'While a draft is unfinished (no sign-off yet, not saved), whole-reply checks (next step, closing invitation, thanks, greeting) wait until you have been idle this many seconds. `0` shows them at once.',
      },
      'replylint.channel': {
        type: 'string',
        enum: [...channels],
        enumDescriptions: [
          'A reply with a greeting, a body and a sign-off: every rule applies.',
          'One turn of a live chat: no sign-off or closing invitation expected.',
          'A reply on social media: short, often mid-conversation.',
        ],
        default: 'email',
        description: 'Which structural expectations apply to the replies.',
      },
      'replylint.replyLanguage': {
        type: 'string',
        enum: ['auto', ...languages],
        enumDescriptions: ['Detected per document from its script: a reply mostly in Arabic script is Arabic.', 'English.', 'Arabic.'],
        default: 'auto',
        description: "The replies' language, which picks the rules' phrases and the language of their messages. A team config file's `language` wins.",
      },
      'replylint.focusMode': {
        type: 'string',
        enum: ['auto', 'on', 'off'],
        enumDescriptions: ['On for plain text and Markdown, off for other languages.', 'Always on.', 'Always off.'],
        default: 'auto',
        description: 'Hold back reports on the sentence being typed until you pause or edit elsewhere.',
      },
      'replylint.focusDelay': { type: 'number', default: 1500, minimum: 0, description: 'How long, in milliseconds, focus mode waits after the last keystroke in a sentence.' },
      'replylint.debounce': { type: 'number', default: 0, minimum: 0, description: 'How long, in milliseconds, to wait after an edit before linting. 0 lints on the next turn: changes that arrive together are linted once.' },
      'replylint.trace.server': {
        type: 'string',
        enum: ['off', 'messages', 'verbose'],
        default: 'off',
        description: 'Traces the communication between VS Code and the replylint language server.',
      },
    },
  };
}

export function withConfiguration(manifest) {
  return { ...manifest, contributes: { ...manifest.contributes, configuration: configuration() } };
}

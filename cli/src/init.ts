/**
 * `replylint --init`: writes a commented `.replylintrc.yaml` in the working
 * folder. On a terminal it asks for the channel, the template folders and the
 * language; with flags (--channel, --language, --preset, --init-templates) or
 * off a terminal it asks nothing and takes the flags, else the defaults.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { channels, languages } from '@replylint/rules';
import { configFileNames, loadConfigFile } from './config.js';
import { printable } from './printable.js';

export interface InitAnswers {
  channel: string;
  templates: string[];
  language: string;
  preset: string;
}

export interface InitIo {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Asks one question and resolves to the line typed; absent when no one can answer. */
  prompt?: (question: string) => Promise<string>;
}

/** Asks until the answer is one of `allowed` (blank takes the default); three wrong answers stop. */
async function choose(io: InitIo, question: string, allowed: readonly string[], fallback: string): Promise<string> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const answer = (await io.prompt!(`${question} (${allowed.join(', ')}) [${fallback}]: `)).trim().toLowerCase();
    if (answer === '') return fallback;
    if (allowed.includes(answer)) return answer;
    io.stderr(`replylint: "${printable(answer)}" is not one of ${allowed.join(', ')}\n`);
  }
  throw new Error(`no answer among ${allowed.join(', ')}`);
}

export function configText(answers: InitAnswers): string {
  const lines = [
    '# replylint config (https://github.com/replylint/replylint#template-repositories-in-ci).',
    '# The schema gives editors completion and checks; the path works once the CLI tarball is installed.',
    '$schema: ./node_modules/@replylint/cli/schema/replylint.schema.json',
    '',
    `extends: ${answers.preset}          # recommended or strict (every report an error), or a shareable config package`,
    `channel: ${answers.channel}             # email, chat or social: which structural expectations apply`,
    `language: ${answers.language}            # auto (per reply, from its words), en or ar`,
    '',
    '# Severity per rule: off, info, warn or error.',
    '# rules:',
    '#   require-thanks: error',
    '#   no-wall-of-text: [warn, { maxParagraphWords: 100 }]',
    '',
    '# Terms your customers know, never reported as jargon.',
    '# glossary: [DNS, SKU]',
    '',
    '# Your real service levels, offered instead of a generic hedge.',
    '# serviceLevels:',
    '#   refund: within 5 business days',
    '',
    "# Your team's own phrase rules: literal text, never a regular expression.",
    '# phrases:',
    '#   - phrase: ASAP',
    '#     preferred: as soon as we can',
    '',
  ];
  if (answers.templates.length > 0) {
    lines.push('# Templates: placeholders such as {{ticket.requester.first_name}} are expected there.', 'overrides:');
    for (const glob of answers.templates) lines.push(`  - files: ${JSON.stringify(glob)}`, '    template: true');
  } else {
    lines.push('# Templates: placeholders such as {{ticket.requester.first_name}} are expected there.', '# overrides:', '#   - files: "macros/**"', '#     template: true');
  }
  lines.push('', '# Files to skip (gitignore syntax; a .replylintignore file works too).', '# ignorePatterns: ["drafts/"]', '');
  return lines.join('\n');
}

/** A folder given for the templates means every file in it. */
const asGlob = (entry: string): string => (entry.endsWith('/') ? `${entry}**` : entry.includes('*') || entry.includes('.') ? entry : `${entry}/**`);

export async function runInit(io: InitIo, flags: { channel?: string; language?: string; preset?: string; templates: string[] }): Promise<number> {
  const existing = configFileNames.filter((name) => name !== 'package.json').find((name) => existsSync(join(io.cwd, name)));
  if (existing) {
    io.stderr(`replylint: --init: ${existing} already exists here; not overwritten\n`);
    return 2;
  }
  const interactive = io.prompt !== undefined && flags.channel === undefined && flags.language === undefined && flags.preset === undefined && flags.templates.length === 0;
  let answers: InitAnswers;
  try {
    if (interactive) {
      const channel = await choose(io, 'Which channel are the replies for?', channels, 'email');
      const folders = (await io.prompt!('Folders or globs of templates (placeholders expected), separated by commas, blank for none []: ')).split(',').map((s) => s.trim()).filter(Boolean);
      const language = await choose(io, 'Which language are the replies in?', ['auto', ...languages], 'auto');
      answers = { channel, templates: folders.map(asGlob), language, preset: 'recommended' };
    } else {
      answers = { channel: flags.channel ?? 'email', templates: flags.templates.map(asGlob), language: flags.language ?? 'auto', preset: flags.preset ?? 'recommended' };
    }
  } catch (error) {
    io.stderr(`replylint: --init: ${(error as Error).message}; nothing written\n`);
    return 2;
  }
  const path = join(io.cwd, '.replylintrc.yaml');
  try {
    // 'wx': never over a file that appeared meanwhile.
    writeFileSync(path, configText(answers), { flag: 'wx' });
  } catch (error) {
    io.stderr(`replylint: --init: cannot write .replylintrc.yaml (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`);
    return 2;
  }
  // What was written must load: a glob the config cannot read is caught here, not on the first lint.
  loadConfigFile(path, '.replylintrc.yaml');
  io.stdout(`Wrote .replylintrc.yaml (channel ${answers.channel}, language ${answers.language}${answers.templates.length ? `, templates ${answers.templates.join(', ')}` : ''}). Lint with: npx replylint .\n`);
  return 0;
}

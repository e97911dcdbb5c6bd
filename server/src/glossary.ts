/**
 * "Add to the team glossary": writes a term into the glossary of the config
 * file the CLI reads, so the editor and CI stop calling it jargon together.
 * The file is edited in place (its comments, order and layout kept), or a
 * `.replylintrc.json` is created at the workspace's root when there is none.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { applyEdits, modify, parse } from 'jsonc-parser';
import { isMap, isSeq, parseDocument } from 'yaml';

const jsonFormat = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

/** Whether a report is a jargon report of no-unclear-instructions (its text is then the term). */
export function isJargonReport(ruleId: string, message: string): boolean {
  return ruleId === 'no-unclear-instructions' && (/ is jargon /u.test(message) || message.includes('مصطلح تقني'));
}

function writeWhole(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

/**
 * Adds a term to the glossary of `configPath` (or of a new `.replylintrc.json`
 * in `root`); returns the file written, or undefined when the term was there.
 */
export function addToGlossary(configPath: string | undefined, root: string, term: string): string | undefined {
  const path = configPath ?? join(root, '.replylintrc.json');
  if (!existsSync(path)) {
    writeWhole(path, `${JSON.stringify({ glossary: [term] }, null, 2)}\n`);
    return path;
  }
  const text = readFileSync(path, 'utf8');
  if (/\.ya?ml$/u.test(path)) {
    const document = parseDocument(text);
    const glossary = document.get('glossary', true);
    if (isSeq(glossary)) {
      if (glossary.items.some((item) => String((item as { value?: unknown }).value ?? item) === term)) return undefined;
      glossary.add(document.createNode(term));
    } else if (isMap(document.contents) || document.contents === null) {
      document.set('glossary', document.createNode([term]));
    } else throw new Error(`${path}: not a mapping of settings; add "${term}" to its glossary by hand`);
    writeWhole(path, document.toString());
    return path;
  }
  const prefix = basename(path) === 'package.json' ? ['replylint'] : [];
  const data = parse(text) as Record<string, unknown> | undefined;
  const section = (prefix.length > 0 ? data?.replylint : data) as { glossary?: unknown } | undefined;
  const existing = section?.glossary;
  let edits;
  if (Array.isArray(existing)) {
    if (existing.includes(term)) return undefined;
    edits = modify(text, [...prefix, 'glossary', existing.length], term, { ...jsonFormat, isArrayInsertion: true });
  } else edits = modify(text, [...prefix, 'glossary'], [term], jsonFormat);
  writeWhole(path, applyEdits(text, edits));
  return path;
}

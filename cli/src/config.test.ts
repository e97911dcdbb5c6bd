/**
 * What a broken JSON config says: each of jsonc-parser's errors in words, with
 * the file, line and column of the mistake.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfigFile } from './config.js';

const dir = mkdtempSync(join(tmpdir(), 'replylint-config-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The message loading a .replylintrc.json with this text throws. */
function problem(text: string): string {
  const path = join(dir, '.replylintrc.json');
  writeFileSync(path, text);
  try {
    loadConfigFile(path, '.replylintrc.json');
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
}

describe('a JSON config that does not parse', () => {
  it.each([
    ['{ "glossary": ["DNS", "SPF" }', '.replylintrc.json:1:29: invalid JSON: a ] was expected before this } (a list left open)'],
    ['{ "glossary": ["DNS", "SPF"', '.replylintrc.json:1:28: invalid JSON: a ] was expected (a list left open)'],
    ['{ "rules": [{ "a": 1 ] }', '.replylintrc.json:1:22: invalid JSON: a } was expected before this ] (an object left open)'],
    ['{ "glossary": ["DNS"]] }', '.replylintrc.json:1:22: invalid JSON: an extra ] here'],
    ['{ "glossary": ["DNS"]', '.replylintrc.json:1:22: invalid JSON: a } was expected (an object left open)'],
    ['{ "glossary": ["DNS",] }', '.replylintrc.json:1:22: invalid JSON: a trailing comma (JSON allows no comma before } or ])'],
    ['{ "glossary" ["DNS"] }', '.replylintrc.json:1:14: invalid JSON: a colon was expected after the property name'],
    ['{ "channel": "chat" "glossary": [] }', '.replylintrc.json:1:21: invalid JSON: a comma was expected here'],
    ['{ "channel": "chat" } {}', '.replylintrc.json:1:23: invalid JSON: more text after the end of the JSON value'],
    ['{ "channel": "chat }', '.replylintrc.json:1:14: invalid JSON: a string left open (no closing ")'],
    ["{ channel: 'chat' }", '.replylintrc.json:1:3: invalid JSON: not JSON here (property names and strings need double quotes)'],
  ])('%s → %s', (text, message) => {
    expect(problem(text)).toBe(message);
  });
});

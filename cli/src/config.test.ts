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

/** The message loading a config file of this name (a .replylintrc.json unless said) with this text throws. */
function problem(text: string, name = '.replylintrc.json'): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  try {
    loadConfigFile(path, name);
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

describe('a YAML config that does not parse', () => {
  const yamlProblem = (text: string): string => problem(text, '.replylintrc.yaml').split('\n')[0]!;

  it.each([
    ['rules:\n  a: 1\n  a: 2\n', '.replylintrc.yaml:3:3: invalid YAML: Map keys must be unique'],
    ['a: b: c\n', '.replylintrc.yaml:1:4: invalid YAML: Nested mappings are not allowed in compact mappings'],
    // No position in the parser's message: it is shown whole, with nothing cut from its end.
    ['x: &a 1\ny: *b\n', '.replylintrc.yaml: invalid YAML: Unresolved alias (the anchor must be set before the alias): b'],
    ['channel: email\n---\nchannel: chat\n', '.replylintrc.yaml:2:1: invalid YAML: a config file holds one document, and this one has a second after a "---" line'],
  ])('%j: %s', (text, message) => {
    expect(yamlProblem(text)).toBe(message);
  });
});

describe('a config saved in another encoding', () => {
  it('reads UTF-8 with a byte order mark as it reads UTF-8, JSON and YAML alike', () => {
    expect(problem('\uFEFF{ "channel": "chat" }')).toBe('no error');
    expect(problem('\uFEFFchannel: chat\n', '.replylintrc.yaml')).toBe('no error');
    expect(problem('\uFEFF{ "chanel": "chat" }')).toMatch(/^\.replylintrc\.json:1:3: chanel/u);
  });

  it('names UTF-16 and NUL bytes, not a JSON syntax error', () => {
    const utf16 = (text: string, bom: boolean): string => {
      const path = join(dir, '.replylintrc.json');
      writeFileSync(path, Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]));
      try {
        loadConfigFile(path, '.replylintrc.json');
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    };
    expect(utf16('{ "channel": "chat" }', true)).toBe('.replylintrc.json: is saved as UTF-16, not UTF-8; save it as UTF-8');
    expect(utf16('{ "channel": "chat" }', false)).toBe('.replylintrc.json: is saved as UTF-16, not UTF-8; save it as UTF-8');
    expect(problem('{ "channel": "\u0000" }')).toBe('.replylintrc.json: is not a text file (it holds NUL bytes)');
  });
});

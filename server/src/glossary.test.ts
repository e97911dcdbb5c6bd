import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigResolver } from '@replylint/cli/config';
import { describe, expect, it } from 'vitest';
import { addToGlossary, isJargonReport } from './glossary.js';

const folder = (): string => mkdtempSync(join(tmpdir(), 'replylint-glossary-'));
const glossaryOf = (dir: string): unknown => new ConfigResolver(dir, () => {}).forFile(join(dir, 'reply.txt')).settings.glossary;

describe('add to the team glossary', () => {
  it('creates a .replylintrc.json when the team has no config', () => {
    const dir = folder();
    expect(addToGlossary(undefined, dir, 'DNS')).toBe(join(dir, '.replylintrc.json'));
    expect(glossaryOf(dir)).toEqual(['DNS']);
  });

  it('appends to a JSON config, keeping what else it says, once', () => {
    const dir = folder();
    const path = join(dir, '.replylintrc.json');
    writeFileSync(path, '{\n  "channel": "email",\n  "glossary": ["VPN"]\n}\n');
    addToGlossary(path, dir, 'DNS');
    expect(addToGlossary(path, dir, 'DNS')).toBeUndefined();
    expect(glossaryOf(dir)).toEqual(['VPN', 'DNS']);
    expect(readFileSync(path, 'utf8')).toContain('"channel": "email"');
  });

  it('adds a glossary to a YAML config, keeping its comments', () => {
    const dir = folder();
    const path = join(dir, '.replylintrc.yaml');
    writeFileSync(path, '# our team\nchannel: email\n');
    addToGlossary(path, dir, 'DNS');
    addToGlossary(path, dir, 'cache');
    expect(glossaryOf(dir)).toEqual(['DNS', 'cache']);
    expect(readFileSync(path, 'utf8')).toContain('# our team');
  });

  it('writes under "replylint" in a package.json', () => {
    const dir = folder();
    const path = join(dir, 'package.json');
    writeFileSync(path, '{ "name": "templates", "replylint": { "channel": "email" } }\n');
    addToGlossary(path, dir, 'DNS');
    expect(glossaryOf(dir)).toEqual(['DNS']);
    expect(JSON.parse(readFileSync(path, 'utf8')).name).toBe('templates');
  });

  it('knows a jargon report', () => {
    expect(isJargonReport('no-unclear-instructions', '"DNS" is jargon the customer may not know; explain it or give the exact steps')).toBe(true);
    expect(isJargonReport('no-unclear-instructions', 'Too many steps in one sentence')).toBe(false);
  });
});

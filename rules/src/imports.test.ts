/**
 * The core's modules form no import cycle: a cycle makes the order modules
 * run in depend on which one is imported first, and a rule table read before
 * its module has run is `undefined` (it happened between the checklist and the
 * Arabic helpers). Type-only imports are erased and do not count.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('.', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The module's run-time imports of other modules of the core. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(?!type\s)([^;]*?)\sfrom\s+'(\.{1,2}\/[^']+)'/gmu)) {
    found.push(resolve(dirname(file), m[2]!.replace(/\.js$/u, '.ts')));
  }
  for (const m of text.matchAll(/^import\s+'(\.{1,2}\/[^']+)'/gmu)) found.push(resolve(dirname(file), m[1]!.replace(/\.js$/u, '.ts')));
  return found;
}

/** The cycles of an import graph, each as the path that closes it. */
function cyclesIn(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

function coreGraph(): Map<string, string[]> {
  const files = sources(root);
  const known = new Set(files);
  return new Map(files.map((f) => [relative(root, f), importsOf(f).filter((d) => known.has(d)).map((d) => relative(root, d))]));
}

describe('the core has no import cycle', () => {
  it('finds none in rules/src', () => {
    const graph = coreGraph();
    expect(graph.size).toBeGreaterThan(30);
    expect(graph.get('lint.ts')).toContain('context.ts');
    expect(cyclesIn(graph)).toEqual([]);
  });

  it('the check finds a cycle where there is one', () => {
    const graph = coreGraph();
    graph.set('context.ts', [...graph.get('context.ts')!, 'lint.ts']);
    expect(cyclesIn(graph).some((c) => c.includes('lint.ts') && c.includes('context.ts'))).toBe(true);
    expect(cyclesIn(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual([['a', 'b', 'c', 'a']]);
  });
});

/** The language server's lint worker: packed messages, the time budget, and newer text replacing older. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../rules/src/index.js';
import { Linter } from '../server/src/linter.js';
import { packMessages, unpackMessages } from '../server/src/packed-messages.js';
import { toDiagnostic } from '../server/src/diagnostics.js';
import { hoverMarkdown } from '../server/src/hover.js';

const script = fileURLToPath(new URL('../server/dist/main.js', import.meta.url));
const reply = "Hi Sam,\n\nI'm so sorry 😞 your order is late. You need to clear your cookies. Your package will arrive tomorrow.\n\nThanks,\nAna";

describe('the lint worker', () => {
  it('packs messages so that the server shows the same diagnostics and hovers', () => {
    const messages = lint(reply, {});
    const unpacked = unpackMessages(structuredClone(packMessages(messages)));
    const document = TextDocument.create('file:///r.txt', 'plaintext', 1, reply);
    expect(unpacked.map((m) => toDiagnostic(m, document))).toEqual(messages.map((m) => toDiagnostic(m, document)));
    expect(unpacked.map(hoverMarkdown)).toEqual(messages.map(hoverMarkdown));
  });

  it('abandons a lint that runs past its budget, and goes on with a fresh worker', async () => {
    const lines: string[] = [];
    const hasty = new Linter({ script, budget: 1, warmUp: false, log: (line) => lines.push(line) });
    // A cold worker cannot load the rules in a millisecond.
    expect(await hasty.lint('a', reply, {})).toEqual({ tooLong: true });
    expect(await hasty.fixAll(reply, {})).toEqual({ tooLong: true });
    hasty.dispose();
    const patient = new Linter({ script, budget: 20_000, warmUp: false, log: (line) => lines.push(line) });
    const outcome = await patient.lint('a', reply, {});
    expect(outcome && 'done' in outcome ? outcome.done.map((m) => m.ruleId) : outcome).toEqual(lint(reply, {}).map((m) => m.ruleId));
    patient.dispose();
    expect(lines).toEqual([]);
  }, 30_000);

  it('replaces a waiting lint of a document with its newer text', async () => {
    const linter = new Linter({ script, budget: 20_000, warmUp: false, log: () => {} });
    // Once the worker has started, so that the first lint runs while the next ones wait.
    await linter.lint('other', 'Hi.', {});
    const first = linter.lint('doc', reply, {});
    const second = linter.lint('doc', `${reply} Again.`, {});
    const third = linter.lint('doc', "Hi Sam,\n\nI've refunded the charge. Please reach out if anything else comes up.\n\nThanks,\nAna\n", {});
    expect(await second).toBeUndefined();
    expect(await first).toMatchObject({ done: expect.any(Array) });
    // With the reports come the reply's score and checklist, from the same analysis.
    const outcome = await third;
    expect(outcome).toMatchObject({ done: [], summary: { score: expect.any(Number) } });
    const parts = outcome && 'summary' in outcome ? outcome.summary!.parts : [];
    expect(parts.find((p) => p.label === 'Closing invitation')).toEqual({ label: 'Closing invitation', present: true, expected: true });
    expect(parts.find((p) => p.label === 'Greeting by name')).toMatchObject({ present: true });
    linter.dispose();
  }, 30_000);
});

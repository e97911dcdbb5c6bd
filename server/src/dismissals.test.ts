import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DismissalFileError, Dismissals, describeDismissal } from './dismissals.js';

const fresh = (): string => join(mkdtempSync(join(tmpdir(), 'replylint-dismiss-')), '.replylint', 'dismissed.json');

describe('dismissed reports', () => {
  it('are kept in a file, read back by a new store, and undone', () => {
    const path = fresh();
    const store = new Dismissals(path);
    store.add({ rule: 'no-overpromise', text: 'will arrive tomorrow', file: 'reply.txt' });
    store.add({ rule: 'no-negative-phrasing', text: 'You need to' });
    store.add({ rule: 'no-negative-phrasing', text: 'you  need to' });
    const again = new Dismissals(path);
    expect(again.list()).toHaveLength(2);
    expect(again.covers('no-overpromise', 'will arrive  tomorrow', 'reply.txt')).toBe(true);
    expect(again.covers('no-overpromise', 'will arrive tomorrow', 'other.txt')).toBe(false);
    expect(again.covers('no-negative-phrasing', 'YOU NEED TO', 'any.txt')).toBe(true);
    expect(again.list().map(describeDismissal)).toEqual(['no-overpromise "will arrive tomorrow" in reply.txt', 'no-negative-phrasing "You need to" everywhere']);
    expect(again.remove([1, 7])).toBe(1);
    expect(new Dismissals(path).covers('no-negative-phrasing', 'You need to', 'any.txt')).toBe(false);
  });

  it('a whole-reply report is dismissed for the reply, whatever sentence ends it', () => {
    const store = new Dismissals(undefined);
    store.add({ rule: 'require-closing-invitation', text: 'Your refund is on its way.', file: 'a.txt' });
    expect(store.covers('require-closing-invitation', 'I have sent the label.', 'a.txt')).toBe(true);
    expect(store.covers('require-closing-invitation', 'I have sent the label.', 'b.txt')).toBe(false);
  });

  it('a broken file is named, not used and never overwritten', () => {
    const path = fresh();
    const store = new Dismissals(path);
    store.add({ rule: 'no-overpromise', text: 'x' });
    writeFileSync(path, '{"dismissed": [{"text": 3}]');
    store.reload();
    expect(store.problem).toContain(path);
    expect(store.covers('no-overpromise', 'x', 'a')).toBe(false);
    expect(() => store.add({ rule: 'no-overpromise', text: 'y' })).toThrow(DismissalFileError);
    expect(readFileSync(path, 'utf8')).toBe('{"dismissed": [{"text": 3}]');
    expect(existsSync(`${path}.${process.pid}.tmp`)).toBe(false);
  });
});

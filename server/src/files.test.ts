import { describe, expect, it } from 'vitest';
import { isReplyPath } from './files.js';
import { defaultFiles } from './settings.js';

describe('which files are replies', () => {
  it('by default, every file but the notes a repository keeps about itself', () => {
    expect(isReplyPath('reply.txt', defaultFiles)).toBe(true);
    expect(isReplyPath('templates/refund.md', defaultFiles)).toBe(true);
    expect(isReplyPath('README.md', defaultFiles)).toBe(false);
    expect(isReplyPath('templates/CHANGELOG.md', defaultFiles)).toBe(false);
    expect(isReplyPath('node_modules/pkg/notes.md', defaultFiles)).toBe(false);
  });

  it('the last glob that matches decides', () => {
    const globs = ['replies/**', '!replies/drafts/**', 'replies/drafts/keep.md'];
    expect(isReplyPath('replies/a.txt', globs)).toBe(true);
    expect(isReplyPath('replies/drafts/b.txt', globs)).toBe(false);
    expect(isReplyPath('replies/drafts/keep.md', globs)).toBe(true);
    expect(isReplyPath('notes.txt', globs)).toBe(false);
    expect(isReplyPath('anything.md', [])).toBe(false);
  });
});

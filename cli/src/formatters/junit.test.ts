import { describe, expect, it } from 'vitest';
import { lintText } from '../lint-files.js';
import { formatJunit } from './junit.js';

/** XML 1.0's Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
function isXmlChar(codePoint: number): boolean {
  return codePoint === 0x9 || codePoint === 0xa || codePoint === 0xd || (codePoint >= 0x20 && codePoint <= 0xd7ff) || (codePoint >= 0xe000 && codePoint <= 0xfffd) || (codePoint >= 0x10000 && codePoint <= 0x10ffff);
}

describe('--format junit', () => {
  it('writes only characters XML can hold, whatever the reply and the file name hold', () => {
    const odd = '\u0001\u0008\u000b\ufffe\uffff\ud800';
    const result = lintText(`reply${odd}.txt`, `Hi Sam,\n\nYou need to restart${odd} 😀. Your parcel will arrive tomorrow.\n\nBest,\nAna`, {});
    const xml = formatJunit([result]);
    const bad = [...xml].map((c) => c.codePointAt(0)!).filter((c) => !isXmlChar(c));
    expect(bad).toEqual([]);
    expect(xml).toContain('reply\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd.txt');
    expect(result.messages.length).toBeGreaterThan(0);
  });
});
